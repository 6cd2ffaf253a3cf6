"""PlanSession: actions become undo steps, refusals become sentences, changes become signals."""

from __future__ import annotations

import datetime as dt

from cluster_planner.domain.enums import StakeholderType
from cluster_planner.services.plan_document import PlanDocument, new_id
from cluster_planner.ui.plan_session import PlanSession


def test_an_action_is_one_undo_step_named_after_what_it_did(session: PlanSession) -> None:
    """Adding an organisation pushes one step whose text names it."""
    record = session.run(
        session.document.add_organisation,
        name="Cámara de Comercio",
        stakeholder_type=StakeholderType.ENTERPRISE,
    )
    assert record is not None
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Add organisation “Cámara de Comercio”"


def test_undo_and_redo_replay_the_record_and_signal_it(session: PlanSession, qtbot) -> None:
    """Undo removes the organisation again, redo brings it back, each announced by changed."""
    session.run(
        session.document.add_organisation, name="Textile Lab", stakeholder_type="bds_provider"
    )
    assert any(o.name == "Textile Lab" for o in session.organisations())
    with qtbot.waitSignal(session.changed) as undone:
        session.undo_stack.undo()
    assert "organisation" in undone.args[0].tables
    assert not any(o.name == "Textile Lab" for o in session.organisations())
    with qtbot.waitSignal(session.changed):
        session.undo_stack.redo()
    assert any(o.name == "Textile Lab" for o in session.organisations())


def test_a_change_to_nothing_is_not_an_undo_step(session: PlanSession) -> None:
    """Setting a field to its own value changes nothing and leaves the stack empty."""
    record = session.run(session.document.update_profile, name=session.profile().name)
    assert record is not None and record.is_empty
    assert session.undo_stack.count() == 0


def test_a_refused_edit_is_a_sentence_and_changes_nothing(session: PlanSession, qtbot) -> None:
    """A four-letter currency is refused with a sentence; plan and undo stack stay unchanged."""
    before = session.document.snapshot()
    with qtbot.waitSignal(session.failed) as failed:
        assert session.run(session.document.update_profile, currency="DOLR") is None
    assert failed.args[0].startswith("Currency was not changed: it must be a three-letter")
    assert session.undo_stack.count() == 0
    assert session.document.snapshot().profile == before.profile


def test_an_undo_that_no_longer_fits_is_reported_not_raised(session: PlanSession, qtbot) -> None:
    """When the plan changed behind the stack's back, undo says so and drops the step."""
    record = session.run(session.document.add_organisation, name="Ghost", stakeholder_type="ngo")
    assert record is not None
    session.document.undo(record)  # behind the session's back
    with qtbot.waitSignal(session.failed) as failed:
        session.undo_stack.undo()
    assert "could not be undone" in failed.args[0]
    assert session.undo_stack.count() == 0


def test_cached_queries_refresh_only_what_a_change_touched(session: PlanSession) -> None:
    """An organisation edit drops the cached organisations but keeps the cached people."""
    people = session.people()
    organisations = session.organisations()
    session.run(session.document.update_organisation, organisations[0].id, town="Ibarra")
    assert session.people() is people
    assert session.organisations()[0].town == "Ibarra"


def test_cached_actions_follow_every_kind_of_edit_without_a_full_reread(
    demo_document: PlanDocument,
) -> None:
    """Only touched actions are re-read, and the cache always equals the plan."""
    session = PlanSession(demo_document)
    objective = session.objectives()[0].id
    session.actions()  # fill the cache
    calls: list[int] = []
    full_read = demo_document.actions
    demo_document.actions = lambda: calls.append(1) or full_read()  # type: ignore[method-assign]
    record = session.run(session.document.add_action, objective, title="Shared cutting room")
    assert record is not None
    action = new_id(record, "action")
    organisation = session.organisations()[0].id
    document = session.document
    edits = [
        (document.update_action, (action,), {"progress": 40}),
        (document.add_partner, (action,), {"organisation_id": organisation, "amount": 300.0}),
        (document.add_cost_line, (action,), {"amount": 1200.0}),
        (document.add_milestone, (action,), {"title": "Room open", "date": dt.date(2027, 1, 1)}),
        (document.add_action_indicator, (action,), {"name": "Firms using the room"}),
        (document.move_action, (action, objective, 0), {}),
    ]
    for edit, args, fields in edits:
        assert session.run(edit, *args, **fields) is not None
        assert session.actions() == tuple(full_read())
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
        assert session.actions() == tuple(full_read())
    assert calls == []


def test_naming_a_new_action_merges_into_adding_it_but_nothing_else_does(
    demo_document: PlanDocument,
) -> None:
    """Add then rename: one step; a second rename, or another field, is its own step."""
    session = PlanSession(demo_document)
    objective = session.objectives()[0].id
    record = session.run(session.document.add_action, objective, title="New action")
    assert record is not None
    action = new_id(record, "action")
    session.run(session.document.update_action, action, title="Shared cutting room")
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Add action “Shared cutting room”"
    session.run(session.document.update_action, action, title="Shared cutting room in Atuntaqui")
    session.run(session.document.update_action, action, progress=10)
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert all(a.id != action for a in session.actions())
