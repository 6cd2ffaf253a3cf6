"""Comparing two snapshots of a plan: which changes are found, how they are worded and ordered."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from cluster_planner.domain.diff import PlanChange, diff_plans, summary, to_json
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Dependency,
    Indicator,
    Meeting,
    Milestone,
    Objective,
    Organisation,
    Partner,
    VisionVersion,
)
from cluster_planner.domain.enums import (
    ActionStatus,
    ContributionKind,
    DependencyKind,
    FundingSource,
    FundingStatus,
    StakeholderType,
)
from cluster_planner.domain.snapshot import PlanSnapshot

D = dt.date

ORGS = (
    Organisation(1, "CALTU", StakeholderType.BUSINESS_ASSOCIATION),
    Organisation(2, "Chamber of Commerce", StakeholderType.BUSINESS_ASSOCIATION),
    Organisation(3, "Tannery Sur", StakeholderType.ENTERPRISE),
)
MEETING = Meeting(1, "Vision workshop", D(2026, 2, 10))
VISION = VisionVersion(1, 1, "Ambato, the footwear of the Andes", D(2026, 2, 10), meeting_id=1)
TARGET = Indicator(
    100, "Firms exporting", unit="firms", target_value=10.0, target_date=D(2028, 12, 31)
)

PURCHASE = Action(
    10,
    objective_id=1,
    title="Joint leather purchase",
    number=1,
    lead_id=1,
    start_date=D(2026, 3, 1),
    end_date=D(2026, 6, 30),
    status=ActionStatus.APPROVED,
    progress=10,
    position=0,
    partners=(Partner(200, 2, ContributionKind.CASH, 5000.0),),
    milestones=(Milestone(300, "First order placed", D(2026, 4, 15)),),
    cost_lines=(
        CostLine(400, 8000.0, "Leather", FundingSource.CLUSTER_FIRMS, FundingStatus.PLEDGED, 1),
        CostLine(401, 2000.0, "Transport", FundingSource.GOVERNMENT),
    ),
)
FAIR = Action(
    11,
    objective_id=1,
    title="Trade fair stand",
    number=2,
    position=1,
    lead_id=2,
    start_date=D(2026, 7, 1),
    end_date=D(2026, 9, 30),
)
TRAINING = Action(
    20,
    objective_id=2,
    title="Design training",
    number=1,
    position=0,
    start_date=D(2026, 5, 1),
    end_date=D(2026, 8, 31),
)

BASE = PlanSnapshot(
    organisations=ORGS,
    meetings=(MEETING,),
    vision_versions=(VISION,),
    objectives=(
        Objective(1, "Sell more abroad", position=0, number=1, indicators=(TARGET,)),
        Objective(2, "Better design", position=1, number=2),
    ),
    actions=(PURCHASE, FAIR, TRAINING),
    dependencies=(Dependency(500, 10, 11),),
)


def with_action(snapshot: PlanSnapshot, action: Action) -> PlanSnapshot:
    """The snapshot with one action replaced by its changed version."""
    actions = tuple(action if a.id == action.id else a for a in snapshot.actions)
    return replace(snapshot, actions=actions)


def only(changes: list[PlanChange]) -> PlanChange:
    """The one change found."""
    assert len(changes) == 1, [c.text for c in changes]
    return changes[0]


# --- kinds of change ---------------------------------------------------------------------


def test_an_unchanged_plan_has_no_changes() -> None:
    """A plan compared with itself shows nothing."""
    assert diff_plans(BASE, BASE) == []


def test_an_added_action_is_named_with_its_code_and_title() -> None:
    """A new action is reported once, with its code, title and objective."""
    new = Action(12, objective_id=1, title="Shared cutting machine", number=3, position=2)
    change = only(diff_plans(BASE, replace(BASE, actions=(*BASE.actions, new))))
    assert change.kind == "action_added"
    assert change.code == "A1.3"
    assert change.text == "A1.3 “Shared cutting machine” was added under O1."


def test_a_dropped_action_is_reported_with_an_empty_reason() -> None:
    """Status becoming dropped is one 'action_dropped' change, not a plain status change."""
    after = with_action(BASE, replace(FAIR, status=ActionStatus.DROPPED))
    change = only(diff_plans(BASE, after))
    assert change.kind == "action_dropped"
    assert (change.before, change.after, change.reason) == ("proposed", "dropped", "")
    assert change.text == "A1.2 “Trade fair stand” was dropped."


def test_an_action_that_disappears_is_removed_with_its_dependency() -> None:
    """A deleted action is reported under its old code, and so is the link that went with it."""
    after = replace(BASE, actions=(PURCHASE, TRAINING), dependencies=())
    changes = diff_plans(BASE, after)
    assert [c.kind for c in changes] == ["action_removed", "dependency_removed"]
    assert changes[0].text == "A1.2 “Trade fair stand” was removed from the plan."
    assert changes[1].text == "A1.2 no longer waits for A1.1 (finish-to-start)."


def test_moved_dates_are_one_change_with_both_moves_in_days() -> None:
    """Start and end moves are counted in days, later or earlier, in one change."""
    after = with_action(BASE, replace(PURCHASE, start_date=D(2026, 3, 15), end_date=D(2026, 6, 29)))
    change = only(diff_plans(BASE, after))
    assert change.kind == "action_dates_moved"
    assert change.days == -1
    assert change.details["start_days"] == 14
    assert change.details["end_days"] == -1
    assert change.details["start_before"] == "2026-03-01"
    assert change.text == (
        "A1.1 start moved 14 days later (1 Mar 2026 → 15 Mar 2026); "
        "end moved 1 day earlier (30 Jun 2026 → 29 Jun 2026)."
    )


def test_a_date_set_for_the_first_time_has_no_day_count() -> None:
    """From no date to a date there is no number of days to tell."""
    before = with_action(BASE, replace(TRAINING, end_date=None))
    change = only(diff_plans(before, BASE))
    assert change.details["end_days"] is None
    assert change.days is None
    assert change.text == "A2.1 end set to 31 Aug 2026."


def test_a_lead_change_names_both_organisations_or_none() -> None:
    """Lead names come from each snapshot; a missing lead reads '— none —'."""
    after = with_action(BASE, replace(PURCHASE, lead_id=3))
    assert only(diff_plans(BASE, after)).text == "A1.1 lead changed from CALTU to Tannery Sur."
    after = with_action(BASE, replace(PURCHASE, lead_id=None))
    change = only(diff_plans(BASE, after))
    assert (change.before, change.after) == ("CALTU", "— none —")


def test_partners_added_removed_and_changed() -> None:
    """Each partner is matched by id: joined, left, or its contribution or amount changed."""
    after = with_action(
        BASE,
        replace(
            PURCHASE,
            partners=(
                Partner(200, 2, ContributionKind.IN_KIND, 6000.0),
                Partner(201, 3, ContributionKind.STAFF_DAYS, 12.0),
            ),
        ),
    )
    changes = diff_plans(BASE, after)
    assert [c.kind for c in changes] == ["partner_changed", "partner_added"]
    assert changes[0].text == (
        "A1.1: partner Chamber of Commerce changed: "
        "contribution cash → in kind, amount 5,000 → 6,000."
    )
    assert changes[0].difference == 1000.0
    assert changes[1].text == "A1.1: Tannery Sur joined as a partner (staff days, 12)."
    removed = only(diff_plans(BASE, with_action(BASE, replace(PURCHASE, partners=()))))
    assert removed.kind == "partner_removed"
    assert removed.name == "Chamber of Commerce"


def test_budget_and_cost_lines() -> None:
    """A new cost line shows as the line itself and as the action's new total."""
    line = CostLine(402, 2500.0, "Storage", FundingSource.DONOR, FundingStatus.SECURED)
    after = with_action(BASE, replace(PURCHASE, cost_lines=(*PURCHASE.cost_lines, line)))
    changes = diff_plans(BASE, after)
    assert [c.kind for c in changes] == ["action_budget_changed", "cost_line_added"]
    budget = changes[0]
    assert (budget.before, budget.after, budget.difference) == (10000.0, 12500.0, 2500.0)
    assert budget.text == "A1.1 budget changed from 10,000 to 12,500 (+2,500)."
    assert changes[1].text == "A1.1: cost line “Storage” of 2,500 was added (secured)."


