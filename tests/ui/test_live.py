"""Live participation in the app: started from the page, phones over loopback, the board
changes; the facilitator's undo stack and typing are left alone.

Phones are real HTTP clients on worker threads (the app applies their changes on its own
thread, so the test keeps Qt's event loop running while they wait). Every server listens
on 127.0.0.1 only.
"""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from cluster_planner.domain.enums import ItemStatus
from cluster_planner.domain.prioritisation import ranking
from cluster_planner.live.qr import qr_matrix
from cluster_planner.ui.join_card import JoinCard
from cluster_planner.ui.live_controller import existing_controller
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.presentation.screens import ScreenInfo
from tests.ui.live_support import ask, open_hall, start_from


@pytest.fixture
def hall(demo_window: MainWindow) -> Iterator[MainWindow]:
    """The demo plan with a fresh round open on the Diagnostic page, phones on loopback."""
    yield from open_hall(demo_window)


def test_phones_vote_from_the_voting_panel_and_their_dots_show_apart(
    qtbot, hall: MainWindow
) -> None:
    session = hall.session
    page = hall.plan_view.page("diagnostic")
    voting = page.voting
    phone = start_from(qtbot, voting.live)
    assert "Phones join at 127.0.0.1:" in voting.live.info.text()
    ask(qtbot, phone.join)
    view = ask(qtbot, phone.state)
    round_id = voting.current_round().id
    assert view["round"] == {"id": round_id, "title": "Today", "dots": 3}
    first, second = view["cards"][0]["id"], view["cards"][1]["id"]
    undo_steps = session.undo_stack.count()
    status, _ = ask(qtbot, phone.vote, round_id, {first: 2, second: 1})
    assert status == 200
    # The phones column shows them; the paper column does not.
    model = voting.tally_model
    row = model.row_of(first)
    assert model.index(row, 3).data() == "2" and model.index(row, 2).data() == "–"
    assert not voting.tally_table.isColumnHidden(3)
    assert "Phones: 3 dots from 1 phone (counted with the paper)." in voting.dots_line.text()
    # Paper typed on the laptop adds up with the phone's.
    hall.activateWindow()
    voting.tally_table.setFocus()
    voting.tally_table.setCurrentIndex(model.index(row, 2))
    qtbot.keyClicks(voting.tally_table, "4")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.index(row, 2).data() == "4")
    assert model.index(row, 2).data() == "4" and model.index(row, 3).data() == "2"
    # Only the facilitator's own step is on the undo stack.
    assert session.undo_stack.count() == undo_steps + 1
    voting_round = voting.current_round()
    top = ranking(voting_round, session.swot_items())[0]
    assert top.item.id == first and top.score == 6


def test_a_phones_ballot_leaves_what_the_facilitator_is_typing_alone(
    qtbot, hall: MainWindow
) -> None:
    voting = hall.plan_view.page("diagnostic").voting
    phone = start_from(qtbot, voting.live)
    ask(qtbot, phone.join)
    view = ask(qtbot, phone.state)
    voting.title.setFocus()
    voting.title.selectAll()
    qtbot.keyClicks(voting.title, "Half-typed")
    ask(qtbot, phone.vote, view["round"]["id"], {view["cards"][0]["id"]: 1})
    assert voting.title.text() == "Half-typed"


def test_revealing_the_round_closes_the_phones_ballots(qtbot, hall: MainWindow) -> None:
    page = hall.plan_view.page("diagnostic")
    phone = start_from(qtbot, page.voting.live)
    ask(qtbot, phone.join)
    view = ask(qtbot, phone.state)
    ask(qtbot, phone.vote, view["round"]["id"], {view["cards"][0]["id"]: 3})
    qtbot.mouseClick(page.voting.reveal, Qt.MouseButton.LeftButton)
    seen = ask(qtbot, phone.state)
    assert seen["status"] == "revealed"
    status, answer = ask(qtbot, phone.vote, view["round"]["id"], {view["cards"][1]["id"]: 1})
    assert status == 409 and answer["error"] == "revealed"


