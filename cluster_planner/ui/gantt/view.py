"""GanttView: the tree of objectives and actions beside the chart, with zoom, scroll and exports.

The tree (left) and the chart (right) show the same rows: the chart's ``RowLayout``
is the tree's visible rows in order, with the tree's row height, and one vertical
scroll bar drives both. Zooming changes the ``TimeGrid`` (the scene moves its items),
never the view's transform, so text and lines stay sharp at every zoom.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import math
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QItemSelectionModel,
    QLineF,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGraphicsView,
    QHeaderView,
    QSizePolicy,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.entities import Action
from cluster_planner.domain.text import isolate
from cluster_planner.domain.timeline import (
    NOMINAL_DAY_WIDTH,
    RowKey,
    RowLayout,
    Scale,
    TimeGrid,
    Unit,
    fit_grid,
    next_unit,
    plan_span,
    unit_start,
)
from cluster_planner.exports.files import write_whole
from cluster_planner.ui.action_tree_model import COLUMNS, ID_ROLE, ActionTreeModel
from cluster_planner.ui.formats import format_date
from cluster_planner.ui.gantt.header import TODAY_COLOUR, TimeHeader, tr
from cluster_planner.ui.gantt.scene import TimelineScene
from cluster_planner.ui.gantt.style import OUTLINE_PEN, bar_look

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession

ZOOM_STEP = 1.4  # one zoom command, or one notch of Ctrl+wheel
MIN_DAY_WIDTH = 0.05  # a year is 18 px
MAX_DAY_WIDTH = 80.0
_MARGIN = dt.timedelta(days=92)  # room before and after the plan for dragging
_EXPORT_PIXELS = 64_000_000  # device pixels of a PNG export at most (256 MB in memory)
_EXPORT_SIDE = 16_384  # pixels a side at most (what viewers, browsers and Word show)
LegendEntry = tuple[str, str, str]  # label, colour, pattern name


def _css_fonts(svg: str) -> str:
    """The SVG with each font named as CSS names fonts: Qt writes the font's own family,
    which may be a fontconfig alias ("Sans Serif") no browser knows; the real family is
    named instead, followed by the generic family."""

    def named(match: re.Match[str]) -> str:
        family = match.group(1).strip().strip("'\"")
        real = QFontInfo(QFont(family)).family() if family else ""
        if not real or real.casefold() in _ALIASES:
            real = "Noto Sans"
        return f'font-family="{html.escape(real, quote=True)}, sans-serif"'

    return re.sub(r'font-family="([^"]*)"', named, svg)


_ALIASES = {"sans serif", "sans", "sans-serif", "serif", "monospace", "system-ui"}


class ChartTooLarge(Exception):
    """The chart is too big for a picture at a readable resolution."""

    def __init__(self, width: int, height: int) -> None:
        super().__init__(f"{width} × {height} pixels")
        self.width = width
        self.height = height


# --- painting shared by the screen and the exports -----------------------------------------------


def _mixed(base: QColor, ink: QColor, amount: float) -> QColor:
    """``base`` with ``amount`` of ``ink`` in it, opaque."""
    return QColor.fromRgbF(
        base.redF() + (ink.redF() - base.redF()) * amount,
        base.greenF() + (ink.greenF() - base.greenF()) * amount,
        base.blueF() + (ink.blueF() - base.blueF()) * amount,
    )


def paint_background(
    painter: QPainter, rect: QRectF, grid: TimeGrid, rows: RowLayout, palette: QPalette
) -> None:
    """Row shading, weekend shading (week scale) and unit lines in the scene ``rect``.

    Every colour is opaque: the raster engine blends a translucent full-height line or
    column twenty times slower, which would cost a frame its budget.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    base = palette.color(QPalette.ColorRole.Base)
    ink = palette.color(QPalette.ColorRole.Text)
    painter.fillRect(rect, base)
    alternate = palette.color(QPalette.ColorRole.AlternateBase)
    height = rows.row_height
    left, width = rect.left(), rect.width()
    shaded = [
        QRectF(left, row * height, width, height)
        for row in rows.rows_between(rect.top(), rect.bottom())
        if row % 2
    ]
    if shaded:  # one call for every shaded row in view
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(alternate)
        painter.drawRects(shaded)
    if grid.scale is Scale.WEEK and grid.day_width >= 2:
        weekend = _mixed(base, ink, 0.06)
        saturday = grid.date_at(rect.left())
        saturday -= dt.timedelta(days=(saturday.weekday() - 5) % 7)
        last = grid.date_at(rect.right())
        while saturday <= last:
            left = grid.x(saturday)
            painter.fillRect(QRectF(left, rect.top(), 2 * grid.day_width, rect.height()), weekend)
            saturday += dt.timedelta(days=7)
    weak, strong = _unit_lines(grid, grid.date_at(rect.left()), grid.date_at(rect.right()))
    top, bottom = rect.top(), rect.bottom()
    for colour, xs in ((_mixed(base, ink, 0.12), weak), (_mixed(base, ink, 0.3), strong)):
        if not xs:
            continue
        pen = QPen(colour)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawLines([QLineF(x, top, x, bottom) for x in xs])
    painter.restore()


