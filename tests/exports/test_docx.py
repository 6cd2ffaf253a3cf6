"""The Word roadmap read back with python-docx: headings, tables, styles, sections, fields."""

from __future__ import annotations

import dataclasses
import io
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports import docx as word
from cluster_planner.exports.docx import render_docx, write_docx
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import AMHARIC, ARABIC, PRINTED, RUSSIAN


@pytest.fixture(scope="module")
def demo_docx(demo_snapshot: PlanSnapshot) -> docx.document.Document:
    """The whole demo roadmap as a Word document, opened again."""
    data = render_docx(build_roadmap(demo_snapshot, RoadmapOptions(printed_on=PRINTED)))
    return docx.Document(io.BytesIO(data))


def test_parts_are_real_headings(demo_docx: docx.document.Document) -> None:
    """Each part is a Heading 1 (so Word's navigation pane lists it), sheets are Heading 2."""
    headings = [p.text for p in demo_docx.paragraphs if p.style.name == "Heading 1"]
    assert headings == [
        "Vision",
        "Prioritised SWOT",
        "Strategic options",
        "Objectives and indicators",
        "Action plan",
        "Timeline",
        "Who committed to what",
        "Budget by source",
        "Monitoring",
        "Revision history",
        "Endorsement",
    ]
    sheets = [p.text for p in demo_docx.paragraphs if p.style.name == "Heading 2"]
    assert "Confecciones La Estancia" in sheets


def test_action_plan_table_has_a_row_per_action(
    demo_docx: docx.document.Document, demo_snapshot: PlanSnapshot
) -> None:
    """Header + one row per objective + one per action + the total, in the template's style."""
    table = next(
        t for t in demo_docx.tables if t.rows[0].cells[0].text == "Code" and len(t.columns) == 8
    )
    expected = 1 + len(demo_snapshot.objectives) + len(demo_snapshot.actions) + 1
    assert len(table.rows) == expected
    assert table.style.name == "Roadmap Table"
    codes = [row.cells[0].text for row in table.rows]
    assert "A1.1" in codes and "A5.4" in codes
    header = table.rows[0]._tr
    assert header.find(docx.oxml.ns.qn("w:trPr")).find(docx.oxml.ns.qn("w:tblHeader")) is not None


def test_template_styles_are_used(demo_docx: docx.document.Document) -> None:
    """Paragraphs carry the template's named styles, so restyling the template restyles them."""
    used = {p.style.name for p in demo_docx.paragraphs}
    assert {
        "Title",
        "Heading 1",
        "Heading 2",
        "Roadmap Note",
        "Roadmap Lead",
        "List Bullet",
        "TOC 1",
        "Roadmap Cover Line",
    } <= used
    styled = [t for t in demo_docx.tables if t.style is not None]
    styled = [t for t in styled if t.style.name == "Roadmap Table"]
    # Every table takes the template's table style, the SWOT grid (the first) included.
    assert len(styled) == len(demo_docx.tables)
    assert "Strengths" in styled[0].rows[0].cells[0].text
    cell = styled[1].rows[1].cells[0].paragraphs[0]
    assert cell.style.name == "Roadmap Table Text"


def test_wide_parts_are_landscape_sections_with_page_numbers(
    demo_docx: docx.document.Document,
) -> None:
    """Landscape sections hold the wide parts; the footer has PAGE and NUMPAGES fields."""
    orientations = [s.orientation for s in demo_docx.sections]
    assert WD_ORIENT.LANDSCAPE in orientations and orientations[0] == WD_ORIENT.PORTRAIT
    for section in demo_docx.sections:
        if section.orientation == WD_ORIENT.LANDSCAPE:
            assert section.page_width > section.page_height
    cover, contents = demo_docx.sections[0], demo_docx.sections[1]
    assert not cover.header.paragraphs[0].text and not cover.footer.paragraphs[0].text
    footer = contents.footer._element.xml
    assert " PAGE " in footer and " NUMPAGES " in footer
    assert "Atuntaqui garment cluster" in contents.header.paragraphs[0].text
    for section in demo_docx.sections[1:]:
        assert not section.header.is_linked_to_previous
        stops = section.header.paragraphs[0].paragraph_format.tab_stops
        width = section.page_width - section.left_margin - section.right_margin
        assert [abs(stop.position - width) < 12700 for stop in stops] == [True]


