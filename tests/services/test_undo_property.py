"""Property: any sequence of edits, undone in reverse, gives back every table of the file
exactly; redone, every table as it was edited.

Every edit method of the façade (each public ``PlanDocument`` method returning a
ChangeRecord) has a maker below that picks its arguments from the plan as it stands; a test
fails when a new edit method has none. Each method is also run on its own (with fixed seeds)
until it changes the plan, so every one is known to undo and redo exactly.
"""

from __future__ import annotations

import datetime as dt
import inspect
import random
import shutil
import tempfile
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.entities import Indicator
from cluster_planner.domain.enums import (
    ActionStatus,
    BaselineKind,
    BodyRole,
    ContributionKind,
    DecisionRule,
    DependencyKind,
    FundingSource,
    FundingStatus,
    ItemStatus,
    MeetingType,
    OptionKind,
    Quadrant,
    Sex,
    SizeClass,
    StakeholderType,
)
from cluster_planner.domain.errors import (
    DependencyCycle,
    DropNeedsReason,
    InUse,
    NotFound,
    OptionNeedsItem,
    ValidationError,
)
from cluster_planner.domain.participation import ParticipationRefused
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.services.swot_import import ImportRow
from cluster_planner.storage import schema

# Edits a sequence may be refused with: the plan is unchanged, the sequence goes on.
REFUSED = (
    ValidationError,
    DependencyCycle,
    InUse,
    DropNeedsReason,
    NotFound,
    OptionNeedsItem,
    ParticipationRefused,
)
# ChangeRecord methods that are not edits, or that only an empty plan takes.
NOT_EDITS = {
    "apply": "replays a record",
    "undo": "replays a record",
    "redo": "replays a record",
    "load_snapshot": "fills an empty plan only: test_loading_a_snapshot_undoes_to_an_empty_plan",
}
# Pseudonymous ids of the phones in the hall.
DEVICES = ("phone-aaaaaaaaaaaaaaaa", "phone-bbbbbbbbbbbbbbbb", "phone-cccccccccccccccc")
# Printable text a person can type (control characters are refused by the rules).
TYPED = st.characters(exclude_categories=("Cs", "Cc"))


class Pick:
    """Where a maker's choices come from: a seeded random generator (this class) or
    Hypothesis' data (``DrawnPick``)."""

    WORDS = ("Lima", "Atuntaqui", "Cámara", "ṭāhir", "税务", "", " tab\there ", "línea\nnueva")

    def __init__(self, seed: int = 0) -> None:
        self.random = random.Random(seed)

    def integer(self, low: int, high: int) -> int:
        return self.random.randint(low, high)

    def real(self, high: float) -> float:
        return self.random.choice([0.0, 1.5, high / 3, high])

    def text(self) -> str:
        return str(self.random.choice(self.WORDS))

    def name(self) -> str:
        return self.random.choice([w for w in self.WORDS if w.strip()])

    def one(self, items: Sequence[Any]) -> Any:
        return items[self.integer(0, len(items) - 1)] if items else None

    def some(self, items: Sequence[Any], most: int = 3) -> list[Any]:
        if not items:
            return []
        chosen = [self.integer(0, len(items) - 1) for _ in range(self.integer(0, most))]
        return sorted({items[i] for i in chosen}, key=str)

    def number(self, low: int, high: int) -> int:
        return self.integer(low, high)

    def amount(self, high: float = 1e6) -> float:
        return self.real(high)

    def flag(self) -> bool:
        return self.integer(0, 1) == 1

    def day(self) -> dt.date:
        return dt.date(2026, 1, 1) + dt.timedelta(days=self.number(0, 900))

    def kind(self, enum: type[Any]) -> Any:
        return self.one(list(enum))


class DrawnPick(Pick):
    """Choices drawn from Hypothesis, which shrinks a failing sequence to a small one."""

    def __init__(self, data: st.DataObject) -> None:
        super().__init__()
        self.data = data

    def integer(self, low: int, high: int) -> int:
        return int(self.data.draw(st.integers(low, high)))

    def real(self, high: float) -> float:
        return float(self.data.draw(st.floats(0, high, allow_nan=False, allow_infinity=False)))

    def text(self) -> str:
        return str(self.data.draw(st.text(TYPED, max_size=12)))

    def name(self) -> str:
        return str(self.data.draw(st.text(TYPED, min_size=1, max_size=12).filter(str.strip)))


