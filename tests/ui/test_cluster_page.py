"""The Cluster page: forms, registers, deletion with confirmation, attendance and tallies."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox

from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.ui.attendance_panel import PERSON_ID_ROLE
from cluster_planner.ui.cluster_page import ClusterPage
from cluster_planner.ui.formats import format_number
from cluster_planner.ui.main_window import MainWindow


def _page(window: MainWindow) -> ClusterPage:
    assert window.plan_view is not None
    return window.plan_view.cluster_page


def _plan(snapshot: PlanSnapshot) -> PlanSnapshot:
    """The snapshot without its modification time, which every change moves on."""
    return dataclasses.replace(snapshot, modified_at="")


def _type_into(qtbot, field: QLineEdit, text: str) -> None:
    """Replace the field's text as typing would, then press Return."""
    field.setFocus()
    field.selectAll()
    field.insert(text)  # QTest's keyClicks only knows ASCII; the names here are Spanish
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_adding_an_organisation_through_the_form(demo_window: MainWindow, qtbot) -> None:
    """Add Organisation selects a new row; typing its name and type in the form saves them."""
    page = _page(demo_window)
    tab = page.organisations_tab
    page.tabs.setCurrentWidget(tab)
    tab.add_action.trigger()
    assert tab.model.rowCount() == 16
    assert tab.current_entry().name == "New organisation"
    assert tab.form is not None
    name = tab.form.editors["name"].widget
    assert isinstance(name, QLineEdit)
    _type_into(qtbot, name, "Cámara de la Pequeña Industria")
    kind = tab.form.editors["stakeholder_type"].widget
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("business_association"))
    kind.activated.emit(kind.currentIndex())
    organisation = demo_window.session.organisations()[-1]
    assert organisation.name == "Cámara de la Pequeña Industria"
    assert organisation.stakeholder_type.value == "business_association"
    assert tab.details_title.text() == "Cámara de la Pequeña Industria"
    assert "Business association 2" in tab.summary.text()
    assert demo_window.session.undo_stack.count() == 3


def test_deleting_an_organisation_with_people_asks_then_undo_restores_all(
    demo_window: MainWindow, prompter
) -> None:
    """Deleting an organisation names its two people; Undo restores all exactly, Redo deletes."""
    page = _page(demo_window)
    tab = page.organisations_tab
    session = demo_window.session
    session.run(
        session.document.add_organisation, name="Textile Lab", stakeholder_type="bds_provider"
    )
    lab = session.organisations()[-1]
    for name in ("Ana Terán", "Luis Yépez"):
        session.run(session.document.add_person, name=name, organisation_id=lab.id)
    meeting = session.meetings()[0]
    newcomers = [p.id for p in session.people() if p.organisation_id == lab.id]
    session.run(
        session.document.set_attendance, meeting.id, sorted({*meeting.attendee_ids, *newcomers})
    )
    before = _plan(session.document.snapshot())
    organisations, people = len(session.organisations()), len(session.people())
    page.tabs.setCurrentWidget(tab)
    tab.select(lab.id)
    tab.delete_action.trigger()
    assert prompter.messages[0].startswith(
        "“Textile Lab” has 2 people in the register: Ana Terán, Luis Yépez."
    )
    assert "their 2 meeting attendances" in prompter.messages[0]
    assert tab.model.rowCount() == organisations - 1
    assert len(session.people()) == people - 2
    assert demo_window.edit_undo.text() == "Undo Delete organisation “Textile Lab”"
    demo_window.edit_undo.trigger()
    assert _plan(session.document.snapshot()) == before
    assert tab.model.rowCount() == organisations
    assert page.people_tab.model.rowCount() == people
    demo_window.edit_redo.trigger()
    assert len(session.people()) == people - 2
    assert all(o.id != lab.id for o in session.organisations())


def test_declining_the_deletion_keeps_everything(demo_window: MainWindow, prompter) -> None:
    """Answering Cancel to the confirmation deletes nothing and adds no undo step."""
    tab = _page(demo_window).organisations_tab
    session = demo_window.session
    session.run(
        session.document.add_organisation, name="Textile Lab", stakeholder_type="bds_provider"
    )
    lab = session.organisations()[-1]
    session.run(session.document.add_person, name="Ana Terán", organisation_id=lab.id)
    before = _plan(session.document.snapshot())
    steps = session.undo_stack.count()
    tab.select(lab.id)
    prompter.confirmation = False
    tab.delete_entry()
    assert _plan(session.document.snapshot()) == before
    assert session.undo_stack.count() == steps


