"""Bars of the timeline: one per dated action, and a summary bar per objective.

A bar paints itself and follows the mouse while it is dragged; on release it asks its
editor (the scene) to reschedule the action. It never touches the plan itself.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QPainter, QPainterPath, QPolygonF, QStaticText
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cluster_planner.domain.timeline import DAY, TimeGrid, next_unit, unit_start
from cluster_planner.ui.gantt import style

if TYPE_CHECKING:
    from cluster_planner.ui.gantt.style import BarLook, ChartLook

BAR_Z = 2.0
SUMMARY_Z = 1.0

GRIP = 6.0  # how near an end (in pixels) a press resizes instead of moving
GRIP_OUTSIDE = 4.0  # the grip also reaches this far beyond the bar
HANDLE_RADIUS = 4.5
HANDLE_OFFSET = 8.0  # from the bar's right end to the link handle's centre
LABEL_PADDING = 4.0
LABEL_GAP = HANDLE_OFFSET + HANDLE_RADIUS + 3.0  # outside labels clear the link handle
MAX_OUTSIDE_LABEL = 480.0
DRAG_THRESHOLD = 3.0  # pixels the mouse must travel before a press becomes a drag
MARGIN = 4.0  # around the bar, for the selection outline and the grips


class DragMode(Enum):
    """What a press on a bar does when the mouse moves."""

    MOVE = "move"
    RESIZE_START = "resize_start"
    RESIZE_END = "resize_end"
    LINK = "link"


def dragged_dates(
    grid: TimeGrid, mode: DragMode, start: dt.date, end: dt.date, dx: float
) -> tuple[dt.date, dt.date]:
    """The dates of a bar from ``start`` to ``end`` dragged ``dx`` pixels, snapped to the grid.

    A move snaps the start and keeps the length in days; a resize snaps the end it
    drags and never passes the other end (a bar keeps at least one snap unit).
    """
    left, right = grid.span(start, end)
    if mode is DragMode.MOVE:
        new_start = grid.snap_x(left + dx)
        return new_start, new_start + (end - start)
    if mode is DragMode.RESIZE_START:
        new_start = grid.snap_x(left + dx)
        if new_start > end:
            new_start = unit_start(end, grid.snap_unit)
        return new_start, end
    boundary = grid.snap_x(right + dx)
    if boundary <= start:
        boundary = next_unit(start, grid.snap_unit)
    return start, boundary - DAY


class BarEditor(Protocol):
    """What a bar asks of the scene it lives in."""

    @property
    def grid(self) -> TimeGrid:
        """The grid that turns dates into x."""
        ...

    @property
    def editable(self) -> bool:
        """False when the plan is read-only: bars then only select."""
        ...

    @property
    def label_limit(self) -> float:
        """The x beyond which no label is drawn."""
        ...

    def bar_pressed(self, bar: BarItem) -> None:
        """The person pressed ``bar``: select its action."""

    def bar_tooltip(self, bar: BarItem) -> str:
        """The tooltip of ``bar``'s action."""
        ...

    def drag_started(self, item: BarItem) -> None:
        """A drag of ``item`` began (Escape cancels it)."""

    def drag_moved(self, item: BarItem, start: dt.date, end: dt.date) -> None:
        """The dragged ``item`` now shows ``start`` to ``end``."""

    def drag_finished(self, item: BarItem) -> None:
        """The drag of ``item`` ended, dropped or cancelled."""

    def bar_dropped(self, bar: BarItem, start: dt.date, end: dt.date) -> None:
        """The person dropped ``bar`` at new dates: ask the plan to reschedule it."""

    def link_dragged(self, bar: BarItem, scene_pos: QPointF) -> None:
        """A new link from ``bar`` is being drawn to ``scene_pos``."""

    def link_dropped(self, bar: BarItem, scene_pos: QPointF) -> None:
        """A new link from ``bar`` was dropped at ``scene_pos``."""


