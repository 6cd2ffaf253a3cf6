"""Deleting a SWOT card that was voted on or is used asks first, naming what goes with it, and
never leaves a strategic option without an internal or an external item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluster_planner.domain.entities import SwotItem
from cluster_planner.ui.diagnostic_page import DiagnosticPage
from cluster_planner.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompter
from tests.ui.gestures import click_row, press


@pytest.fixture
def page(demo_window: MainWindow) -> DiagnosticPage:
    """The demo's SWOT board in a 1280x720 window."""
    demo_window.resize(1280, 720)
    assert demo_window.plan_view is not None
    demo_window.plan_view.go_to_key("diagnostic")
    page = demo_window.plan_view.page("diagnostic")
    assert isinstance(page, DiagnosticPage)
    QApplication.processEvents()
    return page


def _click_card(qtbot, page: DiagnosticPage, item: SwotItem) -> None:
    panel = page.board.panels[item.quadrant]
    click_row(qtbot, panel.cards, panel.model.row_of(item.id))


def _card(window: MainWindow, item_id: int) -> SwotItem | None:
    return next((i for i in window.session.swot_items() if i.id == item_id), None)


def test_deleting_a_used_card_asks_and_cancel_keeps_it(
    page: DiagnosticPage, demo_window: MainWindow, prompter: ScriptedPrompter, qtbot
) -> None:
    """Delete on a voted card that options and elements use names its dots and uses; Cancel
    keeps the card and every link."""
    session = demo_window.session
    elements = session.vision_elements()
    item = next(
        i
        for i in session.swot_items()
        if any(i.id in e.item_ids for e in elements)
        and sum(1 for o in session.options() if i.id in o.item_ids) >= 1
    )
    before = session.document.snapshot().to_dict() | {"modified_at": ""}
    _click_card(qtbot, page, item)
    prompter.confirmation = False
    press(qtbot, Qt.Key.Key_Delete)
    assert prompter.messages, "no question was asked"
    question = prompter.messages[-1]
    assert "dots of the voting" in question and "strategic option" in question
    assert "vision element" in question
    assert session.document.snapshot().to_dict() | {"modified_at": ""} == before


def test_the_only_external_item_of_an_option_is_kept(
    page: DiagnosticPage, demo_window: MainWindow, prompter: ScriptedPrompter, qtbot
) -> None:
    """Deleting an option's only opportunity or threat is refused in a sentence that says
    what to do; the option keeps its item."""
    session = demo_window.session
    items = {i.id: i for i in session.swot_items()}
    option, item = next(
        (o, items[i])
        for o in session.options()
        for i in o.item_ids
        if not items[i].quadrant.internal
        and sum(1 for j in o.item_ids if not items[j].quadrant.internal) == 1
    )
    _click_card(qtbot, page, item)
    prompter.confirmation = True
    press(qtbot, Qt.Key.Key_Delete)
    assert _card(demo_window, item.id) is not None
    kept = next(o for o in session.options() if o.id == option.id)
    assert kept.item_ids == option.item_ids
    sentence = demo_window.statusBar().currentMessage()
    assert "was kept" in sentence and "no opportunity or threat" in sentence


def test_an_unused_card_goes_without_a_question(
    page: DiagnosticPage, demo_window: MainWindow, prompter: ScriptedPrompter, qtbot
) -> None:
    """A card nobody voted for or uses is deleted at once (Ctrl+Z brings it back)."""
    session = demo_window.session
    capture = page.board.panels[next(iter(page.board.panels))].capture
    capture.setText("A card typed by mistake")
    capture.returnPressed.emit()
    item = next(i for i in session.swot_items() if i.statement == "A card typed by mistake")
    _click_card(qtbot, page, item)
    press(qtbot, Qt.Key.Key_Delete)
    assert prompter.messages == []
    assert _card(demo_window, item.id) is None
