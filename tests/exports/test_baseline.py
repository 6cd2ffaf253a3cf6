"""Slippage in print: the timeline shows the last adopted revision's dates as the screen
does, and the action plan says how far each action moved since then."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cluster_planner.exports.chart_image import chart_image
from cluster_planner.exports.history import baseline_of
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import (
    Chart,
    RoadmapOptions,
    Section,
    Table,
    build_roadmap,
)
from cluster_planner.services.plan_document import PlanDocument
from tests.exports.conftest import PRINTED


def _roadmap(document: PlanDocument, *sections: Section):
    baseline = baseline_of(document.revisions(), document.revision_snapshot, None)
    options = RoadmapOptions(sections=sections, printed_on=PRINTED, baseline=baseline)
    return build_roadmap(document.snapshot(), options)


def test_the_action_plan_says_how_far_each_action_moved_since_the_baseline(
    demo_document: PlanDocument,
) -> None:
    """Revision 2 is the baseline of the current plan: A2.5's end moved 30 days later."""
    roadmap = _roadmap(demo_document, Section.ACTION_PLAN)
    table = next(b for b in roadmap.parts[0].blocks if isinstance(b, Table))
    titles = [c.title for c in table.columns]
    assert "Moved since revision 2" in titles
    column = titles.index("Moved since revision 2")
    moved = {row.cells[0]: row.cells[column] for row in table.rows if row.kind == "body"}
    assert moved["A2.5"] == "+30 days"
    assert moved["A1.1"] == "0"
    assert "new" in moved.values() or all(v for v in moved.values())


def test_the_printed_timeline_draws_the_baseline_and_names_it(
    demo_document: PlanDocument, tmp_path: Path
) -> None:
    """The chart carries a band per action of the baseline, the legend names it, and the
    Word picture has the bands drawn (more ink than without them)."""
    roadmap = _roadmap(demo_document, Section.TIMELINE)
    chart = next(b for b in roadmap.parts[0].blocks if isinstance(b, Chart))
    assert len(chart.baseline) >= 20
    assert chart.baseline_label == "Revision 2's dates (the baseline)"
    path = write_pdf(roadmap, tmp_path / "timeline.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "Revision 2's dates (the baseline)" in text
    rows = min(20, len(chart.chart.rows))
    words = roadmap.wording
    import dataclasses

    with_bands = chart_image(chart, words, 0, rows, 700).convert("L").histogram()
    bare = dataclasses.replace(chart, baseline=())
    without = chart_image(bare, words, 0, rows, 700).convert("L").histogram()
    assert sum(with_bands[:128]) > sum(without[:128])
