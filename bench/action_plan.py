"""Action plan benchmark: the page over a generated 2,000-action plan.

Measures the page shown (read, build, show, paint), one edit committed and shown,
a filter applied, and the whole app's peak memory with that plan open on the
Action plan step (in a child process, so this process's own memory does not count).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ACTIONS = 2000

_MEMORY_PROBE = """
import resource, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from cluster_planner.ui.application import create_application
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.settings import AppSettings
from PySide6.QtCore import QSettings
app = create_application()
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(settings=settings)
window.resize(1600, 950)
window.show()
assert window.open_plan(Path(sys.argv[1]))
window.plan_view.go_to_key("action_plan")
page = window.plan_view.page("action_plan")
for _ in range(5):
    app.processEvents()
window.repaint()
page.tree.search.setText("training")
app.processEvents()
page.tree.search.setText("")
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
window.close_plan()
"""


def _plan(folder: Path, actions: int) -> Path:
    from bench.generate import generate_plan

    return generate_plan(folder / f"plan-{actions}.clusterplan", actions=actions)


def _page_times(path: Path, runs: int) -> tuple[float, list[float], list[float]]:
    """Median page-shown time, then edit and filter times on the last page built."""
    from PySide6.QtWidgets import QApplication

    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.ui.action_plan_page import ActionPlanPage
    from cluster_planner.ui.application import create_application
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

    app = create_application()
    shown = []
    edits: list[float] = []
    filters: list[float] = []
    for run in range(runs):
        session = PlanSession(PlanDocument.open(path))
        start = time.perf_counter()
        page = ActionPlanPage(session, Prompter())
        page.resize(1600, 950)
        page.show()
        page.repaint()
        app.processEvents()
        shown.append(time.perf_counter() - start)
        if run == runs - 1:
            edits = _edit_times(app, session, page)
            filters = _filter_times(app, page)
        page.close()
        page.deleteLater()
        session.close()
        QApplication.processEvents()
    return statistics.median(shown), edits, filters


def _edit_times(app: object, session: object, page: object) -> list[float]:
    """One field edit of the selected action, committed and repainted, 30 times."""
    actions = session.actions()  # type: ignore[attr-defined]
    target = actions[len(actions) // 2]
    page.tree.select_action(target.id)  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    times = []
    for n in range(30):
        start = time.perf_counter()
        session.run(session.document.update_action, target.id, progress=n % 100)  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        page.repaint()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - start)
    return times


def _filter_times(app: object, page: object) -> list[float]:
    """Typing a search word, and clearing it: each applied and repainted."""
    times = []
    for text in ("training", "", "yarn credit", "", "A7.", ""):
        start = time.perf_counter()
        page.tree.search.setText(text)  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        page.repaint()  # type: ignore[attr-defined]
        times.append(time.perf_counter() - start)
    return times


def _peak_memory_mb(path: Path, folder: Path) -> float:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(path), str(folder / "settings.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return int(result.stdout.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KiB


def measure(runs: int = 5) -> dict[str, float]:
    """Page shown, edit, filter and peak memory at 2,000 actions (page shown at 1,000 too)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small = _plan(folder, ACTIONS // 2)
        large = _plan(folder, ACTIONS)
        shown_small, _, _ = _page_times(small, runs)
        shown, edits, filters = _page_times(large, runs)
        memory = _peak_memory_mb(large, folder)
    return {
        "actions": ACTIONS,
        "page_shown_1000_s": shown_small,
        "page_shown_s": shown,
        "edit_median_ms": statistics.median(edits) * 1000,
        "edit_p90_ms": sorted(edits)[int(len(edits) * 0.9)] * 1000,
        "filter_max_ms": max(filters) * 1000,
        "filter_median_ms": statistics.median(filters) * 1000,
        "peak_memory_mb": memory,
    }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
