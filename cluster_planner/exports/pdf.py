"""The roadmap as a PDF (reportlab platypus), laid out for A4 or Letter paper.

One pass: "page X of Y" and the page numbers in the contents are PDF forms drawn where
they are needed and defined once the pages they name are known. Wide parts (the
action plan, the timeline, the monitoring table) are on landscape pages; the timeline
is drawn as vectors, fitted to the page width and continued over as many pages as its
rows need, with the calendar and the row labels on every page. All text, typed or
fixed, is escaped before reportlab reads it, so nothing in it is ever markup.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    LongTable,
    NextPageTemplate,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Paragraph as PdfParagraph

from cluster_planner.domain.timeline import next_unit, unit_start
from cluster_planner.exports import roadmap as model
from cluster_planner.exports.chart_layout import (
    HEADER,
    ROW,
    calendar_units,
    label_width,
    unit_label,
)
from cluster_planner.exports.files import write_whole
from cluster_planner.exports.fonts import (
    ARABIC,
    EMOJI,
    ETHIOPIC,
    LATIN,
    SYMBOLS,
    SYMBOLS2,
    direction,
    font_path,
    has_arabic,
    latin_only,
    runs,
    visual,
)
from cluster_planner.exports.wording import Wording

PAGE_SIZES = {model.Paper.A4: A4, model.Paper.LETTER: LETTER}
MARGIN = 18 * mm
ORPHANS = 4  # the fewest timeline rows on a page of their own

INK = colors.black
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#E8E8E8")
STRIPE = colors.HexColor("#F4F4F4")
BASELINE = colors.HexColor("#4D4D4D")  # the adopted dates' bands, as on screen

_FACES = {
    LATIN: "RoadmapSans",
    ETHIOPIC: "RoadmapEthiopic",
    ARABIC: "RoadmapArabic",
    SYMBOLS: "RoadmapSymbols",
    SYMBOLS2: "RoadmapSymbols2",
    EMOJI: "RoadmapEmoji",
}


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode map of a font subset, with characters beyond U+FFFF (emoji)
    written as UTF-16 surrogate pairs, as the PDF format asks: reportlab writes their code
    point as is, which readers take for two other characters (👞 read back as "ὅ…")."""

    def utf16(code: int) -> str:
        if code <= 0xFFFF:
            return f"{code:04X}"
        code -= 0x10000
        return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"

    lines = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(lines)


def _register_fonts() -> None:
    """Register the shipped faces with reportlab once (embedded, subset, in every PDF)."""
    if _FACES[LATIN] in pdfmetrics.getRegisteredFontNames():
        return
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for script, family in _FACES.items():
        pdfmetrics.registerFont(TTFont(family, str(font_path(script)), shapable=False))
        pdfmetrics.registerFont(
            TTFont(f"{family}-Bold", str(font_path(script, bold=True)), shapable=False)
        )
        pdfmetrics.registerFontFamily(
            family,
            normal=family,
            bold=f"{family}-Bold",
            italic=family,
            boldItalic=f"{family}-Bold",
        )


def face(script: str, bold: bool = False) -> str:
    """The registered font name for ``script``."""
    return _FACES[script] + ("-Bold" if bold else "")


def markup(text: str, bold: bool = False, base: str | None = None) -> str:
    """One line of ``text`` as reportlab markup: in display order, escaped, each script
    in its own face. ``base``: the paragraph's direction (default: the text's own)."""
    pieces = []
    for script, piece in runs(visual(text, base)):
        escaped = escape(piece).replace("\n", "<br/>")
        if script == LATIN:
            pieces.append(escaped)
        else:
            pieces.append(f'<font face="{face(script, bold)}">{escaped}</font>')
    return "".join(pieces)


def text_width(text: str, size: float, bold: bool = False, base: str | None = None) -> float:
    """The width of one line of ``text`` as drawn (joined Arabic, each script's face)."""
    return float(
        sum(
            pdfmetrics.stringWidth(piece, face(script, bold), size)
            for script, piece in runs(visual(text, base))
        )
    )


def fit(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """``text`` cut with "…" to fit ``max_width``: cut in reading order, before the line
    is put in display order, so what is kept is the start of the text."""
    if text_width(text, size, bold) <= max_width:
        return text
    base = direction(text)
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with the ellipsis, by halving
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold, base) <= max_width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def wrap_lines(
    text: str, size: float, bold: bool, first: float, rest: float, base: str
) -> list[str]:
    """``text`` cut into lines at spaces, in reading order: the first line ``first`` wide,
    the others ``rest``. Line breaks typed in the text are kept."""
    lines: list[str] = []
    for typed in text.split("\n"):
        current = ""
        for word in typed.split(" "):
            candidate = f"{current} {word}" if current else word
            limit = first if not lines else rest
            if current and text_width(candidate, size, bold, base) > limit - 0.5:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


