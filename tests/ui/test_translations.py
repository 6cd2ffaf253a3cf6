"""The interface in Spanish and French: every string translatable, listed and translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from cluster_planner.ui.formats import plural
from cluster_planner.ui.i18n import (
    LANGUAGES,
    NUMERUS_FORMS,
    PLURAL_ONLY,
    build,
    extract,
    ts_path,
    untranslated_text,
)
from cluster_planner.ui.language import apply_language, language_file

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n")
TAG = re.compile(r"</?[a-z]+[^>]*>|&[a-z]+;")


def _entries(language: str) -> dict[tuple[str, str, str], str | list[str] | None]:
    """(context, source, comment) → translation (None while unfinished) in a .ts file;
    a count's translation is the list of its plural forms."""
    found: dict[tuple[str, str, str], str | list[str] | None] = {}
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") != "unfinished"
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if not done or translation is None:
                found[key] = None
            elif message.get("numerus") == "yes":
                found[key] = [form.text or "" for form in translation.iter("numerusform")]
            else:
                found[key] = translation.text or ""
    return found


def _numerus(language: str) -> set[tuple[str, str, str]]:
    """The messages of a .ts file that are counts, with a form per plural form."""
    root = ET.parse(ts_path(language)).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "", "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    }


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)(?=\w)", text.replace("&&", "")))


