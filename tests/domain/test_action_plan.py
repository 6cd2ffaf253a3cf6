"""Pure rules of the action plan: codes, dependency dates and loops, budget, commitments, filter."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cluster_planner.domain.action_plan import (
    ActionFilter,
    budget_summary,
    commitments,
    days_late,
    dependency_cycle,
    has_cycle,
    objective_totals,
    ordered_actions,
    plan_budget,
    successors_of,
    violated_dependencies,
)
from cluster_planner.domain.checks import check_action_plan
from cluster_planner.domain.codes import action_codes, objective_numbers
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Dependency,
    Objective,
    Organisation,
    Partner,
)
from cluster_planner.domain.enums import (
    ActionStatus,
    ContributionKind,
    DependencyKind,
    FundingSource,
    FundingStatus,
    Horizon,
    StakeholderType,
)
from cluster_planner.domain.snapshot import PlanSnapshot

D = dt.date


def action(action_id: int, start: dt.date | None, end: dt.date | None, **fields: object) -> Action:
    return Action(
        id=action_id,
        objective_id=int(fields.pop("objective_id", 1)),  # type: ignore[call-overload]
        title=str(fields.pop("title", f"Action {action_id}")),
        number=int(fields.pop("number", action_id)),  # type: ignore[call-overload]
        start_date=start,
        end_date=end,
        **fields,  # type: ignore[arg-type]
    )


def link(pred: int, succ: int, kind: DependencyKind = DependencyKind.FINISH_TO_START, lag: int = 0):
    return Dependency(
        id=pred * 100 + succ, predecessor_id=pred, successor_id=succ, kind=kind, lag_days=lag
    )


def test_codes_use_stored_numbers_and_fill_in_missing_objective_numbers() -> None:
    """A1.2 comes from stored numbers; objectives without one are numbered in the gaps."""
    objectives = [Objective(1, "a", position=0, number=2), Objective(2, "b", position=1)]
    assert objective_numbers(objectives) == {1: 2, 2: 1}
    actions = [action(7, None, None, objective_id=1, number=3)]
    assert action_codes(objectives, actions) == {7: "A2.3"}


def test_plan_order_follows_objectives_then_positions() -> None:
    """Actions are listed by their objective's order, then their own place."""
    objectives = [Objective(1, "a", position=1), Objective(2, "b", position=0)]
    actions = [
        action(1, None, None, objective_id=1, position=0),
        action(2, None, None, objective_id=2, position=1),
        action(3, None, None, objective_id=2, position=0),
    ]
    assert [a.id for a in ordered_actions(objectives, actions)] == [3, 2, 1]


@pytest.mark.parametrize(
    ("kind", "lag", "successor", "late"),
    [
        # The predecessor runs 1–10 March.
        (DependencyKind.FINISH_TO_START, 0, (D(2026, 3, 11), D(2026, 3, 20)), 0),
        (DependencyKind.FINISH_TO_START, 0, (D(2026, 3, 10), D(2026, 3, 20)), 1),
        (DependencyKind.FINISH_TO_START, 5, (D(2026, 3, 12), D(2026, 3, 20)), 4),
        (DependencyKind.FINISH_TO_START, -3, (D(2026, 3, 8), D(2026, 3, 20)), 0),
        (DependencyKind.START_TO_START, 0, (D(2026, 3, 1), D(2026, 3, 2)), 0),
        (DependencyKind.START_TO_START, 2, (D(2026, 3, 2), D(2026, 3, 9)), 1),
        (DependencyKind.FINISH_TO_FINISH, 0, (D(2026, 2, 1), D(2026, 3, 10)), 0),
        (DependencyKind.FINISH_TO_FINISH, 0, (D(2026, 2, 1), D(2026, 3, 7)), 3),
        (DependencyKind.START_TO_FINISH, 0, (D(2026, 2, 1), D(2026, 2, 28)), 0),
        (DependencyKind.START_TO_FINISH, 0, (D(2026, 2, 1), D(2026, 2, 26)), 2),
    ],
)
def test_each_kind_of_dependency_says_how_many_days_too_early(
    kind: DependencyKind, lag: int, successor: tuple[dt.date, dt.date], late: int
) -> None:
    """FS, SS, FF and SF with lags, on inclusive day ranges."""
    predecessor = action(1, D(2026, 3, 1), D(2026, 3, 10))
    assert days_late(link(1, 2, kind, lag), predecessor, action(2, *successor)) == late


def test_undated_actions_never_violate_a_dependency() -> None:
    """Without dates there is nothing to check yet."""
    assert days_late(link(1, 2), action(1, None, None), action(2, D(2026, 1, 1), None)) == 0
    assert (
        days_late(link(1, 2), action(1, D(2026, 1, 1), D(2026, 2, 1)), action(2, None, None)) == 0
    )


