"""The plan snapshot: a plain, versioned, JSON-ready picture of the whole plan.

Revisions, diffs, exports and ``cluster-planner dump`` all speak this one form.
``docs/file-format.md`` documents it field by field.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

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
    Revision,
    StrategicOption,
    SwotItem,
    VisionDraft,
    VisionElement,
    VisionVersion,
    VotingRound,
)
from cluster_planner.domain.errors import SnapshotError, ValidationError
from cluster_planner.domain.records import (
    from_mapping,
    from_stored,
    place,
    refused,
    shown,
    to_mapping,
    to_stored,
)
from cluster_planner.domain.rules import check_record

T = TypeVar("T")

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
    def from_dict(cls, data: Any, *, rules: bool = True) -> PlanSnapshot:
        """Read and check snapshot data; raise SnapshotError saying what is wrong.

        Every record meets the rules an edit meets (``domain/rules.py``) and every
        reference, number and list is checked against the rest of the plan; the message
        names the place as a JSON path and, for a closed list, the values allowed.
        ``rules=False`` checks only what any stored plan meets (kinds, references,
        numbers), for telling damage from values entered under older rules.
        """
        if not isinstance(data, Mapping):
            raise SnapshotError("a plan snapshot must be a JSON object")
        format_version(data)
        profile_data = data.get("profile", {})
        if not isinstance(profile_data, Mapping):
            raise SnapshotError(f"profile: must be a JSON object, not {shown(profile_data)}")
        snapshot = cls(
            profile=checked(ClusterProfile, profile_data, "profile", rules),
            created_at=_stamp(data, "created_at"),
            modified_at=_stamp(data, "modified_at"),
            **{name: _entities(kind, data, name, rules) for name, kind in _LISTS.items()},
        )
        _check_plan(snapshot)
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
            return cls.from_dict(data, rules=False)  # as stored, not as entered today
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


@dataclass(frozen=True, slots=True)
class FrozenRevision:
    """An adopted revision with the whole plan it froze."""

    revision: Revision
    plan: PlanSnapshot


@dataclass(frozen=True, slots=True)
class Restore:
    """One time a revision was made the current plan again."""

    id: int
    revision_id: int
    restored_at: str


@dataclass(frozen=True, slots=True)
class PlanHistory:
    """The plan's history beside its content: the adopted revisions and their restores.

    ``cluster-planner dump`` writes it after the content (``revisions``, ``restores``) and
    ``new --from`` loads it, so a dump is the plan's whole backup. A revision holds its
    frozen plan under ``plan``, as a snapshot of its own.
    """

    revisions: tuple[FrozenRevision, ...] = ()
    restores: tuple[Restore, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The history as JSON-ready data: ``{"revisions": […], "restores": […]}``."""
        return {
            "revisions": [
                {**to_mapping(frozen.revision), "plan": frozen.plan.to_dict()}
                for frozen in self.revisions
            ],
            "restores": [dataclasses.asdict(restore) for restore in self.restores],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlanHistory:
        """Read and check the history of snapshot data (absent: none); SnapshotError.

        A revision's plan is checked as any stored plan is (kinds, codes, references), not
        against today's rules: it is history, frozen as the app held it.
        """
        revisions_data = data.get("revisions", [])
        if not isinstance(revisions_data, list):
            raise SnapshotError(f"revisions: must be a list, not {shown(revisions_data)}")
        revisions = []
        numbers: dict[int, int] = {}
        for index, item in enumerate(revisions_data):
            where = f"revisions[{index}]"
            if not isinstance(item, Mapping):
                raise SnapshotError(f"{where}: must be a JSON object, not {shown(item)}")
            revision = checked(Revision, item, where)
            if not revision.title.strip():
                raise SnapshotError(f"{where}.title: must not be empty")
            if revision.number < 1:
                raise SnapshotError(f"{where}.number: must be 1 or more, not {revision.number}")
            if revision.number in numbers:
                raise SnapshotError(
                    f"{where}.number: {revision.number} is the number of "
                    f"revisions[{numbers[revision.number]}] too"
                )
            numbers[revision.number] = index
            plan = item.get("plan")
            if not isinstance(plan, Mapping):
                raise SnapshotError(f"{where}.plan: must be the plan it froze, not {shown(plan)}")
            try:
                frozen = PlanSnapshot.from_dict(plan, rules=False)
            except SnapshotError as error:
                raise SnapshotError(_inside(f"{where}.plan", str(error))) from None
            revisions.append(FrozenRevision(revision, frozen))
        _check_ids("revisions", [r.revision for r in revisions])
        restores_data = data.get("restores", [])
        if not isinstance(restores_data, list):
            raise SnapshotError(f"restores: must be a list, not {shown(restores_data)}")
        restores = []
        ids = {r.revision.id for r in revisions}
        for index, item in enumerate(restores_data):
            where = f"restores[{index}]"
            if not isinstance(item, Mapping):
                raise SnapshotError(f"{where}: must be a JSON object, not {shown(item)}")
            restore = checked(Restore, item, where)
            if restore.revision_id not in ids:
                raise _missing(f"{where}.revision_id", "revision", restore.revision_id)
            restores.append(restore)
        _check_ids("restores", restores)
        ordered = sorted(revisions, key=lambda r: r.revision.number)
        return cls(tuple(ordered), tuple(restores))


def _inside(where: str, message: str) -> str:
    """A message about a snapshot nested at ``where``, its JSON path made whole."""
    if re.match(r"[a-z_]+[\[.:]", message):
        return f"{where}.{message}"
    return f"{where}: {message}"


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


def format_version(data: Mapping[str, Any]) -> int:
    """The snapshot's ``format_version``, checked: a whole number this version reads."""
    if "format_version" not in data:
        raise SnapshotError(
            "format_version: is missing, so this is not a plan snapshot "
            "(`cluster-planner dump` writes one)"
        )
    version = data["format_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise SnapshotError(f"format_version: must be a whole number, not {shown(version)}")
    if version < 1:
        raise SnapshotError(f"format_version: must be 1 or more, not {version}")
    if version > FORMAT_VERSION:
        raise SnapshotError(
            f"the snapshot has format version {version}; this version of "
            f"Cluster Planner reads up to {FORMAT_VERSION}"
        )
    return version


def _stamp(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise SnapshotError(f"{key}: must be text, not {shown(value)}")
    return value


def checked(cls: type[T], data: Mapping[str, Any], path: str, rules: bool = True) -> T:
    """Record ``cls`` read from snapshot data at JSON path ``path``, every field checked:
    its kind, and (with ``rules``) the rules an edit meets, in the records it holds too."""
    record = from_mapping(cls, data, path)
    if rules:
        _check_rules(record, path)
    return record


def _check_rules(record: Any, path: str) -> None:
    try:
        check_record(record)
    except ValidationError as error:
        raise refused(place(path, error.field), error) from None
    for name in _nested(typing.cast(Any, type(record))):
        for index, child in enumerate(getattr(record, name)):
            _check_rules(child, f"{path}.{name}[{index}]")


@functools.cache
def _nested(cls: Any) -> tuple[str, ...]:
    """The fields of ``cls`` holding records (an action's partners, a round's tallies)."""
    found = []
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        if typing.get_origin(hint) is tuple:
            item = typing.get_args(hint)[0]
            if isinstance(item, type) and dataclasses.is_dataclass(item):
                found.append(f.name)
    return tuple(found)


def _entities(
    cls: type[Any], data: Mapping[str, Any], key: str, rules: bool = True
) -> tuple[Any, ...]:
    items = data.get(key, [])
    if not isinstance(items, list):
        raise SnapshotError(f"{key}: must be a list, not {shown(items)}")
    entities = []
    for index, item in enumerate(items):
        path = f"{key}[{index}]"
        if not isinstance(item, Mapping):
            raise SnapshotError(f"{path}: must be a JSON object, not {shown(item)}")
        entities.append(checked(cls, item, path, rules))
    _check_ids(key, entities)
    return tuple(entities)


def _check_ids(path: str, records: Sequence[Any], seen: dict[int, str] | None = None) -> None:
    """Ids are whole numbers from 1, each used once (in ``seen`` too, for nested records)."""
    seen = {} if seen is None else seen
    for index, record in enumerate(records):
        where = f"{path}[{index}].id"
        if record.id < 1:
            raise SnapshotError(f"{where}: must be 1 or more, not {record.id}")
        if record.id in seen:
            raise SnapshotError(f"{where}: {record.id} is the id of {seen[record.id]} too")
        seen[record.id] = f"{path}[{index}]"


def _check_plan(snapshot: PlanSnapshot) -> None:
    """The rules between records: ids, references, numbers, lists, merges and loops."""
    _check_nested_ids(snapshot)
    _check_lists(snapshot)
    _check_register(snapshot)
    _check_diagnostic(snapshot)
    _check_vision(snapshot)
    _check_actions(snapshot)
    _check_review(snapshot)


def _check_nested_ids(snapshot: PlanSnapshot) -> None:
    """Records held inside others have ids unique across the whole plan (they are rows)."""
    for name in ("partners", "milestones", "cost_lines", "progress_entries"):
        seen: dict[int, str] = {}
        for index, action in enumerate(snapshot.actions):
            _check_ids(f"actions[{index}].{name}", getattr(action, name), seen)
    indicators: dict[int, str] = {}
    for index, objective in enumerate(snapshot.objectives):
        _check_ids(f"objectives[{index}].indicators", objective.indicators, indicators)
    for index, action in enumerate(snapshot.actions):
        _check_ids(f"actions[{index}].indicators", action.indicators, indicators)


def _check_lists(snapshot: PlanSnapshot) -> None:
    """Lists of ids and of themes name each thing once; a theme is not empty."""
    for key in _LISTS:
        for index, record in enumerate(getattr(snapshot, key)):
            for name in _ID_LISTS.get(type(record), ()):
                values = getattr(record, name)
                for at, value in enumerate(values):
                    if value in values[:at]:
                        raise SnapshotError(f"{key}[{index}].{name}[{at}]: lists {value} twice")
    for index, item in enumerate(snapshot.swot_items):
        folded: list[str] = []
        for at, theme in enumerate(item.themes):
            where = f"swot_items[{index}].themes[{at}]"
            if not theme.strip():
                raise SnapshotError(f"{where}: a theme must not be empty")
            if theme.strip() in folded:
                raise SnapshotError(f"{where}: lists the theme {theme.strip()!r} twice")
            if theme != theme.strip():
                raise SnapshotError(f"{where}: a theme does not begin or end with spaces")
            folded.append(theme.strip())


def _missing(where: str, kind: str, found: int) -> SnapshotError:
    return SnapshotError(f"{where}: names {kind} {found}, which is not in the snapshot")


def _check_register(snapshot: PlanSnapshot) -> None:
    org_ids = {o.id for o in snapshot.organisations}
    person_ids = {p.id for p in snapshot.people}
    for index, person in enumerate(snapshot.people):
        if person.organisation_id is not None and person.organisation_id not in org_ids:
            raise _missing(
                f"people[{index}].organisation_id", "organisation", person.organisation_id
            )
    for index, meeting in enumerate(snapshot.meetings):
        if meeting.facilitator_id is not None and meeting.facilitator_id not in person_ids:
            raise _missing(f"meetings[{index}].facilitator_id", "person", meeting.facilitator_id)
        for at, person_id in enumerate(meeting.attendee_ids):
            if person_id not in person_ids:
                raise _missing(f"meetings[{index}].attendee_ids[{at}]", "person", person_id)


def _check_diagnostic(snapshot: PlanSnapshot) -> None:
    items = {i.id: i for i in snapshot.swot_items}
    meeting_ids = {m.id for m in snapshot.meetings}
    for index, item in enumerate(snapshot.swot_items):
        if item.merged_into_id is not None and item.merged_into_id not in items:
            raise _missing(f"swot_items[{index}].merged_into_id", "SWOT item", item.merged_into_id)
    for index, item in enumerate(snapshot.swot_items):
        seen = [item.id]
        target = item.merged_into_id
        while target is not None:
            if target in seen:
                loop = " → ".join(str(i) for i in [*seen, target])
                raise SnapshotError(
                    f"swot_items[{index}].merged_into_id: the cards are merged into each "
                    f"other in a loop ({loop}), so none of them would be on the board"
                )
            seen.append(target)
            target = items[target].merged_into_id
    for index, voting_round in enumerate(snapshot.voting_rounds):
        where = f"voting_rounds[{index}]"
        if voting_round.meeting_id not in meeting_ids:
            raise _missing(f"{where}.meeting_id", "meeting", voting_round.meeting_id)
        groups: dict[tuple[Any, ...], int] = {}
        for at, tally in enumerate(voting_round.tallies):
            if tally.item_id not in items:
                raise _missing(f"{where}.tallies[{at}].item_id", "SWOT item", tally.item_id)
            group = (tally.item_id, tally.stakeholder_type, tally.sex)
            if group in groups:
                raise SnapshotError(
                    f"{where}.tallies[{at}]: counts item {tally.item_id} for the same group "
                    f"of voters as tallies[{groups[group]}]"
                )
            groups[group] = at
        for at, ballot in enumerate(voting_round.phone_ballots):
            for dot_at, dot in enumerate(ballot.dots):
                if dot.item_id not in items:
                    raise _missing(
                        f"{where}.phone_ballots[{at}].dots[{dot_at}].item_id",
                        "SWOT item",
                        dot.item_id,
                    )
    for index, option in enumerate(snapshot.options):
        for at, item_id in enumerate(option.item_ids):
            if item_id not in items:
                raise _missing(f"options[{index}].item_ids[{at}]", "SWOT item", item_id)


def _check_vision(snapshot: PlanSnapshot) -> None:
    items = {i.id for i in snapshot.swot_items}
    options = {o.id for o in snapshot.options}
    elements = {e.id for e in snapshot.vision_elements}
    meetings = {m.id for m in snapshot.meetings}
    drafts = {d.id for d in snapshot.vision_drafts}
    organisations = {o.id for o in snapshot.organisations}
    figures = {b.id for b in snapshot.baseline_figures}
    named = {"option_ids": ("option", options), "item_ids": ("SWOT item", items)}
    named["element_ids"] = ("vision element", elements)
    for key in ("vision_elements", "vision_drafts", "vision_versions", "objectives", "actions"):
        for index, record in enumerate(getattr(snapshot, key)):
            for name in _ID_LISTS.get(type(record), ()):
                kind, known = named[name]
                for at, value in enumerate(getattr(record, name)):
                    if value not in known:
                        raise _missing(f"{key}[{index}].{name}[{at}]", kind, value)
    numbers: dict[int, int] = {}
    for index, version in enumerate(snapshot.vision_versions):
        where = f"vision_versions[{index}]"
        if version.number < 1:
            raise SnapshotError(f"{where}.number: must be 1 or more, not {version.number}")
        if version.number in numbers:
            raise SnapshotError(
                f"{where}.number: {version.number} is the number of "
                f"vision_versions[{numbers[version.number]}] too"
            )
        numbers[version.number] = index
        if version.meeting_id not in meetings:
            raise _missing(f"{where}.meeting_id", "meeting", version.meeting_id)
        if version.draft_id is not None and version.draft_id not in drafts:
            raise _missing(f"{where}.draft_id", "vision draft", version.draft_id)
    objective_numbers: dict[int, int] = {}
    for index, objective in enumerate(snapshot.objectives):
        if objective.number:  # 0: numbered in order when loaded
            if objective.number in objective_numbers:
                raise SnapshotError(
                    f"objectives[{index}].number: {objective.number} is the number of "
                    f"objectives[{objective_numbers[objective.number]}] too, and the codes "
                    f"O{objective.number} and A{objective.number}.x must name one objective"
                )
            objective_numbers[objective.number] = index
    indicators = [
        (f"objectives[{index}].indicators[{at}]", indicator)
        for index, objective in enumerate(snapshot.objectives)
        for at, indicator in enumerate(objective.indicators)
    ] + [
        (f"actions[{index}].indicators[{at}]", indicator)
        for index, action in enumerate(snapshot.actions)
        for at, indicator in enumerate(action.indicators)
    ]
    for where, indicator in indicators:
        if indicator.responsible_id is not None and indicator.responsible_id not in organisations:
            raise _missing(f"{where}.responsible_id", "organisation", indicator.responsible_id)
        if indicator.baseline_figure_id is not None and indicator.baseline_figure_id not in figures:
            raise _missing(
                f"{where}.baseline_figure_id", "baseline figure", indicator.baseline_figure_id
            )


def _check_actions(snapshot: PlanSnapshot) -> None:
    objectives = {o.id for o in snapshot.objectives}
    organisations = {o.id for o in snapshot.organisations}
    actions = {a.id for a in snapshot.actions}
    numbers: dict[tuple[int, int], int] = {}
    for index, action in enumerate(snapshot.actions):
        where = f"actions[{index}]"
        if action.objective_id not in objectives:
            raise _missing(f"{where}.objective_id", "objective", action.objective_id)
        if action.number < 1:
            raise SnapshotError(
                f"{where}.number: must be 1 or more (the 2 of the code A1.2), not {action.number}"
            )
        key = (action.objective_id, action.number)
        if key in numbers:
            raise SnapshotError(
                f"{where}.number: {action.number} is the number of actions[{numbers[key]}] "
                "too, under the same objective, so two actions would have one code"
            )
        numbers[key] = index
        if action.lead_id is not None and action.lead_id not in organisations:
            raise _missing(f"{where}.lead_id", "organisation (the lead)", action.lead_id)
        for at, partner in enumerate(action.partners):
            if partner.organisation_id not in organisations:
                raise _missing(
                    f"{where}.partners[{at}].organisation_id",
                    "organisation (a partner)",
                    partner.organisation_id,
                )
        for at, line in enumerate(action.cost_lines):
            if line.organisation_id is not None and line.organisation_id not in organisations:
                raise _missing(
                    f"{where}.cost_lines[{at}].organisation_id",
                    "organisation (the payer)",
                    line.organisation_id,
                )
    pairs: dict[tuple[int, int], int] = {}
    for index, dependency in enumerate(snapshot.dependencies):
        where = f"dependencies[{index}]"
        for name in ("predecessor_id", "successor_id"):
            if getattr(dependency, name) not in actions:
                raise _missing(f"{where}.{name}", "action", getattr(dependency, name))
        pair = (dependency.predecessor_id, dependency.successor_id)
        if pair in pairs:
            raise SnapshotError(
                f"{where}: links the same two actions as dependencies[{pairs[pair]}]"
            )
        pairs[pair] = index
    if has_cycle(snapshot.dependencies):
        raise SnapshotError(
            "dependencies: the actions wait on each other in a loop, so none could start"
        )


def _check_review(snapshot: PlanSnapshot) -> None:
    indicators = {i.id for a in snapshot.actions for i in a.indicators}
    indicators |= {i.id for o in snapshot.objectives for i in o.indicators}
    for index, measurement in enumerate(snapshot.measurements):
        if measurement.indicator_id not in indicators:
            raise _missing(
                f"measurements[{index}].indicator_id", "indicator", measurement.indicator_id
            )
    meetings = {m.id for m in snapshot.meetings}
    actions = {a.id for a in snapshot.actions}
    pairs: dict[tuple[int, int], int] = {}
    for index, review in enumerate(snapshot.action_reviews):
        where = f"action_reviews[{index}]"
        if review.meeting_id not in meetings:
            raise _missing(f"{where}.meeting_id", "meeting", review.meeting_id)
        if review.action_id not in actions:
            raise _missing(f"{where}.action_id", "action", review.action_id)
        pair = (review.meeting_id, review.action_id)
        if pair in pairs:
            raise SnapshotError(
                f"{where}: reviews action {review.action_id} at meeting {review.meeting_id} "
                f"a second time (action_reviews[{pairs[pair]}] is the first)"
            )
        pairs[pair] = index


# The lists of ids each record holds (link rows in the file: each id once).
_ID_LISTS: dict[type[Any], tuple[str, ...]] = {
    Meeting: ("attendee_ids",),
    StrategicOption: ("item_ids",),
    VisionElement: ("option_ids", "item_ids"),
    VisionDraft: ("element_ids",),
    VisionVersion: ("element_ids",),
    Objective: ("element_ids", "option_ids"),
    Action: ("option_ids", "item_ids"),
}
