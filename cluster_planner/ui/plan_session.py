"""PlanSession: one open plan, its undo stack, cached queries, and a signal for every change."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cluster_planner.domain.changes import ChangeRecord, inserted_id
from cluster_planner.domain.errors import PlanError
from cluster_planner.ui.error_messages import edit_problem
from cluster_planner.ui.vocabulary import action_label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import (
        Action,
        ActionReview,
        BaselineFigure,
        ClusterProfile,
        Dependency,
        Measurement,
        Meeting,
        Objective,
        Organisation,
        PendingCard,
        Person,
        Revision,
        StrategicOption,
        SwotItem,
        VisionDraft,
        VisionElement,
        VisionVersion,
        VotingRound,
    )
    from cluster_planner.domain.snapshot import PlanSnapshot
    from cluster_planner.services.plan_document import PlanDocument

P = ParamSpec("P")
T = TypeVar("T")

# Which tables each cached query reads: a change to one of them drops the cached answer.
_QUERY_TABLES: dict[str, frozenset[str]] = {
    "profile": frozenset({"cluster_profile"}),
    "baseline_figures": frozenset({"baseline_figure"}),
    "organisations": frozenset({"organisation"}),
    "people": frozenset({"person"}),
    "meetings": frozenset({"meeting", "attendance"}),
    "swot_items": frozenset({"swot_item", "swot_item_theme"}),
    "voting_rounds": frozenset({"voting_round", "vote_tally", "phone_ballot", "phone_dot"}),
    "options": frozenset({"strategic_option", "option_item"}),
    "vision_elements": frozenset({"vision_element", "element_option", "element_item"}),
    "vision_drafts": frozenset({"vision_draft", "draft_element", "phone_draft_vote"}),
    "vision_versions": frozenset({"vision_version", "version_element"}),
    "objectives": frozenset({"objective", "objective_element", "objective_option", "indicator"}),
    "actions": frozenset(
        {
            "action",
            "action_option",
            "action_item",
            "action_partner",
            "milestone",
            "cost_line",
            "indicator",
            "progress_entry",
        }
    ),
    "dependencies": frozenset({"dependency"}),
    "measurements": frozenset({"measurement"}),
    "action_reviews": frozenset({"action_review"}),
}
# Cached answers about the plan's history rather than its content (not in the snapshot).
_HISTORY_TABLES: dict[str, frozenset[str]] = {
    "revisions": frozenset({"revision"}),
    "restores": frozenset({"revision", "revision_restore"}),
    "baseline": frozenset({"revision"}),
    "pending_cards": frozenset({"pending_card"}),  # ideas from phones, not yet content
}


_NAMING = 1  # the merge id shared by adding an action and naming it


class ChangeCommand(QUndoCommand):
    """One applied ChangeRecord on the undo stack."""

    def __init__(self, session: PlanSession, record: ChangeRecord) -> None:
        super().__init__(action_label(record))
        self._session = session
        self.record = record
        # The action already ran when the command is pushed; QUndoStack.push calls redo().
        self._skip_redo = True
        self._named = False

    def redo(self) -> None:
        """Apply the record again (except on push, when it has just been applied)."""
        if self._skip_redo:
            self._skip_redo = False
            return
        if not self._session.replay(self._session.document.redo, self.record):
            self.setObsolete(True)

    def undo(self) -> None:
        """Reverse the record in a new transaction."""
        if not self._session.replay(self._session.document.undo, self.record):
            self.setObsolete(True)

    def id(self) -> int:
        """Adding an action and naming it may merge into one step (see ``mergeWith``)."""
        return _NAMING if self.record.action in ("add_action", "update_action") else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Take the title typed for an action just added into the adding step.

        Insert adds "New action" and opens its title; typing the title is part of
        adding it, so one undo takes the whole new action away.
        """
        if (
            self._named
            or not isinstance(other, ChangeCommand)
            or self.record.action != "add_action"
            or other.record.action != "update_action"
        ):
            return False
        added = inserted_id(self.record, "action")
        if not all(
            change.table == "action"
            and change.key.get("id") == added
            and change.changed_fields == {"title"}
            for change in other.record.changes
        ):
            return False
        self.record = ChangeRecord(
            "add_action", other.record.subject, self.record.changes + other.record.changes
        )
        self.setText(action_label(self.record))
        self._named = True
        return True


