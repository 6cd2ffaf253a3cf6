"""Generated benchmark plans: a large action plan that loads, round-trips and checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from bench.generate import VIOLATED_DEPENDENCIES, generate_plan, large_snapshot
from cluster_planner.domain.action_plan import has_cycle, violated_dependencies
from cluster_planner.domain.checks import check_plan
from cluster_planner.domain.enums import ActionStatus
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.services.plan_document import PlanDocument

ACTIONS = 300


@pytest.fixture(scope="module")
def generated() -> PlanSnapshot:
    """The snapshot the generator makes for a 300-action plan."""
    return PlanSnapshot.from_dict(large_snapshot(actions=ACTIONS))


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PlanSnapshot]:
    """The same plan written to a real plan file and read back."""
    path = generate_plan(tmp_path_factory.mktemp("bench") / "large.clusterplan", actions=ACTIONS)
    document = PlanDocument.open(path, read_only=True)
    try:
        yield document.snapshot()
    finally:
        document.close()


def _by_id(entities: tuple) -> dict:
    return {e.id: e for e in entities}


def test_a_generated_plan_loads_as_generated(generated: PlanSnapshot, loaded: PlanSnapshot) -> None:
    """Every action, objective and dependency comes back from the file with its own id."""
    assert len(loaded.actions) == ACTIONS
    assert _by_id(loaded.actions) == _by_id(generated.actions)
    assert _by_id(loaded.objectives) == _by_id(generated.objectives)
    assert _by_id(loaded.dependencies) == _by_id(generated.dependencies)
    assert len(loaded.organisations) == 200 and len(loaded.people) == 800


def test_the_loaded_snapshot_round_trips(loaded: PlanSnapshot) -> None:
    """The plan's snapshot survives to_dict and from_dict unchanged."""
    assert PlanSnapshot.from_dict(loaded.to_dict()) == loaded


def test_actions_are_spread_over_numbered_objectives(generated: PlanSnapshot) -> None:
    """100 actions per objective numbered 1..N, unique numbers, every one led and budgeted."""
    assert [o.number for o in generated.objectives] == [1, 2, 3]
    assert all(o.indicators for o in generated.objectives)
    per_objective = Counter(a.objective_id for a in generated.actions)
    assert sorted(per_objective.values()) == [100, 100, 100]
    assert len({(a.objective_id, a.number) for a in generated.actions}) == ACTIONS
    assert all(a.lead_id is not None for a in generated.actions)
    assert all(1 <= len(a.cost_lines) <= 3 for a in generated.actions)
    assert all(len(a.partners) <= 3 and len(a.milestones) <= 2 for a in generated.actions)
    assert len({a.status for a in generated.actions}) >= 5
    assert len({a.category for a in generated.actions}) >= 10
    assert len({a.horizon for a in generated.actions}) == 3


def test_dependencies_never_loop_and_all_but_a_handful_hold(generated: PlanSnapshot) -> None:
    """Links run from lower to higher ids, about 0.75 per action, a few broken by the dates."""
    dependencies = generated.dependencies
    assert len(dependencies) == round(0.75 * ACTIONS)
    assert all(d.predecessor_id < d.successor_id for d in dependencies)
    assert not has_cycle(dependencies)
    live = [a for a in generated.actions if a.status is not ActionStatus.DROPPED]
    assert len(violated_dependencies(live, dependencies)) == VIOLATED_DEPENDENCIES


def test_plan_checks_run_on_a_generated_plan(loaded: PlanSnapshot) -> None:
    """The checks find the broken dependencies and a few gaps, and nothing structural (the
    generator's random figures leave some partner cash out of the cost lines and some
    values odd for their units)."""
    found = Counter(w.code for w in check_plan(loaded))
    assert found["dependency_violated"] == VIOLATED_DEPENDENCIES
    assert set(found) <= {
        "dependency_violated",
        "action_no_dates",
        "cost_line_no_source",
        "top_item_unanswered",
        "partner_cash_unbudgeted",
        "indicator_value_implausible",
        "milestone_outside_action",
        "objective_no_indicator",
    }


def test_two_thousand_actions_generate_quickly() -> None:
    """The default plan has 2,000 actions under 20 objectives and 1,500 loop-free links."""
    snapshot = PlanSnapshot.from_dict(large_snapshot())
    assert len(snapshot.actions) == 2000 and len(snapshot.objectives) == 20
    assert len(snapshot.dependencies) == 1500 and not has_cycle(snapshot.dependencies)
