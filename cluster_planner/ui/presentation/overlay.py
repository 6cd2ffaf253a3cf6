"""Widgets that float over a presented window: pinned to a corner or along the foot."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtWidgets import QWidget


class Pin(QObject):
    """Keeps a floating child widget in its place as the parent or the widget changes size."""

    TOP_RIGHT = "top_right"
    FOOT = "foot"  # along the bottom edge, the parent's width less the margins

    def __init__(
        self, widget: QWidget, place: str, margin: int, area: QWidget | None = None
    ) -> None:
        """``area``: the child of the parent to stay inside (a window's central widget, below
        its menus), or None for the whole parent."""
        super().__init__(widget)
        self._widget = widget
        self._place = place
        self._area = area
        self.margin = margin
        parent = widget.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)
        widget.installEventFilter(self)
        if area is not None:
            area.installEventFilter(self)

    def place(self) -> None:
        """Put the widget in its place now."""
        parent = self._widget.parentWidget()
        if parent is None:
            return
        area = self._area.geometry() if self._area is not None else parent.rect()
        widget, margin = self._widget, self.margin
        if self._place == self.FOOT:
            width = max(100, area.width() - 2 * margin)
            height = widget.heightForWidth(width)
            if height <= 0:
                height = widget.sizeHint().height()
            widget.setGeometry(area.left() + margin, area.bottom() - margin - height, width, height)
        else:
            widget.adjustSize()
            widget.move(QPoint(area.right() - widget.width() - margin, area.top() + margin))
        widget.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show, QEvent.Type.LayoutRequest)
        if event.type() in kinds:
            self.place()
        return False