def test_an_organisation_without_people_is_deleted_without_asking(
    demo_window: MainWindow, prompter
) -> None:
    """No question when nothing else goes with the organisation; it is undoable anyway."""
    tab = _page(demo_window).organisations_tab
    session = demo_window.session
    session.run(session.document.add_organisation, name="Alone", stakeholder_type="ngo")
    tab.select(session.organisations()[-1].id)
    tab.delete_entry()
    assert prompter.messages == []
    assert all(o.name != "Alone" for o in session.organisations())


def test_a_profile_field_edit_is_one_undo_step(demo_window: MainWindow, qtbot) -> None:
    """Editing the sector and leaving the field makes exactly one undo step, named for it."""
    page = _page(demo_window)
    field = page.profile_tab.form.editors["sector"].widget
    assert isinstance(field, QLineEdit)
    _type_into(qtbot, field, "Garments and knitwear")
    field.editingFinished.emit()  # leaving the field must not add a second step
    session = demo_window.session
    assert session.profile().sector == "Garments and knitwear"
    assert session.undo_stack.count() == 1
    assert demo_window.edit_undo.text() == "Undo Change sector of the cluster profile"
    assert "Garments and knitwear" in page.subtitle.text()
    demo_window.edit_undo.trigger()
    assert field.text() == "Textiles and garments"


def test_a_refused_profile_value_is_explained_and_reverted(demo_window: MainWindow, qtbot) -> None:
    """A horizon ending before it starts is refused in the status bar and the field reverts."""
    spin = _page(demo_window).profile_tab.form.editors["horizon_end"].widget
    assert isinstance(spin, QSpinBox)
    spin.setValue(2020)
    spin.editingFinished.emit()
    assert "the planning horizon ends before it starts" in demo_window.statusBar().currentMessage()
    assert spin.value() == 2030
    assert demo_window.session.profile().horizon_end == 2030


def test_editing_a_person_in_the_table_updates_the_form(demo_window: MainWindow) -> None:
    """A name edited in the People table (setData) shows in the form and is undoable."""
    tab = _page(demo_window).people_tab
    person = demo_window.session.people()[0]
    tab.select(person.id)
    index = tab.proxy.index(tab.table.currentIndex().row(), 0)
    assert tab.proxy.setData(index, "María Fernanda Cevallos Ruiz")
    assert tab.form is not None
    assert tab.form.editors["name"].widget.text() == "María Fernanda Cevallos Ruiz"
    assert demo_window.edit_undo.text() == "Undo Change person “María Fernanda Cevallos Ruiz”"


def test_people_filter_by_commission_and_organisation(demo_window: MainWindow) -> None:
    """The people filter shows Commission members, or the people of one organisation."""
    tab = _page(demo_window).people_tab
    tab.set_filter("commission")
    assert tab.proxy.rowCount() == 11
    unido = next(o for o in demo_window.session.organisations() if o.acronym == "UNIDO")
    tab.set_filter(f"organisation:{unido.id}")
    assert tab.proxy.rowCount() == 2
    tab.filter_edit.setText("patricia")
    assert tab.proxy.rowCount() == 1


def test_ticking_attendance_updates_the_tallies(demo_window: MainWindow) -> None:
    """Ticking a person in a meeting's attendance saves it and updates the tallies at once."""
    page = _page(demo_window)
    tab = page.meetings_tab
    meeting = demo_window.session.meetings()[0]
    page.tabs.setCurrentWidget(tab)
    tab.select(meeting.id)
    panel = page.attendance
    assert panel.tally_label.text().startswith("12 attended: 7 women, 5 men")
    jorge = next(p for p in demo_window.session.people() if p.name == "Jorge Andrade")
    item = next(
        panel.people_list.item(row)
        for row in range(panel.people_list.count())
        if panel.people_list.item(row).data(PERSON_ID_ROLE) == jorge.id
    )
    assert item.checkState() == Qt.CheckState.Unchecked
    item.setCheckState(Qt.CheckState.Checked)
    assert jorge.id in demo_window.session.meetings()[0].attendee_ids
    assert panel.tally_label.text().startswith("13 attended: 7 women, 6 men")
    assert "Public authority 2" in panel.tally_label.text()
    assert (
        demo_window.edit_undo.text() == "Undo Change attendance of “Diagnostic validation workshop”"
    )
    demo_window.edit_undo.trigger()
    assert panel.tally_label.text().startswith("12 attended")
    assert item.checkState() == Qt.CheckState.Unchecked


