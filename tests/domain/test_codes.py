"""One code scheme: stored numbers, the language's letters, no two kinds sharing letters."""

from __future__ import annotations

import pytest

from cluster_planner.domain.codes import (
    LANGUAGES,
    action_code,
    code_sort_key,
    item_codes,
    letters,
    objective_codes,
    option_codes,
    prefix,
)
from cluster_planner.domain.entities import Objective, StrategicOption, SwotItem
from cluster_planner.domain.enums import ItemStatus, OptionKind, Quadrant


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_kinds_share_letters_in_any_language(language: str) -> None:
    """Quadrants, option kinds, objectives and actions each have letters of their own."""
    scheme = letters(language)
    prefixes = [
        *scheme.quadrants.values(),
        *scheme.options.values(),
        scheme.objective,
        scheme.action,
    ]
    assert len(set(prefixes)) == len(prefixes) == 10
    # As written: a code's letters are read back as that kind's letters.
    assert prefix(action_code(4, 2, language)) == scheme.action
    assert all(p.isalpha() for p in prefixes)


def test_the_letters_are_the_languages_own() -> None:
    """SWOT in English, FODA in Spanish, FFOM in French; options pair them."""
    assert letters("en").quadrants[Quadrant.THREAT] == "T"
    assert letters("es").quadrants[Quadrant.STRENGTH] == "F"
    assert letters("es").quadrants[Quadrant.WEAKNESS] == "D"
    assert letters("es").options[OptionKind.WT] == "DA"
    assert letters("fr").quadrants[Quadrant.THREAT] == "M"
    assert letters("fr").options[OptionKind.SO] == "FoO"
    assert letters("xx") == letters("en")
    assert [letters(lang).swot for lang in LANGUAGES] == ["SWOT", "FODA", "FFOM"]


def test_stored_numbers_make_the_codes_whatever_the_order() -> None:
    """A card's code is its stored number: position and status do not change it."""
    items = [
        SwotItem(1, Quadrant.STRENGTH, "a", position=5, number=2),
        SwotItem(2, Quadrant.STRENGTH, "b", position=0, number=7, status=ItemStatus.MERGED),
        SwotItem(3, Quadrant.THREAT, "c", position=1, number=1),
    ]
    assert item_codes(items) == {1: "S2", 2: "S7", 3: "T1"}
    assert item_codes(items, "es") == {1: "F2", 2: "F7", 3: "Am1"}
    assert item_codes(items, "fr") == {1: "Fo2", 2: "Fo7", 3: "M1"}


def test_records_without_a_number_follow_in_board_order() -> None:
    """Older records (number 0) take the spare numbers: board cards first, then the others."""
    items = [
        SwotItem(1, Quadrant.WEAKNESS, "kept", number=1),
        SwotItem(2, Quadrant.WEAKNESS, "merged", position=0, status=ItemStatus.MERGED),
        SwotItem(3, Quadrant.WEAKNESS, "second", position=4),
        SwotItem(4, Quadrant.WEAKNESS, "first", position=2),
    ]
    assert item_codes(items) == {1: "W1", 4: "W2", 3: "W3", 2: "W4"}
    options = [
        StrategicOption(1, OptionKind.SO, "x", position=2),
        StrategicOption(2, OptionKind.SO, "y", position=1, number=1),
        StrategicOption(3, OptionKind.WT, "z", position=1),
    ]
    assert option_codes(options) == {1: "SO2", 2: "SO1", 3: "WT1"}
    assert option_codes(options, "es") == {1: "FO2", 2: "FO1", 3: "DA1"}
    objectives = [Objective(1, "a", position=1), Objective(2, "b", position=0, number=1)]
    assert objective_codes(objectives) == {1: "Obj2", 2: "Obj1"}


def test_codes_sort_by_their_numbers() -> None:
    """S2 comes before S10, A1.2 before A1.10."""
    codes = ["S10", "S2", "A1.10", "A1.2", "Obj3"]
    assert sorted(codes, key=code_sort_key) == ["A1.2", "A1.10", "Obj3", "S2", "S10"]
