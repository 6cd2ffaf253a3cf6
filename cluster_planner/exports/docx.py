"""The roadmap as a Word file, written on the template ``resources/templates/roadmap.docx``.

Paragraphs and tables take the template's named styles (Heading 1–3, Roadmap Note, the
table style Roadmap Table …), so restyling the template in Word restyles the next
export. Headings are real Word headings (the navigation pane lists them), the contents
is a Word field Word fills in, page numbers are fields in the footer, wide parts are
landscape sections, and the timeline is a sharp picture. Tables are written as XML in
one go: python-docx's cell access is quadratic in the rows, far too slow for large plans.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Mm

from cluster_planner.exports import roadmap as model
from cluster_planner.exports.chart_layout import slices as chart_slices
from cluster_planner.exports.files import write_whole
from cluster_planner.exports.fonts import (
    ARABIC,
    EMOJI,
    ETHIOPIC,
    SYMBOLS,
    direction,
    latin_only,
    runs,
)
from cluster_planner.exports.text import shown

TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "templates" / "roadmap.docx"
PAPER_MM = {model.Paper.A4: (210, 297), model.Paper.LETTER: (215.9, 279.4)}
TWIPS_PER_EMU = 1 / 635

_W = nsdecls("w")


def _text_xml(text: str) -> str:
    """Runs for ``text``: escaped, control characters dropped, line breaks kept."""
    lines = shown(text).split("\n")
    return "<w:br/>".join(f'<w:t xml:space="preserve">{escape(line)}</w:t>' for line in lines)


# The face each script's runs name, so that Word and LibreOffice draw them with the font
# made for them rather than boxes (readers need these installed: docs/user-guide.md).
# Arabic is complex script (w:cs) and right to left; the others use every slot.
RUN_FONTS = {
    ETHIOPIC: "Noto Sans Ethiopic",
    ARABIC: "Noto Naskh Arabic",
    SYMBOLS: "Noto Sans Math",
    EMOJI: "Noto Emoji",
}


def _script_properties(script: str) -> str:
    face = RUN_FONTS.get(script)
    if face is None:
        return ""
    fonts = f'<w:rFonts w:ascii="{face}" w:hAnsi="{face}" w:eastAsia="{face}" w:cs="{face}"' + (
        ' w:hint="cs"/>' if script == ARABIC else "/>"
    )
    return fonts + ("<w:rtl/>" if script == ARABIC else "")


def _runs_xml(text: str, run_properties: str = "") -> str:
    """``text`` as runs, one per script: each names its script's font; Arabic pieces are
    marked right to left (``w:rtl``) so Word orders them, and take the complex-script
    properties."""
    if latin_only(text):
        return f"<w:r>{f'<w:rPr>{run_properties}</w:rPr>' if run_properties else ''}" + (
            f"{_text_xml(text)}</w:r>"
        )
    pieces = []
    for script, piece in runs(shown(text)):
        # rFonts comes first in a run's properties, rtl after the bold of run_properties.
        fonts = _script_properties(script)
        head = fonts.removesuffix("<w:rtl/>")
        properties = head + run_properties + ("<w:rtl/>" if fonts.endswith("<w:rtl/>") else "")
        rpr = f"<w:rPr>{properties}</w:rPr>" if properties else ""
        pieces.append(f"<w:r>{rpr}{_text_xml(piece)}</w:r>")
    return "".join(pieces)


def _paragraph_xml(
    text: str,
    style_id: str,
    *,
    bold: bool = False,
    right: bool = False,
    extra: str = "",
    keep: bool = False,
) -> str:
    """A paragraph of ``style_id``; one whose first letter is Arabic runs right to left
    (``w:bidi``: Word starts its lines at the right); ``keep``: kept with the next."""
    properties = f'<w:pStyle w:val="{style_id}"/>' + ("<w:keepNext/>" if keep else "")
    if direction(text) == "R":
        properties += "<w:bidi/>"
    elif right:
        properties += '<w:jc w:val="right"/>'
    properties += extra
    run_properties = "<w:b/><w:bCs/>" if bold else ""
    return f"<w:p><w:pPr>{properties}</w:pPr>{_runs_xml(text, run_properties)}</w:p>"


def _one_line_xml_safe(text: str, limit: int) -> str:
    """``text`` shown on one line and cut with "…" to ``limit`` characters at most."""
    text = " ".join(shown(text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Writer:
    """Fills a copy of the template with the roadmap's parts."""

    def __init__(self, roadmap: model.Roadmap, template: Path) -> None:
        self.roadmap = roadmap
        self.words = roadmap.wording
        self.document: Any = Document(str(template))
        body = self.document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)  # the template's explanatory paragraph
        styles = self.document.styles
        self.style_ids = {
            name: styles[name].style_id
            for name in ("Roadmap Table Text", "Roadmap Table Heading", "Roadmap Table")
        }
        self.width_mm, self.height_mm = PAPER_MM[roadmap.paper]
        self.section = self.document.sections[0]  # the section being written
        self._end = body[-1]  # the body's final section properties; content goes before
        self.shape_id = 5000  # pictures this writer adds number their shapes from here

    # --- page set-up ---

    def _orient(self, section: Any, landscape: bool) -> None:
        short, long = Mm(self.width_mm), Mm(self.height_mm)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = long, short
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = short, long

    def _text_width(self, section: Any) -> int:
        """The width between the margins, in EMU."""
        return int(section.page_width - section.left_margin - section.right_margin)

    def _text_height(self, section: Any) -> int:
        return int(section.page_height - section.top_margin - section.bottom_margin)

    def _header_footer(self, section: Any) -> None:
        """The running header and footer of ``section``, right-aligned at its own width.

        Each section has its own (portrait and landscape widths differ): a right tab stop
        at the text width, which Word and LibreOffice both honour.
        """
        words = self.words
        width = Emu(self._text_width(section))
        if section is not self.document.sections[0]:
            section.header.is_linked_to_previous = False
            section.footer.is_linked_to_previous = False
        header = section.header.paragraphs[0]
        header.style = self.document.styles["Header"]
        header.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        header.add_run(_one_line_xml_safe(self.roadmap.plan_name, 120))
        header.add_run("\t")
        header.add_run(_one_line_xml_safe(self.roadmap.revision_label, 120))
        footer = section.footer.paragraphs[0]
        footer.style = self.document.styles["Footer"]
        footer.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        footer.add_run(words("Vision and action plan"))
        footer.add_run("\t")
        template = words("Page {page} of {pages}")
        before, rest = template.split("{page}", 1)
        middle, after = rest.split("{pages}", 1)
        footer.add_run(before)
        self._field(footer, "PAGE", "1")
        footer.add_run(middle)
        self._field(footer, "NUMPAGES", "1")
        if after:
            footer.add_run(after)

    @staticmethod
    def _field(paragraph: Any, instruction: str, shown: str) -> None:
        for xml in (
            f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>',
            f'<w:r {_W}><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>',
            f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>',
            f"<w:r {_W}><w:t>{shown}</w:t></w:r>",
            f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>',
        ):
            paragraph._p.append(parse_xml(xml))

    # --- the document ---

    def write(self) -> bytes:
        document = self.document
        parts = self.roadmap.parts
        first = document.sections[0]
        self._orient(first, bool(parts) and parts[0].landscape)
        # The cover is a section of its own, without header or footer; every other
        # section has its own, right-aligned at its width.
        cover = bool(parts) and parts[0].section is model.Section.COVER
        if not cover:
            self._header_footer(first)
        previous_landscape = bool(parts) and parts[0].landscape
        for index, part in enumerate(parts):
            after_cover = index == 1 and cover
            if index and part.brief and not after_cover:
                # Nothing to say but a line: it follows on the page it is on.
                for block in part.blocks:
                    self.block(block)
                continue
            if index:
                if after_cover or part.landscape != previous_landscape or part.landscape:
                    section = self._new_section()
                    self._orient(section, part.landscape)
                    self.section = section
                    self._header_footer(section)
                else:
                    self._page_break()
            previous_landscape = part.landscape
            for block in part.blocks:
                self.block(block)
        properties = document.core_properties
        # Word's core properties hold at most 255 characters each.
        properties.title = _one_line_xml_safe(self.roadmap.title, 255)
        properties.subject = _one_line_xml_safe(self.roadmap.revision_label, 255)
        properties.comments = ""
        properties.author = ""
        properties.language = self.words.language
        self._ask_to_update_fields()
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def _new_section(self) -> Any:
        """End the section on its last paragraph and start a new one on a new page.

        The section break is carried by the last paragraph written (python-docx's
        ``add_section`` adds a paragraph of its own, which after a table that fills its
        page exactly makes a blank page). The empty paragraph that follows a table is made
        tiny, so it fits under the table.
        """
        from docx.section import Section

        sentinel = self._end
        last = sentinel.getprevious()
        if (
            last is None
            or last.tag != qn("w:p")
            or last.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
        ):
            self._append(f"<w:p {_W}/>")
            last = sentinel.getprevious()
        holds_more = last.find(f".//{qn('w:drawing')}") is not None
        if holds_more:
            # A paragraph holding a picture (a timeline slice) keeps its height: the section
            # break goes in a tiny paragraph of its own after it.
            self._append(f"<w:p {_W}/>")
            last = sentinel.getprevious()
        if not "".join(last.itertext()).strip():
            properties = last.get_or_add_pPr()
            properties.append(
                parse_xml(
                    f'<w:spacing {_W} w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'
                )
            )
            properties.append(
                parse_xml(f'<w:rPr {_W}><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>')
            )
        last.set_sectPr(sentinel.clone())
        for reference in sentinel.xpath("w:headerReference|w:footerReference"):
            sentinel.remove(reference)
        section = Section(sentinel, self.document.part)
        section.start_type = WD_SECTION.NEW_PAGE
        return section

    def _ask_to_update_fields(self) -> None:
        # Word fills in the contents and page numbers on opening the file.
        settings = self.document.settings.element
        update = settings.find(qn("w:updateFields"))
        if update is None:
            settings.append(parse_xml(f'<w:updateFields {_W} w:val="true"/>'))

    def _page_break(self) -> None:
        self._append(f'<w:p {_W}><w:r><w:br w:type="page"/></w:r></w:p>')

    def block(self, block: model.Block) -> None:
        if isinstance(block, model.Heading):
            self._paragraph(block.text, f"Heading {min(block.level, 3)}")
        elif isinstance(block, model.Paragraph):
            style = {
                "lead": "Roadmap Lead",
                "note": "Roadmap Note",
                "quote": "Quote",
                "warning": "Roadmap Lead",
            }.get(block.style, "Normal")
            self._paragraph(block.text, style, bold=block.style == "warning")
        elif isinstance(block, model.Bullets):
            for item in block.items:
                self._paragraph(item, "List Bullet")
        elif isinstance(block, model.Table):
            self.table(block)
        elif isinstance(block, model.SwotGrid):
            self.swot(block)
        elif isinstance(block, model.Chart):
            self.chart(block)
        elif isinstance(block, model.Signatures):
            self.signatures(block)
        elif isinstance(block, model.Cover):
            self.cover(block)
        elif isinstance(block, model.Contents):
            self.contents(block)
        elif isinstance(block, model.PageBreak):
            self._page_break()
        elif isinstance(block, model.Group):
            self.group(block)
        elif isinstance(block, model.RunningTitle):
            pass  # Word has no title for the pages a sheet continues on
        else:
            raise TypeError(f"no Word rendering for {type(block).__name__}")

    def style_id(self, name: str) -> str:
        """The id of the template's style ``name`` (looked up once: python-docx scans)."""
        found = self.style_ids.get(name)
        if found is None:
            found = self.style_ids[name] = str(self.document.styles[name].style_id)
        return found

    def _paragraph(self, text: str, style: str, *, bold: bool = False) -> None:
        xml = _paragraph_xml(text, self.style_id(style), bold=bold)
        self._append(xml.replace("<w:p>", f"<w:p {_W}>", 1))

    def group(self, block: model.Group) -> None:
        """Blocks Word keeps on one page when they fit: each paragraph (in table cells too)
        is kept with the next, the last one excepted."""
        first = self._end.getprevious()
        for inner in block.blocks:
            self.block(inner)
        added = []
        node = self._end.getprevious()
        while node is not None and node is not first:
            added.append(node)
            node = node.getprevious()
        paragraphs = [p for element in reversed(added) for p in element.iter(qn("w:p"))]
        for paragraph in paragraphs[:-1]:
            paragraph.get_or_add_pPr().get_or_add_keepNext()

    def _append(self, xml: str) -> None:
        # Before the body's last section properties (lxml's len() counts: no index here).
        self._end.addprevious(parse_xml(xml))

    def table(self, block: model.Table) -> None:
        section = self.section
        total_twips = int(self._text_width(section) * TWIPS_PER_EMU)
        weights = sum(c.width for c in block.columns)
        widths = [int(total_twips * c.width / weights) for c in block.columns]
        text_id = self.style_ids["Roadmap Table Text"]
        head_id = self.style_ids["Roadmap Table Heading"]
        parts = [
            f"<w:tbl {_W}><w:tblPr>"
            f'<w:tblStyle w:val="{self.style_ids["Roadmap Table"]}"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>',
            "".join(f'<w:gridCol w:w="{w}"/>' for w in widths),
            "</w:tblGrid>",
            "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>",
        ]
        for column, width in zip(block.columns, widths, strict=True):
            parts.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                + _paragraph_xml(column.title, head_id, right=column.align == "right")
                + "</w:tc>"
            )
        parts.append("</w:tr>")
        count = len(widths)
        kinds = [row.kind for row in block.rows]
        for number, row in enumerate(block.rows):
            # A row followed by a total keeps with it (its paragraphs keep with the next).
            keep = number + 1 < len(kinds) and kinds[number + 1] == "total"
            extra = "<w:keepNext/>" if keep else ""
            if row.kind == "group":
                parts.append(
                    f"<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr>"
                    f'<w:tcW w:w="{sum(widths)}" w:type="dxa"/><w:gridSpan w:val="{count}"/>'
                    '<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/></w:tcPr>'
                    + _paragraph_xml(row.cells[0], text_id, bold=True)
                    + "</w:tc></w:tr>"
                )
                continue
            bold = row.kind == "total"
            cells = []
            for text, column, width in zip(row.cells, block.columns, widths, strict=True):
                borders = (
                    '<w:tcBorders><w:top w:val="single" w:sz="8" w:space="0" '
                    'w:color="000000"/></w:tcBorders>'
                    if bold
                    else ""
                )
                cells.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{borders}</w:tcPr>'
                    + _paragraph_xml(
                        text, text_id, bold=bold, right=column.align == "right", keep=bool(extra)
                    )
                    + "</w:tc>"
                )
            parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>" + "".join(cells) + "</w:tr>")
        parts.append("</w:tbl>")
        self._append("".join(parts))
        self._paragraph("", "Roadmap Note")  # Word needs a paragraph between two tables

    def swot(self, block: model.SwotGrid) -> None:
        section = self.section
        half = int(self._text_width(section) * TWIPS_PER_EMU) // 2
        text_id = self.style_ids["Roadmap Table Text"]
        head_id = self.style_ids["Roadmap Table Heading"]

        def cell(title: str, entries: tuple[model.SwotEntry, ...]) -> str:
            body = [_paragraph_xml(title, head_id)]
            for entry in entries or (model.SwotEntry("", "—"),):
                # The code, then the rank in bold and its dots (kept on one line), the text.
                rank = ""
                if entry.rank:
                    dots = entry.dots.replace(" ", "\u00a0")
                    rank = (
                        f"<w:r><w:rPr><w:b/><w:bCs/></w:rPr>{_text_xml(entry.rank)}</w:r>"
                        f'<w:r><w:t xml:space="preserve">\u00a0·\u00a0{escape(dots)}  </w:t></w:r>'
                    )
                body.append(
                    f'<w:p><w:pPr><w:pStyle w:val="{text_id}"/><w:spacing w:after="60"/>'
                    f'<w:ind w:left="280" w:hanging="280"/></w:pPr>'
                    f"<w:r><w:rPr><w:b/><w:bCs/></w:rPr>{_text_xml(entry.code)}</w:r>"
                    f'<w:r><w:t xml:space="preserve">  </w:t></w:r>'
                    f"{rank}{_runs_xml(entry.text)}"
                    "</w:p>"
                )
            return (
                f'<w:tc><w:tcPr><w:tcW w:w="{half}" w:type="dxa"/></w:tcPr>'
                + "".join(body)
                + "</w:tc>"
            )

        quadrants = [cell(title, entries) for title, entries in block.quadrants]
        border = '<w:{0} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
        borders = "".join(
            border.format(side) for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        xml = (
            f'<w:tbl {_W}><w:tblPr><w:tblStyle w:val="{self.style_ids["Roadmap Table"]}"/>'
            f'<w:tblW w:w="{2 * half}" w:type="dxa"/>'
            f'<w:tblLayout w:type="fixed"/><w:tblBorders>{borders}</w:tblBorders>'
            '<w:tblCellMar><w:top w:w="100" w:type="dxa"/><w:left w:w="120" w:type="dxa"/>'
            '<w:bottom w:w="100" w:type="dxa"/><w:right w:w="120" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
            'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
            f'</w:tblPr><w:tblGrid><w:gridCol w:w="{half}"/><w:gridCol w:w="{half}"/></w:tblGrid>'
            f"<w:tr>{quadrants[0]}{quadrants[1]}</w:tr><w:tr>{quadrants[2]}{quadrants[3]}</w:tr>"
            "</w:tbl>"
        )
        self._append(xml)
        self._paragraph("", "Roadmap Note")

    def chart(self, block: model.Chart) -> None:
        from concurrent.futures import ThreadPoolExecutor

        from cluster_planner.exports.chart_image import chart_image, encode_png, legend_png

        section = self.section
        width_emu = self._text_width(section)
        width_pt = width_emu / 12700
        entries = list(block.legend)
        if block.progress_label:
            entries.append((block.progress_label, "#FFFFFF", "progress"))
        if block.today is not None and block.today_label:
            entries.append((block.today_label, "#FFFFFF", "today"))
        if block.baseline_label:
            entries.append((block.baseline_label, "#4D4D4D", "baseline"))
        legend, legend_height = legend_png(tuple(entries), width_pt)
        self.document.add_picture(io.BytesIO(legend), width=Emu(width_emu))
        # Rows per picture: what fits on a page (the first under the heading and legend),
        # the rows closer when that spares a last page of a few rows.
        available = self._text_height(section) / 12700 - 30
        total = len(block.chart.rows)
        row, slices = chart_slices(total, available - legend_height - 80, available)
        # Pictures are drawn here and compressed on two other threads meanwhile.
        with ThreadPoolExecutor(max_workers=2) as pool:
            pictures = [
                pool.submit(encode_png, chart_image(block, self.words, first, last, width_pt, row))
                for first, last in slices
            ]
            for (first, last), picture in zip(slices, pictures, strict=True):
                self._picture(
                    picture.result(),
                    width_emu,
                    self.words(
                        "Timeline, rows {first} to {last} of {count}",
                        first=first + 1,
                        last=last,
                        count=total,
                    ),
                    new_page=bool(first),
                )

    def _picture(
        self, data: bytes, width_emu: int, description: str, *, new_page: bool = False
    ) -> None:
        """A paragraph holding a picture ``width_emu`` wide, described for screen readers.

        Built here rather than with ``add_picture``, which searches the whole document for
        a free shape id on every picture (slow with the many pages of a large timeline).
        """
        from docx.oxml.shape import CT_Inline

        part = self.document.part
        relation, image = part.get_or_add_image(io.BytesIO(data))
        width, height = image.scaled_dimensions(Emu(width_emu), None)
        self.shape_id += 1
        inline = CT_Inline.new_pic_inline(
            self.shape_id, relation, f"timeline-{self.shape_id}.png", width, height
        )
        inline.docPr.set("descr", shown(description))
        # A picture that starts a page says so itself: a page-break paragraph before it
        # could spill onto a page of its own.
        before = "<w:pPr><w:pageBreakBefore/></w:pPr>" if new_page else ""
        paragraph = parse_xml(f"<w:p {_W}>{before}<w:r/></w:p>")
        paragraph[-1].append(parse_xml(f"<w:drawing {_W}/>"))
        paragraph[-1][0].append(inline)
        self._end.addprevious(paragraph)

    def signatures(self, block: model.Signatures) -> None:
        rows = tuple(
            model.Row((role, f"{name}\n{organisation}" if organisation else name, "", ""))
            for role, name, organisation in block.rows
        )
        columns = (
            model.Column(block.heading[0], 16),
            model.Column(block.heading[1], 40),
            model.Column(block.heading[2], 28),
            model.Column(block.heading[3], 16),
        )
        self.table(model.Table(columns, rows))
        table = self.document.tables[-1]._tbl
        # Rows of one fixed height, their text on the signature line (bottom).
        for row in table.findall(qn("w:tr"))[1:]:
            row.find(qn("w:trPr")).append(
                parse_xml(f'<w:trHeight {_W} w:val="800" w:hRule="exact"/>')
            )
            for properties in row.iter(qn("w:tcPr")):
                properties.append(parse_xml(f'<w:vAlign {_W} w:val="bottom"/>'))

    def cover(self, block: model.Cover) -> None:
        document = self.document
        if block.logo:
            # An unreadable logo leaves the cover without one.
            with contextlib.suppress(Exception):
                document.add_picture(io.BytesIO(block.logo), height=Mm(30))
        spacer = document.add_paragraph()
        spacer.paragraph_format.space_before = Mm(50)
        self._paragraph(block.cluster, "Title")
        self._paragraph(block.title, "Subtitle")
        if block.place:
            self._paragraph(block.place, "Roadmap Cover Line")
        document.add_paragraph()
        for line in block.lines:
            self._paragraph(line, "Roadmap Cover Line")

    def contents(self, block: model.Contents) -> None:
        document = self.document
        self._paragraph(block.title, "TOC Heading")
        titles = self.roadmap.headings() or [""]
        for title in titles:
            self._paragraph(title, "TOC 1")
        paragraphs = document.paragraphs[-len(titles) :]
        first, last = paragraphs[0], paragraphs[-1]
        begin = [
            parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="begin"/></w:r>'),
            parse_xml(
                f'<w:r {_W}><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u '
                "</w:instrText></w:r>"
            ),
            parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>'),
        ]
        anchor = first._p.find(qn("w:pPr"))
        for offset, run in enumerate(begin):
            first._p.insert(1 + offset if anchor is not None else offset, run)
        last._p.append(parse_xml(f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>'))


def render_docx(roadmap: model.Roadmap, template: Path | None = None) -> bytes:
    """The roadmap as the bytes of a .docx file, on ``template`` (default: the shipped one)."""
    return _Writer(roadmap, template or TEMPLATE).write()


def write_docx(roadmap: model.Roadmap, path: Path | str, template: Path | None = None) -> Path:
    """Write the roadmap to ``path`` as a Word file: whole, or not at all (raises OSError)."""
    return write_whole(Path(path), render_docx(roadmap, template))