def test_violated_dependencies_lists_only_the_broken_ones() -> None:
    """Two links, one broken by two days."""
    actions = [
        action(1, D(2026, 1, 1), D(2026, 1, 31)),
        action(2, D(2026, 1, 30), D(2026, 2, 28)),
        action(3, D(2026, 3, 1), D(2026, 3, 31)),
    ]
    found = violated_dependencies(actions, [link(1, 2), link(2, 3)])
    assert [(d.successor_id, late) for d, late in found] == [(2, 2)]


def test_a_link_that_closes_a_loop_is_found_with_the_loop() -> None:
    """1 → 2 → 3; adding 3 → 1 closes the loop 3, 1, 2, 3."""
    links = [link(1, 2), link(2, 3)]
    assert dependency_cycle(links, 3, 1) == [3, 1, 2, 3]
    assert dependency_cycle(links, 1, 3) is None
    assert dependency_cycle(links, 2, 2) == [2, 2]


@given(st.lists(st.tuples(st.integers(1, 8), st.integers(1, 8)), max_size=20))
def test_adding_only_links_that_close_no_loop_keeps_the_graph_free_of_loops(
    pairs: list[tuple[int, int]],
) -> None:
    """dependency_cycle and has_cycle agree: links accepted one by one never make a loop."""
    accepted: list[Dependency] = []
    for pred, succ in pairs:
        candidate = [*accepted, link(pred, succ)]
        if dependency_cycle(accepted, pred, succ) is None:
            accepted = candidate
            assert not has_cycle(accepted)
        else:
            assert has_cycle(candidate)


def test_budget_adds_up_by_source_and_status_and_leaves_dropped_actions_out() -> None:
    """Totals per source, status, objective and plan."""
    lines = (
        CostLine(1, 1000.0, source=FundingSource.DONOR, status=FundingStatus.SECURED),
        CostLine(2, 250.0, source=FundingSource.CLUSTER_FIRMS),
        CostLine(3, 50.0),
    )
    summary = budget_summary(lines)
    assert summary.total == 1300.0
    assert summary.by_source == {
        FundingSource.DONOR: 1000.0,
        FundingSource.CLUSTER_FIRMS: 250.0,
        None: 50.0,
    }
    assert summary.by_status == {FundingStatus.SECURED: 1000.0, FundingStatus.PLEDGED: 300.0}
    actions = [
        action(1, None, None, cost_lines=lines[:2]),
        action(2, None, None, objective_id=2, cost_lines=lines[2:]),
        action(3, None, None, cost_lines=(CostLine(9, 9999.0),), status=ActionStatus.DROPPED),
    ]
    assert plan_budget(actions).total == 1300.0
    assert objective_totals(actions) == {1: 1250.0, 2: 50.0}


def test_commitments_gather_what_each_organisation_leads_brings_and_pays() -> None:
    """Lead, partner contributions and paid cost lines, per organisation."""
    actions = [
        action(
            1,
            None,
            None,
            lead_id=10,
            partners=(
                Partner(1, 11, ContributionKind.CASH, 500.0),
                Partner(2, 11, ContributionKind.STAFF_DAYS, 12.0),
            ),
            cost_lines=(CostLine(1, 800.0, organisation_id=11),),
        ),
        action(2, None, None, lead_id=11),
        action(3, None, None, lead_id=12, status=ActionStatus.DROPPED),
    ]
    found = commitments(actions)
    assert sorted(found) == [10, 11]
    assert [a.id for a in found[10].leads] == [1]
    eleven = found[11]
    assert [a.id for a in eleven.leads] == [2]
    assert eleven.contributed(ContributionKind.CASH) == 500.0
    assert eleven.contributed(ContributionKind.STAFF_DAYS) == 12.0
    assert eleven.funding_total == 800.0


def test_the_filter_combines_every_criterion_and_matches_words_anywhere() -> None:
    """Text words, lead, partner, status, category, objective and horizon."""
    yarn = action(
        1,
        None,
        None,
        title="Joint bulk purchase of yarn",
        description="Through the cooperative",
        lead_id=5,
        partners=(Partner(1, 6),),
        status=ActionStatus.APPROVED,
        category="joint_purchase",
        horizon=Horizon.PILOT,
    )
    assert ActionFilter().is_empty and ActionFilter().matches(yarn)
    assert ActionFilter(text="YARN cooperative").matches(yarn, "A1.1")
    assert ActionFilter(text="a1.1").matches(yarn, "A1.1")
    assert not ActionFilter(text="yarn brand").matches(yarn)
    assert ActionFilter(lead_id=5, partner_id=6, status=ActionStatus.APPROVED).matches(yarn)
    assert not ActionFilter(partner_id=5).matches(yarn)
    assert ActionFilter(category="joint_purchase", objective_id=1, horizon=Horizon.PILOT).matches(
        yarn
    )
    assert not ActionFilter(horizon=Horizon.STRATEGIC).matches(yarn)


