"""Dependencies on the timeline: an elbowed line with an arrow head, in warning style if broken."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cluster_planner.ui.gantt import style
from cluster_planner.ui.gantt.bar_item import repaint_area

LINK_Z = 1.5  # above summary bars, below action bars, so a press on a bar's end reaches the bar
ARROW = 6.0
VIOLATED_ARROW = 8.0
HIT_WIDTH = 7.0


class LinkEditor(Protocol):
    """What a link asks of the scene it lives in."""

    def link_pressed(self, item: LinkItem) -> None:
        """The person pressed ``item``: select it (Delete then removes the dependency)."""


class LinkItem(QGraphicsItem):
    """One dependency drawn from its predecessor's bar to its successor's."""

    def __init__(
        self,
        editor: LinkEditor,
        dependency_id: int,
        predecessor_id: int,
        successor_id: int,
        points: Sequence[tuple[float, float]],
        late_days: int,
        tooltip: str,
    ) -> None:
        super().__init__()
        self.dependency_id = dependency_id
        self.predecessor_id = predecessor_id
        self.successor_id = successor_id
        self._editor = editor
        self._late = late_days
        self._selected = False
        self._path: QPainterPath | None = None
        self._segments: list[QLineF] = []  # the path's straight pieces
        self._arrow = QPolygonF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._points: list[tuple[float, float]] = []
        self.setZValue(LINK_Z)
        # The chart's lower layer paints the line (see ``layer``); the item hit-tests it.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.setToolTip(tooltip)
        self.set_points(points)

    @property
    def late_days(self) -> int:
        """How many days too early the successor is placed (0: the dependency holds)."""
        return self._late

    @property
    def violated(self) -> bool:
        """True when the dates break the dependency (drawn in the warning style)."""
        return self._late > 0

    @property
    def selected(self) -> bool:
        """True when the link is selected (Delete removes it)."""
        return self._selected

    def points(self) -> list[tuple[float, float]]:
        """The polyline drawn, in scene coordinates, ending at the arrow's tip."""
        return list(self._points)

    def set_points(self, points: Sequence[tuple[float, float]]) -> None:
        """Follow the bars to a new polyline (from ``link_points``)."""
        self._repaint_area()
        self.prepareGeometryChange()
        self._points = list(points)
        # The path is made when first painted: most links are off screen after a zoom.
        self._path = None
        self._shape = None
        margin = max(style.LINK_SELECTED_PEN.widthF(), VIOLATED_ARROW)
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        left, top = min(xs), min(ys)
        self._bounds = QRectF(
            left - margin, top - margin, max(xs) - left + 2 * margin, max(ys) - top + 2 * margin
        )
        self._repaint_area()

    def _repaint_area(self) -> None:
        if not self._bounds.isEmpty():
            repaint_area(self, self._bounds)

    def _geometry(self) -> tuple[QPainterPath, QPolygonF]:
        if self._path is None:
            points = self._points
            arrow = VIOLATED_ARROW if self._late else ARROW
            (x0, y0), (x1, y1) = points[-2], points[-1]
            direction = 1.0 if x1 >= x0 else -1.0
            # The line stops at the arrow's base, so its end does not poke through the tip.
            base = x1 - direction * arrow
            path = QPainterPath(QPointF(*points[0]))
            for x, y in points[1:-1]:
                path.lineTo(x, y)
            path.lineTo(base if y0 == y1 else x1, y1)
            half = arrow / 2
            self._path = path
            ends = [*points[:-1], (base if y0 == y1 else x1, y1)]
            self._segments = [QLineF(*a, *b) for a, b in pairwise(ends)]
            self._arrow = QPolygonF(
                [QPointF(x1, y1), QPointF(base, y1 - half), QPointF(base, y1 + half)]
            )
        return self._path, self._arrow

    def update_link(
        self, points: Sequence[tuple[float, float]], late_days: int, tooltip: str
    ) -> None:
        """Follow the bars to a new polyline, holding (0) or broken by ``late_days`` days."""
        self.setToolTip(tooltip)
        self._late = late_days
        self.set_points(points)

    def set_selected(self, selected: bool) -> None:
        """Draw or remove the selection highlight."""
        if selected != self._selected:
            self._selected = selected
            self._repaint_area()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path, arrow = self._geometry()
            stroker = QPainterPathStroker()
            stroker.setWidth(HIT_WIDTH)
            shape = stroker.createStroke(path)
            shape.addPolygon(arrow)
            self._shape = shape
        return self._shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        path, arrow = self._geometry()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._selected:
            painter.setPen(style.LINK_SELECTED_PEN)
            painter.drawPath(path)
        violated = self._late > 0
        painter.setPen(style.VIOLATED_PEN if violated else style.LINK_PEN)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.VIOLATED_BRUSH if violated else style.LINK_BRUSH)
        painter.drawPolygon(arrow)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._editor.link_pressed(self)
        event.accept()
