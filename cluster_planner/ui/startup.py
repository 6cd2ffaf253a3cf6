"""Start-up: run work after the window first paints, and timing marks for the benchmark.

The plan (and with it SQLAlchemy) is opened only once the main window has painted,
so people see the window at once. With CLUSTER_PLANNER_STARTUP_PROBE=1 (set by
``bench/startup.py``) it also prints ``startup-probe first_paint <epoch seconds>``
and, once the opened plan's page has painted, ``startup-probe ready <epoch
seconds>``, then quits. Just before ``ready`` it prints ``startup-probe-window`` and the
window's title and menu titles as JSON, so a test of an installed copy can read which
language the interface came up in.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "CLUSTER_PLANNER_STARTUP_PROBE"


def enabled() -> bool:
    """True when the benchmark asked for timing marks."""
    return os.environ.get(ENV) == "1"


def mark(name: str) -> None:
    """Print one timing mark."""
    print(f"startup-probe {name} {time.time():.6f}", flush=True)


def describe(window: QWidget) -> None:
    """Print the window's title and its menus' titles (one JSON line)."""
    import json

    from PySide6.QtWidgets import QMainWindow

    menus = window.menuBar().actions() if isinstance(window, QMainWindow) else []
    shown = {"title": window.windowTitle(), "menus": [action.text() for action in menus]}
    print(f"startup-probe-window {json.dumps(shown, ensure_ascii=False)}", flush=True)


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    return app


class _FirstPaint(QObject):
    """Calls back once, after any widget of ``window`` has painted."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            _application().removeEventFilter(self)
            # Let this paint finish before the (slow) callback runs.
            QTimer.singleShot(0, self._callback)
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run ``callback`` once ``window`` is on screen (marking it when probing)."""

    def first_painted() -> None:
        if enabled():
            mark("first_paint")
        callback()
        if enabled():
            window.repaint()
            describe(window)
            mark("ready")
            QApplication.quit()

    _application().installEventFilter(_FirstPaint(window, first_painted))