def test_ideas_from_phones_wait_in_their_tab_and_the_facilitator_accepts_or_merges(
    qtbot, hall: MainWindow
) -> None:
    session = hall.session
    page = hall.plan_view.page("diagnostic")
    page.show_side_panel(page.pending)
    tray = page.pending
    phone = start_from(qtbot, tray.live)
    ask(qtbot, phone.join)
    for text in ("<b>Bus</b> routes & <img src=x>", "Roads are poor"):
        status, _ = ask(
            qtbot, phone.call, "POST", "/api/ideas", {"quadrant": "threat", "text": text}
        )
        assert status == 201
    assert page.side.tabText(page.side.indexOf(tray)) == "From &Phones (2)"
    assert tray.cards.count() == 2 and tray.cards.item(0).text().endswith("<img src=x>")
    undo_steps = session.undo_stack.count()
    # Accept the first with a click on its row and on Accept.
    rect = tray.cards.visualItemRect(tray.cards.item(0))
    qtbot.mouseClick(tray.cards.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(tray.accept_button, Qt.MouseButton.LeftButton)
    accepted = next(i for i in session.swot_items() if i.statement.startswith("<b>Bus</b>"))
    assert accepted.status is ItemStatus.ACTIVE
    assert session.undo_stack.count() == undo_steps + 1
    assert "from a phone" in session.undo_stack.undoText()
    # Merge the second into the card just accepted, selected on the board.
    assert page.board.select(accepted.id)
    assert tray.merge_button.isEnabled()
    qtbot.mouseClick(tray.merge_button, Qt.MouseButton.LeftButton)
    merged = next(i for i in session.swot_items() if i.statement == "Roads are poor")
    assert merged.status is ItemStatus.MERGED and merged.merged_into_id == accepted.id
    assert tray.cards.count() == 0 and tray.empty.isVisible()
    # Undo gives the idea back to the tray, for the phone too.
    session.undo_stack.undo()
    assert [c.statement for c in session.pending_cards()] == ["Roads are poor"]
    assert [i["text"] for i in ask(qtbot, phone.state)["ideas"]] == ["Roads are poor"]


def test_phones_vote_on_drafts_hidden_until_the_vote_stops(qtbot, demo_window: MainWindow) -> None:
    window = demo_window
    window.plan_view.go_to_key("vision")
    vision = window.plan_view.page("vision")
    vision.tabs.setCurrentWidget(vision.drafts)
    drafts = vision.drafts
    QApplication.processEvents()
    phone = start_from(qtbot, drafts.live)
    ask(qtbot, phone.join)
    view = ask(qtbot, phone.state)
    chosen = view["drafts"][-1]["id"]
    status, _ = ask(qtbot, phone.call, "PUT", "/api/vote", {"draft": chosen})
    assert status == 200
    column = next(
        c
        for c, d in zip(drafts.comparison.columns, drafts.comparison.drafts, strict=False)
        if d.id == chosen
    )
    assert "phones still voting" in column.votes.text()
    qtbot.mouseClick(drafts.live.stop_button, Qt.MouseButton.LeftButton)
    assert "1 from phones" in column.votes.text()


def test_the_hall_sees_the_qr_code_the_address_and_the_code_while_presenting(
    qtbot, hall: MainWindow
) -> None:
    window = hall
    window.presentation.full_screen = False
    window.presentation.screens = lambda: [
        ScreenInfo(window.screen().name(), window.screen().geometry(), window.screen()),
        ScreenInfo("projector", QRect(5000, 0, 1920, 1080)),
    ]
    voting = window.plan_view.page("diagnostic").voting
    start_from(qtbot, voting.live)
    controller = existing_controller(window.session)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.presenting
    QApplication.processEvents()
    audience = window.presentation.audience
    assert audience is not None
    cards = [c for c in audience.findChildren(JoinCard) if c.isVisible()]
    assert len(cards) == 1
    card = cards[0]
    assert card.code.text() == f"Code {controller.code}"
    assert card.address.text() == controller.url.removeprefix("http://")
    assert card.qr.matrix == qr_matrix(controller.join_url)
    assert card.qr.width() >= 0.2 * audience.height()
    assert (
        card.geometry().bottom() <= audience.height()
        and card.geometry().right() <= audience.width()
    )
    # The panel in the audience's page stays out of sight; the card says it all.
    page = audience.page
    assert all(not p.isVisible() for p in page.findChildren(type(voting.live)))
    voting.live.stop()
    QApplication.processEvents()
    assert not [c for c in audience.findChildren(JoinCard) if c.isVisible()]
    window.presentation.leave()


def test_closing_the_plan_stops_the_server(qtbot, hall: MainWindow) -> None:
    voting = hall.plan_view.page("diagnostic").voting
    phone = start_from(qtbot, voting.live)
    port = phone.port
    hall.close_plan()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            break
        qtbot.wait(200)
    else:
        pytest.fail("the live server still answers after the plan closed")


def test_a_read_only_plan_takes_no_input_from_phones(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    assert window.open_plan(demo_path, read_only=True)
    window.plan_view.go_to_key("diagnostic")
    page = window.plan_view.page("diagnostic")
    page.show_side_panel(page.pending)
    assert not page.pending.live.start_button.isEnabled()
    assert "read-only" in page.pending.live.info.text()


def test_nothing_of_the_server_loads_until_live_participation_starts(demo_path: Path) -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from cluster_planner.services.plan_document import PlanDocument;"
        "from cluster_planner.ui.plan_session import PlanSession;"
        "from cluster_planner.ui.diagnostic_page import DiagnosticPage;"
        "from cluster_planner.ui.prompter import Prompter;"
        f"session = PlanSession(PlanDocument.open({str(demo_path)!r}));"
        "page = DiagnosticPage(session, Prompter()); page.show(); app.processEvents();"
        "heavy = [m for m in ('uvicorn', 'starlette', 'segno', 'psutil', 'h11', 'anyio',"
        " 'cluster_planner.live.server') if m in sys.modules];"
        "session.close(); assert not heavy, heavy"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-800:]


def test_the_start_up_modules_do_not_import_the_live_package() -> None:
    code = (
        "import sys; import cluster_planner.app, cluster_planner.ui.application;"
        "print([m for m in sys.modules if m.startswith('cluster_planner.live')])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


_ = dt  # dates of meetings are the demo's


def test_on_one_screen_the_join_card_takes_a_strip_beside_the_page_and_gives_it_back(
    qtbot, hall: MainWindow
) -> None:
    window = hall
    window.presentation.full_screen = False
    window.presentation.screens = lambda: [
        ScreenInfo(window.screen().name(), window.screen().geometry(), window.screen())
    ]
    view = window.plan_view
    before = view.contentsMargins()
    voting = view.page("diagnostic").voting
    start_from(qtbot, voting.live)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    QApplication.processEvents()
    (card,) = [c for c in window.findChildren(JoinCard) if c.isVisible()]
    assert card.parentWidget() is window
    assert view.contentsMargins().right() >= before.right() + card.width()
    board = view.page("diagnostic").board
    on_window = QRect(board.mapTo(window, QPoint(0, 0)), board.size())
    assert not card.geometry().intersects(on_window)  # no card of the board is hidden
    window.presentation.leave()
    QApplication.processEvents()
    assert view.contentsMargins() == before
    assert not [c for c in window.findChildren(JoinCard) if c.isVisible()]
