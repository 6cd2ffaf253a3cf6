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
from cluster_planner.ui.gantt.bar_item import repaint_area

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
        self._x = 0.0
        self._polygon: QPolygonF | None = None
        self.setZValue(MILESTONE_Z)
        self.setAcceptHoverEvents(True)
        # The chart's upper layer paints the diamond, except while it is pressed or dragged.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self._place(milestone_x(editor.grid, day))

    @property
    def dragging(self) -> bool:
        """True while the person drags the diamond."""
        return self._drag is not None and self._drag[2]

    def set_data(self, day: dt.date, done: bool) -> None:
        """Show a new date or done state (after the plan changed)."""
        self.day = day
        if done != self.done:
            self.done = done
            self._repaint_area()
        self._set_drag(None)
        self.relayout()

    def set_row_top(self, row_top: float) -> None:
        """Move to the row starting at ``row_top``."""
        centre_y = row_top + self._chart.bar_top + self._chart.bar_height
        if centre_y != self._centre_y:
            self._repaint_area()
            self._centre_y = centre_y
            self._place(self._x)

    def relayout(self) -> None:
        """Place the diamond again from its date (after the grid changed)."""
        self._place(milestone_x(self._editor.grid, self.day))

    def _place(self, x: float) -> None:
        self._repaint_area()
        self._x = x
        self._polygon = None
        self.setPos(x, self._centre_y)
        self._repaint_area()

    def _repaint_area(self) -> None:
        """Repaint where the layer shows the diamond (Qt repaints it while it paints itself)."""
        if self._drag is None:
            repaint_area(self, self._bounds, self._x, self._centre_y)

    def _set_drag(self, drag: tuple[float, dt.date, bool] | None) -> None:
        if (drag is None) != (self._drag is None):
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, drag is None)
            scene = self.scene()
            if scene is not None:
                scene.update(self._bounds.translated(self._x, self._centre_y))
        self._drag = drag

    def scene_polygon(self) -> QPolygonF:
        """The diamond in scene coordinates."""
        if self._polygon is None:
            self._polygon = self._diamond().translated(self._x, self._centre_y)
        return self._polygon

    def _diamond(self) -> QPolygonF:
        half = self._half
        return QPolygonF([QPointF(0, -half), QPointF(half, 0), QPointF(0, half), QPointF(-half, 0)])

    def cancel_drag(self) -> None:
        """Drop the drag under way and go back to the milestone's date."""
        drag = self._drag
        self._set_drag(None)
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
        painter.setPen(style.MILESTONE_PEN)
        painter.setBrush(style.MILESTONE_DONE if self.done else style.MILESTONE_OPEN)
        painter.drawPolygon(self._diamond())

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
            self._set_drag((event.scenePos().x(), self.day, False))

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
            self._place(milestone_x(self._editor.grid, day))
            self._editor.milestone_moved(self, day)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag = self._drag
        self._set_drag(None)
        if drag is None or not drag[2]:
            return
        self._editor.drag_finished(self)
        if drag[1] != self.day:
            self._editor.milestone_dropped(self, drag[1])
