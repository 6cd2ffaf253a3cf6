"""What changed between two snapshots of the same plan, as a list of plain, worded changes.

Records are matched by id. Each change has a stable ``kind`` code and every value
its sentence uses (codes, names, before and after, days, differences), so a
translated sentence can be rebuilt from the data alone; ``text`` is the sentence in the
language asked for (English by default), and ``worded(language)`` gives it in another:
every sentence is kept as a phrase of the phrasebook (``diff_wording``). Values are
JSON-ready: text, numbers, ISO dates, booleans or None.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Any, TypeVar

from cluster_planner.domain.action_plan import DEPENDENCY_WORDS, action_total
from cluster_planner.domain.codes import action_codes, objective_code, objective_numbers
from cluster_planner.domain.diff_wording import (
    Amount,
    Count,
    Day,
    Days,
    Joined,
    Part,
    Phrase,
    Quote,
    Word,
    render,
    say,
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
from cluster_planner.domain.enums import BUILTIN_CATEGORIES, ActionStatus, ContributionKind
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.domain.text import isolate

Value = str | int | float | bool | None
R = TypeVar("R")

NO_ORGANISATION = "— none —"
VISION = Word("Vision")  # the subject of the vision's changes

# Action fields compared one by one as "action_detail_changed" (the others have their own kinds).
_ACTUAL_WORDS = {"actual_start": "started", "actual_end": "finished"}
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
    # The thing the change is about: ("action", id), ("objective", id) or ("vision", 0);
    # ``title`` is that thing's own title (for an action, never a milestone's).
    thing: tuple[str, int] = ("", 0)
    title: str = ""
    # The sentence as a phrase of the phrasebook, to word it in any language, and its two
    # halves: the thing (code and title) and what changed about it.
    phrase: Phrase | None = field(default=None, compare=False, hash=False, repr=False)
    subject: Phrase | Word | None = field(default=None, compare=False, hash=False, repr=False)
    clause: Part | None = field(default=None, compare=False, hash=False, repr=False)

    def worded(self, language: str = "en", missing: set[str] | None = None) -> str:
        """The sentence in ``language`` (en, es, fr; others: English).

        Templates and words the language's phrasebook lacks are added to ``missing``.
        """
        if self.phrase is None:
            return self.text
        return render(self.phrase, language, missing)

    def in_language(self, language: str) -> PlanChange:
        """This change with its sentence in ``language``."""
        return replace(self, text=self.worded(language))

    def what(self, language: str = "en") -> str:
        """What changed, to list under its thing: "status changed from … to …"."""
        if self.clause is None:
            return self.text
        return render(self.clause, language)


def diff_plans(before: PlanSnapshot, after: PlanSnapshot, language: str = "en") -> list[PlanChange]:
    """The changes from ``before`` to ``after``, vision first, then in plan order.

    The sentences are in ``language`` (en, es, fr; English for any other).
    """
    return _Comparison(before, after, language).changes()


@dataclass(frozen=True, slots=True)
class ChangedThing:
    """One thing that changed — an action, an objective or the vision — and its changes."""

    thing: tuple[str, int]
    changes: tuple[PlanChange, ...]

    @property
    def code(self) -> str:
        """The thing's code as the comparison names it (A1.2, Obj3; empty for the vision)."""
        return next((c.code for c in self.changes if c.code), "")

    @property
    def title(self) -> str:
        """The thing's own title (an action's, never one of its milestones')."""
        return next((c.title for c in self.changes if c.title), "")

    def heading(self, language: str = "en") -> str:
        """Its code and its title, once: A1.2 “Joint purchase of leather” (empty for changes
        not told about a thing: their lines are whole sentences)."""
        subject = next((c.subject for c in self.changes if c.subject is not None), None)
        return "" if subject is None else render(subject, language)

    def lines(self, language: str = "en") -> list[str]:
        """What changed about it, one line each, in the order found."""
        return [c.what(language) for c in self.changes]


def changed_things(changes: Iterable[PlanChange]) -> list[ChangedThing]:
    """The changes grouped by the thing they are about, in the order things first appear."""
    groups: dict[object, list[PlanChange]] = {}
    for number, change in enumerate(changes):
        key: object = change.thing if change.thing[0] else ("other", number)
        groups.setdefault(key, []).append(change)
    return [
        ChangedThing(group[0].thing if group[0].thing[0] else ("", 0), tuple(group))
        for group in groups.values()
    ]


