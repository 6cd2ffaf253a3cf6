"""Nothing chosen or typed for one entry carries over to the next: the budget's new line, an
indicator's new value; and a value a percentage cannot take is refused in a sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTabBar

from cluster_planner.domain.review import is_percentage
from cluster_planner.ui.action_plan_page import ActionPlanPage
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.review_page import ReviewPage
from tests.ui.gestures import click, click_index, click_row, press, type_text


@pytest.fixture
def projector(demo_window: MainWindow) -> MainWindow:
    """The demo plan in a 1280x720 window."""
    demo_window.resize(1280, 720)
    return demo_window


def _action_plan(window: MainWindow) -> ActionPlanPage:
    assert window.plan_view is not None
    window.plan_view.go_to_key("action_plan")
    page = window.plan_view.page("action_plan")
    assert isinstance(page, ActionPlanPage)
    QApplication.processEvents()
    return page


def _click_tab(qtbot, bar: QTabBar, index: int) -> None:
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    QApplication.processEvents()


def _choose(qtbot, combo: QComboBox, text: str) -> None:
    """Open the drop-down with the keyboard and pick ``text`` as a person would."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    index = combo.findText(text)
    assert index >= 0, text
    while combo.currentIndex() != index:
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up)


def test_the_budget_payer_does_not_carry_over_to_another_action(projector: MainWindow, qtbot):
    """A payer chosen for one action's new line is gone when another action is shown, and a
    line added there is saved without a payer."""
    page = _action_plan(projector)
    session = projector.session
    first, second = session.actions()[0], session.actions()[1]
    tree = page.tree.view
    click_index(qtbot, tree, page.tree.model.action_index(first.id))
    _click_tab(qtbot, page.details.tabs.tabBar(), 3)
    budget = page.details.budget
    payer = session.organisations()[2].name
    _choose(qtbot, budget.payer, payer)
    assert budget.payer.currentText() == payer
    click_index(qtbot, tree, page.tree.model.action_index(second.id))
    assert budget.payer.currentIndex() == 0
    budget.description.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "Stand rental")
    budget.amount.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "1200")
    press(qtbot, Qt.Key.Key_Return)
    line = next(
        c
        for a in session.actions()
        if a.id == second.id
        for c in a.cost_lines
        if c.description == "Stand rental"
    )
    assert line.organisation_id is None


def _review_indicators(window: MainWindow) -> ReviewPage:
    assert window.plan_view is not None
    window.plan_view.go_to_key("review")
    page = window.plan_view.page("review")
    assert isinstance(page, ReviewPage)
    page.tabs.setCurrentWidget(page.indicators_tab)
    QApplication.processEvents()
    return page


def _row_of(tab, name: str) -> int:
    return next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == name)


def test_recording_a_value_empties_the_source_and_moves_no_row(projector: MainWindow, qtbot):
    """After Record Value the source and value are empty again, and every row of the table
    is where it was: the next click lands on the indicator under the pointer."""
    page = _review_indicators(projector)
    tab = page.indicators_tab
    row = _row_of(tab, "Firms licensed to use the brand label")
    click_row(qtbot, tab.table, row, 1)
    rects = [
        tab.table.visualRect(tab.table.model().index(r, 1)) for r in range(tab.table.rowCount())
    ]
    widths = [tab.table.columnWidth(c) for c in range(tab.table.columnCount())]
    click(qtbot, tab.value)
    type_text(qtbot, "12")
    click(qtbot, tab.source)
    type_text(qtbot, "Licence register")
    click(qtbot, tab.record_button)
    assert tab.history.item(0).text().endswith("12 firms · Licence register")
    assert (tab.value.text(), tab.source.text()) == ("", "")
    after = [
        tab.table.visualRect(tab.table.model().index(r, 1)) for r in range(tab.table.rowCount())
    ]
    assert after == rects
    assert [tab.table.columnWidth(c) for c in range(tab.table.columnCount())] == widths
    # Typed for one indicator, then another chosen: nothing typed carries over.
    click(qtbot, tab.source)
    type_text(qtbot, "Half typed")
    click_row(qtbot, tab.table, 0 if row else 1, 1)
    assert tab.source.text() == ""


def test_a_percentage_takes_no_value_above_100(projector: MainWindow, qtbot) -> None:
    """3,100,000 for an indicator measured in % is refused in a sentence; nothing is recorded."""
    page = _review_indicators(projector)
    tab = page.indicators_tab
    session = projector.session
    indicators = [i for o in session.objectives() for i in o.indicators] + [
        i for a in session.actions() for i in a.indicators
    ]
    percent = next(i for i in indicators if is_percentage(i))
    click_row(qtbot, tab.table, _row_of(tab, percent.name), 1)
    count = len(session.measurements())
    click(qtbot, tab.value)
    type_text(qtbot, "3100000")
    click(qtbot, tab.record_button)
    assert len(session.measurements()) == count
    assert "percentage from 0 to 100" in projector.statusBar().currentMessage()
    assert tab.value.text() == "3100000"  # kept, to correct
    click(qtbot, tab.value)
    tab.value.selectAll()
    type_text(qtbot, "64")
    click(qtbot, tab.record_button)
    assert len(session.measurements()) == count + 1
