"""Action plan actions: numbering, moves, nested rows, dependencies, cascades, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cluster_planner.domain.codes import action_codes
from cluster_planner.domain.enums import (
    ContributionKind,
    DependencyKind,
    FundingSource,
    FundingStatus,
    StakeholderType,
)
from cluster_planner.domain.errors import DependencyCycle, InUse, SnapshotError, ValidationError
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.services.plan_document import PlanDocument, new_id

D = dt.date


def state(doc: PlanDocument) -> dict:
    return doc.snapshot().to_dict() | {"modified_at": ""}


def codes(doc: PlanDocument) -> dict[int, str]:
    return action_codes(doc.objectives(), doc.actions())


def add(doc: PlanDocument, objective_id: int, title: str, **fields: object) -> int:
    return new_id(doc.add_action(objective_id, title=title, **fields), "action")


@pytest.fixture
def doc(empty_document: PlanDocument) -> PlanDocument:
    """An empty plan with two objectives and two organisations."""
    empty_document.add_objective(title="Brand")
    empty_document.add_objective(title="Credit")
    empty_document.add_organisation(
        name="Garment makers' association", stakeholder_type=StakeholderType.BUSINESS_ASSOCIATION
    )
    empty_document.add_organisation(
        name="Cooperative bank", stakeholder_type=StakeholderType.FINANCIAL
    )
    return empty_document


def test_actions_are_numbered_per_objective_and_keep_their_codes_when_others_move(
    doc: PlanDocument,
) -> None:
    """A1.1, A1.2, A1.3; moving A1.1 down or away leaves the others' codes alone."""
    first, second, third = (add(doc, 1, t) for t in ("Yarn", "Cutting room", "Brand"))
    assert [codes(doc)[i] for i in (first, second, third)] == ["A1.1", "A1.2", "A1.3"]
    doc.move_action(first, 1, 2)
    assert [a.id for a in doc.actions() if a.objective_id == 1] == [second, third, first]
    assert codes(doc) == {first: "A1.1", second: "A1.2", third: "A1.3"}
    doc.move_action(first, 2, 0)
    assert codes(doc) == {first: "A2.1", second: "A1.2", third: "A1.3"}
    assert [a.position for a in doc.actions() if a.objective_id == 1] == [0, 1]


def test_an_action_can_be_inserted_at_a_place(doc: PlanDocument) -> None:
    """index puts the new action there and shifts the ones after it."""
    a, b = add(doc, 1, "A"), add(doc, 1, "B")
    c = new_id(doc.add_action(1, index=1, title="C"), "action")
    assert [x.id for x in doc.actions()] == [a, c, b]
    assert codes(doc)[c] == "A1.3"


def test_renumbering_closes_gaps_in_plan_order_and_undoes(doc: PlanDocument) -> None:
    """After a deletion and a move, renumber gives 1, 2 … in order; undo restores the codes."""
    ids = [add(doc, 1, t) for t in "ABC"]
    doc.delete_action(ids[0])
    doc.move_action(ids[2], 1, 0)
    before = codes(doc)
    assert before == {ids[1]: "A1.2", ids[2]: "A1.3"}
    record = doc.renumber_actions(1)
    assert codes(doc) == {ids[2]: "A1.1", ids[1]: "A1.2"}
    doc.undo(record)
    assert codes(doc) == before


def test_objective_numbers_are_stored_and_stay_when_an_earlier_objective_goes(
    doc: PlanDocument,
) -> None:
    """Deleting O1 leaves O2's actions coded A2.x."""
    action = add(doc, 2, "Credit line")
    doc.delete_objective(1)
    assert codes(doc) == {action: "A2.1"}


