"""The entities of a plan as immutable values. Storage rows use the same field names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cluster_planner.domain.enums import (
    BaselineKind,
    BodyRole,
    MeetingType,
    Sex,
    SizeClass,
    StakeholderType,
)


@dataclass(frozen=True, slots=True)
class ClusterProfile:
    """Who and where the cluster is; one per plan."""

    name: str = ""
    sector: str = ""
    main_products: str = ""
    country: str = ""
    region: str = ""
    town: str = ""
    currency: str = "USD"
    language: str = "en"
    horizon_start: int | None = None
    horizon_end: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class BaselineFigure:
    """One measured figure of the cluster at a date, with its source."""

    id: int
    kind: BaselineKind
    value: float
    as_of: dt.date | None = None
    source: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Organisation:
    """A firm or support institution in the stakeholder register."""

    id: int
    name: str
    stakeholder_type: StakeholderType
    acronym: str = ""
    size_class: SizeClass | None = None
    women_led: bool = False
    town: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """A person of the cluster, with their seats on the Commission and Steering Committee."""

    id: int
    name: str
    sex: Sex = Sex.UNSPECIFIED
    organisation_id: int | None = None
    role: str = ""
    email: str = ""
    phone: str = ""
    commission_role: BodyRole = BodyRole.NONE
    steering_role: BodyRole = BodyRole.NONE
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """A workshop or committee meeting, with who attended."""

    id: int
    title: str
    date: dt.date
    meeting_type: MeetingType = MeetingType.OTHER
    venue: str = ""
    facilitator_id: int | None = None
    notes: str = ""
    attendee_ids: tuple[int, ...] = ()
