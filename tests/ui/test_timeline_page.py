"""The Timeline page over the demo plan: rows beside the tree, zoom, colours, exports, keys."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from cluster_planner.domain.timeline import (
    DAY,
    Scale,
    next_unit,
    plan_span,
    timeline_chart,
    unit_start,
)
from cluster_planner.services.plan_document import new_id
from cluster_planner.ui.gantt.view import ZOOM_STEP, GanttView
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.settings import AppSettings
from cluster_planner.ui.timeline_page import (
    COLOUR_BY_KEY,
    MOVE_SUCCESSORS_KEY,
    SCALE_KEY,
    TimelinePage,
)
from cluster_planner.ui.vocabulary import category_label, label

from .conftest import ScriptedPrompter

TODAY = dt.date(2027, 3, 15)  # inside the demo plan, which runs from 2026 to 2029


@pytest.fixture
def page(
    qtbot, session: PlanSession, prompter: ScriptedPrompter, settings: AppSettings
) -> TimelinePage:
    """The Timeline page over the demo plan, shown at a laptop's size."""
    timeline = TimelinePage(session, prompter, settings, today=TODAY)
    qtbot.addWidget(timeline)
    timeline.resize(1400, 800)
    timeline.show()
    qtbot.waitExposed(timeline)
    return timeline


def _dated_ids(session: PlanSession) -> list[int]:
    return [a.id for a in session.actions() if a.start_date and a.end_date]


def _screen_rows(gantt: GanttView, action_id: int) -> tuple[int, int]:
    """The screen y of an action's row in the chart and in the tree."""
    top = gantt.rows.top(("action", action_id))
    assert top is not None
    chart_y = gantt.chart.mapFromScene(QPointF(0, top)).y()
    chart = gantt.chart.viewport().mapToGlobal(QPoint(0, chart_y)).y()
    rect = gantt.tree.visualRect(gantt.model.action_index(action_id))
    tree = gantt.tree.viewport().mapToGlobal(rect.topLeft()).y()
    return chart, tree


def _assert_rows_line_up(gantt: GanttView, action_ids: list[int]) -> None:
    height = gantt.rows.row_height
    assert height == gantt.tree.visualRect(gantt.model.index(0, 0)).height()
    for action_id in action_ids:
        chart, tree = _screen_rows(gantt, action_id)
        assert chart == tree, action_id
        bar = gantt.scene.bar(action_id)
        assert bar is not None
        top = gantt.rows.top(("action", action_id))
        assert top is not None
        rect = bar.bar_rect()
        assert top <= rect.top() and rect.bottom() <= top + height


def _days_at(gantt: GanttView, viewport_x: float) -> float:
    """The (fractional) day number from the grid's origin under viewport x."""
    scene_x = gantt.chart.mapToScene(QPoint(round(viewport_x), 0)).x()
    return scene_x / gantt.grid.day_width


