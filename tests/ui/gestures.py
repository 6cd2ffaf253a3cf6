"""What a person does with the mouse and the keyboard, for tests that drive real widgets.

Clicks land on a view's viewport at the row's rectangle, keys go to the widget that has
the keyboard focus, as they would from a real mouse and keyboard.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def settle() -> None:
    """Let the window finish what it posted (layouts that follow a resize or a new size
    limit), as it does long before a person's next click."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def focused() -> QWidget:
    """The widget with the keyboard focus (the test fails when nothing has it)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def row_point(view: QAbstractItemView, index: QModelIndex) -> QPoint:
    """The middle of ``index``'s cell, in the view's viewport, scrolled into sight first."""
    view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
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


def _field_of(widget: QWidget, fields: list[QWidget]) -> QWidget:
    """The field ``widget`` belongs to (a spin box's or combo box's own line edit …)."""
    found: QWidget | None = widget
    while found is not None and found not in fields:
        found = found.parentWidget()
    return found if found is not None else widget


def tab_fields(container: QWidget) -> list[QWidget]:
    """The widgets of ``container`` that Tab can reach, as a person sees them: shown,
    enabled, taking the keyboard on Tab; the parts of a composite field (a spin box's line
    edit) count as the field."""
    found = []
    for widget in container.findChildren(QWidget):
        if not widget.isVisibleTo(container.window()) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        found.append(widget)
    # A field inside another field (the line edit of a spin box) is that field.
    return [w for w in found if not any(o is not w and o.isAncestorOf(w) for o in found)]


def reading_position(widget: QWidget, container: QWidget) -> QPoint:
    """The top-left corner of ``widget`` in ``container``'s coordinates."""
    return widget.mapTo(container, QPoint(0, 0))


def tab_walk(container: QWidget, first: QWidget) -> list[QWidget]:
    """The fields Tab visits from ``first``, pressing the real key, until it comes back to
    ``first`` or leaves ``container`` (the widget outside ends the list)."""
    fields = tab_fields(container)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    visited = [first]
    for _ in range(len(fields) + 1):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        QApplication.processEvents()
        current = _field_of(focused(), fields)
        if current is first:
            break
        visited.append(current)
        if not container.isAncestorOf(current):
            break
    return visited


def reads_down(container: QWidget, chain: list[QWidget]) -> list[tuple[QWidget, QWidget]]:
    """The steps of ``chain`` that go back up within one column of ``container``: from a
    widget to one that starts above it while their columns overlap (a step to a new
    column on the right, or along a row, reads on)."""
    wrong = []
    for before, after in itertools.pairwise(chain):
        a, b = reading_position(before, container), reading_position(after, container)
        same_column = a.x() < b.x() + after.width() and b.x() < a.x() + before.width()
        if same_column and b.y() + 2 < a.y():
            wrong.append((before, after))
        elif not same_column and b.x() < a.x() and b.y() < a.y() + before.height():
            wrong.append((before, after))  # back to an earlier column, or leftwards on a row
    return wrong