def test_edit_menu_offers_the_current_register_commands(demo_window: MainWindow) -> None:
    """The Edit menu's Add/Delete follow the tab shown, with Insert and Delete keys."""
    page = _page(demo_window)
    page.tabs.setCurrentWidget(page.people_tab)
    texts = [a.text() for a in demo_window.edit_menu.actions()]
    assert "Add Person" in texts and "Delete Person" in texts
    assert page.people_tab.add_action.shortcut().toString() == "Ins"
    page.tabs.setCurrentWidget(page.meetings_tab)
    texts = [a.text() for a in demo_window.edit_menu.actions()]
    assert "Add Meeting" in texts and "Add Person" not in texts


def test_insert_key_in_the_table_adds_an_entry(demo_window: MainWindow, qtbot) -> None:
    """Pressing Insert in the Meetings table adds a meeting and puts focus in its title."""
    page = _page(demo_window)
    page.tabs.setCurrentWidget(page.meetings_tab)
    table = page.meetings_tab.table
    before = len(demo_window.session.meetings())
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert len(demo_window.session.meetings()) == before + 1
    assert page.meetings_tab.current_entry().title == "New meeting"


def test_baseline_figures_can_be_added_and_edited(demo_window: MainWindow) -> None:
    """Adding a baseline figure picks a default kind; its value edits in the table."""
    baseline = _page(demo_window).profile_tab.baseline
    session = demo_window.session
    session.run(session.document.delete_baseline_figure, session.baseline_figures()[-1].id)
    baseline.add_action.trigger()
    figure = session.baseline_figures()[-1]
    assert figure.kind.value == "exports"
    row = baseline.model.row_of(figure.id)
    assert baseline.model.setData(baseline.model.index(row, 1), 3_100_000.0)
    assert session.baseline_figures()[-1].value == 3_100_000.0
    assert baseline.model.index(row, 1).data() == format_number(3_100_000)


def test_an_organisation_that_leads_an_action_is_kept_with_a_sentence(
    demo_window: MainWindow, prompter
) -> None:
    """No question is asked; the refusal names the action and nothing changes."""
    tab = _page(demo_window).organisations_tab
    session = demo_window.session
    session.run(session.document.add_organisation, name="Lead firm", stakeholder_type="lead_firm")
    lead = session.organisations()[-1]
    objective = session.objectives()[0]
    session.run(session.document.add_action, objective.id, title="Buyer meet", lead_id=lead.id)
    sentences: list[str] = []
    session.failed.connect(sentences.append)
    steps = session.undo_stack.count()
    tab.select(lead.id)
    tab.delete_entry()
    assert prompter.messages == []
    assert any(o.id == lead.id for o in session.organisations())
    assert session.undo_stack.count() == steps
    assert sentences and sentences[0].startswith("“Lead firm” was kept: it leads, takes part in")
    assert "A1." in sentences[0]


def test_the_plans_language_is_chosen_from_a_list(demo_window: MainWindow, qtbot) -> None:
    """Profile ▸ Language lists languages by their own names; choosing one stores its code,
    and the services refuse a language that is not a code ("Spanish")."""
    import pytest

    from cluster_planner.domain.errors import ValidationError

    page = _page(demo_window)
    page.tabs.setCurrentWidget(page.profile_tab)
    field = page.profile_tab.form.editors["language"].widget
    assert isinstance(field, QComboBox)
    names = [field.itemText(row) for row in range(field.count())]
    assert names[:4] == ["English", "Español", "Français", "العربية"]
    assert field.currentText() == "English"
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)  # a closed combo box steps to the next entry
    assert demo_window.session.profile().language == "es"
    assert demo_window.session.undo_stack.undoText() == "Change language of the cluster profile"
    assert demo_window.session is not None
    with pytest.raises(ValidationError):
        demo_window.session.document.update_profile(language="Spanish")
    assert demo_window.session.profile().language == "es"


def test_a_plan_from_elsewhere_keeps_a_language_outside_the_list(
    demo_window: MainWindow,
) -> None:
    """A plan that holds "de" shows it, so opening the profile changes nothing."""
    from cluster_planner.ui.profile_tab import plan_language_choices

    assert plan_language_choices("de")[-1] == ("de", "de")
    assert ("Español", "es") in plan_language_choices("es")
    assert len(plan_language_choices("es")) == len(plan_language_choices("en"))
