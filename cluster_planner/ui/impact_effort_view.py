"""The impact/effort 2×2: options placed by their ratings to spot quick wins."""

from __future__ import annotations

import math
from collections import defaultdict
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.ui import theme
from cluster_planner.ui.option_editor import rating_box, rating_value
from cluster_planner.ui.option_model import OPTION_ID_ROLE
from cluster_planner.ui.tows_matrix import OptionDelegate, scaled_font

if TYPE_CHECKING:
    from cluster_planner.domain.entities import StrategicOption
    from cluster_planner.ui.option_model import OptionModel
    from cluster_planner.ui.plan_session import PlanSession

# A rating of 3 or more counts as high: the middle of the scale leans to "worth it" for
# impact and to "costly" for effort, so quick wins stay the clearly cheap ones.
HIGH_FROM = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("options_page", text)


class Placement(StrEnum):
    """The four quadrants of the impact/effort chart."""

    QUICK_WIN = "quick_win"
    MAJOR_PROJECT = "major_project"
    FILL_IN = "fill_in"
    THANKLESS = "thankless"


def placement(impact: int | None, effort: int | None) -> Placement | None:
    """Where an option rated ``impact`` and ``effort`` (1–5) falls; None until both are rated."""
    if impact is None or effort is None:
        return None
    high_impact = impact >= HIGH_FROM
    high_effort = effort >= HIGH_FROM
    if high_impact:
        return Placement.MAJOR_PROJECT if high_effort else Placement.QUICK_WIN
    return Placement.THANKLESS if high_effort else Placement.FILL_IN


def placement_label(value: Placement) -> str:
    """The name of a quadrant of the chart."""
    return {
        Placement.QUICK_WIN: _tr("Quick wins"),
        Placement.MAJOR_PROJECT: _tr("Major projects"),
        Placement.FILL_IN: _tr("Fill-ins"),
        Placement.THANKLESS: _tr("Thankless tasks"),
    }[value]


def placement_hint(value: Placement) -> str:
    """What a quadrant of the chart means."""
    return {
        Placement.QUICK_WIN: _tr("high impact, low effort"),
        Placement.MAJOR_PROJECT: _tr("high impact, high effort"),
        Placement.FILL_IN: _tr("low impact, low effort"),
        Placement.THANKLESS: _tr("low impact, high effort"),
    }[value]


def unrated(options: list[StrategicOption]) -> list[StrategicOption]:
    """The options that miss an impact or an effort rating (the chart cannot place them)."""
    return [o for o in options if placement(o.impact, o.effort) is None]


# Quadrant shades: light enough for black text on a washed-out beam; names carry the meaning.
_SHADES = {
    Placement.QUICK_WIN: QColor("#e3f1e3"),
    Placement.MAJOR_PROJECT: QColor("#e6edf6"),
    Placement.FILL_IN: QColor("#f4f4f4"),
    Placement.THANKLESS: QColor("#f7ebe6"),
}
_INK = QColor("#1d1d1d")
_SELECTED = QColor("#1f3a5f")


