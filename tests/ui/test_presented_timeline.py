"""The presented timeline at 1920x1080 and 1280x720: each bar on its title's row, the timer
clear of the calendar, and titles long enough to read."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from cluster_planner.ui.action_tree_model import ActionTreeModel
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.presentation.screens import ScreenInfo
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.settings import AppSettings
from tests.ui.gestures import press, settle


def _screen(width: int, height: int) -> list[ScreenInfo]:
    return [ScreenInfo("projector", QRect(0, 0, width, height))]


@pytest.fixture(params=[(1920, 1080), (1280, 720)], ids=["1920x1080", "1280x720"])
def presented(
    request, qtbot, themed: None, settings: AppSettings, tmp_path: Path, demo_path: Path
) -> Iterator[MainWindow]:
    """The demo's timeline presented on one screen of the size asked, its timer running."""
    width, height = request.param
    window = MainWindow(settings=settings, prompter=Prompter(), demo_folder=tmp_path / "demo")
    qtbot.addWidget(window)
    presentation = window.presentation
    presentation.full_screen = False  # the window stands in for a screen of this size
    presentation.screens = partial(_screen, width, height)
    window.resize(width, height)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    assert window.open_plan(demo_path)
    assert window.plan_view is not None
    window.plan_view.go_to_key("timeline")
    window.plan_view.page("timeline").gantt.chart.setFocus()
    settle()
    press(qtbot, Qt.Key.Key_F5)
    assert presentation.presenting
    window.resize(width, height)
    press(qtbot, Qt.Key.Key_F7)  # the timer starts
    settle()
    yield window
    presentation.leave()
    window.close_plan()


def _gantt(window: MainWindow):
    assert window.plan_view is not None
    return window.plan_view.page("timeline").gantt


def test_each_bar_sits_on_its_title_s_row(presented: MainWindow) -> None:
    """Every row of the chart starts where its title's row starts, to the pixel."""
    gantt = _gantt(presented)
    tree, chart = gantt.tree, gantt.chart
    window = presented
    tree_top = tree.viewport().mapTo(window, QPoint(0, 0)).y()
    chart_top = chart.viewport().mapTo(window, QPoint(0, 0)).y()
    offset = chart.mapToScene(QPoint(0, 0)).y()
    index = tree.model().index(0, 0)
    checked = 0
    while index.isValid() and checked < 12:
        title_y = tree_top + tree.visualRect(index).top()
        key = gantt.rows.keys[checked]
        top = gantt.rows.top(key)
        assert top is not None
        bar_y = chart_top + round(top - offset)
        assert abs(title_y - bar_y) <= 1, f"row {checked}: title at {title_y}, bar at {bar_y}"
        index = tree.indexBelow(index)
        checked += 1


def test_the_timer_leaves_the_calendar_in_sight(presented: MainWindow) -> None:
    """The running timer's box ends above the calendar header."""
    corner = presented.presentation.corner
    assert corner.isVisible()
    header = _gantt(presented).header
    top = header.mapTo(presented, QPoint(0, 0)).y()
    assert corner.geometry().bottom() < top


def test_titles_read_beyond_their_first_words(presented: MainWindow) -> None:
    """The presented titles have room for some 25 characters, not 10: the first 25 letters
    of the demo's titles, measured in the presented letters, fit for most of them."""
    tree = _gantt(presented).tree
    title = tree.header().sectionSize(ActionTreeModel.column_of("title"))
    assert presented.session is not None
    starts = sorted(
        tree.fontMetrics().horizontalAdvance(action.title[:25])
        for action in presented.session.actions()
    )
    assert title >= statistics.median(starts)
    QApplication.processEvents()
