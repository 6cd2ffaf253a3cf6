"""The real start-up path, in a fresh process: paint first, then open the plan."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest


def start(tmp_path: Path, *args: str) -> dict[str, float]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CLUSTER_PLANNER_STARTUP_PROBE="1",
        XDG_CONFIG_HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-m", "cluster_planner", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-800:]
    marks = {}
    for line in result.stdout.splitlines():
        if line.startswith("startup-probe "):
            _, name, stamp = line.split()
            marks[name] = float(stamp)
    return marks


@pytest.mark.parametrize("args", [(), ("--demo",)], ids=["welcome", "demo"])
def test_the_window_paints_before_the_plan_opens(tmp_path: Path, args: tuple[str, ...]) -> None:
    """The first paint comes before the (slower) opening of the plan, and the app then runs."""
    marks = start(tmp_path, *args)
    assert marks["first_paint"] <= marks["ready"]


def test_the_demo_is_copied_from_a_template_built_once(tmp_path: Path) -> None:
    """Two demo starts leave two demo copies and one template in the data folder."""
    start(tmp_path, "--demo")
    start(tmp_path, "--demo")
    demo_folder = next(tmp_path.rglob("demo"))
    assert len(list(demo_folder.glob("demo-*.clusterplan"))) == 2
    assert len(list((demo_folder / "templates").glob("template-*.clusterplan"))) == 1


HAND_OVER = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFileOpenEvent
from cluster_planner.ui import application

app = application.Application(sys.argv[:1])  # what create_application() makes on macOS
# What macOS does when a plan is double-clicked in the Finder while the app starts.
QTimer.singleShot(0, lambda: QCoreApplication.sendEvent(app, QFileOpenEvent(sys.argv[1])))
sys.exit(application.run())
"""


def test_a_plan_handed_over_by_the_system_at_start_is_opened(
    tmp_path: Path, demo_path: Path
) -> None:
    """A FileOpen event (macOS: a plan opened from the Finder) that arrives before the
    window has its menus is kept, then opened once it has them."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CLUSTER_PLANNER_STARTUP_PROBE="1",
        XDG_CONFIG_HOME=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "-c", HAND_OVER, str(demo_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-800:]
    window = next(
        json.loads(line.split(" ", 1)[1])
        for line in result.stdout.splitlines()
        if line.startswith("startup-probe-window ")
    )
    assert window["title"] == "Atuntaqui garment cluster — demo.clusterplan[*] — Cluster Planner"