class TextParagraph(PdfParagraph):  # type: ignore[misc]
    """A paragraph of text that may hold Arabic: wrapped in reading order at the width it
    is given, then each line put in display order. A paragraph whose first letter is
    Arabic reads right to left and is right-aligned. ``prefix`` is markup set before the
    text (a bold code), ``prefix_width`` its width."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        *args: Any,
        bold: bool = False,
        prefix: str = "",
        prefix_width: float = 0.0,
        **kwargs: Any,
    ) -> None:
        self.logical = text
        if text is None:  # a piece of a paragraph split across pages: laid out already
            super().__init__(text, style, *args, **kwargs)
            return
        self.bold = bold
        self.prefix = prefix
        self.prefix_width = prefix_width
        self.base = direction(text)
        self.arabic = has_arabic(text)
        if self.base == "R" and not prefix:
            style = ParagraphStyle(f"{style.name}_rtl", style, alignment=TA_RIGHT)
        self._laid_for: float | None = None
        super().__init__(prefix + markup(text, bold, self.base), style, *args, **kwargs)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.logical is not None and self.arabic and self._laid_for != available_width:
            style = self.style
            rest = available_width - style.leftIndent - style.rightIndent
            first = rest - style.firstLineIndent - self.prefix_width
            lines = wrap_lines(self.logical, style.fontSize, self.bold, first, rest, self.base)
            text = "<br/>".join(markup(line, self.bold, self.base) for line in lines)
            PdfParagraph.__init__(self, self.prefix + text, style)
            self._laid_for = available_width
        return super().wrap(available_width, available_height)  # type: ignore[no-any-return]


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    max_width: float | None = None,
    anchor: str = "left",
    colour: colors.Color = INK,
) -> float:
    """Draw one line of ``text`` from ``x`` (or ending there: anchor "right"), cut with "…"
    when wider than ``max_width``; return its width."""
    if max_width is not None:
        text = fit(text, size, max_width, bold)
    pieces = runs(visual(text))
    widths = [pdfmetrics.stringWidth(p, face(s, bold), size) for s, p in pieces]
    total = sum(widths)
    start = x - total if anchor == "right" else x
    canvas.setFillColor(colour)
    for (script, piece), width in zip(pieces, widths, strict=True):
        canvas.setFont(face(script, bold), size)
        canvas.drawString(start, y, piece)
        start += width
    return float(total)


# --- styles --------------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    sans, bold = face(LATIN), face(LATIN, True)
    base = ParagraphStyle("body", fontName=sans, fontSize=10, leading=13.5, spaceAfter=5)
    return {
        "body": base,
        "lead": ParagraphStyle("lead", base, fontSize=12.5, leading=17, spaceAfter=8),
        "note": ParagraphStyle("note", base, fontSize=8.5, leading=11, textColor=GREY),
        "quote": ParagraphStyle("quote", base, leftIndent=12, fontSize=11, leading=15),
        "warning": ParagraphStyle("warning", base, fontName=bold, fontSize=9.5, leading=12.5),
        "h1": ParagraphStyle(
            "h1", base, fontName=bold, fontSize=19, leading=23, spaceBefore=0, spaceAfter=10
        ),
        "h2": ParagraphStyle(
            "h2", base, fontName=bold, fontSize=13.5, leading=17, spaceBefore=10, spaceAfter=5
        ),
        "h3": ParagraphStyle(
            "h3", base, fontName=bold, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3
        ),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cell_right": ParagraphStyle(
            "cell_right", base, fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold", base, fontName=bold, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        "cell_group": ParagraphStyle(
            "cell_group", base, fontName=bold, fontSize=9.5, leading=12, spaceAfter=0
        ),
        "swot_title": ParagraphStyle(
            "swot_title", base, fontName=bold, fontSize=11, leading=14, spaceAfter=3
        ),
        "swot": ParagraphStyle(
            "swot",
            base,
            fontSize=8.5,
            leading=10.5,
            spaceAfter=3,
            leftIndent=14,
            firstLineIndent=-14,
        ),
        "cover_cluster": ParagraphStyle(
            "cover_cluster", base, fontName=bold, fontSize=30, leading=36, spaceAfter=12
        ),
        "cover_title": ParagraphStyle("cover_title", base, fontSize=20, leading=25, spaceAfter=8),
        "cover_line": ParagraphStyle(
            "cover_line", base, fontSize=12, leading=17, spaceAfter=2, textColor=GREY
        ),
        "contents": ParagraphStyle("contents", base, fontSize=11.5, leading=20),
        "centre": ParagraphStyle("centre", base, alignment=TA_CENTER),
    }


# --- flowables -------------------------------------------------------------------------------


class _State:
    """What one document's flowables share: page-number forms, headings seen."""

    def __init__(self, words: Wording) -> None:
        self.words = words
        self.heading_count = 0
        self.defined: set[str] = set()
        self.running_title = ""  # the title of pages that continue a sheet


# The tallest heading (in points, about ten lines) that moves to the next page whole
# rather than being split.
_WHOLE_HEADING = 200.0