def test_money_spent_changes_a_cost_line_but_not_the_budget() -> None:
    """A pledged line marked spent is a cost-line change; the total stays."""
    spent = replace(PURCHASE.cost_lines[0], status=FundingStatus.SPENT)
    after = with_action(BASE, replace(PURCHASE, cost_lines=(spent, PURCHASE.cost_lines[1])))
    change = only(diff_plans(BASE, after))
    assert change.kind == "cost_line_changed"
    assert change.text == "A1.1: cost line “Leather” changed: status pledged → spent."


def test_an_amount_spent_is_a_cost_line_change() -> None:
    """Recording what a line has paid out so far reads as the line's spending."""
    spent = replace(PURCHASE.cost_lines[0], spent=1200.5)
    after = with_action(BASE, replace(PURCHASE, cost_lines=(spent, PURCHASE.cost_lines[1])))
    change = only(diff_plans(BASE, after))
    assert change.text == "A1.1: cost line “Leather” changed: spent so far 0 → 1,200.50."
    assert change.details["spent_after"] == 1200.5


def test_cost_lines_in_another_order_do_not_change_the_budget() -> None:
    """Reordering cost lines is no change, even where float sums differ in the last digit."""
    lines = (CostLine(1, 0.1), CostLine(2, 0.2), CostLine(3, 0.3))
    before = with_action(BASE, replace(PURCHASE, cost_lines=lines))
    after = with_action(BASE, replace(PURCHASE, cost_lines=tuple(reversed(lines))))
    assert diff_plans(before, after) == []


