"""A walk through every step, every tab and the usual first clicks, at 1280x720 and 1366x768
with the app's own font: no page needs more room than the screen has, and no window opens
but the main window, a dialog or the audience view."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHeaderView,
    QMenu,
    QTabWidget,
    QWidget,
)

from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.presentation.audience_window import AudienceWindow
from cluster_planner.ui.workshop_steps import workshop_steps
from tests.ui.gestures import click_row, press, settle

TRANSIENT = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


def stray_windows(main: QWidget) -> list[QWidget]:
    """Top-level windows on screen that are none of the main window, a dialog, the audience
    view or a passing popup (a menu, a drop-down list, a calendar, a tooltip)."""
    stray = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() or widget is main:
            continue
        if isinstance(widget, (MainWindow, QDialog, AudienceWindow, QMenu)):
            continue
        if widget.windowType() in TRANSIENT:
            continue
        stray.append(widget)
    return stray


def widest_chain(root: QWidget) -> list[str]:
    """The chain of widgets, from ``root`` down, that asks for the most width (what to fix
    when a page is too wide)."""
    chain = []
    widget = root
    while True:
        children = [
            c
            for c in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if c.isVisible()
        ]
        if not children:
            return chain
        widget = max(children, key=lambda c: c.minimumSizeHint().width())
        chain.append(
            f"{type(widget).__name__}#{widget.objectName()}={widget.minimumSizeHint().width()}"
        )


class Walk:
    """Checks after every move: the window kept its size, and no stray window is up."""

    def __init__(self, window: MainWindow, size: QSize) -> None:
        self.window = window
        self.size = size
        self.places: list[str] = []

    def check(self, place: str) -> None:
        settle()
        self.places.append(place)
        window = self.window
        assert window.size() == self.size, (
            f"{place} needs {window.width()}x{window.height()}, more than "
            f"{self.size.width()}x{self.size.height()}"
        )
        hint = window.minimumSizeHint()
        assert hint.width() <= self.size.width() and hint.height() <= self.size.height(), (
            f"{place} asks for at least {hint.width()}x{hint.height()}: {widest_chain(window)}"
        )
        stray = stray_windows(window)
        assert not stray, f"{place}: a window of its own appeared: {stray}"

    def tabs(self, page: QWidget, place: str, visit: Callable[[QWidget, str], None]) -> None:
        """Visit every tab of every tab widget on ``page`` (the inner ones too)."""
        for tabs in page.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            for index in range(tabs.count()):
                if not tabs.isTabVisible(index) or not tabs.isTabEnabled(index):
                    continue
                tabs.setCurrentIndex(index)
                name = f"{place} ▸ {tabs.tabText(index).replace('&', '')}"
                self.check(name)
                visit(tabs.widget(index), name)


def _first_rows(walk: Walk, qtbot, widget: QWidget, place: str) -> None:
    """Click the first row of each list or table in sight on ``widget``."""
    for view in widget.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or view.window() is not walk.window:
            continue  # a table's header, a drop-down's list
        if not view.isVisible() or view.model() is None or not view.model().rowCount():
            continue
        click_row(qtbot, view, 0)
        walk.check(f"{place} ▸ first row of {view.objectName() or type(view).__name__}")


@pytest.fixture(params=[(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def walk(request, themed: None, bundled_family: str, demo_window: MainWindow) -> Walk:
    """The demo plan in a window of a common projector's or laptop's size, in the bundled
    letters (whatever fonts the machine has)."""
    assert QFontInfo(demo_window.font()).family() == bundled_family
    demo_window.resize(*request.param)
    settle()
    return Walk(demo_window, QSize(*request.param))


def test_every_step_fits_and_opens_no_window_of_its_own(walk: Walk, qtbot) -> None:
    """Each step, each of its tabs, a click on the first row of what it lists, and presenting
    (F5, then Escape) where the step is presented."""
    window = walk.window
    assert window.plan_view is not None
    walk.check("the Cluster step")

    def visit(widget: QWidget, place: str) -> None:
        _first_rows(walk, qtbot, widget, place)

    for row, (key, name, _purpose) in enumerate(workshop_steps()):
        press(qtbot, Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        page: Any = window.plan_view.page(key)
        assert window.plan_view.current_key() == key
        walk.check(name)
        if key == "diagnostic":  # the side panel the board keeps closed until asked
            press(qtbot, Qt.Key.Key_F6)
            assert page.side.isVisible()
            walk.check(f"{name} with its side panel")
        walk.tabs(page, name, visit)
    for key in ("diagnostic", "options", "vision", "action_plan", "timeline"):
        window.plan_view.go_to_key(key)
        settle()
        window.plan_view.page(key).setFocus()
        press(qtbot, Qt.Key.Key_F5)
        assert window.presentation.presenting
        assert not stray_windows(window), f"presenting {key}"
        press(qtbot, Qt.Key.Key_Escape)
        settle()
        assert not window.presentation.presenting
        walk.check(f"after presenting {key}")
    assert len(walk.places) > 40  # the walk went everywhere it says