def test_plan_checks_name_what_the_action_plan_lacks() -> None:
    """Missing lead or dates, end before start, broken link, no source or women, empty objective."""
    org = Organisation(5, "Cooperative", StakeholderType.COOPERATIVE)
    snapshot = PlanSnapshot(
        organisations=(org,),
        objectives=(Objective(1, "Brand", number=1), Objective(2, "Credit", number=2)),
        actions=(
            action(1, D(2026, 1, 1), D(2026, 3, 1), lead_id=5, cost_lines=(CostLine(1, 10.0),)),
            action(2, None, None),
            action(3, D(2026, 5, 1), D(2026, 4, 1), lead_id=5),
            action(4, D(2026, 2, 1), D(2026, 6, 1), lead_id=5),
        ),
        dependencies=(link(1, 4),),
    )
    found = {(w.code, w.entity_id, w.field) for w in check_action_plan(snapshot)}
    assert found == {
        ("objective_no_actions", 2, ""),
        ("objective_no_indicator", 1, "indicators"),
        ("objective_no_indicator", 2, "indicators"),
        ("cost_line_no_source", 1, "cost_lines"),
        ("action_no_lead", 2, "lead_id"),
        ("action_no_dates", 2, "start_date"),
        ("action_end_before_start", 3, "end_date"),
        ("dependency_violated", 4, "start_date"),
        ("no_women_action", None, ""),
    }
    messages = [w.message for w in check_action_plan(snapshot)]
    assert "A1.4 is scheduled 29 days too early: it waits for A1.1 (finish-to-start)." in messages


def test_dropped_actions_need_nothing() -> None:
    """A dropped action is not asked for a lead or dates, and does not carry its objective."""
    snapshot = PlanSnapshot(
        objectives=(Objective(1, "Brand", number=1),),
        actions=(action(1, None, None, status=ActionStatus.DROPPED, addresses_women=True),),
    )
    codes = {w.code for w in check_action_plan(snapshot)}
    assert codes == {"objective_no_actions", "objective_no_indicator"}


def test_a_code_in_the_search_names_that_action_or_objective_only() -> None:
    """ "A3.1" is A3.1, not A3.10; "A3" is every action of objective 3; names shown match too."""
    action = Action(1, 3, "Buyer meet", number=1)
    assert ActionFilter(text="A3.1").matches(action, "A3.1")
    assert not ActionFilter(text="A3.1").matches(action, "A3.10")
    assert ActionFilter(text="a3").matches(action, "A3.10")
    assert not ActionFilter(text="A3").matches(action, "A31.2")
    assert ActionFilter(text="chamber training").matches(
        action, "A3.1", also="Chamber of Commerce Training / skills"
    )
    assert not ActionFilter(text="chamber").matches(action, "A3.1")


def test_successors_are_found_through_chains_and_loops_end() -> None:
    """2, 3 and 4 wait for 1 (a link back to 1 ends the search); nothing waits for 4."""
    links = [link(1, 2), link(2, 3), link(1, 4), link(3, 1)]
    assert successors_of(links, 1) == {2, 3, 4}
    assert successors_of(links, 4) == set()


def test_indicator_standing_measures_from_baseline_to_target() -> None:
    """Progress is the share of the way from baseline to target, falling targets too."""
    from cluster_planner.domain.entities import Indicator, Measurement
    from cluster_planner.domain.review import measurements_by_indicator, standing

    rising = Indicator(id=1, name="Firms exporting", baseline_value=4, target_value=12)
    falling = Indicator(id=2, name="Accidents", baseline_value=20, target_value=10)
    unknown = Indicator(id=3, name="No target", baseline_value=5)
    values = [
        Measurement(1, 1, dt.date(2027, 6, 30), 8),
        Measurement(2, 1, dt.date(2026, 12, 31), 6),
        Measurement(3, 2, dt.date(2027, 6, 30), 15),
        Measurement(4, 3, dt.date(2027, 6, 30), 7),
    ]
    grouped = measurements_by_indicator(values)
    assert [m.id for m in grouped[1]] == [2, 1]
    first = standing(rising, grouped[1])
    assert first.latest is not None and first.latest.value == 8 and first.progress == 0.5
    assert standing(falling, grouped[2]).progress == 0.5
    assert standing(unknown, grouped[3]).progress is None
    assert standing(rising, ()).latest is None


def test_slippage_against_the_adopted_revision() -> None:
    from cluster_planner.domain.entities import Action
    from cluster_planner.domain.review import slippage

    adopted = Action(1, 1, "Fair", start_date=dt.date(2027, 1, 1), end_date=dt.date(2027, 3, 1))
    now = Action(
        1, 1, "Fair", start_date=dt.date(2027, 2, 1), end_date=dt.date(2027, 3, 1), lead_id=4
    )
    moved = slippage(now, {1: adopted})
    assert (moved.start_days, moved.end_days, moved.lead_changed, moved.new) == (31, 0, True, False)
    assert slippage(Action(2, 1, "New"), {1: adopted}).new