def test_status_progress_and_title() -> None:
    """Status, progress and title each give their own change, in a fixed order."""
    after = with_action(
        BASE,
        replace(PURCHASE, status=ActionStatus.IN_PROGRESS, progress=40, title="Leather buying"),
    )
    changes = diff_plans(BASE, after)
    assert [c.text for c in changes] == [
        "A1.1 status changed from approved to in progress.",
        "A1.1 was renamed from “Joint leather purchase” to “Leather buying”.",
        "A1.1 progress changed from 10\u00a0% to 40\u00a0%.",
    ]


def test_an_action_moved_to_another_objective_gets_its_new_code() -> None:
    """Moving A1.2 under O2 reports the old and the new code."""
    after = with_action(BASE, replace(FAIR, objective_id=2, number=2, position=1))
    change = only(diff_plans(BASE, after))
    assert change.kind == "action_moved"
    assert (change.before, change.after) == ("A1.2", "A2.2")
    assert change.text == "A1.2 moved from O1 to O2 and is now A2.2."


def test_objectives_added_removed_renamed_and_targets() -> None:
    """Objective changes name the objective's code; a target change keeps both targets."""
    first = replace(
        BASE.objectives[0], title="Export more", indicators=(replace(TARGET, target_value=15.0),)
    )
    third = Objective(3, "Greener tanning", position=2, number=3)
    after = replace(BASE, objectives=(first, BASE.objectives[1], third))
    changes = diff_plans(BASE, after)
    assert [c.kind for c in changes] == [
        "objective_renamed",
        "indicator_target_changed",
        "objective_added",
    ]
    assert changes[0].text == "Objective O1 was renamed from “Sell more abroad” to “Export more”."
    assert changes[1].text == (
        "O1: the target of indicator “Firms exporting” changed from "
        "10 firms by 31 Dec 2028 to 15 firms by 31 Dec 2028."
    )
    assert (changes[1].before, changes[1].after, changes[1].difference) == (10.0, 15.0, 5.0)
    assert changes[2].text == "Objective O3 “Greener tanning” was added."


def test_dependencies_added_removed_and_changed() -> None:
    """Links are named by the actions' codes and the kind of link."""
    added = Dependency(501, 11, 20, DependencyKind.START_TO_START, 7)
    change = only(diff_plans(BASE, replace(BASE, dependencies=(*BASE.dependencies, added))))
    assert change.kind == "dependency_added"
    assert change.text == "A2.1 now waits for A1.2 (start-to-start, lag 7 days)."
    assert change.details["kind"] == "SS"
    changed = replace(BASE.dependencies[0], lag_days=3)
    change = only(diff_plans(BASE, replace(BASE, dependencies=(changed,))))
    assert change.kind == "dependency_changed"
    assert change.details["lag_days_after"] == 3


