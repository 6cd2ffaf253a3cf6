"""The details form of the selected action: keyboard entry, one undo step per field, refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.enums import ContributionKind, FundingSource, FundingStatus
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.action_details import ActionDetails
from cluster_planner.ui.date_field import date_text
from cluster_planner.ui.formats import format_money
from cluster_planner.ui.plan_session import PlanSession

from .conftest import ScriptedPrompter


@pytest.fixture
def details(qtbot, session: PlanSession, prompter: ScriptedPrompter) -> ActionDetails:
    """The details form over the demo plan, shown at laptop size."""
    widget = ActionDetails(session, prompter)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def read_only_session(qtbot, demo_path: Path) -> Iterator[PlanSession]:
    """A PlanSession over the demo plan opened read-only."""
    plan_session = PlanSession(PlanDocument.open(demo_path, read_only=True))
    yield plan_session
    plan_session.close()


def _new_action(document: PlanDocument, title: str, objective: int = 0, **fields: object) -> int:
    """Add an action under the demo's objective number ``objective`` (outside the undo stack)."""
    objective_id = sorted(o.id for o in document.objectives())[objective]
    return inserted_id(document.add_action(objective_id, title=title, **fields), "action")


def _organisation(session: PlanSession, start: str) -> int:
    return next(o.id for o in session.organisations() if o.name.startswith(start))


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """Press ``key`` in whichever widget has the keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)


def _type(qtbot, text: str) -> None:
    """Type ASCII ``text`` into whichever widget has the keyboard."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def _links(session: PlanSession, *action_ids: int) -> list[tuple[int, int]]:
    """The dependencies among ``action_ids`` as (predecessor, successor)."""
    ids = set(action_ids)
    return [
        (d.predecessor_id, d.successor_id)
        for d in session.dependencies()
        if {d.predecessor_id, d.successor_id} <= ids
    ]


def _has_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is widget or (focused is not None and widget.isAncestorOf(focused))


def test_keyboard_alone_fills_an_action_one_undo_step_per_field(
    qtbot, details: ActionDetails, session: PlanSession
) -> None:
    """Title, description, category, lead, women, dates, a milestone, a partner, a cost line."""
    action_id = _new_action(session.document, "Draft")
    details.show_action(action_id)
    general, schedule = details.general, details.schedule
    assert details.focus_field("title")
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "Joint stand at the Quito fair")
    _press(qtbot, Qt.Key.Key_Tab)
    assert details.heading.text().endswith("Joint stand at the Quito fair")
    assert _has_focus(general.fields.editors["description"].widget)
    _type(qtbot, "Ten firms share one stand.")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Fair participation")  # a category of our own
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)  # network type, left as it is
    _press(qtbot, Qt.Key.Key_Tab)  # horizon, left as it is
    assert _has_focus(general.fields.editors["lead_id"].widget)
    _type(qtbot, "Cham")  # the lead, found by its first letters
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Tab)  # status
    _press(qtbot, Qt.Key.Key_Tab)  # progress
    _press(qtbot, Qt.Key.Key_Tab)  # drop reason
    assert _has_focus(general.fields.editors["addresses_women"].widget)
    _press(qtbot, Qt.Key.Key_Space)
    assert session.undo_stack.count() == 5

    _press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert details.tabs.currentIndex() == 1
    assert _has_focus(schedule.fields.editors["start_date"].widget)
    _type(qtbot, "1 Mar 2026")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "30 Jun 2026")
    _press(qtbot, Qt.Key.Key_Tab)
    assert _has_focus(schedule.milestones.table)
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Stand booked")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "15 Apr 2026")
    _press(qtbot, Qt.Key.Key_Return)
    assert _has_focus(schedule.milestone_title)

    _press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # the Partners tab …
    _press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # … and its New partner row
    assert _has_focus(details.partners.organisation)
    _type(qtbot, "Muni")
    _press(qtbot, Qt.Key.Key_Tab)  # contribution: cash
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "1500")
    _press(qtbot, Qt.Key.Key_Return)

    assert details.focus_field("cost_lines")
    _type(qtbot, "Stand rental")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "2400")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Don")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "Sec")
    _press(qtbot, Qt.Key.Key_Return)

    action = session.document.action(action_id)
    assert action.title == "Joint stand at the Quito fair"
    assert action.description == "Ten firms share one stand."
    assert action.category == "Fair participation"
    assert action.lead_id == _organisation(session, "Chamber of Commerce")
    assert action.addresses_women
    assert (action.start_date, action.end_date) == (dt.date(2026, 3, 1), dt.date(2026, 6, 30))
    assert [(m.title, m.date) for m in action.milestones] == [
        ("Stand booked", dt.date(2026, 4, 15))
    ]
    assert [(p.organisation_id, p.contribution, p.amount) for p in action.partners] == [
        (_organisation(session, "Municipality"), ContributionKind.CASH, 1500.0)
    ]
    assert [(c.description, c.amount, c.source, c.status) for c in action.cost_lines] == [
        ("Stand rental", 2400.0, FundingSource.DONOR, FundingStatus.SECURED)
    ]
    assert session.undo_stack.count() == 10
    session.undo_stack.undo()
    action = session.document.action(action_id)
    assert action.cost_lines == ()
    assert len(action.partners) == 1 and action.end_date == dt.date(2026, 6, 30)
    assert details.budget.parts.model.rowCount() == 0


