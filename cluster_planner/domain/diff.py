"""What changed between two snapshots of the same plan, as a list of plain, worded changes.

Records are matched by id. Each change has a stable ``kind`` code and every value
its sentence uses (codes, names, before and after, days, differences), so a
translated sentence can be rebuilt from the data alone; ``text`` is the English
sentence. Values are JSON-ready: text, numbers, ISO dates, booleans or None.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, TypeVar

from cluster_planner.domain.action_plan import (
    DEPENDENCY_WORDS,
    action_codes,
    action_total,
    objective_numbers,
)
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Dependency,
    Indicator,
    Milestone,
    Objective,
    Organisation,
    Partner,
    VisionVersion,
)
from cluster_planner.domain.enums import ActionStatus
from cluster_planner.domain.snapshot import PlanSnapshot

Value = str | int | float | bool | None
R = TypeVar("R")

NO_ORGANISATION = "— none —"

# Action fields compared one by one as "action_detail_changed" (the others have their own kinds).
_ACTUAL_WORDS = {"actual_start": "started", "actual_end": "was finished"}
_ACTION_DETAILS = (
    "description",
    "category",
    "network_type",
    "horizon",
    "risks",
    "actual_start",
    "actual_end",
    "addresses_women",
    "beneficiary_firms",
    "beneficiary_women",
    "beneficiary_youth",
    "beneficiary_poor_households",
)


@dataclass(frozen=True, slots=True)
class PlanChange:
    """One change between two snapshots.

    ``entity``/``entity_id`` name the record that changed; ``action_id`` the action it
    belongs to, if any; ``code`` that action's or objective's code (A1.2, O1); ``name``
    the title or organisation name the sentence shows. ``days`` is the move of a date
    (for an action, of its end, or of its start when the end stayed), ``difference``
    the change of an amount; ``details`` holds the further values of the sentence.
    """

    kind: str
    entity: str
    entity_id: int
    text: str
    code: str = ""
    action_id: int | None = None
    name: str = ""
    before: Value = None
    after: Value = None
    days: int | None = None
    difference: float | None = None
    reason: str = ""  # why an action was dropped, when the plan says
    details: Mapping[str, Value] = field(default_factory=dict, hash=False)


def diff_plans(before: PlanSnapshot, after: PlanSnapshot) -> list[PlanChange]:
    """The changes from ``before`` to ``after``, vision first, then in plan order."""
    return _Comparison(before, after).changes()


def summary(changes: Iterable[PlanChange]) -> dict[str, int]:
    """How many changes of each kind, in the order the kinds first appear."""
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts


def to_json(changes: Iterable[PlanChange]) -> list[dict[str, Any]]:
    """The changes as JSON-ready dictionaries (dates as ISO strings)."""
    return [
        {
            "kind": c.kind,
            "entity": c.entity,
            "entity_id": c.entity_id,
            "code": c.code,
            "action_id": c.action_id,
            "name": c.name,
            "before": _plain(c.before),
            "after": _plain(c.after),
            "days": c.days,
            "difference": c.difference,
            "reason": c.reason,
            "details": {k: _plain(v) for k, v in c.details.items()},
            "text": c.text,
        }
        for c in changes
    ]


# --- wording ------------------------------------------------------------------------------


def _plain(value: object) -> Value:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _words(value: object) -> str:
    """A value as the sentence shows it: enum codes with spaces, '—' for nothing."""
    plain = _plain(value)
    if plain is None or plain == "":
        return "—"
    if isinstance(plain, bool):
        return "yes" if plain else "no"
    if isinstance(plain, float):
        return _amount(plain)
    if isinstance(value, Enum):
        return str(plain).replace("_", " ")
    return str(plain)


def _amount(value: float | None) -> str:
    if value is None:
        return "—"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def _signed(value: float) -> str:
    return ("+" if value >= 0 else "−") + _amount(abs(value))


def _days(days: int) -> str:
    unit = "day" if abs(days) == 1 else "days"
    return f"{abs(days)} {unit} {'later' if days > 0 else 'earlier'}"


def _quoted(text: str) -> str:
    return f"“{text}”"


def _same_amount(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    if math.isnan(a) and math.isnan(b):
        return True
    return math.isclose(a, b, rel_tol=0.0, abs_tol=0.005)


def _by_id(records: Iterable[Any]) -> dict[int, Any]:
    return {r.id: r for r in records}


def _pairs(before: Iterable[R], after: Iterable[R]) -> Iterator[tuple[int, R | None, R | None]]:
    """(id, the record before, the record after) for every id on either side, by id."""
    old: dict[int, R] = _by_id(before)
    new: dict[int, R] = _by_id(after)
    for key in sorted(set(old) | set(new)):
        yield key, old.get(key), new.get(key)


# --- the comparison -----------------------------------------------------------------------


class _Comparison:
    """Everything one comparison needs: both snapshots, their codes and names."""

    def __init__(self, before: PlanSnapshot, after: PlanSnapshot) -> None:
        self.before = before
        self.after = after
        self.codes_before = action_codes(before.objectives, before.actions)
        self.codes_after = action_codes(after.objectives, after.actions)
        self.numbers_before = objective_numbers(before.objectives)
        self.numbers_after = objective_numbers(after.objectives)
        self.orgs_before: dict[int, Organisation] = _by_id(before.organisations)
        self.orgs_after: dict[int, Organisation] = _by_id(after.organisations)
        self.actions_before: dict[int, Action] = _by_id(before.actions)
        self.actions_after: dict[int, Action] = _by_id(after.actions)
        self._found: list[tuple[tuple[int, ...], PlanChange]] = []
        self._objective_rank = self._rank_objectives()

    def changes(self) -> list[PlanChange]:
        self._vision()
        self._objectives()
        self._actions()
        self._dependencies()
        ordered = sorted(enumerate(self._found), key=lambda pair: (pair[1][0], pair[0]))
        return [change for _, (_, change) in ordered]

    # --- order

    def _rank_objectives(self) -> dict[int, tuple[int, int]]:
        def order(objectives: Sequence[Objective]) -> list[int]:
            return [o.id for o in sorted(objectives, key=lambda o: (o.position, o.id))]

        rank = {oid: (i, 0) for i, oid in enumerate(order(self.after.objectives))}
        for i, oid in enumerate(order(self.before.objectives)):
            rank.setdefault(oid, (i, 1))  # a removed objective keeps its old place
        return rank

    def _action_key(self, action_id: int) -> tuple[int, ...]:
        action = self.actions_after.get(action_id) or self.actions_before.get(action_id)
        if action is None:
            return (2, action_id)
        objective = self._objective_rank.get(action.objective_id, (1 << 30, 0))
        return (1, *objective, 1, action.position, action.id)

    def _add(self, key: tuple[int, ...], change: PlanChange) -> None:
        self._found.append((key, change))

    # --- names

    def _org_name(self, organisation_id: int | None, *, after: bool) -> str:
        orgs = self.orgs_after if after else self.orgs_before
        if organisation_id is None or organisation_id not in orgs:
            return NO_ORGANISATION
        return orgs[organisation_id].name

    def _objective_code(self, objective_id: int, *, after: bool) -> str:
        numbers = self.numbers_after if after else self.numbers_before
        return f"O{numbers.get(objective_id, 0)}"

    # --- vision

    def _vision(self) -> None:
        old: dict[int, VisionVersion] = _by_id(self.before.vision_versions)
        new: dict[int, VisionVersion] = _by_id(self.after.vision_versions)
        current = max(self.before.vision_versions, key=lambda v: v.number, default=None)
        for version in sorted(new.values(), key=lambda v: v.number):
            key = (0, version.number, version.id)
            if version.id not in old:
                self._add(
                    key,
                    PlanChange(
                        "vision_adopted",
                        "vision",
                        version.id,
                        f"Vision version {version.number} was adopted on "
                        f"{version.adopted_on.isoformat()}: {_quoted(version.statement)}.",
                        before=None if current is None else current.statement,
                        after=version.statement,
                        details={
                            "number": version.number,
                            "previous_number": None if current is None else current.number,
                            "adopted_on": version.adopted_on.isoformat(),
                        },
                    ),
                )
                continue
            was = old[version.id]
            if was.statement != version.statement:
                self._add(
                    key,
                    PlanChange(
                        "vision_statement_changed",
                        "vision",
                        version.id,
                        f"The statement of vision version {version.number} changed from "
                        f"{_quoted(was.statement)} to {_quoted(version.statement)}.",
                        before=was.statement,
                        after=version.statement,
                        details={"number": version.number},
                    ),
                )
        for version in sorted(old.values(), key=lambda v: v.number):
            if version.id not in new:
                self._add(
                    (0, version.number, version.id),
                    PlanChange(
                        "vision_withdrawn",
                        "vision",
                        version.id,
                        f"Vision version {version.number} is no longer in the plan.",
                        before=version.statement,
                        details={"number": version.number},
                    ),
                )

    # --- objectives

    def _objectives(self) -> None:
        old: dict[int, Objective] = _by_id(self.before.objectives)
        new: dict[int, Objective] = _by_id(self.after.objectives)
        for oid in sorted(set(old) | set(new)):
            key = (1, *self._objective_rank[oid], 0)
            was, now = old.get(oid), new.get(oid)
            if was is None and now is not None:
                code = self._objective_code(oid, after=True)
                self._add(
                    key,
                    PlanChange(
                        "objective_added",
                        "objective",
                        oid,
                        f"Objective {code} {_quoted(now.title)} was added.",
                        code=code,
                        name=now.title,
                        after=now.title,
                    ),
                )
            elif now is None and was is not None:
                code = self._objective_code(oid, after=False)
                self._add(
                    key,
                    PlanChange(
                        "objective_removed",
                        "objective",
                        oid,
                        f"Objective {code} {_quoted(was.title)} was removed.",
                        code=code,
                        name=was.title,
                        before=was.title,
                    ),
                )
            elif was is not None and now is not None:
                self._objective_changes(key, was, now)

    def _objective_changes(self, key: tuple[int, ...], was: Objective, now: Objective) -> None:
        code = self._objective_code(now.id, after=True)
        old_code = self._objective_code(was.id, after=False)
        if old_code != code:
            self._add(
                key,
                PlanChange(
                    "objective_renumbered",
                    "objective",
                    now.id,
                    f"Objective {old_code} is now {code}.",
                    code=code,
                    name=now.title,
                    before=old_code,
                    after=code,
                ),
            )
        if was.title != now.title:
            self._add(
                key,
                PlanChange(
                    "objective_renamed",
                    "objective",
                    now.id,
                    f"Objective {code} was renamed from {_quoted(was.title)} "
                    f"to {_quoted(now.title)}.",
                    code=code,
                    name=now.title,
                    before=was.title,
                    after=now.title,
                ),
            )
        if was.description != now.description:
            self._add(
                key,
                PlanChange(
                    "objective_description_changed",
                    "objective",
                    now.id,
                    f"The description of objective {code} changed.",
                    code=code,
                    name=now.title,
                    before=was.description,
                    after=now.description,
                ),
            )
        self._indicators(key, code, None, was.indicators, now.indicators)

    def _indicators(
        self,
        key: tuple[int, ...],
        code: str,
        action_id: int | None,
        old_list: Sequence[Indicator],
        new_list: Sequence[Indicator],
    ) -> None:
        old: dict[int, Indicator] = _by_id(old_list)
        new: dict[int, Indicator] = _by_id(new_list)
        for iid in sorted(set(old) | set(new), key=lambda i: _position(new, old, i)):
            was, now = old.get(iid), new.get(iid)
            if was is None and now is not None:
                self._add(
                    key,
                    PlanChange(
                        "indicator_added",
                        "indicator",
                        iid,
                        f"{code}: indicator {_quoted(now.name)} was added{_target_words(now)}.",
                        code=code,
                        action_id=action_id,
                        name=now.name,
                        after=now.target_value,
                        details={"target_date": _iso(now.target_date), "unit": now.unit},
                    ),
                )
            elif now is None and was is not None:
                self._add(
                    key,
                    PlanChange(
                        "indicator_removed",
                        "indicator",
                        iid,
                        f"{code}: indicator {_quoted(was.name)} was removed.",
                        code=code,
                        action_id=action_id,
                        name=was.name,
                        before=was.target_value,
                        details={"target_date": _iso(was.target_date), "unit": was.unit},
                    ),
                )
            elif (
                was is not None
                and now is not None
                and (
                    not _same_amount(was.target_value, now.target_value)
                    or was.target_date != now.target_date
                    or was.unit != now.unit
                )
            ):
                difference = (
                    None
                    if was.target_value is None or now.target_value is None
                    else now.target_value - was.target_value
                )
                self._add(
                    key,
                    PlanChange(
                        "indicator_target_changed",
                        "indicator",
                        iid,
                        f"{code}: the target of indicator {_quoted(now.name)} changed from"
                        f"{_target_words(was, ' ')} to{_target_words(now, ' ')}.",
                        code=code,
                        action_id=action_id,
                        name=now.name,
                        before=was.target_value,
                        after=now.target_value,
                        difference=difference,
                        details={
                            "target_date_before": _iso(was.target_date),
                            "target_date_after": _iso(now.target_date),
                            "unit_before": was.unit,
                            "unit_after": now.unit,
                        },
                    ),
                )

    # --- actions

    def _actions(self) -> None:
        ids = set(self.actions_before) | set(self.actions_after)
        for action_id in ids:
            was = self.actions_before.get(action_id)
            now = self.actions_after.get(action_id)
            if was is now and self.codes_before[action_id] == self.codes_after[action_id]:
                continue  # one object read for both plans (see PlanSnapshot.from_stored)
            key = self._action_key(action_id)
            if was is None and now is not None:
                code = self.codes_after[action_id]
                objective = self._objective_code(now.objective_id, after=True)
                self._add(
                    key,
                    PlanChange(
                        "action_added",
                        "action",
                        action_id,
                        f"{code} {_quoted(now.title)} was added under {objective}.",
                        code=code,
                        action_id=action_id,
                        name=now.title,
                        after=now.title,
                        details={
                            "objective": objective,
                            "start_date": _iso(now.start_date),
                            "end_date": _iso(now.end_date),
                            "lead": self._org_name(now.lead_id, after=True),
                            "budget": action_total(now),
                            "status": now.status.value,
                        },
                    ),
                )
            elif now is None and was is not None:
                code = self.codes_before[action_id]
                self._add(
                    key,
                    PlanChange(
                        "action_removed",
                        "action",
                        action_id,
                        f"{code} {_quoted(was.title)} was removed from the plan.",
                        code=code,
                        action_id=action_id,
                        name=was.title,
                        before=was.title,
                        details={
                            "status": was.status.value,
                            "budget": action_total(was),
                        },
                    ),
                )
            elif was is not None and now is not None:
                _ActionComparison(self, key, was, now).run()

    # --- dependencies

    def _dependencies(self) -> None:
        for _, was, now in _pairs(self.before.dependencies, self.after.dependencies):
            if was is None and now is not None:
                self._dependency("dependency_added", now, after=True, sentence="now waits for")
            elif now is None and was is not None:
                self._dependency(
                    "dependency_removed", was, after=False, sentence="no longer waits for"
                )
            elif was is not None and now is not None and was != now:
                if (was.predecessor_id, was.successor_id) != (now.predecessor_id, now.successor_id):
                    self._dependency(
                        "dependency_removed", was, after=False, sentence="no longer waits for"
                    )
                    self._dependency("dependency_added", now, after=True, sentence="now waits for")
                else:
                    self._dependency_changed(was, now)

    def _dependency_codes(self, dependency: Dependency, *, after: bool) -> tuple[str, str]:
        codes = self.codes_after if after else self.codes_before
        return (
            codes.get(dependency.predecessor_id, "?"),
            codes.get(dependency.successor_id, "?"),
        )

    def _dependency(self, kind: str, dependency: Dependency, *, after: bool, sentence: str) -> None:
        predecessor, successor = self._dependency_codes(dependency, after=after)
        kind_name = DEPENDENCY_WORDS[dependency.kind]
        lag = f", lag {dependency.lag_days} days" if dependency.lag_days else ""
        values: dict[str, Value] = {
            "predecessor": predecessor,
            "successor": successor,
            "predecessor_id": dependency.predecessor_id,
            "successor_id": dependency.successor_id,
            "kind": dependency.kind.value,
            "lag_days": dependency.lag_days,
        }
        self._add(
            (*self._action_key(dependency.successor_id), 1),
            PlanChange(
                kind,
                "dependency",
                dependency.id,
                f"{successor} {sentence} {predecessor} ({kind_name}{lag}).",
                code=successor,
                action_id=dependency.successor_id,
                before=None if after else dependency.kind.value,
                after=dependency.kind.value if after else None,
                details=values,
            ),
        )

    def _dependency_changed(self, was: Dependency, now: Dependency) -> None:
        predecessor, successor = self._dependency_codes(now, after=True)
        self._add(
            (*self._action_key(now.successor_id), 1),
            PlanChange(
                "dependency_changed",
                "dependency",
                now.id,
                f"{successor} waits for {predecessor} differently: "
                f"{DEPENDENCY_WORDS[was.kind]}, lag {was.lag_days} days → "
                f"{DEPENDENCY_WORDS[now.kind]}, lag {now.lag_days} days.",
                code=successor,
                action_id=now.successor_id,
                before=was.kind.value,
                after=now.kind.value,
                details={
                    "predecessor": predecessor,
                    "successor": successor,
                    "predecessor_id": now.predecessor_id,
                    "successor_id": now.successor_id,
                    "lag_days_before": was.lag_days,
                    "lag_days_after": now.lag_days,
                },
            ),
        )


def _position(new: Mapping[int, Any], old: Mapping[int, Any], record_id: int) -> tuple[int, int]:
    record = new.get(record_id) or old.get(record_id)
    return (getattr(record, "position", 0), record_id)


def _target_words(indicator: Indicator, lead: str = " with target ") -> str:
    if indicator.target_value is None and indicator.target_date is None:
        return "" if lead.startswith(" with") else " no target"
    value = _amount(indicator.target_value)
    unit = f" {indicator.unit}" if indicator.unit else ""
    by = f" by {indicator.target_date.isoformat()}" if indicator.target_date else ""
    return f"{lead}{value}{unit}{by}"


class _ActionComparison:
    """The changes of one action found in both snapshots."""

    def __init__(self, plan: _Comparison, key: tuple[int, ...], was: Action, now: Action) -> None:
        self.plan = plan
        self.key = key
        self.was = was
        self.now = now
        self.code = plan.codes_after[now.id]
        self.old_code = plan.codes_before[was.id]

    def add(self, kind: str, entity: str, entity_id: int, text: str, **values: Any) -> None:
        values.setdefault("name", self.now.title)
        self.plan._add(
            self.key,
            PlanChange(
                kind, entity, entity_id, text, code=self.code, action_id=self.now.id, **values
            ),
        )

    def run(self) -> None:
        self.status()
        self.place()
        self.title()
        self.dates()
        self.lead()
        self.partners()
        self.budget()
        self.cost_lines()
        self.progress()
        self.milestones()
        self.plan._indicators(
            self.key, self.code, self.now.id, self.was.indicators, self.now.indicators
        )
        self.details()

    def status(self) -> None:
        was, now = self.was.status, self.now.status
        if was is now:
            return
        values: dict[str, Any] = {"before": was.value, "after": now.value}
        if now is ActionStatus.DROPPED:
            reason = self.now.drop_reason.strip()
            because = f" Reason: {reason.rstrip('.')}." if reason else ""
            self.add(
                "action_dropped",
                "action",
                self.now.id,
                f"{self.code} {_quoted(self.now.title)} was dropped.{because}",
                reason=reason,
                **values,
            )
        elif was is ActionStatus.DROPPED:
            self.add(
                "action_restored",
                "action",
                self.now.id,
                f"{self.code} {_quoted(self.now.title)} was taken up again (now {_words(now)}).",
                **values,
            )
        else:
            self.add(
                "action_status_changed",
                "action",
                self.now.id,
                f"{self.code} status changed from {_words(was)} to {_words(now)}.",
                **values,
            )

    def place(self) -> None:
        if self.was.objective_id != self.now.objective_id:
            old_objective = self.plan._objective_code(self.was.objective_id, after=False)
            new_objective = self.plan._objective_code(self.now.objective_id, after=True)
            self.add(
                "action_moved",
                "action",
                self.now.id,
                f"{self.old_code} moved from {old_objective} to {new_objective} "
                f"and is now {self.code}.",
                before=self.old_code,
                after=self.code,
                details={"objective_before": old_objective, "objective_after": new_objective},
            )
        elif self.old_code != self.code:
            self.add(
                "action_renumbered",
                "action",
                self.now.id,
                f"{self.old_code} is now {self.code}.",
                before=self.old_code,
                after=self.code,
            )

    def title(self) -> None:
        if self.was.title != self.now.title:
            self.add(
                "action_renamed",
                "action",
                self.now.id,
                f"{self.code} was renamed from {_quoted(self.was.title)} "
                f"to {_quoted(self.now.title)}.",
                before=self.was.title,
                after=self.now.title,
            )

    def dates(self) -> None:
        was, now = self.was, self.now
        if (was.start_date, was.end_date) == (now.start_date, now.end_date):
            return
        start_days = _delta(was.start_date, now.start_date)
        end_days = _delta(was.end_date, now.end_date)
        parts = [
            _date_words("start", was.start_date, now.start_date, start_days),
            _date_words("end", was.end_date, now.end_date, end_days),
        ]
        self.add(
            "action_dates_moved",
            "action",
            now.id,
            f"{self.code} " + "; ".join(p for p in parts if p) + ".",
            days=end_days if was.end_date != now.end_date else start_days,
            details={
                "start_before": _iso(was.start_date),
                "start_after": _iso(now.start_date),
                "start_days": start_days,
                "end_before": _iso(was.end_date),
                "end_after": _iso(now.end_date),
                "end_days": end_days,
            },
        )

    def lead(self) -> None:
        if self.was.lead_id == self.now.lead_id:
            return
        old = self.plan._org_name(self.was.lead_id, after=False)
        new = self.plan._org_name(self.now.lead_id, after=True)
        self.add(
            "action_lead_changed",
            "action",
            self.now.id,
            f"{self.code} lead changed from {old} to {new}.",
            before=old,
            after=new,
            details={"lead_id_before": self.was.lead_id, "lead_id_after": self.now.lead_id},
        )

    def partners(self) -> None:
        for pid, was, now in _pairs(self.was.partners, self.now.partners):
            if was is None and now is not None:
                name = self.plan._org_name(now.organisation_id, after=True)
                self.add(
                    "partner_added",
                    "partner",
                    pid,
                    f"{self.code}: {name} joined as a partner "
                    f"({_words(now.contribution)}, {_amount(now.amount)}).",
                    name=name,
                    after=now.amount,
                    details=_partner_values(now),
                )
            elif now is None and was is not None:
                name = self.plan._org_name(was.organisation_id, after=False)
                self.add(
                    "partner_removed",
                    "partner",
                    pid,
                    f"{self.code}: {name} is no longer a partner.",
                    name=name,
                    before=was.amount,
                    details=_partner_values(was),
                )
            elif was is not None and now is not None:
                self.partner_changed(was, now)

    def partner_changed(self, was: Partner, now: Partner) -> None:
        old_name = self.plan._org_name(was.organisation_id, after=False)
        name = self.plan._org_name(now.organisation_id, after=True)
        parts = []
        if was.organisation_id != now.organisation_id:
            parts.append(f"partner {old_name} → {name}")
        if was.contribution is not now.contribution:
            parts.append(f"contribution {_words(was.contribution)} → {_words(now.contribution)}")
        if not _same_amount(was.amount, now.amount):
            parts.append(f"amount {_amount(was.amount)} → {_amount(now.amount)}")
        if was.description != now.description:
            parts.append("description changed")
        if not parts:
            return
        difference = None if was.amount is None or now.amount is None else now.amount - was.amount
        self.add(
            "partner_changed",
            "partner",
            now.id,
            f"{self.code}: partner {name} changed: " + ", ".join(parts) + ".",
            name=name,
            before=was.amount,
            after=now.amount,
            difference=difference,
            details={
                "organisation_before": old_name,
                "organisation_after": name,
                "contribution_before": was.contribution.value,
                "contribution_after": now.contribution.value,
                "description_before": was.description,
                "description_after": now.description,
            },
        )

    def budget(self) -> None:
        old, new = action_total(self.was), action_total(self.now)
        if _same_amount(old, new):
            return
        self.add(
            "action_budget_changed",
            "action",
            self.now.id,
            f"{self.code} budget changed from {_amount(old)} to {_amount(new)} "
            f"({_signed(new - old)}).",
            before=old,
            after=new,
            difference=new - old,
        )

    def cost_lines(self) -> None:
        for cid, was, now in _pairs(self.was.cost_lines, self.now.cost_lines):
            if was is None and now is not None:
                payer = self.plan._org_name(now.organisation_id, after=True)
                self.add(
                    "cost_line_added",
                    "cost_line",
                    cid,
                    f"{self.code}: cost line {_line_words(now)} of {_amount(now.amount)} "
                    f"was added ({_words(now.status)}).",
                    after=now.amount,
                    details=_line_values(now, payer),
                )
            elif now is None and was is not None:
                payer = self.plan._org_name(was.organisation_id, after=False)
                self.add(
                    "cost_line_removed",
                    "cost_line",
                    cid,
                    f"{self.code}: cost line {_line_words(was)} of {_amount(was.amount)} "
                    "was removed.",
                    before=was.amount,
                    details=_line_values(was, payer),
                )
            elif was is not None and now is not None:
                self.cost_line_changed(was, now)

    def cost_line_changed(self, was: CostLine, now: CostLine) -> None:
        old_payer = self.plan._org_name(was.organisation_id, after=False)
        payer = self.plan._org_name(now.organisation_id, after=True)
        parts = []
        if not _same_amount(was.amount, now.amount):
            parts.append(f"amount {_amount(was.amount)} → {_amount(now.amount)}")
        if was.status is not now.status:
            parts.append(f"status {_words(was.status)} → {_words(now.status)}")
        if was.source != now.source:
            parts.append(f"source {_words(was.source)} → {_words(now.source)}")
        if was.organisation_id != now.organisation_id:
            parts.append(f"paid by {old_payer} → {payer}")
        if was.description != now.description:
            parts.append("description changed")
        if not _same_amount(was.spent, now.spent):
            parts.append(f"spent so far {_amount(was.spent or 0.0)} → {_amount(now.spent or 0.0)}")
        if not parts:
            return
        self.add(
            "cost_line_changed",
            "cost_line",
            now.id,
            f"{self.code}: cost line {_line_words(now)} changed: " + ", ".join(parts) + ".",
            before=was.amount,
            after=now.amount,
            difference=now.amount - was.amount,
            details={
                "description_before": was.description,
                "description_after": now.description,
                "status_before": was.status.value,
                "status_after": now.status.value,
                "source_before": _plain(was.source),
                "source_after": _plain(now.source),
                "payer_before": old_payer,
                "payer_after": payer,
                "spent_before": was.spent,
                "spent_after": now.spent,
            },
        )

    def progress(self) -> None:
        if self.was.progress != self.now.progress:
            self.add(
                "action_progress_changed",
                "action",
                self.now.id,
                f"{self.code} progress changed from {self.was.progress}% to {self.now.progress}%.",
                before=self.was.progress,
                after=self.now.progress,
                difference=float(self.now.progress - self.was.progress),
            )

    def milestones(self) -> None:
        old: dict[int, Milestone] = _by_id(self.was.milestones)
        new: dict[int, Milestone] = _by_id(self.now.milestones)
        order = sorted(set(old) | set(new), key=lambda m: ((new.get(m) or old[m]).date, m))
        for mid in order:
            was, now = old.get(mid), new.get(mid)
            if was is None and now is not None:
                self.add(
                    "milestone_added",
                    "milestone",
                    mid,
                    f"{self.code}: milestone {_quoted(now.title)} on "
                    f"{now.date.isoformat()} was added.",
                    name=now.title,
                    after=now.date.isoformat(),
                    details={"done": now.done},
                )
            elif now is None and was is not None:
                self.add(
                    "milestone_removed",
                    "milestone",
                    mid,
                    f"{self.code}: milestone {_quoted(was.title)} was removed.",
                    name=was.title,
                    before=was.date.isoformat(),
                    details={"done": was.done},
                )
            elif was is not None and now is not None:
                self.milestone_changed(was, now)

    def milestone_changed(self, was: Milestone, now: Milestone) -> None:
        name = f"{self.code}: milestone {_quoted(now.title)}"
        if was.title != now.title:
            self.add(
                "milestone_renamed",
                "milestone",
                now.id,
                f"{self.code}: milestone {_quoted(was.title)} was renamed to {_quoted(now.title)}.",
                name=now.title,
                before=was.title,
                after=now.title,
            )
        if was.date != now.date:
            days = (now.date - was.date).days
            self.add(
                "milestone_moved",
                "milestone",
                now.id,
                f"{name} moved {_days(days)} ({was.date.isoformat()} → {now.date.isoformat()}).",
                name=now.title,
                before=was.date.isoformat(),
                after=now.date.isoformat(),
                days=days,
            )
        if was.done != now.done:
            self.add(
                "milestone_done" if now.done else "milestone_reopened",
                "milestone",
                now.id,
                f"{name} was reached." if now.done else f"{name} is no longer marked reached.",
                name=now.title,
                before=was.done,
                after=now.done,
            )

    def details(self) -> None:
        for name in _ACTION_DETAILS:
            old, new = getattr(self.was, name), getattr(self.now, name)
            if old == new:
                continue
            label = name.replace("_", " ")
            if name in _ACTUAL_WORDS and old is None:
                text = f"{self.code} {_ACTUAL_WORDS[name]} on {_iso(new)}."
            else:
                text = f"{self.code} {label} changed from {_words(old)} to {_words(new)}."
            self.add(
                "action_detail_changed",
                "action",
                self.now.id,
                text,
                before=_plain(old),
                after=_plain(new),
                details={"field": name},
            )


def _delta(old: dt.date | None, new: dt.date | None) -> int | None:
    if old is None or new is None:
        return None
    return (new - old).days


def _date_words(label: str, old: dt.date | None, new: dt.date | None, days: int | None) -> str:
    if old == new:
        return ""
    if old is None:
        return f"{label} set to {_iso(new)}"
    if new is None:
        return f"{label} cleared (was {old.isoformat()})"
    assert days is not None
    return f"{label} moved {_days(days)} ({old.isoformat()} → {new.isoformat()})"


def _partner_values(partner: Partner) -> dict[str, Value]:
    return {
        "organisation_id": partner.organisation_id,
        "contribution": partner.contribution.value,
        "description": partner.description,
    }


def _line_words(line: CostLine) -> str:
    return _quoted(line.description) if line.description else f"#{line.id}"


def _line_values(line: CostLine, payer: str) -> dict[str, Value]:
    return {
        "description": line.description,
        "source": _plain(line.source),
        "status": line.status.value,
        "payer": payer,
    }