def test_end_before_start_and_bad_values_are_refused(doc: PlanDocument) -> None:
    """The core refuses what cannot be, and the plan is untouched."""
    action = add(doc, 1, "Yarn", start_date=D(2026, 5, 1), end_date=D(2026, 6, 1))
    before = state(doc)
    with pytest.raises(ValidationError) as refused:
        doc.update_action(action, end_date=D(2026, 4, 1))
    assert refused.value.field == "end_date"
    for fields in (
        {"progress": 120},
        {"beneficiary_women": -1},
        {"lead_id": 99},
        {"option_ids": [42]},
        {"title": "  "},
    ):
        with pytest.raises(ValidationError):
            doc.update_action(action, **fields)
    with pytest.raises(ValidationError):
        doc.add_cost_line(action, amount=-5.0)
    with pytest.raises(ValidationError):
        doc.add_partner(action, organisation_id=77)
    assert state(doc) == before


def test_partners_milestones_cost_lines_and_indicators_live_in_the_action(
    doc: PlanDocument,
) -> None:
    """Each is added, changed and removed by its own action, one undo step each."""
    action = add(doc, 1, "Yarn", lead_id=1)
    partner = doc.add_partner(
        action, organisation_id=2, contribution=ContributionKind.CASH, amount=500.0
    )
    doc.add_milestone(action, title="First order", date=D(2026, 7, 1))
    doc.add_cost_line(
        action,
        amount=1200.0,
        source=FundingSource.BANK,
        status=FundingStatus.SECURED,
        organisation_id=2,
    )
    doc.add_action_indicator(action, name="Firms buying together", unit="firms", target_value=30.0)
    stored = doc.action(action)
    assert stored.partners[0].amount == 500.0
    assert stored.milestones[0].title == "First order"
    assert stored.cost_lines[0].source is FundingSource.BANK
    assert stored.indicators[0].name == "Firms buying together"
    assert doc.objectives()[0].indicators == ()  # an action's indicator is not the objective's
    partner_id = new_id(partner, "action_partner")
    change = doc.update_partner(partner_id, contribution=ContributionKind.STAFF_DAYS, amount=10.0)
    assert doc.action(action).partners[0].contribution is ContributionKind.STAFF_DAYS
    doc.undo(change)
    assert doc.action(action).partners[0].contribution is ContributionKind.CASH
    doc.update_indicator(stored.indicators[0].id, target_value=40.0)
    assert doc.action(action).indicators[0].target_value == 40.0


def test_deleting_an_action_takes_everything_in_it_and_undo_brings_it_all_back(
    doc: PlanDocument,
) -> None:
    """Partners, lines, milestones, indicators, links and dependencies go and come back."""
    a, b = add(doc, 1, "A"), add(doc, 1, "B")
    doc.add_partner(a, organisation_id=2)
    doc.add_cost_line(a, amount=10.0)
    doc.add_milestone(a, title="M", date=D(2026, 1, 1))
    doc.add_action_indicator(a, name="I")
    doc.add_dependency(a, b)
    before = state(doc)
    record = doc.delete_action(a)
    assert [x.id for x in doc.actions()] == [b] and doc.dependencies() == []
    doc.undo(record)
    assert state(doc) == before


def test_deleting_an_objective_takes_its_actions(doc: PlanDocument) -> None:
    """The objective's actions go with it; undo restores both."""
    add(doc, 1, "A")
    keep = add(doc, 2, "B")
    before = state(doc)
    record = doc.delete_objective(1)
    assert [a.id for a in doc.actions()] == [keep]
    doc.undo(record)
    assert state(doc) == before


def test_a_dependency_that_closes_a_loop_is_refused_with_the_loop(doc: PlanDocument) -> None:
    """A waits for B, B for C; C waiting for A is refused, naming A1.1 → A1.3 → A1.2 → A1.1."""
    a, b, c = (add(doc, 1, t) for t in "ABC")
    doc.add_dependency(b, a)
    doc.add_dependency(c, b)
    before = state(doc)
    with pytest.raises(DependencyCycle) as refused:
        doc.add_dependency(a, c, kind=DependencyKind.START_TO_START)
    assert refused.value.codes == ("A1.1", "A1.3", "A1.2", "A1.1")
    with pytest.raises(ValidationError):
        doc.add_dependency(b, a)  # the same link twice
    with pytest.raises(DependencyCycle):
        doc.add_dependency(a, a)
    assert state(doc) == before


