"""The timeline scene over the demo plan: what it draws; drags and keys as single undo steps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QGraphicsView

from cluster_planner.domain.action_plan import ordered_actions
from cluster_planner.domain.entities import Action
from cluster_planner.domain.enums import ActionStatus
from cluster_planner.domain.timeline import (
    DAY,
    STATUS_STYLE,
    RowLayout,
    Scale,
    TimeGrid,
    next_unit,
    plan_span,
    shifted,
    styles_for,
)
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.gantt import style
from cluster_planner.ui.gantt.bar_item import BarItem
from cluster_planner.ui.gantt.scene import TimelineScene
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.vocabulary import category_label, label

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ROW_HEIGHT = 28

# Demo plan actions used below (ids are stable: the demo is built the same way every time).
BRAND_RULES = 1  # A1.1, finish-to-start before A1.2
QUALITY_LICENCES = 2  # A1.2
PAVILION = 3  # A1.3, no dependencies
NATIONAL_FAIR = 5  # A1.5, no dependencies
STUDY_TOUR = 11  # A3.1, finish-to-start before A3.2 (dependency 4)
BUYER_MEET = 12  # A3.2
ONLINE_SHOP = 24  # A4.5, no dates (proposed after the first revision)
STUDY_TOUR_LINK = 4


def plan_rows(session: PlanSession, row_height: float = ROW_HEIGHT) -> RowLayout:
    """Each objective's row followed by its actions' rows, in plan order."""
    objectives = sorted(session.objectives(), key=lambda o: (o.position, o.id))
    ordered = ordered_actions(objectives, session.actions())
    keys: list[tuple[str, int]] = []
    for objective in objectives:
        keys.append(("objective", objective.id))
        keys += [("action", a.id) for a in ordered if a.objective_id == objective.id]
    return RowLayout(keys, row_height)


def month_grid(session: PlanSession) -> TimeGrid:
    """The month scale from the first of the plan's first month."""
    span = plan_span(session.actions())
    assert span is not None
    return TimeGrid.at(Scale.MONTH, span[0].replace(day=1))


def action(session: PlanSession, action_id: int) -> Action:
    """The action as the plan now holds it."""
    return next(a for a in session.actions() if a.id == action_id)


def dates(session: PlanSession, action_id: int) -> tuple[dt.date | None, dt.date | None]:
    """The start and end the plan now holds for an action."""
    found = action(session, action_id)
    return found.start_date, found.end_date


@pytest.fixture
def scene(session: PlanSession) -> Iterator[TimelineScene]:
    """The chart of the demo plan at the month scale."""
    chart = TimelineScene(session, month_grid(session), plan_rows(session))
    yield chart
    chart.clear()


@pytest.fixture
def view(qtbot, scene: TimelineScene) -> QGraphicsView:
    """A plain graphics view over the scene, shown, so mouse and keys go through Qt."""
    graphics_view = QGraphicsView(scene)
    qtbot.addWidget(graphics_view)
    graphics_view.resize(1400, 860)
    graphics_view.show()
    qtbot.waitExposed(graphics_view)
    return graphics_view


def viewport_point(view: QGraphicsView, scene_point: QPointF) -> QPoint:
    """Where a scene point shows in the viewport, after scrolling it into view."""
    view.centerOn(scene_point)
    QApplication.processEvents()
    return view.mapFromScene(scene_point)


def drag(view: QGraphicsView, start: QPointF, end: QPointF, steps: int = 4) -> None:
    """Press at scene point ``start``, move to ``end`` in a few steps, release."""
    begin = viewport_point(view, start)
    offset = view.mapFromScene(end) - view.mapFromScene(start)
    QTest.mousePress(view.viewport(), LEFT, NONE, begin)
    for step in range(1, steps + 1):
        QTest.mouseMove(view.viewport(), begin + offset * (step / steps))
    QTest.mouseRelease(view.viewport(), LEFT, NONE, begin + offset)


def colour_pixels(scene: TimelineScene, area: QRectF, colour: str) -> int:
    """How many pixels of ``area`` are painted in ``colour`` (give or take antialiasing)."""
    image = QImage(int(area.width()), int(area.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), area)
    painter.end()
    wanted = QColor(colour)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if (
                abs(pixel.red() - wanted.red()) < 12
                and abs(pixel.green() - wanted.green()) < 12
                and abs(pixel.blue() - wanted.blue()) < 12
            ):
                count += 1
    return count


