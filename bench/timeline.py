"""Timeline benchmark: the Gantt chart over generated plans of 1,000 and 2,000 actions.

Measures the scene built (median of 5), pan and zoom frames at every scale and at
"fit to plan" (each frame: scroll a screen width, or zoom one step, then repaint the
chart and its header), one drag step (a mouse move on a bar during a drag, to the
repainted frame), and how much a frame slows down from 1,000 to 2,000 actions.

Each frame's processor time (this thread's) is kept beside its wall time: on a shared
machine the wall time also counts the moments other work held the processor, and the
processor time shows how much of a frame is the app's own work.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ACTIONS = 2000
BUILDS = 5
FRAMES = 40  # per scale and per kind of frame
DRAG_STEPS = 40
SIZE = (1600, 950)


def _plan(folder: Path, actions: int) -> Path:
    from bench.generate import generate_plan

    return generate_plan(folder / f"plan-{actions}.clusterplan", actions=actions)


_cpu: list[float] = []  # the processor time of each frame timed, in order


def _p90(times: list[float]) -> float:
    return sorted(times)[int(len(times) * 0.9)]


def _ms(seconds: float) -> float:
    return seconds * 1000


def _scene_builds(session: Any, page: Any) -> list[float]:
    """The scene made from the plan (read cached, rows as the page shows them), BUILDS times."""
    from cluster_planner.ui.gantt.scene import TimelineScene

    gantt = page.gantt
    times = []
    for _ in range(BUILDS):
        start = time.perf_counter()
        scene = TimelineScene(session, gantt.grid, gantt.rows)
        times.append(time.perf_counter() - start)
        session.changed.disconnect(scene._on_changed)
        scene.deleteLater()
    return times


def _frame(app: Any, gantt: Any) -> None:
    gantt.chart.viewport().repaint()
    gantt.header.repaint()


def _pan_frames(app: Any, gantt: Any) -> list[float]:
    """Scroll a screen width right (down a screen at the right end), repaint: FRAMES times."""
    across = gantt.chart.horizontalScrollBar()
    down = gantt.chart.verticalScrollBar()
    width = gantt.chart.viewport().width()
    height = gantt.chart.viewport().height()
    times = []
    for _ in range(FRAMES):
        start, cpu = time.perf_counter(), time.thread_time()
        if across.value() + width <= across.maximum():
            across.setValue(across.value() + width)
        else:
            across.setValue(across.minimum())
            down.setValue(down.value() + height if down.value() < down.maximum() else 0)
        _frame(app, gantt)
        times.append(time.perf_counter() - start)
        _cpu.append(time.thread_time() - cpu)
    return times


def _zoom_frames(app: Any, gantt: Any) -> list[float]:
    """Zoom in and out by one step around the middle, repaint: FRAMES times."""
    times = []
    for n in range(FRAMES):
        start, cpu = time.perf_counter(), time.thread_time()
        if n % 2:
            gantt.zoom_out()
        else:
            gantt.zoom_in()
        _frame(app, gantt)
        times.append(time.perf_counter() - start)
        _cpu.append(time.thread_time() - cpu)
    return times


def _drag_steps(app: Any, gantt: Any) -> list[float]:
    """Press on a bar in view, then move it a snap unit at a time: each move to the frame."""
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from cluster_planner.domain.timeline import Scale

    gantt.set_scale(Scale.MONTH)
    seen = gantt.chart.visible_scene_rect()
    shown = (b.bar_rect().intersected(seen.adjusted(0, 0, -300, 0)) for b in gantt.scene.bars())
    target = next(rect for rect in shown if rect.width() > 60)
    viewport = gantt.chart.viewport()
    press = gantt.chart.mapFromScene(target.center())
    left = Qt.MouseButton.LeftButton

    def send(kind: QEvent.Type, at: QPoint, button: Qt.MouseButton, buttons: Any) -> None:
        event = QMouseEvent(
            kind,
            QPointF(at),
            QPointF(viewport.mapToGlobal(at)),
            button,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, event)

    send(QEvent.Type.MouseButtonPress, press, left, left)
    step = round(gantt.grid.unit_width(gantt.grid.snap_unit))
    times = []
    for n in range(DRAG_STEPS):
        offset = step * (1 + n % 8)  # out and back, every move a new date
        at = QPoint(press.x() + offset, press.y())
        start = time.perf_counter()
        send(QEvent.Type.MouseMove, at, Qt.MouseButton.NoButton, left)
        viewport.repaint()
        times.append(time.perf_counter() - start)
    gantt.scene.cancel_drag()  # nothing is saved
    send(QEvent.Type.MouseButtonRelease, press, left, Qt.MouseButton.NoButton)
    return times


def _measure_plan(path: Path, drag: bool) -> dict[str, Any]:
    from cluster_planner.domain.timeline import Scale, plan_span
    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.ui.application import create_application
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter
    from cluster_planner.ui.timeline_page import TimelinePage

    app = create_application()
    session = PlanSession(PlanDocument.open(path))
    span = plan_span(session.actions())
    assert span is not None
    start = time.perf_counter()
    page = TimelinePage(session, Prompter(), today=dt.date(2027, 9, 1))
    page.resize(*SIZE)
    page.show()
    page.repaint()
    app.processEvents()
    shown = time.perf_counter() - start
    gantt = page.gantt
    result: dict[str, Any] = {"page_shown": shown, "builds": _scene_builds(session, page)}
    for name in [*(s.value for s in Scale), "fit"]:
        if name == "fit":
            gantt.fit_to_plan()
        else:
            gantt.set_scale(Scale(name))
            gantt.scroll_to_date(span[0], 0.0)
        gantt.chart.verticalScrollBar().setValue(0)
        app.processEvents()
        _frame(app, gantt)
        _cpu.clear()
        result[f"pan_{name}"] = _pan_frames(app, gantt)
        result[f"cpu_pan_{name}"] = list(_cpu)
        if name == "fit":
            gantt.fit_to_plan()
        else:
            gantt.set_scale(Scale(name))
        _cpu.clear()
        result[f"zoom_{name}"] = _zoom_frames(app, gantt)
        result[f"cpu_zoom_{name}"] = list(_cpu)
    if drag:
        gantt.chart.verticalScrollBar().setValue(0)
        gantt.scroll_to_date(span[0], 0.0)
        app.processEvents()
        result["drag"] = _drag_steps(app, gantt)
    page.close()
    page.deleteLater()
    app.processEvents()
    session.close()
    return result


def measure() -> dict[str, float]:
    """Scene build, frame and drag times at 2,000 actions, and the 2,000 / 1,000 frame ratio."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        small = _measure_plan(_plan(folder, ACTIONS // 2), drag=False)
        large = _measure_plan(_plan(folder, ACTIONS), drag=True)
    frames = [k for k in large if k.startswith(("pan_", "zoom_"))]
    numbers: dict[str, float] = {
        "actions": ACTIONS,
        "page_shown_ms": _ms(large["page_shown"]),
        "scene_built_1000_ms": _ms(statistics.median(small["builds"])),
        "scene_built_ms": _ms(statistics.median(large["builds"])),
    }
    for key in frames:
        kind, scale = key.split("_", 1)
        numbers[f"{kind}_p90_ms_{scale}"] = _ms(_p90(large[key]))
        numbers[f"{kind}_cpu_p90_ms_{scale}"] = _ms(_p90(large[f"cpu_{key}"]))
    numbers["frame_p90_ms"] = max(_ms(_p90(large[key])) for key in frames)
    for kind in ("pan", "zoom"):
        keys = [k for k in frames if k.startswith(kind)]
        every_large = [t for key in keys for t in large[key]]
        every_small = [t for key in keys for t in small[key]]
        numbers[f"{kind}_median_1000_ms"] = _ms(statistics.median(every_small))
        numbers[f"{kind}_median_ms"] = _ms(statistics.median(every_large))
        numbers[f"{kind}_ratio_2000_to_1000"] = statistics.median(every_large) / statistics.median(
            every_small
        )
    numbers["frame_ratio_2000_to_1000"] = max(
        numbers["pan_ratio_2000_to_1000"], numbers["zoom_ratio_2000_to_1000"]
    )
    numbers["drag_step_median_ms"] = _ms(statistics.median(large["drag"]))
    numbers["drag_step_p90_ms"] = _ms(_p90(large["drag"]))
    return numbers


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}")
