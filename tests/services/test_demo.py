"""The demo plan: what it holds, and fresh copies from its template."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

from cluster_planner.domain.action_plan import has_cycle, violated_dependencies
from cluster_planner.domain.checks import check_plan
from cluster_planner.domain.codes import action_codes, objective_numbers
from cluster_planner.domain.enums import (
    ActionStatus,
    DependencyKind,
    FundingStatus,
    Horizon,
    ItemStatus,
)
from cluster_planner.domain.prioritisation import ranking
from cluster_planner.services.demo import create_demo_plan, prune_demo_copies
from cluster_planner.services.plan_document import PlanDocument

TODAY = dt.date(2026, 11, 15)  # the demo world's today


def test_the_demo_shows_every_feature_so_far(demo_document: PlanDocument) -> None:
    """Register, meetings, a SWOT with evidence, a revealed round, merges and options."""
    snapshot = demo_document.snapshot()
    assert len(snapshot.organisations) >= 12
    assert len({o.stakeholder_type for o in snapshot.organisations}) >= 6
    assert len(snapshot.people) >= 15
    assert len(snapshot.meetings) >= 2 and all(m.attendee_ids for m in snapshot.meetings)
    items = snapshot.swot_items
    assert len(items) >= 24 and all(i.evidence for i in items)
    assert {i.status for i in items} == set(ItemStatus)
    (round_,) = snapshot.voting_rounds
    assert round_.revealed and ranking(round_, items)[0].score > 0
    assert len(snapshot.options) >= 8


def test_the_demo_checks_show_two_open_findings_on_purpose(demo_document: PlanDocument) -> None:
    """The demo is nearly ready: one proposed action without dates, one unsourced cost line."""
    snapshot = demo_document.snapshot()
    codes = action_codes(snapshot.objectives, snapshot.actions)
    found = sorted((w.code, codes.get(w.entity_id or 0, w.entity)) for w in check_plan(snapshot))
    assert found == [("action_no_dates", "A4.5"), ("cost_line_no_source", "A2.5")]


def test_the_demo_has_a_realistic_action_plan(demo_document: PlanDocument) -> None:
    """Joint actions under every objective, with leads, partners, dates, budgets and links."""
    snapshot = demo_document.snapshot()
    actions = snapshot.actions
    numbers = objective_numbers(snapshot.objectives)
    assert 18 <= len(actions) <= 24
    assert all(sum(a.objective_id == o for a in actions) >= 2 for o in numbers)
    undated = [a for a in actions if a.start_date is None]
    assert [(a.status, a.partners, a.cost_lines) for a in undated] == [
        (ActionStatus.PROPOSED, (), ())
    ]
    planned = [a for a in actions if a not in undated]
    for action in planned:
        assert action.lead_id is not None and action.end_date is not None
        assert 1 <= len(action.partners) <= 3 and 1 <= len(action.cost_lines) <= 4
        assert len(action.milestones) <= 3
        assert all(p.amount for p in action.partners)
        assert action.start_date.year >= 2026 and action.end_date.year <= 2029
        if action.horizon is Horizon.PILOT:
            assert action.start_date.year == 2026
            assert (action.end_date - action.start_date).days <= 125
        assert action.option_ids or action.item_ids
    started = [a for a in planned if a.start_date <= TODAY]
    for action in planned:
        spent = any(line.status is FundingStatus.SPENT for line in action.cost_lines)
        assert not spent or action in started
        assert all(m.date < TODAY for m in action.milestones if m.done)
        if action.status is ActionStatus.COMPLETED:
            assert action.end_date < TODAY and action.progress == 100
        elif action in started:
            assert 0 < action.progress < 100
        else:
            assert action.progress == 0
    assert len({a.category for a in actions}) >= 8
    assert len({a.horizon for a in actions}) == 3
    assert len({a.network_type for a in actions}) == 3
    assert len({a.status for a in actions}) >= 5
    assert sum(a.addresses_women for a in actions) >= 3
    assert sum(bool(a.indicators) for a in actions) >= 2
    dependencies = snapshot.dependencies
    assert len(dependencies) >= 6 and not has_cycle(dependencies)
    assert {d.kind for d in dependencies} >= {
        DependencyKind.FINISH_TO_START,
        DependencyKind.START_TO_START,
        DependencyKind.FINISH_TO_FINISH,
    }
    assert violated_dependencies(actions, dependencies) == []


def test_copies_from_the_template_are_fresh(tmp_path: Path) -> None:
    """A copy from the template is a new plan with its own timestamps, equal in content."""
    templates = tmp_path / "templates"
    first = create_demo_plan(tmp_path / "a.clusterplan", template_folder=templates)
    a = first.snapshot()
    first.close()
    time.sleep(1.1)
    second = create_demo_plan(tmp_path / "b.clusterplan", template_folder=templates)
    b = second.snapshot()
    second.close()
    assert len(list(templates.iterdir())) == 1
    assert b.created_at > a.created_at
    assert a.to_dict() | {"created_at": "", "modified_at": ""} == b.to_dict() | {
        "created_at": "",
        "modified_at": "",
    }


def test_pruning_keeps_the_newest_and_open_copies(tmp_path: Path) -> None:
    """Old demo copies are removed, except the newest ones and any still open."""
    for number in range(5):
        path = tmp_path / f"demo-{number}.clusterplan"
        path.write_bytes(b"")
        os.utime(path, (1000 + number, 1000 + number))
    (tmp_path / "demo-0.clusterplan.lock").write_text("{}")
    removed = prune_demo_copies(tmp_path, keep=2)
    assert sorted(p.name for p in removed) == ["demo-1.clusterplan", "demo-2.clusterplan"]
    assert (tmp_path / "demo-0.clusterplan").exists()
