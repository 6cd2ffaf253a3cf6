"""Roadmaps in Spanish and French: every fixed word translated, dates, numbers and money
written the language's way, read back from the PDF and Word files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
import subprocess
from pathlib import Path

import docx
import pytest

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports import wording
from cluster_planner.exports.docx import write_docx
from cluster_planner.exports.history import revision_history
from cluster_planner.exports.pdf import write_pdf
from cluster_planner.exports.roadmap import (
    ALL_SECTIONS,
    SECTION_TITLES,
    Roadmap,
    RoadmapOptions,
    build_roadmap,
)
from cluster_planner.exports.wording import CATALOGUES, Wording
from cluster_planner.services.plan_document import PlanDocument
from tests.exports.conftest import PRINTED

TRANSLATED = ("es", "fr")
TITLES = {
    "es": ("Visión", "FODA priorizado", "Plan de acción", "Cronograma", "Historial de revisiones"),
    "fr": ("Vision", "FFOM priorisée", "Plan d’action", "Chronogramme", "Historique des révisions"),
}


def _roadmaps(demo_template: Path, language: str) -> tuple[Roadmap, Roadmap]:
    """The demo plan's roadmap in ``language``: the current plan, and its first revision."""
    document = PlanDocument.open(demo_template, read_only=True)
    try:
        revisions = document.revisions()
        current = build_roadmap(
            document.snapshot(),
            RoadmapOptions(language=language, printed_on=PRINTED),
            revision_history(revisions, document.compare, None, current=True),
        )
        history = revision_history(revisions, document.compare, 2)
        second = build_roadmap(
            document.revision_snapshot(2),
            RoadmapOptions(language=language, printed_on=PRINTED, revision=history[-1]),
            history,
        )
    finally:
        document.close()
    return current, second


@pytest.fixture(scope="module", params=TRANSLATED)
def translated(request: pytest.FixtureRequest, demo_template: Path) -> tuple[Roadmap, Roadmap]:
    return _roadmaps(demo_template, request.param)


