"""Who committed to what, and the objectives' action counts, read back from the PDF."""

from __future__ import annotations

import re
import subprocess

import pytest

from cluster_planner.domain.entities import (
    Action,
    ClusterProfile,
    CostLine,
    Objective,
    Organisation,
    Partner,
)
from cluster_planner.domain.enums import ContributionKind, StakeholderType
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports import roadmap as model
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from tests.exports.conftest import PRINTED


@pytest.fixture(scope="module")
def pages(demo_snapshot: PlanSnapshot, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("commitments") / "roadmap.pdf"
    options = RoadmapOptions(sections=(Section.OBJECTIVES, Section.COMMITMENTS), printed_on=PRINTED)
    write_pdf(build_roadmap(demo_snapshot, options), path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f")]


def test_an_organisation_that_only_reports_on_indicators_gets_its_page(
    pages: list[str],
) -> None:
    chamber = next(p for p in pages if "Chamber of Commerce of Antonio Ante (CCAA) It reports" in p)
    assert "Indicators it reports on" in chamber
    assert "Firms selling under the common brand" in chamber


def test_continuation_pages_say_whose_sheet_they_continue(pages: list[str]) -> None:
    continued = [p for p in pages if "(continued)" in p]
    assert continued
    for page in continued:
        name = re.search(r"2026 (.+?) \(continued\)", page)
        assert name is not None
        before = pages[pages.index(page) - 1]
        assert name.group(1) in before  # the sheet started on the page before


def test_what_an_organisation_brings_is_said_once_and_cash_is_never_said_to_be_paid_twice(
    pages: list[str],
) -> None:
    text = " ".join(pages)
    sentences = re.findall(r"In this plan it [^.]*\.", text)
    assert sentences
    assert all(len(re.findall(r"\bbrings USD", s)) <= 1 for s in sentences)
    assert all("included" not in s for s in sentences)
    assert "brings USD 1,500 in cash and USD 4,000 in kind" in text


def test_objective_action_counts_say_how_many_were_dropped(pages: list[str]) -> None:
    text = " ".join(pages)
    assert "5 actions, 1 dropped." in text  # O1: A1.6 was dropped
    assert "6 actions." not in text


# --- what the sheets say, built on small plans -------------------------------------------------


def _sheet_text(snapshot: PlanSnapshot, name: str) -> list[str]:
    """The texts of one organisation's sheet in the printed roadmap, in order."""
    roadmap = build_roadmap(
        snapshot, RoadmapOptions(sections=(Section.COMMITMENTS,), printed_on=PRINTED)
    )
    texts: list[str] = []
    inside = False
    flat: list[model.Block] = []
    for block in roadmap.parts[0].blocks:
        flat += list(block.blocks) if isinstance(block, model.Group) else [block]
    for block in flat:
        if isinstance(block, model.Heading) and block.level == 2:
            inside = block.text.startswith(name)
        if not inside:
            continue
        if isinstance(block, (model.Heading, model.Paragraph)):
            texts.append(block.text)
        elif isinstance(block, model.Table):
            texts += [" | ".join(row.cells) for row in block.rows]
    assert texts, name
    return texts


def _small_plan(*partners: Partner, lines: tuple[CostLine, ...] = ()) -> PlanSnapshot:
    organisations = (
        Organisation(1, "Lead Co", StakeholderType.ENTERPRISE),
        Organisation(2, "Partner Guild", StakeholderType.BUSINESS_ASSOCIATION),
    )
    action = Action(
        10, 1, "Shared dye house", number=1, lead_id=1, partners=partners, cost_lines=lines
    )
    return PlanSnapshot(
        profile=ClusterProfile(name="Test cluster", currency="USD"),
        organisations=organisations,
        objectives=(Objective(1, "Grow", number=1),),
        actions=(action,),
    )


def test_a_partner_that_has_not_said_what_it_brings_is_not_said_to_have_committed_nothing() -> None:
    """An organisation that is only a partner takes part in the action; a contribution whose
    kind or amount is not stated is printed “not stated”, never “—” or “Cash —”."""
    snapshot = _small_plan(
        Partner(20, 2, ContributionKind.NOT_STATED),
        Partner(21, 2, ContributionKind.IN_KIND, None, "Looms"),
    )
    texts = _sheet_text(snapshot, "Partner Guild")
    joined = "\n".join(texts)
    assert "Has not committed to any action yet." not in joined
    assert "takes part in 1 action as a partner" in texts[1]
    assert "A1.1 | Shared dye house | Not stated | — | not stated" in texts
    assert "A1.1 | Shared dye house | In kind | Looms | not stated" in texts
    assert "Cash | —" not in joined


def test_the_cash_a_partner_brings_is_never_said_to_be_in_what_it_pays_unless_it_is() -> None:
    """Bringing USD 2,000 in cash and paying a USD 1,000 cost line: the sheet says USD 1,000
    of the cash is in what it pays, and flags the other USD 1,000 as in no cost line."""
    snapshot = _small_plan(
        Partner(20, 2, ContributionKind.CASH, 2000.0),
        lines=(CostLine(30, 1000.0, "Dyes", organisation_id=2),),
    )
    texts = _sheet_text(snapshot, "Partner Guild")
    summary = texts[1]
    assert "brings USD\u00a02,000 in cash" in summary
    assert "pays USD\u00a01,000 of the budget" in summary
    assert "included" not in summary
    assert "USD\u00a01,000 of it is the cash it brings" in summary
    assert any(
        "USD\u00a01,000 of the cash it brings is in no cost line of the budget (A1.1)" in t
        for t in texts
    )
    paid = _small_plan(
        Partner(20, 2, ContributionKind.CASH, 2000.0),
        lines=(CostLine(30, 2500.0, "Dyes", organisation_id=2),),
    )
    texts = _sheet_text(paid, "Partner Guild")
    assert "the USD\u00a02,000 in cash it brings is part of it" in texts[1]
    assert not any("in no cost line" in t for t in texts)
