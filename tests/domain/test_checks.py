"""The plan checks added for the roadmap: what a Commission would otherwise sign unseen."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from cluster_planner.domain.checks import check_plan
from cluster_planner.domain.entities import (
    Action,
    ClusterProfile,
    CostLine,
    Indicator,
    Measurement,
    Milestone,
    Objective,
    Organisation,
    Partner,
)
from cluster_planner.domain.enums import ContributionKind, FundingSource, StakeholderType
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.domain.timeline import plan_span

D = dt.date
MEASURED = Indicator(1, "Firms exporting", unit="firms", baseline_value=4.0, target_value=10.0)


def _plan(
    action: Action, *, indicators: tuple[Indicator, ...] = (MEASURED,), **more
) -> PlanSnapshot:
    return PlanSnapshot(
        profile=ClusterProfile(name="Test", currency="USD"),
        organisations=(
            Organisation(1, "Lead", StakeholderType.ENTERPRISE),
            Organisation(2, "Guild", StakeholderType.BUSINESS_ASSOCIATION),
        ),
        objectives=(Objective(1, "Export", number=1, indicators=indicators),),
        actions=(action,),
        **more,
    )


ACTION = Action(
    10,
    1,
    "Trade fair",
    number=1,
    lead_id=1,
    start_date=D(2026, 3, 1),
    end_date=D(2026, 6, 30),
    addresses_women=True,
)


def _codes(snapshot: PlanSnapshot) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for warning in check_plan(snapshot):
        found.setdefault(warning.code, []).append(warning.message)
    return found


def test_a_milestone_outside_its_actions_dates_is_flagged_and_stays_on_the_timeline() -> None:
    """A milestone 2.5 years after its action ended is named, with the action's dates; the
    timeline's span (fit to plan, the printed chart) reaches it."""
    late = Milestone(5, "Supervisors certified", D(2028, 12, 31))
    inside = Milestone(6, "Stand booked", D(2026, 4, 1))
    snapshot = _plan(_with(ACTION, milestones=(late, inside)))
    messages = _codes(snapshot)["milestone_outside_action"]
    assert messages == [
        "A1.1 “Trade fair”: milestone “Supervisors certified” on 31 Dec 2028 is outside the "
        "action's dates (1 Mar 2026 – 30 Jun 2026)."
    ]
    assert plan_span(snapshot.actions) == (D(2026, 3, 1), D(2028, 12, 31))


def test_an_objective_without_an_indicator_is_flagged() -> None:
    """An objective nobody can measure is named."""
    snapshot = _plan(ACTION, indicators=())
    assert _codes(snapshot)["objective_no_indicator"] == [
        "Objective Obj1 “Export” has no indicator: nobody can tell whether it is reached."
    ]
    assert "objective_no_indicator" not in _codes(_plan(ACTION))


def test_partner_cash_in_no_cost_line_is_flagged() -> None:
    """Cash a partner brings that no cost line it pays on the action holds is named."""
    cash = _with(
        ACTION,
        partners=(Partner(20, 2, ContributionKind.CASH, 2000.0),),
        cost_lines=(CostLine(30, 1500.0, "Stand", organisation_id=2),),
    )
    assert _codes(_plan(cash))["partner_cash_unbudgeted"] == [
        "A1.1 “Trade fair”: Guild brings USD\u00a02,000 in cash, but the action's cost lines "
        "hold USD\u00a01,500 of it; USD\u00a0500 is in no cost line of the budget."
    ]
    held = _with(cash, cost_lines=(CostLine(30, 2000.0, "Stand", organisation_id=2),))
    assert "partner_cash_unbudgeted" not in _codes(_plan(held))
    # A shared line of the association's source, naming no payer, holds the rest; a
    # shared donor line does not.
    shared = _with(
        cash,
        cost_lines=(
            *cash.cost_lines,
            CostLine(31, 400.0, "Members' shares", FundingSource.ASSOCIATION),
            CostLine(32, 900.0, "Grant", FundingSource.DONOR),
        ),
    )
    assert _codes(_plan(shared))["partner_cash_unbudgeted"][0].endswith(
        "hold USD\u00a01,900 of it; USD\u00a0100 is in no cost line of the budget."
    )


def test_indicator_values_implausible_for_their_unit_are_flagged() -> None:
    """A percentage over 100 and a count with decimals, as target, baseline or measured."""
    share = Indicator(2, "Women among members", unit="%", target_value=120.0)
    firms = Indicator(3, "Firms certified", unit="firms", baseline_value=2.5, target_value=10.0)
    snapshot = _plan(
        ACTION,
        indicators=(share, replace(firms, position=1), replace(MEASURED, position=2)),
        measurements=(Measurement(1, 1, D(2026, 9, 1), 7.25),),
    )
    assert _codes(snapshot)["indicator_value_implausible"] == [
        "Obj1: the target of “Women among members” is 120 %, more than 100 %.",
        "Obj1: the baseline of “Firms certified” is 2.50 firms: a count has no decimals.",
        "Obj1: the value of “Firms exporting” measured on 1 Sep 2026 is 7.25 firms: a count "
        "has no decimals.",
    ]


def _with(action: Action, **fields: object) -> Action:
    return replace(action, **fields)  # type: ignore[arg-type]