def test_every_string_shown_goes_through_a_translation_function() -> None:
    """No widget gets literal words directly, and no translation call hides its text."""
    messages, dynamic = extract()
    assert messages
    assert untranslated_text() == []
    assert dynamic == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_files_list_every_string_of_the_interface(language: str) -> None:
    """`python -m cluster_planner.ui.i18n update` was run after the last change of text."""
    messages, _ = extract()
    in_code = {(m.context, m.source, m.comment) for m in messages}
    in_file = set(_entries(language))
    assert sorted(in_code - in_file)[:5] == [], "strings missing from the .ts file"
    assert sorted(in_file - in_code)[:5] == [], "strings no longer in the code"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated_keeping_its_placeholders(language: str) -> None:
    """Each translation exists and keeps the source's {placeholders}, markup and mnemonic."""
    problems = []
    for (context, source, _), translation in _entries(language).items():
        if not translation:
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if isinstance(translation, list):
            problems += _form_problems(context, source, translation, language)
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
            problems.append(f"{context}: {translation!r} changes the placeholders of {source!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
            problems.append(f"{context}: {translation!r} changes the markup of {source!r}")
        if _mnemonics(source) != _mnemonics(translation):
            problems.append(f"{context}: {translation!r} changes the & shortcut of {source!r}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_write_and_in_words(language: str) -> None:
    """ "Beneficiarios y riesgos", not "Beneficiarios & riesgos": the ampersand is English
    shorthand (a "&" before a letter is a keyboard shortcut, "&&" shows one "&")."""
    problems = []
    for (context, _source, _), translation in _entries(language).items():
        for text in translation if isinstance(translation, list) else [translation or ""]:
            shown = re.sub(r"&(?=\w)", "", text.replace("&&", "\0")).replace("\0", "&")
            if re.search(r"\s&\s", shown):
                problems.append(f"{context}: {text!r}")
    assert problems == []


# English key names: a sentence holds a {placeholder} that key_names.key_name() fills with
# the name the keyboard and the interface's language use ("Intro", "Suppr", "Alt+Bas").
_KEY_WORDS = re.compile(
    r"\b(Enter|Escape|Esc|Delete|Del|Insert|Ins|Down|Up|Left|Right|PageDown|PageUp|PgDown|"
    r"PgUp|Shift|Return|Backspace|Ctrl)\b|\bF\d+\b|\b(Ctrl|Alt|Shift)\+"
)
_KEY_IN_ENGLISH = re.compile(
    r"\b(Ctrl|Alt|Shift)\+|\bF\d+\b|\((Insert|Delete|Escape|Esc|Enter)\)|"
    r"\bpress (Enter|Escape|Insert|Delete)\b|^(Insert|Escape|Enter)$"
)


def test_no_sentence_names_a_key_in_english() -> None:
    """Key names in hints and tooltips come from Qt in the interface's language."""
    messages, _ = extract()
    assert [m.source for m in messages if _KEY_IN_ENGLISH.search(m.source)] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_names_a_key_in_english(language: str) -> None:
    """ "appuyez sur Enter", "Supprimer (Delete)" and "Alt+Down" are gone."""
    problems = []
    for (context, _source, _), translation in _entries(language).items():
        for text in translation if isinstance(translation, list) else [translation or ""]:
            if _KEY_WORDS.search(text):
                problems.append(f"{context}: {text!r}")
    assert problems == []


def _form_problems(context: str, source: str, forms: list[str], language: str) -> list[str]:
    """A count's plural forms: as many as the language has, each with %n and the source's
    other {placeholders}, markup and & shortcut."""
    problems = []
    if len(forms) != NUMERUS_FORMS[language]:
        problems.append(f"{context}: {source!r} has {len(forms)} forms in {language}")
    for form in forms:
        if not form:
            problems.append(f"{context}: {source!r} has an empty form")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(form)):
            problems.append(f"{context}: {form!r} changes the placeholders of {source!r}")
        elif sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
            problems.append(f"{context}: {form!r} changes the markup of {source!r}")
        elif _mnemonics(source) != _mnemonics(form):
            problems.append(f"{context}: {form!r} changes the & shortcut of {source!r}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_counts_are_numerus_messages(language: str) -> None:
    """Every plural(...) of the code is a count with plural forms in each language."""
    messages, _ = extract()
    counts = {(m.context, m.source, m.comment) for m in messages if m.numerus}
    assert len(counts) > 40
    assert _numerus(language) == counts


def test_english_has_the_plural_forms_of_every_count_and_nothing_else() -> None:
    messages, _ = extract()
    counts = {(m.context, m.source, m.comment) for m in messages if m.numerus}
    for language in PLURAL_ONLY:
        entries = _entries(language)
        assert set(entries) == counts == _numerus(language)
        problems = []
        for (context, source, _), forms in entries.items():
            if not isinstance(forms, list) or not all(forms):
                problems.append(f"{context}: {source!r} is not translated")
            else:
                problems += _form_problems(context, source, forms, language)
        assert problems == []


@pytest.fixture
def restored_language(qapp: QApplication) -> Iterator[None]:
    """Whatever a test installs is taken out again; English stays, as the app starts."""
    locale = QLocale()
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)
    apply_language(qapp, "en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_chosen_language_speaks_from_the_start(
    qapp: QApplication, restored_language: None, language: str
) -> None:
    """The compiled translation loads and the workshop steps are named in that language."""
    build()
    assert language_file(language).exists()
    installed = apply_language(qapp, language)
    assert len(installed) == 3  # the app's own, Qt's, and Qt's words that gained a shortcut
    from cluster_planner.ui.workshop_steps import workshop_steps

    names = [name for _, name, _ in workshop_steps()]
    assert names[4] != "Action plan" and names[5] != "Timeline"
    assert QLocale().language() == QLocale(language).language()


def _clear(qapp: QApplication) -> None:
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)


def test_english_installs_only_the_plural_forms_of_its_counts(
    qapp: QApplication, restored_language: None
) -> None:
    build()
    _clear(qapp)
    assert len(apply_language(qapp, "en")) == 1  # its own file, not Qt's
    assert QCoreApplication.translate("plan_view", "Timeline") == "Timeline"
    assert plural("action_plan", "%n action(s)", 1) == "1 action"
    assert plural("action_plan", "%n action(s)", 2) == "2 actions"
    assert plural("action_plan", "%n action(s)", 0) == "0 actions"