class HeadingFlowable(TextParagraph):
    """A heading that bookmarks its page, enters the outline, and (level 1) its contents line.

    A heading of a few lines moves to the next page whole; one taller than
    ``_WHOLE_HEADING`` (a title of thousands of characters) is split like any paragraph:
    the first piece bookmarks, the rest are plain paragraphs.
    """

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        level: int = 0,
        key: str = "",
        state: _State | None = None,
        contents_form: str | None = None,
        **kwargs: Any,
    ) -> None:
        if text is None:  # a piece of a heading split across pages (reportlab's split)
            TextParagraph.__init__(self, None, style, **kwargs)
            self.level = 0
            return
        super().__init__(text, style, bold=True)
        self.plain = text[:200]
        self.level = level
        self.key = key
        self.state = state
        self.contents_form = contents_form

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if self.level and self.wrap(available_width, available_height)[1] <= _WHOLE_HEADING:
            return []  # a heading of a few lines is never cut by a page: it moves on whole
        pieces = list(super().split(available_width, available_height))
        if pieces and self.level:
            first = pieces[0]
            first.level, first.plain, first.key = self.level, self.plain, self.key
            first.state, first.contents_form = self.state, self.contents_form
        return pieces

    def draw(self) -> None:
        if not self.level or self.state is None:
            super().draw()
            return
        canvas = self.canv
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.plain, self.key, level=self.level - 1, closed=self.level > 1)
        if self.contents_form is not None and self.contents_form not in self.state.defined:
            _define_number_form(canvas, self.contents_form, str(canvas.getPageNumber()))
            self.state.defined.add(self.contents_form)
        super().draw()


def _define_number_form(canvas: Canvas, name: str, text: str) -> None:
    """A small form holding ``text`` right-aligned at its origin (a page number)."""
    canvas.beginForm(name, lowerx=-200, lowery=-10, upperx=10, uppery=30)
    canvas.setFont(face(LATIN), 10)
    canvas.setFillColor(INK)
    canvas.drawRightString(0, 0, text)
    canvas.endForm()


class ContentsFlowable(Flowable):  # type: ignore[misc]
    """The contents: each part's title, dotted leaders and its page number (a form)."""

    def __init__(self, entries: Sequence[tuple[str, str]], style: ParagraphStyle) -> None:
        super().__init__()
        self.entries = list(entries)  # (title, form name)
        self.style = style

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = len(self.entries) * self.style.leading
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        size = self.style.fontSize
        y = self.height - self.style.leading + 5
        for title, form in self.entries:
            width = draw_text(canvas, 0, y, title, size, max_width=self.width - 60)
            # Dotted leaders drawn as a line, so copied text has no rows of dots.
            canvas.saveState()
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.8)
            canvas.setLineCap(1)
            canvas.setDash([0.1, 3.2])
            canvas.line(width + 8, y + 1, self.width - 36, y + 1)
            canvas.restoreState()
            canvas.saveState()
            canvas.translate(self.width, y)
            canvas.doForm(form)
            canvas.restoreState()
            y -= self.style.leading


