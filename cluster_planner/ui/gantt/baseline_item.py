"""BaselineItem: an action's dates in the last adopted revision, drawn under its bar.

A thin solid band in the gap below the bar, in a dark grey that prints in black and
white: when the bar ends to the right of its band, the action has slipped.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cluster_planner.ui.gantt.bar_item import SUMMARY_Z, repaint_area

if TYPE_CHECKING:
    from cluster_planner.domain.timeline import TimeGrid
    from cluster_planner.ui.gantt.style import ChartLook

BASELINE_Z = SUMMARY_Z + 0.5  # over the summary bars, under the action bars and links
BASELINE_COLOUR = QColor("#4D4D4D")


class BaselineItem(QGraphicsItem):
    """The adopted dates of one action: a band in the gap under its bar."""

    def __init__(
        self, chart: ChartLook, start: dt.date, end: dt.date, row_top: float, grid: TimeGrid
    ) -> None:
        super().__init__()
        self._chart = chart
        self.start, self.end = start, end
        self._width = 1.0
        self._height = max(2.0, chart.row_height - chart.bar_top - chart.bar_height - 1.0)
        self._row_top = row_top
        self._left = 0.0
        self.setZValue(BASELINE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # The chart's lower layer paints the band (see ``layer``).
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.relayout(grid)

    def relayout(self, grid: TimeGrid) -> None:
        """Place the band again from its dates on ``grid``."""
        left, right = grid.span(self.start, self.end)
        self._repaint_area()
        self.prepareGeometryChange()
        self._width = max(right - left, 1.0)
        self._left = left
        self.setPos(left, self._y())
        self._repaint_area()

    def set_row_top(self, row_top: float) -> None:
        """Move to the row starting at ``row_top``."""
        if row_top != self._row_top:
            self._repaint_area()
            self._row_top = row_top
            self.setPos(self._left, self._y())
            self._repaint_area()

    def scene_rect(self) -> QRectF:
        """The band in scene coordinates."""
        return QRectF(self._left, self._y(), self._width, self._height)

    def _repaint_area(self) -> None:
        repaint_area(self, QRectF(0, 0, self._width, self._height), self._left, self._y())

    def _y(self) -> float:
        return self._row_top + self._chart.bar_top + self._chart.bar_height + 0.5

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.fillRect(QRectF(0, 0, self._width, self._height), BASELINE_COLOUR)