def test_a_dependency_changes_kind_and_lag_but_not_its_actions(doc: PlanDocument) -> None:
    """update_dependency edits kind and lag; relinking is delete and add."""
    a, b = add(doc, 1, "A"), add(doc, 1, "B")
    dep = new_id(doc.add_dependency(a, b), "dependency")
    doc.update_dependency(dep, kind=DependencyKind.FINISH_TO_FINISH, lag_days=5)
    (stored,) = doc.dependencies()
    assert (stored.kind, stored.lag_days) == (DependencyKind.FINISH_TO_FINISH, 5)
    with pytest.raises(TypeError):
        doc.update_dependency(dep, successor_id=a)


def test_an_organisation_with_commitments_is_kept(doc: PlanDocument) -> None:
    """Deleting the lead or a partner of an action is refused, naming the actions."""
    a = add(doc, 1, "Yarn", lead_id=1)
    b = add(doc, 2, "Credit")
    doc.add_partner(b, organisation_id=1)
    with pytest.raises(InUse) as refused:
        doc.delete_organisation(1)
    assert refused.value.users == (codes(doc)[a], codes(doc)[b])
    assert len(doc.organisations()) == 2


def test_the_snapshot_carries_the_action_plan_through_new_from(
    doc: PlanDocument, tmp_path: Path
) -> None:
    """A plan rebuilt from its dump equals it, actions and dependencies included."""
    a = add(doc, 1, "Yarn", lead_id=1, start_date=D(2026, 2, 1), end_date=D(2026, 4, 30))
    b = add(doc, 2, "Credit", option_ids=[])
    doc.add_partner(a, organisation_id=2, contribution=ContributionKind.IN_KIND, amount=300.0)
    doc.add_cost_line(a, amount=900.0, source=FundingSource.DONOR)
    doc.add_milestone(b, title="Signed", date=D(2026, 9, 1), done=True)
    doc.add_dependency(a, b, kind=DependencyKind.START_TO_START, lag_days=3)
    snapshot = doc.snapshot()
    data = snapshot.to_dict()
    assert PlanSnapshot.from_dict(data) == snapshot
    copy = PlanDocument.create(tmp_path / "copy.clusterplan")
    try:
        copy.load_snapshot(snapshot)
        assert state(copy) | {"created_at": ""} == data | {"modified_at": "", "created_at": ""}
    finally:
        copy.close()


def test_older_snapshots_without_objective_numbers_get_them_on_load(tmp_path: Path) -> None:
    """Objectives of a format-3 snapshot are numbered in their order when loaded."""
    data = {
        "format_version": 3,
        "objectives": [
            {"id": 5, "title": "B", "position": 1},
            {"id": 3, "title": "A", "position": 0},
        ],
    }
    copy = PlanDocument.create(tmp_path / "old.clusterplan")
    try:
        copy.load_snapshot(PlanSnapshot.from_dict(data))
        assert {o.id: o.number for o in copy.objectives()} == {3: 1, 5: 2}
        assert copy.add_objective(title="C") and copy.objectives()[-1].number == 3
    finally:
        copy.close()


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            lambda d: d["actions"][0].update(objective_id=99),
            r"objective_id: names objective 99, which is not in the snapshot",
        ),
        (lambda d: d["actions"][0].update(lead_id=99), r"lead_id: names organisation \(the lead\)"),
        (lambda d: d["actions"][1].update(number=1), "is the number of actions"),
        (
            lambda d: d["actions"][0].update(end_date="2020-01-01"),
            "end_date: comes before the start",
        ),
        (
            lambda d: d["dependencies"].append(dict(d["dependencies"][0], id=9)),
            "links the same two actions",
        ),
        (
            lambda d: d["dependencies"].append(
                {
                    "id": 9,
                    "predecessor_id": d["actions"][1]["id"],
                    "successor_id": d["actions"][0]["id"],
                }
            ),
            "loop",
        ),
    ],
)
def test_a_snapshot_with_broken_action_references_is_refused(
    doc: PlanDocument, change, problem: str
) -> None:
    """Each broken reference gets a sentence naming it."""
    a = add(doc, 1, "A", lead_id=1, start_date=D(2026, 1, 1), end_date=D(2026, 2, 1))
    b = add(doc, 1, "B")
    doc.add_dependency(a, b)
    data = doc.snapshot().to_dict()
    change(data)
    with pytest.raises(SnapshotError, match=problem):
        PlanSnapshot.from_dict(data)


