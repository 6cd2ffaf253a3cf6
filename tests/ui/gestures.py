"""What a person does with the mouse and the keyboard, for tests that drive real widgets.

Clicks land on a view's viewport at the row's rectangle, keys go to the widget that has
the keyboard focus, as they would from a real mouse and keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def focused() -> QWidget:
    """The widget with the keyboard focus (the test fails when nothing has it)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def row_point(view: QAbstractItemView, index: QModelIndex) -> QPoint:
    """The middle of ``index``'s cell, in the view's viewport, scrolled into sight first."""
    view.scrollTo(index)
    rect = view.visualRect(index)
    assert rect.isValid(), f"row {index.row()} is not on screen"
    return rect.center()


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click the cell at ``row``, ``column`` of ``view`` with the left button."""
    index = view.model().index(row, column)
    qtbot.mouseClick(view.viewport(), LEFT, NO_KEYS, row_point(view, index))


def click_index(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:
    """Click ``index`` in ``view`` with the left button."""
    qtbot.mouseClick(view.viewport(), LEFT, NO_KEYS, row_point(view, index))


def double_click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Double-click the cell at ``row``, ``column``, as a mouse does (press, release, again)."""
    point = row_point(view, view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), LEFT, NO_KEYS, point)
    QTest.mouseDClick(view.viewport(), LEFT, NO_KEYS, point)


def click(qtbot, widget: QWidget) -> None:
    """Click ``widget`` in its middle."""
    qtbot.mouseClick(widget, LEFT, NO_KEYS, widget.rect().center())


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_KEYS) -> None:
    """Press and release ``key`` on whatever has the keyboard focus, then let the events
    it queued run (an item editor commits after the key, not during it)."""
    qtbot.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def type_text(qtbot, text: str) -> None:
    """Type ``text`` (ASCII) key by key into whatever has the keyboard focus."""
    for character in text:
        qtbot.keyClicks(focused(), character)
    QApplication.processEvents()


def tab_chain(start: QWidget, steps: int, backwards: bool = False) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) visits from ``start``, pressing the real keys."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(steps):
        QTest.keyClick(focused(), key)
        QApplication.processEvents()
        visited.append(focused())
    return visited