@dataclass(slots=True)
class _Drag:
    mode: DragMode
    press: QPointF
    start: dt.date
    end: dt.date
    started: bool = False


def repaint_area(item: QGraphicsItem, bounds: QRectF, left: float = 0.0, top: float = 0.0) -> None:
    """Repaint where ``item`` (painted by the chart's layers) shows: ``bounds`` at (left, top).

    Not while the scene places rows after a zoom or a scroll (``placing``): it repaints
    what that shows itself, at once.
    """
    scene = item.scene()
    if scene is not None and not getattr(scene, "placing", False):
        scene.update(bounds.translated(left, top))


NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


class BarItem(QGraphicsItem):
    """One dated action: a filled, hatched, outlined bar with its progress and label.

    The chart's lower layer paints the bar (see ``layer``); the bar paints itself only
    while the person handles it (hovered, with its link handle, or dragged).
    """

    def __init__(
        self,
        editor: BarEditor,
        chart: ChartLook,
        action_id: int,
        start: dt.date,
        end: dt.date,
        row_top: float,
        text: str,
        progress: int,
        look: BarLook,
    ) -> None:
        super().__init__()
        self.action_id = action_id
        self.start = start
        self.end = end
        self._editor = editor
        self._chart = chart
        self._top = row_top + chart.bar_top
        self._text = text
        self._text_width = chart.metrics.horizontalAdvance(text) if chart.labels else 0.0
        self._progress = progress
        self._look = look
        self._width = 1.0
        self._left = 0.0
        self._reach = 0.0  # from the left end to the right of the label or the handle
        self._live = False  # True while the bar paints itself rather than the layer
        self._label = ""
        self._static: QStaticText | None = None
        self._label_x = 0.0
        self._label_width = 0.0
        self._label_inside = False
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._selected = False
        self._hovered = False
        self._zone: DragMode | None = None
        self._drag: _Drag | None = None
        self.setZValue(BAR_Z)
        self.setAcceptHoverEvents(True)
        self.setFlag(NO_CONTENTS, True)
        left, right = editor.grid.span(start, end)
        self._set_span(left, right)

    # --- state the scene sets ----------------------------------------------------------

    @property
    def look(self) -> BarLook:
        """The colour and pattern the bar is painted with."""
        return self._look

    @property
    def text(self) -> str:
        """The code and title of the action."""
        return self._text

    @property
    def label(self) -> str:
        """The text the bar shows ('' when none fits); see ``label_inside``."""
        return self._label

    @property
    def label_inside(self) -> bool:
        """True when the label is drawn inside the bar, False when beside it."""
        return self._label_inside

    @property
    def progress(self) -> int:
        """The action's progress in percent."""
        return self._progress

    @property
    def dragging(self) -> bool:
        """True while the person drags the bar."""
        return self._drag is not None and self._drag.started

    def bar_rect(self) -> QRectF:
        """The bar's rectangle in scene coordinates."""
        return QRectF(self._left, self._top, self._width, self._chart.bar_height)

    def handle_pos(self) -> QPointF:
        """The centre of the link handle, in scene coordinates."""
        return QPointF(
            self.pos().x() + self._width + HANDLE_OFFSET, self._top + self._chart.bar_height / 2
        )

    def set_data(self, start: dt.date, end: dt.date, text: str, progress: int) -> None:
        """Show new dates, label text or progress (after the plan changed)."""
        if text != self._text:
            self._text = text
            self._text_width = (
                self._chart.metrics.horizontalAdvance(text) if self._chart.labels else 0.0
            )
        self.start, self.end = start, end
        self._progress = progress
        self._drag = None
        self._sync_live()
        self.relayout()
        self._repaint()

    def set_look(self, look: BarLook) -> None:
        """Paint the bar with another colour and pattern."""
        if look is not self._look:
            self._look = look
            self._repaint()

    def set_selected(self, selected: bool) -> None:
        """Draw or remove the selection outline."""
        if selected != self._selected:
            self._selected = selected
            self._repaint()

    def set_row_top(self, row_top: float) -> None:
        """Move the bar to the row starting at ``row_top``."""
        top = row_top + self._chart.bar_top
        if top != self._top:
            self._repaint_area()
            self._top = top
            self.setPos(self._left, top)
            self._repaint_area()

    def relayout(self) -> None:
        """Place the bar again from its dates (after the grid or the dates changed)."""
        left, right = self._editor.grid.span(self.start, self.end)
        self._set_span(left, right)

    def cancel_drag(self) -> None:
        """Drop the drag under way and go back to the action's dates."""
        drag, self._drag = self._drag, None
        self._sync_live()
        if drag is None or not drag.started:
            return
        if drag.mode is not DragMode.LINK:
            self.relayout()
        self._editor.drag_finished(self)

    # --- who paints ----------------------------------------------------------------------

    def _sync_live(self) -> None:
        """Paint the bar itself while it is hovered or pressed, else leave it to the layer."""
        live = self._hovered or self._drag is not None
        if live != self._live:
            self._live = live
            self.setFlag(NO_CONTENTS, not live)
            repaint_area(self, self._bounds, self._left, self._top)

    def _repaint(self) -> None:
        if self._live:
            self.update()
        else:
            self._repaint_area()

    def _repaint_area(self) -> None:
        if not self._live:
            repaint_area(self, self._bounds, self._left, self._top)

    def static_label(self) -> QStaticText:
        """The label laid out once and kept between frames (panning redraws it many times)."""
        if self._static is None or self._static.text() != self._label:
            self._static = QStaticText(self._label)
            self._static.setTextFormat(Qt.TextFormat.PlainText)
            self._static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
        return self._static

    # --- geometry ----------------------------------------------------------------------

    def _set_span(self, left: float, right: float) -> None:
        self._repaint_area()
        self.prepareGeometryChange()
        self._width = max(right - left, 1.0)
        self._layout_label(right)
        height = self._chart.bar_height
        reach = self._width + HANDLE_OFFSET + HANDLE_RADIUS + 2.0
        if self._label and not self._label_inside:
            reach = max(reach, self._label_x + self._label_width + 1.0)
        self._bounds = QRectF(-MARGIN, -MARGIN, reach + MARGIN, height + 2 * MARGIN)
        self._reach = reach
        self._shape = None
        self._left = left
        self.setPos(left, self._top)
        self._repaint_area()

    def _layout_label(self, right: float) -> None:
        self._label = ""
        self._label_inside = False
        if not self._text_width:
            return
        inside = self._width - 2 * LABEL_PADDING
        self._label_width = self._text_width
        if self._text_width <= inside:
            self._label, self._label_inside, self._label_x = self._text, True, LABEL_PADDING
            return
        outside = min(self._editor.label_limit - right - LABEL_GAP, MAX_OUTSIDE_LABEL)
        if self._text_width <= outside:
            self._label, self._label_x = self._text, self._width + LABEL_GAP
            return
        # Too long for either place: shorten it where there is more room, if the code still fits.
        room = max(inside, outside)
        code = self._text.split(" ", 1)[0]
        metrics = self._chart.metrics
        if room < metrics.horizontalAdvance(code + " …"):
            return
        self._label = metrics.elidedText(self._text, Qt.TextElideMode.ElideRight, room)
        self._label_width = metrics.horizontalAdvance(self._label)
        self._label_inside = room == inside
        self._label_x = LABEL_PADDING if self._label_inside else self._width + LABEL_GAP

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            path = QPainterPath()
            path.addRect(
                QRectF(-GRIP_OUTSIDE, 0, self._width + 2 * GRIP_OUTSIDE, self._chart.bar_height)
            )
            if self._editor.editable:
                centre = QPointF(self._width + HANDLE_OFFSET, self._chart.bar_height / 2)
                path.addEllipse(centre, HANDLE_RADIUS + 2, HANDLE_RADIUS + 2)
            self._shape = path
        return self._shape

    def zone_at(self, pos: QPointF) -> DragMode:
        """What a press at ``pos`` (item coordinates) would do."""
        width = self._width
        x = pos.x()
        if x > width + 2:
            dy = pos.y() - self._chart.bar_height / 2
            dx = x - width - HANDLE_OFFSET
            if dx * dx + dy * dy <= (HANDLE_RADIUS + 2) ** 2:
                return DragMode.LINK
        grip = min(GRIP, width / 4)
        if x < grip:
            return DragMode.RESIZE_START
        if x > width - grip:
            return DragMode.RESIZE_END
        return DragMode.MOVE

    # --- painting ----------------------------------------------------------------------

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        chart = self._chart
        look = self._look
        rect = QRectF(0, 0, self._width, chart.bar_height)
        painter.fillRect(rect, look.fill)
        if look.hatch is not None:
            painter.fillRect(rect, look.hatch)
        if self._progress > 0:
            done = self._width * min(self._progress, 100) / 100
            band = chart.band_height
            painter.fillRect(QRectF(0, chart.bar_height - band, done, band), look.progress)
        painter.setPen(style.OUTLINE_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        if self._label:
            self._paint_label(painter)
        if self._selected:
            painter.setPen(style.SELECTED_PEN)
            painter.drawRect(rect.adjusted(-2, -2, 2, 2))
        if self._hovered and self._editor.editable and self._drag is None:
            painter.setPen(style.HANDLE_PEN)
            painter.setBrush(style.HANDLE_BRUSH)
            centre = QPointF(self._width + HANDLE_OFFSET, chart.bar_height / 2)
            painter.drawEllipse(centre, HANDLE_RADIUS, HANDLE_RADIUS)

    def _paint_label(self, painter: QPainter) -> None:
        chart = self._chart
        height = chart.bar_height - chart.band_height
        box = QRectF(self._label_x, 0, self._label_width, height)
        painter.setFont(chart.font)
        if self._label_inside:
            if self._look.hatch is not None:
                # A plain patch under the text: hatching behind letters makes them unreadable.
                painter.fillRect(box.adjusted(-2, 1, 2, 0), self._look.fill)
            painter.setPen(self._look.text)
        else:
            painter.setPen(style.INK)
        top = (height - chart.metrics.height()) / 2
        painter.drawStaticText(QPointF(box.left(), top), self.static_label())

    # --- the mouse -----------------------------------------------------------------------

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self._sync_live()
        self.setToolTip(self._editor.bar_tooltip(self))
        self._show_zone(event.pos())
        self.update()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._show_zone(event.pos())

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self._zone = None
        self.unsetCursor()
        self.update()
        self._sync_live()

    def _show_zone(self, pos: QPointF) -> None:
        if not self._editor.editable:
            return
        zone = self.zone_at(pos)
        if zone is self._zone:
            return
        self._zone = zone
        self.setCursor(QCursor(_CURSORS[zone]))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._editor.bar_pressed(self)
        event.accept()
        if self._editor.editable:
            mode = self.zone_at(event.pos())
            self._drag = _Drag(mode, event.scenePos(), self.start, self.end)
            self._sync_live()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        delta = event.scenePos() - drag.press
        if not drag.started:
            if abs(delta.x()) < DRAG_THRESHOLD and abs(delta.y()) < DRAG_THRESHOLD:
                return
            drag.started = True
            self._editor.drag_started(self)
            if drag.mode is not DragMode.LINK:
                self.setCursor(QCursor(_DRAG_CURSORS[drag.mode]))
        if drag.mode is DragMode.LINK:
            self._editor.link_dragged(self, event.scenePos())
            return
        start, end = dragged_dates(self._editor.grid, drag.mode, self.start, self.end, delta.x())
        if (start, end) == (drag.start, drag.end):
            return
        drag.start, drag.end = start, end
        self._set_span(*self._editor.grid.span(start, end))
        self._editor.drag_moved(self, start, end)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self._sync_live()
        if drag is None or not drag.started:
            return
        self._zone = None
        self._show_zone(event.pos())
        self._editor.drag_finished(self)
        if drag.mode is DragMode.LINK:
            self._editor.link_dropped(self, event.scenePos())
        elif (drag.start, drag.end) != (self.start, self.end):
            self._editor.bar_dropped(self, drag.start, drag.end)


_CURSORS = {
    DragMode.MOVE: Qt.CursorShape.OpenHandCursor,
    DragMode.RESIZE_START: Qt.CursorShape.SizeHorCursor,
    DragMode.RESIZE_END: Qt.CursorShape.SizeHorCursor,
    DragMode.LINK: Qt.CursorShape.CrossCursor,
}
_DRAG_CURSORS = {**_CURSORS, DragMode.MOVE: Qt.CursorShape.ClosedHandCursor}


class SummaryBarItem(QGraphicsItem):
    """An objective's span: a thin black bar with end caps, over all its dated actions."""

    def __init__(
        self,
        chart: ChartLook,
        objective_id: int,
        start: dt.date,
        end: dt.date,
        grid: TimeGrid,
        row_top: float,
        tooltip: str,
    ) -> None:
        super().__init__()
        self.objective_id = objective_id
        self.start = start
        self.end = end
        self._chart = chart
        self._width = 1.0
        self._left = 0.0
        self._right = 0.0
        self._y_top = 0.0
        self._polygon: QPolygonF | None = None
        self._bounds = QRectF()
        self._row_top = row_top
        self.setZValue(SUMMARY_Z)
        self.setFlag(NO_CONTENTS, True)  # the chart's lower layer paints it
        self.setToolTip(tooltip)
        self.relayout(grid)

    def set_dates(self, start: dt.date, end: dt.date, grid: TimeGrid) -> None:
        """Cover ``start`` to ``end`` (after the objective's actions changed)."""
        if (start, end) != (self.start, self.end):
            self.start, self.end = start, end
            self.relayout(grid)

    def relayout(self, grid: TimeGrid) -> None:
        """Place the bar again from its dates on ``grid``."""
        left, right = grid.span(self.start, self.end)
        repaint_area(self, self._bounds, self._left, self._y_top)
        self.prepareGeometryChange()
        self._width = max(right - left, 1.0)
        cap = self._cap()
        height = self._chart.summary_height
        self._bounds = QRectF(-1, -1, self._width + 2, height + cap + 2)
        self._move(left)

    def set_row_top(self, row_top: float) -> None:
        """Move to the row starting at ``row_top``."""
        if row_top != self._row_top:
            repaint_area(self, self._bounds, self._left, self._y_top)
            self._row_top = row_top
            self._move(self._left)

    def _move(self, left: float) -> None:
        self._left, self._y_top = left, self._y()
        self._right = left + self._width
        self._polygon = None
        self.setPos(left, self._y_top)
        repaint_area(self, self._bounds, left, self._y_top)

    def bar_rect(self) -> QRectF:
        """The bar (without its caps) in scene coordinates."""
        return QRectF(self._left, self._y_top, self._width, self._chart.summary_height)

    def scene_polygon(self) -> QPolygonF:
        """The bar and its end caps, in scene coordinates."""
        if self._polygon is None:
            self._polygon = self._outline().translated(self._left, self._y_top)
        return self._polygon

    def _outline(self) -> QPolygonF:
        height = self._chart.summary_height
        cap = self._cap()
        width = self._width
        return QPolygonF(
            [
                QPointF(0, 0),
                QPointF(width, 0),
                QPointF(width, height + cap),
                QPointF(width - cap, height),
                QPointF(cap, height),
                QPointF(0, height + cap),
            ]
        )

    def _cap(self) -> float:
        return min(self._chart.summary_height * 1.5, self._width / 2)

    def _y(self) -> float:
        chart = self._chart
        return self._row_top + (chart.row_height - chart.summary_height - self._cap()) / 2

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SUMMARY_BRUSH)
        painter.drawPolygon(self._outline())
