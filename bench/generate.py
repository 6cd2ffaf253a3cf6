"""Generate large, realistic-looking plans for benchmarks.

``python -m bench.generate OUT.clusterplan [--scale N] [--actions N]`` writes one;
the benchmarks call ``generate_plan`` directly. The plan is built as a snapshot and
loaded in one transaction (building 10,000 rows action by action would measure
the generator, not the app).

A generated plan holds a register (200·scale organisations, 800·scale people,
40·scale meetings), a voted SWOT with options and vision elements, and an action
plan of ``actions`` joint actions, 100 per objective, with partners, milestones,
cost lines, some indicators and about 0.75 dependencies per action. Dependencies
only ever point from a lower to a higher action id, so they never make a loop;
all but a handful hold for the dates. Its world's today is ``TODAY``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
from pathlib import Path
from typing import Any

from cluster_planner.domain.action_plan import days_late
from cluster_planner.domain.entities import Action, Dependency
from cluster_planner.domain.enums import (
    BUILTIN_CATEGORIES,
    ActionStatus,
    BodyRole,
    ContributionKind,
    DependencyKind,
    FundingSource,
    FundingStatus,
    Horizon,
    MeetingType,
    NetworkType,
    OptionKind,
    Quadrant,
    Sex,
    SizeClass,
    StakeholderType,
)
from cluster_planner.domain.snapshot import FORMAT_VERSION, PlanSnapshot
from cluster_planner.services.plan_document import PlanDocument

TOWNS = ["Atuntaqui", "Otavalo", "Ibarra", "Cotacachi", "Andrade Marín", "Natabuela", "Quito"]
FIRST = ["Ana", "Luis", "María", "Jorge", "Rosa", "Diego", "Carmen", "Marco", "Luz", "Iván"]
LAST = ["Cevallos", "Andrade", "Salazar", "Guerrero", "Pabón", "Morales", "Yépez", "Terán"]

TODAY = dt.date(2027, 9, 1)  # statuses, progress, spent lines and done milestones follow it
PLAN_START = dt.date(2026, 1, 1)
PLAN_DAYS = 5 * 365  # actions run from 2026 to the end of 2030
ACTIONS_PER_OBJECTIVE = 100
DEPENDENCIES_PER_ACTION = 0.75
VIOLATED_DEPENDENCIES = 5

_ITEMS_PER_QUADRANT = 12
_OPTIONS = 24
_ELEMENTS = 6
_TOPICS = {
    Quadrant.STRENGTH: ["knitting skills", "a known garment town", "close suppliers"],
    Quadrant.WEAKNESS: ["old machines", "copied designs", "little working capital"],
    Quadrant.OPPORTUNITY: ["national demand", "Andean markets", "online buyers"],
    Quadrant.THREAT: ["cheap imports", "yarn prices", "young people leaving"],
}
_TITLES = {
    "joint_purchase": "Joint purchase of yarn and trims",
    "joint_marketing": "Common brand campaign",
    "trade_fair": "Joint stand at a trade fair",
    "shared_equipment": "Shared cutting and finishing room",
    "training": "Skills course for machine operators",
    "study_tour": "Study tour to a garment cluster",
    "design": "Design workshop for new collections",
    "quality": "Quality testing and labelling",
    "technology": "Energy audit and cleaner dyeing",
    "finance": "Seasonal credit line",
    "business_services": "Bookkeeping and costing service",
    "infrastructure": "Road and power for the garment park",
    "social_protection": "Occupational safety in workshops",
    "institution_building": "Network statutes and board",
    "policy_dialogue": "Round table on contraband",
}
_CUSTOM_CATEGORIES = ["cluster website", "export consortium"]
# Durations in days by horizon: pilots are short quick wins, strategic actions take years.
_DURATIONS = {
    Horizon.PILOT: (30, 120),
    Horizon.SHORT_TERM: (120, 365),
    Horizon.STRATEGIC: (365, 1095),
}
_KINDS = [
    (DependencyKind.FINISH_TO_START, 80),
    (DependencyKind.START_TO_START, 10),
    (DependencyKind.FINISH_TO_FINISH, 8),
    (DependencyKind.START_TO_FINISH, 2),
]


def large_snapshot(scale: int = 1, seed: int = 7, actions: int = 2000) -> dict[str, Any]:
    """A snapshot of a national programme, as ``PlanSnapshot.from_dict`` reads it.

    200·scale organisations, 800·scale people, 40·scale meetings; ``actions`` joint
    actions under ceil(actions / 100) objectives (no objectives for 0 actions).
    """
    rng = random.Random(seed)
    organisations: list[dict[str, Any]] = []
    for i in range(1, 200 * scale + 1):
        stype = rng.choice(list(StakeholderType))
        organisations.append(
            {
                "id": i,
                "name": f"{rng.choice(['Textiles', 'Confecciones', 'Tejidos', 'Moda'])} "
                f"{rng.choice(LAST)} {i}",
                "stakeholder_type": stype.value,
                "size_class": rng.choice(list(SizeClass)).value
                if stype is StakeholderType.ENTERPRISE
                else None,
                "women_led": rng.random() < 0.3,
                "town": rng.choice(TOWNS),
                "notes": "Generated for benchmarks.",
            }
        )
    people: list[dict[str, Any]] = []
    for i in range(1, 800 * scale + 1):
        people.append(
            {
                "id": i,
                "name": f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                "sex": rng.choice([Sex.FEMALE, Sex.MALE, Sex.UNSPECIFIED]).value,
                "organisation_id": rng.randint(1, len(organisations)),
                "role": "Manager",
                "email": f"person{i}@example.org",
                "commission_role": _commission_role(i).value,
            }
        )
    meetings: list[dict[str, Any]] = []
    start = dt.date(2026, 1, 15)
    for i in range(1, 40 * scale + 1):
        attendees = sorted(rng.sample(range(1, len(people) + 1), 30))
        meetings.append(
            {
                "id": i,
                "title": f"Workshop {i}",
                "date": (start + dt.timedelta(days=14 * i)).isoformat(),
                "meeting_type": rng.choice(list(MeetingType)).value,
                "venue": rng.choice(TOWNS),
                "facilitator_id": attendees[0],
                "attendee_ids": attendees,
            }
        )
    snapshot: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "profile": {"name": "National garment programme", "country": "Ecuador", "currency": "USD"},
        "organisations": organisations,
        "people": people,
        "meetings": meetings,
    }
    snapshot.update(_diagnostic(rng, meeting_id=meetings[0]["id"]))
    snapshot.update(_action_plan(rng, snapshot, actions, len(organisations)))
    return snapshot


def _commission_role(person: int) -> BodyRole:
    """Every 40th person sits on the Commission; the first of them chairs it."""
    if person % 40:
        return BodyRole.NONE
    return BodyRole.CHAIR if person == 40 else BodyRole.MEMBER


def _diagnostic(rng: random.Random, meeting_id: int) -> dict[str, Any]:
    """A voted SWOT, TOWS options on it and vision elements drawn from the options."""
    items: list[dict[str, Any]] = []
    by_quadrant: dict[Quadrant, list[int]] = {q: [] for q in Quadrant}
    for quadrant in Quadrant:
        for n in range(1, _ITEMS_PER_QUADRANT + 1):
            item_id = len(items) + 1
            items.append(
                {
                    "id": item_id,
                    "quadrant": quadrant.value,
                    "statement": f"{rng.choice(_TOPICS[quadrant]).capitalize()} ({n})",
                    "evidence": "Generated for benchmarks.",
                    "position": n - 1,
                    "themes": [rng.choice(["markets", "skills", "finance", "policy"])],
                }
            )
            by_quadrant[quadrant].append(item_id)
    tallies = [
        {"item_id": item["id"], "count": rng.randint(1, 9)} for item in items if rng.random() < 0.6
    ]
    round_ = {
        "id": 1,
        "meeting_id": meeting_id,
        "title": "Priorities of the diagnostic",
        "dots_per_voter": 5,
        "voters": 30,
        "revealed": True,
        "tallies": tallies,
    }
    options = []
    for i in range(1, _OPTIONS + 1):
        kind = rng.choice(list(OptionKind))
        internal, external = kind.quadrants
        options.append(
            {
                "id": i,
                "kind": kind.value,
                "statement": f"Option {i}: use {internal.value} against {external.value}",
                "item_ids": [rng.choice(by_quadrant[internal]), rng.choice(by_quadrant[external])],
                "impact": rng.randint(1, 5),
                "effort": rng.randint(1, 5),
                "position": i - 1,
            }
        )
    per_element = _OPTIONS // _ELEMENTS
    elements = [
        {
            "id": e,
            "name": f"Vision element {e}",
            "position": e - 1,
            "option_ids": list(range((e - 1) * per_element + 1, e * per_element + 1)),
        }
        for e in range(1, _ELEMENTS + 1)
    ]
    return {
        "swot_items": items,
        "voting_rounds": [round_],
        "options": options,
        "vision_elements": elements,
    }


def _action_plan(
    rng: random.Random, snapshot: dict[str, Any], count: int, organisations: int
) -> dict[str, Any]:
    """Objectives with indicators, ``count`` actions under them and their dependencies."""
    options = {o["id"]: o for o in snapshot["options"]}
    elements = snapshot["vision_elements"]
    ids = _Counters()
    objectives: list[dict[str, Any]] = []
    for n in range(1, math.ceil(count / ACTIONS_PER_OBJECTIVE) + 1):
        element = elements[(n - 1) % len(elements)]
        objectives.append(
            {
                "id": n,
                "title": f"Strategic objective {n}",
                "position": n - 1,
                "number": n,
                "element_ids": [element["id"]],
                "option_ids": sorted(rng.sample(element["option_ids"], 2)),
                "indicators": [_indicator(rng, ids, organisations, f"Objective {n} result")],
            }
        )
    actions = []
    for index in range(count):
        objective = objectives[index // ACTIONS_PER_OBJECTIVE]
        position = index % ACTIONS_PER_OBJECTIVE
        option_ids = rng.sample(objective["option_ids"], rng.randint(0, 1))
        item_ids = [rng.choice(options[o]["item_ids"]) for o in option_ids if rng.random() < 0.5]
        actions.append(
            _action(
                rng, ids, index + 1, objective["id"], position, organisations, option_ids, item_ids
            )
        )
    return {
        "objectives": objectives,
        "actions": actions,
        "dependencies": _dependencies(rng, actions),
    }


class _Counters:
    """The next id of each kind of nested row (ids are unique across the plan)."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def next(self, kind: str) -> int:
        """A new id for a row of ``kind``."""
        self.values[kind] = self.values.get(kind, 0) + 1
        return self.values[kind]


