"""The prioritised SWOT read back: each voted item starts with its rank, in bold, on one
line with its dots, so ranks are found in black and white."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import PRINTED


def test_ranks_lead_each_item_in_bold_with_their_dots(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "swot.pdf"
    options = RoadmapOptions(sections=(Section.SWOT,), printed_on=PRINTED)
    write_pdf(build_roadmap(demo_snapshot, options), path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    ranked = re.findall(r"\b([SWOT]\d+) rank (\d+) · (\d+) dots? ", text)
    assert len(ranked) >= 10
    assert ("W4", "1", "9") in ranked
    assert "dots)" not in text  # not tucked away at the end of the statement
    bold: list[str] = []

    def seen(text: str, cm: object, tm: object, font: dict | None, size: float) -> None:
        if font is not None and "Bold" in str(font.get("/BaseFont")):
            bold.append(text)

    PdfReader(path).pages[0].extract_text(visitor_text=seen)
    assert any("rank" in piece for piece in bold)