class ChartFlowable(Flowable):  # type: ignore[misc]
    """Rows ``first``…``last`` of the timeline, with the calendar header and row labels.

    Splits itself at a row boundary, repeating header and labels on each page, and the
    legend above the rows of every page after the first.
    """

    ROW = ROW
    HEADER = HEADER

    def __init__(
        self,
        block: model.Chart,
        words: Wording,
        first: int = 0,
        last: int | None = None,
        legend: bool = False,
    ) -> None:
        super().__init__()
        self.block = block
        self.words = words
        self.first = first
        self.last = len(block.chart.rows) if last is None else last
        self.legend = LegendFlowable(block) if legend else None

    def _legend_height(self, available_width: float) -> float:
        if self.legend is None:
            return 0.0
        return float(self.legend.wrap(available_width, 1000)[1]) + 4

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = (
            self._legend_height(available_width)
            + self.HEADER
            + (self.last - self.first) * self.ROW
            + 2
        )
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self._legend_height(available_width) - self.HEADER - 2
        fits = int(room // self.ROW)
        rows = self.last - self.first
        if fits >= rows:
            return [self]
        if rows - fits < ORPHANS:
            fits = rows - ORPHANS  # never leave a row or two alone on the next page
        if fits < ORPHANS:
            return []
        middle = self.first + fits
        return [
            ChartFlowable(self.block, self.words, self.first, middle, self.legend is not None),
            ChartFlowable(self.block, self.words, middle, self.last, legend=True),
        ]

    def draw(self) -> None:
        height = self.height
        if self.legend is not None:
            legend_height = self._legend_height(self.width)
            self.legend.drawOn(self.canv, 0, height - legend_height + 4)
            height -= legend_height
        _draw_chart(
            self.canv,
            self.block,
            self.words,
            self.first,
            self.last,
            self.width,
            height,
            self.ROW,
            self.HEADER,
        )


def _draw_chart(
    canvas: Canvas,
    block: model.Chart,
    words: Wording,
    first: int,
    last: int,
    width: float,
    height: float,
    row: float,
    header: float,
) -> None:
    chart = block.chart
    labels_w = label_width(width, block.longest_label)
    area = width - labels_w
    scale = area / chart.width
    top = height - header  # the y of the first row's top edge
    grid = chart.grid
    day_w = grid.day_width * scale
    upper, lower = calendar_units(day_w)

    def x_of(day: dt.date) -> float:
        return labels_w + grid.x(day) * scale

    start_day = grid.date_at(0)
    end_day = grid.date_at(chart.width)
    canvas.saveState()
    # Rows: a light stripe every other row, objective rows shaded.
    for n in range(first, last):
        y = top - (n - first + 1) * row
        kind, _ = chart.rows[n]
        if kind == "objective":
            canvas.setFillColor(SHADE)
            canvas.rect(0, y, width, row, stroke=0, fill=1)
        elif (n - first) % 2:
            canvas.setFillColor(STRIPE)
            canvas.rect(0, y, width, row, stroke=0, fill=1)
    # Calendar: lines at each lower unit, labels in the header.
    canvas.setLineWidth(0.3)
    for line_unit, y0, y1 in (
        (lower, top - (last - first) * row, top + header / 2),
        (upper, top - (last - first) * row, top + header),
    ):
        if line_unit is None:
            continue
        day = unit_start(start_day, line_unit)
        while day <= end_day:
            x = x_of(day)
            following = next_unit(day, line_unit)
            right = min(x_of(following), width)
            if labels_w <= x <= width:
                canvas.setStrokeColor(RULE if line_unit is lower else INK)
                canvas.line(x, y0, x, y1)
            left = max(x, labels_w)
            room = right - left
            if room > 8:
                label_y = top + 4 if line_unit is lower else top + header / 2 + 4
                size = 7 if line_unit is lower else 8
                text = unit_label(words, day, line_unit, room)
                shown = pdfmetrics.stringWidth(text, face(LATIN, line_unit is upper), size)
                if shown <= room - 2:
                    draw_text(
                        canvas,
                        left + (room - shown) / 2,
                        label_y,
                        text,
                        size,
                        bold=line_unit is upper,
                    )
            if following <= day:  # the last day there is: nothing follows
                break
            day = following
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    canvas.line(0, top, width, top)
    canvas.line(labels_w, top - (last - first) * row, labels_w, top + header)
    # Row labels.
    for n in range(first, last):
        key = chart.rows[n]
        y = top - (n - first + 1) * row + 3.6
        indent = 0 if key[0] == "objective" else 8
        draw_text(
            canvas,
            2 + indent,
            y,
            block.labels.get(key, ""),
            7.5,
            bold=key[0] == "objective",
            max_width=labels_w - 6 - indent,
        )

    def row_y(n: int) -> float:
        return top - (n - first + 1) * row

    # Objective summary bars.
    canvas.setFillColor(INK)
    for summary in chart.summaries:
        if first <= summary.row < last:
            y = row_y(summary.row) + row * 0.38
            left, right = labels_w + summary.left * scale, labels_w + summary.right * scale
            canvas.rect(left, y, right - left, row * 0.24, stroke=0, fill=1)
    # The baseline: a thin dark band in the gap under each bar, at the adopted dates.
    canvas.setFillColor(BASELINE)
    for band_row, band_left, band_right in block.baseline:
        if first <= band_row < last:
            left = labels_w + band_left * scale
            width_band = max((band_right - band_left) * scale, 1.0)
            canvas.rect(
                left, row_y(band_row) + row * 0.04, width_band, row * 0.12, stroke=0, fill=1
            )
    # Action bars with their pattern, outline and progress.
    for bar in chart.bars:
        if not first <= bar.row < last:
            continue
        y = row_y(bar.row) + row * 0.2
        h = row * 0.6
        left = labels_w + bar.left * scale
        w = max((bar.right - bar.left) * scale, 1.0)
        canvas.setFillColor(colors.HexColor(bar.colour))
        canvas.rect(left, y, w, h, stroke=0, fill=1)
        _hatch(canvas, bar.pattern, left, y, w, h)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.rect(left, y, w, h, stroke=1, fill=0)
        if bar.progress:
            canvas.setFillColor(INK)
            canvas.rect(left, y, w * min(bar.progress, 100) / 100, 1.6, stroke=0, fill=1)
    # Dependencies, drawn only when both ends are on this page.
    canvas.setLineWidth(0.5)
    for link in chart.links:
        rows = [int(p[1] / chart.row_height) for p in (link.points[0], link.points[-1])]
        if not all(first <= r < last for r in rows):
            continue
        points = [
            (labels_w + x * scale, top - (y / chart.row_height - first) * row)
            for x, y in link.points
        ]
        canvas.setStrokeColor(INK if not link.late_days else GREY)
        canvas.setDash([2, 1.5] if link.late_days else [])
        path = canvas.beginPath()
        path.moveTo(*points[0])
        for point in points[1:]:
            path.lineTo(*point)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setDash([])
        (x0, y0), (x1, y1) = points[-2], points[-1]
        direction = 1 if x1 >= x0 else -1
        canvas.setFillColor(INK)
        arrow = canvas.beginPath()
        arrow.moveTo(x1, y1)
        arrow.lineTo(x1 - 3 * direction, y1 + 1.8)
        arrow.lineTo(x1 - 3 * direction, y1 - 1.8)
        arrow.close()
        canvas.drawPath(arrow, stroke=0, fill=1)
    # The day printed: a dashed line down the rows (the legend says which day).
    if block.today is not None and start_day <= block.today <= end_day:
        x = x_of(block.today)
        bottom = top - (last - first) * row
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.9)
        canvas.setDash([3, 2])
        canvas.line(x, bottom, x, top)
        canvas.setDash([])
    # Milestones.
    for milestone in chart.milestones:
        if not first <= milestone.row < last:
            continue
        cx = labels_w + milestone.x * scale
        cy = row_y(milestone.row) + row / 2
        r = row * 0.36
        diamond = canvas.beginPath()
        diamond.moveTo(cx, cy + r)
        diamond.lineTo(cx + r, cy)
        diamond.lineTo(cx, cy - r)
        diamond.lineTo(cx - r, cy)
        diamond.close()
        canvas.setStrokeColor(INK)
        canvas.setFillColor(INK if milestone.done else colors.white)
        canvas.setLineWidth(0.6)
        canvas.drawPath(diamond, stroke=1, fill=1)
    canvas.restoreState()


