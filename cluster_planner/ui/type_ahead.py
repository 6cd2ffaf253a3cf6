"""Typing in a table finds a row; editing a cell starts only when asked (F2, Enter, a
double-click), as on the SWOT board.

Qt's tables open a cell's editor on any printable key, so a name typed while the table
has the keyboard renames the selected entry, and arrow keys pressed in a date cell move
its date. ``edit_on_request`` turns that off for one view and gives it type-ahead on a
chosen column instead.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class TypeAhead(QObject):
    """Watches one view's keys: Enter edits the current cell, letters find a row.

    Contract: the search matches the start of the text in ``column`` (or, when None, the
    current cell's column), case-insensitively, from the current row on; letters typed
    within the application's keyboard input interval extend the search, and a new search
    starts after the current row so that pressing the same letter again steps through.
    """

    def __init__(self, view: QAbstractItemView, column: int | None = None) -> None:
        super().__init__(view)
        self._view = view
        self.column = column
        self._typed = ""
        self._clock = QElapsedTimer()
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        view = self._view
        if view.state() == QAbstractItemView.State.EditingState:
            return False
        if event.modifiers() & _COMMAND_MODIFIERS:
            self._clock.invalidate()
            return False
        if event.key() in _ENTER_KEYS:
            self._clock.invalidate()
            index = view.currentIndex()
            if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEditable:
                view.edit(index)
                return True
            return False
        text = event.text()
        searching = self._clock.isValid() and (
            self._clock.elapsed() < QApplication.keyboardInputInterval()
        )
        if not text or not text.isprintable() or (text.isspace() and not searching):
            self._clock.invalidate()  # another key ends the search: the next letter starts one
            return False
        self._typed = self._typed + text if searching else text
        self._clock.start()
        self.find(self._typed, continuing=searching)
        return True

    def find(self, typed: str, *, continuing: bool = False) -> bool:
        """Make the first row whose text starts with ``typed`` current; False when none."""
        view = self._view
        model = view.model()
        rows = model.rowCount(view.rootIndex())
        if not rows:
            return False
        current = view.currentIndex()
        column = self.column if self.column is not None else max(current.column(), 0)
        first = current.row() if current.isValid() else 0
        if not continuing and current.isValid():
            first += 1
        wanted = typed.casefold()
        for step in range(rows):
            row = (first + step) % rows
            index = model.index(row, column, view.rootIndex())
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if text.casefold().startswith(wanted):
                self._select(index.siblingAtColumn(max(current.column(), 0)))
                return True
        return False

    def _select(self, index: QModelIndex) -> None:
        view = self._view
        selection = view.selectionModel()
        flags = selection.SelectionFlag.ClearAndSelect
        if view.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= selection.SelectionFlag.Rows
        selection.setCurrentIndex(index, flags)
        view.scrollTo(index)


def edit_on_request(view: QAbstractItemView, column: int | None = None) -> TypeAhead:
    """Give ``view`` type-ahead on ``column`` and edit its cells only on F2, Enter or a
    double-click."""
    return TypeAhead(view, column)