# --- what the scene shows ------------------------------------------------------------------


def test_every_dated_action_has_a_bar_where_its_dates_and_row_say(
    session: PlanSession, scene: TimelineScene
) -> None:
    """Bars span their dates (end day included) in their rows; undated actions have none."""
    grid, rows = scene.grid, scene.rows
    dated = [a for a in session.actions() if a.start_date and a.end_date]
    assert len(dated) == 23  # a dropped action keeps its bar
    for item in dated:
        bar = scene.bar(item.id)
        assert bar is not None, item.title
        left, right = grid.span(item.start_date, item.end_date)
        rect = bar.bar_rect()
        assert (rect.left(), rect.right()) == pytest.approx((left, right))
        top = rows.top(("action", item.id))
        assert top is not None
        assert top <= rect.top() and rect.bottom() <= top + rows.row_height
    assert scene.bar(ONLINE_SHOP) is None


def test_objectives_have_summary_bars_over_their_actions(
    session: PlanSession, scene: TimelineScene
) -> None:
    """Each objective's summary bar runs from its first action's start to its last one's end."""
    for objective in session.objectives():
        mine = [a for a in session.actions() if a.objective_id == objective.id]
        first, last = plan_span(mine)
        summary = scene.summary(objective.id)
        assert summary is not None
        rect = summary.bar_rect()
        assert (rect.left(), rect.right()) == pytest.approx(scene.grid.span(first, last))
        top = scene.rows.top(("objective", objective.id))
        assert top is not None and top <= rect.top() < top + ROW_HEIGHT


def test_every_dependency_and_milestone_is_drawn(
    session: PlanSession, scene: TimelineScene
) -> None:
    """The demo's ten dependencies have links, none broken; every milestone has a diamond."""
    assert {link.dependency_id for link in scene.links()} == {d.id for d in session.dependencies()}
    assert len(scene.links()) == 10
    assert not any(link.violated for link in scene.links())
    for item in session.actions():
        assert {m.milestone_id for m in scene.milestones(item.id)} == {
            m.id for m in item.milestones
        }
    link = scene.link(STUDY_TOUR_LINK)
    assert link is not None
    tour, meet = scene.bar(STUDY_TOUR), scene.bar(BUYER_MEET)
    assert tour is not None and meet is not None
    assert link.points()[0] == pytest.approx(
        (tour.bar_rect().right(), tour.bar_rect().center().y())
    )
    assert link.points()[-1] == pytest.approx(
        (meet.bar_rect().left(), meet.bar_rect().center().y())
    )


def test_labels_are_whole_inside_beside_or_not_drawn(scene: TimelineScene) -> None:
    """At every scale a label fits where it is drawn, or the bar shows none."""
    metrics = scene.chart_look.metrics
    for scale in Scale:
        scene.set_grid(TimeGrid.at(scale, scene.grid.origin))
        for bar in scene.bars():
            if not bar.label:
                continue
            width = metrics.horizontalAdvance(bar.label)
            rect = bar.bar_rect()
            assert bar.label.split(" ")[0] == bar.text.split(" ")[0]
            if bar.label_inside:
                assert width <= rect.width()
            else:
                assert rect.right() + width <= scene.label_limit


def test_a_zoom_places_the_rows_in_view_at_once_and_the_others_when_idle(
    scene: TimelineScene, view: QGraphicsView, qtbot
) -> None:
    """Bars on screen move with the zoom; rows scrolled into view follow before they show."""
    view.resize(900, 220)
    view.verticalScrollBar().setValue(0)
    QApplication.processEvents()

    def in_place(bar: BarItem) -> bool:
        return bar.bar_rect().left() == pytest.approx(scene.grid.x(bar.start))

    def row_of(bar: BarItem) -> int:
        row = scene.rows.index_of(("action", bar.action_id))
        assert row is not None
        return row

    scene.set_grid(TimeGrid.at(Scale.WEEK, scene.grid.origin))
    bars = [item for item in scene.items() if isinstance(item, BarItem)]  # Qt's list: no flush
    on_screen = [b for b in bars if row_of(b) < 6]
    far = [b for b in bars if row_of(b) > 20]
    assert on_screen and far
    assert all(in_place(b) for b in on_screen)
    assert not all(in_place(b) for b in far)

    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert all(in_place(b) for b in bars if row_of(b) >= len(scene.rows.keys) - 6)
    qtbot.waitUntil(lambda: all(in_place(b) for b in bars), timeout=2000)
    assert all(link.points() for link in scene.links())


