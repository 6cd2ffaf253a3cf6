"""The snapshot's JSON form: round trip, versioning, and clear errors for bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from cluster_planner.domain.entities import ClusterProfile, Meeting, Organisation, Person
from cluster_planner.domain.enums import BodyRole, Sex, StakeholderType
from cluster_planner.domain.errors import SnapshotError
from cluster_planner.domain.snapshot import FORMAT_VERSION, PlanSnapshot

SAMPLE = PlanSnapshot(
    profile=ClusterProfile(name="Ambato footwear", horizon_start=2026, horizon_end=2029),
    organisations=(Organisation(1, "CALTU", StakeholderType.BUSINESS_ASSOCIATION),),
    people=(Person(1, "Ana", Sex.FEMALE, 1, commission_role=BodyRole.CHAIR),),
    meetings=(Meeting(1, "Kick-off", dt.date(2026, 1, 20), facilitator_id=1, attendee_ids=(1,)),),
)


def test_snapshot_survives_a_json_round_trip() -> None:
    """to_dict → JSON text → from_dict gives the same snapshot back."""
    data = json.loads(json.dumps(SAMPLE.to_dict()))
    assert data["format_version"] == FORMAT_VERSION
    assert PlanSnapshot.from_dict(data) == SAMPLE


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("format_version"), "no format_version"),
        (lambda d: d.update(format_version=FORMAT_VERSION + 1), "reads up to"),
        (lambda d: d["organisations"][0].update(stakeholder_type="alien"), "unknown value"),
        (lambda d: d["organisations"][0].pop("name"), "missing the field 'name'"),
        (lambda d: d["people"][0].update(organisation_id=7), "not in the snapshot"),
        (lambda d: d["meetings"][0].update(date="20/01/2026"), "not a date"),
        (lambda d: d["meetings"][0].update(attendee_ids=[1, 9]), "not in the snapshot"),
        (lambda d: d["organisations"].append(dict(d["organisations"][0])), "same id"),
        (lambda d: d.update(people="Ana"), "must be a list"),
        (lambda d: d["profile"].update(horizon_start="soon"), "whole number"),
    ],
)
def test_bad_snapshots_say_what_is_wrong(mutate, message: str) -> None:
    """Each malformed snapshot raises SnapshotError with a message naming the problem."""
    data = json.loads(json.dumps(SAMPLE.to_dict()))
    mutate(data)
    with pytest.raises(SnapshotError, match=message):
        PlanSnapshot.from_dict(data)


def test_a_snapshot_must_be_an_object() -> None:
    """A JSON list or string is not a snapshot."""
    with pytest.raises(SnapshotError):
        PlanSnapshot.from_dict(["not", "a", "plan"])
