"""The codes of a plan's records: one scheme, used by the screen, the documents, the
comparison of revisions and the command line alike.

A code is letters and a stored number: S3 (a strength), SO2 (an option), Obj4 (an
objective), A4.2 (the second action of objective 4). The number is assigned once, when
the record is made (the next free number in its quadrant, kind or objective), and kept:
revealing a vote, moving a card on the board or reordering options never changes a code,
so a printed roadmap's "W2" names the same weakness months later. Moving a card to
another quadrant (or an option to another kind, an action to another objective) gives it
the next free number there. Records from before numbers were stored (number 0) are
numbered here after the numbered ones, in their board order.

The letters are the language's: SWOT in English (S, W, O, T), FODA in Spanish (F, D, O,
Am), FFOM in French (Fo, Fa, O, M), and the options pair them (SO, FO, FoO …).
Objectives are "Obj" and actions "A" in every language, so no two kinds of record share
letters in any language: Opportunity 1 is O1, Objective 1 is Obj1, Spanish Amenaza 1 is
Am1 and action 1.1 is A1.1.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from cluster_planner.domain.entities import Action, Objective, StrategicOption, SwotItem
from cluster_planner.domain.enums import ItemStatus, OptionKind, Quadrant


@dataclass(frozen=True, slots=True)
class Letters:
    """The letters of one language's codes."""

    swot: str  # the analysis's own name: SWOT, FODA, FFOM
    quadrants: Mapping[Quadrant, str]
    options: Mapping[OptionKind, str]
    objective: str
    action: str


_S, _W, _O, _T = Quadrant.STRENGTH, Quadrant.WEAKNESS, Quadrant.OPPORTUNITY, Quadrant.THREAT
_SO, _ST, _WO, _WT = OptionKind.SO, OptionKind.ST, OptionKind.WO, OptionKind.WT

LETTERS: Mapping[str, Letters] = {
    "en": Letters(
        "SWOT",
        {_S: "S", _W: "W", _O: "O", _T: "T"},
        {_SO: "SO", _ST: "ST", _WO: "WO", _WT: "WT"},
        "Obj",
        "A",
    ),
    # Fortalezas, Debilidades, Oportunidades, Amenazas ("A" is an action's).
    "es": Letters(
        "FODA",
        {_S: "F", _W: "D", _O: "O", _T: "Am"},
        {_SO: "FO", _ST: "FA", _WO: "DO", _WT: "DA"},
        "Obj",
        "A",
    ),
    # Forces, Faiblesses, Opportunités, Menaces.
    "fr": Letters(
        "FFOM",
        {_S: "Fo", _W: "Fa", _O: "O", _T: "M"},
        {_SO: "FoO", _ST: "FoM", _WO: "FaO", _WT: "FaM"},
        "Obj",
        "A",
    ),
}
LANGUAGES = tuple(LETTERS)


def letters(language: str) -> Letters:
    """The letters of ``language`` (en, es, fr; any other: English)."""
    return LETTERS.get(language, LETTERS["en"])


# --- numbers ------------------------------------------------------------------------------


