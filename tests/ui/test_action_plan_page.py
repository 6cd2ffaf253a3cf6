"""The Action plan page in the main window: tree and details together, checks that jump."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView

from cluster_planner.domain.checks import PlanWarning
from cluster_planner.ui.action_plan_page import ActionPlanPage
from cluster_planner.ui.formats import format_money
from cluster_planner.ui.indicator_form import parse_number
from cluster_planner.ui.main_window import MainWindow


def _page(window: MainWindow) -> ActionPlanPage:
    window.view_steps[4].trigger()
    assert window.plan_view is not None
    page = window.plan_view.pages.currentWidget()
    assert isinstance(page, ActionPlanPage)
    return page


def test_ctrl_5_shows_the_action_plan_with_its_commands_in_the_edit_menu(
    demo_window: MainWindow,
) -> None:
    """The demo's 23 actions under 5 objectives, and Insert/Delete/moves in the Edit menu."""
    page = _page(demo_window)
    assert page.subtitle.text() == (
        "23 actions under 5 objectives · budget " + format_money(1_205_100, "USD")
    )
    texts = [a.text() for a in demo_window.edit_menu.actions()]
    for command in (page.tree.add_action, page.tree.delete_action, page.tree.move_down):
        assert command.text() in texts
    assert page.find_action.text() in texts


def test_selecting_an_action_shows_it_in_the_details(demo_window: MainWindow) -> None:
    """The details follow the tree's current action."""
    page = _page(demo_window)
    action = demo_window.session.actions()[3]
    page.tree.select_action(action.id)
    assert page.details.action_id == action.id
    assert action.title in page.details.heading.text()


