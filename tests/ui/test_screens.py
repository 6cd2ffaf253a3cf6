"""Pages at 1280x720 and 1366x768 show what they are for: the action plan's rows, the roadmap
preview's page buttons, the revisions on the first visit, a comparison that follows the plan,
and columns wide enough for the names that arrive after them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompter
from tests.ui.gestures import click, click_row, focused, press, settle, type_text

SIZES = [(1280, 720), (1366, 768)]


@pytest.fixture(params=SIZES, ids=["1280x720", "1366x768"])
def small_window(request, themed: None, demo_window: MainWindow) -> MainWindow:
    """The demo plan in a window the size of a common projector or laptop screen, at the
    app's own font; the window keeps that size (no page widens it)."""
    demo_window.resize(*request.param)
    settle()
    assert (demo_window.width(), demo_window.height()) == request.param
    return demo_window


def _page(window: MainWindow, key: str) -> Any:
    """Go to step ``key``; the window keeps its size (a page too wide or too tall for it
    would stretch it past the screen)."""
    assert window.plan_view is not None
    size = window.size()
    window.plan_view.go_to_key(key)
    page = window.plan_view.page(key)
    settle()
    assert window.size() == size, f"{key} needs more than {size.width()}x{size.height()}"
    return page


def _in_sight(widget: QWidget) -> bool:
    """True when all of ``widget`` is drawn in its window (nothing cut by a parent)."""
    window = widget.window()
    corner = widget.mapTo(window, QPoint(0, 0))
    inside = window.rect().contains(QRect(corner, widget.size()))
    return inside and widget.visibleRegion().boundingRect() == widget.rect()


def test_the_action_plan_tree_shows_eight_rows(small_window: MainWindow) -> None:
    """The tree of objectives and actions shows at least eight whole rows."""
    page = _page(small_window, "action_plan")
    view = page.tree.view
    sight = view.viewport().rect()
    index = view.model().index(0, 0)
    whole = 0
    while index.isValid():
        if sight.contains(view.visualRect(index)):
            whole += 1
        index = view.indexBelow(index)
    assert whole >= 8


def test_the_roadmap_preview_s_page_buttons_are_whole(small_window: MainWindow) -> None:
    """Previous page, the page number, Fit width, Fit page and Next page are all in sight."""
    page = _page(small_window, "roadmap")
    preview = page.preview
    for widget in (
        preview.previous_button,
        preview.page_number,
        preview.fit_width_button,
        preview.fit_page_button,
        preview.next_button,
    ):
        assert _in_sight(widget), widget.objectName()


def test_the_revisions_show_on_the_first_visit(small_window: MainWindow, qtbot) -> None:
    """Review ▸ History, first shown: each revision is a row of text within the table's view,
    not a blank block taller than it."""
    page = _page(small_window, "review")
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
    settle()
    table = page.history_tab.table
    sight = table.viewport().rect()
    assert table.rowCount() == 2
    for row in range(table.rowCount()):
        assert sight.contains(table.visualRect(table.model().index(row, 2)))
        assert table.item(row, 2).text() in table.item(row, 2).toolTip()


def test_the_comparison_follows_a_restore_and_its_undo(
    small_window: MainWindow, prompter: ScriptedPrompter, qtbot
) -> None:
    """Revision 1 against the plan now: after restoring revision 1 nothing differs; after
    Ctrl+Z the differences are back, without choosing anything again."""
    page = _page(small_window, "review")
    page.tabs.setCurrentWidget(page.history_tab)
    settle()
    history = page.history_tab
    click_row(qtbot, history.table, 0)
    settle()
    before = history.summary.text()
    assert before.startswith(("1 change", "2 change")) or "change" in before
    prompter.confirmation = True
    click(qtbot, history.restore_button)
    settle()
    assert history.summary.text() == ("Nothing changed from revision 1 to the current plan.")
    click_row(qtbot, history.table, 0)
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle()
    assert history.summary.text() == before


def test_columns_widen_for_names_that_arrive_after_them(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """A new plan's People table, sized while empty, widens for the first long name typed
    into the form after Add Person."""
    path = tmp_path / "new.clusterplan"
    PlanDocument.create(path).close()
    window.resize(1280, 720)
    assert window.open_plan(path)
    page = _page(window, "cluster")
    tab = page.people_tab
    page.tabs.setCurrentWidget(tab)
    settle()
    column = next(c for c in range(tab.model.columnCount()) if tab.model.field_at(c).name == "name")
    add = next(b for b in tab.findChildren(QToolButton) if b.defaultAction() is tab.add_action)
    click(qtbot, add)  # Add Person: the name field takes the keyboard, its text selected
    assert tab.form is not None and focused() is tab.form.editors["name"].widget
    name = "Maria Cachimuel Otavalo de la Torre"
    type_text(qtbot, name)
    press(qtbot, Qt.Key.Key_Return)
    settle()
    assert [p.name for p in window.session.people()] == [name]
    needed = tab.table.fontMetrics().horizontalAdvance(name)
    assert tab.table.columnWidth(column) > needed
    QApplication.processEvents()
