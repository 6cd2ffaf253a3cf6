"""The printed timeline read back: long titles, the progress line and the day's line in
the legend, the legend again on every page of a long plan."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bench.generate import large_snapshot
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import PRINTED


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def test_titles_the_legend_and_the_day_s_line(demo_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    path = tmp_path / "timeline.pdf"
    options = RoadmapOptions(sections=(Section.TIMELINE,), printed_on=PRINTED)
    write_pdf(build_roadmap(demo_snapshot, options), path)
    text = " ".join(_pages(path))
    # Titles keep 60 characters and more (they were cut at about 45).
    assert "Regional marketing campaign: Atuntaqui, a centre of quality" in text
    assert "Progress (line along the bar's foot)" in text
    # In the legend only: a label beside the line covered the first row's summary bar.
    assert text.count("Today, 28 Nov 2026") == 1


def test_every_page_of_a_long_timeline_has_the_legend(tmp_path: Path) -> None:
    snapshot = PlanSnapshot.from_dict(large_snapshot(actions=120))
    path = tmp_path / "long.pdf"
    options = RoadmapOptions(sections=(Section.TIMELINE,), printed_on=PRINTED)
    write_pdf(build_roadmap(snapshot, options), path)
    pages = _pages(path)
    assert len(pages) >= 3
    for page in pages:
        assert "Progress (line along the bar's foot)" in page
        assert "Today, 28 Nov 2026" in page or "Today" in page