@functools.lru_cache(maxsize=16)
def _unit_lines(
    grid: TimeGrid, first: dt.date, last: dt.date
) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """The x of the lower unit's lines and of the upper unit's (stronger) lines, first to last.

    Kept for the last few grids and spans: scrolling down shows the same columns again.
    """
    upper, lower = grid.header_units()
    bounds = grid.ticks(first, last, upper)
    strong = {tick.day for tick in bounds}
    weak = [tick for tick in grid.ticks(first, last, lower) if tick.day not in strong]
    return (
        tuple(round(tick.x) + 0.5 for tick in weak),
        tuple(round(tick.x) + 0.5 for tick in bounds),
    )


def today_x(grid: TimeGrid, today: dt.date) -> float:
    """Where the today line runs: the middle of today."""
    return grid.x(today) + grid.day_width / 2


def paint_today(painter: QPainter, rect: QRectF, grid: TimeGrid, today: dt.date | None) -> None:
    """The today line, when it crosses the scene ``rect``."""
    if today is None:
        return
    x = today_x(grid, today)
    if not rect.left() - 2 <= x <= rect.right() + 2:
        return
    painter.save()
    pen = QPen(QColor(TODAY_COLOUR), 2)
    pen.setCosmetic(True)
    painter.setPen(pen)
    painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
    painter.restore()


def legend_layout(
    entries: Sequence[LegendEntry], width: float, metrics: QFontMetricsF
) -> list[tuple[QRectF, QRectF, LegendEntry]]:
    """Where each legend entry's swatch and label go, wrapping lines at ``width``."""
    line_height = metrics.height() + 6
    swatch = QSizeF(metrics.height() * 1.8, metrics.height())
    x, y = 0.0, 3.0
    placed = []
    for entry in entries:
        needed = swatch.width() + 6 + metrics.horizontalAdvance(entry[0]) + 18
        if x > 0 and x + needed > width:
            x, y = 0.0, y + line_height
        box = QRectF(QPointF(x, y), swatch)
        text = QRectF(x + swatch.width() + 6, y - 3, needed - swatch.width() - 6, line_height)
        placed.append((box, text, entry))
        x += needed
    return placed


def legend_height(entries: Sequence[LegendEntry], width: float, metrics: QFontMetricsF) -> float:
    """The height the legend needs at ``width``."""
    placed = legend_layout(entries, width, metrics)
    return placed[-1][1].bottom() if placed else 0.0


def paint_legend(
    painter: QPainter,
    entries: Sequence[LegendEntry],
    width: float,
    font: QFont,
    text_colour: QColor,
) -> None:
    """Each entry's colour and pattern in a swatch, then its label, from (0, 0)."""
    painter.save()
    painter.setFont(font)
    for box, text, (label, colour, pattern) in legend_layout(entries, width, QFontMetricsF(font)):
        look = bar_look(colour, pattern)  # the bars' own fill and hatching
        painter.fillRect(box, look.fill)
        if look.hatch is not None:
            painter.fillRect(box, look.hatch)
        painter.setPen(OUTLINE_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(box)
        painter.setPen(text_colour)
        painter.drawText(
            text, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), label
        )
    painter.restore()


