"""The snapshot's JSON form: round trip, versioning, and one sentence for every bad value.

A bad snapshot is refused with the JSON path of the bad value, the rule it breaks, the value
found and, for a closed list, the values allowed; what the interface refuses, the snapshot
refuses (the rules live in domain/rules.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest

from cluster_planner.domain.entities import (
    Action,
    ClusterProfile,
    CostLine,
    Meeting,
    Objective,
    Organisation,
    Partner,
    Person,
    StrategicOption,
    SwotItem,
    Tally,
    VotingRound,
)
from cluster_planner.domain.enums import BodyRole, OptionKind, Quadrant, Sex, StakeholderType
from cluster_planner.domain.errors import SnapshotError
from cluster_planner.domain.snapshot import FORMAT_VERSION, PlanSnapshot

SAMPLE = PlanSnapshot(
    profile=ClusterProfile(name="Ambato footwear", horizon_start=2026, horizon_end=2029),
    organisations=(
        Organisation(1, "CALTU", StakeholderType.BUSINESS_ASSOCIATION),
        Organisation(2, "Calzado Liwi", StakeholderType.ENTERPRISE),
    ),
    people=(Person(1, "Ana", Sex.FEMALE, 1, commission_role=BodyRole.CHAIR),),
    meetings=(Meeting(1, "Kick-off", dt.date(2026, 1, 20), facilitator_id=1, attendee_ids=(1,)),),
    swot_items=(
        SwotItem(1, Quadrant.STRENGTH, "Skilled cutters", themes=("skills",)),
        SwotItem(2, Quadrant.OPPORTUNITY, "Andean market", position=1),
        SwotItem(3, Quadrant.OPPORTUNITY, "Regional market", position=2),
    ),
    voting_rounds=(VotingRound(1, 1, "Priorities", tallies=(Tally(1, 4),)),),
    options=(StrategicOption(1, OptionKind.SO, "Sell to the Andes", (1, 2), impact=4),),
    objectives=(Objective(1, "Export", number=1),),
    actions=(
        Action(
            1,
            1,
            "Trade fair",
            number=1,
            lead_id=1,
            progress=10,
            partners=(Partner(1, 2, amount=100.0),),
            cost_lines=(CostLine(1, 500.0),),
        ),
        Action(2, 1, "Catalogue", number=2),
    ),
)

Mutation = Callable[[dict[str, Any]], Any]


def _bad(data: dict[str, Any], mutate: Mutation) -> str:
    mutate(data)
    with pytest.raises(SnapshotError) as refused:
        PlanSnapshot.from_dict(data)
    return str(refused.value)


def _sample() -> dict[str, Any]:
    return json.loads(json.dumps(SAMPLE.to_dict()))


def test_snapshot_survives_a_json_round_trip() -> None:
    """to_dict → JSON text → from_dict gives the same snapshot back."""
    data = _sample()
    assert data["format_version"] == FORMAT_VERSION
    assert PlanSnapshot.from_dict(data) == SAMPLE


def _set(path: str, value: Any) -> Mutation:
    """A mutation setting the value at a dotted path (list indexes as numbers)."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        if last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _pop(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target.pop(last)

    return mutate


def _both(*mutations: Mutation) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(data)

    return mutate


STAKEHOLDER_TYPES = ", ".join(t.value for t in StakeholderType)

