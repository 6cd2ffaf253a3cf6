"""Render the Diagnostic page with the demo plan to PNG files for the user guide.

Run: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.diagnostic_screenshots docs/images``
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings

from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.ui.application import create_application
from cluster_planner.ui.diagnostic_page import DiagnosticPage
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.screenshots import grab
from cluster_planner.ui.settings import AppSettings

SIZE = (1280, 800)
PROJECTOR_SIZE = (1920, 1080)
DIAGNOSTIC_STEP = 1

SAMPLE_CSV = """quadrant,statement,theme,evidence
S,Two vocational schools teach knitting and pattern making,Skills,School enrolment 2024
W,Few firms keep written accounts,Finance,Survey of 60 firms
O,Buyers in Colombia ask for school uniforms,Markets,Trade mission report
,A row somebody forgot to classify,,
Menace,Power cuts during the dry season,Infrastructure,
X,Cheap second-hand clothing from abroad,Markets,
T,,Policy,
"""


def save_diagnostic_screenshots(folder: Path) -> list[Path]:
    """Save diagnostic-*.png of a fresh demo plan in ``folder``; return their paths."""
    create_application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as temp:
        scratch = Path(temp)
        settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings=settings, demo_folder=scratch / "demo")
        window.resize(*SIZE)
        window.show()
        window.open_demo()
        view, session = window.plan_view, window.session
        assert view is not None and session is not None
        view.go_to_step(DIAGNOSTIC_STEP)
        shown = view.pages.currentWidget()
        if isinstance(shown, DiagnosticPage):
            page = shown
        else:
            # Until the window builds the page itself, show it in the step's place.
            page = DiagnosticPage(session, Prompter())
            view.pages.insertWidget(DIAGNOSTIC_STEP, page)
            if shown is not None:
                view.pages.removeWidget(shown)
            view.pages.setCurrentWidget(page)

        page.voting.set_revealed(False)
        page.board.focus_quadrant(Quadrant.WEAKNESS)
        saved.append(grab(window, folder / "diagnostic-board.png"))

        page.voting.set_revealed(True)
        machines = next(
            i
            for i in session.swot_items()
            if i.status is ItemStatus.ACTIVE
            and any(m.merged_into_id == i.id for m in session.swot_items())
        )
        page.board.select(machines.id, focus=True)
        saved.append(grab(window, folder / "diagnostic-ranked.png"))
        window.resize(*PROJECTOR_SIZE)
        saved.append(grab(window, folder / "diagnostic-ranked-1920.png"))
        window.resize(*SIZE)

        page.side.setCurrentWidget(page.voting)
        page.voting.tally_table.setFocus()
        row = page.voting.tally_model.row_of(machines.id)
        page.voting.tally_table.setCurrentIndex(page.voting.tally_model.index(max(row, 0), 2))
        saved.append(grab(window, folder / "diagnostic-voting.png"))
        page.voting.show_breakdown.setChecked(True)
        window.resize(*PROJECTOR_SIZE)
        saved.append(grab(window, folder / "diagnostic-voting-1920.png"))
        window.resize(*SIZE)

        csv = scratch / "swot-from-the-field.csv"
        csv.write_text(SAMPLE_CSV, encoding="utf-8")
        page.side.setCurrentIndex(0)
        page.import_panel.start_file(str(csv))
        page._show_import_panel()
        saved.append(grab(window, folder / "diagnostic-import.png"))
        page.import_panel.cancel()
        window.close_plan()
        window.close()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")
    for written in save_diagnostic_screenshots(target):
        print(written)
