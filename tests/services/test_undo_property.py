"""Property: any sequence of actions, undone in reverse, restores the plan exactly."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.enums import (
    BodyRole,
    DependencyKind,
    FundingSource,
    ItemStatus,
    MeetingType,
    OptionKind,
    Quadrant,
    Sex,
    SizeClass,
    StakeholderType,
)
from cluster_planner.domain.errors import DependencyCycle, InUse, OptionNeedsItem, ValidationError
from cluster_planner.services.plan_document import PlanDocument

text = st.text(min_size=0, max_size=12)
names = st.text(min_size=1, max_size=12).filter(str.strip)
pick = st.integers(min_value=0, max_value=50)

actions = st.one_of(
    st.tuples(
        st.just("add_organisation"),
        names,
        st.sampled_from(StakeholderType),
        st.one_of(st.none(), st.sampled_from(SizeClass)),
        st.booleans(),
    ),
    st.tuples(st.just("update_organisation"), pick, text, st.booleans()),
    st.tuples(st.just("delete_organisation"), pick),
    st.tuples(st.just("add_person"), names, st.sampled_from(Sex), pick, st.sampled_from(BodyRole)),
    st.tuples(st.just("update_person"), pick, st.sampled_from(BodyRole), text),
    st.tuples(st.just("delete_person"), pick),
    st.tuples(
        st.just("add_meeting"),
        names,
        st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)),
        st.sampled_from(MeetingType),
        st.lists(pick, max_size=5),
    ),
    st.tuples(st.just("set_attendance"), pick, st.lists(pick, max_size=6)),
    st.tuples(st.just("delete_meeting"), pick),
    st.tuples(st.just("update_profile"), text, st.integers(2000, 2040)),
    st.tuples(st.just("add_baseline_figure"), st.floats(0, 1e9, allow_nan=False)),
    st.tuples(
        st.just("add_swot_item"), st.sampled_from(Quadrant), names, st.lists(text, max_size=3)
    ),
    st.tuples(st.just("move_swot_item"), pick, st.sampled_from(Quadrant), pick),
    st.tuples(st.just("merge_swot_items"), pick, pick),
    st.tuples(st.just("delete_swot_item"), pick),
    st.tuples(st.just("add_voting_round"), pick, st.integers(1, 5)),
    st.tuples(st.just("set_tally"), pick, pick, st.integers(0, 30)),
    st.tuples(st.just("add_option"), st.sampled_from(OptionKind), names, pick, pick),
    st.tuples(st.just("add_vision_element"), names, pick),
    st.tuples(st.just("add_objective"), names, pick),
    st.tuples(st.just("add_indicator"), pick, st.floats(0, 1e6, allow_nan=False)),
    st.tuples(st.just("delete_objective"), pick),
    st.tuples(st.just("adopt_vision"), pick, pick),
    st.tuples(st.just("delete_option"), pick),
    st.tuples(st.just("add_action"), names, pick, pick, st.integers(0, 400), st.integers(0, 90)),
    st.tuples(st.just("update_action"), pick, st.integers(0, 100), pick),
    st.tuples(st.just("move_action"), pick, pick, pick),
    st.tuples(st.just("delete_action"), pick),
    st.tuples(st.just("renumber_actions"), pick),
    st.tuples(st.just("add_partner"), pick, pick, st.floats(0, 1e5, allow_nan=False)),
    st.tuples(st.just("add_cost_line"), pick, st.floats(0, 1e5, allow_nan=False), pick),
    st.tuples(st.just("add_milestone"), pick, names),
    st.tuples(st.just("add_dependency"), pick, pick, st.sampled_from(DependencyKind)),
    st.tuples(st.just("delete_dependency"), pick),
)


def _nth(items: list[Any], index: int) -> Any:
    return items[index % len(items)] if items else None


def _apply(doc: PlanDocument, action: tuple[Any, ...]) -> ChangeRecord | None:
    kind, *args = action
    orgs, people, meetings = doc.organisations(), doc.people(), doc.meetings()
    if kind == "add_organisation":
        name, stype, size, women = args
        return doc.add_organisation(
            name=name, stakeholder_type=stype, size_class=size, women_led=women
        )
    if kind == "update_organisation" and orgs:
        return doc.update_organisation(_nth(orgs, args[0]).id, town=args[1], women_led=args[2])
    if kind == "delete_organisation" and orgs:
        return doc.delete_organisation(_nth(orgs, args[0]).id)
    if kind == "add_person":
        name, sex, org, role = args
        org_id = _nth(orgs, org).id if orgs and org % 3 else None
        return doc.add_person(name=name, sex=sex, organisation_id=org_id, commission_role=role)
    if kind == "update_person" and people:
        return doc.update_person(_nth(people, args[0]).id, steering_role=args[1], role=args[2])
    if kind == "delete_person" and people:
        return doc.delete_person(_nth(people, args[0]).id)
    if kind == "add_meeting":
        title, date, mtype, who = args
        attendees = sorted({_nth(people, i).id for i in who}) if people else []
        return doc.add_meeting(title=title, date=date, meeting_type=mtype, attendee_ids=attendees)
    if kind == "set_attendance" and meetings:
        attendees = sorted({_nth(people, i).id for i in args[1]}) if people else []
        return doc.set_attendance(_nth(meetings, args[0]).id, attendees)
    if kind == "delete_meeting" and meetings:
        return doc.delete_meeting(_nth(meetings, args[0]).id)
    if kind == "update_profile":
        return doc.update_profile(sector=args[0], horizon_end=args[1], horizon_start=None)
    if kind == "add_baseline_figure":
        return doc.add_baseline_figure(kind="turnover", value=args[0])
    return _apply_diagnostic(doc, kind, args)


def _apply_diagnostic(doc: PlanDocument, kind: str, args: list[Any]) -> ChangeRecord | None:
    items = [i for i in doc.swot_items() if i.status is ItemStatus.ACTIVE]
    rounds, meetings = doc.voting_rounds(), doc.meetings()
    if kind == "add_swot_item":
        return doc.add_swot_item(quadrant=args[0], statement=args[1], themes=args[2])
    if kind == "move_swot_item" and items:
        return doc.move_swot_item(_nth(items, args[0]).id, args[1], args[2])
    if kind == "merge_swot_items" and len(items) > 1:
        target, source = _nth(items, args[0]), _nth(items, args[1])
        if target.id != source.id:
            return doc.merge_swot_items(target.id, [source.id])
    if kind == "delete_swot_item" and items:
        return doc.delete_swot_item(_nth(items, args[0]).id)
    if kind == "add_voting_round" and meetings:
        meeting = _nth(meetings, args[0])
        return doc.add_voting_round(meeting_id=meeting.id, title="Round", dots_per_voter=args[1])
    if kind == "set_tally" and rounds and items:
        return doc.set_tally(_nth(rounds, args[0]).id, _nth(items, args[1]).id, args[2])
    if kind in (
        "add_vision_element",
        "add_objective",
        "add_indicator",
        "delete_objective",
        "adopt_vision",
    ):
        return _apply_vision(doc, kind, args)
    if kind.endswith(("action", "actions", "partner", "cost_line", "milestone", "dependency")):
        return _apply_action_plan(doc, kind, args)
    if kind == "delete_option" and doc.options():
        return doc.delete_option(_nth(doc.options(), args[0]).id)
    if kind == "add_option" and items:
        internal = [i for i in items if i.quadrant.internal]
        external = [i for i in items if not i.quadrant.internal]
        if internal and external:
            used = [_nth(internal, args[2]).id, _nth(external, args[3]).id]
            return doc.add_option(kind=args[0], statement=args[1], item_ids=used)
    return None


def _apply_vision(doc: PlanDocument, kind: str, args: list[Any]) -> ChangeRecord | None:
    options, elements, objectives = doc.options(), doc.vision_elements(), doc.objectives()
    if kind == "add_vision_element":
        chosen = [_nth(options, args[1]).id] if options else []
        return doc.add_vision_element(name=args[0], option_ids=chosen)
    if kind == "add_objective":
        chosen = [_nth(elements, args[1]).id] if elements else []
        return doc.add_objective(title=args[0], element_ids=chosen)
    if kind == "add_indicator" and objectives:
        return doc.add_indicator(_nth(objectives, args[0]).id, name="Measure", target_value=args[1])
    if kind == "delete_objective" and objectives:
        return doc.delete_objective(_nth(objectives, args[0]).id)
    drafts, meetings = doc.vision_drafts(), doc.meetings()
    if kind == "adopt_vision" and drafts and meetings:
        return doc.adopt_vision(
            _nth(drafts, args[0]).id,
            meeting_id=_nth(meetings, args[1]).id,
            adopted_on=dt.date(2026, 6, 1),
        )
    return None


def _apply_action_plan(doc: PlanDocument, kind: str, args: list[Any]) -> ChangeRecord | None:
    objectives, actions, orgs = doc.objectives(), doc.actions(), doc.organisations()
    if kind == "add_action" and objectives:
        title, objective, lead, start, length = args
        begin = dt.date(2026, 1, 1) + dt.timedelta(days=start)
        return doc.add_action(
            _nth(objectives, objective).id,
            index=lead % 3,
            title=title,
            lead_id=_nth(orgs, lead).id if orgs and lead % 4 else None,
            start_date=begin,
            end_date=begin + dt.timedelta(days=length),
        )
    if not actions:
        return None
    chosen = _nth(actions, args[0])
    if kind == "update_action":
        return doc.update_action(chosen.id, progress=args[1], option_ids=[])
    if kind == "move_action":
        return doc.move_action(chosen.id, _nth(objectives, args[1]).id, args[2] % 4)
    if kind == "delete_action":
        return doc.delete_action(chosen.id)
    if kind == "renumber_actions":
        return doc.renumber_actions(chosen.objective_id)
    if kind == "add_partner" and orgs:
        return doc.add_partner(chosen.id, organisation_id=_nth(orgs, args[1]).id, amount=args[2])
    if kind == "add_cost_line":
        source = list(FundingSource)[args[2] % len(FundingSource)] if args[2] % 5 else None
        return doc.add_cost_line(chosen.id, amount=args[1], source=source)
    if kind == "add_milestone":
        return doc.add_milestone(chosen.id, title=args[1], date=dt.date(2027, 1, 1))
    if kind == "add_dependency":
        successor = _nth(actions, args[1])
        return doc.add_dependency(chosen.id, successor.id, kind=args[2])
    dependencies = doc.dependencies()
    if kind == "delete_dependency" and dependencies:
        return doc.delete_dependency(_nth(dependencies, args[0]).id)
    return None


def _state(doc: PlanDocument) -> dict[str, Any]:
    return doc.snapshot().to_dict() | {"modified_at": ""}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(actions, min_size=1, max_size=16))
def test_undoing_every_action_restores_the_original(
    demo_template: Path, sequence: list[Any]
) -> None:
    """Random actions on the demo plan, undone in reverse, restore it exactly; redo replays them."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.clusterplan"
        shutil.copy(demo_template, path)
        doc = PlanDocument.open(path)
        try:
            original = _state(doc)
            records = []
            for action in sequence:
                try:
                    record = _apply(doc, action)
                except (ValidationError, DependencyCycle, InUse, OptionNeedsItem):
                    continue
                if record is not None and not record.is_empty:
                    records.append(record)
            edited = _state(doc)
            for record in reversed(records):
                doc.undo(record)
            assert _state(doc) == original
            for record in records:
                doc.redo(record)
            assert _state(doc) == edited
        finally:
            doc.close()
