"""Build ``roadmap.docx``, the Word template of the roadmap, from python-docx's default.

Run ``python -m cluster_planner.resources.templates.make_roadmap_template`` after
changing the look below, and commit the new ``roadmap.docx`` beside this script.

The export uses the styles by name, so a secretary who restyles them in Word (fonts,
sizes, colours, spacing, the table style) and saves the file as the template gets the
next export in the new look. Styles: Title, Subtitle, Heading 1–3, Normal, List Bullet,
TOC 1, Header, Footer, and the roadmap's own: Roadmap Lead, Roadmap Note, Roadmap Cover
Line, Roadmap Table Text, Roadmap Table Heading and the table style Roadmap Table.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
BODY_FONT = "Calibri"
HEADING_FONT = "Calibri"
INK = RGBColor(0, 0, 0)
GREY = RGBColor(0x55, 0x55, 0x55)

TABLE_STYLE = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="RoadmapTable">
  <w:name w:val="Roadmap Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="40"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/>
      <w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/>
      <w:insideH w:val="single" w:sz="2" w:space="0" w:color="999999"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="45" w:type="dxa"/><w:left w:w="80" w:type="dxa"/>
      <w:bottom w:w="45" w:type="dxa"/><w:right w:w="80" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/></w:rPr>
    <w:tblPr/>
    <w:tcPr>
      <w:tcBorders><w:bottom w:val="single" w:sz="8" w:space="0" w:color="000000"/></w:tcBorders>
      <w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>
    </w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def _paragraph_style(
    document: object,
    name: str,
    *,
    base: str = "Normal",
    size: float | None = None,
    bold: bool | None = None,
    colour: RGBColor | None = None,
    before: float | None = None,
    after: float | None = None,
    keep_with_next: bool | None = None,
    font: str | None = None,
) -> None:
    styles = document.styles  # type: ignore[attr-defined]
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles[base]
        style.quick_style = True
    if font is not None:
        style.font.name = font
        fonts = style.element.rPr.find(qn("w:rFonts"))
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)  # a theme font would win over the name
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if colour is not None:
        style.font.color.rgb = colour
    if before is not None:
        style.paragraph_format.space_before = Pt(before)
    if after is not None:
        style.paragraph_format.space_after = Pt(after)
    if keep_with_next is not None:
        style.paragraph_format.keep_with_next = keep_with_next


def build(path: Path) -> Path:
    """Write the template to ``path``."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))
    section.header_distance = Mm(10)
    section.footer_distance = Mm(10)

    _paragraph_style(document, "Normal", size=10, font=BODY_FONT, after=5, colour=INK)
    normal = document.styles["Normal"]
    normal.paragraph_format.line_spacing = 1.1
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for attribute in ("w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), BODY_FONT)
    _paragraph_style(document, "Title", size=30, bold=True, colour=INK, after=10, font=HEADING_FONT)
    _paragraph_style(document, "Subtitle", size=18, colour=INK, after=8, font=HEADING_FONT)
    for level, size, before, after in ((1, 19, 0, 10), (2, 13.5, 12, 5), (3, 11, 9, 3)):
        _paragraph_style(
            document,
            f"Heading {level}",
            size=size,
            bold=True,
            colour=INK,
            before=before,
            after=after,
            keep_with_next=True,
            font=HEADING_FONT,
        )
    heading = document.styles["Heading 1"]
    heading.paragraph_format.page_break_before = False
    for border in document.styles["Title"].element.iter(qn("w:bottom")):
        border.set(qn("w:color"), "000000")  # a black rule under the title, for print
        border.attrib.pop(qn("w:themeColor"), None)
    _paragraph_style(document, "Roadmap Lead", size=12.5, after=8)
    _paragraph_style(document, "Roadmap Note", size=8.5, colour=GREY, after=5)
    _paragraph_style(document, "Roadmap Cover Line", size=12, colour=GREY, after=2)
    _paragraph_style(document, "Roadmap Table Text", size=8.5, before=0, after=0)
    _paragraph_style(document, "Roadmap Table Heading", base="Roadmap Table Text", bold=True)
    _paragraph_style(document, "List Bullet", after=3)
    _paragraph_style(document, "TOC 1", size=11.5, after=4)
    _paragraph_style(document, "Header", size=8, colour=GREY)
    _paragraph_style(document, "Footer", size=8, colour=GREY)
    for name in ("Header", "Footer"):
        # The export sets a right tab at each section's own width (portrait or landscape).
        document.styles[name].paragraph_format.tab_stops.clear_all()
    document.styles["Roadmap Table Text"].paragraph_format.line_spacing = 1.0

    styles_element = document.styles.element
    styles_element.append(parse_xml(TABLE_STYLE))

    # The body stays empty: the export writes every paragraph. A first line explains
    # the file to someone who opens the template itself.
    paragraph = document.add_paragraph(
        "Cluster Planner roadmap template. Change the styles (Home ▸ Styles ▸ Modify) and "
        "save; the next roadmap exported with this template follows them. The export "
        "removes this paragraph.",
        style="Roadmap Note",
    )
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
    core = document.core_properties
    core.title = "Cluster roadmap"
    core.author = ""
    core.comments = "Template of the Cluster Planner roadmap"
    document.save(str(path))
    return path


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "roadmap.docx"
    print(build(out))
