"""Every step and tab of the demo plan, in English, Spanish and French, on a 1366×768
laptop screen: the window stays on the screen, no Alt+letter answers twice on a page or in
a menu, every control has a name a screen reader can say, and no label is cut short
without a tooltip saying it whole."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from cluster_planner.ui.formats import set_isolation
from cluster_planner.ui.language import _window, set_window_direction
from cluster_planner.ui.main_window import MainWindow
from tests.ui import interface_audit as audit

LAPTOP = QSize(1366, 768)


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _outermost_tabs(root: QWidget) -> list[QTabWidget]:
    shown = [tabs for tabs in root.findChildren(QTabWidget) if tabs.isVisible()]
    return [t for t in shown if not any(o is not t and o.isAncestorOf(t) for o in shown)]


def _states(root: QWidget, where: str) -> Iterator[str]:
    """Show, one after the other, every combination of tabs below ``root``; yield where."""
    tabs = _outermost_tabs(root)
    if not tabs:
        yield where
        return
    first = tabs[0]
    for index in range(first.count()):
        first.setCurrentIndex(index)
        _settle()
        inner = root if len(tabs) > 1 else first.widget(index)
        yield from _states(inner, f"{where} ▸ {audit.mnemonic_free(first.tabText(index))}")


def walk(window: MainWindow, plan_language: str = "") -> Iterator[str]:
    """The welcome screen, then every step of the open demo plan (in ``plan_language``,
    if given) and every tab in it."""
    _settle()
    yield "welcome screen"
    assert window.open_demo()
    view = window.plan_view
    assert view is not None and window.session is not None
    if plan_language:
        assert (
            window.session.run(window.session.document.update_profile, language=plan_language)
            is not None
        )
    for row in range(view.steps.count()):
        view.go_to_step(row)
        page = view.pages.currentWidget()
        if hasattr(page, "show_side_panel"):  # the board's panel, as F6 opens it
            page.show_side_panel()
        _settle()
        yield from _states(page, view.steps.item(row).text())


@pytest.fixture
def laptop_window(
    themed: Callable[[QWidget], QWidget], qtbot, settings, prompter, tmp_path: Path
) -> Iterator[Callable[[str], MainWindow]]:
    """A main window as the app shows it, in a language, filling a 1366×768 screen."""
    windows: list[MainWindow] = []

    def open_in(language: str) -> MainWindow:
        window = MainWindow(settings=settings, prompter=prompter, demo_folder=tmp_path / "demo")
        qtbot.addWidget(window)
        themed(window)
        window.resize(LAPTOP)
        window.show()
        windows.append(window)
        return window

    yield open_in
    for window in windows:
        window.close_plan()
    set_isolation(False)


@pytest.mark.slow
@pytest.mark.parametrize("screen", [LAPTOP, QSize(1280, 720)], ids=["1366x768", "1280x720"])
@pytest.mark.parametrize(
    ("language", "plan_language"),
    [("en", ""), ("es", ""), ("fr", ""), ("en", "ar"), ("en", "")],
    ids=["en", "es", "fr", "en-arabic-plan", "en-arabic-system"],
)
def test_every_step_and_tab_fits_names_its_controls_and_answers_each_alt_letter_once(
    laptop_window: Callable[[str], MainWindow],
    speak: Callable[[str], None],
    language: str,
    plan_language: str,
    screen: QSize,
    request: pytest.FixtureRequest,
) -> None:
    """Walk every step and tab (of a plan written in Arabic too, its pages mirrored). Each
    of these is named with where it happened: a window grown past the screen, a shortcut
    letter answering twice on a page or within a menu, a control a screen reader cannot
    name, words cut short with no tooltip saying them. On a machine set to Arabic the
    window is mirrored with its words in English."""
    speak(language)
    window = laptop_window(language)
    if "arabic-system" in request.node.name:
        # A machine set to Arabic: the main window mirrored, its words in English.
        set_window_direction(window, Qt.LayoutDirection.RightToLeft)
        request.addfinalizer(_window.clear)
    window.resize(screen)
    problems: list[str] = []
    for where in walk(window, plan_language):
        found = audit.too_large(window, screen) + audit.mnemonic_clashes(window)
        for menu in window.menuBar().actions():
            found += audit.menu_clashes(menu.menu())
        found += [f"no name: {control}" for control in audit.unnamed_controls(window)]
        found += [f"cut: {words}" for words in audit.cut_without_tooltip(window)]
        problems += [f"{where}: {problem}" for problem in found]
        window.resize(screen)
    mirrored = bool(plan_language) or "arabic-system" in request.node.name
    assert window.plan_view is not None
    assert (window.plan_view.layoutDirection() == Qt.LayoutDirection.RightToLeft) == mirrored
    assert problems == []
