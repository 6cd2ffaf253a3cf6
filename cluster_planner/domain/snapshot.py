"""The plan snapshot: a plain, versioned, JSON-ready picture of the whole plan.

Revisions, diffs, exports and ``cluster-planner dump`` all speak this one form.
``docs/file-format.md`` documents it field by field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cluster_planner.domain.action_plan import has_cycle
from cluster_planner.domain.entities import (
    Action,
    ActionReview,
    BaselineFigure,
    ClusterProfile,
    Dependency,
    Measurement,
    Meeting,
    Objective,
    Organisation,
    Person,
    StrategicOption,
    SwotItem,
    VisionDraft,
    VisionElement,
    VisionVersion,
    VotingRound,
)
from cluster_planner.domain.errors import SnapshotError
from cluster_planner.domain.records import from_mapping, from_stored, to_mapping, to_stored

FORMAT_VERSION = 5  # 2: the diagnostic; 3: the vision; 4: the action plan; 5: the review cycle


@dataclass(frozen=True, slots=True)
class PlanSnapshot:
    """The whole plan at one moment."""

    profile: ClusterProfile = field(default_factory=ClusterProfile)
    baseline_figures: tuple[BaselineFigure, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    swot_items: tuple[SwotItem, ...] = ()
    voting_rounds: tuple[VotingRound, ...] = ()
    options: tuple[StrategicOption, ...] = ()
    vision_elements: tuple[VisionElement, ...] = ()
    vision_drafts: tuple[VisionDraft, ...] = ()
    vision_versions: tuple[VisionVersion, ...] = ()
    objectives: tuple[Objective, ...] = ()
    actions: tuple[Action, ...] = ()
    dependencies: tuple[Dependency, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    action_reviews: tuple[ActionReview, ...] = ()
    created_at: str = ""
    modified_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        """The snapshot as JSON-ready data, with ``format_version`` first."""
        return {
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at,
            "modified_at": self.modified_at,
            "profile": to_mapping(self.profile),
            "baseline_figures": [to_mapping(b) for b in self.baseline_figures],
            "organisations": [to_mapping(o) for o in self.organisations],
            "people": [to_mapping(p) for p in self.people],
            "meetings": [to_mapping(m) for m in self.meetings],
            "swot_items": [to_mapping(i) for i in self.swot_items],
            "voting_rounds": [to_mapping(r) for r in self.voting_rounds],
            "options": [to_mapping(o) for o in self.options],
            "vision_elements": [to_mapping(e) for e in self.vision_elements],
            "vision_drafts": [to_mapping(d) for d in self.vision_drafts],
            "vision_versions": [to_mapping(v) for v in self.vision_versions],
            "objectives": [to_mapping(o) for o in self.objectives],
            "actions": [to_mapping(a) for a in self.actions],
            "dependencies": [to_mapping(d) for d in self.dependencies],
            "measurements": [to_mapping(m) for m in self.measurements],
            "action_reviews": [to_mapping(r) for r in self.action_reviews],
        }

    def to_stored(self) -> dict[str, Any]:
        """The snapshot as compact JSON-ready data (fields at their default left out)."""
        data: dict[str, Any] = {
            "format_version": FORMAT_VERSION,
            "created_at": self.created_at,
            "modified_at": self.modified_at,
            "profile": to_stored(self.profile),
        }
        for name in _LISTS:
            data[name] = [to_stored(item) for item in getattr(self, name)]
        return data

    @classmethod
    def from_dict(cls, data: Any) -> PlanSnapshot:
        """Read and check snapshot data; raise SnapshotError saying what is wrong."""
        if not isinstance(data, Mapping):
            raise SnapshotError("a plan snapshot must be a JSON object")
        version = data.get("format_version")
        if not isinstance(version, int):
            raise SnapshotError("the snapshot has no format_version")
        if version > FORMAT_VERSION:
            raise SnapshotError(
                f"the snapshot has format version {version}; this version of "
                f"Cluster Planner reads up to {FORMAT_VERSION}"
            )
        profile_data = data.get("profile", {})
        if not isinstance(profile_data, Mapping):
            raise SnapshotError("profile must be a JSON object")
        snapshot = cls(
            profile=from_mapping(ClusterProfile, profile_data),
            baseline_figures=_entities(BaselineFigure, data, "baseline_figures"),
            organisations=_entities(Organisation, data, "organisations"),
            people=_entities(Person, data, "people"),
            meetings=_entities(Meeting, data, "meetings"),
            swot_items=_entities(SwotItem, data, "swot_items"),
            voting_rounds=_entities(VotingRound, data, "voting_rounds"),
            options=_entities(StrategicOption, data, "options"),
            vision_elements=_entities(VisionElement, data, "vision_elements"),
            vision_drafts=_entities(VisionDraft, data, "vision_drafts"),
            vision_versions=_entities(VisionVersion, data, "vision_versions"),
            objectives=_entities(Objective, data, "objectives"),
            actions=_entities(Action, data, "actions"),
            dependencies=_entities(Dependency, data, "dependencies"),
            measurements=_entities(Measurement, data, "measurements"),
            action_reviews=_entities(ActionReview, data, "action_reviews"),
            created_at=str(data.get("created_at", "")),
            modified_at=str(data.get("modified_at", "")),
        )
        _check_references(snapshot)
        return snapshot

    @classmethod
    def from_stored(
        cls,
        data: Mapping[str, Any],
        like: tuple[Mapping[str, Any], PlanSnapshot] | None = None,
    ) -> PlanSnapshot:
        """Read snapshot data this program froze itself (``to_stored``), quickly.

        With ``like`` (other stored data and the snapshot read from it), records
        stored identically in both are shared rather than built again: two revisions
        of a large plan mostly hold the same actions. Data of another format version
        goes through ``from_dict`` and its checks.
        """
        if data.get("format_version") != FORMAT_VERSION:
            return cls.from_dict(data)
        lists: dict[str, tuple[Any, ...]] = {}
        for name, kind in _LISTS.items():
            items = data.get(name, ())
            known: dict[Any, tuple[Any, Any]] = {}
            if like is not None and like[0].get("format_version") == FORMAT_VERSION:
                known = {
                    raw["id"]: (raw, entity)
                    for raw, entity in zip(
                        like[0].get(name, ()), getattr(like[1], name), strict=True
                    )
                }
            built = []
            for item in items:
                found = known.get(item["id"])
                same = found is not None and found[0] == item
                built.append(found[1] if same and found is not None else from_stored(kind, item))
            lists[name] = tuple(built)
        return cls(
            profile=from_stored(ClusterProfile, data.get("profile", {})),
            created_at=str(data.get("created_at", "")),
            modified_at=str(data.get("modified_at", "")),
            **lists,
        )


def first_difference(expected: Any, found: Any, path: str = "") -> str | None:
    """The JSON path of the first place where two snapshots' data differ, or None.

    Records are matched by id and lists of plain values as sets, so the order a
    list happens to be read in does not count; ``created_at``/``modified_at`` at
    the top do not count either.
    """
    if isinstance(expected, Mapping) and isinstance(found, Mapping):
        for key in sorted(set(expected) | set(found)):
            if not path and key in ("created_at", "modified_at"):
                continue
            where = f"{path}.{key}" if path else str(key)
            if key not in expected or key not in found:
                return where
            difference = first_difference(expected[key], found[key], where)
            if difference is not None:
                return difference
        return None
    if isinstance(expected, list) and isinstance(found, list):
        if len(expected) != len(found):
            return path
        if all(isinstance(x, Mapping) and "id" in x for x in [*expected, *found]):
            by_id = {x["id"]: x for x in found}
            for index, record in enumerate(expected):
                other = by_id.get(record["id"])
                if other is None:
                    return f"{path}[{index}]"
                difference = first_difference(record, other, f"{path}[{index}]")
                if difference is not None:
                    return difference
            return None
        if sorted(map(repr, expected)) != sorted(map(repr, found)):
            return path
        return None
    if expected != found or type(expected) is not type(found):
        return path
    return None


# The snapshot's lists and the entity each holds.
_LISTS: dict[str, type[Any]] = {
    "baseline_figures": BaselineFigure,
    "organisations": Organisation,
    "people": Person,
    "meetings": Meeting,
    "swot_items": SwotItem,
    "voting_rounds": VotingRound,
    "options": StrategicOption,
    "vision_elements": VisionElement,
    "vision_drafts": VisionDraft,
    "vision_versions": VisionVersion,
    "objectives": Objective,
    "actions": Action,
    "dependencies": Dependency,
    "measurements": Measurement,
    "action_reviews": ActionReview,
}


def _entities(cls: type[Any], data: Mapping[str, Any], key: str) -> tuple[Any, ...]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise SnapshotError(f"{key} must be a list")
    entities = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, Mapping):
            raise SnapshotError(f"{key} item {number} must be a JSON object")
        entities.append(from_mapping(cls, item))
    ids = [e.id for e in entities]
    if len(set(ids)) != len(ids):
        raise SnapshotError(f"{key} has two items with the same id")
    return tuple(entities)


def _check_references(snapshot: PlanSnapshot) -> None:
    org_ids = {o.id for o in snapshot.organisations}
    person_ids = {p.id for p in snapshot.people}
    for person in snapshot.people:
        if person.organisation_id is not None and person.organisation_id not in org_ids:
            raise SnapshotError(
                f"person {person.id} belongs to organisation {person.organisation_id}, "
                "which is not in the snapshot"
            )
    for meeting in snapshot.meetings:
        if meeting.facilitator_id is not None and meeting.facilitator_id not in person_ids:
            raise SnapshotError(
                f"meeting {meeting.id} names facilitator {meeting.facilitator_id}, "
                "who is not in the snapshot"
            )
        missing = set(meeting.attendee_ids) - person_ids
        if missing:
            raise SnapshotError(
                f"meeting {meeting.id} lists attendees {sorted(missing)} "
                "who are not in the snapshot"
            )
        if len(set(meeting.attendee_ids)) != len(meeting.attendee_ids):
            raise SnapshotError(f"meeting {meeting.id} lists an attendee twice")
    _check_diagnostic_references(snapshot)
    _check_vision_references(snapshot)
    _check_action_references(snapshot)


def _check_diagnostic_references(snapshot: PlanSnapshot) -> None:
    item_ids = {i.id for i in snapshot.swot_items}
    meeting_ids = {m.id for m in snapshot.meetings}
    for item in snapshot.swot_items:
        if item.merged_into_id is not None and item.merged_into_id not in item_ids:
            raise SnapshotError(f"SWOT item {item.id} is merged into a missing item")
    for voting_round in snapshot.voting_rounds:
        if voting_round.meeting_id not in meeting_ids:
            raise SnapshotError(f"voting round {voting_round.id} names a missing meeting")
        if {t.item_id for t in voting_round.tallies} - item_ids:
            raise SnapshotError(f"voting round {voting_round.id} counts votes for a missing item")
    for option in snapshot.options:
        if set(option.item_ids) - item_ids:
            raise SnapshotError(f"option {option.id} uses a missing SWOT item")


def _check_vision_references(snapshot: PlanSnapshot) -> None:
    items = {i.id for i in snapshot.swot_items}
    options = {o.id for o in snapshot.options}
    elements = {e.id for e in snapshot.vision_elements}
    meetings = {m.id for m in snapshot.meetings}
    drafts = {d.id for d in snapshot.vision_drafts}
    organisations = {o.id for o in snapshot.organisations}
    figures = {b.id for b in snapshot.baseline_figures}
    for element in snapshot.vision_elements:
        if set(element.option_ids) - options or set(element.item_ids) - items:
            raise SnapshotError(f"vision element {element.id} names a missing option or item")
    for draft in snapshot.vision_drafts:
        if set(draft.element_ids) - elements:
            raise SnapshotError(f"vision draft {draft.id} names a missing vision element")
    numbers = [v.number for v in snapshot.vision_versions]
    if len(set(numbers)) != len(numbers):
        raise SnapshotError("two adopted visions have the same version number")
    for version in snapshot.vision_versions:
        if version.meeting_id not in meetings:
            raise SnapshotError(f"vision version {version.number} names a missing meeting")
        if version.draft_id is not None and version.draft_id not in drafts:
            raise SnapshotError(f"vision version {version.number} names a missing draft")
        if set(version.element_ids) - elements:
            raise SnapshotError(f"vision version {version.number} names a missing element")
    indicator_ids = [i.id for o in snapshot.objectives for i in o.indicators]
    if len(set(indicator_ids)) != len(indicator_ids):
        raise SnapshotError("two indicators have the same id")
    for objective in snapshot.objectives:
        if set(objective.element_ids) - elements or set(objective.option_ids) - options:
            raise SnapshotError(f"objective {objective.id} names a missing element or option")
        for indicator in objective.indicators:
            if (
                indicator.responsible_id is not None
                and indicator.responsible_id not in organisations
            ):
                raise SnapshotError(f"indicator {indicator.id} names a missing organisation")
            if (
                indicator.baseline_figure_id is not None
                and indicator.baseline_figure_id not in figures
            ):
                raise SnapshotError(f"indicator {indicator.id} names a missing baseline figure")


def _check_action_references(snapshot: PlanSnapshot) -> None:
    objectives = {o.id for o in snapshot.objectives}
    organisations = {o.id for o in snapshot.organisations}
    options = {o.id for o in snapshot.options}
    items = {i.id for i in snapshot.swot_items}
    actions = {a.id for a in snapshot.actions}
    numbers: set[tuple[int, int]] = set()
    for kind, ids in (
        ("partners", [p.id for a in snapshot.actions for p in a.partners]),
        ("milestones", [m.id for a in snapshot.actions for m in a.milestones]),
        ("cost lines", [c.id for a in snapshot.actions for c in a.cost_lines]),
        ("progress entries", [e.id for a in snapshot.actions for e in a.progress_entries]),
        (
            "indicators",
            [i.id for a in snapshot.actions for i in a.indicators]
            + [i.id for o in snapshot.objectives for i in o.indicators],
        ),
    ):
        if len(set(ids)) != len(ids):
            raise SnapshotError(f"two {kind} have the same id")
    for action in snapshot.actions:
        name = f"action {action.id}"
        if action.objective_id not in objectives:
            raise SnapshotError(f"{name} is under a missing objective")
        if (action.objective_id, action.number) in numbers:
            raise SnapshotError(f"{name} has the same number as another action of its objective")
        numbers.add((action.objective_id, action.number))
        used = {action.lead_id} - {None}
        used |= {p.organisation_id for p in action.partners}
        used |= {c.organisation_id for c in action.cost_lines} - {None}
        used |= {i.responsible_id for i in action.indicators} - {None}
        if used - organisations:
            raise SnapshotError(f"{name} names a missing organisation")
        if set(action.option_ids) - options or set(action.item_ids) - items:
            raise SnapshotError(f"{name} names a missing option or SWOT item")
        if (
            action.start_date is not None
            and action.end_date is not None
            and action.end_date < action.start_date
        ):
            raise SnapshotError(f"{name} ends before it starts")
    pairs: set[tuple[int, int]] = set()
    for dependency in snapshot.dependencies:
        pair = (dependency.predecessor_id, dependency.successor_id)
        if set(pair) - actions:
            raise SnapshotError(f"dependency {dependency.id} names a missing action")
        if pair in pairs:
            raise SnapshotError(f"dependency {dependency.id} links the same actions twice")
        pairs.add(pair)
    if has_cycle(snapshot.dependencies):
        raise SnapshotError("the dependencies make a loop of actions waiting on each other")
    _check_review_references(snapshot, actions)


def _check_review_references(snapshot: PlanSnapshot, actions: set[int]) -> None:
    indicators = {i.id for a in snapshot.actions for i in a.indicators}
    indicators |= {i.id for o in snapshot.objectives for i in o.indicators}
    for measurement in snapshot.measurements:
        if measurement.indicator_id not in indicators:
            raise SnapshotError(f"measurement {measurement.id} is of a missing indicator")
    meetings = {m.id for m in snapshot.meetings}
    pairs: set[tuple[int, int]] = set()
    for review in snapshot.action_reviews:
        if review.meeting_id not in meetings or review.action_id not in actions:
            raise SnapshotError(f"action review {review.id} names a missing meeting or action")
        if (review.meeting_id, review.action_id) in pairs:
            raise SnapshotError(f"action review {review.id} reviews an action twice at one meeting")
        pairs.add((review.meeting_id, review.action_id))
