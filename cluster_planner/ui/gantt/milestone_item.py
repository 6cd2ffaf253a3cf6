"""Milestones of the timeline: a diamond on its day in its action's row, dragged to move it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QPainter, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cluster_planner.domain.timeline import TimeGrid
from cluster_planner.ui.gantt import style

if TYPE_CHECKING:
    from cluster_planner.ui.gantt.style import ChartLook

MILESTONE_Z = 3.0
DRAG_THRESHOLD = 3.0


def milestone_x(grid: TimeGrid, day: dt.date) -> float:
    """Where the diamond of a milestone on ``day`` is centred: the middle of the day."""
    return grid.x(day) + grid.day_width / 2


def dragged_day(grid: TimeGrid, day: dt.date, dx: float) -> dt.date:
    """The day of a milestone on ``day`` dragged ``dx`` pixels, snapped to the grid's unit."""
    return grid.snap_x(grid.x(day) + dx)


class MilestoneEditor(Protocol):
    """What a milestone asks of the scene it lives in."""

    @property
    def grid(self) -> TimeGrid:
        """The grid that turns dates into x."""
        ...

    @property
    def editable(self) -> bool:
        """False when the plan is read-only: milestones then only select their action."""
        ...

    def milestone_pressed(self, item: MilestoneItem) -> None:
        """The person pressed ``item``: select its action."""

    def milestone_tooltip(self, item: MilestoneItem) -> str:
        """The tooltip of ``item``."""
        ...

    def drag_started(self, item: MilestoneItem) -> None:
        """A drag of ``item`` began (Escape cancels it)."""

    def milestone_moved(self, item: MilestoneItem, day: dt.date) -> None:
        """The dragged ``item`` now shows ``day``."""

    def drag_finished(self, item: MilestoneItem) -> None:
        """The drag of ``item`` ended, dropped or cancelled."""

    def milestone_dropped(self, item: MilestoneItem, day: dt.date) -> None:
        """The person dropped ``item`` on ``day``: ask the plan to move the milestone."""


class MilestoneItem(QGraphicsItem):
    """A diamond, filled when the milestone is done and open when it is still ahead."""

    def __init__(
        self,
        editor: MilestoneEditor,
        chart: ChartLook,
        milestone_id: int,
        action_id: int,
        day: dt.date,
        done: bool,
        row_top: float,
    ) -> None:
        super().__init__()
        self.milestone_id = milestone_id
        self.action_id = action_id
        self.day = day
        self.done = done
        self._editor = editor
        self._half = chart.milestone_size / 2
        self._centre_y = row_top + chart.bar_top + chart.bar_height
        self._chart = chart
        half = self._half
        self._bounds = QRectF(-half - 1.5, -half - 1.5, 2 * half + 3, 2 * half + 3)
        self._drag: tuple[float, dt.date, bool] | None = None  # press x, shown day, started
        self.setZValue(MILESTONE_Z)
        self.setAcceptHoverEvents(True)
        self.setPos(milestone_x(editor.grid, day), self._centre_y)

    @property
    def dragging(self) -> bool:
        """True while the person drags the diamond."""
        return self._drag is not None and self._drag[2]

    def set_data(self, day: dt.date, done: bool) -> None:
        """Show a new date or done state (after the plan changed)."""
        self.day = day
        if done != self.done:
            self.done = done
            self.update()
        self._drag = None
        self.relayout()

    def set_row_top(self, row_top: float) -> None:
        """Move to the row starting at ``row_top``."""
        self._centre_y = row_top + self._chart.bar_top + self._chart.bar_height
        self.setPos(self.pos().x(), self._centre_y)

    def relayout(self) -> None:
        """Place the diamond again from its date (after the grid changed)."""
        self.setPos(milestone_x(self._editor.grid, self.day), self._centre_y)

    def cancel_drag(self) -> None:
        """Drop the drag under way and go back to the milestone's date."""
        drag, self._drag = self._drag, None
        if drag is not None and drag[2]:
            self.relayout()
            self._editor.drag_finished(self)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        half = self._half
        painter.setPen(style.MILESTONE_PEN)
        painter.setBrush(style.MILESTONE_DONE if self.done else style.MILESTONE_OPEN)
        painter.drawPolygon(
            QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)])
        )

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self._editor.milestone_tooltip(self))
        if self._editor.editable and not self.hasCursor():
            self.setCursor(QCursor(Qt.CursorShape.SizeHorCursor))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._editor.milestone_pressed(self)
        event.accept()
        if self._editor.editable:
            self._drag = (event.scenePos().x(), self.day, False)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag is None:
            return
        press_x, shown, started = self._drag
        dx = event.scenePos().x() - press_x
        if not started:
            if abs(dx) < DRAG_THRESHOLD:
                return
            self._editor.drag_started(self)
        day = dragged_day(self._editor.grid, self.day, dx)
        self._drag = (press_x, day, True)
        if day != shown or not started:
            self.setPos(milestone_x(self._editor.grid, day), self._centre_y)
            self._editor.milestone_moved(self, day)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag[2]:
            return
        self._editor.drag_finished(self)
        if drag[1] != self.day:
            self._editor.milestone_dropped(self, drag[1])
