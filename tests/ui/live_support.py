"""Helpers shared by the live participation tests of the app (phones on worker threads)."""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluster_planner.ui.live_controller import existing_controller
from cluster_planner.ui.main_window import MainWindow
from tests.live.conftest import Phone

POOL = concurrent.futures.ThreadPoolExecutor(4, thread_name_prefix="test-phone")


def ask(qtbot, call: Callable[..., Any], *args: Any) -> Any:
    """Run a phone's call on a worker thread while the app keeps working."""
    future = POOL.submit(call, *args)
    qtbot.waitUntil(future.done, timeout=60000)
    return future.result()


def open_hall(demo_window: MainWindow) -> Iterator[MainWindow]:
    """The demo plan with a fresh round open on the Diagnostic page, phones on loopback."""
    window = demo_window
    session = window.session
    assert session is not None and window.plan_view is not None
    meeting = session.meetings()[-1].id
    session.run(
        session.document.add_voting_round, meeting_id=meeting, title="Today", dots_per_voter=3
    )
    window.plan_view.go_to_key("diagnostic")
    page = window.plan_view.page("diagnostic")
    page.show_side_panel(page.voting)
    page.voting.choose_round(session.voting_rounds()[-1].id)
    QApplication.processEvents()
    yield window
    controller = existing_controller(session) if window.session is not None else None
    if controller is not None:
        controller.stop()


def choose_loopback(panel) -> None:
    panel._read_networks()
    index = panel.network.findData("127.0.0.1")
    assert index >= 0, "the computer's own address is offered"
    panel.network.setCurrentIndex(index)


def start_from(qtbot, panel) -> Phone:
    choose_loopback(panel)
    qtbot.mouseClick(panel.start_button, Qt.MouseButton.LeftButton)
    controller = panel.controller()
    assert controller is not None and controller.running, panel.info.text()
    assert panel.live_here() and not panel.start_button.isVisible()
    return Phone(int(controller.url.rsplit(":", 1)[1]), controller.code)
