"""Arabic read back from both documents: wrapped in reading order, brackets the right way
round, cut at the end of what is kept, and marked right to left in Word."""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

import docx
import pytest
from arabic_reshaper import reshape
from docx.oxml.ns import qn

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.docx import write_docx
from cluster_planner.exports.fonts import visual
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import PRINTED

MINISTRY = "وزارة الصناعة والقدرة التنافسية"
ACRONYM = "وصق"
# A long action title: the timeline's label column cannot hold all of it.
# Long enough to be cut even where the label column widens for long titles.
TITLE = (
    "برنامج تدريب الحرفيين على التصميم والجودة والتسويق في الأسواق الإقليمية والدولية الجديدة "
    "مع ورش عمل للنساء والشباب في المدن والقرى المجاورة وزيارات ميدانية للمصانع والأسواق"
)


@pytest.fixture(scope="module")
def arabic_snapshot(demo_snapshot: PlanSnapshot) -> PlanSnapshot:
    """The demo plan with the lead of A1.1 a ministry named in Arabic, and one Arabic title."""
    first = min(demo_snapshot.actions, key=lambda a: (a.objective_id, a.position, a.id))
    organisations = tuple(
        dataclasses.replace(o, name=MINISTRY, acronym=ACRONYM) if o.id == first.lead_id else o
        for o in demo_snapshot.organisations
    )
    actions = tuple(
        dataclasses.replace(a, title=TITLE) if a.id == first.id else a
        for a in demo_snapshot.actions
    )
    return dataclasses.replace(demo_snapshot, organisations=organisations, actions=actions)


def _logical_lines(path: Path) -> list[str]:
    """pdftotext's lines (it puts right-to-left text back in reading order), with the
    Arabic presentation forms folded to letters and direction marks removed."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    text = "".join(c for c in text if c not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f")
    return [" ".join(line.split()) for line in text.splitlines()]


def test_a_wrapped_arabic_cell_starts_with_its_first_word(
    arabic_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """The lead cell wraps: its first line holds the first words, the acronym the second."""
    path = tmp_path / "roadmap.pdf"
    options = RoadmapOptions(sections=(Section.ACTION_PLAN,), printed_on=PRINTED)
    write_pdf(build_roadmap(arabic_snapshot, options), path)
    lines = _logical_lines(path)
    first = next(i for i, line in enumerate(lines) if "وزارة" in line)
    assert MINISTRY in lines[first]  # not "…التنافسية (وصق" with "وزارة" a line below
    assert ACRONYM not in lines[first]
    assert ACRONYM in lines[first + 1]


def test_brackets_face_the_right_way_in_display_order() -> None:
    """Drawn left to right, the acronym's brackets open on the left: "(قصو)" not ")قصو("."""
    shaped = reshape(ACRONYM)[::-1]
    assert visual(f"{MINISTRY} ({ACRONYM})").startswith(f"({shaped})")
    # In a left-to-right line the Arabic run sits after the name, its last word leftmost.
    assert visual(f"Hernán Villacís, {MINISTRY} ({ACRONYM})").startswith(
        f"Hernán Villacís, ({shaped})"
    )


def test_a_cut_timeline_label_keeps_the_start_of_the_title(
    arabic_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "timeline.pdf"
    options = RoadmapOptions(sections=(Section.TIMELINE,), printed_on=PRINTED)
    write_pdf(build_roadmap(arabic_snapshot, options), path)
    label = next(line for line in _logical_lines(path) if "A1.1" in line)
    words = TITLE.split()
    assert " ".join(words[:3]) in label
    assert words[-1] not in label
    assert "..." in label  # the ellipsis, folded by NFKC


def test_word_marks_arabic_paragraphs_and_runs_right_to_left(
    arabic_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "roadmap.docx"
    options = RoadmapOptions(sections=(Section.ACTION_PLAN,), printed_on=PRINTED)
    write_docx(build_roadmap(arabic_snapshot, options), path)
    body = docx.Document(str(path)).element.body
    arabic = [
        p
        for p in body.iter(qn("w:p"))
        if "".join(p.itertext()).lstrip("\u2068").startswith(MINISTRY)
    ]
    assert arabic
    for paragraph in arabic:
        assert paragraph.find(qn("w:pPr")).find(qn("w:bidi")) is not None
        runs = [r for r in paragraph.iter(qn("w:r")) if ACRONYM in "".join(r.itertext())]
        assert runs and all(r.find(qn("w:rPr")).find(qn("w:rtl")) is not None for r in runs)
    latin = next(p for p in body.iter(qn("w:p")) if "Universidad" in "".join(p.itertext()))
    assert latin.find(qn("w:pPr")).find(qn("w:bidi")) is None


def test_an_override_inside_one_name_never_reverses_the_next(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """Two partners in one cell, the first named with a right-to-left override: the second
    reads as typed in the PDF and is isolated in the Word file (not “teneG ,OLR”)."""
    action = next(a for a in demo_snapshot.actions if len(a.partners) >= 2)
    first, second = action.partners[0].organisation_id, action.partners[1].organisation_id
    names = {first: "RLO\u202e", second: "Genet"}
    organisations = tuple(
        dataclasses.replace(o, name=names[o.id], acronym="") if o.id in names else o
        for o in demo_snapshot.organisations
    )
    snapshot = dataclasses.replace(demo_snapshot, organisations=organisations)
    roadmap = build_roadmap(snapshot, RoadmapOptions(sections=(Section.ACTION_PLAN,)))
    path = write_pdf(roadmap, tmp_path / "plan.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Genet" in text and "teneG" not in text
    body = docx.Document(str(write_docx(roadmap, tmp_path / "plan.docx"))).element.body
    cells = ["".join(c.itertext()) for c in body.iter(qn("w:tc"))]
    assert any("\u2068RLO\u202e\u2069, Genet" in c for c in cells)
