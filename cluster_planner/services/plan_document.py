"""PlanDocument: the façade over one open plan, one public method per user action.

The actions live in one mixin per workshop step (``registers``, ``diagnostic``,
``vision``, ``action_plan``, ``review``);
``document_core`` holds the transaction runner and undo/redo they share.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.codes import item_numbers, objective_numbers, option_numbers
from cluster_planner.domain.errors import (
    PlanError,
    PlanFileDamaged,
    SnapshotError,
    ValidationError,
)
from cluster_planner.domain.records import to_row
from cluster_planner.domain.snapshot import PlanHistory, PlanSnapshot, first_difference
from cluster_planner.services.action_plan import ActionPlanActions, load_actions
from cluster_planner.services.diagnostic import DiagnosticActions
from cluster_planner.services.document_core import new_id
from cluster_planner.services.participation import ParticipationActions, write_phone_ballot
from cluster_planner.services.recorder import Recorder
from cluster_planner.services.registers import RegisterActions
from cluster_planner.services.review import ReviewActions
from cluster_planner.services.vision import VisionActions, load_links
from cluster_planner.storage import schema
from cluster_planner.storage.lock import stale_lock_beside

__all__ = ["PlanDocument", "left_open", "new_id", "readable_revisions"]


class PlanDocument(
    RegisterActions,
    DiagnosticActions,
    VisionActions,
    ActionPlanActions,
    ReviewActions,
    ParticipationActions,
):
    """One open plan: queries, user actions, undo and redo, and the whole-plan snapshot."""

    def snapshot(self) -> PlanSnapshot:
        """The whole plan as one immutable snapshot."""
        with self._file.engine.connect() as conn:
            info = conn.execute(select(schema.plan_info)).mappings().one()
        return PlanSnapshot(
            profile=self.profile(),
            baseline_figures=tuple(self.baseline_figures()),
            organisations=tuple(self.organisations()),
            people=tuple(self.people()),
            meetings=tuple(self.meetings()),
            swot_items=tuple(self.swot_items()),
            voting_rounds=tuple(self.voting_rounds()),
            options=tuple(self.options()),
            vision_elements=tuple(self.vision_elements()),
            vision_drafts=tuple(self.vision_drafts()),
            vision_versions=tuple(self.vision_versions()),
            objectives=tuple(self.objectives()),
            actions=tuple(self.actions()),
            dependencies=tuple(self.dependencies()),
            measurements=tuple(self.measurements()),
            action_reviews=tuple(self.action_reviews()),
            created_at=info["created_at"],
            modified_at=info["modified_at"],
        )

    # --- reading with every stored value checked -------------------------------------------

    def verified_snapshot(self) -> PlanSnapshot:
        """The whole plan, every stored value checked as any plan's (kinds, codes, dates,
        references); PlanFileDamaged says what a damaged file breaks."""
        with self.reporting_damage():
            snapshot = self.snapshot()
            PlanSnapshot.from_dict(snapshot.to_dict(), rules=False)
        return snapshot

    def verified_revision_snapshot(self, number: int) -> PlanSnapshot:
        """Revision ``number``'s plan, checked like ``verified_snapshot``; the damage it
        reports names the revision ("revision 1: …")."""
        try:
            with self.reporting_damage():
                snapshot = self.revision_snapshot(number)
                PlanSnapshot.from_dict(snapshot.to_dict(), rules=False)
        except PlanFileDamaged as error:
            raise PlanFileDamaged(error.path, f"revision {number}: {error.detail}") from None
        return snapshot

    def verified_history(self) -> PlanHistory:
        """The adopted revisions with their plans and the restores, checked as a snapshot's
        history is (so a dump of it reads back): PlanFileDamaged names the JSON path of a
        stored value no plan holds, such as an amount that is not a finite number."""
        with self.reporting_damage():
            history = self.history()
            PlanHistory.from_dict(history.to_dict())
        return history

    def health(self) -> tuple[list[str], list[str]]:
        """What is wrong with the file, in sentences: (damage, values an edit would refuse).

        Damage: SQLite's full integrity and foreign-key checks, every stored value of the
        plan checked as any plan's (kinds, codes, dates, references), every revision
        decompressed, parsed and checked. Then the plan's values against the rules an edit
        meets today (values an older version let in, which nothing refuses to read).
        """
        damage = list(self._file.integrity())
        refused: list[str] = []
        try:
            with self.reporting_damage():
                content = self.snapshot().to_dict()
                PlanSnapshot.from_dict(content, rules=False)
        except PlanFileDamaged as error:
            damage.append(f"the plan: {error.detail}")
        else:
            try:
                PlanSnapshot.from_dict(content)
            except SnapshotError as error:
                refused.append(f"{error} (entered before this version's rules)")
        try:
            with self.reporting_damage():
                numbers = [r.number for r in self.revisions()]
        except PlanFileDamaged as error:
            return [*damage, f"the list of revisions: {error.detail}"], refused
        for number in numbers:
            try:
                self.verified_revision_snapshot(number)
            except PlanFileDamaged as error:
                damage.append(error.detail)
        return damage, refused

    def write_revision(self, number: int, path: Path | str) -> Path:
        """Write revision ``number`` as a plan file of its own at ``path`` (a new file)."""
        snapshot = self.revision_snapshot(number)
        PlanDocument.create(path, fill=lambda copy: copy.load_snapshot(snapshot)).close()
        return Path(path)

    # --- whole-plan loading ----------------------------------------------------------------

    def load_snapshot(
        self, snapshot: PlanSnapshot, history: PlanHistory | None = None
    ) -> ChangeRecord:
        """Fill an empty plan from a snapshot, keeping its ids (for ``new --from``), and
        with its history (adopted revisions and restores) when given.

        The plan is read back afterwards and must hold exactly what the snapshot
        holds; anything the file could not store is a SnapshotError, never a plan
        that silently lost part of its content.
        """

        def body(r: Recorder) -> None:
            if any(
                r.conn.execute(select(t.c.id).limit(1)).first()
                for t in (
                    schema.organisation,
                    schema.person,
                    schema.meeting,
                    schema.baseline_figure,
                    schema.swot_item,
                    schema.strategic_option,
                    schema.vision_element,
                    schema.vision_draft,
                    schema.objective,
                    schema.revision,
                )
            ):
                raise ValidationError("plan", "a snapshot can only be loaded into an empty plan")
            self._load_content(r, snapshot)
            if history is not None:
                self._load_history(r, history)

        try:
            record = self._run("load_snapshot", snapshot.profile.name, body)
        except DBAPIError as exc:  # a rule the shared validation missed: still one sentence
            raise SnapshotError(f"the plan file refused it ({exc.orig})") from None
        except (UnicodeError, OverflowError) as exc:
            raise SnapshotError(f"the plan file refused it ({exc})") from None
        # Numbers given out on loading (records from before they were stored) count as
        # what the snapshot meant.
        numbers = objective_numbers(snapshot.objectives)
        items = item_numbers(snapshot.swot_items)
        options = option_numbers(snapshot.options)
        expected = dataclasses.replace(
            snapshot,
            swot_items=tuple(
                dataclasses.replace(i, number=items[i.id]) for i in snapshot.swot_items
            ),
            options=tuple(dataclasses.replace(o, number=options[o.id]) for o in snapshot.options),
            objectives=tuple(
                dataclasses.replace(o, number=numbers[o.id]) for o in snapshot.objectives
            ),
        )
        difference = first_difference(expected.to_dict(), self.snapshot().to_dict())
        if difference is None and history is not None:
            difference = first_difference(history.to_dict(), self.history().to_dict())
        if difference is not None:
            raise SnapshotError(f"{difference} could not be stored as it is written")
        return record

    def _load_content(self, r: Recorder, snapshot: PlanSnapshot) -> None:
        """Write a snapshot's content into a plan whose content tables are empty."""
        r.update(schema.cluster_profile, {"id": 1}, to_row(snapshot.profile))
        for figure in snapshot.baseline_figures:
            r.insert(schema.baseline_figure, to_row(figure))
        for org in snapshot.organisations:
            r.insert(schema.organisation, to_row(org))
        for person in snapshot.people:
            r.insert(schema.person, to_row(person))
        for meeting in snapshot.meetings:
            r.insert(schema.meeting, to_row(meeting, exclude=("attendee_ids",)))
            for person_id in meeting.attendee_ids:
                r.insert(schema.attendance, {"meeting_id": meeting.id, "person_id": person_id})
        # Records from before numbers were stored get theirs here, as the codes show them.
        item_numbers_ = item_numbers(snapshot.swot_items)
        for item in snapshot.swot_items:
            # Merges are set once every item exists, so they may point forwards.
            row = to_row(item, exclude=("themes",))
            r.insert(
                schema.swot_item, row | {"merged_into_id": None, "number": item_numbers_[item.id]}
            )
            for theme in item.themes:
                r.insert(schema.swot_item_theme, {"item_id": item.id, "theme": theme})
        for item in snapshot.swot_items:
            if item.merged_into_id is not None:
                r.update(schema.swot_item, {"id": item.id}, {"merged_into_id": item.merged_into_id})
        for voting_round in snapshot.voting_rounds:
            row = to_row(voting_round, exclude=("tallies", "phone_ballots"))
            r.insert(schema.voting_round, row)
            for tally in voting_round.tallies:
                r.insert(schema.vote_tally, {"round_id": voting_round.id, **to_row(tally)})
            for ballot in voting_round.phone_ballots:
                write_phone_ballot(r, voting_round.id, ballot)
        option_numbers_ = option_numbers(snapshot.options)
        for option in snapshot.options:
            row = to_row(option, exclude=("item_ids",))
            r.insert(schema.strategic_option, row | {"number": option_numbers_[option.id]})
            for item_id in option.item_ids:
                r.insert(schema.option_item, {"option_id": option.id, "item_id": item_id})
        self._load_vision(r, snapshot)
        r.insert_many(schema.measurement, [to_row(m) for m in snapshot.measurements])
        r.insert_many(schema.action_review, [to_row(x) for x in snapshot.action_reviews])

    def _load_vision(self, r: Recorder, snapshot: PlanSnapshot) -> None:
        for element in snapshot.vision_elements:
            r.insert(schema.vision_element, to_row(element, exclude=("option_ids", "item_ids")))
            load_links(r, element)
        for draft in snapshot.vision_drafts:
            r.insert(schema.vision_draft, to_row(draft, exclude=("element_ids", "phone_votes")))
            load_links(r, draft)
        for version in snapshot.vision_versions:
            r.insert(schema.vision_version, to_row(version, exclude=("element_ids",)))
            load_links(r, version)
        numbers = objective_numbers(snapshot.objectives)
        for objective in snapshot.objectives:
            row = to_row(objective, exclude=("indicators", "element_ids", "option_ids"))
            r.insert(schema.objective, {**row, "number": numbers[objective.id]})
            load_links(r, objective)
            for indicator in objective.indicators:
                r.insert(schema.indicator, {**to_row(indicator), "objective_id": objective.id})
        load_actions(r, snapshot.actions, snapshot.dependencies)


def readable_revisions(path: Path | str) -> list[int]:
    """The adopted revisions of a (damaged) plan that can still be read whole.

    The plan is opened read-only without SQLite's health check, and each revision is
    read and checked on its own; whatever fails is left out. Empty when nothing can be
    read at all.
    """
    try:
        document = PlanDocument.open_to_salvage(path)
    except PlanError:
        return []
    readable = []
    try:
        try:
            with document.reporting_damage():
                numbers = [r.number for r in document.revisions()]
        except PlanError:
            return []
        for number in numbers:
            try:
                document.verified_revision_snapshot(number)
            except PlanError:
                continue
            readable.append(number)
    finally:
        document.close()
    return readable


def left_open(path: Path | str) -> bool:
    """True when a lock nobody holds lies beside the plan: it was copied (or left by a
    crash) while it was open, perhaps in the middle of a save."""
    return stale_lock_beside(Path(path))
