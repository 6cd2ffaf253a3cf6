"""Timeline geometry without Qt: dates ↔ x at every scale, units, snapping, rows, links."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cluster_planner.domain.entities import Action, Dependency, Milestone, Objective
from cluster_planner.domain.enums import ActionStatus, DependencyKind
from cluster_planner.domain.timeline import (
    NOMINAL_DAY_WIDTH,
    PALETTE,
    PATTERNS,
    RowLayout,
    Scale,
    TimeGrid,
    Unit,
    fit_grid,
    link_points,
    next_unit,
    plan_span,
    styles_for,
    successors_moved,
    timeline_chart,
    unit_start,
)

D = dt.date
ORIGIN = D(2026, 1, 1)
days = st.dates(D(2020, 1, 1), D(2035, 12, 31))


@pytest.mark.parametrize("scale", list(Scale))
@given(day=days)
def test_x_and_date_are_inverse_at_every_scale(scale: Scale, day: dt.date) -> None:
    """The day under a day's left edge, and under any point inside it, is that day."""
    grid = TimeGrid.at(scale, ORIGIN)
    assert grid.date_at(grid.x(day)) == day
    assert grid.date_at(grid.x(day) + grid.day_width * 0.99) == day
    assert grid.x(day + dt.timedelta(days=1)) - grid.x(day) == pytest.approx(grid.day_width)


@pytest.mark.parametrize("scale", list(Scale))
def test_a_bar_covers_its_end_day(scale: Scale) -> None:
    """A one-day action is one day wide; 1–31 March is 31 days wide."""
    grid = TimeGrid.at(scale, ORIGIN, zoom=2.0)
    left, right = grid.span(D(2026, 3, 1), D(2026, 3, 1))
    assert right - left == pytest.approx(2 * NOMINAL_DAY_WIDTH[scale])
    left, right = grid.span(D(2026, 3, 1), D(2026, 3, 31))
    assert right - left == pytest.approx(31 * grid.day_width)


@pytest.mark.parametrize(
    ("day", "unit", "start", "following"),
    [
        (D(2026, 3, 18), Unit.DAY, D(2026, 3, 18), D(2026, 3, 19)),
        (D(2026, 3, 18), Unit.WEEK, D(2026, 3, 16), D(2026, 3, 23)),  # Wednesday → Monday
        (D(2026, 3, 18), Unit.MONTH, D(2026, 3, 1), D(2026, 4, 1)),
        (D(2026, 12, 31), Unit.MONTH, D(2026, 12, 1), D(2027, 1, 1)),
        (D(2026, 11, 5), Unit.QUARTER, D(2026, 10, 1), D(2027, 1, 1)),
        (D(2026, 2, 28), Unit.YEAR, D(2026, 1, 1), D(2027, 1, 1)),
    ],
)
def test_calendar_units(day: dt.date, unit: Unit, start: dt.date, following: dt.date) -> None:
    """Weeks start on Monday; months, quarters and years on their first day."""
    assert unit_start(day, unit) == start
    assert next_unit(day, unit) == following


@pytest.mark.parametrize(
    ("scale", "day", "snapped"),
    [
        (Scale.WEEK, D(2026, 3, 18), D(2026, 3, 18)),  # days
        (Scale.MONTH, D(2026, 3, 18), D(2026, 3, 16)),  # the nearest Monday
        (Scale.MONTH, D(2026, 3, 20), D(2026, 3, 23)),
        (Scale.QUARTER, D(2026, 3, 10), D(2026, 3, 1)),  # the nearest first of a month
        (Scale.QUARTER, D(2026, 3, 20), D(2026, 4, 1)),
        (Scale.YEAR, D(2026, 7, 30), D(2026, 8, 1)),
    ],
)
def test_drags_snap_to_the_scale_unit(scale: Scale, day: dt.date, snapped: dt.date) -> None:
    """Week view snaps to days, month view to weeks, quarter and year views to months."""
    assert TimeGrid.at(scale, ORIGIN).snap(day) == snapped


def test_ticks_cover_the_range_with_unit_boundaries() -> None:
    """Month ticks from the month holding the first day to the one after the last."""
    grid = TimeGrid.at(Scale.MONTH, ORIGIN)
    ticks = grid.ticks(D(2026, 2, 10), D(2026, 4, 3), Unit.MONTH)
    assert [t.day for t in ticks] == [D(2026, 2, 1), D(2026, 3, 1), D(2026, 4, 1), D(2026, 5, 1)]
    assert ticks[1].x == grid.x(D(2026, 3, 1))
    assert grid.header_units() == (Unit.YEAR, Unit.MONTH)


def test_fit_shows_the_whole_span_and_picks_the_nearest_scale() -> None:
    """Five years in 1,000 px is the year scale; two months is the week scale."""
    grid = fit_grid(D(2026, 1, 1), D(2030, 12, 31), 1000)
    assert grid.scale is Scale.YEAR
    assert grid.x(D(2026, 1, 1)) >= 0 and grid.x(D(2031, 1, 1)) <= 1000
    assert fit_grid(D(2026, 3, 1), D(2026, 4, 30), 1200).scale is Scale.WEEK