class PlanSession(QObject):
    """The UI's handle on one open PlanDocument.

    Contract: every edit goes through ``run``, which calls one PlanDocument action
    (one transaction, on disk when it returns) and pushes its record on the undo
    stack. ``changed`` fires after every action, undo and redo with the record
    applied; ``failed`` carries a human sentence when the core refuses an edit.
    """

    changed = Signal(object)
    failed = Signal(str)
    closing = Signal()  # the plan is about to close (live participation stops)

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._undo_stack = QUndoStack(self)
        self._cache: dict[str, Any] = {}
        document.add_listener(self._on_applied)

    @property
    def document(self) -> PlanDocument:
        """The open plan."""
        return self._document

    @property
    def undo_stack(self) -> QUndoStack:
        """The plan's undo stack (one step per user action)."""
        return self._undo_stack

    @property
    def read_only(self) -> bool:
        """True when the plan cannot be edited."""
        return self._document.read_only

    @property
    def path(self) -> Path:
        """The plan file."""
        return self._document.path

    def run(
        self, action: Callable[P, ChangeRecord], /, *args: P.args, **kwargs: P.kwargs
    ) -> ChangeRecord | None:
        """Run a PlanDocument action as one undo step; None (and ``failed``) when refused.

        ``action`` is a method of the open plan's document, for example
        ``session.run(session.document.update_action, action_id, status=status)``: mypy
        checks the arguments against the method, and a reader can follow the call.
        """
        try:
            record = action(*args, **kwargs)
        except PlanError as error:
            self.failed.emit(edit_problem(error))
            return None
        if not record.is_empty:
            self._undo_stack.push(ChangeCommand(self, record))
        return record

    def replay(self, apply: Callable[[ChangeRecord], ChangeRecord], record: ChangeRecord) -> bool:
        """Undo or redo ``record`` with ``apply``; False (and ``failed``) when refused."""
        try:
            apply(record)
        except PlanError as error:
            self.failed.emit(edit_problem(error))
            return False
        return True

    def close(self) -> None:
        """Forget the undo history and close the plan file (releasing its lock)."""
        self.closing.emit()
        self._undo_stack.clear()
        self._cache.clear()
        self._document.close()

    # --- cached queries: the answers stay until a change touches their tables ----------

    def profile(self) -> ClusterProfile:
        """The cluster profile."""
        return self._one("profile", self._document.profile)

    def baseline_figures(self) -> tuple[BaselineFigure, ...]:
        """The baseline figures."""
        return self._rows("baseline_figures", self._document.baseline_figures)

    def organisations(self) -> tuple[Organisation, ...]:
        """The organisations of the register."""
        return self._rows("organisations", self._document.organisations)

    def people(self) -> tuple[Person, ...]:
        """The people of the register."""
        return self._rows("people", self._document.people)

    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings with their attendance, by date."""
        return self._rows("meetings", self._document.meetings)

    def swot_items(self) -> tuple[SwotItem, ...]:
        """Every SWOT card (merged and dropped too), by quadrant and board order."""
        return self._rows("swot_items", self._document.swot_items)

    def voting_rounds(self) -> tuple[VotingRound, ...]:
        """The voting rounds with their tallies, oldest first."""
        return self._rows("voting_rounds", self._document.voting_rounds)

    def options(self) -> tuple[StrategicOption, ...]:
        """The strategic options with the SWOT items they use."""
        return self._rows("options", self._document.options)

    def vision_elements(self) -> tuple[VisionElement, ...]:
        """The named elements of the vision."""
        return self._rows("vision_elements", self._document.vision_elements)

    def vision_drafts(self) -> tuple[VisionDraft, ...]:
        """The drafts of the vision statement."""
        return self._rows("vision_drafts", self._document.vision_drafts)

    def vision_versions(self) -> tuple[VisionVersion, ...]:
        """The adopted versions of the vision, oldest first (the last one is in force)."""
        return self._rows("vision_versions", self._document.vision_versions)

    def objectives(self) -> tuple[Objective, ...]:
        """The strategic objectives with their indicators."""
        return self._rows("objectives", self._document.objectives)

    def actions(self) -> tuple[Action, ...]:
        """Every action with its partners, milestones, cost lines and indicators."""
        return self._rows("actions", self._document.actions)

    def dependencies(self) -> tuple[Dependency, ...]:
        """Every dependency between actions."""
        return self._rows("dependencies", self._document.dependencies)

    def measurements(self) -> tuple[Measurement, ...]:
        """Every indicator measurement, oldest first."""
        return self._rows("measurements", self._document.measurements)

    def action_reviews(self) -> tuple[ActionReview, ...]:
        """What was said about actions at review meetings."""
        return self._rows("action_reviews", self._document.action_reviews)

    def revisions(self) -> tuple[Revision, ...]:
        """The adopted revisions, oldest first."""
        return self._rows("revisions", self._document.revisions)

    def restores(self) -> tuple[tuple[int, str], ...]:
        """(revision number, when) for each time a revision was restored."""
        return self._rows("restores", self._document.restores)

    def baseline(self) -> PlanSnapshot | None:
        """The last adopted revision's plan (what slippage is measured against), if any."""
        return self._one("baseline", self._document.baseline)

    def pending_cards(self) -> tuple[PendingCard, ...]:
        """The ideas sent from phones that wait for the facilitator."""
        return self._rows("pending_cards", self._document.pending_cards)

    def revision_snapshot(self, number: int) -> PlanSnapshot:
        """The whole plan as revision ``number`` froze it (read once, then kept)."""
        return self._document.revision_snapshot(number)

    def snapshot(self) -> PlanSnapshot:
        """The whole plan from the cached answers (cheap after the first call)."""
        from cluster_planner.domain.snapshot import PlanSnapshot

        return PlanSnapshot(
            profile=self.profile(),
            baseline_figures=self.baseline_figures(),
            organisations=self.organisations(),
            people=self.people(),
            meetings=self.meetings(),
            swot_items=self.swot_items(),
            voting_rounds=self.voting_rounds(),
            options=self.options(),
            vision_elements=self.vision_elements(),
            vision_drafts=self.vision_drafts(),
            vision_versions=self.vision_versions(),
            objectives=self.objectives(),
            actions=self.actions(),
            dependencies=self.dependencies(),
            measurements=self.measurements(),
            action_reviews=self.action_reviews(),
        )

    def _one(self, key: str, read: Callable[[], T]) -> T:
        """The cached answer under ``key`` (one of the tables' keys above), read when missing."""
        if key not in self._cache:
            self._cache[key] = read()
        answer: T = self._cache[key]
        return answer

    def _rows(self, key: str, read: Callable[[], list[T]]) -> tuple[T, ...]:
        """Like ``_one``, for a query answering a list (kept as a tuple)."""
        if key not in self._cache:
            self._cache[key] = tuple(read())
        rows: tuple[T, ...] = self._cache[key]
        return rows

    def _on_applied(self, record: ChangeRecord) -> None:
        touched = record.tables
        for name, tables in (*_QUERY_TABLES.items(), *_HISTORY_TABLES.items()):
            if not tables & touched:
                continue
            if name == "actions" and "actions" in self._cache and self._update_actions(record):
                continue
            self._cache.pop(name, None)
        self.changed.emit(record)

    def _update_actions(self, record: ChangeRecord) -> bool:
        """Re-read only the actions a record touched (a plan may hold thousands)."""
        ids = touched_action_ids(record)
        if ids is None or len(ids) > _FEW_ACTIONS:
            return False
        if ids:
            fresh = {a.id: a for a in self._document.actions_with_ids(ids)}
            kept = [a for a in self._cache["actions"] if a.id not in ids]
            merged = sorted([*kept, *fresh.values()], key=lambda a: (a.position, a.id))
            self._cache["actions"] = tuple(merged)
        return True


_FEW_ACTIONS = 300  # beyond this many touched actions, reading them all is as quick
_OWNED_BY_ACTION = frozenset(
    {"action_partner", "milestone", "cost_line", "indicator", "progress_entry"}
)


def touched_action_ids(record: ChangeRecord) -> set[int] | None:
    """Ids of the actions whose content a record changed (None: cannot tell)."""
    ids: set[int] = set()
    for change in record.changes:
        row = change.after or change.before or {}
        if change.table == "action":
            ids.add(int(change.key["id"]))
        elif change.table in ("action_option", "action_item"):
            ids.add(int(change.key["action_id"]))
        elif change.table in _OWNED_BY_ACTION:
            for side in (change.before, change.after):
                if side is not None and side.get("action_id") is not None:
                    ids.add(int(side["action_id"]))
            if "action_id" not in row:
                return None
    return ids
