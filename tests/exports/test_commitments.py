"""Who committed to what, and the objectives' action counts, read back from the PDF."""

from __future__ import annotations

import re
import subprocess

import pytest

from cluster_planner.domain.snapshot import PlanSnapshot
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


def test_what_an_organisation_brings_is_said_once_and_cash_is_not_added_to_what_it_pays(
    pages: list[str],
) -> None:
    text = " ".join(pages)
    sentences = re.findall(r"In this plan it [^.]*\.", text)
    assert sentences
    assert all(s.count("brings") <= 1 or "cash it brings included" in s for s in sentences)
    assert "brings USD 1,500 in cash and USD 4,000 in kind" in text
    paying = [s for s in sentences if "in cash" in s and "pays" in s]
    assert paying and all("the cash it brings included" in s for s in paying)


def test_objective_action_counts_say_how_many_were_dropped(pages: list[str]) -> None:
    text = " ".join(pages)
    assert "5 actions, 1 dropped." in text  # O1: A1.6 was dropped
    assert "6 actions." not in text