def test_a_built_in_category_is_stored_by_its_key(
    qtbot, details: ActionDetails, session: PlanSession
) -> None:
    """Choosing "Joint purchase" from the list stores joint_purchase and shows its label."""
    action_id = _new_action(session.document, "Buy yarn together")
    details.show_action(action_id)
    category = details.general.fields.editors["category"]
    details.focus_field("category")
    _press(qtbot, Qt.Key.Key_Down)  # the first built-in category
    _press(qtbot, Qt.Key.Key_Tab)
    assert session.document.action(action_id).category == "joint_purchase"
    assert category.value() == "joint_purchase"
    assert session.undo_stack.count() == 1


def test_typing_in_one_field_survives_a_change_made_in_another(
    qtbot, details: ActionDetails, session: PlanSession
) -> None:
    """Text being typed stays, focus too, while another field's change reloads the form."""
    action_id = _new_action(session.document, "Shared cutting room")
    details.show_action(action_id)
    details.focus_field("title")
    title = details.general.fields.editors["title"].widget
    _press(qtbot, Qt.Key.Key_End)
    _type(qtbot, " in Atuntaqui")
    session.run(session.document.update_action, action_id, progress=40)
    assert details.general.fields.editors["progress"].value() == 40
    assert title.hasFocus()
    assert title.text() == "Shared cutting room in Atuntaqui"
    _press(qtbot, Qt.Key.Key_Return)
    assert session.document.action(action_id).title == "Shared cutting room in Atuntaqui"


def test_an_end_before_the_start_is_refused_and_the_stored_date_shown_again(
    qtbot, details: ActionDetails, session: PlanSession
) -> None:
    """The core refuses the end date; nothing is stored and the field shows the stored end."""
    start, end = dt.date(2026, 3, 1), dt.date(2026, 6, 30)
    action_id = _new_action(session.document, "Design course", start_date=start, end_date=end)
    details.show_action(action_id)
    failures: list[str] = []
    session.failed.connect(failures.append)
    end_editor = details.schedule.fields.editors["end_date"]
    details.focus_field("end_date")
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "1 Jan 2026")
    assert end_editor.value() == dt.date(2026, 1, 1)
    _press(qtbot, Qt.Key.Key_Tab)
    assert failures
    assert session.document.action(action_id).end_date == end
    assert end_editor.value() == end
    assert session.undo_stack.count() == 0


def test_dates_read_the_usual_ways_and_step_with_the_arrows(
    qtbot, details: ActionDetails, session: PlanSession
) -> None:
    """ISO and day/month/year are read; Up starts the end from the start; nonsense is refused."""
    action_id = _new_action(session.document, "Study tour")
    details.show_action(action_id)
    problems: list[str] = []
    details.problem.connect(problems.append)
    start = details.schedule.fields.editors["start_date"]
    end = details.schedule.fields.editors["end_date"]
    details.focus_field("start_date")
    _press(qtbot, Qt.Key.Key_Tab)  # through the empty start: nothing stored
    assert session.undo_stack.count() == 0
    details.focus_field("start_date")
    _type(qtbot, "2026-05-04")
    _press(qtbot, Qt.Key.Key_Tab)
    _press(qtbot, Qt.Key.Key_Up)  # the end starts from the start …
    _press(qtbot, Qt.Key.Key_Up)  # … and moves a day on
    _press(qtbot, Qt.Key.Key_Tab)
    stored = session.document.action(action_id)
    assert (stored.start_date, stored.end_date) == (dt.date(2026, 5, 4), dt.date(2026, 5, 5))
    assert start.widget.text() == date_text(dt.date(2026, 5, 4))  # shown in the usual form
    details.focus_field("end_date")
    _press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, "someday")
    _press(qtbot, Qt.Key.Key_Tab)
    assert problems and "someday" in problems[0]
    assert end.value() == dt.date(2026, 5, 5)
    assert session.undo_stack.count() == 2