def comparison_heading(
    things: Sequence[ChangedThing], first: int, second: int | None, language: str = "en"
) -> str:
    """ "From revision 1 to the current plan: 17 actions and 1 objective changed", counting
    the things that changed, not their fields (the vision, then objectives, then actions)."""
    target = say("the current plan") if second is None else say("revision {number}", number=second)
    if not things:
        return render(
            say("Nothing changed from revision {first} to {target}.", first=first, target=target),
            language,
        )
    kinds = [t.thing[0] for t in things]
    parts: list[Part] = []
    if "vision" in kinds:
        parts.append(say("the vision"))
    for kind in ("objective", "action"):
        if kinds.count(kind):
            parts.append(Count(kinds.count(kind), kind))
    others = len(kinds) - kinds.count("vision") - kinds.count("objective") - kinds.count("action")
    if others:  # changes about no action, objective or vision (none today)
        parts.append(str(others))
    return render(
        say(
            "From revision {first} to {target}: {things} changed",
            first=first,
            target=target,
            things=Joined(tuple(parts), last_and=True),
        ),
        language,
    )


def summary(changes: Iterable[PlanChange]) -> dict[str, int]:
    """How many changes of each kind, in the order the kinds first appear."""
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts


def to_json(changes: Iterable[PlanChange], language: str = "en") -> list[dict[str, Any]]:
    """The changes as JSON-ready dictionaries (dates as ISO strings); ``what`` is the change
    without its thing, ``text`` the whole sentence, in ``language``."""
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
            "thing": {"kind": c.thing[0], "id": c.thing[1]} if c.thing[0] else None,
            "title": c.title,
            "what": c.what(language),
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


def _words(value: object) -> Part:
    """A value as the sentence shows it: vocabulary words (enum codes with spaces), '—'."""
    if isinstance(value, dt.date):
        return Day(value)
    plain = _plain(value)
    if plain is None or plain == "":
        return "—"
    if isinstance(plain, bool):
        return Word("yes" if plain else "no")
    if isinstance(plain, float):
        return Amount(plain)
    if isinstance(value, Enum):
        return Word(str(plain).replace("_", " "))
    if isinstance(plain, str) and plain in BUILTIN_CATEGORIES:
        return Word(plain)
    return str(plain)


def _amount(value: float | None) -> Amount:
    return Amount(value)


def _signed(value: float) -> Amount:
    return Amount(value, signed=True)


def _quoted(text: str) -> Quote:
    return Quote(text)


def _org(name: str) -> Part:
    """An organisation's name as a sentence shows it ('— none —' is a word), isolated."""
    return Word(name) if name == NO_ORGANISATION else isolate(name)


def _subject(code: str, title: str) -> Phrase:
    """A thing as a change names it: its code and its own title."""
    return say("{code} {title}", code=code, title=_quoted(title))


