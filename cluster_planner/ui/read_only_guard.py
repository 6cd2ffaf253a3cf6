"""Make every editor of a read-only plan's view read-only, including the ones built later.

Pages build their tabs and forms lazily, so the guard watches the widgets as Qt
polishes them (once, before they are first shown) rather than walking them once.
Widgets that only change what is shown (a filter, a colour choice) carry the
property ``view_control`` and stay usable.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QTextEdit,
    QToolButton,
    QWidget,
)

from cluster_planner.ui.fixed_ticks import ItemDelegate

VIEW_CONTROL = "view_control"


def mark_view_control(widget: QWidget) -> None:
    """Say that ``widget`` only changes the view, so it stays usable in a read-only plan."""
    widget.setProperty(VIEW_CONTROL, True)


def make_read_only(widget: QWidget) -> None:
    """Stop ``widget`` from editing anything (text stays selectable and copyable)."""
    if widget.property(VIEW_CONTROL):
        return
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        widget.setReadOnly(True)
        if isinstance(widget, QAbstractSpinBox):
            widget.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        # The style sheet draws read-only fields on the window's grey, without a frame
        # that invites typing; it reads the property when the widget is polished again.
        widget.style().unpolish(widget)
        widget.style().polish(widget)
    elif isinstance(widget, QAbstractItemView):
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        if type(widget.itemDelegate()) is QStyledItemDelegate:  # Qt's own: grey its ticks
            widget.setItemDelegate(ItemDelegate(widget))
        widget.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        widget.setAcceptDrops(False)
    elif isinstance(widget, (QComboBox, QAbstractSlider)) or (
        isinstance(widget, QAbstractButton)
        and widget.isCheckable()
        and not isinstance(widget, (QPushButton, QToolButton))
    ):
        widget.setEnabled(False)


class ReadOnlyGuard(QObject):
    """Makes the editors inside ``root`` read-only as they appear."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self._root = root
        self.cover(root)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        root.destroyed.connect(self._remove)

    def cover(self, widget: QWidget) -> None:
        """Make ``widget`` and everything in it read-only now (a page built off-screen
        polishes some of its widgets before it joins the view)."""
        make_read_only(widget)
        for child in widget.findChildren(QWidget):
            make_read_only(child)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QWidget)
            and self._root.isAncestorOf(watched)
        ):
            make_read_only(watched)
        return False

    def _remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
