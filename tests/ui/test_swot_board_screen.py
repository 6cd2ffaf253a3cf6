"""The SWOT board on a small screen: the side panel gives the board its width until a card is
chosen, the cards can be shown most voted first after the reveal, and the board zooms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from cluster_planner.domain.enums import Quadrant
from cluster_planner.ui.diagnostic_page import DiagnosticPage
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.swot_card_model import MARK_ROLE
from tests.ui.gestures import click, click_row, press, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def _board(window: MainWindow, size: tuple[int, int]) -> DiagnosticPage:
    window.resize(*size)
    assert window.plan_view is not None
    window.plan_view.go_to_key("diagnostic")
    page = window.plan_view.page("diagnostic")
    assert isinstance(page, DiagnosticPage)
    settle()
    return page


def _whole_cards(page: DiagnosticPage, quadrant: Quadrant) -> list[int]:
    """The rows of ``quadrant`` whose card is wholly in sight."""
    cards = page.board.panels[quadrant].cards
    sight = cards.viewport().rect()
    model = cards.model()
    return [
        row
        for row in range(model.rowCount())
        if sight.contains(cards.visualRect(model.index(row, 0)))
    ]


def test_the_side_panel_opens_for_a_chosen_card_and_f6_puts_it_away(
    demo_window: MainWindow, qtbot
) -> None:
    """At 1280x720 the board starts with the whole width; a click on a card opens the card
    panel on it; F6 closes it, and then choosing cards leaves it closed until F6 again."""
    page = _board(demo_window, (1280, 720))
    assert page.side.isHidden()
    board_width = page.board.width()
    assert board_width > 0.9 * page.width()
    strengths = page.board.panels[Quadrant.STRENGTH]
    click_row(qtbot, strengths.cards, 0)
    settle()
    assert page.side.isVisible() and page.side.currentWidget() is not page.voting
    assert page.details.statement.toPlainText() == strengths.model.item(0).statement
    assert page.panel_action.isChecked()
    press(qtbot, Qt.Key.Key_F6)
    settle()
    assert page.side.isHidden()
    click_row(qtbot, strengths.cards, 1)
    settle()
    assert page.side.isHidden()
    click(qtbot, page.view_buttons["panel"])
    settle()
    assert page.side.isVisible()


def test_after_the_reveal_cards_show_most_voted_first(demo_window: MainWindow, qtbot) -> None:
    """Sort by Votes puts each quadrant's #1 on top (the board's own order is kept, and comes
    back when sorting is turned off); it is off while the results are hidden."""
    page = _board(demo_window, (1280, 720))
    session = demo_window.session
    before = [(i.id, i.position) for i in session.swot_items()]
    weaknesses = page.board.panels[Quadrant.WEAKNESS]
    board_order = [i.id for i in weaknesses.model.items()]
    assert page.sort_action.isEnabled()  # the demo's round is revealed
    click_row(qtbot, weaknesses.cards, 0)
    press(qtbot, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    settle()
    ranks = [
        weaknesses.model.index(row, 0).data(MARK_ROLE) for row in range(weaknesses.model.rowCount())
    ]
    shown = [mark.rank for mark in ranks if mark is not None]
    assert shown == sorted(shown) and shown[0] == 1
    assert 0 in _whole_cards(page, Quadrant.WEAKNESS)  # #1 in sight at 1280x720
    assert [(i.id, i.position) for i in session.swot_items()] == before
    assert not page.move_up_action.isEnabled()  # the vote sets the order shown
    press(qtbot, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert [i.id for i in weaknesses.model.items()] == board_order
    press(qtbot, Qt.Key.Key_R, CTRL)  # hide the results
    settle()
    assert not page.sort_action.isEnabled()


def test_the_top_weakness_is_whole_at_1080p_after_the_reveal(demo_window: MainWindow, qtbot):
    """At 1920x1080, hiding and revealing the round leaves the #1 weakness wholly in sight."""
    page = _board(demo_window, (1920, 1080))
    press_target = page.board.panels[Quadrant.STRENGTH].capture
    click(qtbot, press_target)
    press(qtbot, Qt.Key.Key_R, CTRL)
    press(qtbot, Qt.Key.Key_R, CTRL)
    settle()
    weaknesses = page.board.panels[Quadrant.WEAKNESS].model
    top = next(
        row
        for row in range(weaknesses.rowCount())
        if (mark := weaknesses.index(row, 0).data(MARK_ROLE)) is not None and mark.rank == 1
    )
    assert top in _whole_cards(page, Quadrant.WEAKNESS)


def test_the_board_zooms_with_the_keys_and_the_wheel(demo_window: MainWindow, qtbot) -> None:
    """Ctrl+- shows more cards, Ctrl+= larger ones, Ctrl+wheel on a quadrant the same, Ctrl+0
    the usual size."""
    page = _board(demo_window, (1280, 720))
    opportunities = page.board.panels[Quadrant.OPPORTUNITY]
    usual = opportunities.cards.visualRect(opportunities.model.index(0, 0)).height()
    click(qtbot, opportunities.capture)
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    press(qtbot, Qt.Key.Key_Minus, CTRL)
    settle()
    smaller = opportunities.cards.visualRect(opportunities.model.index(0, 0)).height()
    assert smaller < usual
    assert len(_whole_cards(page, Quadrant.OPPORTUNITY)) >= 2
    viewport = opportunities.cards.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 240),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    settle()
    assert page.board.zoom == pytest.approx(0.9)
    press(qtbot, Qt.Key.Key_0, CTRL)
    settle()
    assert opportunities.cards.visualRect(opportunities.model.index(0, 0)).height() == usual