def test_the_chart_rows_line_up_with_the_tree_rows(
    page: TimelinePage, session: PlanSession, qtbot
) -> None:
    """Each bar sits in its tree row on screen, before and after scrolling either side."""
    gantt = page.gantt
    page.resize(1400, 480)
    qtbot.waitUntil(lambda: gantt.chart.verticalScrollBar().maximum() > 0)
    ids = _dated_ids(session)
    _assert_rows_line_up(gantt, ids)
    bar = gantt.chart.verticalScrollBar()
    assert bar.maximum() > 0, "the demo plan is taller than the chart"
    assert bar.maximum() == gantt.tree.verticalScrollBar().maximum()
    bar.setValue(bar.maximum() // 2 + 3)
    assert gantt.tree.verticalScrollBar().value() == bar.value()
    _assert_rows_line_up(gantt, ids)
    gantt.tree.verticalScrollBar().setValue(gantt.tree.verticalScrollBar().maximum())
    assert bar.value() == bar.maximum()
    _assert_rows_line_up(gantt, ids)


def test_collapsing_an_objective_hides_its_bars_and_moves_the_rows_below_up(
    page: TimelinePage, session: PlanSession
) -> None:
    """The tree's arrow decides what the chart shows; the rows stay lined up."""
    gantt = page.gantt
    first = session.objectives()[0]
    hidden = gantt.model.action_ids(first.id)
    below = next(a for a in session.actions() if a.objective_id != first.id and a.start_date)
    before = gantt.rows.top(("action", below.id))
    assert before is not None
    gantt.tree.collapse(gantt.model.objective_index(first.id))
    for action_id in hidden:
        assert gantt.rows.top(("action", action_id)) is None
        bar = gantt.scene.bar(action_id)
        assert bar is None or not bar.isVisible()
    assert gantt.rows.top(("action", below.id)) == before - len(hidden) * gantt.rows.row_height
    _assert_rows_line_up(gantt, [i for i in _dated_ids(session) if i not in hidden])
    gantt.tree.expand(gantt.model.objective_index(first.id))
    assert gantt.rows.top(("action", below.id)) == before
    _assert_rows_line_up(gantt, _dated_ids(session))


def test_scale_buttons_change_the_day_width_and_keep_the_date_in_the_middle(
    page: TimelinePage, qtbot
) -> None:
    """Weeks, then Years: the nominal widths, the same date mid-chart, the button checked."""
    gantt = page.gantt
    middle = gantt.chart.viewport().width() / 2
    assert gantt.grid.scale is Scale.MONTH and page.scale_buttons[Scale.MONTH].isChecked()
    day = gantt.grid.origin + dt.timedelta(days=int(_days_at(gantt, middle)))
    qtbot.mouseClick(page.scale_buttons[Scale.WEEK], Qt.MouseButton.LeftButton)
    assert gantt.grid.scale is Scale.WEEK
    assert gantt.grid.day_width == 24.0
    assert gantt.header.grid == gantt.grid
    shown = gantt.grid.date_at(gantt.chart.mapToScene(QPoint(round(middle), 0)).x())
    assert abs(shown - day) <= DAY
    qtbot.mouseClick(page.scale_buttons[Scale.YEAR], Qt.MouseButton.LeftButton)
    assert gantt.grid.day_width == 0.45
    assert page.scale_buttons[Scale.YEAR].isChecked()
    assert not page.scale_buttons[Scale.WEEK].isChecked()


def test_ctrl_wheel_zooms_around_the_mouse(page: TimelinePage, qtbot) -> None:
    """One notch in: days ZOOM_STEP times wider, the date under the mouse stays under it."""
    gantt = page.gantt
    viewport = gantt.chart.viewport()
    where = QPointF(300, 120)
    before = _days_at(gantt, where.x())
    width = gantt.grid.day_width
    wheel = QWheelEvent(
        where,
        QPointF(viewport.mapToGlobal(where.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    qtbot.waitUntil(lambda: gantt.grid.day_width != width)
    assert gantt.grid.day_width == pytest.approx(width * ZOOM_STEP)
    after = _days_at(gantt, where.x())
    assert abs(after - before) * gantt.grid.day_width <= 1.0  # within a pixel


def test_fit_to_plan_shows_the_whole_plan(page: TimelinePage, session: PlanSession) -> None:
    """Ctrl+0's command: the first start and the last end both in view, the plan filling it."""
    gantt = page.gantt
    page.set_scale(Scale.WEEK)
    page.fit_action.trigger()
    span = plan_span(session.actions())
    assert span is not None
    seen = gantt.chart.visible_scene_rect()
    left, right = gantt.grid.span(*span)
    assert seen.left() <= left and right <= seen.right()
    assert right - left >= 0.8 * seen.width()
    first, last = gantt.visible_dates()
    assert first <= span[0] and span[1] <= last


def test_colour_by_changes_the_legend_and_is_remembered(
    page: TimelinePage, session: PlanSession, prompter: ScriptedPrompter, settings: AppSettings
) -> None:
    """Status, lead organisation, category: each legend names its own values."""
    legend = page.gantt.legend
    statuses = {label(a.status) for a in session.actions() if a.start_date and a.end_date}
    assert {text for text, _, _ in legend.entries} == statuses
    page.colour_by.setCurrentIndex(page.colour_by.findData("lead"))
    leads = {o.acronym or o.name for o in session.organisations()}
    assert any(any(lead in text for lead in leads) for text, _, _ in legend.entries)
    page.colour_by.setCurrentIndex(page.colour_by.findData("category"))
    categories = {category_label(a.category) for a in session.actions() if a.category}
    assert {text for text, _, _ in legend.entries} >= categories
    assert len({(colour, pattern) for _, colour, pattern in legend.entries}) == len(legend.entries)
    assert settings.store.value(COLOUR_BY_KEY) == "category"
    again = TimelinePage(session, prompter, settings, today=TODAY)
    assert again.colour_by.currentData() == "category"
    assert again.gantt.legend.entries == legend.entries


def test_scale_and_moving_successors_are_remembered(
    page: TimelinePage, session: PlanSession, prompter: ScriptedPrompter, settings: AppSettings
) -> None:
    """A new page starts at the scale and with the choice the person left."""
    page.set_scale(Scale.QUARTER)
    page.move_successors.setChecked(True)
    assert settings.store.value(SCALE_KEY) == "quarter"
    assert page.gantt.scene.move_successors
    settings.sync()
    again = TimelinePage(session, prompter, settings, today=TODAY)
    assert again.gantt.grid.scale is Scale.QUARTER
    assert again.move_successors.isChecked()
    assert again.gantt.scene.move_successors
    assert settings.store.value(MOVE_SUCCESSORS_KEY) in (True, "true")


def test_the_baseline_waits_for_an_adopted_revision(
    qtbot, session: PlanSession, prompter: ScriptedPrompter, settings: AppSettings, tmp_path: Path
) -> None:
    """With no revision adopted the option is disabled, and its tooltip says why."""
    from cluster_planner.services.plan_document import PlanDocument

    empty = PlanSession(PlanDocument.create(tmp_path / "new.clusterplan"))
    try:
        timeline = TimelinePage(empty, prompter, settings, today=TODAY)
        qtbot.addWidget(timeline)
        assert not timeline.show_baseline.isEnabled()
        assert timeline.show_baseline.toolTip() == (
            "Available once the plan has an adopted revision (Review step)"
        )
    finally:
        empty.close()


def test_the_baseline_shows_the_adopted_dates_under_the_bars(
    page: TimelinePage, session: PlanSession, settings: AppSettings
) -> None:
    """Revision 2's dates lie under each bar; the slipped A2.5 ends a month after its band."""
    assert page.show_baseline.isEnabled() and "revision 2" in page.show_baseline.toolTip()
    scene = page.gantt.scene
    slipped = next(a for a in session.actions() if a.title.startswith("Energy audit"))
    assert scene.baseline_item(slipped.id) is None
    page.show_baseline.setChecked(True)
    scene.flush_layout()
    band = scene.baseline_item(slipped.id)
    bar = scene.bar(slipped.id)
    assert band is not None and bar is not None
    grid = scene.grid
    assert band.sceneBoundingRect().left() == pytest.approx(grid.x(dt.date(2027, 1, 4)))
    assert bar.bar_rect().right() - band.sceneBoundingRect().right() == pytest.approx(
        30 * grid.day_width, abs=1
    )
    assert band.sceneBoundingRect().top() >= bar.bar_rect().bottom()
    assert "Ends 30 days later than adopted" in scene.bar_tooltip(bar)
    assert scene.legend()[-1] == ("Adopted dates (revision 2)", "#4D4D4D", "solid")
    online_shop = next(a for a in session.actions() if a.title.startswith("An online shop"))
    assert scene.baseline_item(online_shop.id) is None  # no dates
    assert len(scene.items()) > 0 and settings.store.value("timeline/show_baseline") in (
        True,
        "true",
    )
    page.show_baseline.setChecked(False)
    assert scene.baseline_item(slipped.id) is None
    assert all(not entry[0].startswith("Adopted") for entry in scene.legend())


def _has_ink(image: QImage) -> bool:
    white = QColor("white").rgb()
    step = max(1, min(image.width(), image.height()) // 200)
    return any(
        image.pixel(x, y) != white
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
    )


def test_png_export_writes_a_sharp_picture_of_the_whole_chart(
    page: TimelinePage, prompter: ScriptedPrompter, tmp_path: Path, qtbot
) -> None:
    """A real PNG, at twice the chart's size, with something drawn; no dialog, no leftovers."""
    target = tmp_path / "exports" / "timeline.png"
    target.parent.mkdir()
    prompter.paths = [str(target)]
    qtbot.mouseClick(page.export_png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(target))
    assert not image.isNull()
    size = page.gantt.chart_size()
    band = page.gantt.title_height()
    assert band > 0  # a title and date line above the chart
    assert (image.width(), image.height()) == (2 * size.width(), 2 * (size.height() + band))
    assert image.width() > 0 and _has_ink(image)
    title = image.copy(0, 0, image.width(), 2 * band)
    assert _has_ink(title)
    assert sorted(p.name for p in target.parent.iterdir()) == ["timeline.png"]
    assert not page.message.isVisible()
    assert prompter.messages == []
    assert QApplication.activeModalWidget() is None


def test_svg_export_writes_an_svg_drawing(
    page: TimelinePage, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    """The file parses as XML with an <svg> root, and names an action."""
    target = tmp_path / "timeline.svg"
    prompter.paths = [str(target)]
    assert page.export_svg() == target
    root = ElementTree.parse(target).getroot()
    assert root.tag.rsplit("}", 1)[-1] == "svg"
    text = target.read_text(encoding="utf-8")
    assert "A1.1" in text
    # Fonts are named as CSS names them: a real family, then a generic one.
    families = set(re.findall(r'font-family="([^"]*)"', text))
    assert families
    for family in families:
        first, _, fallback = family.partition(",")
        assert fallback.strip() == "sans-serif", family
        assert first.strip().strip("'") not in ("Sans Serif", "Sans", "sans-serif", ""), family
    assert "Atuntaqui garment cluster" in text  # the title line
    assert QApplication.activeModalWidget() is None


def test_an_export_that_cannot_be_written_says_so_in_the_page(
    page: TimelinePage, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    """A folder that does not exist: a sentence in the message line, no file, no dialog."""
    target = tmp_path / "missing" / "timeline.png"
    prompter.paths = [str(target)]
    assert page.export_png() is None
    assert page.message.isVisible()
    assert "could not be saved" in page.message.text()
    assert not target.parent.exists()
    assert prompter.messages == []
    assert QApplication.activeModalWidget() is None


def test_a_cancelled_export_writes_nothing(page: TimelinePage, tmp_path: Path) -> None:
    """No path chosen: nothing written, nothing said."""
    assert page.export_svg() is None
    assert list(tmp_path.glob("*.svg")) == []
    assert not page.message.isVisible()


def test_alt_right_moves_the_selected_bar_one_snap_unit(
    page: TimelinePage, session: PlanSession, qtbot
) -> None:
    """At the month scale a week later, as one undo step; Ctrl+Z puts it back."""
    gantt = page.gantt
    action = next(
        a for a in session.actions() if a.start_date and a.start_date.weekday() == 0 and a.end_date
    )
    assert action.start_date is not None and action.end_date is not None
    assert gantt.grid.snap_unit.value == "week"
    gantt.select_action(action.id)
    gantt.chart.setFocus()
    steps = session.undo_stack.count()
    qtbot.keyClick(gantt.chart, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    moved = session.document.action(action.id)
    assert moved.start_date == next_unit(action.start_date, gantt.grid.snap_unit)
    assert moved.end_date - moved.start_date == action.end_date - action.start_date
    assert session.undo_stack.count() == steps + 1
    bar = gantt.scene.bar(action.id)
    assert bar is not None and bar.start == moved.start_date
    session.undo_stack.undo()
    assert session.document.action(action.id).start_date == action.start_date
    assert unit_start(action.start_date, gantt.grid.snap_unit) == action.start_date


def test_up_and_down_walk_the_bars_and_the_tree_follows(page: TimelinePage, qtbot) -> None:
    """Down from the first bar selects the next one in the chart and its row in the tree."""
    gantt = page.gantt
    order = [key[1] for key in gantt.rows.keys if key[0] == "action" and gantt.scene.bar(key[1])]
    gantt.select_action(order[0])
    gantt.chart.setFocus()
    qtbot.keyClick(gantt.chart, Qt.Key.Key_Down)
    assert gantt.selected_action_id() == order[1]
    assert gantt.model.entity(gantt.tree.currentIndex()).id == order[1]  # type: ignore[union-attr]


def test_a_refusal_shows_in_the_page(page: TimelinePage, session: PlanSession) -> None:
    """The core's sentence goes to the message line, never to a dialog."""
    session.failed.emit("The end comes before the start.")
    assert page.message.isVisible()
    assert page.message.text() == "The end comes before the start."
    assert QApplication.activeModalWidget() is None


def test_the_edit_menu_offers_zoom_fit_today_and_exports(page: TimelinePage) -> None:
    """The page's commands, with Ctrl+= / Ctrl+- / Ctrl+0 among the shortcuts."""
    names = [action.objectName() for action in page.edit_actions()]
    assert names == [
        "timeline_zoom_in",
        "timeline_zoom_out",
        "timeline_fit",
        "timeline_today",
        "timeline_export_png",
        "timeline_export_svg",
    ]
    assert "Ctrl+=" in [s.toString() for s in page.zoom_in_action.shortcuts()]
    assert "Ctrl+-" in [s.toString() for s in page.zoom_out_action.shortcuts()]
    assert page.fit_action.shortcut().toString() == "Ctrl+0"
    width = page.gantt.grid.day_width
    page.zoom_in_action.trigger()
    assert page.gantt.grid.day_width == pytest.approx(width * ZOOM_STEP)
    page.zoom_out_action.trigger()
    assert page.gantt.grid.day_width == pytest.approx(width)


def test_the_today_line_is_in_view_after_today(page: TimelinePage) -> None:
    """Today's button brings the today line into the chart."""
    gantt = page.gantt
    gantt.scroll_to_date(dt.date(2029, 6, 1))
    page.today_button.click()
    first, last = gantt.visible_dates()
    assert first <= TODAY <= last


def test_dragging_empty_space_pans_the_chart(page: TimelinePage) -> None:
    """Press where no bar is and drag left: the chart scrolls right, the header with it."""
    gantt = page.gantt
    viewport = gantt.chart.viewport()
    row = next(n for n, key in enumerate(gantt.rows.keys) if key[0] == "action")
    y = round(gantt.chart.mapFromScene(QPointF(0, (row + 0.5) * gantt.rows.row_height)).y())
    press = next(
        QPoint(x, y)
        for x in range(20, viewport.width() - 300, 10)
        if gantt.chart.itemAt(QPoint(x, y)) is None
    )
    before = gantt.chart.horizontalScrollBar().value()
    left = Qt.MouseButton.LeftButton
    for kind, at, button, buttons in (
        (QEvent.Type.MouseButtonPress, press, left, left),
        (QEvent.Type.MouseMove, press - QPoint(100, 0), Qt.MouseButton.NoButton, left),
        (QEvent.Type.MouseMove, press - QPoint(200, 0), Qt.MouseButton.NoButton, left),
        (QEvent.Type.MouseButtonRelease, press - QPoint(200, 0), left, Qt.MouseButton.NoButton),
    ):
        event = QMouseEvent(
            kind,
            QPointF(at),
            QPointF(viewport.mapToGlobal(at)),
            button,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)
    assert gantt.chart.horizontalScrollBar().value() == before + 200
    assert gantt.header.offset == gantt.chart.mapToScene(QPoint(0, 0)).x()


def test_the_screen_and_the_printed_chart_share_their_geometry(
    page: TimelinePage, session: PlanSession
) -> None:
    """At the month scale, every bar's x and width match the chart the exports draw."""
    page.set_scale(Scale.MONTH)
    chart = timeline_chart(
        session.objectives(),
        session.actions(),
        session.dependencies(),
        width=1000,
        row_height=20,
        scale=Scale.MONTH,
    )
    assert chart is not None
    scene = page.gantt.scene
    offset = scene.grid.x(chart.grid.origin)  # the two charts may start on different days
    for bar in chart.bars:
        shown = scene.bar(bar.action_id)
        assert shown is not None
        rect = shown.bar_rect()
        assert rect.left() == pytest.approx(bar.left + offset)
        assert rect.width() == pytest.approx(bar.right - bar.left)
    assert {link.dependency_id for link in chart.links} == {
        link.dependency_id for link in scene.links()
    }


def test_a_hidden_timeline_rebuilds_once_when_shown_again(
    page: TimelinePage, session: PlanSession, qtbot
) -> None:
    """Actions added on another page cost the hidden chart nothing until it is shown."""
    page.hide()
    objective = session.objectives()[0].id
    record = session.run(
        session.document.add_action,
        objective,
        title="Shared dye house",
        start_date=dt.date(2027, 1, 4),
        end_date=dt.date(2027, 6, 30),
    )
    assert record is not None
    added = new_id(record, "action")
    scene = page.gantt.scene
    assert scene.bar(added) is None  # not built while hidden
    page.show()
    qtbot.waitExposed(page)
    bar = scene.bar(added)
    assert bar is not None
    assert bar.bar_rect().left() == pytest.approx(scene.grid.x(dt.date(2027, 1, 4)))


def test_a_chart_too_large_for_a_picture_is_refused_with_its_size_and_what_to_do(
    page: TimelinePage, prompter: ScriptedPrompter, tmp_path: Path
) -> None:
    """At the week scale the demo's chart would be tens of thousands of pixels wide: nothing
    is written, and the page says how large it would be and how to get a picture."""
    page.set_scale(Scale.WEEK)
    target = tmp_path / "weeks.png"
    prompter.paths = [str(target)]
    assert page.export_png() is None
    assert not target.exists()
    message = page.message.text()
    size = re.search(r"(\d[\d,.\u00a0\u202f]*) × (\d[\d,.\u00a0\u202f]*) pixels", message)
    assert size is not None, message
    assert int(re.sub(r"\D", "", size.group(1))) > 16_384
    assert "SVG" in message and "Fit" in message
    assert prompter.messages == []
