"""Nothing moves under the pointer between one click and the next: the attendance list while
people are ticked, the pages when a message appears, the tallies when a warning does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.ui.attendance_panel import PERSON_ID_ROLE
from cluster_planner.ui.main_window import MainWindow
from tests.ui.gestures import LEFT, NO_KEYS, click, click_row, press, settle, type_text


@pytest.fixture(params=[(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def small_window(request, demo_window: MainWindow) -> MainWindow:
    """The demo plan in a window the size of a common projector or laptop screen."""
    demo_window.resize(*request.param)
    QApplication.processEvents()
    return demo_window


def _where(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def _page(window: MainWindow, key: str) -> Any:
    assert window.plan_view is not None
    window.plan_view.go_to_key(key)
    QApplication.processEvents()
    return window.plan_view.page(key)


def test_ticking_attendance_moves_no_one(small_window: MainWindow, qtbot) -> None:
    """Nine quick ticks with the mouse tick the nine people clicked; the list stays put while
    the tallies above it grow."""
    page = _page(small_window, "cluster")
    tab = page.meetings_tab
    page.tabs.setCurrentWidget(tab)
    session = small_window.session
    session.run(session.document.add_meeting, title="Empty room", date=session.meetings()[0].date)
    meeting = next(m for m in session.meetings() if m.title == "Empty room")
    row = next(
        r
        for r in range(tab.proxy.rowCount())
        if tab.model.entry(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()).id == meeting.id
    )
    click_row(qtbot, tab.table, row)
    settle()
    panel = page.attendance
    people = panel.people_list
    where = _where(people)
    ticked = []
    for number in range(min(9, people.count())):
        item = people.item(number)
        rect = people.visualItemRect(item)
        qtbot.mouseClick(
            people.viewport(), LEFT, NO_KEYS, QPoint(rect.left() + 12, rect.center().y())
        )
        settle()
        ticked.append(item.data(PERSON_ID_ROLE))
        assert _where(people) == where, f"the list moved after tick {number + 1}"
    attended = next(m for m in session.meetings() if m.id == meeting.id).attendee_ids
    assert sorted(attended) == sorted(ticked)


def test_a_message_moves_nothing_on_the_page(small_window: MainWindow, qtbot) -> None:
    """A refused value's sentence appears beside the page's title: the tabs below stay."""
    page = _page(small_window, "vision")
    page.tabs.setCurrentWidget(page.objectives)
    panel = page.objectives
    click_row(qtbot, panel.list, 0)
    click(qtbot, panel.add_indicator_button)
    where = _where(page.tabs)
    form = panel.indicator_form
    click(qtbot, form.fields["target_value"])
    type_text(qtbot, "many")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.message.isVisible() and "is not a number" in page.message.text()
    assert _where(page.tabs) == where
    small_window.session.run(
        small_window.session.document.update_profile, sector="Knitwear"
    )  # a change hides it again
    assert not page.message.isVisible()
    assert _where(page.tabs) == where


@pytest.mark.parametrize("key", ["options", "action_plan", "timeline"])
def test_the_other_pages_keep_their_place_for_a_message(small_window: MainWindow, key: str):
    """The same on every page with a message line."""
    page = _page(small_window, key)
    body = page.tabs if hasattr(page, "tabs") else page.gantt
    where = _where(body)
    page.show_message("That date was not changed: it must not be before the start.")
    QApplication.processEvents()
    assert page.message.isVisible()
    assert _where(body) == where


def test_an_over_count_warning_moves_no_tally(small_window: MainWindow, qtbot) -> None:
    """Typing more dots than the voters could cast warns under the tallies, which stay put."""
    page = _page(small_window, "diagnostic")
    click(qtbot, page.view_buttons["panel"])  # the side panel, then its Voting tab
    bar = page.side.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    voting = page.voting
    QApplication.processEvents()
    click(qtbot, voting.voters)
    voting.voters.selectAll()
    type_text(qtbot, "999")
    press(qtbot, Qt.Key.Key_Tab)
    settle()
    assert not voting.warning.isVisible()
    table = voting.tally_table
    where = _where(table)
    click_row(qtbot, table, 0, 2)
    press(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "90000")
    press(qtbot, Qt.Key.Key_Return)
    settle()
    assert voting.warning.isVisible()
    assert _where(table) == where
