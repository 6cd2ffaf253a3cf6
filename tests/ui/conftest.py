"""Fixtures for UI tests: scripted dialogs, private settings, windows over real plan files.

The demo plan fixtures (demo_template, demo_path) come from tests/conftest.py.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.i18n import build
from cluster_planner.ui.language import apply_language
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.settings import AppSettings


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
def themed(qapp: QApplication) -> Iterator[Callable[[QWidget], QWidget]]:
    """``themed(window)`` gives a window the look people see (type size, colours, style
    sheet), and the application its focus rings until the test ends. The look goes on the
    window, not the whole application: restyling every widget earlier tests left behind
    is not this test's business."""
    from cluster_planner.ui import focus_ring
    from cluster_planner.ui.theme import look

    assert qapp.style().name().casefold() == "fusion"  # the app's style, Qt's default here
    font, palette, sheet = look(qapp)

    def apply(window: QWidget) -> QWidget:
        window.setFont(font)
        window.setPalette(palette)
        window.setStyleSheet(sheet)
        return window

    focus_ring.install(qapp)
    yield apply
    focus_ring.uninstall(qapp)


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
