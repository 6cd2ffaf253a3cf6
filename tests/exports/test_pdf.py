"""The PDF roadmap read back with poppler and pypdf, never trusting the writer."""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports import pdf
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import Paper, RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import AMHARIC, ARABIC, GREEK, RUSSIAN


def pdftotext(path: Path, *args: str) -> str:
    result = subprocess.run(
        ["pdftotext", *args, str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


@pytest.fixture(scope="module")
def demo_pdf(demo_snapshot: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole demo roadmap on A4."""
    from tests.exports.conftest import PRINTED

    path = tmp_path_factory.mktemp("pdf") / "roadmap.pdf"
    write_pdf(build_roadmap(demo_snapshot, RoadmapOptions(printed_on=PRINTED)), path)
    return path


def test_every_section_is_in_the_text(demo_pdf: Path, demo_snapshot: PlanSnapshot) -> None:
    """Each section's heading and key content can be read back from the PDF."""
    text = pdftotext(demo_pdf)
    for heading in (
        "Contents",
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
    ):
        assert heading in text, heading
    assert "Atuntaqui garment cluster" in text
    adopted = max(demo_snapshot.vision_versions, key=lambda v: v.number)
    assert " ".join(adopted.statement.split()[:6]) in " ".join(text.split())
    assert "No revision of this plan has been adopted yet." in text
    for code in ("A1.1", "A2.1", "A5.4", "SO1", "Obj3", "O3"):
        assert code in text
    flat = " ".join(text.split())
    for organisation in demo_snapshot.organisations[:5]:
        assert " ".join(organisation.name.split()) in flat


def test_page_numbers_header_and_bookmarks(demo_pdf: Path) -> None:
    """Every page but the cover says "Page X of Y" and names the plan; the outline lists parts."""
    reader = PdfReader(demo_pdf)
    total = len(reader.pages)
    for number in (2, total // 2, total):
        page = pdftotext(demo_pdf, "-f", str(number), "-l", str(number))
        assert f"Page {number} of {total}" in page
        assert "Atuntaqui garment cluster" in page and "Current plan, 28 November 2026" in page
    assert "Page 1 of" not in pdftotext(demo_pdf, "-f", "1", "-l", "1")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:5] == ["Cover", "Contents", "Vision", "Prioritised SWOT", "Strategic options"]
    assert "Endorsement" in titles
    first = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    assert first["Cover"] == 1 and first["Contents"] == 2


def test_contents_give_the_page_of_each_part(demo_pdf: Path) -> None:
    """The contents' page numbers are the pages the outline points at."""
    reader = PdfReader(demo_pdf)
    pages = {
        item.title: reader.get_destination_page_number(item) + 1
        for item in reader.outline
        if not isinstance(item, list)
    }
    contents = pdftotext(demo_pdf, "-layout", "-f", "2", "-l", "2")
    for title in ("Vision", "Timeline", "Endorsement"):
        line = next(line for line in contents.splitlines() if line.startswith(title + " "))
        assert line.split()[-1] == str(pages[title])


def test_all_fonts_are_embedded(demo_pdf: Path) -> None:
    """pdffonts lists only embedded fonts (no bare Helvetica)."""
    lines = subprocess.run(
        ["pdffonts", str(demo_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert lines
    assert all(line.split()[-5] == "yes" for line in lines), lines


@pytest.mark.parametrize(("paper", "size"), [(Paper.A4, (595, 842)), (Paper.LETTER, (612, 792))])
def test_paper_sizes_and_landscape_parts(
    demo_snapshot: PlanSnapshot, tmp_path: Path, paper: Paper, size: tuple[int, int]
) -> None:
    """Portrait pages have the paper's size; the action plan's pages are turned."""
    options = RoadmapOptions(paper=paper, sections=(Section.VISION, Section.ACTION_PLAN))
    path = write_pdf(build_roadmap(demo_snapshot, options), tmp_path / "r.pdf")
    reader = PdfReader(path)
    shapes = [
        (round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages
    ]
    assert shapes[0] == size
    assert shapes[-1] == (size[1], size[0])
    assert "A1.1" in (reader.pages[-1].extract_text() + reader.pages[1].extract_text())


def test_amharic_arabic_russian_and_greek_names_are_extractable(
    world_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """Names in Ethiopic, Arabic (joined, right to left), Cyrillic and Greek read back as typed."""
    from tests.exports.conftest import PRINTED

    path = write_pdf(
        build_roadmap(world_snapshot, RoadmapOptions(printed_on=PRINTED)), tmp_path / "world.pdf"
    )
    text = unicodedata.normalize("NFKC", pdftotext(path))
    for name in (AMHARIC, RUSSIAN, GREEK, ARABIC):
        assert name in text, name
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "NotoSansEthiopic" in fonts and "NotoNaskhArabic" in fonts


def test_arabic_is_joined_and_right_to_left() -> None:
    """Arabic letters take their joined forms and run from right to left on the line."""
    from cluster_planner.exports.fonts import visual

    shown = visual(ARABIC)
    assert shown != ARABIC and unicodedata.normalize("NFKC", shown)[::-1] == ARABIC
    assert visual("Cooperativa " + ARABIC).startswith("Cooperativa ")


def test_markup_in_user_text_is_printed_not_obeyed(
    demo_snapshot: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cluster named like markup, an image tag included, prints as typed and loads nothing."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "secret.png").write_bytes(b"not a picture")
    name = '<img src="secret.png"/> A&B <b>bold</b> &amp; \x07'
    snapshot = dataclasses.replace(
        demo_snapshot, profile=dataclasses.replace(demo_snapshot.profile, name=name)
    )
    path = write_pdf(
        build_roadmap(snapshot, RoadmapOptions(sections=(Section.COVER, Section.VISION))),
        tmp_path / "m.pdf",
    )
    text = " ".join(pdftotext(path).split())
    assert '<img src="secret.png"/> A&B <b>bold</b> &amp;' in text
    assert b"/Subtype /Image" not in path.read_bytes()


def test_a_failed_export_leaves_no_file(
    demo_snapshot: PlanSnapshot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If writing fails half-way, neither the target nor a temporary file is left."""
    target = tmp_path / "r.pdf"
    target.write_bytes(b"the previous export")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.fsync", fail)
    with pytest.raises(OSError, match="disk full"):
        write_pdf(build_roadmap(demo_snapshot, RoadmapOptions(sections=(Section.VISION,))), target)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_a_tall_timeline_continues_with_its_header_and_labels(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """When the rows do not fit one page, every page repeats the calendar and row labels."""
    path = write_pdf(
        build_roadmap(demo_snapshot, RoadmapOptions(sections=(Section.TIMELINE,))),
        tmp_path / "t.pdf",
    )
    assert pdf.ORPHANS >= 2
    reader = PdfReader(path)
    for page in reader.pages:
        text = page.extract_text()
        assert "2027" in text


def test_arrows_and_signs_print_with_the_symbol_face(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """Characters Noto Sans lacks (→ ≤) come from Noto Sans Math, not as empty boxes."""
    name = "Yarn → knit ≤ 2 weeks"
    snapshot = dataclasses.replace(
        demo_snapshot, profile=dataclasses.replace(demo_snapshot.profile, name=name)
    )
    path = write_pdf(
        build_roadmap(snapshot, RoadmapOptions(sections=(Section.COVER,))), tmp_path / "s.pdf"
    )
    assert name in pdftotext(path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert "NotoSansMath" in fonts