def _hatch(canvas: Canvas, pattern: str, x: float, y: float, w: float, h: float) -> None:
    """Draw ``pattern`` inside a bar, so bars differ in black and white too."""
    if pattern == "solid":
        return
    canvas.saveState()
    clip = canvas.beginPath()
    clip.rect(x, y, w, h)
    canvas.clipPath(clip, stroke=0, fill=0)
    canvas.setStrokeColor(INK)
    canvas.setFillColor(INK)
    canvas.setLineWidth(0.45)
    step = 3.0
    if pattern in ("diagonal", "cross"):
        offset = -h
        while offset < w:
            canvas.line(x + offset, y, x + offset + h, y + h)
            offset += step
    if pattern in ("back_diagonal", "cross"):
        offset = 0.0
        while offset < w + h:
            canvas.line(x + offset, y, x + offset - h, y + h)
            offset += step
    if pattern == "horizontal":
        level = y + step / 2
        while level < y + h:
            canvas.line(x, level, x + w, level)
            level += step
    if pattern == "vertical":
        across = x + step / 2
        while across < x + w:
            canvas.line(across, y, across, y + h)
            across += step
    if pattern == "dots":
        across = x + 1.5
        while across < x + w:
            for level in (y + h / 3, y + 2 * h / 3):
                canvas.circle(across, level, 0.45, stroke=0, fill=1)
            across += step
    canvas.restoreState()


class LegendFlowable(Flowable):  # type: ignore[misc]
    """The chart's legend: a swatch with colour and pattern for each label, then the
    progress line and the day's line, in rows."""

    def __init__(self, block: model.Chart) -> None:
        super().__init__()
        self.block = block
        self.entries: list[tuple[str, str, str]] = list(block.legend)
        if block.progress_label:
            self.entries.append((block.progress_label, "#FFFFFF", "progress"))
        if block.today_label and block.today is not None:
            self.entries.append((block.today_label, "#FFFFFF", "today"))
        if block.baseline_label:
            self.entries.append((block.baseline_label, "#4D4D4D", "baseline"))

    def _layout(self, width: float) -> list[tuple[float, float, str, str, str]]:
        placed = []
        x, y = 0.0, 0.0
        for label, colour, pattern in self.entries:
            item = 26 + pdfmetrics.stringWidth(label, face(LATIN), 8) + 14
            if x + item > width and x > 0:
                x, y = 0.0, y + 14
            placed.append((x, y, label, colour, pattern))
            x += item
        return placed

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        placed = self._layout(available_width)
        self.width = available_width
        self.height = (placed[-1][1] + 14 if placed else 0) + 4
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        for x, y, label, colour, pattern in self._layout(self.width):
            base = self.height - y - 12
            canvas.setStrokeColor(INK)
            if pattern == "today":
                canvas.setLineWidth(0.9)
                canvas.setDash([3, 2])
                canvas.line(x + 10, base - 2, x + 10, base + 10)
                canvas.setDash([])
            elif pattern == "baseline":
                canvas.setFillColor(BASELINE)
                canvas.rect(x, base, 20, 2.2, stroke=0, fill=1)
            else:
                canvas.setFillColor(colors.HexColor(colour))
                canvas.rect(x, base, 20, 8, stroke=0, fill=1)
                if pattern == "progress":
                    canvas.setFillColor(INK)
                    canvas.rect(x, base, 12, 1.6, stroke=0, fill=1)
                else:
                    _hatch(canvas, pattern, x, base, 20, 8)
                canvas.setLineWidth(0.5)
                canvas.rect(x, base, 20, 8, stroke=1, fill=0)
            draw_text(canvas, x + 24, base + 1, label, 8)


# --- the document ----------------------------------------------------------------------------


