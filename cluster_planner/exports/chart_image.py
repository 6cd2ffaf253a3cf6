"""The timeline as PNG pictures for the Word roadmap, drawn with Pillow at print resolution.

Same layout as the PDF's vector chart (``chart_layout``): fitted to the page width,
rows cut into page-high slices, each with the calendar header and the row labels.
"""

from __future__ import annotations

import datetime as dt
import functools
import io

from PIL import Image, ImageDraw, ImageFont

from cluster_planner.domain.timeline import next_unit, unit_start
from cluster_planner.exports import roadmap as model
from cluster_planner.exports.chart_layout import (
    HEADER,
    ROW,
    calendar_units,
    label_width,
    unit_label,
)
from cluster_planner.exports.fonts import LATIN, font_path, runs, visual
from cluster_planner.exports.wording import Wording

DPI = 200
INK = (0, 0, 0)
GREY = (85, 85, 85)
RULE = (153, 153, 153)
SHADE = (232, 232, 232)
STRIPE = (244, 244, 244)
WHITE = (255, 255, 255)
BASE = (77, 77, 77)  # the adopted dates' bands, as on screen
_RAMP = 16  # palette entries before the grey ramp, for the bars' colours


@functools.cache
def _font(script: str, bold: bool, pixels: int) -> ImageFont.FreeTypeFont:
    # Basic layout: Arabic arrives joined and in visual order (fonts.visual), so a
    # shaping engine must not reorder it again.
    return ImageFont.truetype(
        str(font_path(script, bold)), pixels, layout_engine=ImageFont.Layout.BASIC
    )


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


class _Glyph:
    """One character rendered once: its mask, where the mask sits, and the advance."""

    __slots__ = ("advance", "blank", "left", "mask", "top")

    def __init__(self, font: ImageFont.FreeTypeFont, char: str) -> None:
        self.advance = font.getlength(char)
        mask, (self.left, self.top) = font.getmask2(char, mode="L", anchor="ls")
        self.mask = mask
        self.blank = mask.size[0] == 0 or mask.size[1] == 0


class _GlyphSet:
    """The glyphs of one face at one size, each rendered the first time it is needed.

    Labels repeat the same few dozen characters thousands of times in a large plan;
    drawing cached glyphs is many times faster than laying out every label again.
    """

    def __init__(self, font: ImageFont.FreeTypeFont) -> None:
        self.font = font
        self.glyphs: dict[str, _Glyph] = {}

    def get(self, char: str) -> _Glyph:
        glyph = self.glyphs.get(char)
        if glyph is None:
            glyph = self.glyphs[char] = _Glyph(self.font, char)
        return glyph


@functools.cache
def _glyph_set(script: str, bold: bool, pixels: int) -> _GlyphSet:
    return _GlyphSet(_font(script, bold, pixels))


