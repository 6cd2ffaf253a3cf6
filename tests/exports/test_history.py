"""The revision history a roadmap prints, built from adopted revisions."""

from __future__ import annotations

import datetime as dt

from cluster_planner.domain.diff import PlanChange
from cluster_planner.domain.entities import Revision
from cluster_planner.exports.history import revision_history

REVISIONS = [
    Revision(3, 2, "Review", dt.date(2026, 11, 12), meeting="Half-year review", reason="Slips"),
    Revision(1, 1, "First plan", dt.date(2026, 5, 21), meeting="Adoption"),
    Revision(4, 3, "Later", dt.date(2027, 5, 1)),
]


def _compare(a: int, b: int) -> list[PlanChange]:
    return [PlanChange("x", "action", 1, f"from {a} to {b}")]


def test_each_revision_carries_the_changes_since_the_one_before() -> None:
    """Oldest first; the first has no changes, each later one its changes since the last."""
    history = revision_history(REVISIONS, _compare)
    assert [h.number for h in history] == [1, 2, 3]
    assert history[0].changes == ()
    assert [c.text for c in history[1].changes] == ["from 1 to 2"]
    assert history[1].meeting == "Half-year review" and history[1].reason == "Slips"


def test_a_past_revision_prints_the_history_up_to_itself() -> None:
    """Printing revision 2 leaves out what was adopted after it."""
    assert [h.number for h in revision_history(REVISIONS, _compare, up_to=2)] == [1, 2]


def test_the_current_plan_adds_the_changes_since_the_latest_revision() -> None:
    """Printing the current plan: a last entry, not adopted, with the changes since 3."""
    calls: list[tuple[int, int | None]] = []

    def compare(a: int, b: int | None) -> list[PlanChange]:
        calls.append((a, b))
        return [PlanChange("x", "action", 1, f"from {a} to {b}")]

    history = revision_history(REVISIONS, compare, current=True)
    assert [(h.number, h.pending) for h in history] == [
        (1, False),
        (2, False),
        (3, False),
        (3, True),
    ]
    assert [c.text for c in history[-1].changes] == ["from 3 to None"]
    assert revision_history([], compare, current=True) == ()


def test_each_printed_entry_is_titled_once_with_its_actions_own_title(demo_document) -> None:
    """Every history entry about an action starts with its code and its own title, once;
    milestones, partners and lines are changes under it, never its title."""
    from cluster_planner.domain.codes import action_codes
    from cluster_planner.exports.roadmap import change_lines
    from cluster_planner.exports.wording import Wording

    changes = demo_document.compare(1, None)
    snapshot = demo_document.snapshot()
    old = demo_document.revision_snapshot(1)
    titles = {}
    for plan in (old, snapshot):
        codes = action_codes(plan.objectives, plan.actions)
        titles |= {codes[a.id]: a.title for a in plan.actions}
    lines = change_lines(changes, Wording("en"))
    assert len(lines) >= 10
    for line in lines:
        code = line.split(" ", 1)[0]
        if code in titles:
            title = titles[code]
            assert line.startswith(f"{code} “{title}”: "), line
            assert line.count(title) == 1, line
