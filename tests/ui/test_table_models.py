"""Register item models: consistent for Qt's model tester, and editing through the session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from cluster_planner.domain.enums import Sex
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.registers import BASELINE_FIGURES, MEETINGS, ORGANISATIONS, PEOPLE, Register
from cluster_planner.ui.table_models import RegisterFilterModel, RegisterModel


@pytest.mark.parametrize("register", [ORGANISATIONS, PEOPLE, MEETINGS, BASELINE_FIGURES])
def test_every_register_model_passes_the_model_tester(
    session: PlanSession, register: Register, qtmodeltester
) -> None:
    """Each register model, and its filter proxy, pass pytest-qt's qtmodeltester."""
    model = RegisterModel(session, register)
    qtmodeltester.check(model)
    proxy = RegisterFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_model_stays_consistent_while_the_plan_changes(session: PlanSession, qtmodeltester) -> None:
    """Adding, deleting, reordering and undoing keep the people model consistent."""
    model = RegisterModel(session, MEETINGS)
    qtmodeltester.check(model)
    first = model.entry(0)
    session.run(session.document.update_meeting, first.id, date="2027-01-01")  # moves it last
    assert model.entry(model.rowCount() - 1).id == first.id
    session.run(session.document.add_meeting, title="Kick-off", date="2025-01-01")
    assert model.entry(0).title == "Kick-off"
    session.run(session.document.delete_meeting, first.id)
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert [m.id for m in model._rows] == [m.id for m in session.meetings()]


def test_editing_a_person_in_the_table_is_an_undo_step(session: PlanSession) -> None:
    """setData on a person's name runs update_person; undo puts the old name back."""
    model = RegisterModel(session, PEOPLE)
    index = model.index(1, PEOPLE.columns.index("name"))
    old = index.data()
    assert model.setData(index, "Jorge Andrade Vela", Qt.ItemDataRole.EditRole)
    assert session.people()[1].name == "Jorge Andrade Vela"
    assert model.index(1, 0).data() == "Jorge Andrade Vela"
    assert session.undo_stack.undoText() == "Change person “Jorge Andrade Vela”"
    session.undo_stack.undo()
    assert model.index(1, 0).data() == old


def test_choice_check_and_date_cells_edit_through_the_session(session: PlanSession) -> None:
    """A sex choice, a women-led tick and a meeting date each become one undo step."""
    people = RegisterModel(session, PEOPLE)
    sex = people.index(0, PEOPLE.columns.index("sex"))
    assert people.setData(sex, Sex.UNSPECIFIED.value)
    assert sex.data() == "Not recorded"
    organisations = RegisterModel(session, ORGANISATIONS)
    women_led = organisations.index(0, ORGANISATIONS.columns.index("women_led"))
    assert women_led.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert organisations.setData(
        women_led, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert women_led.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    meetings = RegisterModel(session, MEETINGS)
    date = meetings.index(1, MEETINGS.columns.index("date"))
    assert meetings.setData(date, QDate(2026, 3, 20))
    assert session.meetings()[1].date.isoformat() == "2026-03-20"
    assert session.undo_stack.count() == 3


def test_a_refused_cell_edit_changes_nothing(session: PlanSession) -> None:
    """An empty organisation name is refused: setData is False and the name stays."""
    model = RegisterModel(session, ORGANISATIONS)
    index = model.index(0, 0)
    old = index.data()
    assert not model.setData(index, "   ")
    assert index.data() == old
    assert session.undo_stack.count() == 0


def test_derived_columns_are_read_only_and_count(session: PlanSession) -> None:
    """The people count of an organisation is shown, follows changes and cannot be edited."""
    model = RegisterModel(session, ORGANISATIONS)
    column = ORGANISATIONS.columns.index("people")
    unido = model.row_of(next(o.id for o in session.organisations() if o.acronym == "UNIDO"))
    index = model.index(unido, column)
    assert index.data() == "2"
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    person = next(p for p in session.people() if p.organisation_id == model.entry(unido).id)
    session.run(session.document.update_person, person.id, organisation_id=None)
    assert index.data() == "1"


def test_filter_model_filters_by_text_and_predicate(session: PlanSession) -> None:
    """The proxy keeps rows matching both the typed text and the chosen filter."""
    model = RegisterModel(session, ORGANISATIONS)
    proxy = RegisterFilterModel()
    proxy.setSourceModel(model)
    proxy.set_predicate(lambda o: o.stakeholder_type.value == "enterprise")
    assert proxy.rowCount() == 4
    proxy.setFilterFixedString("sarita")
    assert proxy.rowCount() == 1
