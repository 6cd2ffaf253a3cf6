"""Random plans with random text of any script and length, and extreme values, through both
writers: each document is written and read back by an independent reader (pdftotext,
python-docx), and every name is in it as the documents print it."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import unicodedata
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cluster_planner.domain.entities import (
    Action,
    ClusterProfile,
    CostLine,
    Milestone,
    Objective,
    Organisation,
    Partner,
)
from cluster_planner.domain.enums import ContributionKind, StakeholderType
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.docx import render_docx
from cluster_planner.exports.fonts import printed
from cluster_planner.exports.pdf import render_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from cluster_planner.exports.text import shown

# Letters of many scripts, emoji, combining marks, directional controls, control characters
# and characters no bundled face has (Chinese), so every path of the writers is taken.
PIECES = st.sampled_from(
    [
        "Atuntaqui",
        "Ñandú",
        "Союз",
        "Ένωση",
        "የአዲስ አበባ",
        "جمعية النساجين",
        "שלום",
        "👞👠",
        "👨‍👩‍👧",
        "🇪🇨",
        "e\u0301",
        "\u202e",
        "\u202b",
        "\u2066",
        "\u2069",
        "\u200f",
        "\x00",
        "\x1b",
        "\x85",
        "中文",
        "&<b>",
        "\n",
        " ",
        "→ ≤",
        "⚠",
    ]
)
NAME = st.lists(st.one_of(PIECES, st.text(min_size=1, max_size=8)), min_size=1, max_size=10).map(
    "".join
)
LONG = st.integers(min_value=1, max_value=5000).map(lambda n: ("Longname " * (n // 9 + 1))[:n])
TEXT = st.one_of(NAME, NAME, LONG, st.tuples(NAME, LONG).map("".join))
AMOUNT = st.one_of(
    st.floats(min_value=0, max_value=1e15, allow_nan=False),
    st.sampled_from([0.0, 0.01, 1e308, float("inf"), float("nan")]),
)
DAY = st.one_of(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31)),
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31)]),
)
SECTIONS = (
    Section.COVER,
    Section.OBJECTIVES,
    Section.ACTION_PLAN,
    Section.TIMELINE,
    Section.COMMITMENTS,
    Section.BUDGET,
)


@st.composite
def plans(draw: st.DrawFn) -> PlanSnapshot:
    """A plan of 1–3 organisations and objectives and 1–6 actions, every text drawn."""
    organisations = tuple(
        Organisation(n, draw(TEXT), StakeholderType.ENTERPRISE, acronym=draw(NAME)[:10])
        for n in range(1, draw(st.integers(1, 3)) + 1)
    )
    objectives = tuple(
        Objective(n, draw(TEXT), position=n, number=n)
        for n in range(1, draw(st.integers(1, 3)) + 1)
    )
    actions = []
    for n in range(1, draw(st.integers(1, 6)) + 1):
        start, end = sorted((draw(DAY), draw(DAY)))
        organisation = draw(st.sampled_from(organisations)).id
        actions.append(
            Action(
                n,
                draw(st.sampled_from(objectives)).id,
                draw(TEXT),
                number=n,
                position=n,
                lead_id=organisation,
                start_date=start,
                end_date=end,
                partners=(Partner(n, organisation, ContributionKind.CASH, draw(AMOUNT)),),
                cost_lines=(CostLine(n, draw(AMOUNT), draw(NAME), organisation_id=organisation),),
                milestones=(Milestone(n, draw(NAME), draw(DAY)),),
            )
        )
    return PlanSnapshot(
        profile=ClusterProfile(name=draw(TEXT), currency=draw(st.sampled_from(["USD", "ETB"]))),
        organisations=organisations,
        objectives=objectives,
        actions=tuple(actions),
    )


def _flat(text: str) -> str:
    """Text as compared: composed, without spaces, line breaks or invisible characters."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf")


def _pdf_text(data: bytes, folder: Path) -> str:
    path = folder / "plan.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _as_printed(name: str) -> str:
    """A name as a table cell or heading prints it: controls shown, on one line."""
    return printed(" ".join(shown(name).split()))


def _left_to_right(text: str) -> bool:
    return not any(
        unicodedata.bidirectional(c) in ("R", "AL", "RLE", "RLO", "RLI", "FSI", "LRE", "LRO")
        for c in text
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=plans())
def test_any_plan_is_written_and_read_back_by_both_readers(
    plan: PlanSnapshot, tmp_path_factory
) -> None:
    """Both writers finish; python-docx reads every name as printed (controls shown, what no
    font has as �); pdftotext reads the cluster's and objectives' names where they stand
    alone (the cover, headings), those of left-to-right scripts whole."""
    roadmap = build_roadmap(plan, RoadmapOptions(sections=SECTIONS, printed_on=dt.date(2026, 1, 1)))
    word = docx.Document(io.BytesIO(render_docx(roadmap)))
    texts = [p.text for p in word.paragraphs]
    texts += [c.text for table in word.tables for row in table.rows for c in row.cells]
    everything = _flat("".join(texts))
    names = [
        plan.profile.name,
        *(o.title for o in plan.objectives),
        *(a.title for a in plan.actions),
    ]
    leads = {a.lead_id for a in plan.actions}
    names += [o.name for o in plan.organisations if o.id in leads]
    for name in names:
        assert _flat(_as_printed(name)) in everything, name[:80]
    pdf = _flat(_pdf_text(render_pdf(roadmap), tmp_path_factory.mktemp("pdf")))
    for name in [plan.profile.name, *(o.title for o in plan.objectives)]:
        # A name of left-to-right scripts short enough for a heading no page cuts (a
        # longer one has the pages' running header and footer read in between) is read
        # back whole.
        if _left_to_right(name) and len(name) <= 400:
            assert _flat(_as_printed(name)) in pdf, name[:80]
