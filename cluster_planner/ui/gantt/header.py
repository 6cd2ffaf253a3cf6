"""TimeHeader: the two rows of dates over the chart, scrolled in step with it."""

from __future__ import annotations

import datetime as dt
import itertools
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cluster_planner.domain.timeline import TimeGrid, Unit, visible_ticks
from cluster_planner.ui.language import interface_language

# The today line and its label: dark red, apart from every colour the bars use.
TODAY_COLOUR = "#B2182B"
_PADDING = 4.0  # around a label, in pixels


def tr(text: str) -> str:
    """``text`` translated in the Timeline's context."""
    return QCoreApplication.translate("timeline", text)


def _number(value: int) -> str:
    """A year or a week number in the locale's digits, never with a group separator."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)


def cell_labels(day: dt.date, unit: Unit, upper: bool) -> tuple[str, ...]:
    """The labels of the cell of ``unit`` starting on ``day``, longest first, in the
    interface's language and its locale's month names.

    A header shows the first one that fits its cell; an upper-row month also names its
    year, since no row above it does.
    """
    return _cell_labels(day, unit, upper, QLocale().name(), interface_language())


@lru_cache(maxsize=4096)
def _cell_labels(
    day: dt.date, unit: Unit, upper: bool, _locale: str, _language: str
) -> tuple[str, ...]:
    """cell_labels, remembered per language: a chart drawn after the language changed
    never shows the months of the one before."""
    locale = QLocale()
    year = _number(day.year)
    if unit is Unit.YEAR:
        return (year, "’" + _number(day.year % 100).rjust(2, "0"))
    if unit is Unit.QUARTER:
        quarter = (day.month - 1) // 3 + 1
        return (
            tr("Q{quarter} {year}").format(quarter=quarter, year=year),
            tr("Q{quarter}").format(quarter=quarter),
        )
    if unit is Unit.MONTH:
        long_name = locale.standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
        short_name = locale.standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)
        narrow = locale.standaloneMonthName(day.month, QLocale.FormatType.NarrowFormat)
        if upper:
            return (f"{long_name} {year}", f"{short_name} {year}", short_name, narrow)
        return (long_name, short_name, narrow)
    if unit is Unit.WEEK:
        week = _number(day.isocalendar().week)
        return (tr("W{week}").format(week=week), week)
    return (_number(day.day),)


class TimeHeader(QWidget):
    """Two rows of calendar cells (upper and lower units of the grid's scale).

    The header paints scene x coordinates shifted by ``offset`` (the scene x at its left
    edge), which the chart sets whenever it scrolls; a label shows only when it fits
    its cell, else a shorter one, else none.
    """

    def __init__(self, grid: TimeGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline_header")
        self._grid = grid
        self._offset = 0.0
        self._today: dt.date | None = None
        self._widths: dict[tuple[str, str], float] = {}  # (font key, text) -> advance
        self._picture: QPixmap | None = None  # the cells as last painted
        self._picture_key: tuple[object, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._apply_font()

    # --- state -------------------------------------------------------------------------------

    @property
    def grid(self) -> TimeGrid:
        """The grid the header labels."""
        return self._grid

    def set_grid(self, grid: TimeGrid) -> None:
        """Label ``grid`` (after a zoom or a change of scale)."""
        self._grid = grid
        self.update()

    @property
    def offset(self) -> float:
        """The scene x shown at the header's left edge."""
        return self._offset

    def set_offset(self, x: float) -> None:
        """Show scene x ``x`` at the left edge (the chart scrolled)."""
        if x != self._offset:
            self._offset = x
            self.update()

    def set_today(self, day: dt.date | None) -> None:
        """Mark ``day`` as today (None: no mark)."""
        self._today = day
        self.update()

    def row_height(self) -> float:
        """The height of one row of cells, from the font."""
        return float(self.fontMetrics().height()) + 2 * _PADDING

    def header_height(self) -> int:
        """The height of both rows."""
        return round(2 * self.row_height())

    def sizeHint(self) -> QSize:
        return QSize(400, self.header_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.header_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._picture = None  # a new font, palette, style or language: paint afresh
        if event.type() == QEvent.Type.FontChange:
            self._apply_font()

    def _apply_font(self) -> None:
        self._widths.clear()
        self.setFixedHeight(self.header_height())
        self.updateGeometry()

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        # The cells change only when the chart scrolls sideways, zooms or restyles; any
        # other repaint (the chart scrolling down, a window over it) shows them as kept.
        ratio = self.devicePixelRatioF()
        key = (
            self._grid,
            self._offset,
            self.size(),
            self._today,
            self.font().key(),
            self.palette().cacheKey(),
            ratio,
        )
        if self._picture is None or key != self._picture_key:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            painter = QPainter(picture)
            painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Button))
            painter.translate(-self._offset, 0)
            right = self._offset + self.width()
            self.paint_cells(painter, self._offset, right, visible_left=self._offset)
            painter.end()
            self._picture, self._picture_key = picture, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def paint_cells(
        self,
        painter: QPainter,
        left: float,
        right: float,
        visible_left: float | None = None,
        font: QFont | None = None,
    ) -> None:
        """Paint the cells from scene x ``left`` to ``right`` in scene coordinates (y from 0).

        An upper label sticks to ``visible_left`` (default: ``left``), so a cell that
        starts out of view still shows its name.
        """
        font = font or self.font()
        palette = self.palette()
        metrics = QFontMetricsF(font)
        row = self.row_height()
        upper_unit, lower_unit = self._grid.header_units()
        text_colour = palette.color(QPalette.ColorRole.ButtonText)
        line = QPen(palette.color(QPalette.ColorRole.Mid))
        line.setCosmetic(True)
        painter.save()
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.fillRect(
            QRectF(left, 0, right - left, 2 * row), palette.color(QPalette.ColorRole.Button)
        )
        tag = self._today_span(metrics)
        for top, unit, upper in ((0.0, upper_unit, True), (row, lower_unit, False)):
            ticks = visible_ticks(self._grid, left, right, unit)
            for start, end in itertools.pairwise(ticks):
                painter.setPen(line)
                x = round(start.x) + 0.5
                painter.drawLine(QPointF(x, top), QPointF(x, top + row))
                stick = (left if visible_left is None else visible_left) if upper else start.x
                cell_left = max(start.x, stick)
                width = end.x - cell_left
                labels = cell_labels(start.day, unit, upper)
                if not upper and tag is not None:
                    # The lower row's label keeps clear of the "Today" tag.
                    cell_left, width = _beside(cell_left, width, tag, labels, metrics)
                text = self._fitting(labels, width, metrics, font.key())
                if text:
                    painter.setPen(text_colour)
                    painter.drawText(
                        QRectF(cell_left + _PADDING, top, width - 2 * _PADDING, row),
                        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                        text,
                    )
        painter.setPen(line)
        painter.drawLine(QPointF(left, row - 0.5), QPointF(right, row - 0.5))
        painter.drawLine(QPointF(left, 2 * row - 0.5), QPointF(right, 2 * row - 0.5))
        self._paint_today(painter, left, right, row, metrics)
        painter.restore()

    def _today_span(self, metrics: QFontMetricsF) -> tuple[float, float] | None:
        """Left and right x of the "Today" tag, or None without a today."""
        if self._today is None:
            return None
        x = self._grid.x(self._today) + self._grid.day_width / 2
        width = metrics.horizontalAdvance(tr("Today")) + 2 * _PADDING
        return x - width / 2, x + width / 2

    def _paint_today(
        self, painter: QPainter, left: float, right: float, row: float, metrics: QFontMetricsF
    ) -> None:
        """A "Today" tag on the lower row, over the chart's today line."""
        span = self._today_span(metrics)
        if span is None:
            return
        text = tr("Today")
        tag = QRectF(span[0], row + 2, span[1] - span[0], row - 4)
        if tag.right() < left or tag.left() > right:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TODAY_COLOUR))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setPen(QColor("white"))
        painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), text)

    def _fitting(
        self, labels: tuple[str, ...], width: float, metrics: QFontMetricsF, font_key: str
    ) -> str:
        """The first label that fits ``width`` with its padding, or an empty string."""
        for text in labels:
            advance = self._widths.get((font_key, text))
            if advance is None:
                advance = self._widths[font_key, text] = metrics.horizontalAdvance(text)
            if advance + 2 * _PADDING <= width:
                return text
        return ""


def _beside(
    left: float,
    width: float,
    tag: tuple[float, float],
    labels: tuple[str, ...],
    metrics: QFontMetricsF,
) -> tuple[float, float]:
    """The part of a cell (left, width) its label can use without running under the tag."""
    right = left + width
    if tag[1] <= left or tag[0] >= right:
        return left, width  # the tag is not in this cell
    shortest = metrics.horizontalAdvance(labels[-1]) + 2 * _PADDING if labels else 0.0
    before, after = tag[0] - left, right - tag[1]
    if before >= shortest:
        return left, before
    if after >= shortest:
        return tag[1], after
    return left, 0.0
