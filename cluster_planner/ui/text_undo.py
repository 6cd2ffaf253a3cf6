"""Ctrl+Z in a text field: the field's own typing first, then the plan's last change.

Qt's text fields take Ctrl+Z (and Ctrl+Shift+Z) for themselves whenever they are
editable, even with nothing of their own to undo, so in an empty line the key did
nothing while Edit ▸ Undo named a change. The rule here: a field undoes its own typing
while it has typing to undo; otherwise the key goes to Edit ▸ Undo (Redo), the plan's.
A line whose text has gone into the plan (a card captured, a field saved with Enter)
forgets that typing, so Ctrl+Z right after undoes the plan's change rather than putting
the text back into the line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _text_of(widget: QObject) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    """The text editor behind ``widget`` (a spin box's or an editable combo's line)."""
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox):
        return widget.findChild(QLineEdit)
    if isinstance(widget, QComboBox) and widget.isEditable():
        return widget.lineEdit()
    return None


def _has_own(editor: QLineEdit | QPlainTextEdit | QTextEdit, redo: bool) -> bool:
    if isinstance(editor, QLineEdit):
        return editor.isRedoAvailable() if redo else editor.isUndoAvailable()
    document = editor.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


class TextUndoRouter(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z through to the window's Undo and Redo when the focused
    text field has nothing of its own to undo or redo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        editor = _text_of(watched)
        if editor is None or _has_own(editor, redo):
            return False
        event.ignore()  # not the field's: the shortcut (Edit ▸ Undo or Redo) takes the key
        return True


_router: TextUndoRouter | None = None


def route_text_undo() -> None:
    """Install the rule for the whole application (once)."""
    global _router
    app = QApplication.instance()
    if _router is None and app is not None:
        _router = TextUndoRouter(app)
        app.installEventFilter(_router)


def forget_typing(widget: QWidget) -> None:
    """Keep ``widget``'s text but forget how it was typed: it is in the plan now, and Ctrl+Z
    belongs to the plan's undo."""
    if isinstance(widget, QLineEdit):
        cursor = widget.cursorPosition()
        blocked = widget.blockSignals(True)
        widget.setText(widget.text())  # setting the text clears a line's undo history
        widget.setCursorPosition(cursor)
        widget.blockSignals(blocked)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.document().clearUndoRedoStacks()


def empty_line(line: QLineEdit) -> None:
    """Empty ``line`` after its text went into the plan, forgetting the typing with it."""
    line.setText("")  # unlike clear(), which Ctrl+Z would undo
