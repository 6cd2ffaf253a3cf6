"""The keyboard alone, without dead ends: after a shortcut the keyboard is where the page's
keys work, Tab reaches every control, and typed votes land in the votes column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.ui.action_plan_page import ActionPlanPage
from cluster_planner.ui.diagnostic_page import DiagnosticPage
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.timeline_page import TimelinePage

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press ``key`` where the keyboard is, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None
    QTest.keyClick(target, key, modifiers)
    QApplication.processEvents()


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _ready(qtbot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    view = window.plan_view
    assert view is not None
    view.steps.setFocus()
    qtbot.waitUntil(view.steps.hasFocus)


def test_a_register_chosen_with_alt_takes_the_keyboard_and_insert_adds(
    qtbot, demo_window: MainWindow
) -> None:
    """Alt+O on the Cluster page: the Organisations register has the keyboard, Insert adds
    an organisation at once (no Tab presses first)."""
    _ready(qtbot, demo_window)
    page = demo_window.plan_view.cluster_page  # type: ignore[union-attr]
    _press(Qt.Key.Key_O, ALT)
    assert page.tabs.currentWidget() is page.organisations_tab
    assert _focus() is page.organisations_tab.table
    before = len(demo_window.session.organisations())  # type: ignore[union-attr]
    _press(Qt.Key.Key_Insert)
    assert len(demo_window.session.organisations()) == before + 1  # type: ignore[union-attr]


def test_ctrl_5_puts_the_keyboard_in_the_action_tree_and_insert_adds(
    qtbot, demo_window: MainWindow
) -> None:
    """After Ctrl+5 the page's "press Insert" is true, and the Edit menu offers New Action."""
    _ready(qtbot, demo_window)
    _press(Qt.Key.Key_5, CTRL)
    page = demo_window.plan_view.page("action_plan")  # type: ignore[union-attr]
    assert isinstance(page, ActionPlanPage)
    assert _focus() is page.tree.view
    assert page.tree.add_action in demo_window.edit_menu.actions()
    before = len(demo_window.session.actions())  # type: ignore[union-attr]
    _press(Qt.Key.Key_Insert)
    assert len(demo_window.session.actions()) == before + 1  # type: ignore[union-attr]


def test_ctrl_page_down_from_the_tree_turns_the_details_tab(qtbot, demo_window: MainWindow) -> None:
    """With an action current in the tree, Ctrl+PgDown shows the next details tab and puts
    the keyboard in its first field, as the guide says; Ctrl+PgUp goes back."""
    _ready(qtbot, demo_window)
    _press(Qt.Key.Key_5, CTRL)
    page = demo_window.plan_view.page("action_plan")  # type: ignore[union-attr]
    assert isinstance(page, ActionPlanPage)
    _press(Qt.Key.Key_Down)  # from objective O1 to its first action
    assert page.details.action_id is not None
    assert page.details.tabs.currentIndex() == 0
    _press(Qt.Key.Key_PageDown, CTRL)
    assert page.details.tabs.currentIndex() == 1
    assert page.details.tabs.currentWidget().isAncestorOf(_focus())
    page.tree.view.setFocus()
    _press(Qt.Key.Key_PageUp, CTRL)
    assert page.details.tabs.currentIndex() == 0


def _tab_cycle(start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    reached = []
    for _ in range(presses):
        _press(Qt.Key.Key_Tab)
        reached.append(_focus())
    return reached


def test_tab_reaches_the_search_the_filters_and_the_tree(qtbot, demo_window: MainWindow) -> None:
    """From the Action plan's tabs, Tab goes through the search field, Clear, the six
    filters, then the tree."""
    _ready(qtbot, demo_window)
    view = demo_window.plan_view
    assert view is not None
    view.go_to_key("action_plan")
    page = view.page("action_plan")
    assert isinstance(page, ActionPlanPage)
    tree = page.tree
    reached = _tab_cycle(page.tabs.tabBar(), 9)
    assert reached == [tree.search, tree.clear_button, *tree.filter_combos, tree.view]


def test_tab_reaches_the_timelines_tree(qtbot, demo_window: MainWindow) -> None:
    """The Timeline's list of actions is in the Tab cycle, before the chart."""
    _ready(qtbot, demo_window)
    view = demo_window.plan_view
    assert view is not None
    view.go_to_key("timeline")
    page = view.page("timeline")
    assert isinstance(page, TimelinePage)
    reached = _tab_cycle(page.export_svg_button, 2)
    assert reached == [page.gantt.tree, page.gantt.chart]


def test_tab_into_the_tally_lands_on_the_votes_so_typed_votes_count(
    qtbot, demo_window: MainWindow
) -> None:
    """Tab into the tally table, type a number and Enter: the card gets those votes."""
    _ready(qtbot, demo_window)
    view = demo_window.plan_view
    assert view is not None
    view.go_to_key("diagnostic")
    page = view.page("diagnostic")
    assert isinstance(page, DiagnosticPage)
    page.show_side_panel(page.voting)
    page.voting.add_round()
    table = page.voting.tally_table
    chain = table.previousInFocusChain()
    chain.setFocus(Qt.FocusReason.TabFocusReason)
    _press(Qt.Key.Key_Tab)
    assert _focus() is table
    assert table.currentIndex().column() == table.VOTES
    QTest.keyClicks(table, "4")
    _press(Qt.Key.Key_Return)
    voting_round = page.voting.current_round()
    assert voting_round is not None
    assert [t.count for t in voting_round.tallies] == [4]
