"""Any text a user can type goes through both writers: nothing breaks, nothing is markup."""

from __future__ import annotations

import dataclasses
import io
import unicodedata

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.docx import render_docx
from cluster_planner.exports.pdf import render_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from cluster_planner.exports.text import clean
from tests.exports.test_any_plan import _as_printed, _flat

MARKUP = st.sampled_from(
    [
        '<img src="/etc/passwd"/>',
        "&",
        "&amp;",
        "<b>",
        "</para>",
        "<font face=x>",
        "]]>",
        "\x00",
        "\x0b",
        "\x1f",
        "\x7f",
        "\ufffe",
        "\u202e",
        "\n",
        "\t",
        "ጤና",
        "سلام",
        "Ж",
        "é",
    ]
)
TEXT = st.lists(st.one_of(MARKUP, st.text(max_size=12)), max_size=8).map("".join)


def _with_names(
    snapshot: PlanSnapshot, cluster: str, organisation: str, title: str
) -> PlanSnapshot:
    lead = next(a.lead_id for a in snapshot.actions if a.lead_id is not None)
    organisations = tuple(
        dataclasses.replace(o, name=organisation) if o.id == lead else o
        for o in snapshot.organisations
    )
    actions = (dataclasses.replace(snapshot.actions[0], title=title), *snapshot.actions[1:])
    profile = dataclasses.replace(snapshot.profile, name=cluster)
    return dataclasses.replace(
        snapshot, profile=profile, organisations=organisations, actions=actions
    )


SECTIONS = (Section.COVER, Section.ACTION_PLAN, Section.TIMELINE, Section.COMMITMENTS)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cluster=TEXT, organisation=TEXT, title=TEXT)
def test_any_text_through_both_writers(
    demo_snapshot: PlanSnapshot, cluster: str, organisation: str, title: str
) -> None:
    """Both documents are written and read back; the words typed are in the PDF's text."""
    snapshot = _with_names(demo_snapshot, cluster, organisation, title)
    roadmap = build_roadmap(snapshot, RoadmapOptions(sections=SECTIONS))
    reader = PdfReader(io.BytesIO(render_pdf(roadmap)))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = unicodedata.normalize("NFKC", "".join(text.split()))
    for word in clean(cluster).split():
        if word.isascii() and word.isprintable():
            assert word in flat
    document = docx.Document(io.BytesIO(render_docx(roadmap)))
    cover = _flat("".join(p.text for p in document.paragraphs[:3]))
    assert _flat(_as_printed(cluster)) in cover