class LegendStrip(QWidget):
    """What the bars' colours and patterns mean, in one or more lines under the chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_legend")
        self._entries: list[LegendEntry] = []
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @property
    def entries(self) -> list[LegendEntry]:
        """The (label, colour, pattern) entries shown."""
        return list(self._entries)

    def set_entries(self, entries: Sequence[LegendEntry]) -> None:
        """Show ``entries``."""
        entries = list(entries)
        if entries != self._entries:
            self._entries = entries
            self.setAccessibleDescription(", ".join(label for label, _, _ in entries))
            self.updateGeometry()
            self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(legend_height(self._entries, width, QFontMetricsF(self.font()))) + 4

    def sizeHint(self) -> QSize:
        width = max(self.width(), 400)
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        paint_legend(painter, self._entries, self.width(), self.font(), text)
        painter.end()


# --- the chart ------------------------------------------------------------------------------------


class ChartView(QGraphicsView):
    """The chart: the grid behind the scene's bars, the today line over them.

    ``drawBackground`` and ``drawForeground`` paint only the exposed rect, so a frame
    costs the rows and unit lines in view, whatever the size of the plan.
    """

    zoom_requested = Signal(float, float)  # wheel notches (positive: in), viewport x
    scrolled = Signal()

    def __init__(self, grid: TimeGrid, rows: RowLayout, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_chart")
        self.grid = grid
        self.rows = rows
        self.today: dt.date | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Timeline chart"))
        # drawBackground paints every exposed pixel: no need for Qt to clear them first.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)

    def visible_scene_rect(self) -> QRectF:
        """The part of the scene in the viewport."""
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        paint_background(painter, QRectF(rect), self.grid, self.rows, self.palette())

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        paint_today(painter, QRectF(rect), self.grid, self.today)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            notches = event.angleDelta().y() / 120
            if notches:
                self.zoom_requested.emit(notches, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.scrolled.emit()


# --- the view -------------------------------------------------------------------------------------


class _TreeModel(ActionTreeModel):
    """The action tree's model, answering every role of a cell in one call.

    Painting a cell asks for seven roles (text, font, colours, alignment…); asked one
    by one, each is a call from Qt into Python, and paging down the tree beside the
    chart asked about four hundred of them per frame.
    """

    def multiData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        roleDataSpan: QModelRoleDataSpan | QModelRoleData,  # noqa: N803
    ) -> None:
        data = self.data
        wanted: Iterable[QModelRoleData] = (
            [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan  # type: ignore[assignment]
        )
        for role_data in wanted:
            value = data(index, role_data.role())
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)


def _nearest_scale(day_width: float) -> Scale:
    return min(Scale, key=lambda s: abs(math.log(NOMINAL_DAY_WIDTH[s] / day_width)))


class GanttView(QWidget):
    """The Timeline's tree and chart side by side, the header over the chart, a legend below.

    Contract: the view never edits the plan itself; the scene's items and keyboard
    methods do, one undo step each. ``selected`` carries the selected action's id (or
    None); ``grid_changed`` carries the new ``TimeGrid`` after a zoom or a change of scale.
    """

    selected = Signal(object)
    grid_changed = Signal(object)

    def __init__(
        self,
        session: PlanSession,
        parent: QWidget | None = None,
        *,
        scale: Scale = Scale.MONTH,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("gantt_view")
        # Time runs left to right in every language, as on the printed roadmap and in the
        # Gantt tools people know (docs/translations.md): a plan written right to left
        # mirrors the page around the chart, not the calendar, the bars or the row titles.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._session = session
        self._today = today if today is not None else dt.date.today()
        self._collapsed: set[int] = set()
        self._restoring = False
        self._syncing = False  # a scroll bar follows the other
        self._syncing_selection = False  # the tree follows the chart
        self._wheel_notches = 0.0
        self._wheel_x = 0.0
        self._first, self._end = self._extent()
        grid = TimeGrid.at(scale, self._first)

        self.model = _TreeModel(session, self)
        self.tree = self._build_tree()
        self.header = TimeHeader(grid)
        self.header.set_today(self._today)
        rows = self._visible_rows()
        self.chart = ChartView(grid, rows)
        self.chart.today = self._today
        self.scene = TimelineScene(session, grid, rows, self)
        self.chart.setScene(self.scene)
        self.legend = LegendStrip()
        self.legend.set_entries(self.scene.legend())
        self._layout()
        self._update_scene_rect()

        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(self.refresh_rows)
        self.model.rowsRemoved.connect(self.refresh_rows)
        self.model.layoutChanged.connect(self.refresh_rows)
        self.tree.expanded.connect(self._expanded)
        self.tree.collapsed.connect(self._collapsed_row)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.tree.verticalScrollBar().valueChanged.connect(self._tree_scrolled)
        self.chart.verticalScrollBar().valueChanged.connect(self._chart_scrolled)
        self.chart.scrolled.connect(self._follow_horizontal)
        self.chart.zoom_requested.connect(self._wheel_zoom)
        self.scene.selected.connect(self._scene_selected)
        self.scene.legend_changed.connect(self._refresh_legend)
        session.changed.connect(self._on_changed)

    # --- building ------------------------------------------------------------------------------

    def _build_tree(self) -> QTreeView:
        tree = QTreeView()
        tree.setObjectName("timeline_tree")
        tree.setModel(self.model)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setAllColumnsShowFocus(True)
        tree.setAnimated(False)
        tree.setFrameShape(QFrame.Shape.NoFrame)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The chart's scroll bar drives both; equal scroll bars below keep the viewports equal.
        tree.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        tree.setAccessibleName(tr("Objectives and actions"))
        header = tree.header()
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        for column, key in enumerate(COLUMNS):
            tree.setColumnHidden(column, key not in ("code", "title"))
        code = ActionTreeModel.column_of("code")
        title = ActionTreeModel.column_of("title")
        character = tree.fontMetrics().averageCharWidth()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(code, character * 8 + 2 * tree.indentation() + 16)
        header.resizeSection(title, character * 36)
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        tree.expandAll()
        return tree

    def _layout(self) -> None:
        self.tree.header().setFixedHeight(self.header.header_height())
        # The calendar's height follows its own font (larger while presenting): the tree's
        # header follows it, or every bar would sit below its title.
        self.header.installEventFilter(self)
        right = QWidget()
        right.setObjectName("timeline_chart_side")
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.chart, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("timeline_splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.tree.fontMetrics().averageCharWidth() * 54, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.legend)

    # --- rows ---------------------------------------------------------------------------------

    @property
    def rows(self) -> RowLayout:
        """The chart's rows: the tree's visible rows, top to bottom."""
        return self.chart.rows

    def row_height(self) -> float:
        """The height of the tree's rows (all equal), which the chart's rows take."""
        if self.model.rowCount():
            height = self.tree.rowHeight(self.model.index(0, 0))
            if height > 0:
                return float(height)
        return float(self.tree.fontMetrics().height() + 8)

    def _visible_rows(self) -> RowLayout:
        keys: list[RowKey] = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            kind, objective_id = index.data(ID_ROLE)
            keys.append((kind, objective_id))
            if self.tree.isExpanded(index):
                keys.extend(("action", a) for a in self.model.shown_action_ids(objective_id))
        return RowLayout(keys, self.row_height())

    def refresh_rows(self, *_args: Any) -> None:
        """Take the tree's visible rows again (after a collapse, a reset or a font change)."""
        if self._restoring:
            return
        rows = self._visible_rows()
        current = self.chart.rows
        if rows.keys == current.keys and rows.row_height == current.row_height:
            return
        self.chart.rows = rows
        self.scene.set_rows(rows)
        self._update_scene_rect()
        self._sync_vertical(self.tree.verticalScrollBar().value())
        self.chart.viewport().update()

    def _objective_of(self, index: QModelIndex) -> int | None:
        key = index.data(ID_ROLE)
        return int(key[1]) if key and key[0] == "objective" else None

    def _expanded(self, index: QModelIndex) -> None:
        objective_id = self._objective_of(index)
        if objective_id is not None:
            self._collapsed.discard(objective_id)
        self.refresh_rows()

    def _collapsed_row(self, index: QModelIndex) -> None:
        objective_id = self._objective_of(index)
        if objective_id is not None:
            self._collapsed.add(objective_id)
        self.refresh_rows()

    def _after_reset(self) -> None:
        """A reset collapses every row: expand them again, except those the person collapsed."""
        self._restoring = True
        try:
            if not self._collapsed:
                self.tree.expandAll()
            else:
                for row in range(self.model.rowCount()):
                    index = self.model.index(row, 0)
                    if self._objective_of(index) not in self._collapsed:
                        self.tree.expand(index)
        finally:
            self._restoring = False
        self.refresh_rows()
        action_id = self.scene.selected_action_id()
        if action_id is not None:
            self._select_in_tree(action_id)

    def set_expanded(self, objective_id: int, expanded: bool) -> None:
        """Show or hide an objective's actions (as clicking its arrow in the tree does)."""
        index = self.model.objective_index(objective_id)
        if index.isValid():
            self.tree.setExpanded(index, expanded)

    # --- scrolling ----------------------------------------------------------------------------

    def _update_scene_rect(self) -> None:
        width = max(self.grid.x(self._end), self.scene.label_limit)
        self.chart.setSceneRect(QRectF(0, 0, width, max(self.rows.height, 1.0)))

    def _tree_scrolled(self, value: int) -> None:
        self._sync_vertical(value, from_tree=True)

    def _chart_scrolled(self, value: int) -> None:
        self._sync_vertical(value, from_tree=False)

    def _sync_vertical(self, value: int, from_tree: bool = True) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            if from_tree:
                self.chart.verticalScrollBar().setValue(value)
            else:
                self.tree.verticalScrollBar().setValue(value)
        finally:
            self._syncing = False

    def _follow_horizontal(self) -> None:
        self.header.set_offset(self.chart.mapToScene(QPoint(0, 0)).x())

    def scroll_to_x(self, scene_x: float, viewport_x: float = 0.0) -> None:
        """Scroll so scene x ``scene_x`` shows at ``viewport_x`` of the chart."""
        self.chart.horizontalScrollBar().setValue(round(scene_x - viewport_x))
        self._follow_horizontal()

    def scroll_to_date(self, day: dt.date, place: float = 0.5) -> None:
        """Scroll so ``day`` shows at ``place`` of the chart's width (0: left, 1: right)."""
        self.scroll_to_x(self.grid.x(day), self.chart.viewport().width() * place)

    def go_to_today(self) -> None:
        """Show today, a third of the way across the chart."""
        self.scroll_to_date(self._today, 1 / 3)

    def visible_dates(self) -> tuple[dt.date, dt.date]:
        """The first and last day in view."""
        rect = self.chart.visible_scene_rect()
        return self.grid.date_at(rect.left()), self.grid.date_at(rect.right() - 1)

    # --- zoom ---------------------------------------------------------------------------------

    @property
    def grid(self) -> TimeGrid:
        """The chart's time grid (scale, zoom, origin)."""
        return self.chart.grid

    @property
    def today(self) -> dt.date:
        """The day the today line marks."""
        return self._today

    def set_grid(self, grid: TimeGrid, viewport_x: float | None = None) -> None:
        """Show ``grid``, keeping the date at ``viewport_x`` (default: the middle) in place."""
        if viewport_x is None:
            viewport_x = self.chart.viewport().width() / 2
        days = self.chart.mapToScene(QPoint(round(viewport_x), 0)).x() / self.grid.day_width
        days += (self.grid.origin - grid.origin).days
        self._apply_grid(grid)
        self.scroll_to_x(days * grid.day_width, viewport_x)

    def _apply_grid(self, grid: TimeGrid) -> None:
        changed = grid != self.chart.grid
        self.chart.grid = grid
        self.header.set_grid(grid)
        self.scene.set_grid(grid)
        self._update_scene_rect()
        self.chart.viewport().update()
        if changed:
            self.grid_changed.emit(grid)

    def set_scale(self, scale: Scale) -> None:
        """Show ``scale`` at its usual zoom, keeping the date in the middle in place."""
        self.set_grid(TimeGrid.at(scale, self._first))

    def zoom_by(self, factor: float, viewport_x: float | None = None) -> None:
        """Make days ``factor`` times wider, keeping the date at ``viewport_x`` in place."""
        width = min(max(self.grid.day_width * factor, MIN_DAY_WIDTH), MAX_DAY_WIDTH)
        if width == self.grid.day_width:
            return
        self.set_grid(TimeGrid(self._first, _nearest_scale(width), width), viewport_x)

    def zoom_in(self) -> None:
        """Show less time, in more detail (Ctrl+=)."""
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        """Show more time, in less detail (Ctrl+-)."""
        self.zoom_by(1 / ZOOM_STEP)

    def _wheel_zoom(self, notches: float, viewport_x: float) -> None:
        # A touchpad sends many small turns per frame: add them up, zoom once per frame.
        if not self._wheel_notches:
            QTimer.singleShot(0, self._apply_wheel_zoom)
        self._wheel_notches += notches
        self._wheel_x = viewport_x

    def _apply_wheel_zoom(self) -> None:
        notches, self._wheel_notches = self._wheel_notches, 0.0
        if notches:
            self.zoom_by(ZOOM_STEP**notches, self._wheel_x)

    def fit_to_plan(self) -> None:
        """Show the whole plan across the chart's width (Ctrl+0)."""
        span = plan_span(self._session.actions())
        if span is None:
            self.go_to_today()
            return
        fitted = fit_grid(span[0], span[1], self.chart.viewport().width())
        width = min(max(fitted.day_width, MIN_DAY_WIDTH), MAX_DAY_WIDTH)
        self._apply_grid(TimeGrid(self._first, fitted.scale, width))
        self.scroll_to_x(self.grid.x(fitted.origin))

    # --- the plan's extent --------------------------------------------------------------------

    def _extent(self) -> tuple[dt.date, dt.date]:
        """The chart's first day and the day after its last: the plan and today, with room."""
        span = plan_span(self._session.actions()) or (self._today, self._today)
        first = min(span[0], self._today) - _MARGIN
        last = max(span[1], self._today) + _MARGIN
        return unit_start(first, Unit.YEAR), next_unit(last, Unit.YEAR)

    def _on_changed(self, record: ChangeRecord) -> None:
        if "action" in record.tables:
            first, end = self._extent()
            if first < self._first or end > self._end:
                keep = self.chart.mapToScene(QPoint(0, 0)).x() / self.grid.day_width
                keep += (self._first - min(first, self._first)).days
                self._first, self._end = min(first, self._first), max(end, self._end)
                grid = TimeGrid(self._first, self.grid.scale, self.grid.day_width)
                self._apply_grid(grid)
                self.scroll_to_x(keep * grid.day_width)
        self._update_scene_rect()  # labels beside the last bars need room

    # --- colours and options -------------------------------------------------------------------

    def set_colour_by(self, key: str) -> None:
        """Colour the bars by "status", "lead" or "category"; the legend follows."""
        self.scene.set_colour_by(key)
        self._refresh_legend()

    def _refresh_legend(self) -> None:
        self.legend.set_entries(self.scene.legend())

    def set_move_successors(self, enabled: bool) -> None:
        """Whether moving a bar moves the actions that wait for it along."""
        self.scene.set_move_successors(enabled)

    # --- selection and keys --------------------------------------------------------------------

    def select_action(self, action_id: int | None) -> None:
        """Select an action in the chart and the tree (None: clear)."""
        self.scene.select_action(action_id)
        if action_id is not None:
            self._select_in_tree(action_id)

    def selected_action_id(self) -> int | None:
        """The selected action's id, or None."""
        return self.scene.selected_action_id()

    def _scene_selected(self, action_id: object) -> None:
        if isinstance(action_id, int):
            self._select_in_tree(action_id)
        self.selected.emit(action_id)

    def _select_in_tree(self, action_id: int) -> None:
        index = self.model.action_index(action_id)
        if not index.isValid() or self.tree.currentIndex() == index:
            return
        self._syncing_selection = True
        try:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.tree.selectionModel().setCurrentIndex(index, flags)
            if not self.tree.isExpanded(index.parent()):
                self.tree.expand(index.parent())
            self.tree.scrollTo(index)
        finally:
            self._syncing_selection = False

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing_selection:
            return
        entity = self.model.entity(current)
        if isinstance(entity, Action) and entity.id != self.scene.selected_action_id():
            self.scene.select_action(entity.id)
            self._ensure_bar_visible(entity.id)

    def _ensure_bar_visible(self, action_id: int) -> None:
        bar = self.scene.bar(action_id)
        if bar is not None:
            self.chart.ensureVisible(bar.bar_rect(), 40, 0)

    # --- events --------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scene.catch_up()
        self.refresh_rows()
        self._follow_horizontal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._follow_horizontal()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.tree.header().setFixedHeight(self.header.header_height())
            self.refresh_rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.header
            and event.type() == QEvent.Type.Resize
            and self.tree.header().height() != self.header.height()
        ):
            self.tree.header().setFixedHeight(self.header.height())
            self.refresh_rows()
        return super().eventFilter(watched, event)

    # --- rendering for exports -------------------------------------------------------------------

    def _titles_width(self) -> float:
        header = self.tree.header()
        code = header.sectionSize(ActionTreeModel.column_of("code"))
        title = header.sectionSize(ActionTreeModel.column_of("title"))
        return float(max(code + title, 240))

    def export_range(self) -> tuple[float, float]:
        """The scene x range an export shows: the plan with the room the chart keeps around it."""
        span = plan_span(self._session.actions())
        if span is None:
            rect = self.chart.visible_scene_rect()
            return rect.left(), rect.right()
        left = self.grid.x(span[0]) - 31 * self.grid.day_width - 40
        return max(0.0, left), self.scene.label_limit

    def chart_size(self) -> QSizeF:
        """The size of the whole chart as ``paint_chart`` draws it, in logical pixels."""
        left, right = self.export_range()
        width = self._titles_width() + right - left
        metrics = QFontMetricsF(self.font())
        legend = legend_height(self.scene.legend(), width - 12, metrics)
        height = self.header.header_height() + self.rows.height + (legend + 16 if legend else 0)
        return QSizeF(math.ceil(width), math.ceil(height))

    def paint_chart(self, painter: QPainter) -> None:
        """Draw the whole chart from (0, 0): row titles, header, bars, today line, legend.

        Any paint device will do (an image, an SVG, a PDF page), so the roadmap exports
        draw the same chart as the screen, at the zoom the screen shows.
        """
        size = self.chart_size()
        left, right = self.export_range()
        titles = self._titles_width()
        head = float(self.header.header_height())
        body = self.rows.height
        palette = self.palette()
        painter.save()
        painter.fillRect(QRectF(QPointF(0, 0), size), QColor("white"))
        painter.save()
        painter.translate(titles - left, 0)
        painter.setClipRect(QRectF(left, 0, right - left, head))
        self.header.paint_cells(painter, left, right, font=self.font())
        painter.restore()
        painter.save()
        painter.translate(titles - left, head)
        area = QRectF(left, 0, right - left, body)
        painter.setClipRect(area)
        paint_background(painter, area, self.grid, self.rows, palette)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.scene.render(painter, area, area)
        paint_today(painter, area, self.grid, self._today)
        painter.restore()
        # The titles go on last, over an opaque ground: SVG files keep no clipping, so
        # anything of the chart drawn left of its edge is covered rather than clipped.
        self._paint_titles(painter, titles, head)
        line = QPen(palette.color(QPalette.ColorRole.Mid))
        line.setCosmetic(True)
        painter.setPen(line)
        painter.drawLine(QPointF(titles - 0.5, 0), QPointF(titles - 0.5, head + body))
        painter.drawLine(QPointF(0, head + body - 0.5), QPointF(size.width(), head + body - 0.5))
        entries = self.scene.legend()
        if entries:
            painter.translate(6, head + body + 8)
            text = palette.color(QPalette.ColorRole.WindowText)
            paint_legend(painter, entries, size.width() - 12, self.font(), text)
        painter.restore()

    def _paint_titles(self, painter: QPainter, width: float, head: float) -> None:
        """The tree's code and title columns, every row, as text."""
        palette = self.palette()
        font = self.tree.font()
        bold = QFont(font)
        bold.setBold(True)
        height = self.rows.row_height
        indent = float(self.tree.indentation())
        code_width = float(self.tree.header().sectionSize(ActionTreeModel.column_of("code")))
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.save()
        painter.setClipRect(QRectF(0, 0, width, head + self.rows.height))
        painter.fillRect(QRectF(0, 0, width, head + self.rows.height), QColor("white"))
        painter.fillRect(QRectF(0, 0, width, head), palette.color(QPalette.ColorRole.Button))
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        for left, key in ((6.0, "code"), (code_width + 6, "title")):
            text = str(
                self.model.headerData(ActionTreeModel.column_of(key), Qt.Orientation.Horizontal)
                or ""
            )
            painter.drawText(QRectF(left, 0, width - left, head), align, text)
        text_colour = palette.color(QPalette.ColorRole.Text)
        for row, (kind, entity_id) in enumerate(self.rows.keys):
            top = head + row * height
            if row % 2:
                painter.fillRect(
                    QRectF(0, top, width, height), palette.color(QPalette.ColorRole.AlternateBase)
                )
            if kind == "objective":
                index = self.model.objective_index(entity_id)
                left = 6.0
            else:
                index = self.model.action_index(entity_id)
                left = 6.0 + indent
            if not index.isValid():
                continue
            code = str(index.siblingAtColumn(ActionTreeModel.column_of("code")).data() or "")
            title = str(index.siblingAtColumn(ActionTreeModel.column_of("title")).data() or "")
            painter.setFont(bold if kind == "objective" else font)
            painter.setPen(text_colour)
            metrics = QFontMetricsF(painter.font())
            code = metrics.elidedText(code, Qt.TextElideMode.ElideRight, code_width - left - 4)
            painter.drawText(QRectF(left, top, code_width - left, height), align, code)
            room = width - code_width - 12
            shown = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(code_width + 6, top, room, height), align, shown)
        painter.restore()

    def title_text(self) -> str:
        """The line above an exported chart: the cluster, "timeline" and the day it was made."""
        name = self._session.profile().name.strip() or tr("Cluster")
        return tr("{cluster}: timeline, {date}").format(
            cluster=isolate(name), date=format_date(self._today)
        )

    def title_height(self) -> float:
        """The height of the title line above an exported chart."""
        return math.ceil(QFontMetricsF(self._title_font()).height() * 1.8)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        return font

    def paint_titled(self, painter: QPainter) -> None:
        """The title and date line, then the whole chart under it (for the exports)."""
        size = self.chart_size()
        band = self.title_height()
        painter.save()
        painter.fillRect(QRectF(0, 0, size.width(), band), QColor("white"))
        painter.setFont(self._title_font())
        painter.setPen(QColor("black"))
        align = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = QFontMetricsF(painter.font())
        text = metrics.elidedText(self.title_text(), Qt.TextElideMode.ElideRight, size.width() - 12)
        painter.drawText(QRectF(6, 0, size.width() - 12, band), align, text)
        painter.translate(0, band)
        self.paint_chart(painter)
        painter.restore()

    def render_image(self, scale: float = 2.0) -> QImage:
        """The whole chart under its title line as an image at ``scale`` device pixels per
        pixel (down to one, for a large chart).

        Raises ``ChartTooLarge`` (with the size at one pixel per pixel) when the picture
        would be larger than a picture can usefully be: more than 16,384 pixels a side
        (what viewers, browsers and Word show) or 64 million pixels.
        """
        size = self.chart_size()
        width, height = size.width(), size.height() + self.title_height()
        fitting = min(
            scale,
            _EXPORT_SIDE / width,
            _EXPORT_SIDE / height,
            math.sqrt(_EXPORT_PIXELS / (width * height)),
        )
        if fitting < 1.0:
            raise ChartTooLarge(math.ceil(width), math.ceil(height))
        image = QImage(
            math.ceil(width * fitting), math.ceil(height * fitting), QImage.Format.Format_ARGB32
        )
        image.setDevicePixelRatio(fitting)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self.paint_titled(painter)
        painter.end()
        return image

    def export_png(self, path: str | Path, scale: float = 2.0) -> None:
        """Write the whole chart, under its title line, as a PNG at ``scale`` (2: sharp on
        paper and projectors).

        The file appears whole or not at all (written aside, then renamed); raises
        ``OSError`` when it cannot be written and ``ChartTooLarge`` when it is too big.
        """
        image = self.render_image(scale)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, QByteArray(b"png"))
        if not writer.write(image):
            raise OSError(f"could not encode {path} as PNG: {writer.errorString()}")
        write_whole(Path(path), bytes(buffer.data().data()))

    def export_svg(self, path: str | Path) -> None:
        """Write the whole chart, under its title line, as an SVG drawing (vectors and text,
        scalable), its fonts named as CSS names them (a real family, then sans-serif).

        The file appears whole or not at all; raises ``OSError`` when it cannot be written.
        """
        size = self.chart_size()
        size = QSizeF(size.width(), size.height() + self.title_height())
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size.toSize())
        generator.setViewBox(QRectF(QPointF(0, 0), size))
        generator.setTitle(self.title_text())
        generator.setDescription(tr("The action plan's timeline"))
        painter = QPainter()
        if not painter.begin(generator):
            raise OSError(f"could not draw {path}")
        self.paint_titled(painter)
        painter.end()
        svg = bytes(buffer.data().data()).decode("utf-8")
        write_whole(Path(path), _css_fonts(svg).encode("utf-8"))