Doc = PlanDocument
Maker = Callable[[Doc, Pick], Callable[[], ChangeRecord] | None]


def _indicators(doc: Doc) -> list[Indicator]:
    found = [i for o in doc.objectives() for i in o.indicators]
    return found + [i for a in doc.actions() for i in a.indicators]


def _children(doc: Doc, field: str) -> list[Any]:
    return [child for action in doc.actions() for child in getattr(action, field)]


def _items(doc: Doc, status: ItemStatus = ItemStatus.ACTIVE) -> list[Any]:
    return [i for i in doc.swot_items() if i.status is status]


def _ids(records: Sequence[Any]) -> list[int]:
    return [r.id for r in records]


def _when(value: Any, make: Callable[[Any], ChangeRecord]) -> Callable[[], ChangeRecord] | None:
    return None if value is None else (lambda: make(value))


MAKERS: dict[str, Maker] = {
    # --- the register ---------------------------------------------------------------------
    "update_profile": lambda d, p: lambda: d.update_profile(sector=p.text(), description=p.text()),
    "add_baseline_figure": lambda d, p: (
        lambda: d.add_baseline_figure(kind=p.kind(BaselineKind), value=p.amount(1e9), as_of=p.day())
    ),
    "update_baseline_figure": lambda d, p: _when(
        p.one(d.baseline_figures()), lambda f: d.update_baseline_figure(f.id, value=p.amount())
    ),
    "delete_baseline_figure": lambda d, p: _when(
        p.one(d.baseline_figures()), lambda f: d.delete_baseline_figure(f.id)
    ),
    "add_organisation": lambda d, p: (
        lambda: d.add_organisation(
            name=p.name(),
            stakeholder_type=p.kind(StakeholderType),
            size_class=p.one([None, *SizeClass]),
            women_led=p.flag(),
        )
    ),
    "update_organisation": lambda d, p: _when(
        p.one(d.organisations()),
        lambda o: d.update_organisation(o.id, town=p.text(), women_led=p.flag()),
    ),
    "delete_organisation": lambda d, p: _when(
        p.one(d.organisations()), lambda o: d.delete_organisation(o.id)
    ),
    "add_person": lambda d, p: (
        lambda: d.add_person(
            name=p.name(),
            sex=p.kind(Sex),
            organisation_id=p.one([None, *_ids(d.organisations())]),
            commission_role=p.kind(BodyRole),
        )
    ),
    "update_person": lambda d, p: _when(
        p.one(d.people()),
        lambda x: d.update_person(x.id, steering_role=p.kind(BodyRole), role=p.text()),
    ),
    "delete_person": lambda d, p: _when(p.one(d.people()), lambda x: d.delete_person(x.id)),
    "add_meeting": lambda d, p: (
        lambda: d.add_meeting(
            title=p.name(),
            date=p.day(),
            meeting_type=p.kind(MeetingType),
            attendee_ids=p.some(_ids(d.people())),
        )
    ),
    "update_meeting": lambda d, p: _when(
        p.one(d.meetings()), lambda m: d.update_meeting(m.id, venue=p.text(), title=p.name())
    ),
    "set_attendance": lambda d, p: _when(
        p.one(d.meetings()), lambda m: d.set_attendance(m.id, p.some(_ids(d.people()), 6))
    ),
    "delete_meeting": lambda d, p: _when(p.one(d.meetings()), lambda m: d.delete_meeting(m.id)),
    # --- the diagnostic ---------------------------------------------------------------------
    "add_swot_item": lambda d, p: (
        lambda: d.add_swot_item(
            quadrant=p.kind(Quadrant),
            statement=p.name(),
            themes=p.some(["markets", "finance", "Tourism", p.text()]),
            index=p.one([None, 0, 2]),
        )
    ),
    "update_swot_item": lambda d, p: _when(
        p.one(_items(d)),
        lambda i: d.update_swot_item(i.id, statement=p.name(), themes=p.some(["skills", "x"])),
    ),
    "move_swot_item": lambda d, p: _when(
        p.one(d.swot_items()),
        lambda i: d.move_swot_item(i.id, p.kind(Quadrant), p.number(0, 12)),
    ),
    "merge_swot_items": lambda d, p: _when(
        p.one(_items(d)),
        lambda t: d.merge_swot_items(t.id, p.some(_ids(_items(d)), 2)),
    ),
    "unmerge_swot_item": lambda d, p: _when(
        p.one(_items(d, ItemStatus.MERGED)), lambda i: d.unmerge_swot_item(i.id)
    ),
    "delete_swot_item": lambda d, p: _when(
        p.one(d.swot_items()), lambda i: d.delete_swot_item(i.id)
    ),
    "rename_theme": lambda d, p: _when(
        p.one(sorted({t for i in d.swot_items() for t in i.themes})),
        lambda t: d.rename_theme(t, p.name()),
    ),
    "import_swot_items": lambda d, p: (
        lambda: d.import_swot_items(
            [
                ImportRow(n, p.kind(Quadrant), p.name(), tuple(p.some(["markets", "Tourism"])))
                for n in range(1, p.number(1, 3) + 1)
            ]
        )
    ),
    "add_voting_round": lambda d, p: _when(
        p.one(d.meetings()),
        lambda m: d.add_voting_round(
            meeting_id=m.id, title=p.name(), dots_per_voter=p.number(1, 5)
        ),
    ),
    "update_voting_round": lambda d, p: _when(
        p.one(d.voting_rounds()),
        lambda r: d.update_voting_round(r.id, title=p.name(), voters=p.number(0, 40)),
    ),
    "reveal_voting_round": lambda d, p: _when(
        p.one(d.voting_rounds()), lambda r: d.reveal_voting_round(r.id, p.flag())
    ),
    "delete_voting_round": lambda d, p: _when(
        p.one(d.voting_rounds()), lambda r: d.delete_voting_round(r.id)
    ),
    "set_tally": lambda d, p: _when(
        p.one(d.voting_rounds()),
        lambda r: d.set_tally(r.id, p.one(_ids(_items(d))) or 0, p.number(0, 30)),
    ),
    "add_option": lambda d, p: (
        lambda: d.add_option(
            kind=p.kind(OptionKind),
            statement=p.name(),
            item_ids=[
                p.one([i.id for i in _items(d) if i.quadrant.internal]) or 0,
                p.one([i.id for i in _items(d) if not i.quadrant.internal]) or 0,
            ],
        )
    ),
    "update_option": lambda d, p: _when(
        p.one(d.options()),
        lambda o: d.update_option(o.id, statement=p.name(), impact=p.one([None, 1, 3, 5])),
    ),
    "delete_option": lambda d, p: _when(p.one(d.options()), lambda o: d.delete_option(o.id)),
    # --- the vision -------------------------------------------------------------------------
    "add_vision_element": lambda d, p: (
        lambda: d.add_vision_element(name=p.name(), option_ids=p.some(_ids(d.options())))
    ),
    "update_vision_element": lambda d, p: _when(
        p.one(d.vision_elements()),
        lambda e: d.update_vision_element(
            e.id, description=p.text(), item_ids=p.some(_ids(_items(d)))
        ),
    ),
    "delete_vision_element": lambda d, p: _when(
        p.one(d.vision_elements()), lambda e: d.delete_vision_element(e.id)
    ),
    "add_vision_draft": lambda d, p: (
        lambda: d.add_vision_draft(
            title=p.name(), statement=p.name(), element_ids=p.some(_ids(d.vision_elements()))
        )
    ),
    "update_vision_draft": lambda d, p: _when(
        p.one(d.vision_drafts()),
        lambda x: d.update_vision_draft(x.id, votes=p.number(0, 40), commitment=p.text()),
    ),
    "delete_vision_draft": lambda d, p: _when(
        p.one(d.vision_drafts()), lambda x: d.delete_vision_draft(x.id)
    ),
    "draft_from_version": lambda d, p: _when(
        p.one(d.vision_versions()), lambda v: d.draft_from_version(v.id, p.name())
    ),
    "adopt_vision": lambda d, p: _when(
        p.one(d.vision_drafts()),
        lambda x: d.adopt_vision(
            x.id,
            meeting_id=p.one(_ids(d.meetings())) or 0,
            adopted_on=p.day(),
            decision_rule=p.kind(DecisionRule),
        ),
    ),
    "add_objective": lambda d, p: (
        lambda: d.add_objective(title=p.name(), element_ids=p.some(_ids(d.vision_elements())))
    ),
    "update_objective": lambda d, p: _when(
        p.one(d.objectives()), lambda o: d.update_objective(o.id, description=p.text())
    ),
    "delete_objective": lambda d, p: _when(
        p.one(d.objectives()), lambda o: d.delete_objective(o.id)
    ),
    "add_indicator": lambda d, p: _when(
        p.one(d.objectives()),
        lambda o: d.add_indicator(o.id, name=p.name(), target_value=p.amount()),
    ),
    "update_indicator": lambda d, p: _when(
        p.one(_indicators(d)), lambda i: d.update_indicator(i.id, unit=p.text())
    ),
    "delete_indicator": lambda d, p: _when(
        p.one(_indicators(d)), lambda i: d.delete_indicator(i.id)
    ),
    # --- the action plan --------------------------------------------------------------------
    "add_action": lambda d, p: _when(
        p.one(d.objectives()),
        lambda o: d.add_action(
            o.id,
            index=p.one([None, 0, 1]),
            title=p.name(),
            lead_id=p.one([None, *_ids(d.organisations())]),
            start_date=(start := p.day()),
            end_date=start + dt.timedelta(days=p.number(0, 120)),
        ),
    ),
    "update_action": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.update_action(
            a.id, progress=p.number(0, 100), title=p.name(), option_ids=p.some(_ids(d.options()))
        ),
    ),
    "reschedule_action": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.reschedule_action(
            a.id,
            start := p.day(),
            start + dt.timedelta(days=p.number(0, 90)),
            move_successors=p.flag(),
        ),
    ),
    "move_action": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.move_action(a.id, p.one(_ids(d.objectives())), p.number(0, 4)),
    ),
    "delete_action": lambda d, p: _when(p.one(d.actions()), lambda a: d.delete_action(a.id)),
    "renumber_actions": lambda d, p: _when(
        p.one(d.objectives()), lambda o: d.renumber_actions(o.id)
    ),
    "add_partner": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.add_partner(
            a.id,
            organisation_id=p.one(_ids(d.organisations())) or 0,
            contribution=p.kind(ContributionKind),
            amount=p.amount(1e5),
        ),
    ),
    "update_partner": lambda d, p: _when(
        p.one(_children(d, "partners")),
        lambda x: d.update_partner(x.id, description=p.text(), amount=p.amount()),
    ),
    "delete_partner": lambda d, p: _when(
        p.one(_children(d, "partners")), lambda x: d.delete_partner(x.id)
    ),
    "add_milestone": lambda d, p: _when(
        p.one(d.actions()), lambda a: d.add_milestone(a.id, title=p.name(), date=p.day())
    ),
    "update_milestone": lambda d, p: _when(
        p.one(_children(d, "milestones")),
        lambda x: d.update_milestone(x.id, done=p.flag(), date=p.day()),
    ),
    "delete_milestone": lambda d, p: _when(
        p.one(_children(d, "milestones")), lambda x: d.delete_milestone(x.id)
    ),
    "add_cost_line": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.add_cost_line(
            a.id,
            amount=p.amount(1e5),
            source=p.one([None, *FundingSource]),
            status=p.kind(FundingStatus),
        ),
    ),
    "update_cost_line": lambda d, p: _when(
        p.one(_children(d, "cost_lines")),
        lambda x: d.update_cost_line(x.id, spent=p.amount(), description=p.text()),
    ),
    "delete_cost_line": lambda d, p: _when(
        p.one(_children(d, "cost_lines")), lambda x: d.delete_cost_line(x.id)
    ),
    "add_action_indicator": lambda d, p: _when(
        p.one(d.actions()), lambda a: d.add_action_indicator(a.id, name=p.name())
    ),
    "add_dependency": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.add_dependency(
            a.id, p.one(_ids(d.actions())), kind=p.kind(DependencyKind), lag_days=p.number(-9, 9)
        ),
    ),
    "update_dependency": lambda d, p: _when(
        p.one(d.dependencies()),
        lambda x: d.update_dependency(x.id, kind=p.kind(DependencyKind), lag_days=p.number(0, 9)),
    ),
    "delete_dependency": lambda d, p: _when(
        p.one(d.dependencies()), lambda x: d.delete_dependency(x.id)
    ),
    # --- the review cycle -------------------------------------------------------------------
    "record_progress": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.record_progress(
            a.id,
            p.day(),
            note=p.text(),
            status=p.kind(ActionStatus),
            progress=p.number(0, 100),
        ),
    ),
    "update_progress_entry": lambda d, p: _when(
        p.one(_children(d, "progress_entries")),
        lambda x: d.update_progress_entry(x.id, note=p.text()),
    ),
    "delete_progress_entry": lambda d, p: _when(
        p.one(_children(d, "progress_entries")), lambda x: d.delete_progress_entry(x.id)
    ),
    "record_measurement": lambda d, p: _when(
        p.one(_indicators(d)),
        lambda i: d.record_measurement(i.id, measured_on=p.day(), value=p.amount()),
    ),
    "update_measurement": lambda d, p: _when(
        p.one(d.measurements()), lambda m: d.update_measurement(m.id, value=p.amount())
    ),
    "delete_measurement": lambda d, p: _when(
        p.one(d.measurements()), lambda m: d.delete_measurement(m.id)
    ),
    "review_action": lambda d, p: _when(
        p.one(d.actions()),
        lambda a: d.review_action(
            p.one(_ids(d.meetings())) or 0, a.id, done=p.text(), decision=p.text()
        ),
    ),
    "adopt_revision": lambda d, p: (
        lambda: d.adopt_revision(
            p.name(), p.day(), meeting_id=p.one([None, *_ids(d.meetings())]), reason=p.text()
        )
    ),
    "restore_revision": lambda d, p: _when(
        p.one([r.number for r in d.revisions()]), lambda n: d.restore_revision(n)
    ),
    # --- phones in the hall -----------------------------------------------------------------
    "set_phone_ballot": lambda d, p: _when(
        p.one(d.voting_rounds()),
        lambda v: d.set_phone_ballot(
            v.id,
            p.one(DEVICES),
            {i: 1 for i in p.some(_ids(_items(d)), most=2)},
            stakeholder_type=p.one([None, *StakeholderType]),
            sex=p.one([None, *Sex]),
        ),
    ),
    "set_phone_draft_vote": lambda d, p: (
        lambda: d.set_phone_draft_vote(p.one(DEVICES), p.one([None, *_ids(d.vision_drafts())]))
    ),
    "clear_phone_draft_votes": lambda d, p: lambda: d.clear_phone_draft_votes(),
    "add_pending_card": lambda d, p: (
        lambda: d.add_pending_card(p.one(DEVICES), p.kind(Quadrant), p.name())
    ),
    "withdraw_pending_card": lambda d, p: _when(
        p.one(d.pending_cards()), lambda c: d.withdraw_pending_card(c.id, c.device)
    ),
    "accept_pending_card": lambda d, p: _when(
        p.one(d.pending_cards()), lambda c: d.accept_pending_card(c.id)
    ),
    "merge_pending_card": lambda d, p: _when(
        p.one(d.pending_cards()),
        lambda c: d.merge_pending_card(c.id, p.one(_ids(_items(d))) or 0),
    ),
    "drop_pending_card": lambda d, p: _when(
        p.one(d.pending_cards()), lambda c: d.drop_pending_card(c.id)
    ),
}