def _change(
    kind: str,
    entity: str,
    entity_id: int,
    subject: Phrase | Word,
    clause: Part,
    **values: Any,
) -> PlanChange:
    """A change told as ``clause`` about ``subject`` (worded when the comparison adds it)."""
    phrase = say("{subject}: {clause}.", subject=subject, clause=clause)
    return PlanChange(
        kind, entity, entity_id, "", phrase=phrase, subject=subject, clause=clause, **values
    )


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

    def __init__(self, before: PlanSnapshot, after: PlanSnapshot, language: str = "en") -> None:
        self.language = language
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
        self.currency = after.profile.currency.strip()
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
        if change.phrase is not None:
            change = replace(change, text=render(change.phrase, self.language))
        self._found.append((key, change))

    # --- names

    def _org_name(self, organisation_id: int | None, *, after: bool) -> str:
        orgs = self.orgs_after if after else self.orgs_before
        if organisation_id is None or organisation_id not in orgs:
            return NO_ORGANISATION
        return orgs[organisation_id].name

    def _objective_code(self, objective_id: int, *, after: bool) -> str:
        numbers = self.numbers_after if after else self.numbers_before
        return objective_code(numbers.get(objective_id, 0), self.language)

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
                    _change(
                        "vision_adopted",
                        "vision",
                        version.id,
                        VISION,
                        say(
                            "version {number} adopted on {date}: {statement}",
                            number=version.number,
                            date=Day(version.adopted_on),
                            statement=_quoted(version.statement),
                        ),
                        thing=("vision", 0),
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
                    _change(
                        "vision_statement_changed",
                        "vision",
                        version.id,
                        VISION,
                        say(
                            "statement of version {number} changed from {before} to {after}",
                            number=version.number,
                            before=_quoted(was.statement),
                            after=_quoted(version.statement),
                        ),
                        thing=("vision", 0),
                        before=was.statement,
                        after=version.statement,
                        details={"number": version.number},
                    ),
                )
        for version in sorted(old.values(), key=lambda v: v.number):
            if version.id not in new:
                self._add(
                    (0, version.number, version.id),
                    _change(
                        "vision_withdrawn",
                        "vision",
                        version.id,
                        VISION,
                        say("version {number} is no longer in the plan", number=version.number),
                        thing=("vision", 0),
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
                    _change(
                        "objective_added",
                        "objective",
                        oid,
                        _subject(code, now.title),
                        say("added"),
                        code=code,
                        thing=("objective", oid),
                        title=now.title,
                        name=now.title,
                        after=now.title,
                    ),
                )
            elif now is None and was is not None:
                code = self._objective_code(oid, after=False)
                self._add(
                    key,
                    _change(
                        "objective_removed",
                        "objective",
                        oid,
                        _subject(code, was.title),
                        say("removed"),
                        code=code,
                        thing=("objective", oid),
                        title=was.title,
                        name=was.title,
                        before=was.title,
                    ),
                )
            elif was is not None and now is not None:
                self._objective_changes(key, was, now)

    def _objective_changes(self, key: tuple[int, ...], was: Objective, now: Objective) -> None:
        code = self._objective_code(now.id, after=True)
        old_code = self._objective_code(was.id, after=False)
        subject = _subject(code, now.title)
        about: dict[str, Any] = {"thing": ("objective", now.id), "title": now.title}
        if old_code != code:
            self._add(
                key,
                _change(
                    "objective_renumbered",
                    "objective",
                    now.id,
                    subject,
                    say("renumbered (was {before})", before=old_code),
                    **about,
                    code=code,
                    name=now.title,
                    before=old_code,
                    after=code,
                ),
            )
        if was.title != now.title:
            self._add(
                key,
                _change(
                    "objective_renamed",
                    "objective",
                    now.id,
                    subject,
                    say("renamed from {before}", before=_quoted(was.title)),
                    **about,
                    code=code,
                    name=now.title,
                    before=was.title,
                    after=now.title,
                ),
            )
        if was.description != now.description:
            self._add(
                key,
                _change(
                    "objective_description_changed",
                    "objective",
                    now.id,
                    subject,
                    say("description changed"),
                    **about,
                    code=code,
                    name=now.title,
                    before=was.description,
                    after=now.description,
                ),
            )
        self._indicators(key, code, None, was.indicators, now.indicators, subject, about)

    def _indicators(
        self,
        key: tuple[int, ...],
        code: str,
        action_id: int | None,
        old_list: Sequence[Indicator],
        new_list: Sequence[Indicator],
        subject: Phrase,
        about: Mapping[str, Any],
    ) -> None:
        old: dict[int, Indicator] = _by_id(old_list)
        new: dict[int, Indicator] = _by_id(new_list)
        for iid in sorted(set(old) | set(new), key=lambda i: _position(new, old, i)):
            was, now = old.get(iid), new.get(iid)
            if was is None and now is not None:
                self._add(
                    key,
                    _change(
                        "indicator_added",
                        "indicator",
                        iid,
                        subject,
                        _indicator_added(now),
                        **about,
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
                    _change(
                        "indicator_removed",
                        "indicator",
                        iid,
                        subject,
                        say("indicator {name} removed", name=_quoted(was.name)),
                        **about,
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
                    _change(
                        "indicator_target_changed",
                        "indicator",
                        iid,
                        subject,
                        say(
                            "target of indicator {name} changed from {before} to {after}",
                            name=_quoted(now.name),
                            before=_target_words(was),
                            after=_target_words(now),
                        ),
                        **about,
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
                    _change(
                        "action_added",
                        "action",
                        action_id,
                        _subject(code, now.title),
                        say("added under {objective}", objective=objective),
                        thing=("action", action_id),
                        title=now.title,
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
                    _change(
                        "action_removed",
                        "action",
                        action_id,
                        _subject(code, was.title),
                        say("removed from the plan"),
                        thing=("action", action_id),
                        title=was.title,
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

    def _action_named(self, action_id: int, *, after: bool) -> tuple[str, str]:
        """(code, title) of an action, as the given side has it (else the other side)."""
        codes = (
            (self.codes_after, self.codes_before)
            if after
            else (self.codes_before, self.codes_after)
        )
        actions = (
            (self.actions_after, self.actions_before)
            if after
            else (self.actions_before, self.actions_after)
        )
        code = codes[0].get(action_id) or codes[1].get(action_id, "?")
        action = actions[0].get(action_id) or actions[1].get(action_id)
        return code, action.title if action is not None else ""

    def _dependency(self, kind: str, dependency: Dependency, *, after: bool, sentence: str) -> None:
        predecessor, successor = self._dependency_codes(dependency, after=after)
        kind_name = Word(DEPENDENCY_WORDS[dependency.kind])
        waits = "now waits for" if sentence == "now waits for" else "no longer waits for"
        lag = ", lag {lag}" if dependency.lag_days else ""
        _, successor_title = self._action_named(dependency.successor_id, after=True)
        _, predecessor_title = self._action_named(dependency.predecessor_id, after=after)
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
            _change(
                kind,
                "dependency",
                dependency.id,
                _subject(
                    self._action_named(dependency.successor_id, after=True)[0], successor_title
                ),
                say(
                    waits + " {predecessor} ({kind" + "}" + lag + ")",
                    predecessor=_subject(predecessor, predecessor_title),
                    kind=kind_name,
                    lag=Days(dependency.lag_days, always_plural=True),
                ),
                thing=("action", dependency.successor_id),
                title=successor_title,
                code=successor,
                action_id=dependency.successor_id,
                before=None if after else dependency.kind.value,
                after=dependency.kind.value if after else None,
                details=values,
            ),
        )

    def _dependency_changed(self, was: Dependency, now: Dependency) -> None:
        predecessor, successor = self._dependency_codes(now, after=True)
        _, successor_title = self._action_named(now.successor_id, after=True)
        _, predecessor_title = self._action_named(now.predecessor_id, after=True)
        self._add(
            (*self._action_key(now.successor_id), 1),
            _change(
                "dependency_changed",
                "dependency",
                now.id,
                _subject(successor, successor_title),
                say(
                    "waits for {predecessor} differently: "
                    "{kind_before}, lag {lag_before} → {kind_after}, lag {lag_after}",
                    predecessor=_subject(predecessor, predecessor_title),
                    kind_before=Word(DEPENDENCY_WORDS[was.kind]),
                    lag_before=Days(was.lag_days, always_plural=True),
                    kind_after=Word(DEPENDENCY_WORDS[now.kind]),
                    lag_after=Days(now.lag_days, always_plural=True),
                ),
                thing=("action", now.successor_id),
                title=successor_title,
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


def _target_words(indicator: Indicator) -> Phrase:
    if indicator.target_value is None and indicator.target_date is None:
        return say("no target")
    value = _amount(indicator.target_value)
    unit = " {unit}" if indicator.unit else ""
    if indicator.target_date is None:
        return say("{value}" + unit, value=value, unit=indicator.unit)
    return say(
        "{value}" + unit + " by {date}",
        value=value,
        unit=indicator.unit,
        date=Day(indicator.target_date),
    )


def _indicator_added(indicator: Indicator) -> Phrase:
    if indicator.target_value is None and indicator.target_date is None:
        return say("indicator {name} added", name=_quoted(indicator.name))
    return say(
        "indicator {name} added with target {target}",
        name=_quoted(indicator.name),
        target=_target_words(indicator),
    )


class _ActionComparison:
    """The changes of one action found in both snapshots."""

    def __init__(self, plan: _Comparison, key: tuple[int, ...], was: Action, now: Action) -> None:
        self.plan = plan
        self.key = key
        self.was = was
        self.now = now
        self.code = plan.codes_after[now.id]
        self.old_code = plan.codes_before[was.id]
        self.subject = _subject(self.code, now.title)

    def money(self, value: float | None, *, signed: bool = False) -> Amount:
        """An amount of the plan's money, in its currency."""
        return Amount(value, signed=signed, currency=self.plan.currency)

    def contribution(self, partner: Partner) -> Amount:
        """What a partner brings: money in the currency, or a number of staff days."""
        if partner.contribution is ContributionKind.STAFF_DAYS:
            return Amount(partner.amount)
        return self.money(partner.amount)

    def add(self, kind: str, entity: str, entity_id: int, clause: Part, **values: Any) -> None:
        values.setdefault("name", self.now.title)
        self.plan._add(
            self.key,
            _change(
                kind,
                entity,
                entity_id,
                self.subject,
                clause,
                code=self.code,
                action_id=self.now.id,
                thing=("action", self.now.id),
                title=self.now.title,
                **values,
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
            self.key,
            self.code,
            self.now.id,
            self.was.indicators,
            self.now.indicators,
            self.subject,
            {"thing": ("action", self.now.id), "title": self.now.title},
        )
        self.details()

    def status(self) -> None:
        was, now = self.was.status, self.now.status
        if was is now:
            return
        values: dict[str, Any] = {"before": was.value, "after": now.value}
        if now is ActionStatus.DROPPED:
            reason = self.now.drop_reason.strip()
            self.add(
                "action_dropped",
                "action",
                self.now.id,
                say("dropped (reason: {reason})", reason=reason.rstrip("."))
                if reason
                else say("dropped"),
                reason=reason,
                **values,
            )
        elif was is ActionStatus.DROPPED:
            self.add(
                "action_restored",
                "action",
                self.now.id,
                say("taken up again (now {status})", status=_words(now)),
                **values,
            )
        else:
            self.add(
                "action_status_changed",
                "action",
                self.now.id,
                say(
                    "status changed from {before} to {after}", before=_words(was), after=_words(now)
                ),
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
                say(
                    "moved from {objective_before} to {objective_after} (was {before})",
                    before=self.old_code,
                    objective_before=old_objective,
                    objective_after=new_objective,
                ),
                before=self.old_code,
                after=self.code,
                details={"objective_before": old_objective, "objective_after": new_objective},
            )
        elif self.old_code != self.code:
            self.add(
                "action_renumbered",
                "action",
                self.now.id,
                say("renumbered (was {before})", before=self.old_code),
                before=self.old_code,
                after=self.code,
            )

    def title(self) -> None:
        if self.was.title != self.now.title:
            self.add(
                "action_renamed",
                "action",
                self.now.id,
                say("renamed from {before}", before=_quoted(self.was.title)),
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
            Joined(tuple(p for p in parts if p is not None), semicolons=True),
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
            say("lead changed from {before} to {after}", before=_org(old), after=_org(new)),
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
                    say(
                        "{name} joined as a partner ({contribution}, {amount})",
                        name=_org(name),
                        contribution=_words(now.contribution),
                        amount=self.contribution(now),
                    ),
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
                    say("{name} is no longer a partner", name=_org(name)),
                    name=name,
                    before=was.amount,
                    details=_partner_values(was),
                )
            elif was is not None and now is not None:
                self.partner_changed(was, now)

    def partner_changed(self, was: Partner, now: Partner) -> None:
        old_name = self.plan._org_name(was.organisation_id, after=False)
        name = self.plan._org_name(now.organisation_id, after=True)
        parts: list[Part] = []
        if was.organisation_id != now.organisation_id:
            parts.append(say("partner {before} → {after}", before=_org(old_name), after=_org(name)))
        if was.contribution is not now.contribution:
            parts.append(
                say(
                    "contribution {before} → {after}",
                    before=_words(was.contribution),
                    after=_words(now.contribution),
                )
            )
        if not _same_amount(was.amount, now.amount):
            parts.append(
                say(
                    "amount {before} → {after}",
                    before=self.contribution(was),
                    after=self.contribution(now),
                )
            )
        if was.description != now.description:
            parts.append(say("description changed"))
        if not parts:
            return
        difference = None if was.amount is None or now.amount is None else now.amount - was.amount
        self.add(
            "partner_changed",
            "partner",
            now.id,
            say("partner {name} changed: {changes}", name=_org(name), changes=Joined(tuple(parts))),
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
            say(
                "budget changed from {before} to {after} ({difference})",
                before=self.money(old),
                after=self.money(new),
                difference=self.money(new - old, signed=True),
            ),
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
                    say(
                        "cost line {line} of {amount} added ({status})",
                        line=_line_words(now),
                        amount=self.money(now.amount),
                        status=_words(now.status),
                    ),
                    after=now.amount,
                    details=_line_values(now, payer),
                )
            elif now is None and was is not None:
                payer = self.plan._org_name(was.organisation_id, after=False)
                self.add(
                    "cost_line_removed",
                    "cost_line",
                    cid,
                    say(
                        "cost line {line} of {amount} removed",
                        line=_line_words(was),
                        amount=self.money(was.amount),
                    ),
                    before=was.amount,
                    details=_line_values(was, payer),
                )
            elif was is not None and now is not None:
                self.cost_line_changed(was, now)

    def cost_line_changed(self, was: CostLine, now: CostLine) -> None:
        old_payer = self.plan._org_name(was.organisation_id, after=False)
        payer = self.plan._org_name(now.organisation_id, after=True)
        parts: list[Part] = []
        if not _same_amount(was.amount, now.amount):
            parts.append(
                say(
                    "amount {before} → {after}",
                    before=self.money(was.amount),
                    after=self.money(now.amount),
                )
            )
        if was.status is not now.status:
            parts.append(
                say(
                    "status {before} → {after}",
                    before=_words(was.status),
                    after=_words(now.status),
                )
            )
        if was.source != now.source:
            parts.append(
                say(
                    "source {before} → {after}",
                    before=_words(was.source),
                    after=_words(now.source),
                )
            )
        if was.organisation_id != now.organisation_id:
            parts.append(
                say("paid by {before} → {after}", before=_org(old_payer), after=_org(payer))
            )
        if was.description != now.description:
            parts.append(say("description changed"))
        if not _same_amount(was.spent, now.spent):
            parts.append(
                say(
                    "spent so far {before} → {after}",
                    before=self.money(was.spent or 0.0),
                    after=self.money(now.spent or 0.0),
                )
            )
        if not parts:
            return
        self.add(
            "cost_line_changed",
            "cost_line",
            now.id,
            say(
                "cost line {line} changed: {changes}",
                line=_line_words(now),
                changes=Joined(tuple(parts)),
            ),
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
                say(
                    "progress changed from {before}\u00a0% to {after}\u00a0%",
                    before=self.was.progress,
                    after=self.now.progress,
                ),
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
                    say(
                        "milestone {title} on {date} added",
                        title=_quoted(now.title),
                        date=Day(now.date),
                    ),
                    name=now.title,
                    after=now.date.isoformat(),
                    details={"done": now.done},
                )
            elif now is None and was is not None:
                self.add(
                    "milestone_removed",
                    "milestone",
                    mid,
                    say("milestone {title} removed", title=_quoted(was.title)),
                    name=was.title,
                    before=was.date.isoformat(),
                    details={"done": was.done},
                )
            elif was is not None and now is not None:
                self.milestone_changed(was, now)

    def milestone_changed(self, was: Milestone, now: Milestone) -> None:
        title = _quoted(now.title)
        if was.title != now.title:
            self.add(
                "milestone_renamed",
                "milestone",
                now.id,
                say(
                    "milestone {before} renamed to {after}",
                    before=_quoted(was.title),
                    after=title,
                ),
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
                say(
                    "milestone {title} moved {days} "
                    + ("later" if days > 0 else "earlier")
                    + " ({before} → {after})",
                    title=title,
                    days=Days(days),
                    before=Day(was.date),
                    after=Day(now.date),
                ),
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
                say(
                    "milestone {title} reached"
                    if now.done
                    else "milestone {title} no longer marked reached",
                    title=title,
                ),
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
                text = say(
                    _ACTUAL_WORDS[name] + " on {date}",
                    date=Day(new) if new is not None else "—",
                )
            else:
                text = say(
                    "{field} changed from {before} to {after}",
                    field=Word(label),
                    before=_words(old),
                    after=_words(new),
                )
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


def _date_words(
    label: str, old: dt.date | None, new: dt.date | None, days: int | None
) -> Phrase | None:
    if old == new:
        return None
    if old is None:
        assert new is not None
        return say(label + " set to {date}", date=Day(new))
    if new is None:
        return say(label + " cleared (was {date})", date=Day(old))
    assert days is not None
    direction = "later" if days > 0 else "earlier"
    return say(
        label + " moved {days} " + direction + " ({before} → {after})",
        days=Days(days),
        before=Day(old),
        after=Day(new),
    )


def _partner_values(partner: Partner) -> dict[str, Value]:
    return {
        "organisation_id": partner.organisation_id,
        "contribution": partner.contribution.value,
        "description": partner.description,
    }


def _line_words(line: CostLine) -> Part:
    return _quoted(line.description) if line.description else f"#{line.id}"


def _line_values(line: CostLine, payer: str) -> dict[str, Value]:
    return {
        "description": line.description,
        "source": _plain(line.source),
        "status": line.status.value,
        "payer": payer,
    }