class _Numbered(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def number(self) -> int: ...
    @property
    def position(self) -> int: ...


N = TypeVar("N", bound=_Numbered)


def _numbered(
    records: Iterable[N],
    group: Callable[[N], Hashable],
    order: Callable[[N], tuple[int, ...]] = lambda r: (r.position,),
) -> dict[int, int]:
    """Each record's number within its group: the stored one, else the next spare one.

    Records without a number (0) are numbered after the others of their group, in the
    ``order`` given (then by id), skipping numbers in use.
    """
    groups: dict[Hashable, list[N]] = {}
    for record in records:
        groups.setdefault(group(record), []).append(record)
    numbers: dict[int, int] = {}
    for members in groups.values():
        used = {r.number for r in members if r.number}
        spare = 1
        for record in sorted(members, key=lambda r: (*order(r), r.id)):
            number = record.number
            if not number:
                while spare in used:
                    spare += 1
                number = spare
                used.add(number)
            numbers[record.id] = number
    return numbers


def item_numbers(items: Iterable[SwotItem]) -> dict[int, int]:
    """Each SWOT item's number in its quadrant (the 3 of S3).

    Unnumbered items (from before numbers were stored) follow in board order, the cards
    on the board before merged and dropped ones.
    """
    return _numbered(
        items,
        lambda i: i.quadrant,
        lambda i: (i.status is not ItemStatus.ACTIVE, i.position),
    )


def option_numbers(options: Iterable[StrategicOption]) -> dict[int, int]:
    """Each strategic option's number in its kind (the 2 of SO2)."""
    return _numbered(options, lambda o: o.kind)


def objective_numbers(objectives: Iterable[Objective]) -> dict[int, int]:
    """Each objective's number (the 4 of Obj4 and of A4.2)."""
    return _numbered(objectives, lambda o: 0)


def next_number(numbers: Iterable[int]) -> int:
    """The number a new record of a group gets: one more than the highest in use."""
    return max(numbers, default=0) + 1


# --- codes --------------------------------------------------------------------------------


def item_code(quadrant: Quadrant, number: int, language: str = "en") -> str:
    """A SWOT item's code: S3, F3, Fo3 …"""
    return f"{letters(language).quadrants[quadrant]}{number}"


def option_code(kind: OptionKind, number: int, language: str = "en") -> str:
    """A strategic option's code: SO2, FO2, FoO2 …"""
    return f"{letters(language).options[kind]}{number}"


def objective_code(number: int, language: str = "en") -> str:
    """An objective's code: Obj4."""
    return f"{letters(language).objective}{number}"


def action_code(objective_number: int, number: int, language: str = "en") -> str:
    """An action's code: A4.2, the second action of objective 4."""
    return f"{letters(language).action}{objective_number}.{number}"


def item_codes(items: Iterable[SwotItem], language: str = "en") -> dict[int, str]:
    """Every SWOT item's code by id (merged and dropped items keep theirs)."""
    items = list(items)
    numbers = item_numbers(items)
    return {i.id: item_code(i.quadrant, numbers[i.id], language) for i in items}


def option_codes(options: Iterable[StrategicOption], language: str = "en") -> dict[int, str]:
    """Every strategic option's code by id."""
    options = list(options)
    numbers = option_numbers(options)
    return {o.id: option_code(o.kind, numbers[o.id], language) for o in options}


def objective_codes(objectives: Iterable[Objective], language: str = "en") -> dict[int, str]:
    """Every objective's code by id."""
    return {oid: objective_code(n, language) for oid, n in objective_numbers(objectives).items()}


def action_codes(
    objectives: Iterable[Objective], actions: Iterable[Action], language: str = "en"
) -> dict[int, str]:
    """Every action's code by id (A1.2)."""
    numbers = objective_numbers(objectives)
    return {a.id: action_code(numbers.get(a.objective_id, 0), a.number, language) for a in actions}


@dataclass(frozen=True, slots=True)
class PlanCodes:
    """The codes of every coded record of a plan, in one language, by id."""

    language: str = "en"
    items: Mapping[int, str] = field(default_factory=dict)
    options: Mapping[int, str] = field(default_factory=dict)
    objectives: Mapping[int, str] = field(default_factory=dict)
    actions: Mapping[int, str] = field(default_factory=dict)


def plan_codes(
    language: str = "en",
    *,
    items: Iterable[SwotItem] = (),
    options: Iterable[StrategicOption] = (),
    objectives: Iterable[Objective] = (),
    actions: Iterable[Action] = (),
) -> PlanCodes:
    """The codes of the records given, in ``language``."""
    objectives = list(objectives)
    return PlanCodes(
        language,
        item_codes(items, language),
        option_codes(options, language),
        objective_codes(objectives, language),
        action_codes(objectives, actions, language),
    )


def code_sort_key(code: str) -> tuple[str, tuple[int, ...]]:
    """Orders codes by their letters, then numerically (S2 before S10, A1.2 before A1.10)."""
    match = _CODE.fullmatch(code)
    if match is None:
        return code, ()
    return match.group(1), tuple(int(n) for n in match.group(2).split("."))


def prefix(code: str) -> str:
    """The letters of a code: "Obj" of Obj4, "A" of A4.2."""
    match = _CODE.fullmatch(code)
    return match.group(1) if match else code


_CODE = re.compile(r"(\D*)(\d+(?:\.\d+)*)")