def test_a_dependency_loop_is_refused(qtbot, details: ActionDetails, session: PlanSession) -> None:
    """A waits for B; making B wait for A is refused with a sentence and nothing changes."""
    a = _new_action(session.document, "Common brand launch")
    b = _new_action(session.document, "Brand design")
    details.show_action(a)
    schedule = details.schedule
    schedule.predecessor.setCurrentIndex(schedule.predecessor.findData(b))
    qtbot.mouseClick(schedule.dependencies.bar.button, Qt.MouseButton.LeftButton)
    assert _links(session, a, b) == [(b, a)]
    assert schedule.dependencies.model.rowCount() == 1

    failures: list[str] = []
    session.failed.connect(failures.append)
    details.show_action(b)
    assert "Common brand launch" in schedule.followers.text()
    schedule.predecessor.setCurrentIndex(schedule.predecessor.findData(a))
    details.focus_field("dependencies")
    schedule.predecessor.setFocus()
    _press(qtbot, Qt.Key.Key_Return)
    assert failures and "loop" in failures[0]
    assert _links(session, a, b) == [(b, a)]
    assert schedule.dependencies.model.rowCount() == 0
    assert session.undo_stack.count() == 1


def test_budget_totals_are_shown_in_the_plan_currency(
    details: ActionDetails, session: PlanSession
) -> None:
    """Totals by source and by status read as money in the plan's currency (EUR here)."""
    session.run(session.document.update_profile, currency="EUR")
    action_id = _new_action(session.document, "Dye house")
    document = session.document
    document.add_cost_line(action_id, amount=1500, source="donor", status="secured")
    document.add_cost_line(action_id, amount=500.5, source="donor", status="pledged")
    document.add_cost_line(action_id, amount=1000, source="cluster_firms", status="pledged")
    details.show_action(action_id)
    budget = details.budget

    def reads(text: str, caption: str, value: float) -> bool:
        return text == caption + format_money(value, "EUR")

    assert reads(budget.total.text(), "", 3000.5)
    by_source = budget.by_source.text().splitlines()
    assert len(by_source) == 2
    assert reads(by_source[0], "Cluster firms: ", 1000)
    assert reads(by_source[1], "Donor: ", 2000.5)
    by_status = budget.by_status.text().splitlines()
    assert len(by_status) == 4
    assert reads(by_status[0], "Pledged: ", 1500.5)
    assert reads(by_status[1], "Secured: ", 1500)
    assert reads(by_status[2], "Spent: ", 0)
    assert reads(by_status[3], "Paid out so far: ", 0)