def test_vision_adopted_and_statement_changed() -> None:
    """A new adopted version carries its number and both statements; an edit shows the text."""
    second = VisionVersion(2, 2, "Ambato, designed footwear for the world", D(2027, 2, 1), 1)
    change = only(diff_plans(BASE, replace(BASE, vision_versions=(VISION, second))))
    assert change.kind == "vision_adopted"
    assert change.details["number"] == 2
    assert change.before == VISION.statement
    assert change.after == second.statement
    edited = replace(VISION, statement="Ambato, footwear")
    change = only(diff_plans(BASE, replace(BASE, vision_versions=(edited,))))
    assert change.kind == "vision_statement_changed"
    assert change.text == (
        "The statement of vision version 1 changed from "
        "“Ambato, the footwear of the Andes” to “Ambato, footwear”."
    )


def test_milestones_added_removed_moved_and_done() -> None:
    """Milestones are matched by id: a new one, a moved one in days, one reached."""
    moved = replace(PURCHASE.milestones[0], date=D(2026, 4, 22), done=True)
    new = Milestone(301, "Leather delivered", D(2026, 6, 1))
    after = with_action(BASE, replace(PURCHASE, milestones=(moved, new)))
    changes = diff_plans(BASE, after)
    assert [c.kind for c in changes] == ["milestone_moved", "milestone_done", "milestone_added"]
    assert changes[0].days == 7
    assert changes[0].text == (
        "A1.1: milestone “First order placed” moved 7 days later (15 Apr 2026 → 22 Apr 2026)."
    )
    assert changes[1].text == "A1.1: milestone “First order placed” was reached."
    gone = only(diff_plans(BASE, with_action(BASE, replace(PURCHASE, milestones=()))))
    assert gone.kind == "milestone_removed"


def test_other_action_details_are_reported_by_field() -> None:
    """Category and other descriptive fields show as 'action_detail_changed' naming the field."""
    after = with_action(BASE, replace(FAIR, category="trade_fair"))
    change = only(diff_plans(BASE, after))
    assert change.kind == "action_detail_changed"
    assert change.details == {"field": "category"}


def test_changes_come_vision_first_then_in_plan_order() -> None:
    """The vision leads; then objectives in their order, each followed by its actions."""
    second = VisionVersion(2, 2, "New vision", D(2027, 2, 1), 1)
    after = replace(
        BASE,
        vision_versions=(VISION, second),
        objectives=(
            replace(BASE.objectives[0], position=1),
            replace(BASE.objectives[1], position=0, title="Design first"),
        ),
        actions=(
            replace(PURCHASE, progress=50),
            replace(FAIR, progress=20),
            replace(TRAINING, progress=30),
        ),
    )
    codes = [(c.kind, c.code) for c in diff_plans(BASE, after)]
    assert codes == [
        ("vision_adopted", ""),
        ("objective_renamed", "O2"),
        ("action_progress_changed", "A2.1"),
        ("action_progress_changed", "A1.1"),
        ("action_progress_changed", "A1.2"),
    ]


def test_swapping_the_snapshots_swaps_added_and_removed() -> None:
    """Comparing the other way round turns each addition into a removal and back."""
    after = replace(
        BASE,
        objectives=(*BASE.objectives, Objective(3, "Greener tanning", position=2, number=3)),
        actions=(
            replace(PURCHASE, partners=(), cost_lines=(*PURCHASE.cost_lines, CostLine(9, 1.0))),
            TRAINING,
            Action(12, 1, "Shared cutting machine", number=3, position=2),
        ),
        dependencies=(Dependency(501, 10, 12),),
    )
    forward = summary(diff_plans(BASE, after))
    backward = summary(diff_plans(after, BASE))
    flipped = {
        k.replace("_added", "_tmp").replace("_removed", "_added").replace("_tmp", "_removed"): n
        for k, n in forward.items()
    }
    assert flipped == backward
    assert forward["action_added"] == backward["action_removed"] == 1


def test_summary_and_json() -> None:
    """The summary counts kinds; the JSON form goes through json.dumps unchanged."""
    after = with_action(BASE, replace(PURCHASE, start_date=D(2026, 3, 8), progress=20))
    changes = diff_plans(BASE, after)
    assert summary(changes) == {"action_dates_moved": 1, "action_progress_changed": 1}
    data = to_json(changes)
    assert json.loads(json.dumps(data)) == data
    assert data[0]["details"]["start_after"] == "2026-03-08"
    assert data[0]["kind"] == "action_dates_moved"