class _Painter:
    """Draws in points on an image at ``DPI`` (y grows downwards)."""

    def __init__(self, width: float, height: float) -> None:
        self.k = DPI / 72
        # A palette picture (one byte a pixel, a third of the bytes to compress): the
        # colours first, then a ramp from black to white, so anti-aliased black text
        # blended onto white or grey lands on the right grey.
        size = (round(width * self.k), round(height * self.k))
        self.image = Image.new("P", size, _RAMP + 255 - _RAMP)
        self.palette = [0, 0, 0] * _RAMP + [
            round(n * 255 / (255 - _RAMP)) for n in range(256 - _RAMP) for _ in range(3)
        ]
        # The palette is set now: a chart of grey bars only (every action "proposed") never
        # sets a colour, and a palette picture saved without one is read as black and white.
        self.image.putpalette(self.palette)
        self.colours: dict[tuple[int, int, int], int] = {}
        self.draw = ImageDraw.Draw(self.image)

    def index(self, colour: tuple[int, int, int]) -> int:
        """The palette entry of ``colour`` (greys on the ramp, others given an entry)."""
        red, green, blue = colour
        if red == green == blue or len(self.colours) >= _RAMP:
            grey = round(0.299 * red + 0.587 * green + 0.114 * blue)
            return _RAMP + round(grey * (255 - _RAMP) / 255)
        found = self.colours.get(colour)
        if found is None:
            found = self.colours[colour] = len(self.colours)
            self.palette[3 * found : 3 * found + 3] = list(colour)
            self.image.putpalette(self.palette)
        return found

    def px(self, value: float) -> int:
        return round(value * self.k)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: tuple[int, int, int] | None = None,
        outline: tuple[int, int, int] | None = None,
        line: float = 0.5,
    ) -> None:
        box = (
            self.px(x),
            self.px(y),
            max(self.px(x + w) - 1, self.px(x)),
            max(self.px(y + h) - 1, self.px(y)),
        )
        self.draw.rectangle(
            box,
            fill=None if fill is None else self.index(fill),
            outline=None if outline is None else self.index(outline),
            width=max(1, self.px(line)) if outline else 0,
        )

    def line(
        self,
        points: list[tuple[float, float]],
        colour: tuple[int, int, int] = INK,
        width: float = 0.5,
    ) -> None:
        self.draw.line(
            [(self.px(x), self.px(y)) for x, y in points],
            fill=self.index(colour),
            width=max(1, self.px(width)),
        )

    def _glyphs(self, text: str, size: float, bold: bool) -> list[_Glyph]:
        pixels = self.px(size)
        return [
            _glyph_set(script, bold, pixels).get(char)
            for script, piece in runs(visual(text))
            for char in piece
        ]

    def text_width(self, text: str, size: float, bold: bool = False) -> float:
        return sum(g.advance for g in self._glyphs(text, size, bold)) / self.k

    def text(
        self,
        x: float,
        baseline: float,
        text: str,
        size: float,
        *,
        bold: bool = False,
        max_width: float | None = None,
        colour: tuple[int, int, int] = INK,
    ) -> None:
        glyphs = self._glyphs(text, size, bold)
        if max_width is not None:
            room = max_width * self.k
            if sum(g.advance for g in glyphs) > room:
                ellipsis = _glyph_set(LATIN, bold, self.px(size)).get("…")
                kept, used = [], ellipsis.advance
                for glyph in glyphs:
                    if used + glyph.advance > room:
                        break
                    kept.append(glyph)
                    used += glyph.advance
                while kept and kept[-1].blank:
                    kept.pop()
                glyphs = [*kept, ellipsis]
        ink = self.index(colour)
        cursor = x * self.k
        y = self.px(baseline)
        for glyph in glyphs:
            if not glyph.blank:
                self.draw.draw.draw_bitmap(
                    (round(cursor) + glyph.left, y + glyph.top), glyph.mask, ink
                )
            cursor += glyph.advance

    def hatch(self, pattern: str, x: float, y: float, w: float, h: float) -> None:
        """Draw ``pattern`` inside the box (lines cut at its edges)."""
        if pattern == "solid" or w <= 0 or h <= 0:
            return
        step = 3.0
        right, bottom = x + w, y + h
        segments: list[tuple[float, float, float, float]] = []
        if pattern in ("diagonal", "cross"):  # rising to the right, at 45°
            a = x - h
            while a < right:
                x0, x1 = max(a, x), min(a + h, right)
                if x0 < x1:
                    segments.append((x0, bottom - (x0 - a), x1, bottom - (x1 - a)))
                a += step
        if pattern in ("back_diagonal", "cross"):  # falling to the right
            a = x
            while a < right + h:
                x0, x1 = max(a - h, x), min(a, right)
                if x0 < x1:
                    segments.append((x0, y + (x0 - (a - h)), x1, y + (x1 - (a - h))))
                a += step
        if pattern == "horizontal":
            level = y + step / 2
            while level < bottom:
                segments.append((x, level, right, level))
                level += step
        if pattern == "vertical":
            across = x + step / 2
            while across < right:
                segments.append((across, y, across, bottom))
                across += step
        width = max(1, self.px(0.45))
        for x0, y0, x1, y1 in segments:
            self.draw.line(
                [(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))],
                fill=self.index(INK),
                width=width,
            )
        if pattern == "dots":
            radius = max(1, self.px(0.5))
            across = x + 1.5
            while across < right:
                for level in (y + h / 3, y + 2 * h / 3):
                    cx, cy = self.px(across), self.px(level)
                    self.draw.ellipse(
                        (cx - radius, cy - radius, cx + radius, cy + radius),
                        fill=self.index(INK),
                    )
                across += step

    def png(self) -> bytes:
        return encode_png(self.image)