# --- dragging bars -------------------------------------------------------------------------


def test_dragging_a_bar_moves_it_by_snapped_dates_as_one_undo_step(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """A drag reschedules once, to the week boundary under the bar's new start; undo restores."""
    before = dates(session, PAVILION)
    bar = scene.bar(PAVILION)
    assert bar is not None
    steps = session.undo_stack.count()
    rect = bar.bar_rect()
    drag(view, rect.center(), rect.center() + QPointF(125, 0))

    start = scene.grid.snap_x(rect.left() + 125)
    assert start.weekday() == 0  # the month scale snaps to weeks
    assert dates(session, PAVILION) == (start, start + (before[1] - before[0]))
    assert session.undo_stack.count() == steps + 1
    assert bar.bar_rect().left() == pytest.approx(scene.grid.x(start))

    session.undo_stack.undo()
    assert dates(session, PAVILION) == before
    assert bar.bar_rect() == rect


def test_resizing_from_the_right_end_changes_only_the_end(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """A drag that starts on a bar's right end moves its end to a snapped week, not its start."""
    start, end = dates(session, PAVILION)
    assert start is not None and end is not None
    bar = scene.bar(PAVILION)
    assert bar is not None
    rect = bar.bar_rect()
    grip = QPointF(rect.right() - 2, rect.center().y())
    drag(view, grip, grip + QPointF(90, 0))

    boundary = scene.grid.snap_x(rect.right() + 90)
    assert dates(session, PAVILION) == (start, boundary - DAY)
    assert bar.bar_rect().left() == pytest.approx(rect.left())


def test_resizing_never_puts_the_end_before_the_start(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """Dragging the right end far past the start stops one snap unit after the start."""
    start, _end = dates(session, PAVILION)
    assert start is not None
    bar = scene.bar(PAVILION)
    assert bar is not None
    rect = bar.bar_rect()
    grip = QPointF(rect.right() - 2, rect.center().y())
    drag(view, grip, grip - QPointF(rect.width() + 200, 0))

    assert dates(session, PAVILION) == (start, next_unit(start, scene.grid.snap_unit) - DAY)


def test_moving_with_successors_pushes_the_waiting_action_in_the_same_undo_step(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """With the option on, moving A1.1 later pushes A1.2, which starts the day after it."""
    scene.set_move_successors(True)
    successor_before = dates(session, QUALITY_LICENCES)
    bar = scene.bar(BRAND_RULES)
    assert bar is not None
    steps = session.undo_stack.count()
    rect = bar.bar_rect()
    drag(view, rect.center(), rect.center() + QPointF(120, 0))

    _start, end = dates(session, BRAND_RULES)
    assert end is not None
    new_start, new_end = dates(session, QUALITY_LICENCES)
    assert new_start == end + DAY
    assert new_end - new_start == successor_before[1] - successor_before[0]
    successor_bar = scene.bar(QUALITY_LICENCES)
    assert successor_bar is not None
    assert successor_bar.bar_rect().left() == pytest.approx(scene.grid.x(new_start))
    assert session.undo_stack.count() == steps + 1
    session.undo_stack.undo()
    assert dates(session, QUALITY_LICENCES) == successor_before


def test_escape_cancels_a_drag_and_a_click_changes_nothing(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """Escape mid-drag puts the bar back and stores nothing; a press without a move only selects."""
    bar = scene.bar(PAVILION)
    assert bar is not None
    rect = bar.bar_rect()
    steps = session.undo_stack.count()
    begin = viewport_point(view, rect.center())
    QTest.mousePress(view.viewport(), LEFT, NONE, begin)
    QTest.mouseMove(view.viewport(), begin + QPoint(60, 0))
    assert bar.dragging and bar.bar_rect() != rect
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert bar.bar_rect() == rect
    QTest.mouseRelease(view.viewport(), LEFT, NONE, begin + QPoint(60, 0))
    QTest.mouseClick(view.viewport(), LEFT, NONE, begin)

    assert session.undo_stack.count() == steps
    assert scene.selected_action_id() == PAVILION


def test_dragging_a_milestone_moves_its_date(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """A diamond dragged along its row moves the milestone to the snapped week."""
    diamond = scene.milestones(NATIONAL_FAIR)[0]
    day = diamond.day
    centre = diamond.scenePos()
    drag(view, centre, centre + QPointF(-60, 0))

    expected = scene.grid.snap_x(scene.grid.x(day) - 60)
    (milestone,) = action(session, NATIONAL_FAIR).milestones
    assert milestone.date == expected != day
    assert scene.milestones(NATIONAL_FAIR)[0] is diamond and diamond.day == expected
    session.undo_stack.undo()
    assert action(session, NATIONAL_FAIR).milestones[0].date == day


# --- making and removing links -------------------------------------------------------------


def test_dragging_from_the_link_handle_to_another_bar_makes_a_dependency(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """Handle of A1.3 dropped on A1.5: A1.5 now waits for A1.3 (finish to start), and is drawn."""
    source, target = scene.bar(PAVILION), scene.bar(NATIONAL_FAIR)
    assert source is not None and target is not None
    drag(view, source.handle_pos(), target.bar_rect().center())

    added = [d for d in session.dependencies() if (d.predecessor_id, d.successor_id) == (3, 5)]
    assert len(added) == 1 and added[0].kind.value == "FS"
    assert scene.link(added[0].id) is not None
    assert scene.bar(PAVILION) is source  # the new link did not rebuild the bars


def test_a_link_that_would_close_a_loop_is_refused(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView, qtbot
) -> None:
    """A1.2 waits for A1.1: a link from A1.2's handle to A1.1 is refused with a sentence."""
    source, target = scene.bar(QUALITY_LICENCES), scene.bar(BRAND_RULES)
    assert source is not None and target is not None
    before = session.dependencies()
    with qtbot.waitSignal(session.failed, timeout=1000) as refusal:
        drag(view, source.handle_pos(), target.bar_rect().center())

    assert "A1.1" in refusal.args[0]
    assert session.dependencies() == before
    assert len(scene.links()) == len(before)


def test_a_selected_link_is_deleted_with_the_delete_key(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """Click on a link's elbow, press Delete: the dependency goes; undo brings it back."""
    link = scene.link(STUDY_TOUR_LINK)
    assert link is not None
    (_x0, y0), (x1, y1) = link.points()[1], link.points()[2]
    QTest.mouseClick(view.viewport(), LEFT, NONE, viewport_point(view, QPointF(x1, (y0 + y1) / 2)))
    assert scene.selected_link_id() == STUDY_TOUR_LINK and link.selected
    QTest.keyClick(view, Qt.Key.Key_Delete)

    assert STUDY_TOUR_LINK not in {d.id for d in session.dependencies()}
    assert scene.link(STUDY_TOUR_LINK) is None
    session.undo_stack.undo()
    assert scene.link(STUDY_TOUR_LINK) is not None


# --- broken dependencies -------------------------------------------------------------------


def test_a_violated_dependency_is_drawn_in_the_warning_style_until_fixed(
    session: PlanSession, scene: TimelineScene
) -> None:
    """A3.2 set to start before A3.1 ends: its link turns dashed vermillion, says how late."""
    link = scene.link(STUDY_TOUR_LINK)
    assert link is not None
    original = dates(session, BUYER_MEET)
    assert colour_pixels(scene, link.sceneBoundingRect(), "#D55E00") == 0

    session.run(
        session.document.update_action,
        BUYER_MEET,
        start_date=dt.date(2026, 9, 1),
        end_date=original[1],
    )
    assert scene.link(STUDY_TOUR_LINK) is link
    assert link.violated and link.late_days == 30
    assert "30 days" in link.toolTip()
    assert colour_pixels(scene, link.sceneBoundingRect(), "#D55E00") > 20

    session.run(
        session.document.update_action, BUYER_MEET, start_date=original[0], end_date=original[1]
    )
    assert not link.violated
    assert colour_pixels(scene, link.sceneBoundingRect(), "#D55E00") == 0


# --- the keyboard --------------------------------------------------------------------------


def test_alt_right_moves_the_selected_action_one_week_as_one_undo_step(
    session: PlanSession, scene: TimelineScene, view: QGraphicsView
) -> None:
    """Alt+Right moves by one snap unit (a week at the month scale), Alt+Shift+Right the end."""
    start, end = dates(session, PAVILION)
    assert start is not None and end is not None
    scene.select_action(PAVILION)
    steps = session.undo_stack.count()
    QTest.keyClick(view, Qt.Key.Key_Right, ALT)
    assert dates(session, PAVILION) == (start + 7 * DAY, end + 7 * DAY)
    assert session.undo_stack.count() == steps + 1

    QTest.keyClick(view, Qt.Key.Key_Right, ALT | SHIFT)
    assert dates(session, PAVILION) == (start + 7 * DAY, end + 14 * DAY)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert dates(session, PAVILION) == (start, end)


def test_nudging_at_the_quarter_scale_moves_by_a_month(
    session: PlanSession, scene: TimelineScene
) -> None:
    """At the quarter scale the snap unit is a month: the start keeps its day of the month."""
    assert dates(session, PAVILION) == (dt.date(2026, 11, 2), dt.date(2027, 2, 26))
    scene.set_grid(TimeGrid.at(Scale.QUARTER, scene.grid.origin))
    scene.select_action(PAVILION)
    assert scene.nudge(-1)
    assert dates(session, PAVILION) == (dt.date(2026, 10, 2), dt.date(2027, 1, 26))
    assert shifted(dt.date(2027, 3, 31), scene.grid.snap_unit, -1) == dt.date(2027, 2, 28)


def test_up_and_down_move_the_selection_through_the_bars(
    scene: TimelineScene, view: QGraphicsView, qtbot
) -> None:
    """Down selects the next bar, skipping objective rows and undated actions; Up goes back."""
    order = [k[1] for k in scene.rows.keys if k[0] == "action" and scene.bar(k[1]) is not None]
    assert ONLINE_SHOP not in order
    scene.select_action(order[0])
    with qtbot.waitSignal(scene.selected) as chosen:
        QTest.keyClick(view, Qt.Key.Key_Down)
    assert chosen.args == [order[1]]
    QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert scene.selected_action_id() == order[1]
    before_shop = order.index(18)  # A4.4, the row above the undated A4.5
    scene.select_action(order[before_shop])
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert scene.selected_action_id() == order[before_shop + 1] != ONLINE_SHOP


# --- colours -------------------------------------------------------------------------------


def test_colour_by_status_lead_and_category_gives_legend_and_brushes(
    session: PlanSession, scene: TimelineScene
) -> None:
    """Each key gives one legend entry per value drawn, and each bar the brush of its value."""
    actions = session.actions()
    used = {a.status for a in actions if a.start_date and a.end_date}
    assert scene.legend() == [(label(s), *STATUS_STYLE[s]) for s in ActionStatus if s in used]
    delayed = scene.bar(6)  # A2.1 is delayed: vermillion, cross-hatched
    assert delayed is not None
    assert delayed.look.fill.color() == QColor(STATUS_STYLE[ActionStatus.DELAYED][0])
    assert delayed.look.hatch is not None
    assert delayed.look.hatch.style() == Qt.BrushStyle.DiagCrossPattern

    scene.set_colour_by("lead")
    styles = styles_for(a.lead_id for a in actions)
    names = {o.id: o.name for o in session.organisations()}
    legend = scene.legend()
    assert len(legend) == len(styles)
    assert [entry[0] for entry in legend] == sorted(
        (entry[0] for entry in legend), key=str.casefold
    )
    for item in actions:
        bar = scene.bar(item.id)
        if bar is None:
            continue
        colour, pattern = styles[item.lead_id]
        assert (bar.look.colour, bar.look.pattern) == (colour, pattern)
        assert bar.look.fill.color() == QColor(colour)
        assert any(
            entry[0].startswith(names[item.lead_id]) and entry[1:] == (colour, pattern)
            for entry in legend
        )

    scene.set_colour_by("category")
    styles = styles_for(a.category for a in actions)
    assert sorted(scene.legend()) == sorted(
        (category_label(str(key)), *look) for key, look in styles.items()
    )
    for item in actions:
        bar = scene.bar(item.id)
        if bar is not None:
            assert (bar.look.colour, bar.look.pattern) == styles[item.category]


def test_patterns_map_to_distinct_brush_styles() -> None:
    """Every domain pattern has its own brush style, so grey prints still tell bars apart."""
    from cluster_planner.domain.timeline import PATTERNS

    assert set(style.BRUSH_STYLES) == set(PATTERNS)
    assert len(set(style.BRUSH_STYLES.values())) == len(PATTERNS)
    assert style.bar_look("#0072B2", "solid").hatch is None
    assert style.bar_look("#0072B2", "dots").hatch is not None


# --- following the plan --------------------------------------------------------------------


def test_a_change_to_one_action_updates_only_its_items(
    session: PlanSession, scene: TimelineScene
) -> None:
    """After rescheduling A3.2, every other bar, diamond and link is the same, unmoved object."""
    others = {b.action_id: (b, b.bar_rect()) for b in scene.bars() if b.action_id != BUYER_MEET}
    diamonds = {m.milestone_id: m for b in scene.bars() for m in scene.milestones(b.action_id)}
    untouched_links = {lk.dependency_id: (lk, lk.points()) for lk in scene.links()}
    meet = scene.bar(BUYER_MEET)
    assert meet is not None

    session.run(
        session.document.reschedule_action, BUYER_MEET, dt.date(2027, 4, 5), dt.date(2027, 8, 27)
    )

    assert scene.bar(BUYER_MEET) is meet
    assert meet.bar_rect().left() == pytest.approx(scene.grid.x(dt.date(2027, 4, 5)))
    for action_id, (bar, rect) in others.items():
        assert scene.bar(action_id) is bar
        assert bar.bar_rect() == rect
    for milestone_id, diamond in diamonds.items():
        assert diamond in scene.milestones(diamond.action_id), milestone_id
    moved = {
        d.id for d in session.dependencies() if BUYER_MEET in (d.predecessor_id, d.successor_id)
    }
    for dependency_id, (link, points) in untouched_links.items():
        assert scene.link(dependency_id) is link
        if dependency_id not in moved:
            assert link.points() == points


def test_a_new_action_with_dates_is_drawn_after_the_rows_follow(
    session: PlanSession, scene: TimelineScene
) -> None:
    """Adding an action rebuilds; once the rows name it, it has a bar in its row."""
    record = session.run(
        session.document.add_action,
        1,
        title="Pop-up shop in Quito",
        start_date=dt.date(2027, 2, 1),
        end_date=dt.date(2027, 3, 31),
    )
    assert record is not None
    new_id = max(a.id for a in session.actions())
    scene.set_rows(plan_rows(session))
    bar = scene.bar(new_id)
    assert bar is not None
    assert bar.bar_rect().left() == pytest.approx(scene.grid.x(dt.date(2027, 2, 1)))


def test_collapsed_rows_drop_their_items_and_keep_the_rest(
    session: PlanSession, scene: TimelineScene
) -> None:
    """Rows without objective 1's actions: its bars go, others move up and stay the same objects."""
    kept = scene.bar(STUDY_TOUR)
    rows = plan_rows(session)
    shown = [
        k for k in rows.keys if not (k[0] == "action" and action(session, k[1]).objective_id == 1)
    ]
    scene.set_rows(RowLayout(shown, ROW_HEIGHT))
    assert scene.bar(BRAND_RULES) is None and scene.link(1) is None
    assert scene.bar(STUDY_TOUR) is kept
    top = scene.rows.top(("action", STUDY_TOUR))
    assert kept is not None and top is not None
    assert kept.bar_rect().top() == pytest.approx(top + scene.chart_look.bar_top)
    assert scene.summary(1) is not None


def test_a_read_only_plan_selects_but_never_edits(qtbot, demo_path: Path) -> None:
    """Over a plan opened read-only, drags and keys change nothing."""
    read_only = PlanSession(PlanDocument.open(demo_path, read_only=True))
    try:
        chart = TimelineScene(read_only, month_grid(read_only), plan_rows(read_only))
        graphics_view = QGraphicsView(chart)
        qtbot.addWidget(graphics_view)
        graphics_view.resize(1200, 800)
        graphics_view.show()
        qtbot.waitExposed(graphics_view)
        bar = chart.bar(PAVILION)
        assert isinstance(bar, BarItem)
        before = dates(read_only, PAVILION)
        rect = bar.bar_rect()
        drag(graphics_view, rect.center(), rect.center() + QPointF(120, 0))
        assert chart.selected_action_id() == PAVILION
        assert not chart.nudge(1)
        assert dates(read_only, PAVILION) == before and bar.bar_rect() == rect
        chart.clear()
    finally:
        read_only.close()