class _Writer:
    """Turns a Roadmap into platypus flowables and page templates."""

    def __init__(self, document: model.Roadmap) -> None:
        _register_fonts()
        self.document = document
        self.words = document.wording
        self.styles = _styles()
        self.state = _State(self.words)
        self.portrait = PAGE_SIZES[document.paper]
        self.landscape = landscape(self.portrait)
        self.contents_forms: dict[int, str] = {}

    # Frames and page decorations.

    def templates(self) -> list[PageTemplate]:
        def frame(size: tuple[float, float], name: str) -> Frame:
            width, height = size
            return Frame(
                MARGIN,
                MARGIN + 4 * mm,
                width - 2 * MARGIN,
                height - 2 * MARGIN - 10 * mm,
                id=name,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )

        templates = [
            PageTemplate(
                "cover",
                [frame(self.portrait, "cover")],
                pagesize=self.portrait,
                onPage=self._cover_page,
            ),
            PageTemplate(
                "portrait",
                [frame(self.portrait, "portrait")],
                pagesize=self.portrait,
                onPage=self._page,
            ),
            PageTemplate(
                "landscape",
                [frame(self.landscape, "landscape")],
                pagesize=self.landscape,
                onPage=self._page,
            ),
        ]
        # The document starts on the first template: the one its first part wants.
        parts = self.document.parts
        first = self.orientation(parts[0]) if parts else "portrait"
        templates.sort(key=lambda t: t.id != first)
        return templates

    def _cover_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.setTitle(self.document.title)
        canvas.setSubject(self.document.revision_label)
        canvas.setCreator("Cluster Planner")
        canvas.showOutline()

    def _page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if canvas.getPageNumber() == 1:
            self._cover_page(canvas, doc)
        width, height = canvas._pagesize
        canvas.saveState()
        top = height - MARGIN + 2
        half = (width - 2 * MARGIN) / 2 - 6
        draw_text(canvas, MARGIN, top, self.document.plan_name, 8, colour=GREY, max_width=half)
        draw_text(
            canvas,
            width - MARGIN,
            top,
            self.document.revision_label,
            8,
            colour=GREY,
            anchor="right",
            max_width=half,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        # A page that continues an organisation's sheet says whose it is; the frame's
        # content starts below that line.
        frame = doc.pageTemplate.frames[0]
        continued = self.state.running_title
        frame.topPadding = 20 if continued else 0
        if continued:
            draw_text(
                canvas,
                MARGIN,
                frame._y2 - 12,
                continued,
                11,
                bold=True,
                max_width=width - 2 * MARGIN,
            )
        canvas.line(MARGIN, MARGIN - 2, width - MARGIN, MARGIN - 2)
        words = self.words
        label = words("Page {page} of", page=canvas.getPageNumber())
        total_width = pdfmetrics.stringWidth("0000", face(LATIN), 8)
        x = width - MARGIN - total_width - 3
        draw_text(canvas, x, MARGIN - 12, label, 8, colour=GREY, anchor="right")
        canvas.saveState()
        canvas.translate(x + 3, MARGIN - 12)
        canvas.doForm("page_total_left")
        canvas.restoreState()
        draw_text(canvas, MARGIN, MARGIN - 12, words("Vision and action plan"), 8, colour=GREY)
        canvas.restoreState()

    # Flowables.

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        current = "portrait"
        for index, part in enumerate(self.document.parts):
            wanted = self.orientation(part)
            if index and part.brief and current != "cover":
                # Nothing to say but a line: it follows on the page it is on.
                story.append(Spacer(1, 14))
                story.extend(self.part(part, current))
                continue
            if index:
                story.append(NextPageTemplate(wanted))
                story.append(PdfPageBreak())
            current = wanted
            story.extend(self.part(part, wanted))
        return story

    def orientation(self, part: model.Part) -> str:
        """The page template a part is laid out on."""
        if part.section is model.Section.COVER:
            return "cover"
        return "landscape" if part.landscape else "portrait"

    def part(self, part: model.Part, orientation: str) -> list[Flowable]:
        flowables: list[Flowable] = []
        if part.section in (model.Section.COVER, model.Section.CONTENTS):
            # Parts without a heading of their own still get their bookmark.
            flowables.append(_Bookmark(part.title, f"part_{part.section.value}"))
        for block in part.blocks:
            flowables.extend(self.block(block, part, orientation))
        return flowables

    def frame_size(self, orientation: str) -> tuple[float, float]:
        size = self.landscape if orientation == "landscape" else self.portrait
        return size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - 10 * mm

    def block(self, block: model.Block, part: model.Part, orientation: str) -> list[Flowable]:
        styles = self.styles
        if isinstance(block, model.Heading):
            self.state.heading_count += 1
            key = f"h{self.state.heading_count}"
            form = None
            if block.level == 1:
                form = f"contents_{len(self.contents_forms)}"
                self.contents_forms[len(self.contents_forms)] = form
            return [
                HeadingFlowable(
                    block.text,
                    styles[f"h{min(block.level, 3)}"],
                    block.level,
                    key,
                    self.state,
                    form,
                )
            ]
        if isinstance(block, model.Paragraph):
            return [TextParagraph(block.text, styles.get(block.style, styles["body"]))]
        if isinstance(block, model.Bullets):
            items = [ListItem(TextParagraph(t, styles["body"]), leftIndent=14) for t in block.items]
            return [
                ListFlowable(
                    items,
                    bulletType="bullet",
                    start="•",
                    leftIndent=14,
                    bulletFontName=face(LATIN),
                    bulletFontSize=9,
                )
            ]
        if isinstance(block, model.Table):
            width = self.frame_size(orientation)[0]
            return [self.table(piece, width) for piece in _by_group(block)]
        if isinstance(block, model.SwotGrid):
            return self.swot(block, self.frame_size(orientation))
        if isinstance(block, model.Chart):
            return [LegendFlowable(block), Spacer(1, 4), ChartFlowable(block, self.words)]
        if isinstance(block, model.Signatures):
            return [Spacer(1, 12), self.signatures(block, self.frame_size(orientation)[0])]
        if isinstance(block, model.Cover):
            return self.cover(block, self.frame_size("portrait"))
        if isinstance(block, model.Contents):
            titles = self.document.headings()
            entries = [(t, f"contents_{n}") for n, t in enumerate(titles)]
            return [
                TextParagraph(block.title, styles["h1"], bold=True),
                Spacer(1, 6),
                ContentsFlowable(entries, styles["contents"]),
            ]
        if isinstance(block, model.PageBreak):
            return [PdfPageBreak()]
        if isinstance(block, model.Group):
            inner = [f for b in block.blocks for f in self.block(b, part, orientation)]
            return [KeepTogether([*inner, Spacer(1, 10)])]
        if isinstance(block, model.RunningTitle):
            return [_RunningTitle(block.text, self.state)]
        raise TypeError(f"no PDF rendering for {type(block).__name__}")

    def cell(self, text: str, style: ParagraphStyle, width: float) -> Any:
        """A table cell: a plain string when it fits on one line in Noto Sans, else a paragraph."""
        if (
            "\n" not in text
            and latin_only(text)
            and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width
        ):
            return text
        return TextParagraph(text, style, bold=style.fontName.endswith("-Bold"))

    def table(self, block: model.Table, width: float) -> Table:
        styles = self.styles
        total = sum(c.width for c in block.columns)
        widths = [width * c.width / total for c in block.columns]
        inner = [w - 8 for w in widths]
        header = [
            self.cell(
                c.title,
                styles["cell_bold"]
                if c.align == "left"
                else ParagraphStyle("head_right", styles["cell_bold"], alignment=TA_RIGHT),
                inner[i],
            )
            for i, c in enumerate(block.columns)
        ]
        data: list[list[Any]] = [header]
        commands: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), face(LATIN)),
            ("FONTSIZE", (0, 0), (-1, -1), 8.5),
            ("LEADING", (0, 0), (-1, -1), 10.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("FONTNAME", (0, 0), (-1, 0), face(LATIN, True)),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE),
        ]
        for i, column in enumerate(block.columns):
            if column.align == "right":
                commands.append(("ALIGN", (i, 0), (i, -1), "RIGHT"))
        for row in block.rows:
            n = len(data)
            if row.kind == "group":
                data.append(
                    [self.cell(row.cells[0], styles["cell_group"], width - 8)]
                    + [""] * (len(widths) - 1)
                )
                commands += [
                    ("SPAN", (0, n), (-1, n)),
                    ("BACKGROUND", (0, n), (-1, n), SHADE),
                    ("TOPPADDING", (0, n), (-1, n), 4),
                ]
                continue
            bold = row.kind == "total"
            cells = []
            for i, text in enumerate(row.cells):
                right = block.columns[i].align == "right"
                style = styles["cell_bold"] if bold else styles["cell"]
                if right:
                    style = ParagraphStyle("r", style, alignment=TA_RIGHT)
                cells.append(self.cell(text, style, inner[i]))
            data.append(cells)
            if bold:
                commands += [
                    ("FONTNAME", (0, n), (-1, n), face(LATIN, True)),
                    ("LINEABOVE", (0, n), (-1, n), 0.8, INK),
                    # A total stays with the row above it: never alone on a page.
                    ("NOSPLIT", (0, n - 1), (-1, n)),
                ]
        table = LongTable(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(commands))
        return table

    def swot(self, block: model.SwotGrid, frame: tuple[float, float]) -> list[Flowable]:
        styles = self.styles
        width, height = frame

        def column(title: str, entries: Sequence[model.SwotEntry]) -> list[Flowable]:
            flowables: list[Flowable] = [TextParagraph(title, styles["swot_title"], bold=True)]
            style = styles["swot"]
            size = style.fontSize
            for entry in entries:
                # The code, then the rank in bold and the dots, on one line before the text.
                prefix = f"<b>{escape(entry.code)}</b>\u2002"
                plain = entry.code + "\u2002"
                if entry.rank:
                    dots = entry.dots.replace(" ", "\u00a0")
                    prefix += f"<b>{escape(entry.rank)}</b>\u00a0·\u00a0{escape(dots)}\u2002"
                    plain += f"{entry.rank}\u00a0·\u00a0{dots}\u2002"
                width = pdfmetrics.stringWidth(plain, face(LATIN, True), size)
                flowables.append(
                    TextParagraph(entry.text, style, prefix=prefix, prefix_width=width)
                )
            if not entries:
                flowables.append(TextParagraph("—", styles["swot"]))
            return flowables

        cells = [column(title, entries) for title, entries in block.quadrants]
        grid = Table(
            [[cells[0], cells[1]], [cells[2], cells[3]]],
            colWidths=[width / 2] * 2,
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), face(LATIN)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (0, 0), (-1, -1), 0.8, INK),
                    ("INNERGRID", (0, 0), (-1, -1), 0.8, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            ),
            hAlign="LEFT",
        )
        _, needed = grid.wrap(width, height)
        if needed <= height * 0.8:
            return [grid]
        # Too many items for a grid on one page: the four quadrants one after another.
        flowables: list[Flowable] = []
        for part in cells:
            flowables.extend(part)
            flowables.append(Spacer(1, 8))
        return flowables

    def signatures(self, block: model.Signatures, width: float) -> Table:
        """One row per seat, all of one height: role and name (organisation below, cut to
        its column) sit on the signature line, in one size."""
        size = 9.0
        role_style = ParagraphStyle("sign", self.styles["cell"], fontSize=size, leading=11.5)
        head_style = ParagraphStyle("sign_head", role_style, fontName=face(LATIN, True))
        widths = [width * 0.16, width * 0.40, width * 0.28, width * 0.16]
        data: list[list[Any]] = [[TextParagraph(t, head_style, bold=True) for t in block.heading]]
        heights: list[float] = [18]
        for role, name, organisation in block.rows:
            # The organisation on up to two lines under the name, cut only beyond them.
            room = widths[1] - 2 * 6 - 1
            lines = wrap_lines(organisation, size, False, room, room, direction(organisation))
            if len(lines) > 2:
                lines = [lines[0], fit(" ".join(lines[1:]), size, room)]
            text = "\n".join([name, *lines]) if organisation else name
            data.append([TextParagraph(role, role_style), TextParagraph(text, role_style), "", ""])
            heights.append(max(40.0, 11.5 * (1 + len(lines) if organisation else 1) + 10))
        table = Table(
            data,
            colWidths=widths,
            rowHeights=heights,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), face(LATIN)),
                    ("FONTSIZE", (0, 0), (-1, -1), size),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 4),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                    ("LINEBELOW", (0, 1), (-1, -1), 0.5, INK),
                ]
            )
        )
        return table

    def cover(self, block: model.Cover, frame: tuple[float, float]) -> list[Flowable]:
        styles = self.styles
        width, height = frame
        flowables: list[Flowable] = []
        if block.logo:
            try:
                reader = ImageReader(io.BytesIO(block.logo))
                w, h = reader.getSize()
                scale = min(50 * mm / max(h, 1), width * 0.5 / max(w, 1))
                flowables.append(Image(io.BytesIO(block.logo), w * scale, h * scale, hAlign="LEFT"))
            except Exception:  # noqa: BLE001 - an unreadable logo leaves the cover without one
                pass
        flowables.append(Spacer(1, height * 0.22))
        flowables.append(TextParagraph(block.cluster, styles["cover_cluster"], bold=True))
        flowables.append(TextParagraph(block.title, styles["cover_title"]))
        if block.place:
            flowables.append(TextParagraph(block.place, styles["cover_line"]))
        flowables.append(Spacer(1, 30))
        flowables.append(_Rule(width * 0.35))
        flowables.append(Spacer(1, 10))
        for line in block.lines:
            flowables.append(TextParagraph(line, styles["cover_line"]))
        return [KeepTogether(flowables)]


