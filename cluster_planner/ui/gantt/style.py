"""Brushes, pens and fonts of the timeline, made once from the domain's colour and pattern names.

A bar is filled with its colour and hatched with its pattern, and every shape has a
dark outline, so the chart reads on a washed-out projector and on black-and-white paper.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen


class ColourBy(StrEnum):
    """What the bars' colours tell apart."""

    STATUS = "status"
    LEAD = "lead"
    CATEGORY = "category"


BRUSH_STYLES: dict[str, Qt.BrushStyle] = {
    "solid": Qt.BrushStyle.SolidPattern,
    "diagonal": Qt.BrushStyle.FDiagPattern,
    "back_diagonal": Qt.BrushStyle.BDiagPattern,
    "cross": Qt.BrushStyle.DiagCrossPattern,
    "dots": Qt.BrushStyle.Dense6Pattern,
    "horizontal": Qt.BrushStyle.HorPattern,
    "vertical": Qt.BrushStyle.VerPattern,
}

INK = QColor("#1d1d1d")
HIGHLIGHT = QColor("#1f3a5f")
WARNING = QColor("#D55E00")  # vermillion: the palette's "look here", distinct for colour-blind eyes
PAPER = QColor("#ffffff")

OUTLINE_PEN = QPen(INK, 0)  # cosmetic: one device pixel at every zoom
SELECTED_PEN = QPen(HIGHLIGHT, 2.5)
SUMMARY_BRUSH = QBrush(INK)
LINK_PEN = QPen(QColor("#3a3a3a"), 1.2)
LINK_BRUSH = QBrush(QColor("#3a3a3a"))
VIOLATED_PEN = QPen(WARNING, 2.5, Qt.PenStyle.DashLine)
VIOLATED_BRUSH = QBrush(WARNING)
LINK_SELECTED_PEN = QPen(QColor(31, 58, 95, 90), 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
RUBBER_PEN = QPen(INK, 1.5, Qt.PenStyle.DashLine)
HANDLE_PEN = QPen(INK, 1.2)
HANDLE_BRUSH = QBrush(PAPER)
MILESTONE_PEN = QPen(INK, 1.2)
MILESTONE_DONE = QBrush(INK)
MILESTONE_OPEN = QBrush(PAPER)
TIP_BRUSH = QBrush(QColor("#fffbe6"))


def brush_style(pattern: str) -> Qt.BrushStyle:
    """The Qt brush style of a domain pattern name (solid when the name is unknown)."""
    return BRUSH_STYLES.get(pattern, Qt.BrushStyle.SolidPattern)


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour`` (WCAG 2), 0 for black to 1 for white."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``background``."""
    light = luminance(background)
    on_black = (light + 0.05) / 0.05
    on_white = 1.05 / (light + 0.05)
    return QColor("#000000") if on_black >= on_white else QColor("#ffffff")


@dataclass(frozen=True, eq=False, slots=True)
class BarLook:
    """How one (colour, pattern) pair paints a bar: fill, hatch, progress band and label."""

    colour: str
    pattern: str
    fill: QBrush
    hatch: QBrush | None
    progress: QBrush
    text: QColor


@functools.cache
def bar_look(colour: str, pattern: str) -> BarLook:
    """The look of bars in ``colour`` hatched with ``pattern`` (made once per pair)."""
    base = QColor(colour)
    hatch = None
    style = brush_style(pattern)
    if style is not Qt.BrushStyle.SolidPattern:
        # Dark hatching on light fills and light hatching on dark ones, so grey prints keep it.
        ink = QColor(0, 0, 0, 130) if luminance(base) >= 0.2 else QColor(255, 255, 255, 170)
        hatch = QBrush(ink, style)
    return BarLook(
        colour, pattern, QBrush(base), hatch, QBrush(base.darker(210)), text_colour(base)
    )


@dataclass(frozen=True, eq=False, slots=True)
class ChartLook:
    """Sizes and the label font of one row height, worked out once for the whole chart."""

    row_height: float
    bar_top: float  # from the row's top
    bar_height: float
    band_height: float  # the progress band along the bar's foot
    summary_height: float
    milestone_size: float  # diamonds sit on the bar's foot, clear of its label
    font: QFont
    metrics: QFontMetricsF
    labels: bool  # False when the text would be too small to read

    @classmethod
    def for_rows(cls, row_height: float, base_font: QFont) -> ChartLook:
        """The look of rows ``row_height`` pixels high, with text no larger than ``base_font``."""
        bar_height = round(row_height * 0.7)
        band_height = max(2.0, round(bar_height * 0.2))
        text_room = bar_height - band_height
        font = QFont(base_font)
        base_pixels = font.pixelSize()
        if base_pixels <= 0:
            base_pixels = round(font.pointSizeF() * 96 / 72)
        pixels = max(1, min(base_pixels, int(text_room - 1)))
        font.setPixelSize(pixels)
        return cls(
            row_height=float(row_height),
            bar_top=(row_height - bar_height) / 2,
            bar_height=float(bar_height),
            band_height=float(band_height),
            summary_height=max(3.0, round(row_height * 0.2)),
            milestone_size=max(7.0, round(row_height * 0.42)),
            font=font,
            metrics=QFontMetricsF(font),
            labels=pixels >= 8,
        )
