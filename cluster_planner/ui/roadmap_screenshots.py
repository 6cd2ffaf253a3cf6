"""Render the Roadmap page with the demo plan to PNG files for the user guide.

Run: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.roadmap_screenshots docs/images``
(the sample pages of the documents themselves: ``python -m bench.roadmap --samples``).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cluster_planner.ui.application import create_application
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.roadmap_page import RoadmapPage
from cluster_planner.ui.screenshots import SIZES, demo_session, grab

PRINTED = dt.date(2026, 11, 28)


def _laid_out(page: RoadmapPage, timeout_s: float = 60.0) -> None:
    """Let the worker lay the preview out (it runs off the GUI thread)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents()
        if page.preview.pages is not None and not page.busy():
            return
        time.sleep(0.02)
    raise TimeoutError("the roadmap preview was not laid out in time")


def save_roadmap_screenshots(folder: Path) -> list[Path]:
    """Save roadmap-page*.png (1280×800 and 1920×1080) of the demo plan in ``folder``."""
    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with demo_session() as session:
        for size, suffix in SIZES:
            page = RoadmapPage(session, Prompter(), today=PRINTED)
            page.resize(*size)
            page.show()
            _laid_out(page)
            pages = page.preview.pages
            assert pages is not None
            wide = next(
                n for n in range(len(pages)) if pages.page_size(n)[0] > pages.page_size(n)[1]
            )
            page.preview.show_page(wide)
            saved.append(grab(page, folder / f"roadmap-page{suffix}.png"))
            page.preview.show_document(None)
            page.close()
            page.deleteLater()
            QApplication.processEvents()
    return saved


if __name__ == "__main__":
    for written in save_roadmap_screenshots(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    ):
        print(written)
