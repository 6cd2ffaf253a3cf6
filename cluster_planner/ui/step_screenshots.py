"""Render every workshop step of the demo plan in the whole window, at the sizes of a small
projector (1280×720), a common laptop (1366×768) and a 1080p screen, for the user guide.

Run: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.step_screenshots docs/images``
(written as ``step-<step>-<width>x<height>.png``).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from cluster_planner.services.demo import create_demo_plan
from cluster_planner.ui.application import create_application
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.screenshots import _scratch_settings, grab

STEP_SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def english() -> None:
    """The application, speaking English with its plural forms ("1 card", "6 cards")."""
    from cluster_planner.ui.i18n import build
    from cluster_planner.ui.language import apply_language

    app = create_application()
    build()
    apply_language(app, "en")


def _cluster(page: Any) -> None:
    tab = page.organisations_tab
    page.tabs.setCurrentWidget(tab)
    tab.select(tab.model.entry(0).id)


def _timeline(page: Any) -> None:
    page.fit_to_plan()


def _roadmap(page: Any) -> None:
    from cluster_planner.ui.roadmap_screenshots import _laid_out

    _laid_out(page)


def _nothing(page: Any) -> None:
    return None


# (step, how to set its page up)
STEPS: tuple[tuple[str, Callable[[Any], None]], ...] = (
    ("cluster", _cluster),
    ("diagnostic", _nothing),
    ("options", _nothing),
    ("vision", _nothing),
    ("action_plan", _nothing),
    ("timeline", _timeline),
    ("review", _nothing),
    ("roadmap", _roadmap),
)


def save_step_screenshots(folder: Path) -> list[Path]:
    """Save step-<step>-<size>.png for every step at every size of STEP_SIZES."""
    english()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        path = scratch / "Atuntaqui.clusterplan"
        create_demo_plan(path).close()
        for width, height in STEP_SIZES:
            window = MainWindow(settings=_scratch_settings(scratch), prompter=Prompter())
            window.resize(width, height)
            window.show()
            assert window.open_plan(path) and window.plan_view is not None
            for key, set_up in STEPS:
                window.plan_view.go_to_key(key)
                set_up(window.plan_view.page(key))
                window.resize(width, height)
                name = f"step-{key.replace('_', '-')}-{width}x{height}.png"
                saved.append(grab(window, folder / name))
            window.close()
            window.deleteLater()
            QApplication.processEvents()
    return saved


if __name__ == "__main__":
    for written in save_step_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")):
        print(written)