def _pdf_text(roadmap: Roadmap, path: Path) -> str:
    write_pdf(roadmap, path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(text.split())


def test_every_fixed_word_of_the_demo_roadmap_is_translated(
    translated: tuple[Roadmap, Roadmap], tmp_path: Path
) -> None:
    """Laid out whole (every section, revisions with changes, both writers), the roadmap
    asked its wording for no English text that the language has no translation of."""
    for roadmap in translated:
        write_pdf(roadmap, tmp_path / "r.pdf")
        write_docx(roadmap, tmp_path / "r.docx")
        assert roadmap.wording.missing == set(), roadmap.wording.language


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_name_of_the_vocabularies_is_translated(language: str) -> None:
    """Names the demo plan may not use (every status, source, type, category, month …)."""
    english = [text for _, text in wording._NAMES]
    english += [*wording._CATEGORIES.values(), *wording._MONTHS, *SECTION_TITLES.values()]
    missing = [text for text in english if text not in CATALOGUES[language]]
    assert missing == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_their_placeholders(language: str) -> None:
    """A translation fills the same {names} as its English text, no more, no fewer."""
    for english, translated in CATALOGUES[language].items():
        names = {n for _, n, _, _ in string.Formatter().parse(english) if n}
        theirs = {n for _, n, _, _ in string.Formatter().parse(translated) if n}
        assert names == theirs, english


def test_a_missing_translation_is_reported_and_stays_english() -> None:
    words = Wording("es")
    assert words("A sentence nobody translated.") == "A sentence nobody translated."
    assert words("Timeline") == "Cronograma"
    assert words.missing == {"A sentence nobody translated."}
    english = Wording("en")
    english("A sentence nobody translated.")
    assert english.missing == set()


def test_dates_numbers_and_money_in_each_language() -> None:
    day = dt.date(2026, 6, 1)
    en, es, fr = Wording("en"), Wording("es"), Wording("fr")
    assert (en.date(day), en.short_date(day)) == ("1 June 2026", "1 Jun 2026")
    assert (es.date(day), es.short_date(day)) == ("1 de junio de 2026", "1 jun 2026")
    assert (fr.date(day), fr.short_date(day)) == ("1er juin 2026", "1 juin 2026")
    assert fr.date(dt.date(2026, 11, 12)) == "12 novembre 2026"
    assert fr.short_date(dt.date(2026, 7, 3)) == "3 juil. 2026"
    assert (en.number(1205100), es.number(1205100)) == ("1,205,100", "1.205.100")
    assert fr.number(1205100) == "1\u202f205\u202f100"
    assert (en.number(1205.5), es.number(1205.5)) == ("1,205.50", "1205,50")
    assert (en.number(8000), es.number(8000), es.number(12500)) == ("8,000", "8000", "12.500")
    assert fr.number(1205.5) == "1\u202f205,50"
    assert en.money(12500, "USD") == "USD\u00a012,500"
    assert es.money(12500, "USD") == "12.500\u00a0USD"
    assert fr.money(12500, "XOF") == "12\u202f500\u00a0XOF"
    assert es("{percent} %", percent=20) == "20\u00a0%"
    assert fr("{percent} %", percent=20) == "20\u202f%"
    assert fr.days(3) == "3 jours" and es.days(1) == "1 día"


def test_french_punctuation_is_spaced() -> None:
    """No bare colon, semicolon or guillemet in the French sentences."""
    for english, french in CATALOGUES["fr"].items():
        for mark in (":", ";", "?", "!", "»"):
            at = french.find(mark)
            while at > 0:
                assert french[at - 1] in "\u00a0\u202f", (english, french)
                at = french.find(mark, at + 1)
        assert "'" not in french, french
        assert "«" not in french or "«\u00a0" in french, french


def test_spanish_pdf_reads_back_in_spanish(demo_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    """Section titles, dates with Spanish months, Spanish amounts and footers."""
    roadmap = build_roadmap(demo_snapshot, RoadmapOptions(language="es", printed_on=PRINTED))
    text = _pdf_text(roadmap, tmp_path / "es.pdf")
    for title in TITLES["es"]:
        assert title in text
    assert "Impreso el 28 de noviembre de 2026" in text
    assert "Página 3 de " in text
    assert "Fortalezas" in text and "Amenazas" in text
    assert "Presupuesto del plan: 1.205.100 USD" in text
    assert "Page 3 of" not in text and "Vision and action plan" not in text


def test_french_pdf_reads_back_in_french(demo_snapshot: PlanSnapshot, tmp_path: Path) -> None:
    roadmap = build_roadmap(demo_snapshot, RoadmapOptions(language="fr", printed_on=PRINTED))
    text = _pdf_text(roadmap, tmp_path / "fr.pdf")
    for title in TITLES["fr"]:
        assert title in text
    assert "Imprimé le 28 novembre 2026" in text
    assert "Page 3 sur " in text
    assert "Forces" in text and "Menaces" in text
    assert "USD" in text and "Budget du plan" in text
    assert "Page 3 of" not in text


@pytest.mark.parametrize(
    ("language", "footer", "title", "date"),
    [
        ("es", "Página ", "Historial de revisiones", "28 de noviembre de 2026"),
        ("fr", "Page ", "Historique des révisions", "28 novembre 2026"),
    ],
)
def test_word_file_reads_back_in_the_language(
    demo_snapshot: PlanSnapshot, tmp_path: Path, language: str, footer: str, title: str, date: str
) -> None:
    path = tmp_path / f"{language}.docx"
    write_docx(
        build_roadmap(demo_snapshot, RoadmapOptions(language=language, printed_on=PRINTED)), path
    )
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    assert title in paragraphs
    assert any(date in p for p in paragraphs)
    footer_text = document.sections[1].footer.paragraphs[0].text  # the cover has none
    assert f"{footer}1 {'sur' if language == 'fr' else 'de'} 1" in footer_text  # fields
    assert document.core_properties.language == language


def test_an_unknown_language_is_written_in_english(demo_snapshot: PlanSnapshot) -> None:
    roadmap = build_roadmap(
        dataclasses.replace(demo_snapshot), RoadmapOptions(language="xx", printed_on=PRINTED)
    )
    assert roadmap.wording.language == "en"
    assert [p.title for p in roadmap.parts] == [SECTION_TITLES[s] for s in ALL_SECTIONS]
