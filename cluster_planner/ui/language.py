"""The interface's language: chosen by the person (default: the system's), set at start.

The translations are Qt Linguist files compiled to ``.qm`` by the package build
(``setup.py``) and the set-up (``python -m cluster_planner.ui.i18n build``); Qt's own
translations (standard dialogs, context menus) come with PySide6. A language is applied
when the app starts: the menus and pages are built once, in that language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
# Code → the language's own name, as the menu shows it.
LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}
_spoken = {"code": "en"}
_window: dict[str, Qt.LayoutDirection] = {}


def interface_language() -> str:
    """The code of the language the interface speaks ("en" until one is applied)."""
    return _spoken["code"]


def system_language() -> str:
    """The system's language, if the app speaks it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def language_file(code: str) -> Path:
    """The compiled translation of the interface into ``code``."""
    return TRANSLATIONS / f"cluster_planner_{code}.qm"


def apply_language(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Speak ``code`` from now on: install its translations and its number and date formats.

    Returns the translators installed. English installs only its own file, which holds
    the plural forms of the counts ("1 action", "2 actions"); when a file is missing the
    interface stays in English (counts then read "1 action(s)").
    """
    installed: list[QTranslator] = []
    if code not in LANGUAGES:
        return installed
    qt = QTranslator(app)
    if code != "en" and qt.load(
        f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        # Asked last, after ours and Qt's: only for Qt's strings its catalogue misses.
        fallback = QtShortcutStrings(qt, app)
        app.installTranslator(fallback)
        installed.append(fallback)
    ours = QTranslator(app)
    if ours.load(str(language_file(code))):
        app.installTranslator(ours)
        installed.append(ours)
    _spoken["code"] = code if ours in installed else "en"
    if QLocale.system().name().split("_")[0] != code:
        # The system's own country formats are kept when it already speaks the language;
        # else the language's own, so English words never come with Spanish dates.
        QLocale.setDefault(QLocale(code))
    if not qt.isEmpty():
        app.installTranslator(qt)
        installed.append(qt)
    return installed


class QtShortcutStrings(QTranslator):
    """Qt's own words that its catalogue misses only because Qt later gave them a keyboard
    shortcut: the file dialog's "&Look in:" and "Files of &type:", which the catalogue
    knows as "Look in:" and "Files of type:". They are looked up without the "&" and get
    their shortcut back on the same letter where the translation has it."""

    def __init__(self, catalogue: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._catalogue = catalogue

    def isEmpty(self) -> bool:
        return self._catalogue.isEmpty()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if "&" not in source or not context.startswith("Q"):
            return None
        plain = source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        found = self._catalogue.translate(context, plain, disambiguation, n)
        return with_shortcut(found, source) if found else None


def with_shortcut(text: str, source: str) -> str:
    """``text`` with a "&" before the letter that ``source`` marks (first at a word's start,
    else anywhere, else the first letter)."""
    at = source.replace("&&", "").find("&")
    letter = source.replace("&&", "")[at + 1 : at + 2].casefold()
    lowered = text.casefold()
    starts = [
        i for i, c in enumerate(lowered) if c == letter and (i == 0 or not text[i - 1].isalnum())
    ]
    anywhere = [i for i, c in enumerate(lowered) if c == letter]
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    place = (starts or anywhere or letters or [0])[0]
    return text[:place] + "&" + text[place:]


def interface_direction(system: QLocale, chosen: str) -> Qt.LayoutDirection:
    """Right to left when the person's system speaks a right-to-left language (Arabic,
    Hebrew, Persian …) and no other interface language was chosen, else left to right.

    The words stay in English until that language is translated; the layout, which
    people read by its order, follows their locale.
    """
    from PySide6.QtCore import Qt  # the Qt namespace costs 20 ms to load: not at start

    if not chosen and system.textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def set_window_direction(window: QWidget, direction: Qt.LayoutDirection) -> None:
    """Lay the main ``window`` out in ``direction`` (interface_direction).

    The window is mirrored, not the application: Qt then lays each text out in its own
    direction, so an English sentence keeps its full stop at its end, "Export PNG…" its
    "…", and the timeline's legend its words beside their swatches. Plan pages not
    written right to left follow it (window_direction).
    """
    _window["direction"] = direction
    window.setLayoutDirection(direction)


def window_direction() -> Qt.LayoutDirection:
    """The direction the main window is laid out in (the application's, until set)."""
    from PySide6.QtGui import QGuiApplication

    return _window.get("direction", QGuiApplication.layoutDirection())
