"""The main window opens inside the screen's available area and remembers its size per
screen: checked in a real process on screens of 1280x720 and 1366x768 (less a task bar)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMargins, QRect

from cluster_planner.ui.window_place import default_geometry, fitted

# Run in a process of its own, whose offscreen screen is the one described by the config.
OPEN_AND_REPORT = r"""
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.settings import AppSettings

app = QApplication([])
settings = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
window = MainWindow(settings=settings)
window.show()
for _ in range(5):
    app.processEvents()
frame, available = window.frameGeometry(), window.screen().availableGeometry()
bar = window.statusBar()
report = {
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
    "available": [available.x(), available.y(), available.width(), available.height()],
    "status_bar_bottom": bar.mapTo(window, bar.rect().bottomLeft()).y(),
    "height": window.height(),
}
if len(sys.argv) > 2:  # the person resizes the window, then quits
    width, height = map(int, sys.argv[2].split("x"))
    window.resize(width, height)
    app.processEvents()
window.close()
print(json.dumps(report))
"""


def _screen_config(folder: Path, name: str, width: int, height: int) -> Path:
    """An offscreen screen of ``width`` x ``height`` named ``name``, with window frames."""
    path = folder / f"{name}.json"
    path.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": name,
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        )
    )
    return path


def _open(folder: Path, screen: Path, resize: str | None = None) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    args = [sys.executable, "-c", OPEN_AND_REPORT, str(folder / "settings.ini")]
    if resize:
        args.append(resize)
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(report: dict) -> bool:
    x, y, w, h = report["frame"]
    ax, ay, aw, ah = report["available"]
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def test_a_window_too_large_is_fitted_and_kept_on_the_screen() -> None:
    """Too large: shrunk to the area less the frame; off an edge: moved back in."""
    available = QRect(0, 0, 1280, 690)
    margins = QMargins(2, 30, 2, 2)
    placed = fitted(QRect(100, 200, 1280, 800), available, margins)
    assert available.contains(placed.marginsAdded(margins))
    assert placed.size().width() == 1276 and placed.height() == 658
    first = default_geometry(QRect(0, 0, 1920, 1050))
    assert (first.width(), first.height()) == (1280, 800)


def test_the_window_opens_inside_small_screens_and_remembers_each(tmp_path: Path) -> None:
    """On 1280x720 and 1366x768 the whole window, its status bar included, is on the screen;
    a size chosen on one screen comes back on that screen and not on the other."""
    projector = _screen_config(tmp_path, "projector", 1280, 720)
    laptop = _screen_config(tmp_path, "laptop", 1366, 768)
    for screen in (projector, laptop):
        report = _open(tmp_path, screen)
        assert _inside(report), report
        assert report["status_bar_bottom"] < report["height"]
    _open(tmp_path, laptop, resize="1000x600")
    assert _open(tmp_path, laptop)["frame"][2:] == [1004, 604]
    on_projector = _open(tmp_path, projector)
    assert _inside(on_projector) and on_projector["frame"][2] != 1004
