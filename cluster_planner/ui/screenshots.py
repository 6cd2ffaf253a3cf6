"""Render the welcome screen and the Cluster page with the demo plan to PNG files.

Run: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.screenshots docs/images``
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.ui.application import create_application
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.settings import AppSettings

SIZE = (1280, 800)


def _save(window: QWidget, path: Path) -> Path:
    for _ in range(3):
        QApplication.processEvents()
    window.grab().save(str(path))
    return path


def save_screenshots(folder: Path) -> list[Path]:
    """Save welcome.png and cluster-*.png of a fresh demo plan in ``folder``; return their paths."""
    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        # Screenshots must not show (or change) the person's own recent files.
        settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
        settings.add_recent_file(scratch / "Atuntaqui garment cluster.clusterplan")
        settings.add_recent_file(scratch / "Edible oil processors, Amhara.clusterplan")
        window = MainWindow(settings=settings, demo_folder=scratch / "demo")
        window.resize(*SIZE)
        window.show()
        saved.append(_save(window, folder / "welcome.png"))
        window.open_demo()
        assert window.plan_view is not None
        page = window.plan_view.cluster_page
        shots = [
            (page.organisations_tab, "cluster-organisations.png"),
            (page.people_tab, "cluster-people.png"),
            (page.meetings_tab, "cluster-meetings.png"),
        ]
        for tab, name in shots:
            page.tabs.setCurrentWidget(tab)
            tab.select(tab.model.entry(0).id)
            saved.append(_save(window, folder / name))
        page.tabs.setCurrentWidget(page.profile_tab)
        saved.append(_save(window, folder / "cluster-profile.png"))
        window.close()
    return saved


if __name__ == "__main__":
    for written in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")):
        print(written)
