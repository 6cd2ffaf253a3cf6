"""Typing in the action details' tables finds a row as in the registers; a cell is edited
only with F2, Enter or a double-click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from cluster_planner.ui.action_plan_page import ActionPlanPage
from cluster_planner.ui.main_window import MainWindow
from tests.ui.gestures import click_index, click_row, focused, press, type_text


def test_a_cost_line_is_not_renamed_by_typing(demo_window: MainWindow, qtbot) -> None:
    """On a budget line, "x" then Enter opens the editor on the text as it was; Escape keeps
    it; letters typed find the line that starts with them."""
    demo_window.resize(1280, 720)
    assert demo_window.plan_view is not None
    demo_window.plan_view.go_to_key("action_plan")
    page = demo_window.plan_view.page("action_plan")
    assert isinstance(page, ActionPlanPage)
    session = demo_window.session
    action = next(a for a in session.actions() if len(a.cost_lines) >= 2)
    click_index(qtbot, page.tree.view, page.tree.model.action_index(action.id))
    page.details.tabs.setCurrentIndex(3)
    QApplication.processEvents()
    table = page.details.budget.parts.table
    before = [c.description for c in action.cost_lines]
    click_row(qtbot, table, 0, 0)
    type_text(qtbot, "x")
    press(qtbot, Qt.Key.Key_Return)
    editor = focused()
    assert isinstance(editor, QLineEdit) and editor.text() == before[0]
    press(qtbot, Qt.Key.Key_Escape)
    after = next(a for a in session.actions() if a.id == action.id)
    assert [c.description for c in after.cost_lines] == before
    table.setFocus()
    type_text(qtbot, before[1][:3])
    assert table.currentIndex().row() == 1
