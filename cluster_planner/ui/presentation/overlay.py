"""Widgets that float over a presented window: pinned to a corner or along the foot."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

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


class CornerClearance(QObject):
    """Keeps what a page cannot have covered (the timeline's calendar) clear of a corner
    widget (the timer): the page shown is told the corner's bottom edge, in its own
    coordinates, whenever the corner shows, moves or grows, and None when it goes.

    A page takes part by having ``keep_clear_of(bottom: int | None)``.
    """

    def __init__(self, corner: QWidget, page: Callable[[], QWidget | None]) -> None:
        super().__init__(corner)
        self._corner = corner
        self._page = page
        self._told: QWidget | None = None  # the page told last
        corner.installEventFilter(self)

    def update(self) -> None:
        """Tell the page shown where the corner ends (None when it is hidden); a page told
        before and no longer shown is told None."""
        page = self._page()
        if self._told is not None and self._told is not page:
            with contextlib.suppress(RuntimeError):  # a page deleted meanwhile
                earlier = getattr(self._told, "keep_clear_of", None)
                if callable(earlier):
                    earlier(None)
        self._told = page
        keep_clear_of = getattr(page, "keep_clear_of", None)
        if page is None or not callable(keep_clear_of):
            return
        if not self._corner.isVisible():
            keep_clear_of(None)
            return
        window = self._corner.parentWidget()
        if window is None:
            return
        bottom = self._corner.geometry().bottom()
        keep_clear_of(page.mapFrom(window, QPoint(0, bottom)).y())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Move, QEvent.Type.Resize)
        if watched is self._corner and event.type() in kinds:
            self.update()
        return False
