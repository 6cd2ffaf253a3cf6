"""The names the roadmaps give the vocabularies' values, read back from the documents."""

from __future__ import annotations

import subprocess
from enum import Enum
from pathlib import Path

from cluster_planner.domain.enums import (
    ActionStatus,
    DecisionRule,
    FundingSource,
    ItemStatus,
    MeetingType,
    StakeholderType,
)
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports import wording
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import RoadmapOptions, Section, build_roadmap
from cluster_planner.exports.wording import Wording
from tests.exports.conftest import PRINTED


def test_no_two_vocabularies_share_an_entry_of_the_lookup() -> None:
    """Codes such as "other" and "donor" are in several lists: each keeps its own name."""
    vocabularies = {type(value) for value, _ in wording._NAMES}
    assert len(wording._LABELS) == len(wording._NAMES)
    for vocabulary in vocabularies:
        members: list[Enum] = list(vocabulary)
        for member in members:
            assert (vocabulary, str(member.value)) in wording._LABELS, member


def test_shared_codes_get_their_own_list_s_name() -> None:
    words = Wording()
    assert words.label(FundingSource.OTHER) == "Other source"
    assert words.label(MeetingType.OTHER) == "Other meeting"
    assert words.label(DecisionRule.OTHER) == "Other rule"
    assert words.label(FundingSource.DONOR) == "Donor"
    assert words.label(StakeholderType.DONOR) == "Donor / international organisation"
    assert words.label(ActionStatus.DROPPED) == "Dropped"
    assert ItemStatus.DROPPED.value == ActionStatus.DROPPED.value  # why it matters


def test_the_budget_names_funding_sources_as_sources(
    demo_snapshot: PlanSnapshot, tmp_path: Path
) -> None:
    path = tmp_path / "budget.pdf"
    options = RoadmapOptions(sections=(Section.BUDGET,), printed_on=PRINTED)
    write_pdf(build_roadmap(demo_snapshot, options), path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Other source" in text
    assert "Other meeting" not in text
    assert "Donor / international" not in text