def edit_methods() -> set[str]:
    """The façade's edit methods: public methods of PlanDocument returning a ChangeRecord."""
    found = set()
    for name, method in inspect.getmembers(PlanDocument, inspect.isfunction):
        if not name.startswith("_") and typing.get_type_hints(method).get("return") is ChangeRecord:
            found.add(name)
    return found - set(NOT_EDITS)


def every_table(doc: Doc) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the file, in key order (the time of the last change aside:
    undoing is a change too)."""
    tables = {}
    with doc._file.engine.connect() as conn:
        for table in schema.metadata.sorted_tables:
            keys = list(table.primary_key.columns)
            rows = conn.execute(select(table).order_by(*keys)).mappings()
            tables[table.name] = [
                tuple(v for k, v in row.items() if (table.name, k) != ("plan_info", "modified_at"))
                for row in rows
            ]
    return tables


def _apply(doc: Doc, name: str, pick: Pick) -> ChangeRecord | None:
    make = MAKERS[name](doc, pick)
    if make is None:
        return None
    try:
        record = make()
    except REFUSED:
        return None
    return None if record.is_empty else record


def _demo_copy(template: Path, folder: str) -> Path:
    path = Path(folder) / "plan.clusterplan"
    shutil.copy(template, path)
    return path


# What a method needs that the demo plan does not have (every vision element is part of an
# adopted version, so one is added before one can be deleted).
PREPARE = {
    "delete_vision_element": "add_vision_element",
    "unmerge_swot_item": "merge_swot_items",
    "withdraw_pending_card": "add_pending_card",
    "accept_pending_card": "add_pending_card",
    "merge_pending_card": "add_pending_card",
    "drop_pending_card": "add_pending_card",
    "clear_phone_draft_votes": "set_phone_draft_vote",
    "set_phone_ballot": "add_voting_round",
}


def test_every_edit_method_has_a_maker() -> None:
    """A new edit method of the façade fails this test until the property covers it."""
    assert edit_methods() == set(MAKERS)


@pytest.mark.parametrize("name", sorted(MAKERS))
def test_each_edit_method_undoes_and_redoes_exactly(demo_template: Path, name: str) -> None:
    """Each edit method on its own, with seeded arguments until it changes the demo plan:
    undo gives back every table, redo the edited ones."""
    with tempfile.TemporaryDirectory() as folder:
        doc = PlanDocument.open(_demo_copy(demo_template, folder))
        try:
            if name in PREPARE:
                assert any(_apply(doc, PREPARE[name], Pick(seed)) for seed in range(20))
            original = every_table(doc)
            record = None
            for seed in range(60):
                record = _apply(doc, name, Pick(seed))
                if record is not None:
                    break
            assert record is not None, f"{name} changed nothing in 60 tries"
            edited = every_table(doc)
            doc.undo(record)
            assert every_table(doc) == original
            doc.redo(record)
            assert every_table(doc) == edited
        finally:
            doc.close()


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_undoing_every_edit_restores_every_table(demo_template: Path, data: st.DataObject) -> None:
    """Random edits of every kind on the demo plan, undone in reverse, give back every table of
    the file; redone, every table as edited."""
    pick = DrawnPick(data)
    names = data.draw(st.lists(st.sampled_from(sorted(MAKERS)), min_size=1, max_size=24))
    with tempfile.TemporaryDirectory() as folder:
        doc = PlanDocument.open(_demo_copy(demo_template, folder))
        try:
            original = every_table(doc)
            records = [r for r in (_apply(doc, name, pick) for name in names) if r is not None]
            edited = every_table(doc)
            for record in reversed(records):
                doc.undo(record)
            assert every_table(doc) == original
            for record in records:
                doc.redo(record)
            assert every_table(doc) == edited
        finally:
            doc.close()


def test_loading_a_snapshot_undoes_to_an_empty_plan(demo_template: Path) -> None:
    """The one edit of an empty plan: loading the demo's snapshot and history, undone, leaves
    every table as the new plan had it; redone, as loaded."""
    with tempfile.TemporaryDirectory() as folder:
        demo = PlanDocument.open(_demo_copy(demo_template, folder), read_only=True)
        snapshot, history = demo.snapshot(), demo.history()
        demo.close()
        doc = PlanDocument.create(Path(folder) / "empty.clusterplan")
        try:
            empty = every_table(doc)
            record = doc.load_snapshot(snapshot, history)
            loaded = every_table(doc)
            doc.undo(record)
            assert every_table(doc) == empty
            doc.redo(record)
            assert every_table(doc) == loaded
        finally:
            doc.close()