def test_rescheduling_is_one_step_and_can_move_successors_along(doc: PlanDocument) -> None:
    """A drag's new dates, with or without the waiting actions pushed, undo in one step."""
    a = add(doc, 1, "Machines", start_date=D(2026, 1, 1), end_date=D(2026, 1, 31))
    b = add(doc, 1, "Training", start_date=D(2026, 2, 1), end_date=D(2026, 2, 28))
    doc.add_dependency(a, b)
    before = state(doc)
    alone = doc.reschedule_action(a, D(2026, 1, 15), D(2026, 2, 14))
    assert (doc.action(b).start_date, doc.action(b).end_date) == (D(2026, 2, 1), D(2026, 2, 28))
    doc.undo(alone)
    assert state(doc) == before
    along = doc.reschedule_action(a, D(2026, 1, 15), D(2026, 2, 14), move_successors=True)
    assert (doc.action(b).start_date, doc.action(b).end_date) == (D(2026, 2, 15), D(2026, 3, 14))
    assert along.action == "reschedule_action"
    doc.undo(along)
    assert state(doc) == before
    with pytest.raises(ValidationError):
        doc.reschedule_action(a, D(2026, 3, 1), D(2026, 2, 1))
    assert state(doc) == before


def test_a_moved_action_takes_its_milestones_along_and_a_resized_one_keeps_them(
    doc: PlanDocument,
) -> None:
    """Moving by 10 days moves the milestones 10 days (successors' too); resizing does not."""
    a = add(doc, 1, "Machines", start_date=D(2026, 1, 1), end_date=D(2026, 1, 31))
    b = add(doc, 1, "Training", start_date=D(2026, 2, 1), end_date=D(2026, 2, 28))
    doc.add_milestone(a, title="Delivered", date=D(2026, 1, 20))
    doc.add_milestone(b, title="First course", date=D(2026, 2, 10))
    doc.add_dependency(a, b)
    doc.reschedule_action(a, D(2026, 1, 11), D(2026, 2, 10), move_successors=True)
    assert doc.action(a).milestones[0].date == D(2026, 1, 30)
    assert doc.action(b).start_date == D(2026, 2, 11)
    assert doc.action(b).milestones[0].date == D(2026, 2, 20)
    doc.reschedule_action(a, D(2026, 1, 11), D(2026, 2, 20))  # only the end
    assert doc.action(a).milestones[0].date == D(2026, 1, 30)


@pytest.mark.parametrize("amount", [True, False])
def test_a_boolean_is_not_an_amount(doc: PlanDocument, amount: bool) -> None:
    """true/false typed where money goes is refused, for a cost line and a partner alike."""
    a = add(doc, 1, "Fair")
    before = state(doc)
    with pytest.raises(ValidationError) as refused:
        doc.add_cost_line(a, amount=amount)
    assert (refused.value.field, refused.value.problem) == ("amount", "must be a number")
    with pytest.raises(ValidationError):
        doc.add_partner(a, organisation_id=1, amount=amount)
    assert state(doc) == before
