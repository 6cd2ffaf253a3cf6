"""Fixtures for UI tests: scripted dialogs, private settings, windows over real plan files.

The demo plan fixtures (demo_template, demo_path) come from tests/conftest.py.
"""

from __future__ import annotations

import gc
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.exports.fonts import LATIN, font_path
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.i18n import build
from cluster_planner.ui.language import apply_language
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.settings import AppSettings
from cluster_planner.ui.theme import apply_theme


class ScriptedPrompter(Prompter):
    """Answers every dialog from a script and records what it was asked; never blocks."""

    def __init__(self) -> None:
        self.messages: list[str] = []
        self.options: list[list[str]] = []
        self.paths: list[str | None] = []
        self.choice: str | None = None
        self.confirmation = True

    def open_path(self, parent: QWidget, caption: str) -> str | None:
        return self.paths.pop(0) if self.paths else None

    def import_path(self, parent: QWidget, caption: str, file_filter: str) -> str | None:
        return self.paths.pop(0) if self.paths else None

    def save_path(self, parent: QWidget, caption: str, suggestion: str) -> str | None:
        return self.paths.pop(0) if self.paths else None

    def export_path(
        self, parent: QWidget, caption: str, suggestion: str, file_filter: str
    ) -> str | None:
        return self.paths.pop(0) if self.paths else None

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        self.messages.append(text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        self.messages.append(text)

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        self.messages.append(text)
        return self.confirmation

    def choose(
        self, parent: QWidget, title: str, text: str, options: Sequence[tuple[str, str]]
    ) -> str | None:
        self.messages.append(text)
        self.options.append([label for _key, label in options])
        choice, self.choice = self.choice, None  # answer once, then cancel
        return choice


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication) -> None:
    """The interface speaks English as the app does at start: with the plural forms of its
    counts ("1 action", "2 actions") from the English translation file."""
    build()
    apply_language(qapp, "en")


@pytest.fixture(scope="session")
def bundled_family(qapp: QApplication) -> str:
    """The family of the bundled Noto Sans, registered with Qt once for the whole run."""
    families = []
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(LATIN, bold)))
        assert font_id >= 0, f"Qt cannot read {font_path(LATIN, bold)}"
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0]


def _remove_translations(qapp: QApplication) -> None:
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """``speak("es")`` puts the interface in that language for one test (its translations,
    Qt's, its formats), as the app does at start; English comes back afterwards."""
    locale = QLocale()

    def switch(code: str) -> None:
        _remove_translations(qapp)
        apply_language(qapp, code)

    yield switch
    _remove_translations(qapp)
    QLocale.setDefault(locale)
    apply_language(qapp, "en")


@pytest.fixture
def themed(qapp: QApplication, bundled_family: str) -> Iterator[Callable[[QWidget], QWidget]]:
    """The app's own look while the test runs (style, palette, style sheet, a base font of
    at least 11 points, focus rings), for tests that measure what fits on a screen; the
    test app's own is given back after. The letters are the bundled Noto Sans, so what
    fits does not depend on the fonts of the machine the tests run on.

    ``themed(window)`` also puts the look on that window itself, as the app does on its
    main window (mirrored for a right-to-left interface)."""
    from cluster_planner.ui import focus_ring
    from cluster_planner.ui.theme import look

    assert qapp.style().name().casefold() == "fusion"  # the app's style, Qt's default here
    # Restyling the application reaches every widget still alive: let the widgets earlier
    # tests left for deletion go first, so none is restyled half destroyed.
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    sheet, font, colours = qapp.styleSheet(), QFont(qapp.font()), qapp.palette()
    bundled = QFont(font)
    bundled.setFamilies([bundled_family])
    qapp.setFont(bundled)
    apply_theme(qapp)
    window_font, window_palette, window_sheet = look(qapp)

    def apply(window: QWidget) -> QWidget:
        window.setFont(window_font)
        window.setPalette(window_palette)
        window.setStyleSheet(window_sheet)
        return window

    yield apply
    focus_ring.uninstall(qapp)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(colours)
    qapp.setFont(font)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in a temporary INI file, so the person's real settings are never touched."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def prompter() -> ScriptedPrompter:
    """Dialogs answered by script."""
    return ScriptedPrompter()


@pytest.fixture
def window(
    qtbot, settings: AppSettings, prompter: ScriptedPrompter, tmp_path: Path
) -> Iterator[MainWindow]:
    """The main window, shown, with private settings and scripted dialogs."""
    main_window = MainWindow(settings=settings, prompter=prompter, demo_folder=tmp_path / "demo")
    qtbot.addWidget(main_window)
    main_window.resize(1280, 800)
    main_window.show()
    yield main_window
    main_window.close_plan()


@pytest.fixture
def demo_window(window: MainWindow, demo_path: Path) -> MainWindow:
    """The main window with the demo plan open."""
    assert window.open_plan(demo_path)
    return window


@pytest.fixture
def session(qtbot, demo_path: Path) -> Iterator[PlanSession]:
    """A PlanSession over a copy of the demo plan."""
    plan_session = PlanSession(PlanDocument.open(demo_path))
    yield plan_session
    plan_session.close()