def encode_png(image: Image.Image) -> bytes:
    """``image`` as PNG bytes. Thread-safe; Pillow lets other threads run meanwhile."""
    buffer = io.BytesIO()
    # Fast compression: a chart page is mostly flat colour, so the file stays small.
    image.save(buffer, "PNG", dpi=(DPI, DPI), compress_level=1)
    return buffer.getvalue()


def legend_png(legend: tuple[tuple[str, str, str], ...], width: float) -> tuple[bytes, float]:
    """The legend as a picture ``width`` points wide; returns (PNG, height in points)."""
    probe = _Painter(10, 10)
    placed = []
    x = y = 0.0
    for label, colour, pattern in legend:
        item = 26 + probe.text_width(label, 8) + 14
        if x + item > width and x > 0:
            x, y = 0.0, y + 14
        placed.append((x, y, label, colour, pattern))
        x += item
    height = y + 14
    painter = _Painter(width, height)
    for x, y, label, colour, pattern in placed:
        if pattern == "today":  # the day's dashed line
            for step in (0.0, 5.0, 10.0):
                painter.line([(x + 10, y + step), (x + 10, y + step + 3)], INK, 0.9)
        elif pattern == "baseline":  # the adopted dates' band
            painter.rect(x, y + 7.8, 20, 2.2, fill=BASE)
        else:
            painter.rect(x, y + 2, 20, 8, fill=_rgb(colour))
            if pattern == "progress":  # the line along a bar's foot
                painter.rect(x, y + 8.4, 12, 1.6, fill=INK)
            else:
                painter.hatch(pattern, x, y + 2, 20, 8)
            painter.rect(x, y + 2, 20, 8, outline=INK)
        painter.text(x + 24, y + 9, label, 8)
    return painter.png(), height


def chart_png(
    block: model.Chart, words: Wording, first: int, last: int, width: float, row: float = ROW
) -> bytes:
    """Rows ``first`` to ``last`` of the chart as a PNG picture ``width`` points wide."""
    return encode_png(chart_image(block, words, first, last, width, row))


