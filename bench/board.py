"""Board benchmark: the Diagnostic page over a 400-card SWOT, from query to painted page."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def measure(cards: int = 400, runs: int = 7) -> dict[str, float]:
    """Median seconds to read the cards and build and show the Diagnostic page."""
    from PySide6.QtWidgets import QApplication

    from cluster_planner.domain.enums import Quadrant
    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.services.swot_import import ImportRow
    from cluster_planner.ui.application import create_application
    from cluster_planner.ui.diagnostic_page import DiagnosticPage
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

    app = create_application()
    quadrants = list(Quadrant)
    rows = [
        ImportRow(
            n + 2,
            quadrants[n % 4],
            f"Finding number {n}: firms report that the supply of inputs is irregular "
            "and that prices change from one week to the next",
            ("markets", "finance") if n % 3 else (),
        )
        for n in range(cards)
    ]
    times = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "board.clusterplan"
        document = PlanDocument.create(path)
        document.import_swot_items(rows)
        document.close()
        for _ in range(runs):
            session = PlanSession(PlanDocument.open(path))
            start = time.perf_counter()
            page = DiagnosticPage(session, Prompter())
            page.resize(1280, 800)
            page.show()
            page.repaint()
            app.processEvents()
            times.append(time.perf_counter() - start)
            page.close()
            page.deleteLater()
            session.close()
            QApplication.processEvents()
    return {"board_400_open_s": statistics.median(times)}


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