def _indicator(rng: random.Random, ids: _Counters, organisations: int, name: str) -> dict[str, Any]:
    """An indicator with a baseline, a target and an organisation responsible for it."""
    baseline = float(rng.randint(0, 50))
    return {
        "id": ids.next("indicator"),
        "name": name,
        "unit": rng.choice(["firms", "people", "USD", "%"]),
        "baseline_value": baseline,
        "baseline_date": "2025-12-31",
        "target_value": baseline + rng.randint(10, 100),
        "target_date": f"{rng.randint(2027, 2030)}-12-31",
        "means_of_verification": "Survey",
        "frequency": "Yearly",
        "responsible_id": rng.randint(1, organisations),
    }


def _action(
    rng: random.Random,
    ids: _Counters,
    action_id: int,
    objective_id: int,
    position: int,
    organisations: int,
    option_ids: list[int],
    item_ids: list[int],
) -> dict[str, Any]:
    """One action; dates roughly follow its place under the objective, as a roadmap's do."""
    horizon = rng.choices(list(_DURATIONS), weights=(25, 45, 30))[0]
    low, high = _DURATIONS[horizon]
    duration = rng.randint(low, high)
    latest = PLAN_DAYS - duration
    planned = position * latest // ACTIONS_PER_OBJECTIVE + rng.randint(-120, 120)
    start = PLAN_START + dt.timedelta(days=max(0, min(latest, planned)))
    end = start + dt.timedelta(days=duration)
    status, progress = _status(rng, start, end)
    undated = status is ActionStatus.PROPOSED and rng.random() < 0.05
    category = (
        rng.choice(_CUSTOM_CATEGORIES) if rng.random() < 0.02 else rng.choice(BUILTIN_CATEGORIES)
    )
    lead = rng.randint(1, organisations)
    others = [o for o in rng.sample(range(1, organisations + 1), 4) if o != lead]
    partners = []
    for org in others[: rng.randint(0, 3)]:
        kind = rng.choice(list(ContributionKind))
        days = kind is ContributionKind.STAFF_DAYS
        partners.append(
            {
                "id": ids.next("partner"),
                "organisation_id": org,
                "contribution": kind.value,
                "amount": float(rng.randint(1, 60) if days else rng.randint(5, 500) * 100),
                "description": "Generated contribution",
            }
        )
    milestones = []
    dates = sorted(
        start + dt.timedelta(days=rng.randint(0, duration)) for _ in range(rng.randint(0, 2))
    )
    for m, date in enumerate(dates, start=1):
        milestones.append(
            {
                "id": ids.next("milestone"),
                "title": f"Milestone {m}",
                "date": date.isoformat(),
                "done": date < TODAY and status is not ActionStatus.DROPPED,
            }
        )
    started = start <= TODAY and not undated
    cost_lines = []
    for _ in range(rng.randint(1, 3)):
        source = rng.choice(list(FundingSource)) if rng.random() > 0.01 else None
        statuses = (
            list(FundingStatus) if started else [FundingStatus.PLEDGED, FundingStatus.SECURED]
        )
        cost_lines.append(
            {
                "id": ids.next("cost_line"),
                "amount": float(rng.randint(5, 400) * 100),
                "description": "Generated cost share",
                "source": source.value if source else None,
                "status": rng.choice(statuses).value,
                "organisation_id": rng.randint(1, organisations) if rng.random() < 0.5 else None,
            }
        )
    indicators = []
    if rng.random() < 0.2:
        indicators.append(_indicator(rng, ids, organisations, f"Result of action {action_id}"))
    network = rng.choices(list(NetworkType), weights=(50, 35, 15))[0]
    return {
        "id": action_id,
        "objective_id": objective_id,
        "number": position + 1,
        "position": position,
        "title": f"{_TITLES.get(category, category.capitalize())} {action_id}",
        "description": "Generated for benchmarks.",
        "category": category,
        "network_type": network.value,
        "horizon": horizon.value,
        "lead_id": lead,
        "start_date": None if undated else start.isoformat(),
        "end_date": None if undated else end.isoformat(),
        "status": status.value,
        "progress": progress,
        "risks": "Firms may not keep their commitments.",
        "addresses_women": rng.random() < 0.25,
        "beneficiary_firms": rng.randint(5, 80),
        "beneficiary_women": rng.randint(0, 300),
        "beneficiary_youth": rng.randint(0, 60),
        "beneficiary_poor_households": rng.randint(0, 40),
        "option_ids": option_ids,
        "item_ids": item_ids,
        "partners": partners,
        "milestones": milestones,
        "cost_lines": cost_lines,
        "indicators": indicators,
    }


