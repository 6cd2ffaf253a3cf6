"""Render every presented step of the demo plan at 1920×1080 and 1280×720 for the user guide.

Run: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.presentation_screenshots docs/images``
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget

from cluster_planner.domain.enums import ItemStatus
from cluster_planner.ui.application import create_application
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.presentation.screens import ScreenInfo
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.screenshots import grab
from cluster_planner.ui.settings import AppSettings

PRESENTED_SIZES = (((1920, 1080), "-1920"), ((1280, 720), "-1280"))


def _one_screen(width: int, height: int) -> list[ScreenInfo]:
    return [ScreenInfo("projector", QRect(0, 0, width, height))]


def _diagnostic(page: QWidget) -> None:
    voting = page.voting  # type: ignore[attr-defined]
    voting.set_revealed(True)
    board = page.board  # type: ignore[attr-defined]
    ranked = next(iter(board.panels.values())).model.item(0).id
    board.select(ranked, focus=True)


def _voting(page: QWidget) -> None:
    page.voting.set_revealed(False)  # type: ignore[attr-defined]
    page.window().presentation.toggle_voting_panel()  # type: ignore[attr-defined]


def _options(page: QWidget) -> None:
    model = page.model  # type: ignore[attr-defined]
    first = next(o.id for o in model.options() if model.code(o.id) == "WO1")
    page.select_option(first)  # type: ignore[attr-defined]


def _impact_effort(page: QWidget) -> None:
    page.tabs.setCurrentWidget(page.impact_effort)  # type: ignore[attr-defined]


def _drafts(page: QWidget) -> None:
    page.tabs.setCurrentWidget(page.drafts)  # type: ignore[attr-defined]


def _objectives(page: QWidget) -> None:
    page.tabs.setCurrentWidget(page.objectives)  # type: ignore[attr-defined]


def _nothing(page: QWidget) -> None:
    return None


# (file name, step, how to set the page up); the timer shows on the first shot.
SHOTS: tuple[tuple[str, str, Callable[[QWidget], None]], ...] = (
    ("present-swot", "diagnostic", _diagnostic),
    ("present-voting", "diagnostic", _voting),
    ("present-tows", "options", _options),
    ("present-impact-effort", "options", _impact_effort),
    ("present-vision-drafts", "vision", _drafts),
    ("present-objectives", "vision", _objectives),
    ("present-action-plan", "action_plan", _nothing),
    ("present-timeline", "timeline", _nothing),
)


def save_presentation_screenshots(folder: Path) -> list[Path]:
    """Save present-*.png (one screen, presented) of a fresh demo plan in ``folder``."""
    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        for (width, height), suffix in PRESENTED_SIZES:
            settings = AppSettings(
                QSettings(str(scratch / f"settings{suffix}.ini"), QSettings.Format.IniFormat)
            )
            window = MainWindow(settings=settings, prompter=Prompter(), demo_folder=scratch)
            presentation = window.presentation
            presentation.full_screen = False  # the window stands in for a screen of this size
            presentation.screens = partial(_one_screen, width, height)
            window.resize(width, height)
            window.show()
            window.open_demo()
            view = window.plan_view
            assert view is not None and window.session is not None
            if not any(i.status is ItemStatus.ACTIVE for i in window.session.swot_items()):
                raise RuntimeError("the demo plan has no SWOT items to present")
            presentation.enter()
            for number, (name, key, set_up) in enumerate(SHOTS):
                view.go_to_key(key)
                set_up(view.page(key))
                window.resize(width, height)  # a page may have asked for more before presenting
                if number == 0:
                    presentation.countdown.start()
                elif number == 1:
                    presentation.countdown.reset()
                    presentation.countdown.reset()  # the second reset hides the timer
                saved.append(grab(window, folder / f"{name}{suffix}.png"))
            presentation.leave()
            window.close()
            window.deleteLater()
        saved.append(_save_audience_view(folder, scratch))
    return saved


def _save_audience_view(folder: Path, scratch: Path) -> Path:
    """The projector's view while the facilitator keeps the editing window on the laptop."""
    settings = AppSettings(QSettings(str(scratch / "audience.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings, prompter=Prompter(), demo_folder=scratch)
    presentation = window.presentation
    presentation.full_screen = False
    laptop = window.screen()
    presentation.screens = lambda: [
        ScreenInfo(laptop.name(), laptop.geometry(), laptop),
        ScreenInfo("projector", QRect(0, 0, 1920, 1080)),
    ]
    window.resize(1280, 800)
    window.show()
    window.open_demo()
    assert window.plan_view is not None
    window.plan_view.go_to_key("diagnostic")
    _diagnostic(window.plan_view.page("diagnostic"))
    presentation.enter()
    presentation.countdown.start()
    audience = presentation.audience
    assert audience is not None
    audience.resize(1920, 1080)
    path = grab(audience, folder / "present-audience-1920.png")
    presentation.leave()
    window.close()
    window.deleteLater()
    return path


if __name__ == "__main__":
    for written in save_presentation_screenshots(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    ):
        print(written)