# (mutation, the whole message): one sentence each, with its JSON path.
BAD = [
    # the format version
    (
        _pop("format_version"),
        "format_version: is missing, so this is not a plan snapshot "
        "(`cluster-planner dump` writes one)",
    ),
    (
        _set("format_version", FORMAT_VERSION + 1),
        f"the snapshot has format version {FORMAT_VERSION + 1}; this version of Cluster "
        f"Planner reads up to {FORMAT_VERSION}",
    ),
    (_set("format_version", "5"), "format_version: must be a whole number, not '5'"),
    (_set("format_version", 5.0), "format_version: must be a whole number, not 5.0"),
    (_set("format_version", 0), "format_version: must be 1 or more, not 0"),
    (_set("format_version", -1), "format_version: must be 1 or more, not -1"),
    # closed lists name their values
    (
        _set("organisations.0.stakeholder_type", "cooperative / producer group"),
        "organisations[0].stakeholder_type: 'cooperative / producer group' is not one of: "
        + STAKEHOLDER_TYPES,
    ),
    # kinds of value
    (_pop("organisations.0.name"), "organisations[0].name: is missing"),
    (_set("organisations.0.name", None), "organisations[0].name: must have a value"),
    (_set("organisations.0.name", ""), "organisations[0].name: must not be empty"),
    (_set("organisations.0.name", "   "), "organisations[0].name: must not be empty"),
    (
        _set("organisations.0.women_led", 1),
        "organisations[0].women_led: must be true or false, not 1",
    ),
    (
        _set("organisations.0.women_led", "yes"),
        "organisations[0].women_led: must be true or false, not 'yes'",
    ),
    (
        _set("meetings.0.date", "20/01/2026"),
        "meetings[0].date: must be a date written YYYY-MM-DD, not '20/01/2026'",
    ),
    (
        _set("meetings.0.date", "20260120"),
        "meetings[0].date: must be a date written YYYY-MM-DD, not '20260120'",
    ),
    (
        _set("meetings.0.date", "2026-02-30"),
        "meetings[0].date: is not a day of the calendar, not '2026-02-30'",
    ),
    (
        _set("meetings.0.date", "9999-12-31"),
        "meetings[0].date: must be a date from 1900 to 2199, not '9999-12-31'",
    ),
    (_set("people", "Ana"), "people: must be a list, not 'Ana'"),
    (_set("people.0", "Ana"), "people[0]: must be a JSON object, not 'Ana'"),
    (_set("profile", []), "profile: must be a JSON object, not []"),
    (
        _set("profile.horizon_start", "soon"),
        "profile.horizon_start: must be a whole number, not 'soon'",
    ),
    (_set("actions.0.progress", "50"), "actions[0].progress: must be a whole number, not '50'"),
    (
        _set("actions.0.cost_lines.0.amount", True),
        "actions[0].cost_lines[0].amount: must be a number, not True",
    ),
    # numbers the file cannot hold, or no plan needs
    (_set("organisations.0.id", 2**63), f"organisations[0].id: is far too large, not {2**63}"),
    (_set("profile.horizon_end", 2**64), f"profile.horizon_end: is far too large, not {2**64}"),
    (_set("actions.0.progress", 2**63), f"actions[0].progress: is far too large, not {2**63}"),
    (
        _set("actions.0.cost_lines.0.amount", float("nan")),
        "actions[0].cost_lines[0].amount: must be a finite number, not nan",
    ),
    (
        _set("actions.0.cost_lines.0.amount", float("inf")),
        "actions[0].cost_lines[0].amount: must be a finite number, not inf",
    ),
    (
        _set("actions.0.cost_lines.0.amount", 10**400),
        "actions[0].cost_lines[0].amount: is far too large, not " + repr(10**400)[:57] + "…",
    ),
    (
        _set("actions.0.partners.0.amount", 1e300),
        "actions[0].partners[0].amount: is too large, not 1e+300",
    ),
    # text the file or the documents cannot hold
    (
        _set("swot_items.0.statement", "Skilled \ud800 cutters"),
        "swot_items[0].statement: holds a broken character (an unpaired surrogate), "
        "not 'Skilled \\ud800 cutters'",
    ),
    (
        _set("organisations.0.notes", "ring the bell\x07"),
        "organisations[0].notes: must not hold control characters, not 'ring the bell\\x07'",
    ),
    # the rules an edit meets
    (_set("options.0.impact", 99), "options[0].impact: rate it from 1 (low) to 5 (high), not 99"),
    (
        _set("actions.0.progress", 150),
        "actions[0].progress: is a percentage from 0 to 100, not 150",
    ),
    (
        _set("actions.0.progress", -20),
        "actions[0].progress: is a percentage from 0 to 100, not -20",
    ),
    (
        _set("actions.0.cost_lines.0.amount", -5),
        "actions[0].cost_lines[0].amount: must not be negative, not -5.0",
    ),
    (
        _set("voting_rounds.0.tallies.0.count", -3),
        "voting_rounds[0].tallies[0].count: must not be negative, not -3",
    ),
    (
        _set("profile.horizon_start", 2031),
        "profile.horizon_end: the planning horizon ends before it starts",
    ),
    (
        _both(_set("actions.0.start_date", "2026-05-01"), _set("actions.0.end_date", "2026-04-30")),
        "actions[0].end_date: comes before the start, not '2026-04-30'",
    ),
    # merges
    (
        _both(_set("swot_items.1.status", "merged"), _set("swot_items.1.merged_into_id", 2)),
        "swot_items[1].merged_into_id: cannot name the card itself",
    ),
    (
        _both(
            _set("swot_items.1.status", "merged"),
            _set("swot_items.1.merged_into_id", 3),
            _set("swot_items.2.status", "merged"),
            _set("swot_items.2.merged_into_id", 2),
        ),
        "swot_items[1].merged_into_id: the cards are merged into each other in a loop "
        "(2 → 3 → 2), so none of them would be on the board",
    ),
    (
        _set("swot_items.1.merged_into_id", 1),
        "swot_items[1].status: must be merged for a card merged into another",
    ),
    # lists, numbers, ids
    (
        _set("swot_items.0.themes", ["skills", "skills"]),
        "swot_items[0].themes[1]: lists the theme 'skills' twice",
    ),
    (_set("options.0.item_ids", [1, 2, 1]), "options[0].item_ids[2]: lists 1 twice"),
    (
        lambda d: d["options"].append(dict(d["options"][0])),
        "options[1].id: 1 is the id of options[0] too",
    ),
    (_set("organisations.1.id", 0), "organisations[1].id: must be 1 or more, not 0"),
    (
        lambda d: d["objectives"].append({"id": 2, "title": "Twin", "number": 1}),
        "objectives[1].number: 1 is the number of objectives[0] too, and the codes O1 and "
        "A1.x must name one objective",
    ),
    (
        _set("actions.1.number", 1),
        "actions[1].number: 1 is the number of actions[0] too, under the same objective, so "
        "two actions would have one code",
    ),
    # references say which field and which id
    (
        _set("people.0.organisation_id", 7),
        "people[0].organisation_id: names organisation 7, which is not in the snapshot",
    ),
    (
        _set("meetings.0.attendee_ids", [1, 9]),
        "meetings[0].attendee_ids[1]: names person 9, which is not in the snapshot",
    ),
    (
        _set("actions.0.lead_id", 12),
        "actions[0].lead_id: names organisation (the lead) 12, which is not in the snapshot",
    ),
    (
        _set("actions.0.partners.0.organisation_id", 13),
        "actions[0].partners[0].organisation_id: names organisation (a partner) 13, which is "
        "not in the snapshot",
    ),
]


@pytest.mark.parametrize(("mutate", "message"), BAD, ids=[m for _, m in BAD])
def test_a_bad_snapshot_is_refused_in_one_sentence(mutate: Mutation, message: str) -> None:
    """Each bad value is refused with its JSON path, the rule, what was found and, for a
    closed list, the values allowed; never a class name."""
    found = _bad(_sample(), mutate)
    assert found == message
    for name in ("SwotItem", "CostLine", "Organisation", "Action", "Tally"):
        assert name not in found


def test_a_snapshot_must_be_an_object() -> None:
    """A JSON list or string is not a snapshot."""
    with pytest.raises(SnapshotError, match="must be a JSON object"):
        PlanSnapshot.from_dict(["not", "a", "plan"])
