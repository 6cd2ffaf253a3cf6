"""The rules of what a record may hold (domain/rules.py), each at its edge: the last value
allowed passes, the first refused names its field and the phrase the interface translates."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest

from cluster_planner.domain.entities import (
    Action,
    BaselineFigure,
    ClusterProfile,
    CostLine,
    Dependency,
    Indicator,
    Meeting,
    Milestone,
    Objective,
    Organisation,
    Partner,
    Person,
    ProgressEntry,
    StrategicOption,
    SwotItem,
    Tally,
    VisionDraft,
    VisionElement,
    VisionVersion,
    VotingRound,
)
from cluster_planner.domain.enums import (
    BaselineKind,
    ItemStatus,
    OptionKind,
    Quadrant,
    StakeholderType,
)
from cluster_planner.domain.errors import ValidationError
from cluster_planner.domain.rules import check_record

D = dt.date
ACTION = Action(1, 1, "Fair", start_date=D(2026, 3, 1), end_date=D(2026, 3, 31))
VERSION = VisionVersion(1, 1, "By 2030 …", D(2026, 3, 10), 1)
PROFILE = ClusterProfile(name="Ambato", horizon_start=2026, horizon_end=2029)

# (a record that passes, the change that breaks it, the field named, the phrase)
REFUSED: list[tuple[Any, dict[str, Any], str, str]] = [
    (
        Organisation(1, "CALTU", StakeholderType.ENTERPRISE),
        {"name": " "},
        "name",
        "must not be empty",
    ),
    (
        Organisation(1, "CALTU", StakeholderType.ENTERPRISE),
        {"notes": "a\x00b"},
        "notes",
        "must not hold control characters",
    ),
    (
        Organisation(1, "CALTU", StakeholderType.ENTERPRISE),
        {"notes": "a\x7fb"},
        "notes",
        "must not hold control characters",
    ),
    (
        Organisation(1, "CALTU", StakeholderType.ENTERPRISE),
        {"notes": "a\x9fb"},
        "notes",
        "must not hold control characters",
    ),
    (Person(1, "Ana"), {"name": ""}, "name", "must not be empty"),
    (Meeting(1, "Kick-off", D(2026, 1, 1)), {"title": " "}, "title", "must not be empty"),
    (
        Meeting(1, "Kick-off", D(2026, 1, 1)),
        {"date": D(1899, 12, 31)},
        "date",
        "must be a date from 1900 to 2199",
    ),
    (
        Meeting(1, "Kick-off", D(2026, 1, 1)),
        {"date": D(2200, 1, 1)},
        "date",
        "must be a date from 1900 to 2199",
    ),
    (
        BaselineFigure(1, BaselineKind.TURNOVER, 5.0),
        {"value": -0.01},
        "value",
        "must not be negative",
    ),
    (
        BaselineFigure(1, BaselineKind.TURNOVER, 5.0),
        {"value": 1.0000001e15},
        "value",
        "is too large",
    ),
    (
        BaselineFigure(1, BaselineKind.TURNOVER, 5.0),
        {"value": -1.0000001e15},
        "value",
        "is too large",
    ),
    (PROFILE, {"horizon_start": 1899}, "horizon_start", "must be a year from 1900 to 2199"),
    (PROFILE, {"horizon_end": 2200}, "horizon_end", "must be a year from 1900 to 2199"),
    (PROFILE, {"horizon_end": 2025}, "horizon_end", "the planning horizon ends before it starts"),
    (PROFILE, {"currency": "US"}, "currency", "must be a three-letter ISO 4217 code such as USD"),
    (PROFILE, {"currency": "US1"}, "currency", "must be a three-letter ISO 4217 code such as USD"),
    (PROFILE, {"currency": "ÉUR"}, "currency", "must be a three-letter ISO 4217 code such as USD"),
    (
        SwotItem(1, Quadrant.STRENGTH, "Skills"),
        {"statement": " "},
        "statement",
        "must not be empty",
    ),
    (
        SwotItem(1, Quadrant.STRENGTH, "Skills"),
        {"status": ItemStatus.MERGED},
        "merged_into_id",
        "must name the card it was merged into",
    ),
    (
        SwotItem(1, Quadrant.STRENGTH, "Skills"),
        {"merged_into_id": 2},
        "status",
        "must be merged for a card merged into another",
    ),
    (
        SwotItem(1, Quadrant.STRENGTH, "Skills", status=ItemStatus.MERGED, merged_into_id=2),
        {"merged_into_id": 1},
        "merged_into_id",
        "cannot name the card itself",
    ),
    (
        SwotItem(1, Quadrant.STRENGTH, "Skills"),
        {"themes": ("ok", "bad\x01")},
        "themes",
        "must not hold control characters",
    ),
    (Tally(1, 0), {"count": -1}, "count", "must not be negative"),
    (VotingRound(1, 1, "Round"), {"title": ""}, "title", "must not be empty"),
    (
        VotingRound(1, 1, "Round"),
        {"dots_per_voter": 0},
        "dots_per_voter",
        "each voter needs at least one dot",
    ),
    (VotingRound(1, 1, "Round"), {"voters": -1}, "voters", "must not be negative"),
    (
        StrategicOption(1, OptionKind.SO, "Sell"),
        {"statement": ""},
        "statement",
        "must not be empty",
    ),
    (
        StrategicOption(1, OptionKind.SO, "Sell"),
        {"impact": 0},
        "impact",
        "rate it from 1 (low) to 5 (high)",
    ),
    (
        StrategicOption(1, OptionKind.SO, "Sell"),
        {"effort": 6},
        "effort",
        "rate it from 1 (low) to 5 (high)",
    ),
    (VisionElement(1, "Quality"), {"name": ""}, "name", "must not be empty"),
    (VisionDraft(1, "A", "By 2030"), {"title": " "}, "title", "must not be empty"),
    (VisionDraft(1, "A", "By 2030"), {"statement": ""}, "statement", "must not be empty"),
    (VisionDraft(1, "A", "By 2030"), {"votes": -1}, "votes", "must not be negative"),
    (
        VisionDraft(1, "A", "By 2030"),
        {"horizon_year": 2200},
        "horizon_year",
        "must be a year from 1900 to 2199",
    ),
    (
        VisionDraft(1, "A", "By 2030"),
        {"horizon_year": 1899},
        "horizon_year",
        "must be a year from 1900 to 2199",
    ),
    (VERSION, {"statement": ""}, "statement", "must not be empty"),
    (VERSION, {"number": -1}, "number", "must not be negative"),
    (
        VERSION,
        {"next_review": D(2026, 3, 10)},
        "next_review",
        "the next review comes after the adoption",
    ),
    (VERSION, {"votes_for": -1}, "votes_for", "must not be negative"),
    (VERSION, {"votes_against": -1}, "votes_against", "must not be negative"),
    (VERSION, {"abstentions": -1}, "abstentions", "must not be negative"),
    (Indicator(1, "Exports"), {"name": ""}, "name", "must not be empty"),
    (
        Indicator(1, "Exports", baseline_date=D(2026, 1, 1)),
        {"target_date": D(2026, 1, 1)},
        "target_date",
        "the target date comes after the baseline date",
    ),
    (Objective(1, "Export"), {"title": ""}, "title", "must not be empty"),
    (Objective(1, "Export"), {"number": -1}, "number", "must not be negative"),
    (Partner(1, 1), {"amount": -1.0}, "amount", "must not be negative"),
    (Milestone(1, "Booked", D(2026, 1, 1)), {"title": ""}, "title", "must not be empty"),
    (CostLine(1, 5.0), {"amount": -1.0}, "amount", "must not be negative"),
    (CostLine(1, 5.0), {"spent": -1.0}, "spent", "must not be negative"),
    (
        ProgressEntry(1, D(2026, 1, 1)),
        {"progress": 101},
        "progress",
        "is a percentage from 0 to 100",
    ),
    (
        ProgressEntry(1, D(2026, 1, 1)),
        {"progress": -1},
        "progress",
        "is a percentage from 0 to 100",
    ),
    (
        ProgressEntry(1, D(2026, 1, 1), actual_start=D(2026, 2, 2)),
        {"actual_end": D(2026, 2, 1)},
        "actual_end",
        "must not be before the actual start",
    ),
    (ACTION, {"title": ""}, "title", "must not be empty"),
    (ACTION, {"number": -1}, "number", "must not be negative"),
    (ACTION, {"end_date": D(2026, 2, 28)}, "end_date", "comes before the start"),
    (ACTION, {"progress": 101}, "progress", "is a percentage from 0 to 100"),
    (ACTION, {"progress": -1}, "progress", "is a percentage from 0 to 100"),
    (ACTION, {"beneficiary_firms": -1}, "beneficiary_firms", "must not be negative"),
    (ACTION, {"beneficiary_women": -1}, "beneficiary_women", "must not be negative"),
    (ACTION, {"beneficiary_youth": -1}, "beneficiary_youth", "must not be negative"),
    (
        ACTION,
        {"beneficiary_poor_households": -1},
        "beneficiary_poor_households",
        "must not be negative",
    ),
    (
        ACTION,
        {"actual_start": D(2026, 3, 5), "actual_end": D(2026, 3, 4)},
        "actual_end",
        "must not be before the actual start",
    ),
    (ACTION, {"position": 2**53 + 1}, "position", "is too large"),
    (ACTION, {"position": -(2**53) - 1}, "position", "is too large"),
    (Dependency(1, 1, 2), {"lag_days": 3651}, "lag_days", "must be within ten years"),
    (Dependency(1, 1, 2), {"lag_days": -3651}, "lag_days", "must be within ten years"),
]


@pytest.mark.parametrize(
    ("record", "change", "field", "problem"),
    REFUSED,
    ids=[f"{type(r).__name__}.{f}-{i}" for i, (r, _c, f, _p) in enumerate(REFUSED)],
)
def test_each_rule_refuses_past_its_edge(
    record: Any, change: dict[str, Any], field: str, problem: str
) -> None:
    """The record passes; changed past the edge, the rule names its field and phrase."""
    check_record(record)
    changed = dataclasses.replace(record, **change)
    with pytest.raises(ValidationError) as refused:
        check_record(changed)
    assert (refused.value.field, refused.value.problem) == (field, problem)
    if problem in SAYS_THE_VALUE:  # a snapshot's sentence shows the value found
        value = getattr(changed, field)  # a list's sentence shows the element refused
        shown = value[-1] if isinstance(value, tuple) else value
        assert refused.value.has_found and refused.value.found == shown


# The phrases of a value past a limit, which a snapshot's sentence completes with the value
# found ("progress: is a percentage from 0 to 100, not 150").
SAYS_THE_VALUE = {
    "must not hold control characters",
    "must be a date from 1900 to 2199",
    "is too large",
    "must not be negative",
    "is a percentage from 0 to 100",
    "must not be before the actual start",
    "must be a year from 1900 to 2199",
    "must be a three-letter ISO 4217 code such as USD",
    "each voter needs at least one dot",
    "rate it from 1 (low) to 5 (high)",
    "comes before the start",
    "must be within ten years",
}


ALLOWED: list[tuple[Any, dict[str, Any]]] = [
    (Meeting(1, "Kick-off", D(2026, 1, 1)), {"date": D(1900, 1, 1), "notes": "tab\there\r\n"}),
    (Meeting(1, "Kick-off", D(2026, 1, 1)), {"date": D(2199, 12, 31)}),
    (BaselineFigure(1, BaselineKind.TURNOVER, 5.0), {"value": 0.0}),
    (BaselineFigure(1, BaselineKind.TURNOVER, 5.0), {"value": 1e15}),
    (PROFILE, {"horizon_start": 1900, "horizon_end": 2199, "currency": "eur"}),
    (PROFILE, {"horizon_start": 2026, "horizon_end": 2026}),
    (PROFILE, {"name": ""}),  # a new plan has no name yet
    (SwotItem(1, Quadrant.STRENGTH, "Skills"), {"status": ItemStatus.MERGED, "merged_into_id": 2}),
    (Tally(1, 0), {}),
    (VotingRound(1, 1, "Round"), {"dots_per_voter": 1, "voters": 0}),
    (StrategicOption(1, OptionKind.SO, "Sell"), {"impact": 1, "effort": 5}),
    (VisionDraft(1, "A", "By 2030"), {"votes": 0, "horizon_year": 2199}),
    (VERSION, {"number": 0, "next_review": D(2026, 3, 11), "votes_for": 0}),
    (Indicator(1, "Exports", baseline_date=D(2026, 1, 1)), {"target_date": D(2026, 1, 2)}),
    (
        ProgressEntry(1, D(2026, 1, 1)),
        {"progress": 0, "actual_start": D(2026, 2, 2), "actual_end": D(2026, 2, 2)},
    ),
    (ACTION, {"progress": 100, "end_date": D(2026, 3, 1), "beneficiary_firms": 0}),
    (ACTION, {"position": 2**53, "number": 0}),
    (Dependency(1, 1, 2), {"lag_days": 3650}),
    (Dependency(1, 1, 2), {"lag_days": -3650}),
    (CostLine(1, 5.0), {"amount": 0.0, "spent": 0.0}),
]


@pytest.mark.parametrize(("record", "change"), ALLOWED)
def test_the_last_values_allowed_pass(record: Any, change: dict[str, Any]) -> None:
    """At the edge, on the allowed side, nothing is refused."""
    check_record(dataclasses.replace(record, **change))


def test_a_refusal_carries_the_value_found() -> None:
    """A file's reader quotes the value: the rule gives it."""
    with pytest.raises(ValidationError) as refused:
        check_record(dataclasses.replace(ACTION, progress=150))
    assert refused.value.has_found and refused.value.found == 150
