"""The chart's layers: the bars, links, bands and diamonds of the rows in view, painted at once.

A frame at the year scale shows about a hundred bars, links and diamonds. Painted one
item at a time, each costs Python a call into ``paint`` (and Qt a painter state, a
transform and a bounding rect); most of a frame went there. So the thin items only
hit-test, follow the mouse and hold their geometry (flagged ``ItemHasNoContents``), and
two layers paint them from that geometry, grouped by brush and pen: the lower layer the
summary bars, baseline bands, links and bars (in that order, as their stacking was),
the upper layer the milestone diamonds, which sit over the bars. An item the person is
handling (a hovered bar with its link handle, a dragged bar or diamond) paints itself,
between the layers, and the layers leave it out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cluster_planner.ui.gantt import style
from cluster_planner.ui.gantt.bar_item import BAR_Z, BarItem
from cluster_planner.ui.gantt.baseline_item import BASELINE_COLOUR
from cluster_planner.ui.gantt.milestone_item import MILESTONE_Z

if TYPE_CHECKING:
    from cluster_planner.ui.gantt.link_item import LinkItem
    from cluster_planner.ui.gantt.scene import TimelineScene

LOWER_Z = BAR_Z - 0.1  # under a bar that paints itself
UPPER_Z = MILESTONE_Z - 0.1  # over it, under a dragged diamond
EVERYWHERE = QRectF(-1e7, -1e7, 2e7, 2e7)
_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_BASELINE_BRUSH = QBrush(BASELINE_COLOUR)


class _Layer(QGraphicsItem):
    def __init__(self, scene: TimelineScene, z: float) -> None:
        super().__init__()
        self._scene = scene
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return EVERYWHERE

    def shape(self) -> QPainterPath:
        # Nothing to hit: a press, a hover or a tooltip reaches the items themselves, and
        # the chart's empty space stays empty (a drag there pans).
        return QPainterPath()

    def _area(self, painter: QPainter, option: QStyleOptionGraphicsItem) -> QRectF:
        area = QRectF(option.exposedRect)
        if painter.hasClipping():
            clip = painter.clipBoundingRect()
            area = clip if area.isEmpty() else area.intersected(clip)
        return area


class LowerLayer(_Layer):
    """Summary bars, baseline bands, links and bars of the rows in view."""

    def __init__(self, scene: TimelineScene) -> None:
        super().__init__(scene, LOWER_Z)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        area = self._area(painter, option)
        if area.isEmpty():
            return
        scene = self._scene
        left, right = area.left(), area.right()
        rows = scene.rows.rows_between(area.top(), area.bottom())
        keys = scene.rows.keys
        bars_of, summaries_of, ghosts_of = scene._bars, scene._summaries, scene._ghosts
        bars: list[BarItem] = []
        summaries = []
        ghosts = []
        for row in rows:
            kind, ident = keys[row]
            if kind == "objective":
                summary = summaries_of.get(ident)
                if summary is not None and summary._left <= right and summary._right >= left:
                    summaries.append(summary)
                continue
            bar = bars_of.get(ident)
            if (
                bar is not None
                and not bar._live
                and bar._left - 4.0 <= right
                and bar._left + bar._reach >= left
            ):
                bars.append(bar)
            ghost = ghosts_of.get(ident)
            if ghost is not None and ghost._left <= right and ghost._left + ghost._width >= left:
                ghosts.append(ghost)
        painter.setPen(_NO_PEN)
        if summaries:
            painter.setBrush(style.SUMMARY_BRUSH)
            for summary in summaries:
                painter.drawPolygon(summary.scene_polygon())
        if ghosts:
            painter.setBrush(_BASELINE_BRUSH)
            painter.drawRects([ghost.scene_rect() for ghost in ghosts])
        self._paint_links(painter, scene.links_between(rows.start, rows.stop), area)
        if bars:
            self._paint_bars(painter, bars)

    def _paint_links(self, painter: QPainter, links: list[LinkItem], area: QRectF) -> None:
        held: list[LinkItem] = []
        broken: list[LinkItem] = []
        selected = None
        for link in links:
            if not link._bounds.intersects(area):
                continue
            (broken if link._late > 0 else held).append(link)
            if link._selected:
                selected = link
        painter.setBrush(_NO_BRUSH)
        if selected is not None:
            painter.setPen(style.LINK_SELECTED_PEN)
            painter.drawPath(selected._geometry()[0])
        for group, pen, brush in (
            (held, style.LINK_PEN, style.LINK_BRUSH),
            (broken, style.VIOLATED_PEN, style.VIOLATED_BRUSH),
        ):
            if not group:
                continue
            shapes = [link._geometry() for link in group]
            painter.setPen(pen)
            painter.setBrush(_NO_BRUSH)
            if group is held:
                # Solid lines: every straight piece of every link in one call.
                painter.drawLines([line for link in group for line in link._segments])
            else:
                for path, _arrow in shapes:  # dashes run on around the elbows
                    painter.drawPath(path)
            painter.setPen(_NO_PEN)
            painter.setBrush(brush)
            for _path, arrow in shapes:
                painter.drawPolygon(arrow)

    def _paint_bars(self, painter: QPainter, bars: list[BarItem]) -> None:
        chart = bars[0]._chart
        height = chart.bar_height
        band = chart.band_height
        rects = []
        by_fill: dict[int, tuple[QBrush, list[QRectF]]] = {}
        by_hatch: dict[int, tuple[QBrush, list[QRectF]]] = {}
        by_progress: dict[int, tuple[QBrush, list[QRectF]]] = {}
        for bar in bars:
            look = bar._look
            rect = QRectF(bar._left, bar._top, bar._width, height)
            rects.append(rect)
            key = id(look)
            entry = by_fill.get(key)
            if entry is None:
                entry = by_fill[key] = (look.fill, [])
            entry[1].append(rect)
            if look.hatch is not None:
                entry = by_hatch.get(key)
                if entry is None:
                    entry = by_hatch[key] = (look.hatch, [])
                entry[1].append(rect)
            if bar._progress > 0:
                done = bar._width * min(bar._progress, 100) / 100
                entry = by_progress.get(key)
                if entry is None:
                    entry = by_progress[key] = (look.progress, [])
                entry[1].append(QRectF(bar._left, bar._top + height - band, done, band))
        # Bars sit in rows of their own, so painting them layer by layer (fills, hatching,
        # progress, outlines, labels) gives the picture painting them one by one gave.
        painter.setPen(_NO_PEN)
        for group in (by_fill, by_hatch, by_progress):
            for brush, shapes in group.values():
                painter.setBrush(brush)
                painter.drawRects(shapes)
        painter.setPen(style.OUTLINE_PEN)
        painter.setBrush(_NO_BRUSH)
        painter.drawRects(rects)
        labelled = [bar for bar in bars if bar._label]
        if labelled:
            painter.setFont(chart.font)
            text_top = (height - band - chart.metrics.height()) / 2
            by_colour: dict[int, list[BarItem]] = defaultdict(list)
            for bar in labelled:
                if bar._label_inside:
                    look = bar._look
                    if look.hatch is not None:
                        # A plain patch under the text: hatching behind letters is unreadable.
                        box = QRectF(
                            bar._left + bar._label_x - 2,
                            bar._top + 1,
                            bar._label_width + 4,
                            height - band - 1,
                        )
                        painter.fillRect(box, look.fill)
                    by_colour[id(look.text)].append(bar)
                else:
                    by_colour[id(style.INK)].append(bar)
            for same in by_colour.values():
                first = same[0]
                painter.setPen(first._look.text if first._label_inside else style.INK)
                for bar in same:
                    painter.drawStaticText(
                        QPointF(bar._left + bar._label_x, bar._top + text_top), bar.static_label()
                    )
        chosen = [bar for bar in bars if bar._selected]
        if chosen:
            painter.setPen(style.SELECTED_PEN)
            painter.setBrush(_NO_BRUSH)
            for bar in chosen:
                painter.drawRect(QRectF(bar._left - 2, bar._top - 2, bar._width + 4, height + 4))


class UpperLayer(_Layer):
    """The milestone diamonds of the rows in view, over the bars."""

    def __init__(self, scene: TimelineScene) -> None:
        super().__init__(scene, UPPER_Z)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        area = self._area(painter, option)
        if area.isEmpty():
            return
        scene = self._scene
        left, right = area.left() - 12.0, area.right() + 12.0
        keys = scene.rows.keys
        milestones_of = scene._milestones
        shown: list[tuple[bool, QPolygonF]] = []
        for row in scene.rows.rows_between(area.top(), area.bottom()):
            kind, ident = keys[row]
            if kind != "action":
                continue
            items = milestones_of.get(ident)
            if not items:
                continue
            for item in items.values():
                if item._drag is None and left <= item._x <= right:
                    shown.append((item.done, item.scene_polygon()))
        painter.setPen(style.MILESTONE_PEN)
        brush_done = None
        for done, polygon in shown:  # in the order they were made: close diamonds overlap
            if done is not brush_done:
                brush_done = done
                painter.setBrush(style.MILESTONE_DONE if done else style.MILESTONE_OPEN)
            painter.drawPolygon(polygon)
