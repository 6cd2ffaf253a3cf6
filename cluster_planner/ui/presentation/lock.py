"""The facilitator lock: while presenting, the structure cannot be broken by an accidental drag,
a Delete key or a right-click.

What stays possible is what a workshop does aloud: typing a new SWOT card in a capture
line, entering tallies, revealing the vote, undo. What is frozen: dragging cards, options,
actions and timeline bars; the keys that delete, move, merge or drop things; the keys that
add, change, paste or import (Ins, F2, Ctrl+Shift+V, Ctrl+I) and double clicks that open an
item's form; new and deleted voting rounds; context menus. It works on any page from
outside, by switching off the views' drag and drop and by an application event filter on
the presented pages.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier
NoMod = Qt.KeyboardModifier.NoModifier
_MODIFIERS = Ctrl | Shift | Alt | Qt.KeyboardModifier.MetaModifier

# Keys that change the structure (delete, move, merge, drop); typing and undo are not here.
FROZEN_KEYS: frozenset[tuple[int, int]] = frozenset(
    {
        (Qt.Key.Key_Delete.value, NoMod.value),
        (Qt.Key.Key_Backspace.value, NoMod.value),
        (Qt.Key.Key_Delete.value, Shift.value),
        (Qt.Key.Key_X.value, Ctrl.value),
        (Qt.Key.Key_M.value, Ctrl.value),
        (Qt.Key.Key_D.value, Ctrl.value),
        (Qt.Key.Key_Up.value, Ctrl.value),
        (Qt.Key.Key_Down.value, Ctrl.value),
        (Qt.Key.Key_Up.value, (Ctrl | Shift).value),
        (Qt.Key.Key_Down.value, (Ctrl | Shift).value),
        (Qt.Key.Key_Left.value, Alt.value),
        (Qt.Key.Key_Right.value, Alt.value),
        (Qt.Key.Key_Left.value, (Alt | Shift).value),
        (Qt.Key.Key_Right.value, (Alt | Shift).value),
        *(
            (key.value, (Ctrl | Alt).value)
            for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
        ),
    }
)

# Keys that add, change, paste or import (a new action or option, an item's form, pasted SWOT
# lines): refused even from a text field, where they type nothing.
COMMAND_KEYS: frozenset[tuple[int, int]] = frozenset(
    {
        (Qt.Key.Key_Insert.value, NoMod.value),
        (Qt.Key.Key_F2.value, NoMod.value),
        (Qt.Key.Key_V.value, (Ctrl | Shift).value),
        (Qt.Key.Key_I.value, Ctrl.value),
    }
)

# Buttons that add or delete whole things (a voting round with its dots): off and out of the
# hall's sight while locked.
FROZEN_BUTTONS = ("voting_new_round", "voting_delete_round")

# Item views where a double click enters a number rather than opening a form.
ENTRY_VIEWS = ("tally_table", "breakdown_table")


def key_of(event: QKeyEvent) -> tuple[int, int]:
    """A key event as (key, modifiers), keypad and other flags left out."""
    return event.key(), (event.modifiers() & _MODIFIERS).value


def is_text_input(widget: QWidget | None) -> bool:
    """True for fields where keys type and delete text (a capture line, a tally being edited)."""
    while widget is not None:
        if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit | QAbstractSpinBox):
            return not getattr(widget, "isReadOnly", lambda: False)()
        if isinstance(widget, QComboBox):
            return widget.isEditable()
        if isinstance(widget, QAbstractItemView | QGraphicsView):
            return False
        widget = widget.parentWidget()
    return False


@dataclass
class _ViewState:
    view: QAbstractItemView
    drag: bool
    drops: bool
    mode: QAbstractItemView.DragDropMode


class FacilitatorLock(QObject):
    """Freezes the structure of the pages it is given while locked."""

    changed = Signal(bool)  # locked
    refused = Signal()  # a frozen key, drag or menu was caught

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._locked = False
        self._views: list[_ViewState] = []
        self._charts: list[tuple[QGraphicsView, bool]] = []
        self._buttons: list[tuple[QWidget, bool, bool]] = []  # enabled, hidden
        self._filtering = False

    @property
    def locked(self) -> bool:
        """True while the structure is frozen."""
        return self._locked

    def set_pages(self, pages: list[QWidget]) -> None:
        """Guard ``pages`` (the presented ones); the lock's state carries over to them."""
        locked = self._locked
        self._unfreeze()
        self._pages = list(pages)
        if locked:
            self._freeze()

    def set_locked(self, locked: bool) -> None:
        """Lock or unlock."""
        if locked == self._locked:
            return
        self._locked = locked
        if locked:
            self._freeze()
        else:
            self._unfreeze()
        self.changed.emit(locked)

    def toggle(self) -> None:
        """Unlock when locked, lock when unlocked."""
        self.set_locked(not self._locked)

    def release(self) -> None:
        """Stop guarding anything (leaving the presentation); the pages are as they were."""
        self._unfreeze()
        self._pages = []
        self._locked = False
        self._stop_filtering()

    # --- freezing -----------------------------------------------------------------------------

    def _freeze(self) -> None:
        self._unfreeze()
        for page in self._pages:
            for view in page.findChildren(QAbstractItemView):
                self._views.append(
                    _ViewState(view, view.dragEnabled(), view.acceptDrops(), view.dragDropMode())
                )
                view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
                view.setDragEnabled(False)
                view.setAcceptDrops(False)
            for chart in page.findChildren(QGraphicsView):
                self._charts.append((chart, chart.isInteractive()))
                chart.setInteractive(False)
            for name in FROZEN_BUTTONS:
                for button in page.findChildren(QWidget, name):
                    self._buttons.append((button, button.isEnabled(), button.isHidden()))
                    button.setEnabled(False)
                    button.hide()
        self._start_filtering()

    def _unfreeze(self) -> None:
        for state in self._views:
            try:
                state.view.setDragDropMode(state.mode)
                state.view.setDragEnabled(state.drag)
                state.view.setAcceptDrops(state.drops)
            except RuntimeError:  # the view went while locked
                continue
        for chart, interactive in self._charts:
            try:
                chart.setInteractive(interactive)
            except RuntimeError:
                continue
        for button, enabled, hidden in self._buttons:
            with contextlib.suppress(RuntimeError):
                button.setEnabled(enabled)
                button.setHidden(hidden)
        self._views.clear()
        self._charts.clear()
        self._buttons.clear()
        self._stop_filtering()

    def _start_filtering(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def _stop_filtering(self) -> None:
        app = QApplication.instance()
        if app is not None and self._filtering:
            app.removeEventFilter(self)
            self._filtering = False

    def _guards(self, obj: QObject) -> bool:
        if not isinstance(obj, QWidget):
            return False
        try:
            return any(page is obj or page.isAncestorOf(obj) for page in self._pages)
        except RuntimeError:  # a page went (the audience view of the step before)
            return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            key = key_of(event)
            if key not in FROZEN_KEYS | COMMAND_KEYS or not self._guards(watched):
                return False
            if key not in COMMAND_KEYS and is_text_input(QApplication.focusWidget()):
                return False  # Delete and Backspace edit the text being typed
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes as a key press (swallowed below), not a command
            else:
                self.refused.emit()
            return True
        if kind == QEvent.Type.ContextMenu and self._guards(watched):
            if isinstance(watched, QWidget) and is_text_input(watched):
                return False
            self.refused.emit()
            return True
        if kind == QEvent.Type.MouseButtonDblClick and self._guards(watched):
            view = watched.parentWidget() if isinstance(watched, QWidget) else None
            if isinstance(view, QAbstractItemView) and view.objectName() not in ENTRY_VIEWS:
                self.refused.emit()  # a double click opens an item's form
                return True
            return False
        drags = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)
        if kind in drags and self._guards(watched):
            event.ignore()
            return True
        return False
