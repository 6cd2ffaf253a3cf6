"""What a record of the plan may hold: the one home of the rules an edit and a snapshot meet.

The services check every record a person enters with ``check_record`` (through
``services.document_core.validated_entity``), and reading a snapshot checks every record
it holds with the same function, so what the interface refuses, ``new --from`` refuses.
A rule raises ``ValidationError(field, problem)``: the problem is a fixed phrase the
interface translates; ``found`` carries the value for a file's reader.

Rules that need the rest of the plan (a lead organisation that exists, a dependency
that closes no loop, numbers unique under an objective) live where the rest of the plan
is: in the services for edits and in ``domain/snapshot.py`` for snapshots. Values the app
itself can come to hold later (an option whose SWOT cards were deleted since) are not
refused here, so a plan's dump always loads again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
import types
import typing
from collections.abc import Callable
from typing import Any, cast

from cluster_planner.domain.entities import (
    Action,
    BaselineFigure,
    ClusterProfile,
    CostLine,
    Dependency,
    Indicator,
    Meeting,
    Milestone,
    Objective,
    Organisation,
    Partner,
    Person,
    ProgressEntry,
    StrategicOption,
    SwotItem,
    Tally,
    VisionDraft,
    VisionElement,
    VisionVersion,
    VotingRound,
)
from cluster_planner.domain.enums import ItemStatus
from cluster_planner.domain.errors import ValidationError

EARLIEST = dt.date(1900, 1, 1)  # dates a plan may hold: the date fields' own range
LATEST = dt.date(2199, 12, 31)
YEARS = range(EARLIEST.year, LATEST.year + 1)  # a planning horizon's or a vision's year
LARGEST_NUMBER = 1e15  # money and figures: beyond any cluster's budget, exact in a float
LARGEST_WHOLE = 2**53  # counts, numbers and ids: exact in JSON and in the file
PERCENT = range(0, 101)
RATING = range(1, 6)  # impact and effort: 1 (low) to 5 (high)
LONGEST_LAG = 3650  # days a dependency may add or take (ten years)
# Control characters other than tab, line feed and carriage return: invisible, and
# refused by the documents' formats.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

Rule = Callable[[Any], None]


def check_record(record: Any) -> None:
    """Raise ValidationError for the first field of ``record`` that breaks a rule.

    Every text, date, number and whole number of every record is checked for what any
    field of its kind may hold; then the record's own rules run.
    """
    for name, kind in _kinds(cast(Any, type(record))):
        value = getattr(record, name)
        if value is None:
            continue
        for item in value if isinstance(value, tuple) else (value,):
            _check_kind(name, kind, item)
    rule = _RULES.get(type(record))
    if rule is not None:
        rule(record)


def _check_kind(name: str, kind: type, value: Any) -> None:
    if kind is str:
        if _CONTROL.search(value):
            raise ValidationError(name, "must not hold control characters", found=value)
    elif kind is dt.date:
        if not EARLIEST <= value <= LATEST:
            raise ValidationError(name, "must be a date from 1900 to 2199", found=value)
    elif kind is float:
        if not -LARGEST_NUMBER <= value <= LARGEST_NUMBER:
            raise ValidationError(name, "is too large", found=value)
    elif kind is int and not -LARGEST_WHOLE <= value <= LARGEST_WHOLE:
        raise ValidationError(name, "is too large", found=value)


@functools.cache
def _kinds(cls: Any) -> tuple[tuple[str, type], ...]:
    """(field, plain kind) for the fields of ``cls`` holding text, dates or numbers."""
    hints = typing.get_type_hints(cls)
    kinds = []
    for f in dataclasses.fields(cls):
        annotation = hints[f.name]
        if typing.get_origin(annotation) in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        if typing.get_origin(annotation) is tuple:
            annotation = typing.get_args(annotation)[0]
        if annotation in (str, dt.date, float, int):
            kinds.append((f.name, annotation))
    return tuple(kinds)


# --- each kind of record ------------------------------------------------------------------


def _named(record: Any, name: str = "name") -> None:
    if not getattr(record, name).strip():
        raise ValidationError(name, "must not be empty")


def _not_negative(record: Any, *names: str) -> None:
    for name in names:
        value = getattr(record, name)
        if value is not None and value < 0:
            raise ValidationError(name, "must not be negative", found=value)


def _percent(record: Any, name: str = "progress") -> None:
    value = getattr(record, name)
    if value is not None and value not in PERCENT:
        raise ValidationError(name, "is a percentage from 0 to 100", found=value)


def _actual_dates(record: Any) -> None:
    start, end = record.actual_start, record.actual_end
    if start is not None and end is not None and end < start:
        raise ValidationError("actual_end", "must not be before the actual start", found=end)


def _profile(profile: ClusterProfile) -> None:
    for name in ("horizon_start", "horizon_end"):
        year = getattr(profile, name)
        if year is not None and year not in YEARS:
            raise ValidationError(name, "must be a year from 1900 to 2199", found=year)
    start, end = profile.horizon_start, profile.horizon_end
    if start is not None and end is not None and end < start:
        raise ValidationError("horizon_end", "the planning horizon ends before it starts")
    currency = profile.currency
    if len(currency) != 3 or not (currency.isascii() and currency.isalpha()):
        raise ValidationError(
            "currency", "must be a three-letter ISO 4217 code such as USD", found=currency
        )


def _baseline_figure(figure: BaselineFigure) -> None:
    _not_negative(figure, "value")


def _swot_item(item: SwotItem) -> None:
    _named(item, "statement")
    merged = item.status is ItemStatus.MERGED
    if merged and item.merged_into_id is None:
        raise ValidationError("merged_into_id", "must name the card it was merged into")
    if not merged and item.merged_into_id is not None:
        raise ValidationError("status", "must be merged for a card merged into another")
    if item.merged_into_id is not None and item.merged_into_id == item.id:
        raise ValidationError("merged_into_id", "cannot name the card itself")


def _voting_round(voting_round: VotingRound) -> None:
    _named(voting_round, "title")
    if voting_round.dots_per_voter < 1:
        raise ValidationError(
            "dots_per_voter",
            "each voter needs at least one dot",
            found=voting_round.dots_per_voter,
        )
    _not_negative(voting_round, "voters")


def _option(option: StrategicOption) -> None:
    _named(option, "statement")
    for name in ("impact", "effort"):
        value = getattr(option, name)
        if value is not None and value not in RATING:
            raise ValidationError(name, "rate it from 1 (low) to 5 (high)", found=value)


def _draft(draft: VisionDraft) -> None:
    _named(draft, "title")
    _named(draft, "statement")
    _not_negative(draft, "votes")
    if draft.horizon_year is not None and draft.horizon_year not in YEARS:
        raise ValidationError(
            "horizon_year", "must be a year from 1900 to 2199", found=draft.horizon_year
        )


def _version(version: VisionVersion) -> None:
    _named(version, "statement")
    _not_negative(version, "number")  # 0 until the plan numbers it; a snapshot's are 1, 2 …
    if version.next_review is not None and version.next_review <= version.adopted_on:
        raise ValidationError("next_review", "the next review comes after the adoption")
    _not_negative(version, "votes_for", "votes_against", "abstentions")


def _indicator(indicator: Indicator) -> None:
    _named(indicator)
    baseline, target = indicator.baseline_date, indicator.target_date
    if baseline is not None and target is not None and target <= baseline:
        raise ValidationError("target_date", "the target date comes after the baseline date")


def _objective(objective: Objective) -> None:
    _named(objective, "title")
    _not_negative(objective, "number")


def _action(action: Action) -> None:
    _named(action, "title")
    _not_negative(action, "number")
    start, end = action.start_date, action.end_date
    if start is not None and end is not None and end < start:
        raise ValidationError("end_date", "comes before the start", found=end)
    _percent(action)
    _not_negative(
        action,
        "beneficiary_firms",
        "beneficiary_women",
        "beneficiary_youth",
        "beneficiary_poor_households",
    )
    _actual_dates(action)


def _progress_entry(entry: ProgressEntry) -> None:
    _percent(entry)
    _actual_dates(entry)


def _dependency(dependency: Dependency) -> None:
    # An action waiting for itself is a loop: refused as one (DependencyCycle, or the
    # snapshot's check of loops), naming the action.
    if abs(dependency.lag_days) > LONGEST_LAG:
        raise ValidationError("lag_days", "must be within ten years", found=dependency.lag_days)


_RULES: dict[type[Any], Rule] = {
    ClusterProfile: _profile,
    BaselineFigure: _baseline_figure,
    Organisation: _named,
    Person: _named,
    Meeting: lambda meeting: _named(meeting, "title"),
    SwotItem: _swot_item,
    Tally: lambda tally: _not_negative(tally, "count"),
    VotingRound: _voting_round,
    StrategicOption: _option,
    VisionElement: _named,
    VisionDraft: _draft,
    VisionVersion: _version,
    Indicator: _indicator,
    Objective: _objective,
    Partner: lambda partner: _not_negative(partner, "amount"),
    Milestone: lambda milestone: _named(milestone, "title"),
    CostLine: lambda line: _not_negative(line, "amount", "spent"),
    ProgressEntry: _progress_entry,
    Action: _action,
    Dependency: _dependency,
}
