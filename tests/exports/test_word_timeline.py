"""The timeline in the Word roadmap read back: its pictures' pixels, every row, the fonts a
reader needs named on the runs."""

from __future__ import annotations

import dataclasses
import io
import itertools
import re

import docx
import pytest
from docx.oxml.ns import qn
from PIL import Image

from bench.generate import large_snapshot
from cluster_planner.domain.enums import ActionStatus
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.chart_image import DPI
from cluster_planner.exports.chart_layout import HEADER, MIN_ROW, ROW
from cluster_planner.exports.docx import render_docx
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import AMHARIC, ARABIC, PRINTED


def _pictures(data: bytes) -> list[Image.Image]:
    """The timeline's pictures (the legend first), in document order."""
    document = docx.Document(io.BytesIO(data))
    parts = document.part.related_parts
    pictures = []
    for blip in document.element.body.iter(qn("a:blip")):
        part = parts[blip.get(qn("r:embed"))]
        pictures.append(Image.open(io.BytesIO(part.blob)))
    return pictures


def test_a_plan_of_proposed_actions_draws_its_timeline_and_legend_in_shades(
    demo_snapshot: PlanSnapshot,
) -> None:
    """Every new plan's actions are "proposed": the pictures are drawn (white paper, black
    ink and greys), never one solid colour."""
    actions = tuple(
        dataclasses.replace(a, status=ActionStatus.PROPOSED, progress=0)
        for a in demo_snapshot.actions
    )
    snapshot = dataclasses.replace(demo_snapshot, actions=actions)
    options = RoadmapOptions(sections=(Section.TIMELINE,), printed_on=PRINTED)
    pictures = _pictures(render_docx(build_roadmap(snapshot, options)))
    assert len(pictures) >= 2
    for picture in pictures:
        grey = picture.convert("L")
        counts = grey.histogram()
        total = sum(counts)
        white = sum(counts[240:]) / total
        dark = sum(counts[:60]) / total
        assert len([c for c in counts if c]) >= 3  # more than one colour
        assert white > 0.5, f"mostly paper: {white:.2f}"
        assert 0.005 < dark < 0.5, f"some ink, not a black block: {dark:.2f}"


@pytest.fixture(scope="module")
def long_plan() -> tuple[PlanSnapshot, bytes]:
    snapshot = PlanSnapshot.from_dict(large_snapshot(actions=200))
    options = RoadmapOptions(sections=(Section.TIMELINE, Section.COMMITMENTS), printed_on=PRINTED)
    return snapshot, render_docx(build_roadmap(snapshot, options))


def test_every_row_of_a_200_action_plan_is_in_the_word_timeline(
    long_plan: tuple[PlanSnapshot, bytes],
) -> None:
    """The slices' heights add up to every row of the chart, and no paragraph holding a
    slice has a line height that would clip it (Word shows 1 pt of an exact 1-pt line)."""
    snapshot, data = long_plan
    rows = len(snapshot.objectives) + len(snapshot.actions)
    slices = _pictures(data)[1:]  # after the legend
    assert len(slices) >= 4
    document = docx.Document(io.BytesIO(data))
    described = [
        d.get("descr") for d in document.element.body.iter(qn("wp:docPr")) if d.get("descr")
    ]
    ranges = [tuple(int(n) for n in re.findall(r"\d+", d)[:3]) for d in described]
    assert ranges[0][0] == 1 and ranges[-1][1] == ranges[-1][2] == rows
    assert all(b[0] == a[1] + 1 for a, b in itertools.pairwise(ranges))
    for picture, (first, last, _) in zip(slices, ranges, strict=True):
        row = (picture.height * 72 / DPI - HEADER - 2) / (last - first + 1)
        assert MIN_ROW - 0.1 <= row <= ROW + 0.1  # every row drawn, none squeezed away
    document = docx.Document(io.BytesIO(data))
    for paragraph in document.element.body.iter(qn("w:p")):
        if paragraph.find(f".//{qn('w:drawing')}") is None:
            continue
        spacing = paragraph.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
        if spacing is not None:
            assert spacing.get(qn("w:lineRule")) != "exact", "a picture in an exact line"


def test_script_runs_name_the_font_a_reader_needs(world_snapshot: PlanSnapshot) -> None:
    """Amharic runs name Noto Sans Ethiopic, Arabic runs Noto Naskh Arabic (as complex
    script, right to left), so Word does not fall back to boxes (the user guide says which
    fonts a reader needs installed)."""
    options = RoadmapOptions(sections=(Section.ACTION_PLAN,), printed_on=PRINTED)
    data = render_docx(build_roadmap(world_snapshot, options))
    document = docx.Document(io.BytesIO(data))
    fonts: dict[str, set[str]] = {}
    for run in document.element.body.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if not text.strip():
            continue
        properties = run.find(qn("w:rPr"))
        faces = properties.find(qn("w:rFonts")) if properties is not None else None
        named = set() if faces is None else {v for k, v in faces.attrib.items()}
        if AMHARIC.split()[0] in text:
            fonts.setdefault("ethiopic", set()).update(named)
        if ARABIC.split()[0] in text:
            fonts.setdefault("arabic", set()).update(named)
    assert "Noto Sans Ethiopic" in fonts["ethiopic"]
    assert "Noto Naskh Arabic" in fonts["arabic"]
