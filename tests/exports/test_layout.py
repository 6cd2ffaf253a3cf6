"""Pages a Commission reads: totals with their tables, whole names, no page for a line."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from bench.generate import large_snapshot
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.docx import render_docx
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import PRINTED


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


@pytest.mark.parametrize("actions", range(18, 58, 3))
def test_the_plan_total_is_never_alone_on_a_page(actions: int, tmp_path: Path) -> None:
    """Whatever the number of actions, the total row shares its page with actions."""
    snapshot = PlanSnapshot.from_dict(large_snapshot(actions=actions))
    options = RoadmapOptions(sections=(Section.ACTION_PLAN,), printed_on=PRINTED)
    path = write_pdf(build_roadmap(snapshot, options), tmp_path / "plan.pdf")
    page = next(p for p in _pages(path) if "Plan total" in p)
    assert re.search(r"\bA\d+\.\d+\b", page), page[:400]


def test_short_parts_share_a_page_and_sheets_keep_whole(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    """A plan without options, indicators or revisions says so in a line each, on the page
    of the part before; the timeline's rows are labelled whole; the Commission's members'
    organisations are printed whole."""
    snapshot = dataclasses.replace(
        demo_snapshot,
        options=(),
        measurements=(),
        vision_elements=tuple(
            dataclasses.replace(e, option_ids=()) for e in demo_snapshot.vision_elements
        ),
    )
    options = RoadmapOptions(printed_on=PRINTED)
    path = write_pdf(build_roadmap(snapshot, options), tmp_path / "plan.pdf")
    pages = _pages(path)
    swot = next(p for p in pages if "Prioritised SWOT" in p and "Strengths" in p)
    assert "Strategic options" in swot and "No strategic option has been recorded yet." in swot
    assert any("No revision of this plan has been adopted yet." in p for p in pages)
    flat = " ".join(" ".join(pages).split())
    assert "Regional marketing campaign: Atuntaqui, a centre of quality garments" in flat
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    endorsement = " ".join(raw.split("\f")[-2].split())
    assert "United Nations Industrial Development Organization (UNIDO)" in endorsement
    assert "Development…" not in endorsement


def test_a_timeline_that_nearly_fits_a_page_takes_one_in_word(demo_snapshot: PlanSnapshot) -> None:
    """The demo's 29 rows are one picture, not a page of 26 rows and a page of 3."""
    options = RoadmapOptions(sections=(Section.TIMELINE,), printed_on=PRINTED)
    document = docx.Document(io.BytesIO(render_docx(build_roadmap(demo_snapshot, options))))
    pictures = list(document.element.body.iter(qn("a:blip")))
    assert len(pictures) == 2  # the legend, then every row