def chart_image(
    block: model.Chart, words: Wording, first: int, last: int, width: float, row: float = ROW
) -> Image.Image:
    """Rows ``first`` to ``last`` of the chart drawn ``width`` points wide, at ``DPI``, each
    ``row`` points high."""
    chart = block.chart
    height = HEADER + (last - first) * row + 2
    painter = _Painter(width, height)
    labels_w = label_width(width, block.longest_label)
    scale = (width - labels_w) / chart.width
    grid = chart.grid
    upper, lower = calendar_units(grid.day_width * scale)
    top = HEADER  # y of the first row's top edge, downwards
    bottom = top + (last - first) * row

    def x_of(day: dt.date) -> float:
        return labels_w + grid.x(day) * scale

    def row_top(n: int) -> float:
        return top + (n - first) * row

    for n in range(first, last):
        if chart.rows[n][0] == "objective":
            painter.rect(0, row_top(n), width, row, fill=SHADE)
        elif (n - first) % 2:
            painter.rect(0, row_top(n), width, row, fill=STRIPE)
    start_day, end_day = grid.date_at(0), grid.date_at(chart.width)
    for unit, y0, is_upper in ((lower, HEADER / 2, False), (upper, 0.0, True)):
        if unit is None:
            continue
        day = unit_start(start_day, unit)
        while day <= end_day:
            x = x_of(day)
            following = next_unit(day, unit)
            right = min(x_of(following), width)
            if labels_w <= x <= width:
                painter.line([(x, y0), (x, bottom)], INK if is_upper else RULE, 0.3)
            left = max(x, labels_w)
            room = right - left
            size = 8 if is_upper else 7
            text = unit_label(words, day, unit, room)
            text_width = painter.text_width(text, size, is_upper)
            if room > 8 and text_width <= room - 2:
                baseline = HEADER / 2 - 4 if is_upper else HEADER - 4
                painter.text(left + (room - text_width) / 2, baseline, text, size, bold=is_upper)
            if following <= day:  # the last day there is: nothing follows
                break
            day = following
    painter.line([(0, top), (width, top)], INK, 0.6)
    painter.line([(labels_w, 0), (labels_w, bottom)], INK, 0.6)
    for n in range(first, last):
        key = chart.rows[n]
        indent = 0 if key[0] == "objective" else 8
        painter.text(
            2 + indent,
            row_top(n) + row - 3.6,
            block.labels.get(key, ""),
            7.5,
            bold=key[0] == "objective",
            max_width=labels_w - 6 - indent,
        )
    for summary in chart.summaries:
        if first <= summary.row < last:
            left, right = labels_w + summary.left * scale, labels_w + summary.right * scale
            painter.rect(
                left, row_top(summary.row) + row * 0.38, right - left, row * 0.24, fill=INK
            )
    # The baseline: a thin dark band in the gap under each bar, at the adopted dates.
    for band_row, band_left, band_right in block.baseline:
        if first <= band_row < last:
            left = labels_w + band_left * scale
            width_band = max((band_right - band_left) * scale, 1.0)
            painter.rect(left, row_top(band_row) + row * 0.84, width_band, row * 0.12, fill=BASE)
    for bar in chart.bars:
        if not first <= bar.row < last:
            continue
        y = row_top(bar.row) + row * 0.2
        h = row * 0.6
        left = labels_w + bar.left * scale
        w = max((bar.right - bar.left) * scale, 1.0)
        painter.rect(left, y, w, h, fill=_rgb(bar.colour))
        painter.hatch(bar.pattern, left, y, w, h)
        painter.rect(left, y, w, h, outline=INK)
        if bar.progress:
            painter.rect(left, y + h - 1.6, w * min(bar.progress, 100) / 100, 1.6, fill=INK)
    for link in chart.links:
        rows = [int(p[1] / chart.row_height) for p in (link.points[0], link.points[-1])]
        if not all(first <= r < last for r in rows):
            continue
        points = [
            (labels_w + x * scale, top + (y / chart.row_height - first) * row)
            for x, y in link.points
        ]
        painter.line(points, GREY if link.late_days else INK, 0.5)
        (x0, _), (x1, y1) = points[-2], points[-1]
        direction = 1 if x1 >= x0 else -1
        painter.draw.polygon(
            [
                (painter.px(x1), painter.px(y1)),
                (painter.px(x1 - 3 * direction), painter.px(y1 - 1.8)),
                (painter.px(x1 - 3 * direction), painter.px(y1 + 1.8)),
            ],
            fill=painter.index(INK),
        )
    # The day printed: a dashed line down the rows (the legend says which day).
    if block.today is not None and grid.date_at(0) <= block.today <= grid.date_at(chart.width):
        x = x_of(block.today)
        y = top
        while y < bottom:
            painter.line([(x, y), (x, min(y + 3, bottom))], INK, 0.9)
            y += 5
    for milestone in chart.milestones:
        if not first <= milestone.row < last:
            continue
        cx = painter.px(labels_w + milestone.x * scale)
        cy = painter.px(row_top(milestone.row) + row / 2)
        r = painter.px(row * 0.36)
        painter.draw.polygon(
            [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)],
            fill=painter.index(INK if milestone.done else WHITE),
            outline=painter.index(INK),
            width=max(1, painter.px(0.6)),
        )
    return painter.image
