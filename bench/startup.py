"""Start-up benchmark: the app against a bare PySide6 window, measured in the same run.

Each run is a fresh process. Time is counted from just before the process is
spawned to the moment the child reports, on stdout, the event it waits for:

- bare: a QMainWindow's first paint (the floor for any Qt app on this machine);
- app, ``first_paint``: Cluster Planner's main window first painted (``--demo``);
- app, ``ready``: the demo plan built and opened, its Cluster page shown and the
  event loop idle, i.e. ready for input.

The app reports these when ``CLUSTER_PLANNER_STARTUP_PROBE=1`` is set (see
``cluster_planner/ui/startup.py``) and quits after ``ready``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and obj.isWidgetType() and obj.window() is window:
            print(f"startup-probe first_paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
probe = Probe()
app.installEventFilter(probe)
window.show()
app.exec()
"""


def _run(command: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    marks = {}
    for line in result.stdout.splitlines():
        if line.startswith("startup-probe "):
            _, name, stamp = line.split()
            marks[name] = float(stamp) - start
    if result.returncode != 0 or not marks:
        raise RuntimeError(f"{command} failed: {result.stderr[-800:]}")
    return marks


def measure(runs: int = 11) -> dict[str, float]:
    """Median seconds for the bare window, the app's first paint and the demo page ready."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed app has compiled bytecode; without it every start would recompile
    # our modules. The warm-up run below writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    bare, first, ready = [], [], []
    with tempfile.TemporaryDirectory() as home:
        # A private settings/data folder so the demo copy and settings stay out of the user's.
        env.update(CLUSTER_PLANNER_STARTUP_PROBE="1", XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        app = [sys.executable, "-m", "cluster_planner", "--demo"]
        # The very first demo also builds the demo template (later ones copy it).
        cold = _run(app, env)["ready"]
        _run([sys.executable, "-c", BARE], env)
        for _ in range(runs):
            bare.append(_run([sys.executable, "-c", BARE], env)["first_paint"])
            marks = _run(app, env)
            first.append(marks["first_paint"])
            ready.append(marks["ready"])
    return {
        "bare_window_s": statistics.median(bare),
        "app_first_paint_s": statistics.median(first),
        "demo_page_ready_s": statistics.median(ready),
        "first_demo_ever_ready_s": cold,
    }


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
    print(Path(__file__).name, "done")
