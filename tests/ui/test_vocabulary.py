"""The labels of the domain's words: one per value, distinct within a list, in every language."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from enum import Enum

import pytest

from cluster_planner.domain import enums
from cluster_planner.domain.enums import DecisionRule, FundingSource, MeetingType, StakeholderType
from cluster_planner.ui.i18n import LANGUAGES
from cluster_planner.ui.vocabulary import choices, label

VOCABULARIES = [
    member
    for _, member in inspect.getmembers(enums, inspect.isclass)
    if issubclass(member, Enum) and member.__module__ == enums.__name__
]


def test_every_vocabulary_of_the_domain_is_covered() -> None:
    assert len(VOCABULARIES) >= 17


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_value_has_its_own_label_in_every_language(
    speak: Callable[[str], None], language: str
) -> None:
    """Each value of each list has a label, and no two values of one list share it."""
    speak(language)
    for vocabulary in VOCABULARIES:
        labels = [label(value) for value in vocabulary]
        assert all(text.strip() for text in labels), vocabulary.__name__
        assert len(set(labels)) == len(labels), f"{vocabulary.__name__}: {labels}"
        assert [text for text, _ in choices(vocabulary)] == labels


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ("Other meeting", "Other rule", "Other source", "Donor / international org")),
        ("es", ("Otra reunión", "Otra regla", "Otra fuente", "Donante / organismo internac")),
    ],
)
def test_values_with_the_same_code_in_different_lists_keep_their_own_label(
    speak: Callable[[str], None], language: str, expected: tuple[str, ...]
) -> None:
    """ "other" as a meeting type is not "Other source"; "donor" as a stakeholder is not "Donor"."""
    speak(language)
    assert (
        label(MeetingType.OTHER),
        label(DecisionRule.OTHER),
        label(FundingSource.OTHER),
        label(StakeholderType.DONOR)[: len(expected[3])],
    ) == expected
    assert label(FundingSource.DONOR) != label(StakeholderType.DONOR)


def _fields_named_by_the_core() -> set[str]:
    """The fields the core names to the person: in its refusals (ValidationError("field",
    …)) and in the plan checks' "to fix" field (PlanWarning's fifth argument)."""
    import ast
    from pathlib import Path

    import cluster_planner

    root = Path(cluster_planner.__file__).parent
    fields: set[str] = set()
    for folder in ("domain", "services"):
        for path in (root / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                position = {"ValidationError": 0, "PlanWarning": 4}.get(node.func.id)
                arguments = list(node.args)
                if position is None or len(arguments) <= position:
                    continue
                named = arguments[position]
                if isinstance(named, ast.Constant) and isinstance(named.value, str) and named.value:
                    fields.add(named.value)
    return fields


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_field_the_core_names_has_a_label(
    speak: Callable[[str], None], language: str
) -> None:
    """No "Para corregir: Cost lines": each field a refusal or a plan check names is worded."""
    from cluster_planner.ui.vocabulary import field_labels

    fields = _fields_named_by_the_core()
    assert {"cost_lines", "lead_id", "currency", "language"} <= fields
    speak(language)
    labels = field_labels()
    assert sorted(fields - set(labels)) == []
