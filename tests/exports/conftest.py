"""Fixtures for the roadmap exports: the demo plan as a snapshot, and one with names in
Amharic, Arabic and Russian. No Qt here."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.roadmap import RoadmapOptions
from cluster_planner.services.plan_document import PlanDocument

PRINTED = dt.date(2026, 11, 28)
AMHARIC = "የአዲስ አበባ ሸማኔዎች ማህበር"
ARABIC = "جمعية النساجين"
RUSSIAN = "Союз швейников"
GREEK = "Ένωση Υφαντών"


@pytest.fixture(scope="session")
def demo_snapshot(demo_template: Path) -> PlanSnapshot:
    """The demo plan (Atuntaqui garment cluster) as a snapshot."""
    document = PlanDocument.open(demo_template, read_only=True)
    try:
        return document.snapshot()
    finally:
        document.close()


@pytest.fixture(scope="session")
def world_snapshot(demo_snapshot: PlanSnapshot) -> PlanSnapshot:
    """The demo plan with lead organisations named in Amharic, Arabic, Russian and Greek."""
    leads = []
    for action in demo_snapshot.actions:
        if action.lead_id is not None and action.lead_id not in leads:
            leads.append(action.lead_id)
    names = dict(zip(leads, (AMHARIC, ARABIC, RUSSIAN, GREEK), strict=False))
    organisations = tuple(
        dataclasses.replace(o, name=names[o.id], acronym="") if o.id in names else o
        for o in demo_snapshot.organisations
    )
    return dataclasses.replace(demo_snapshot, organisations=organisations)


@pytest.fixture
def options() -> RoadmapOptions:
    """Every section, A4, printed on a fixed day."""
    return RoadmapOptions(printed_on=PRINTED)
