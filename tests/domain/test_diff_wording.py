"""The comparison in Spanish and French: every sentence translated, placeholders kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cluster_planner.domain.diff import PlanChange, diff_plans
from cluster_planner.domain.diff_wording import EN, ES, FR, Quote, keys, placeholders, render, say
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Dependency,
    Indicator,
    Milestone,
    Objective,
    Partner,
    VisionVersion,
)
from cluster_planner.domain.enums import (
    ActionStatus,
    ContributionKind,
    DependencyKind,
    FundingSource,
    FundingStatus,
    Horizon,
    NetworkType,
)
from cluster_planner.domain.snapshot import PlanSnapshot
from tests.domain.test_diff import (
    BASE,
    FAIR,
    ORGS,
    PURCHASE,
    TARGET,
    TRAINING,
    VISION,
    D,
    with_action,
)


def _pairs() -> list[tuple[PlanSnapshot, PlanSnapshot]]:
    """Pairs of snapshots that, together, show every kind of change and every wording."""
    objectives = BASE.objectives
    second = VisionVersion(2, 2, "Ambato, designed footwear", D(2027, 2, 1), 1)
    indicators = (
        replace(TARGET, target_value=12.5, unit="", target_date=None),
        Indicator(101, "Women trained", unit="women", target_value=40.0),
        Indicator(102, "New designs"),
        Indicator(103, "Exports", target_value=2000.0, target_date=D(2028, 1, 1)),
    )
    objective_one = replace(
        objectives[0], title="Export more", description="Abroad", indicators=indicators
    )
    no_target = replace(
        objectives[0], indicators=(replace(TARGET, target_value=None, target_date=None),)
    )
    new_objective = Objective(3, "Greener tanning", position=2, number=3)
    detailed = replace(
        FAIR,
        description="A shared stand",
        category="trade_fair",
        network_type=NetworkType.HORIZONTAL,
        horizon=Horizon.SHORT_TERM,
        risks="Costs",
        actual_start=D(2026, 7, 2),
        addresses_women=True,
        beneficiary_firms=12,
        beneficiary_women=5,
        beneficiary_youth=3,
        beneficiary_poor_households=2,
        lead_id=None,
        start_date=D(2026, 6, 1),
        end_date=None,
        status=ActionStatus.IN_PROGRESS,
        progress=20,
    )
    started = replace(FAIR, actual_start=D(2026, 7, 1), actual_end=D(2026, 9, 1))
    purchase = replace(
        PURCHASE,
        title="Joint purchase of leather",
        start_date=D(2026, 2, 1),
        end_date=D(2026, 7, 28),
        lead_id=3,
        partners=(
            replace(
                PURCHASE.partners[0],
                organisation_id=3,
                contribution=ContributionKind.IN_KIND,
                amount=6000.0,
                description="Tanks",
            ),
            Partner(201, 1, ContributionKind.STAFF_DAYS, 20.0),
        ),
        milestones=(
            replace(PURCHASE.milestones[0], title="First order", date=D(2026, 4, 1), done=True),
            Milestone(301, "Leather delivered", D(2026, 6, 1)),
        ),
        cost_lines=(
            replace(
                PURCHASE.cost_lines[0],
                amount=9000.5,
                status=FundingStatus.SPENT,
                source=FundingSource.DONOR,
                organisation_id=2,
                description="Hides",
                spent=1200.0,
            ),
            CostLine(402, 500.0, "", FundingSource.BANK, FundingStatus.SECURED),
        ),
    )
    new_action = Action(12, objective_id=3, title="Cleaner tanning", number=1, lead_id=1)
    moved = replace(TRAINING, objective_id=1, number=3, position=2)
    reopened = replace(
        PURCHASE,
        status=ActionStatus.DROPPED,
        milestones=(replace(PURCHASE.milestones[0], done=True),),
    )
    dependency = Dependency(501, 11, 20, DependencyKind.START_TO_START, 1)
    return [
        (BASE, replace(BASE, vision_versions=(VISION, second))),
        (BASE, replace(BASE, vision_versions=(replace(VISION, statement="Footwear"),))),
        (BASE, replace(BASE, vision_versions=())),
        (
            BASE,
            replace(
                BASE,
                objectives=(objective_one, objectives[1], new_objective),
                actions=(*BASE.actions, new_action),
            ),
        ),
        (BASE, replace(BASE, objectives=(no_target, objectives[1]))),
        (replace(BASE, objectives=(no_target, objectives[1])), BASE),
        (
            BASE,
            replace(
                BASE,
                objectives=(replace(objectives[0], number=2), replace(objectives[1], number=1)),
            ),
        ),
        (BASE, replace(BASE, objectives=(replace(objectives[0], indicators=()), objectives[1]))),
        (BASE, replace(BASE, objectives=(objectives[0],), actions=(PURCHASE, FAIR))),
        (BASE, with_action(with_action(BASE, detailed), purchase)),
        (BASE, with_action(BASE, started)),
        (with_action(BASE, started), with_action(BASE, replace(started, actual_end=None))),
        (
            BASE,
            with_action(
                BASE, replace(PURCHASE, status=ActionStatus.DROPPED, drop_reason="No buyer.")
            ),
        ),
        (BASE, with_action(BASE, replace(PURCHASE, status=ActionStatus.DROPPED))),
        (with_action(BASE, reopened), BASE),
        (BASE, replace(BASE, actions=(PURCHASE, FAIR, moved))),
        (BASE, with_action(BASE, replace(FAIR, number=5))),
        (
            BASE,
            with_action(
                BASE,
                replace(
                    PURCHASE,
                    partners=(),
                    cost_lines=(),
                    start_date=None,
                    end_date=D(2026, 6, 1),
                    milestones=(),
                    lead_id=5,
                ),
            ),
        ),
        (with_action(BASE, replace(FAIR, start_date=None)), with_action(BASE, FAIR)),
        (BASE, with_action(BASE, replace(PURCHASE, start_date=D(2026, 3, 5)))),
        (BASE, replace(BASE, dependencies=(*BASE.dependencies, dependency))),
        (BASE, replace(BASE, dependencies=(replace(BASE.dependencies[0], lag_days=3),))),
        (BASE, replace(BASE, dependencies=())),
        (replace(BASE, dependencies=(dependency,)), BASE),
    ]


def _all_changes() -> list[PlanChange]:
    return [change for before, after in _pairs() for change in diff_plans(before, after)]


KINDS = {
    "vision_adopted", "vision_statement_changed", "vision_withdrawn", "objective_added",
    "objective_removed", "objective_renumbered", "objective_renamed",
    "objective_description_changed", "indicator_added", "indicator_removed",
    "indicator_target_changed", "action_added", "action_removed", "action_dropped",
    "action_restored", "action_status_changed", "action_moved", "action_renumbered",
    "action_renamed", "action_dates_moved", "action_lead_changed", "partner_added",
    "partner_removed", "partner_changed", "action_budget_changed", "cost_line_added",
    "cost_line_removed", "cost_line_changed", "action_progress_changed", "milestone_added",
    "milestone_removed", "milestone_renamed", "milestone_moved", "milestone_done",
    "milestone_reopened", "action_detail_changed", "dependency_added", "dependency_removed",
    "dependency_changed",
}  # fmt: skip


def test_the_rich_comparison_shows_every_kind_of_change() -> None:
    """The pairs above cover every kind, so the tests below see every sentence."""
    assert {c.kind for c in _all_changes()} >= KINDS


def test_every_english_sentence_is_in_the_phrasebook() -> None:
    """A sentence written without its template in EN would escape the translations."""
    missing: set[str] = set()
    for change in _all_changes():
        assert change.worded("en", missing) == change.text
    assert missing == set()
    used = set().union(*(keys(c.phrase) for c in _all_changes() if c.phrase is not None))
    assert used <= set(EN)


@pytest.mark.parametrize("catalogue", [ES, FR], ids=["es", "fr"])
def test_every_template_and_word_is_translated_with_its_placeholders(
    catalogue: dict[str, str],
) -> None:
    """Spanish and French translate every English key, keeping its placeholders."""
    assert set(catalogue) == set(EN)
    for english, translated in catalogue.items():
        assert translated.strip(), english
        assert placeholders(translated) == placeholders(english), english


@pytest.mark.parametrize("language", ["es", "fr"])
def test_every_sentence_of_the_rich_comparison_is_translated(language: str) -> None:
    """In strict mode nothing is missing, and no English date or word is left."""
    missing: set[str] = set()
    for before, after in _pairs():
        for english, change in zip(
            diff_plans(before, after), diff_plans(before, after, language), strict=True
        ):
            assert change.text == english.worded(language, missing)
            assert change.text != english.text
            assert " changed " not in change.text and "2026-" not in change.text
            assert change.kind == english.kind and change.details == english.details
    assert missing == set()


def _dropped() -> tuple[PlanSnapshot, PlanSnapshot]:
    after = with_action(
        BASE, replace(PURCHASE, status=ActionStatus.DROPPED, drop_reason="No buyer.")
    )
    return BASE, after


ES_LEATHER = "A1.1 “Joint leather purchase”: "
FR_LEATHER = "A1.1 «\u00a0Joint leather purchase\u00a0»\u00a0: "


def test_spanish_sentences() -> None:
    """Dropped with its reason, dates moved, lead and budget changed, progress in percent."""
    (change,) = diff_plans(*_dropped(), language="es")
    assert change.text == ES_LEATHER + "se descartó (motivo: No buyer)."
    moved = replace(PURCHASE, start_date=D(2026, 2, 1), end_date=D(2026, 7, 28), lead_id=2)
    changes = diff_plans(BASE, with_action(BASE, moved), "es")
    assert [c.text for c in changes] == [
        ES_LEATHER + "inicio adelantado 28 días (1 mar 2026 → 1 feb 2026); "
        "fin aplazado 28 días (30 jun 2026 → 28 jul 2026).",
        ES_LEATHER + "la organización líder cambió de CALTU a Chamber of Commerce.",
    ]
    budget = replace(
        PURCHASE,
        cost_lines=(replace(PURCHASE.cost_lines[0], amount=9500.5), PURCHASE.cost_lines[1]),
        progress=20,
    )
    texts = [c.text for c in diff_plans(BASE, with_action(BASE, budget), "es")]
    assert (
        ES_LEATHER + "el presupuesto cambió de 10.000\u00a0USD a 11.500,50\u00a0USD "
        "(+1500,50\u00a0USD)." in texts
    )
    assert ES_LEATHER + "el avance pasó de 10\u00a0% a 20\u00a0%." in texts
    lead = replace(PURCHASE, lead_id=None)
    (change,) = diff_plans(BASE, with_action(BASE, lead), "es")
    assert change.text == ES_LEATHER + "la organización líder cambió de CALTU a — ninguna —."


def test_french_sentences() -> None:
    """French quotes, non-breaking spaces before colons and percent, dates as French writes."""
    (change,) = diff_plans(*_dropped(), language="fr")
    assert change.text == FR_LEATHER + "abandonnée (motif\u00a0: No buyer)."
    moved = replace(PURCHASE, start_date=D(2026, 2, 1), end_date=D(2026, 7, 28), lead_id=2)
    changes = diff_plans(BASE, with_action(BASE, moved), "fr")
    assert [c.text for c in changes] == [
        FR_LEATHER + "début avancé de 28 jours (1 mars 2026 → 1 févr. 2026)\u202f; "
        "fin repoussée de 28 jours (30 juin 2026 → 28 juil. 2026).",
        FR_LEATHER + "le chef de file est passé de CALTU à Chamber of Commerce.",
    ]
    budget = replace(
        PURCHASE,
        cost_lines=(replace(PURCHASE.cost_lines[0], amount=9500.5), PURCHASE.cost_lines[1]),
        progress=20,
    )
    texts = [c.text for c in diff_plans(BASE, with_action(BASE, budget), "fr")]
    assert (
        FR_LEATHER + "le budget est passé de 10\u202f000\u00a0USD à 11\u202f500,50\u00a0USD "
        "(+1\u202f500,50\u00a0USD)." in texts
    )
    assert FR_LEATHER + "l’avancement est passé de 10\u202f% à 20\u202f%." in texts


def test_french_and_spanish_contract_their_articles() -> None:
    """“passé de approuvée” is “passé d’approuvée”, “à le plan actuel” “au plan actuel”,
    and a name starting with a vowel takes d’; Spanish “a el” is “al”. Quoted titles and
    figures are left alone."""
    approved = with_action(BASE, replace(PURCHASE, status=ActionStatus.IN_PROGRESS))
    (change,) = diff_plans(BASE, approved, "fr")
    assert change.text == FR_LEATHER + "le statut est passé d’approuvée à en cours."
    orgs = (*ORGS[:2], replace(ORGS[2], name="Asociación de Curtidores"))
    lead = replace(BASE, organisations=orgs)
    (change,) = diff_plans(lead, with_action(lead, replace(PURCHASE, lead_id=3)), "fr")
    assert change.text.endswith("le chef de file est passé de CALTU à Asociación de Curtidores.")
    (change,) = diff_plans(with_action(lead, replace(PURCHASE, lead_id=3)), lead, "fr")
    assert change.text.endswith("le chef de file est passé d’Asociación de Curtidores à CALTU.")
    assert render(say("de {x}", x="le plan"), "fr") == "du plan"
    assert render(say("De {x}", x="les actions"), "fr") == "Des actions"
    assert render(say("à {x}", x="les actions"), "fr") == "aux actions"
    assert render(say("de {x}", x=Quote("Atuntaqui")), "fr") == "de «\u00a0Atuntaqui\u00a0»"
    assert render(say("de {x}", x="10 %"), "fr") == "de 10 %"
    assert render(say("monde {x}", x="le plan"), "fr") == "monde le plan"
    assert render(say("a {x} y de {y}", x="el plan", y="el año"), "es") == "al plan y del año"
    assert render(say("a {x}", x="la revisión 2"), "es") == "a la revisión 2"


def test_an_unknown_language_gets_the_english_sentences() -> None:
    """A language without a phrasebook falls back to English, byte for byte."""
    english = [c.text for c in diff_plans(*_dropped())]
    assert [c.text for c in diff_plans(*_dropped(), language="de")] == english
    assert english == ["A1.1 “Joint leather purchase”: dropped (reason: No buyer)."]