@pytest.mark.parametrize(
    ("language", "counts"),
    [
        ("es", {0: "0 acciones", 1: "1 acción", 2: "2 acciones"}),
        ("fr", {0: "0 action", 1: "1 action", 2: "2 actions"}),
    ],
)
def test_counts_take_the_languages_plural_form(
    qapp: QApplication, restored_language: None, language: str, counts: dict[int, str]
) -> None:
    """Spanish "1 acción" / "2 acciones"; French keeps the singular for 0 ("0 action")."""
    build()
    _clear(qapp)
    apply_language(qapp, language)
    for count, text in counts.items():
        assert plural("action_plan", "%n action(s)", count) == text


def test_a_count_is_written_with_the_locales_digits(
    qapp: QApplication, restored_language: None
) -> None:
    build()
    _clear(qapp)
    apply_language(qapp, "en")
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert plural("action_plan", "%n action(s)", 1234) == "1,234 actions"
    assert plural("timeline", "Lag: %n day(s)", -1) == "Lag: -1 day"


def test_the_cores_refusal_reasons_are_worded_in_the_interface_language(
    qapp: QApplication, restored_language: None
) -> None:
    """ "must not be empty" from the services reads in Spanish in a Spanish interface."""
    from cluster_planner.domain.errors import ValidationError
    from cluster_planner.ui.error_messages import edit_problem

    build()
    apply_language(qapp, "es")
    sentence = edit_problem(ValidationError("title", "must not be empty"))
    assert "no puede quedar vacío" in sentence and "must not" not in sentence


def test_an_arabic_system_lays_the_interface_out_right_to_left() -> None:
    """With an Arabic locale (and no other language chosen) the layout mirrors."""
    from PySide6.QtCore import Qt

    from cluster_planner.ui.language import interface_direction

    arabic = QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    assert interface_direction(arabic, "") == Qt.LayoutDirection.RightToLeft
    assert interface_direction(arabic, "fr") == Qt.LayoutDirection.LeftToRight
    assert interface_direction(QLocale("es_EC"), "") == Qt.LayoutDirection.LeftToRight


def _dialog_words(qtbot) -> set[str]:
    """The words Qt's own file dialog shows (its labels, buttons and their tooltips)."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    dialog = QFileDialog(None, "Open")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    words = {label.text() for label in dialog.findChildren(QLabel)}
    for button in dialog.findChildren(QAbstractButton):
        words |= {button.text(), button.toolTip()}
    dialog.close()
    return {word for word in words if word}


@pytest.mark.parametrize("language", LANGUAGES)
def test_qts_own_dialogs_speak_the_chosen_language(qtbot, speak, language: str) -> None:
    """The file dialog says "Ver en:" / "Voir dans :" and "Ficheros de &tipo:", not "Look
    in:" and "Files of type:" (Qt's catalogue knows them without their shortcut)."""
    english = _dialog_words(qtbot)
    assert {"&Look in:", "Files of &type:", "File &name:"} <= english
    speak(language)
    translated = _dialog_words(qtbot)
    assert translated & english == set()
    assert any(word.replace("&", "").startswith(("Ver en", "Voir dans")) for word in translated)


@pytest.mark.parametrize(
    ("language", "calendar", "capture"),
    [
        ("es", "Calendario (Alt+Abajo)", "Escriba una fortaleza y pulse Intro"),
        ("fr", "Calendrier (Alt+Bas)", "Saisissez une force, appuyez sur Entrée"),
    ],
)
def test_keys_are_named_in_the_interfaces_language(
    qtbot, speak, session, language: str, calendar: str, capture: str
) -> None:
    """A date field's calendar button and a SWOT capture line name their keys as the
    keyboard of that language does."""
    from PySide6.QtGui import QAction

    from cluster_planner.domain.enums import Quadrant
    from cluster_planner.ui.action_detail_tables import DateField
    from cluster_planner.ui.swot_board import capture_placeholder

    speak(language)
    field = DateField(optional=True)
    qtbot.addWidget(field)
    assert [a.toolTip() for a in field.findChildren(QAction)] == [calendar]
    assert capture_placeholder(Quadrant.STRENGTH) == capture