def test_the_timeline_is_a_sharp_picture(demo_docx: docx.document.Document) -> None:
    """The legend and chart are pictures at print resolution, the width of the page."""
    from PIL import Image

    shapes = demo_docx.inline_shapes
    assert len(shapes) >= 2
    chart = max(shapes, key=lambda s: s.height)
    blip = chart._inline.graphic.graphicData.pic.blipFill.blip.embed
    data = demo_docx.part.related_parts[blip].blob
    image = Image.open(io.BytesIO(data))
    inches = chart.width / 914400
    assert image.width / inches >= 200


def test_contents_is_a_field_word_fills_in(demo_docx: docx.document.Document) -> None:
    """The contents is a TOC field (listing the parts until Word updates it)."""
    body = demo_docx.element.body.xml
    assert "TOC \\o" in body
    settings = demo_docx.settings.element.xml
    assert "updateFields" in settings


def test_restyled_template_is_followed(demo_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    """A template whose Heading 1 was changed in Word gives headings in the new look."""
    template = docx.Document(str(word.TEMPLATE))
    template.styles["Heading 1"].font.size = Pt(33)
    template.styles["Heading 1"].font.name = "Georgia"
    path = tmp_path / "restyled.docx"
    template.save(str(path))
    data = render_docx(
        build_roadmap(demo_snapshot, RoadmapOptions(sections=(Section.VISION,))), template=path
    )
    result = docx.Document(io.BytesIO(data))
    heading = next(p for p in result.paragraphs if p.style.name == "Heading 1")
    assert heading.style.font.size == Pt(33) and heading.style.font.name == "Georgia"
    assert "removes this paragraph" not in "".join(p.text for p in result.paragraphs)


def test_names_in_any_script_come_through(world_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    """Amharic, Arabic and Russian names are in the Word text as typed (Word shapes them)."""
    path = write_docx(
        build_roadmap(world_snapshot, RoadmapOptions(printed_on=PRINTED)), tmp_path / "world.docx"
    )
    document = docx.Document(str(path))
    text = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for name in (AMHARIC, ARABIC, RUSSIAN):
        assert name in text


def test_control_characters_and_markup_in_user_text(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """Control characters are shown as their pictures (␀ ␋) or �, never dropped unseen;
    markup-like text stays as typed."""
    name = "A\x00B\x0b <w:p>&amp; \ufffe"
    snapshot = dataclasses.replace(
        demo_snapshot, profile=dataclasses.replace(demo_snapshot.profile, name=name)
    )
    path = write_docx(
        build_roadmap(snapshot, RoadmapOptions(sections=(Section.COVER,))), tmp_path / "m.docx"
    )
    document = docx.Document(str(path))
    assert document.paragraphs[1].text == "A\u2400B\u240b <w:p>&amp; \ufffd"


def test_the_cover_carries_the_logo(demo_snapshot: PlanSnapshot) -> None:
    """A logo given in the options is the first picture of the Word file."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 100), (0, 0, 0)).save(buffer, "PNG")
    options = RoadmapOptions(sections=(Section.COVER,), logo=buffer.getvalue())
    document = docx.Document(io.BytesIO(render_docx(build_roadmap(demo_snapshot, options))))
    assert len(document.inline_shapes) == 1


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_no_blank_page_where_a_section_ends_on_a_full_page(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """LibreOffice lays the Word file out without an empty page after a table that fills
    its page (the monitoring table of the demo plan does, on A4)."""
    path = tmp_path / "roadmap.docx"
    write_docx(build_roadmap(demo_snapshot, RoadmapOptions(printed_on=PRINTED)), path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        check=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "roadmap.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pages = text.split("\f")[:-1]
    running = {"Page", "of", "Vision", "and", "action", "plan", "Atuntaqui", "garment"}
    running |= {"cluster", "Current", "plan,", "28", "November", "2026"}
    bare = [
        n + 1
        for n, page in enumerate(pages)
        if not set(page.split()) - running - {str(n + 1), str(len(pages))}
    ]
    listing = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "roadmap.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    pictured = {int(line.split()[0]) for line in listing if line.strip()}
    assert len(pages) > 20 and [n for n in bare if n not in pictured] == []