def _by_group(block: model.Table) -> list[model.Table]:
    """A long table cut before each group row (an objective), header repeated in each.

    reportlab re-examines the rest of a table at every page break, so one table of a
    thousand rows costs far more than ten of a hundred; the cut falls where the group
    row starts a new block anyway.
    """
    if len(block.rows) < 60:
        return [block]
    pieces: list[list[model.Row]] = [[]]
    for row in block.rows:
        if row.kind == "group" and pieces[-1]:
            pieces.append([])
        pieces[-1].append(row)
    return [model.Table(block.columns, tuple(rows)) for rows in pieces]


class _RunningTitle(Flowable):  # type: ignore[misc]
    """Takes no room: where it is drawn, it sets (or, empty, ends) the title that the
    pages continuing the same sheet print at their top."""

    def __init__(self, text: str, state: _State) -> None:
        super().__init__()
        self.text = text
        self.state = state

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.running_title = self.text


class _Bookmark(Flowable):  # type: ignore[misc]
    """Takes no room: bookmarks its page under ``title`` in the outline."""

    def __init__(self, title: str, key: str) -> None:
        super().__init__()
        self.title = title
        self.key = key

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


class _Rule(Flowable):  # type: ignore[misc]
    """A short thick rule on the cover."""

    def __init__(self, length: float) -> None:
        super().__init__()
        self.length = length

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.length, 3

    def draw(self) -> None:
        self.canv.setLineWidth(2.5)
        self.canv.line(0, 1, self.length, 1)


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """The platypus document; defines the page-total form once every page is laid out."""

    def __init__(self, target: io.BytesIO, writer: _Writer) -> None:
        super().__init__(
            target,
            pagesize=writer.portrait,
            title=writer.document.title,
            author="",
            subject=writer.document.revision_label,
            creator="Cluster Planner",
            lang=writer.words.language,
            initialFontName=face(LATIN),
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
        )
        self.writer = writer
        self.addPageTemplates(writer.templates())

    def build_all(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=Canvas)

    def _endBuild(self) -> None:
        # Finish the last page as usual, then define the forms that name page numbers
        # (the total, and contents lines of parts never reached), then save.
        self._doSave = 0
        super()._endBuild()
        canvas = self.canv
        total = str(canvas.getPageNumber() - 1)
        canvas.beginForm("page_total_left", lowerx=-10, lowery=-10, upperx=200, uppery=30)
        canvas.setFont(face(LATIN), 8)
        canvas.setFillColor(GREY)
        canvas.drawString(0, 0, total)
        canvas.endForm()
        for form in self.writer.contents_forms.values():
            if form not in self.writer.state.defined:
                _define_number_form(canvas, form, "")
        canvas.save()


def render_pdf(document: model.Roadmap) -> bytes:
    """The roadmap as PDF bytes."""
    writer = _Writer(document)
    buffer = io.BytesIO()
    pdf = _Document(buffer, writer)
    pdf.build_all(writer.story())
    return buffer.getvalue()


def write_pdf(document: model.Roadmap, path: Path | str) -> Path:
    """Write the roadmap to ``path`` as a PDF: whole, or not at all (raises OSError)."""
    data = render_pdf(document)
    return write_whole(Path(path), data)