class ImpactEffortChart(QWidget):
    """Paints the 2×2: effort across (1–5), impact up (1–5), one labelled marker per option."""

    clicked = Signal(int)  # option id

    def __init__(self, model: OptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact_effort_chart")
        self._model = model
        self.selected_id: int | None = None
        self._markers: dict[int, QRectF] = {}
        self.setMinimumSize(420, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Impact and effort chart"))
        model.modelReset.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(720, 520)

    def set_selected(self, option_id: int | None) -> None:
        """Highlight the option with ``option_id``."""
        self.selected_id = option_id
        self.update()

    def marker_rect(self, option_id: int) -> QRectF | None:
        """Where the option's marker was last painted (for tests and clicks)."""
        return self._markers.get(option_id)

    def area_at(self, point: QPointF) -> Placement | None:
        """The quadrant of the chart under ``point``, or None outside the plot."""
        plot = self._plot()
        if not plot.contains(point):
            return None
        effort = (point.x() - plot.left()) / plot.width() * 5 + 0.5
        impact = (plot.bottom() - point.y()) / plot.height() * 5 + 0.5
        edge = HIGH_FROM - 0.5
        high_impact, high_effort = impact >= edge, effort >= edge
        if high_impact:
            return Placement.MAJOR_PROJECT if high_effort else Placement.QUICK_WIN
        return Placement.THANKLESS if high_effort else Placement.FILL_IN

    # --- geometry ------------------------------------------------------------------------

    def _plot(self) -> QRectF:
        metrics = QFontMetricsF(self.font())
        left = metrics.height() * 2 + metrics.horizontalAdvance("5") + 24
        bottom = metrics.height() * 2 + 20
        return QRectF(left, 12, self.width() - left - 12, self.height() - 12 - bottom)

    @staticmethod
    def _x(plot: QRectF, effort: float) -> float:
        return plot.left() + (effort - 0.5) / 5 * plot.width()

    @staticmethod
    def _y(plot: QRectF, impact: float) -> float:
        return plot.bottom() - (impact - 0.5) / 5 * plot.height()

    # --- painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        plot = self._plot()
        divide_x = self._x(plot, HIGH_FROM - 0.5)
        divide_y = self._y(plot, HIGH_FROM - 0.5)
        areas = {
            Placement.QUICK_WIN: QRectF(
                QPointF(plot.left(), plot.top()), QPointF(divide_x, divide_y)
            ),
            Placement.MAJOR_PROJECT: QRectF(
                QPointF(divide_x, plot.top()), QPointF(plot.right(), divide_y)
            ),
            Placement.FILL_IN: QRectF(
                QPointF(plot.left(), divide_y), QPointF(divide_x, plot.bottom())
            ),
            Placement.THANKLESS: QRectF(
                QPointF(divide_x, divide_y), QPointF(plot.right(), plot.bottom())
            ),
        }
        for place, area in areas.items():
            painter.fillRect(area, _SHADES[place])
        self._paint_grid(painter, plot)
        painter.setPen(QPen(_INK, 2))
        painter.drawLine(QPointF(divide_x, plot.top()), QPointF(divide_x, plot.bottom()))
        painter.drawLine(QPointF(plot.left(), divide_y), QPointF(plot.right(), divide_y))
        painter.setPen(QPen(_INK, 1.5))
        painter.drawRect(plot)
        for place, area in areas.items():
            self._paint_area_label(painter, place, area)
        self._paint_axes(painter, plot)
        self._paint_markers(painter, plot)
        painter.end()

    def _paint_grid(self, painter: QPainter, plot: QRectF) -> None:
        painter.setPen(QPen(QColor("#c8c8c8"), 1, Qt.PenStyle.DotLine))
        for value in range(1, 5):
            x = self._x(plot, value + 0.5)
            y = self._y(plot, value + 0.5)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _paint_area_label(self, painter: QPainter, place: Placement, area: QRectF) -> None:
        title = scaled_font(self.font(), 1.25, bold=True)
        hint = scaled_font(self.font(), 0.95)
        painter.setPen(_INK)
        top = place in (Placement.QUICK_WIN, Placement.MAJOR_PROJECT)
        box = area.adjusted(10, 6, -10, -6)
        align = (
            Qt.AlignmentFlag.AlignRight
            if place
            in (
                Placement.MAJOR_PROJECT,
                Placement.THANKLESS,
            )
            else Qt.AlignmentFlag.AlignLeft
        )
        title_height = QFontMetricsF(title).height()
        hint_height = QFontMetricsF(hint).height()
        y = box.top() if top else box.bottom() - title_height - hint_height
        painter.setFont(title)
        painter.drawText(
            QRectF(box.left(), y, box.width(), title_height),
            int(align | Qt.AlignmentFlag.AlignVCenter),
            placement_label(place),
        )
        painter.setFont(hint)
        painter.setPen(QColor("#444444"))
        painter.drawText(
            QRectF(box.left(), y + title_height, box.width(), hint_height),
            int(align | Qt.AlignmentFlag.AlignVCenter),
            placement_hint(place),
        )

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        font = QFont(self.font())
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(_INK)
        for value in range(1, 6):
            x = self._x(plot, value)
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 4, 60, metrics.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(value),
            )
            y = self._y(plot, value)
            painter.drawText(
                QRectF(plot.left() - 40, y - metrics.height() / 2, 32, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        axis = scaled_font(font, 1.05, bold=True)
        painter.setFont(axis)
        painter.drawText(
            QRectF(
                plot.left(),
                plot.bottom() + metrics.height() + 6,
                plot.width(),
                metrics.height() + 6,
            ),
            int(Qt.AlignmentFlag.AlignCenter),
            _tr("Effort  (1 low → 5 high)"),
        )
        painter.save()
        painter.translate(metrics.height() * 0.9, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -metrics.height(), plot.height(), metrics.height() * 1.6),
            int(Qt.AlignmentFlag.AlignCenter),
            _tr("Impact  (1 low → 5 high)"),
        )
        painter.restore()

    def _paint_markers(self, painter: QPainter, plot: QRectF) -> None:
        font = scaled_font(self.font(), 1.1, bold=True)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        groups: dict[tuple[int, int], list[StrategicOption]] = defaultdict(list)
        for option in self._model.options():
            if option.impact is not None and option.effort is not None:
                groups[(option.effort, option.impact)].append(option)
        self._markers = {}
        cell_w = plot.width() / 5
        cell_h = plot.height() / 5
        for (effort, impact), options in groups.items():
            for option, rect in zip(
                options, marker_grid(len(options), cell_w, cell_h, metrics), strict=True
            ):
                centre = QPointF(self._x(plot, effort), self._y(plot, impact))
                box = rect.translated(centre)
                self._markers[option.id] = box
                selected = option.id == self.selected_id
                painter.setPen(QPen(_INK, 2.5 if selected else 1.5))
                painter.setBrush(_SELECTED if selected else QColor("#ffffff"))
                painter.drawRoundedRect(box, 5, 5)
                painter.setPen(QColor("#ffffff") if selected else _INK)
                painter.drawText(
                    box, int(Qt.AlignmentFlag.AlignCenter), self._model.code(option.id)
                )
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for option_id, box in self._markers.items():
            if box.contains(event.position()):
                self.clicked.emit(option_id)
                return
        super().mousePressEvent(event)


def marker_grid(count: int, cell_w: float, cell_h: float, metrics: QFontMetricsF) -> list[QRectF]:
    """Rectangles (around 0,0) for ``count`` markers sharing one rating cell, in a small grid.

    Markers shrink only as far as the cell needs; codes stay readable because each
    marker keeps its own slot instead of being drawn on top of the others.
    """
    columns = max(1, math.ceil(math.sqrt(count)))
    rows = math.ceil(count / columns)
    width = metrics.horizontalAdvance("WT00") + 14
    height = metrics.height() + 8
    gap = 6.0
    width = min(width, (cell_w - gap * (columns + 1)) / columns)
    height = min(height, (cell_h - gap * (rows + 1)) / rows)
    total_w = columns * width + (columns - 1) * gap
    total_h = rows * height + (rows - 1) * gap
    rects = []
    for index in range(count):
        row, column = divmod(index, columns)
        rects.append(
            QRectF(
                -total_w / 2 + column * (width + gap),
                -total_h / 2 + row * (height + gap),
                width,
                height,
            )
        )
    return rects


class ImpactEffortView(QWidget):
    """The chart beside the list of options, where the selected option is rated by keyboard."""

    def __init__(self, model: OptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact_effort_view")
        self._model = model
        self._session: PlanSession | None = None
        self._read_only = False
        self.chart = ImpactEffortChart(model)
        self.list = QListView()
        self.list.setObjectName("impact_effort_list")
        self.list.setAccessibleName(_tr("Options to rate"))
        self.list.setModel(model)
        self.list.setItemDelegate(OptionDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.impact = rating_box()
        self.impact.setObjectName("rate_impact")
        self.effort = rating_box()
        self.effort.setObjectName("rate_effort")
        self.unrated_label = QLabel(wordWrap=True)
        self.unrated_label.setObjectName("unrated_options")
        self.unrated_label.setFont(scaled_font(self.font(), 1.05))
        legend = QLabel(_tr("Options"))
        theme.set_role(legend, theme.HEADING)
        rate_hint = QLabel(_tr("Rate the selected option (1 = low, 5 = high):"), wordWrap=True)
        theme.set_role(rate_hint, theme.HINT)

        rating = QHBoxLayout()
        rating.setSpacing(8)
        for text, spin in ((_tr("Im&pact"), self.impact), (_tr("Eff&ort"), self.effort)):
            caption = QLabel(text)
            caption.setBuddy(spin)
            rating.addWidget(caption)
            rating.addWidget(spin)
            rating.addSpacing(8)
        rating.addStretch(1)
        side = QVBoxLayout()
        side.setSpacing(6)
        side.addWidget(legend)
        side.addWidget(self.list, 1)
        side.addWidget(rate_hint)
        side.addLayout(rating)
        side_widget = QFrame()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(340)
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.chart, 1)
        left.addWidget(self.unrated_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addLayout(left, 3)
        layout.addWidget(side_widget, 2)
        QWidget.setTabOrder(self.list, self.impact)
        QWidget.setTabOrder(self.impact, self.effort)

        self._kept_id: int | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.chart.clicked.connect(self.select)
        self.impact.valueChanged.connect(lambda _v: self._rate("impact", self.impact))
        self.effort.valueChanged.connect(lambda _v: self._rate("effort", self.effort))
        self._show_unrated()
        self._show_current()

    def set_session(self, session: PlanSession, read_only: bool) -> None:
        """The session whose ``run`` rates the options, and whether the plan is read-only."""
        self._session = session
        self._read_only = read_only
        self._show_current()

    def selected_id(self) -> int | None:
        """The id of the option selected in the list, or None."""
        index = self.list.currentIndex()
        return int(index.data(OPTION_ID_ROLE)) if index.isValid() else None

    def select(self, option_id: int) -> bool:
        """Select the option with ``option_id`` in the list and on the chart."""
        row = self._model.row_of(option_id)
        if row < 0:
            return False
        self.list.setCurrentIndex(self._model.index(row, 0))
        self.list.scrollTo(self._model.index(row, 0))
        return True

    def _remember(self) -> None:
        self._kept_id = self.selected_id()

    def _restore(self) -> None:
        if self._kept_id is not None:
            self.select(self._kept_id)
        self._kept_id = None
        self._show_unrated()
        self._show_current()

    def _show_unrated(self) -> None:
        waiting = unrated(self._model.options())
        if waiting:
            codes = ", ".join(self._model.code(o.id) for o in waiting)
            self.unrated_label.setText(_tr("Not rated yet: {codes}").format(codes=codes))
        else:
            self.unrated_label.setText(_tr("Every option is rated."))

    def _show_current(self) -> None:
        option_id = self.selected_id()
        option = self._model.find(option_id) if option_id is not None else None
        self.chart.set_selected(option_id)
        for spin, value in (
            (self.impact, option and option.impact),
            (self.effort, option and option.effort),
        ):
            spin.blockSignals(True)
            spin.setValue(value or 0)
            spin.blockSignals(False)
            spin.setEnabled(
                option is not None and not self._read_only and self._session is not None
            )

    def _rate(self, name: str, spin: Any) -> None:
        option_id = self.selected_id()
        if option_id is None or self._session is None or self._read_only:
            return
        update = self._session.document.update_option
        if self._session.run(update, option_id, **{name: rating_value(spin)}) is None:
            self._show_current()