# --- properties -----------------------------------------------------------------------------

days = st.dates(min_value=D(2025, 1, 1), max_value=D(2032, 12, 31))
amounts = st.floats(min_value=0, max_value=1e7, allow_nan=False, allow_infinity=False)


@st.composite
def snapshots(draw: st.DrawFn) -> PlanSnapshot:
    """A small, valid plan: a few objectives and actions with random dates, leads and money."""
    orgs = tuple(
        Organisation(i, draw(st.text(max_size=8)), draw(st.sampled_from(StakeholderType)))
        for i in range(1, draw(st.integers(1, 4)) + 1)
    )
    org_ids = st.sampled_from([o.id for o in orgs])
    objectives = tuple(
        Objective(
            i,
            draw(st.text(max_size=10)),
            position=draw(st.integers(0, 5)),
            number=i,
            indicators=tuple(
                Indicator(i * 10 + k, "ind", target_value=draw(st.none() | amounts))
                for k in range(draw(st.integers(0, 2)))
            ),
        )
        for i in range(1, draw(st.integers(1, 3)) + 1)
    )
    ids = iter(range(1000, 100000))
    actions = []
    for number in range(1, draw(st.integers(0, 6)) + 1):
        start = draw(st.none() | days)
        end = None if start is None else draw(st.none() | days.filter(lambda d, s=start: d >= s))
        actions.append(
            Action(
                number,
                objective_id=draw(st.sampled_from([o.id for o in objectives])),
                title=draw(st.text(max_size=10)),
                number=number,
                lead_id=draw(st.none() | org_ids),
                start_date=start,
                end_date=end,
                status=draw(st.sampled_from(ActionStatus)),
                progress=draw(st.integers(0, 100)),
                position=draw(st.integers(0, 5)),
                partners=tuple(
                    Partner(
                        next(ids),
                        draw(org_ids),
                        draw(st.sampled_from(ContributionKind)),
                        draw(st.none() | amounts),
                    )
                    for _ in range(draw(st.integers(0, 2)))
                ),
                milestones=tuple(
                    Milestone(next(ids), "m", draw(days), draw(st.booleans()))
                    for _ in range(draw(st.integers(0, 2)))
                ),
                cost_lines=tuple(
                    CostLine(
                        next(ids),
                        draw(amounts),
                        status=draw(st.sampled_from(FundingStatus)),
                        organisation_id=draw(st.none() | org_ids),
                    )
                    for _ in range(draw(st.integers(0, 3)))
                ),
            )
        )
    dependencies = tuple(
        Dependency(next(ids), a.id, b.id, draw(st.sampled_from(DependencyKind)))
        for a in actions
        for b in actions
        if a.id < b.id and draw(st.booleans())
    )
    versions = tuple(
        VisionVersion(n, n, draw(st.text(max_size=20)), D(2026, 1, n), meeting_id=1)
        for n in range(1, draw(st.integers(0, 2)) + 1)
    )
    return PlanSnapshot(
        organisations=orgs,
        meetings=(MEETING,),
        vision_versions=versions,
        objectives=objectives,
        actions=tuple(actions),
        dependencies=dependencies,
    )


@settings(max_examples=60, deadline=None)
@given(snapshots())
def test_a_plan_compared_with_itself_or_its_copy_has_no_changes(snapshot: PlanSnapshot) -> None:
    """diff(s, s) is empty, and so is the diff with s written out and read back."""
    assert diff_plans(snapshot, snapshot) == []
    copy = PlanSnapshot.from_dict(json.loads(json.dumps(snapshot.to_dict())))
    assert diff_plans(snapshot, copy) == []


@settings(max_examples=60, deadline=None)
@given(snapshots(), snapshots())
def test_any_two_plans_swap_added_and_removed(first: PlanSnapshot, second: PlanSnapshot) -> None:
    """For any two plans, each kind added one way is removed the other way, as often."""
    forward = summary(diff_plans(first, second))
    backward = summary(diff_plans(second, first))
    for kind, count in forward.items():
        if kind.endswith("_added"):
            assert backward.get(kind.replace("_added", "_removed"), 0) == count
        if kind.endswith("_removed"):
            assert backward.get(kind.replace("_removed", "_added"), 0) == count
    assert json.loads(json.dumps(to_json(diff_plans(first, second)))) is not None
