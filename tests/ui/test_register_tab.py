"""The registers of the Cluster step under a real mouse and keyboard: clicks select and show
details, typing finds rows rather than editing them, Tab walks each form top to bottom."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QToolButton

from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.register_tab import RegisterTab
from tests.ui.gestures import click_row, double_click_row, focused, press, tab_chain, type_text


@pytest.fixture(params=[(1280, 720), (1366, 768)], ids=["1280x720", "1366x768"])
def small_window(request, demo_window: MainWindow) -> MainWindow:
    """The demo plan in a window the size of a common projector or laptop screen."""
    demo_window.resize(*request.param)
    return demo_window


def _open(window: MainWindow, name: str) -> RegisterTab:
    assert window.plan_view is not None
    page = window.plan_view.cluster_page
    tab: RegisterTab = getattr(page, f"{name}_tab")
    page.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    return tab


@pytest.mark.parametrize("name", ["organisations", "people", "meetings"])
def test_clicking_a_row_shows_its_details_and_enables_delete(
    small_window: MainWindow, qtbot, name: str
) -> None:
    """A mouse click on a row (not an arrow key) fills the form and enables Delete."""
    tab = _open(small_window, name)
    assert not tab.delete_action.isEnabled()
    click_row(qtbot, tab.table, 2)
    entry = tab.model.entry(tab.proxy.mapToSource(tab.proxy.index(2, 0)).row())
    assert tab.current_entry() == entry
    assert tab.details_title.text()
    assert tab.details_title.isVisibleTo(tab)
    assert tab.delete_action.isEnabled()
    click_row(qtbot, tab.table, 0)
    first = tab.model.entry(tab.proxy.mapToSource(tab.proxy.index(0, 0)).row())
    assert tab.current_entry() == first


def test_the_only_meeting_is_reached_by_a_click_after_reopening(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """With exactly one meeting, a click on it after reopening the plan shows its attendance."""
    path = tmp_path / "one meeting.clusterplan"
    document = PlanDocument.create(path)
    document.add_person(name="Ana Terán")
    document.add_meeting(title="Launch", date=dt.date(2026, 3, 1))
    document.close()
    window.resize(1280, 720)
    assert window.open_plan(path)
    tab = _open(window, "meetings")
    assert tab.current_entry() is None
    click_row(qtbot, tab.table, 0)
    assert tab.current_entry() is not None
    assert tab.extra is not None and tab.extra.isVisibleTo(tab)
    assert tab.delete_action.isEnabled()


def test_typing_in_a_register_finds_a_row_and_never_renames(small_window: MainWindow, qtbot):
    """Typing "x" then Enter on a selected organisation leaves its name; letters find rows."""
    tab = _open(small_window, "organisations")
    session = small_window.session
    names = [o.name for o in session.organisations()]
    click_row(qtbot, tab.table, 0)
    name = tab.current_entry().name
    type_text(qtbot, "x")
    press(qtbot, Qt.Key.Key_Return)  # Enter opens the cell's editor on the name as it is
    editor = focused()
    assert isinstance(editor, QLineEdit) and editor.text() == name
    press(qtbot, Qt.Key.Key_Escape)
    assert [o.name for o in session.organisations()] == names
    # Type-ahead: the first letters of a name select that row.
    target = sorted(names)[-1]
    tab.table.setFocus()
    type_text(qtbot, target[:4])
    assert tab.current_entry().name == target
    assert tab.details_title.text() == target


def test_f2_and_double_click_edit_a_cell(small_window: MainWindow, qtbot) -> None:
    """F2 opens the cell's editor; a double-click does too; typing then renames."""
    tab = _open(small_window, "organisations")
    session = small_window.session
    click_row(qtbot, tab.table, 0)
    entry = tab.current_entry()
    press(qtbot, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, "Renamed")
    press(qtbot, Qt.Key.Key_Return)
    assert next(o for o in session.organisations() if o.id == entry.id).name == "Renamed"
    double_click_row(qtbot, tab.table, 1)
    assert isinstance(focused(), QLineEdit)
    press(qtbot, Qt.Key.Key_Escape)


def test_a_meeting_date_cell_changes_only_when_edited(small_window: MainWindow, qtbot) -> None:
    """Keys pressed on a meeting's date cell never move the date unless its editor was opened."""
    tab = _open(small_window, "meetings")
    session = small_window.session
    dates = [m.date for m in session.meetings()]
    column = next(c for c in range(tab.model.columnCount()) if tab.model.field_at(c).name == "date")
    click_row(qtbot, tab.table, 0, column)
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_1, Qt.Key.Key_Return):
        press(qtbot, key)
    assert [m.date for m in session.meetings()] == dates


@pytest.mark.parametrize("name", ["organisations", "people", "meetings"])
def test_tab_follows_the_form_top_to_bottom(small_window: MainWindow, qtbot, name: str) -> None:
    """From the first field, Tab visits every field of the form in order, then leaves it."""
    tab = _open(small_window, name)
    click_row(qtbot, tab.table, 0)
    assert tab.form is not None
    fields = [editor.widget for editor in tab.form.editors.values()]
    visited = tab_chain(fields[0], len(fields) - 1)
    assert visited == fields[1:]
    back = tab_chain(fields[-1], len(fields) - 1, backwards=True)
    assert back == list(reversed(fields[:-1]))


def test_a_baseline_figure_opens_no_window_of_its_own(small_window: MainWindow, qtbot) -> None:
    """Adding and selecting a baseline figure shows it in the table; no other window appears."""
    assert small_window.plan_view is not None
    page = small_window.plan_view.cluster_page
    baseline = page.profile_tab.baseline
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    qtbot.mouseClick(baseline.findChildren(QToolButton)[0], Qt.MouseButton.LeftButton)
    click_row(qtbot, baseline.table, 0)
    QApplication.processEvents()
    appeared = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    assert appeared == []
    assert baseline.delete_action.isEnabled()
