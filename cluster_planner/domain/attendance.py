"""Attendance tallies of a meeting, derived from the register (never stored)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cluster_planner.domain.entities import Meeting, Organisation, Person
from cluster_planner.domain.enums import Sex, StakeholderType


@dataclass(frozen=True, slots=True)
class AttendanceTally:
    """How many attended a meeting, by sex and by stakeholder type."""

    total: int
    by_sex: Mapping[Sex, int]
    by_stakeholder_type: Mapping[StakeholderType | None, int]


def tally(
    meeting: Meeting,
    people: Mapping[int, Person],
    organisations: Mapping[int, Organisation],
) -> AttendanceTally:
    """Count a meeting's attendees by sex and by organisation type (None: no organisation)."""
    attendees = [people[i] for i in meeting.attendee_ids if i in people]
    by_sex = Counter(p.sex for p in attendees)
    by_type: Counter[StakeholderType | None] = Counter()
    for person in attendees:
        org = organisations.get(person.organisation_id) if person.organisation_id else None
        by_type[org.stakeholder_type if org else None] += 1
    return AttendanceTally(len(attendees), dict(by_sex), dict(by_type))


def count_by_type(organisations: Iterable[Organisation]) -> dict[StakeholderType, int]:
    """Organisations per stakeholder type, for the register's summary line."""
    return dict(Counter(o.stakeholder_type for o in organisations))


def count_by_sex(people: Iterable[Person]) -> dict[Sex, int]:
    """People per sex, for the register's summary line."""
    return dict(Counter(p.sex for p in people))
