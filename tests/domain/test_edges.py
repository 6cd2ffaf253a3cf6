"""Edges a person would meet, each found unguarded by a mutation planted in the core: a test
here fails when that mutation is made (docs/robustness.md lists the mutation testing)."""

from __future__ import annotations

import datetime as dt

import pytest

from cluster_planner.domain.action_plan import objective_totals, plan_budget
from cluster_planner.domain.checks import check_plan
from cluster_planner.domain.diff import diff_plans
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Dependency,
    Objective,
    Organisation,
    Person,
)
from cluster_planner.domain.enums import (
    ActionStatus,
    BodyRole,
    DependencyKind,
    FundingSource,
    Sex,
    StakeholderType,
)
from cluster_planner.domain.roadmap import budget_by_objective, budget_by_source
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.domain.timeline import Unit, shifted

D = dt.date
ORG = Organisation(1, "CALTU", StakeholderType.BUSINESS_ASSOCIATION)
OBJECTIVE = Objective(1, "Export", number=1)


def _action(number: int, **fields: object) -> Action:
    values: dict[str, object] = {
        "id": number,
        "objective_id": 1,
        "title": f"Action {number}",
        "number": number,
        "lead_id": 1,
        "start_date": D(2026, 3, 1),
        "end_date": D(2026, 3, 31),
        "addresses_women": True,
    }
    values.update(fields)
    return Action(**values)  # type: ignore[arg-type]


def _plan(
    *actions: Action, dependencies: tuple[Dependency, ...] = (), **more: object
) -> PlanSnapshot:
    return PlanSnapshot(
        organisations=(ORG,),
        objectives=(OBJECTIVE,),
        actions=actions,
        dependencies=dependencies,
        **more,  # type: ignore[arg-type]
    )


# --- budget totals leave dropped actions out ---------------------------------------------


def test_the_plan_total_leaves_dropped_actions_out() -> None:
    """A dropped action's cost lines count in no total: plan, objective, source."""
    kept = _action(1, cost_lines=(CostLine(1, 1000.0, source=FundingSource.DONOR),))
    dropped = _action(
        2,
        status=ActionStatus.DROPPED,
        cost_lines=(CostLine(2, 50_000.0, source=FundingSource.DONOR),),
    )
    assert plan_budget([kept, dropped]).total == 1000.0
    assert objective_totals([kept, dropped]) == {1: 1000.0}
    assert budget_by_source([kept, dropped])[FundingSource.DONOR].total == 1000.0
    (row,) = budget_by_objective([OBJECTIVE], [kept, dropped])
    assert row.amount == 1000.0


# --- comparisons ---------------------------------------------------------------------------


def test_a_repointed_dependency_is_said_as_one_link_gone_and_one_made() -> None:
    """The same link row pointed at another predecessor is "no longer waits for" the old one
    and "now waits for" the new one, not "waits differently"."""
    a, b, c = _action(1), _action(2), _action(3)
    before = _plan(a, b, c, dependencies=(Dependency(1, 1, 3),))
    after = _plan(a, b, c, dependencies=(Dependency(1, 2, 3),))
    texts = [change.text for change in diff_plans(before, after)]
    assert any("no longer waits for A1.1" in t and t.startswith("A1.3") for t in texts), texts
    assert any("now waits for A1.2" in t and t.startswith("A1.3") for t in texts), texts
    assert not any("differently" in t for t in texts), texts


@pytest.mark.parametrize(("after", "reported"), [(10_050.0, True), (10_000.004, False)])
def test_a_small_budget_change_is_reported(after: float, reported: bool) -> None:
    """Half a per cent of a budget is a change the Commission sees; less than half a cent is
    rounding."""
    before = _plan(_action(1, cost_lines=(CostLine(1, 10_000.0),)))
    changed = _plan(_action(1, cost_lines=(CostLine(1, after),)))
    kinds = [change.kind for change in diff_plans(before, changed)]
    assert ("action_budget_changed" in kinds) is reported, kinds


# --- plan checks ---------------------------------------------------------------------------


def _commission(*people: Person) -> list[str]:
    return [w.code for w in check_plan(_plan(_action(1), people=people))]


def test_a_woman_in_the_register_is_not_a_woman_on_the_commission() -> None:
    """Only a woman holding a Commission seat answers "no woman on the Commission"."""
    chair = Person(1, "Luis", Sex.MALE, 1, commission_role=BodyRole.CHAIR)
    woman = Person(2, "Ana", Sex.FEMALE, 1)
    assert "commission_no_women" in _commission(chair, woman)
    seated = Person(2, "Ana", Sex.FEMALE, 1, commission_role=BodyRole.MEMBER)
    assert "commission_no_women" not in _commission(chair, seated)


def test_a_one_day_action_does_not_end_before_it_starts() -> None:
    """Start and end on the same day is one day's action, not a warning."""
    one_day = _action(1, start_date=D(2026, 5, 4), end_date=D(2026, 5, 4))
    assert "action_end_before_start" not in [w.code for w in check_plan(_plan(one_day))]


@pytest.mark.parametrize(
    ("kind", "successor_dates", "field"),
    [
        (DependencyKind.FINISH_TO_START, (D(2026, 3, 20), D(2026, 4, 30)), "start_date"),
        (DependencyKind.START_TO_START, (D(2026, 2, 20), D(2026, 4, 30)), "start_date"),
        (DependencyKind.FINISH_TO_FINISH, (D(2026, 2, 1), D(2026, 3, 20)), "end_date"),
        (DependencyKind.START_TO_FINISH, (D(2026, 1, 1), D(2026, 2, 10)), "end_date"),
    ],
)
def test_a_broken_dependency_points_at_the_date_it_constrains(
    kind: DependencyKind, successor_dates: tuple[dt.date, dt.date], field: str
) -> None:
    """The warning takes the facilitator to the start for FS and SS, the end for FF and SF."""
    predecessor = _action(1, start_date=D(2026, 3, 1), end_date=D(2026, 3, 31))
    successor = _action(2, start_date=successor_dates[0], end_date=successor_dates[1])
    plan = _plan(predecessor, successor, dependencies=(Dependency(1, 1, 2, kind),))
    (warning,) = [w for w in check_plan(plan) if w.code == "dependency_violated"]
    assert (warning.entity_id, warning.field) == (2, field)


# --- moving dates by months ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "unit", "count", "moved"),
    [
        (D(2026, 9, 30), Unit.MONTH, 1, D(2026, 10, 31)),  # a month's end stays its end
        (D(2026, 1, 31), Unit.MONTH, 1, D(2026, 2, 28)),
        (D(2026, 1, 15), Unit.MONTH, 1, D(2026, 2, 15)),
        (D(2026, 3, 31), Unit.MONTH, -1, D(2026, 2, 28)),
        (D(2026, 2, 28), Unit.MONTH, 1, D(2026, 3, 31)),
        (D(2024, 2, 29), Unit.YEAR, 1, D(2025, 2, 28)),
        (D(2026, 11, 30), Unit.QUARTER, 1, D(2027, 2, 28)),
        (D(2026, 12, 15), Unit.MONTH, 1, D(2027, 1, 15)),
    ],
)
def test_moving_by_months_keeps_the_day_and_the_month_end(
    day: dt.date, unit: Unit, count: int, moved: dt.date
) -> None:
    """Months keep their day, cut to the month's length; a month's last day stays the last."""
    assert shifted(day, unit, count) == moved
