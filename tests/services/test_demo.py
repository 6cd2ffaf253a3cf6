"""The demo plan: what it holds, and fresh copies from its template."""

from __future__ import annotations

import os
import time
from pathlib import Path

from cluster_planner.domain.checks import check_plan
from cluster_planner.domain.enums import ItemStatus
from cluster_planner.domain.prioritisation import ranking
from cluster_planner.services.demo import create_demo_plan, prune_demo_copies
from cluster_planner.services.plan_document import PlanDocument


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
    assert check_plan(snapshot) == []


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
