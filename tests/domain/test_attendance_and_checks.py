"""Derived tallies and plan checks, computed from plain entities."""

from __future__ import annotations

import datetime as dt

from cluster_planner.domain.attendance import count_by_sex, count_by_type, tally
from cluster_planner.domain.changes import ChangeRecord, RowChange
from cluster_planner.domain.checks import check_plan
from cluster_planner.domain.entities import ClusterProfile, Meeting, Organisation, Person
from cluster_planner.domain.enums import BodyRole, Sex, StakeholderType
from cluster_planner.domain.snapshot import PlanSnapshot

ORGS = {
    1: Organisation(1, "Firm", StakeholderType.ENTERPRISE),
    2: Organisation(2, "Bank", StakeholderType.FINANCIAL),
}
PEOPLE = {
    1: Person(1, "Ana", Sex.FEMALE, 1),
    2: Person(2, "Ben", Sex.MALE, 1),
    3: Person(3, "Cleo", Sex.FEMALE, 2),
    4: Person(4, "Dee", Sex.UNSPECIFIED, None),
}


def test_tally_counts_attendees_by_sex_and_stakeholder_type() -> None:
    """A meeting's tally is derived from its attendees and their organisations."""
    meeting = Meeting(1, "Workshop", dt.date(2026, 1, 1), attendee_ids=(1, 2, 3, 4))
    result = tally(meeting, PEOPLE, ORGS)
    assert result.total == 4
    assert result.by_sex == {Sex.FEMALE: 2, Sex.MALE: 1, Sex.UNSPECIFIED: 1}
    assert result.by_stakeholder_type == {
        StakeholderType.ENTERPRISE: 2,
        StakeholderType.FINANCIAL: 1,
        None: 1,
    }


def test_register_counts() -> None:
    """Organisations are counted per type and people per sex."""
    assert count_by_type(ORGS.values()) == {
        StakeholderType.ENTERPRISE: 1,
        StakeholderType.FINANCIAL: 1,
    }
    assert count_by_sex(PEOPLE.values())[Sex.FEMALE] == 2


def test_checks_flag_an_unnamed_plan_without_commission() -> None:
    """An empty plan is warned about its missing name and Commission."""
    codes = {w.code for w in check_plan(PlanSnapshot())}
    assert codes == {"profile_unnamed", "commission_empty"}


def test_checks_flag_a_commission_without_chair_or_women_and_meetings_without_attendance() -> None:
    """A men-only Commission without a chair, and a meeting nobody attended, are warned about."""
    snapshot = PlanSnapshot(
        profile=ClusterProfile(name="X"),
        people=(Person(1, "Ben", Sex.MALE, commission_role=BodyRole.MEMBER),),
        meetings=(Meeting(1, "Empty", dt.date(2026, 1, 1)),),
    )
    warnings = check_plan(snapshot)
    assert {w.code for w in warnings} == {
        "commission_no_chair",
        "commission_no_women",
        "meeting_no_attendance",
    }
    assert next(w for w in warnings if w.code == "meeting_no_attendance").entity_id == 1


def test_inverse_of_a_record_reverses_order_and_direction() -> None:
    """A record's inverse undoes the last row first and swaps before/after."""
    insert = RowChange("organisation", {"id": 1}, None, {"id": 1, "name": "A"})
    update = RowChange("organisation", {"id": 1}, {"id": 1, "name": "A"}, {"id": 1, "name": "B"})
    record = ChangeRecord("x", "A", (insert, update))
    inverse = record.inverse()
    assert inverse.changes == (update.inverse(), insert.inverse())
    assert inverse.undo and not inverse.inverse().undo
    assert update.changed_fields == frozenset({"name"})