def test_rows_are_found_by_y() -> None:
    """Row tops, the row under a point and the rows in a band."""
    rows = RowLayout([("objective", 1), ("action", 10), ("action", 11)], 24)
    assert rows.height == 72
    assert rows.top(("action", 11)) == 48
    assert rows.top(("action", 99)) is None
    assert rows.row_at(30) == 1 and rows.row_at(-1) is None and rows.row_at(72) is None
    assert list(rows.rows_between(20, 50)) == [0, 1, 2]


def test_links_leave_and_enter_at_the_ends_their_kind_names() -> None:
    """FS goes from the predecessor's end to the successor's start; SS from start to start."""
    pred, succ = (0.0, 100.0, 12.0), (150.0, 300.0, 36.0)
    fs = link_points(DependencyKind.FINISH_TO_START, pred, succ)
    assert fs[0] == (100.0, 12.0) and fs[-1] == (150.0, 36.0)
    ss = link_points(DependencyKind.START_TO_START, pred, succ)
    assert ss[0] == (0.0, 12.0) and ss[-1] == (150.0, 36.0)
    ff = link_points(DependencyKind.FINISH_TO_FINISH, pred, succ)
    assert ff[-1] == (300.0, 36.0)
    # A successor that starts before the predecessor ends: the line doubles back.
    back = link_points(DependencyKind.FINISH_TO_START, pred, (50.0, 120.0, 36.0))
    assert len(back) == 6 and back[-1] == (50.0, 36.0)


def _action(action_id: int, start: dt.date, end: dt.date) -> Action:
    return Action(action_id, 1, f"A{action_id}", start_date=start, end_date=end)


def test_successors_move_along_only_as_far_as_their_links_need() -> None:
    """Pushing 1 later pushes 2 (FS) and then 3 (SS + 2 days); 4 has room and stays."""
    actions = [
        _action(1, D(2026, 1, 1), D(2026, 1, 10)),
        _action(2, D(2026, 1, 11), D(2026, 1, 20)),
        _action(3, D(2026, 1, 13), D(2026, 1, 15)),
        _action(4, D(2026, 3, 1), D(2026, 3, 5)),
    ]
    links = [
        Dependency(1, 1, 2),
        Dependency(2, 2, 3, DependencyKind.START_TO_START, 2),
        Dependency(3, 1, 4),
    ]
    moved = successors_moved(actions, links, 1, D(2026, 1, 6), D(2026, 1, 15))
    assert moved == {
        2: (D(2026, 1, 16), D(2026, 1, 25)),
        3: (D(2026, 1, 18), D(2026, 1, 20)),
    }
    assert successors_moved(actions, links, 1, D(2025, 12, 1), D(2025, 12, 5)) == {}


def test_styles_are_stable_and_distinct_in_colour_or_pattern() -> None:
    """Twelve leads get twelve different (colour, pattern) pairs, the same each time."""
    keys = [f"org {n}" for n in range(12)]
    styles = styles_for(keys)
    assert len(set(styles.values())) == 12
    assert styles == styles_for(reversed(keys))
    assert all(c in PALETTE and p in PATTERNS for c, p in styles.values())


def test_plan_span_ignores_undated_actions() -> None:
    """First start and last end among the dated actions."""
    actions = [_action(1, D(2026, 5, 1), D(2026, 6, 1)), Action(2, 1, "undated")]
    assert plan_span(actions) == (D(2026, 5, 1), D(2026, 6, 1))
    assert plan_span([Action(2, 1, "undated")]) is None


def test_the_whole_chart_lays_out_rows_bars_milestones_links_and_legend() -> None:
    """Objectives then their actions (dropped ones too, as on screen); undated ones get no bar."""
    objectives = [Objective(1, "Brand", number=1), Objective(2, "Credit", number=2, position=1)]
    actions = [
        Action(
            10,
            1,
            "Label",
            number=1,
            start_date=D(2026, 1, 1),
            end_date=D(2026, 1, 31),
            milestones=(Milestone(5, "Rules agreed", D(2026, 1, 15), True),),
        ),
        Action(11, 1, "Fair", number=2, start_date=D(2026, 1, 20), end_date=D(2026, 3, 1)),
        Action(12, 2, "Credit line", number=1),
        Action(13, 2, "Old idea", number=2, status=ActionStatus.DROPPED),
    ]
    links = [Dependency(1, 10, 11)]
    chart = timeline_chart(objectives, actions, links, width=800, row_height=20)
    assert chart is not None
    assert chart.rows == (
        ("objective", 1),
        ("action", 10),
        ("action", 11),
        ("objective", 2),
        ("action", 12),
        ("action", 13),
    )
    assert [(b.action_id, b.row) for b in chart.bars] == [(10, 1), (11, 2)]
    first = chart.bars[0]
    assert (first.left, first.right) == chart.grid.span(D(2026, 1, 1), D(2026, 1, 31))
    assert (chart.summaries[0].left, chart.summaries[0].right) == (first.left, chart.bars[1].right)
    assert chart.milestones[0].row == 1 and chart.milestones[0].done
    (link,) = chart.links
    assert link.late_days == 12  # "Fair" starts 12 days before "Label" ends
    assert link.points[0] == (first.right, 30.0)
    assert {key for key, _, _ in chart.legend} == {ActionStatus.PROPOSED}
    assert chart.width >= 800 and chart.height == 120


def test_an_undated_plan_has_no_chart() -> None:
    """Nothing to draw without dates."""
    assert (
        timeline_chart([Objective(1, "Brand")], [Action(1, 1, "x")], [], width=500, row_height=20)
        is None
    )