def _status(rng: random.Random, start: dt.date, end: dt.date) -> tuple[ActionStatus, int]:
    """A status and progress that fit the dates as seen from ``TODAY``."""
    if rng.random() < 0.03:
        return ActionStatus.DROPPED, 0
    if end < TODAY:
        if rng.random() < 0.9:
            return ActionStatus.COMPLETED, 100
        return ActionStatus.DELAYED, rng.randint(50, 95)
    if start <= TODAY:
        share = (TODAY - start).days * 100 // max(1, (end - start).days)
        status = rng.choices(
            [ActionStatus.IN_PROGRESS, ActionStatus.DELAYED, ActionStatus.ON_HOLD],
            weights=(80, 15, 5),
        )[0]
        progress = share if status is ActionStatus.IN_PROGRESS else share // 2
        return status, max(1, min(99, progress))
    return (ActionStatus.APPROVED if rng.random() < 0.7 else ActionStatus.PROPOSED), 0


def _dependencies(rng: random.Random, actions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """About 0.75 per action, each from a lower to a higher id; all but a handful hold.

    Predecessors lie at most 40 actions back, mostly under the same objective.
    """
    if len(actions) < 2:
        return []
    dated = {
        a["id"]: Action(
            id=a["id"],
            objective_id=a["objective_id"],
            title=a["title"],
            start_date=dt.date.fromisoformat(a["start_date"]) if a["start_date"] else None,
            end_date=dt.date.fromisoformat(a["end_date"]) if a["end_date"] else None,
            status=ActionStatus(a["status"]),
        )
        for a in actions
    }
    last = len(actions)
    wanted = round(DEPENDENCIES_PER_ACTION * last)
    broken = min(VIOLATED_DEPENDENCIES, wanted)
    kinds, weights = zip(*_KINDS, strict=True)
    found: dict[tuple[int, int], dict[str, Any]] = {}

    def link(predecessor: int, successor: int, kind: DependencyKind, lag: int) -> None:
        found[(predecessor, successor)] = {
            "id": len(found) + 1,
            "predecessor_id": predecessor,
            "successor_id": successor,
            "kind": kind.value,
            "lag_days": lag,
        }

    for _ in range(20 * wanted):
        if len(found) >= wanted - broken:
            break
        successor = rng.randint(2, last)
        kind = rng.choices(kinds, weights=weights)[0]
        lag = rng.choice((0, 0, 0, 7, 14, 30))
        for _ in range(10):  # a few predecessors, until one the dates allow
            predecessor = successor - rng.randint(1, min(successor - 1, 40))
            dependency = Dependency(0, predecessor, successor, kind, lag)
            if (predecessor, successor) not in found and not days_late(
                dependency, dated[predecessor], dated[successor]
            ):
                link(predecessor, successor, kind, lag)
                break
    for _ in range(1000 * broken):
        if len(found) >= wanted:
            break
        successor = rng.randint(2, last)
        predecessor = successor - rng.randint(1, min(successor - 1, 40))
        pair = dated[predecessor], dated[successor]
        dependency = Dependency(0, predecessor, successor)
        if (
            (predecessor, successor) not in found
            and all(a.status is not ActionStatus.DROPPED for a in pair)
            and days_late(dependency, *pair)
        ):
            link(predecessor, successor, DependencyKind.FINISH_TO_START, 0)
    return list(found.values())


def generate_plan(path: Path, scale: int = 1, actions: int = 2000) -> Path:
    """Write a large plan with ``actions`` actions to ``path`` (replacing it); return the path."""
    document = PlanDocument.create(path, overwrite=True)
    try:
        document.load_snapshot(PlanSnapshot.from_dict(large_snapshot(scale, actions=actions)))
    finally:
        document.close()
    return path


def main() -> None:
    """Command line: write one generated plan."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--actions", type=int, default=2000)
    args = parser.parse_args()
    generate_plan(args.out, args.scale, args.actions)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