def test_editing_a_cell_is_one_undo_step(details: ActionDetails, session: PlanSession) -> None:
    """A partner's amount and a milestone's done box change through their table models."""
    action_id = _new_action(session.document, "Machinery fund")
    municipality = _organisation(session, "Municipality")
    session.document.add_partner(action_id, organisation_id=municipality, amount=100)
    session.document.add_milestone(action_id, title="Call published", date=dt.date(2026, 2, 1))
    details.show_action(action_id)
    partners = details.partners.parts.model
    cell = partners.index(0, partners.column_of("amount"))
    assert partners.setData(cell, "2,500")
    assert session.document.action(action_id).partners[0].amount == 2500.0
    assert not partners.setData(cell, "a lot")
    milestones = details.schedule.milestones.model
    done = milestones.index(0, milestones.column_of("done"))
    assert milestones.setData(done, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert session.document.action(action_id).milestones[0].done
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert not session.document.action(action_id).milestones[0].done
    assert milestones.data(done, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_money_spent_is_recorded_on_its_cost_line(
    details: ActionDetails, session: PlanSession
) -> None:
    """The Spent so far cell takes an amount, refuses a negative one and can be emptied."""
    action_id = _new_action(session.document, "Machinery fund")
    session.document.add_cost_line(action_id, amount=1500, source="donor", status="secured")
    details.show_action(action_id)
    lines = details.budget.parts.model
    cell = lines.index(0, lines.column_of("spent"))
    assert lines.headerData(cell.column(), Qt.Orientation.Horizontal) == "Spent so far"
    assert lines.setData(cell, "600")
    assert session.document.action(action_id).cost_lines[0].spent == 600.0
    assert details.budget.by_status.text().splitlines()[-1].startswith("Paid out so far: ")
    assert "600" in details.budget.by_status.text().splitlines()[-1]
    assert not lines.setData(cell, "-5")
    assert lines.setData(cell, "")
    assert session.document.action(action_id).cost_lines[0].spent is None


def test_the_lead_is_not_offered_as_a_partner(details: ActionDetails, session: PlanSession) -> None:
    """The lead is left out of the new partner's list and of the partner cells' choices."""
    lead = _organisation(session, "Chamber of Commerce")
    action_id = _new_action(session.document, "Buyer meet", lead_id=lead)
    details.show_action(action_id)
    assert details.partners.organisation.findData(lead) == -1
    column = details.partners.parts.model.column(0)
    assert column.choices is not None
    assert lead not in [value for _text, value in column.choices()]


def test_answers_tick_options_and_items(details: ActionDetails, session: PlanSession) -> None:
    """Ticking an option is one undo step and keeps the list's current row."""
    action_id = _new_action(session.document, "Export consortium")
    details.show_action(action_id)
    options = details.answers.lists["option_ids"]
    assert options.list.count() == len(session.options())
    second = options.list.item(1)
    options.list.setCurrentRow(1)
    second.setCheckState(Qt.CheckState.Checked)
    option_id = int(second.data(Qt.ItemDataRole.UserRole + 1))
    assert session.document.action(action_id).option_ids == (option_id,)
    assert options.list.currentRow() == 1
    assert session.undo_stack.count() == 1


def test_an_indicator_is_added_through_the_form(
    qtbot, details: ActionDetails, session: PlanSession
) -> None:
    """New indicator, fields typed, Ctrl+Enter saves it on the action as one undo step."""
    action_id = _new_action(session.document, "Quality label")
    details.show_action(action_id)
    tab = details.indicators
    assert details.focus_field("indicators")
    assert _has_focus(tab.new_button)
    _press(qtbot, Qt.Key.Key_Space)
    form = tab.indicator_form
    assert tab.editing()
    assert _has_focus(form.fields["name"])
    _type(qtbot, "Firms using the label")
    qtbot.keyClicks(form.fields["unit"], "firms")
    qtbot.keyClicks(form.fields["target_value"], "25")
    qtbot.keyClick(form.fields["name"], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not tab.editing()
    indicators = session.document.action(action_id).indicators
    assert [(i.name, i.unit, i.target_value) for i in indicators] == [
        ("Firms using the label", "firms", 25.0)
    ]
    assert tab.model.rowCount() == 1
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    tab.table.setFocus()
    _press(qtbot, Qt.Key.Key_Delete)
    assert session.document.action(action_id).indicators == ()
    assert session.undo_stack.count() == 2


def test_no_action_shows_a_sentence(details: ActionDetails, session: PlanSession) -> None:
    """Without an action the form says how to get one; deleting the shown action does too."""
    assert details.stack.currentWidget() is details.empty
    assert details.empty.text() == "Select an action, or press Ins to add one."
    action_id = _new_action(session.document, "Short-lived")
    details.show_action(action_id)
    assert details.stack.currentWidget() is not details.empty
    session.run(session.document.delete_action, action_id)
    assert details.action_id is None
    assert details.stack.currentWidget() is details.empty


def test_table_models_pass_the_model_tester(
    qtmodeltester, details: ActionDetails, session: PlanSession
) -> None:
    """Partners, milestones, cost lines, dependencies and indicators are well-behaved models."""
    document = session.document
    a = _new_action(document, "Joint purchase of yarn")
    b = _new_action(document, "Seasonal credit line")
    document.add_partner(a, organisation_id=_organisation(session, "Municipality"), amount=None)
    document.add_milestone(a, title="Order placed", date=dt.date(2026, 5, 1))
    document.add_cost_line(a, amount=800, source="bank")
    document.add_dependency(b, a, kind="SS", lag_days=3)
    document.add_action_indicator(a, name="Tonnes bought", target_value=12)
    details.show_action(a)
    models = [
        details.partners.parts.model,
        details.schedule.milestones.model,
        details.budget.parts.model,
        details.schedule.dependencies.model,
        details.indicators.model,
    ]
    for model in models:
        assert model.rowCount() == 1
        qtmodeltester.check(model)


def test_read_only_plan_shows_everything_and_edits_nothing(
    qtbot, read_only_session: PlanSession, prompter: ScriptedPrompter
) -> None:
    """Opened read-only, fields, lists, tables and add buttons are all disabled."""
    action = read_only_session.actions()[0]
    details = ActionDetails(read_only_session, prompter)
    qtbot.addWidget(details)
    details.show()
    details.show_action(action.id)
    general = details.general.fields.editors
    assert general["title"].widget.isReadOnly()
    assert general["title"].value() == action.title
    for name in ("category", "lead_id", "status", "network_type", "addresses_women"):
        assert not general[name].widget.isEnabled()
    assert details.schedule.fields.editors["start_date"].widget.isReadOnly()
    tables = (details.schedule.milestones, details.partners.parts, details.budget.parts)
    for bar in (section.bar for section in tables):
        assert not bar.isEnabled()
    assert not details.indicators.new_button.isEnabled()
    for model in (
        details.partners.parts.model,
        details.budget.parts.model,
        details.indicators.model,
    ):
        assert model.read_only
    options = details.answers.lists["option_ids"].list
    for row in range(options.count()):
        assert not options.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
    details.general.fields.editors["progress"].committed.emit("progress", 50)
    assert read_only_session.undo_stack.count() == 0
