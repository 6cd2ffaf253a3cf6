"""PlanDocument actions: one transaction each, validated, and undone exactly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cluster_planner.domain.enums import BodyRole, Sex, StakeholderType
from cluster_planner.domain.errors import NotFound, ReadOnlyPlan, UndoConflict, ValidationError
from cluster_planner.services.plan_document import PlanDocument, new_id


def test_every_edit_is_on_disk_when_the_call_returns(demo_path: Path) -> None:
    """An edit made through one document is read back by a fresh one after closing."""
    document = PlanDocument.open(demo_path)
    document.update_profile(name="Atuntaqui textile cluster")
    document.close()
    reopened = PlanDocument.open(demo_path, read_only=True)
    assert reopened.profile().name == "Atuntaqui textile cluster"
    reopened.close()


def test_deleting_an_organisation_takes_its_people_and_undo_restores_all(
    demo_document: PlanDocument,
) -> None:
    """Deleting an organisation removes its people and attendance; undo brings back every row."""
    before = demo_document.snapshot()
    chamber = next(o for o in before.organisations if o.acronym == "CCAA")
    members = demo_document.organisation_dependents(chamber.id)
    assert members
    record = demo_document.delete_organisation(chamber.id)
    after = demo_document.snapshot()
    assert chamber.id not in {o.id for o in after.organisations}
    assert not {p.id for p in members} & {p.id for p in after.people}
    assert all(not {p.id for p in members} & set(m.attendee_ids) for m in after.meetings)
    demo_document.undo(record)
    assert demo_document.snapshot().to_dict() | {"modified_at": ""} == before.to_dict() | {
        "modified_at": ""
    }
    demo_document.redo(record)
    assert demo_document.snapshot().organisations == after.organisations


def test_deleting_the_facilitator_leaves_the_meeting_without_one(
    demo_document: PlanDocument,
) -> None:
    """A deleted person is removed from attendance and as facilitator; undo restores both."""
    meeting = demo_document.meetings()[0]
    assert meeting.facilitator_id is not None
    record = demo_document.delete_person(meeting.facilitator_id)
    changed = demo_document.meeting(meeting.id)
    assert changed.facilitator_id is None
    assert meeting.facilitator_id not in changed.attendee_ids
    demo_document.undo(record)
    assert demo_document.meeting(meeting.id) == meeting


def test_add_update_and_undo_of_each_register(empty_document: PlanDocument) -> None:
    """Add and update in each register, then undo everything back to the empty plan."""
    doc = empty_document
    start = doc.snapshot()
    records = []
    records.append(doc.update_profile(name="Sidama coffee cluster", currency="etb"))
    assert doc.profile().currency == "ETB"
    records.append(
        doc.add_organisation(name="Sidama Coffee Farmers' Union", stakeholder_type="cooperative")
    )
    org_id = new_id(records[-1], "organisation")
    records.append(doc.update_organisation(org_id, women_led=True, acronym="SCFCU"))
    records.append(doc.add_person(name="Tigist Alemu", sex=Sex.FEMALE, organisation_id=org_id))
    person_id = new_id(records[-1], "person")
    records.append(doc.update_person(person_id, commission_role=BodyRole.CHAIR))
    records.append(
        doc.add_meeting(
            title="Diagnostic workshop", date=dt.date(2026, 4, 2), attendee_ids=[person_id]
        )
    )
    meeting_id = new_id(records[-1], "meeting")
    records.append(doc.set_attendance(meeting_id, []))
    records.append(doc.add_baseline_figure(kind="exports", value=1.5e6, source="ECX"))
    figure_id = new_id(records[-1], "baseline_figure")
    records.append(doc.update_baseline_figure(figure_id, value=1.7e6))
    assert doc.organisation(org_id).women_led
    assert doc.person(person_id).commission_role is BodyRole.CHAIR
    assert doc.meeting(meeting_id).attendee_ids == ()
    for record in reversed(records):
        doc.undo(record)
    end = doc.snapshot()
    assert end.to_dict() | {"modified_at": ""} == start.to_dict() | {"modified_at": ""}


def test_setting_a_field_to_its_own_value_records_nothing(demo_document: PlanDocument) -> None:
    """An edit that changes nothing yields an empty record (no undo step, no notification)."""
    heard = []
    demo_document.add_listener(heard.append)
    record = demo_document.update_profile(name=demo_document.profile().name)
    assert record.is_empty
    assert heard == []


def test_listeners_hear_actions_undo_and_redo(demo_document: PlanDocument) -> None:
    """Listeners receive the record of each action, undo and redo, naming the tables touched."""
    heard = []
    demo_document.add_listener(heard.append)
    record = demo_document.add_organisation(name="Banco Pichincha", stakeholder_type="financial")
    demo_document.undo(record)
    demo_document.redo(record)
    assert [r.tables for r in heard] == [frozenset({"organisation"})] * 3
    assert [r.undo for r in heard] == [False, True, False]


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda d: d.add_organisation(name="  ", stakeholder_type="ngo"), "name"),
        (lambda d: d.add_organisation(name="X", stakeholder_type="pirate"), "stakeholder_type"),
        (lambda d: d.update_profile(horizon_start=2030, horizon_end=2026), "horizon_end"),
        (lambda d: d.update_profile(currency="dollars"), "currency"),
        (lambda d: d.add_person(name="Ana", organisation_id=999), "organisation_id"),
        (lambda d: d.add_meeting(title="M", date="not a date"), "date"),
        (
            lambda d: d.add_meeting(title="M", date=dt.date(2026, 1, 1), attendee_ids=[999]),
            "attendee_ids",
        ),
        (lambda d: d.add_baseline_figure(kind="exports", value=-1.0), "value"),
    ],
)
def test_invalid_values_are_refused_and_change_nothing(
    demo_document: PlanDocument, call, field: str
) -> None:
    """Each invalid value raises ValidationError naming its field; the plan is unchanged."""
    before = demo_document.snapshot()
    with pytest.raises(ValidationError) as caught:
        call(demo_document)
    assert caught.value.field == field
    assert demo_document.snapshot() == before


def test_unknown_entities_are_not_found(demo_document: PlanDocument) -> None:
    """Acting on an id that does not exist raises NotFound."""
    with pytest.raises(NotFound):
        demo_document.update_organisation(9999, name="Ghost")


def test_read_only_plan_refuses_edits(demo_path: Path) -> None:
    """A plan opened read-only refuses every action and stays as it was."""
    document = PlanDocument.open(demo_path, read_only=True)
    try:
        with pytest.raises(ReadOnlyPlan):
            document.add_organisation(name="X", stakeholder_type=StakeholderType.NGO)
    finally:
        document.close()


def test_undo_refuses_when_the_plan_moved_on(demo_document: PlanDocument) -> None:
    """Undoing a record whose rows were changed since raises UndoConflict and changes nothing."""
    org = demo_document.organisations()[0]
    first = demo_document.update_organisation(org.id, town="Ibarra")
    demo_document.update_organisation(org.id, town="Cotacachi")
    with pytest.raises(UndoConflict):
        demo_document.undo(first)
    assert demo_document.organisation(org.id).town == "Cotacachi"


def test_save_a_copy_leaves_the_open_plan_in_place(
    demo_document: PlanDocument, tmp_path: Path
) -> None:
    """Save a copy writes another file; the document keeps editing the original."""
    copy = tmp_path / "copy.clusterplan"
    demo_document.save_copy(copy)
    demo_document.update_profile(name="Changed after the copy")
    other = PlanDocument.open(copy, read_only=True)
    try:
        assert other.profile().name == "Atuntaqui garment cluster"
    finally:
        other.close()
    assert demo_document.path.name == "demo.clusterplan"


def test_a_snapshot_from_before_stored_codes_is_numbered_on_loading(
    empty_document: PlanDocument,
) -> None:
    """Items and options of an older snapshot (no numbers) are numbered as their codes showed
    them, and the numbers are stored, so the next card takes the next free one."""
    from cluster_planner.domain.codes import item_codes, option_codes
    from cluster_planner.domain.snapshot import PlanSnapshot

    data = {
        "format_version": 5,
        "swot_items": [
            {"id": 7, "quadrant": "strength", "statement": "b", "position": 1},
            {"id": 8, "quadrant": "strength", "statement": "a", "position": 0},
            {"id": 9, "quadrant": "opportunity", "statement": "o", "position": 0},
        ],
        "options": [{"id": 3, "kind": "SO", "statement": "x", "item_ids": [7, 9]}],
    }
    empty_document.load_snapshot(PlanSnapshot.from_dict(data))
    items = empty_document.swot_items()
    assert {i.id: i.number for i in items} == {8: 1, 7: 2, 9: 1}
    assert item_codes(items) == {8: "S1", 7: "S2", 9: "O1"}
    assert option_codes(empty_document.options()) == {3: "SO1"}
    new = new_id(empty_document.add_swot_item(quadrant="strength", statement="c"), "swot_item")
    assert item_codes(empty_document.swot_items())[new] == "S3"


def test_a_new_plan_is_written_in_a_language_of_the_list(tmp_path: Path) -> None:
    """create(language=…) stores the code; a name such as "Spanish" is refused before any
    file is written; a profile edit stores the code without its country ("es-EC" → "es")."""
    document = PlanDocument.create(tmp_path / "nuevo.clusterplan", language="es")
    try:
        assert document.profile().language == "es"
        document.update_profile(name="Textiles de Atuntaqui")
        document.update_profile(language="fr-CA")
        assert document.profile().language == "fr"
        with pytest.raises(ValidationError):
            document.update_profile(language="French")
    finally:
        document.close()
    with pytest.raises(ValidationError):
        PlanDocument.create(tmp_path / "other.clusterplan", language="Spanish")
    assert not (tmp_path / "other.clusterplan").exists()