def test_a_new_action_is_typed_and_detailed_with_the_keyboard_alone(
    demo_window: MainWindow, qtbot
) -> None:
    """Insert, type the title, Enter; Tab reaches the details, where the lead is chosen."""
    page = _page(demo_window)
    session = demo_window.session
    page.tree.view.setFocus()
    first = session.actions()[0]
    page.tree.select_action(first.id)
    qtbot.keyClick(page.tree.view, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Joint purchase of zippers")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The tree's delegate commits once the editor has seen the key (a queued call).
    qtbot.waitUntil(lambda: any(a.title == "Joint purchase of zippers" for a in session.actions()))
    added = next(a for a in session.actions() if a.title == "Joint purchase of zippers")
    assert added.objective_id == first.objective_id
    assert page.details.action_id == added.id
    page.tree.view.setFocus()
    qtbot.keyClick(page.tree.view, Qt.Key.Key_Tab)  # from the tree into the details
    assert page.details.isAncestorOf(QApplication.focusWidget())
    assert page.details.focus_field("lead_id")
    lead = QApplication.focusWidget()
    assert lead is not None
    qtbot.keyClick(lead, Qt.Key.Key_Down)
    qtbot.keyClick(lead, Qt.Key.Key_Return)
    assert session.document.action(added.id).lead_id is not None
    assert session.undo_stack.count() == 2  # the action with its title, then its lead
    assert session.undo_stack.text(0) == "Add action “Joint purchase of zippers”"


def test_a_plan_check_takes_the_user_to_the_field_to_fix(demo_window: MainWindow) -> None:
    """The demo's action without dates: the jump selects it and puts the keyboard in Start."""
    page = _page(demo_window)
    page.tabs.setCurrentWidget(page.checks)
    page.checks.refresh()
    warning = next(w for w in page.checks.warnings() if w.code == "action_no_dates")
    page.jump_to(warning)
    assert page.tabs.currentWidget() is page.splitter
    assert page.tree.current_action_id() == warning.entity_id
    assert page.details.action_id == warning.entity_id
    focused = QApplication.focusWidget()
    assert focused is not None and page.details.schedule.isAncestorOf(focused)


def test_a_check_about_the_commission_goes_to_the_cluster_step(demo_window: MainWindow) -> None:
    """Warnings about the register ask the window for the Cluster step."""
    page = _page(demo_window)
    page.jump_to(PlanWarning("commission_no_chair", "The Cluster Commission has no chair."))
    assert demo_window.plan_view is not None
    assert demo_window.plan_view.pages.currentWidget() is demo_window.plan_view.cluster_page


def test_ctrl_f_puts_the_cursor_in_the_search_field(demo_window: MainWindow, qtbot) -> None:
    """Find from anywhere on the page, even another tab."""
    page = _page(demo_window)
    page.tabs.setCurrentWidget(page.budget)
    page.find_action.trigger()
    assert page.tabs.currentWidget() is page.splitter
    assert QApplication.focusWidget() is page.tree.search


def test_a_refusal_is_shown_in_the_page_and_nothing_changes(demo_window: MainWindow) -> None:
    """End before start: a sentence in the page, the action as it was."""
    page = _page(demo_window)
    session = demo_window.session
    action = next(a for a in session.actions() if a.start_date is not None)
    steps = session.undo_stack.count()
    session.run(
        session.document.update_action, action.id, end_date=action.start_date - dt.timedelta(days=1)
    )
    assert page.message.isVisible()
    assert page.message.text().startswith("End was not changed: it comes before the start")
    assert session.document.action(action.id) == action
    assert session.undo_stack.count() == steps


def test_the_summary_follows_the_budget(demo_window: MainWindow) -> None:
    """Adding a cost line changes the page's budget total at once."""
    page = _page(demo_window)
    session = demo_window.session
    before = page.subtitle.text()
    session.run(
        session.document.add_cost_line, session.actions()[0].id, amount=1000.0, source="donor"
    )
    assert page.subtitle.text() != before
    assert page.subtitle.text().endswith(format_money(1_206_100, "USD"))


def test_the_mouse_wheel_never_changes_a_field_it_passes_over(
    demo_window: MainWindow, qtbot
) -> None:
    """A wheel turn over the status drop-down, focus elsewhere: nothing changes or is saved."""
    page = _page(demo_window)
    session = demo_window.session
    action = session.actions()[1]
    page.tree.select_action(action.id)
    page.tree.view.setFocus()
    status = page.details.general.focus_widget("status")
    assert isinstance(status, QComboBox) and not status.hasFocus()
    before = status.currentIndex()
    steps = session.undo_stack.count()
    centre = QPointF(status.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(status.mapToGlobal(status.rect().center())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(status, wheel)
    assert status.currentIndex() == before
    assert session.undo_stack.count() == steps
    assert session.document.action(action.id) == action


def test_moving_past_the_top_does_nothing(demo_window: MainWindow, qtbot) -> None:
    """Ctrl+Up on the first action of an objective neither moves it nor another action."""
    page = _page(demo_window)
    session = demo_window.session
    first = next(a for a in session.actions() if a.position == 0)
    page.tree.select_action(first.id)
    page.tree.view.setFocus()
    steps = session.undo_stack.count()
    for _ in range(3):
        qtbot.keyClick(page.tree.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.tree.current_action_id() == first.id
    assert session.undo_stack.count() == steps


def test_amounts_with_separators_that_do_not_fit_are_refused() -> None:
    """On an English laptop "1.500,50" and "12,5" are not read as 1.5005 and 125."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert parse_number("1,500.50") == 1500.5
        assert parse_number("1500.5") == 1500.5
        assert parse_number("1.500,50") is None
        assert parse_number("12,5") is None
        assert parse_number("abc") is None
    finally:
        QLocale.setDefault(QLocale.system())
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert parse_number("12,5") == 12.5
        assert parse_number("12.5") == 12.5  # a decimal point is understood everywhere
    finally:
        QLocale.setDefault(QLocale.system())


def test_partner_amounts_read_with_their_unit(demo_window: MainWindow) -> None:
    """Staff days read as days, cash and in kind as money in the plan's currency."""
    page = _page(demo_window)
    session = demo_window.session
    action = next(
        a
        for a in session.actions()
        if {p.contribution.value for p in a.partners} >= {"staff_days", "cash"}
    )
    page.tree.select_action(action.id)
    table = page.details.partners.findChild(QTableView, "action_partners")
    assert table is not None
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Amount or days"
    )
    texts = {model.index(row, column).data() for row in range(model.rowCount())}
    days = next(p for p in action.partners if p.contribution.value == "staff_days")
    cash = next(p for p in action.partners if p.contribution.value == "cash")
    assert f"{days.amount:g} days" in texts
    assert format_money(cash.amount, "USD") in texts
