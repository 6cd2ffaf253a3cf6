"""The review cycle: progress, measurements, action reviews, adopting and restoring revisions."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cluster_planner.domain.diff import diff_plans
from cluster_planner.domain.enums import ActionStatus, MeetingType
from cluster_planner.domain.errors import DropNeedsReason, NotFound, ValidationError
from cluster_planner.services.plan_document import PlanDocument, new_id

D = dt.date


def content(doc: PlanDocument) -> dict:
    return doc.snapshot().to_dict() | {"modified_at": "", "created_at": ""}


@pytest.fixture
def doc(empty_document: PlanDocument) -> PlanDocument:
    """A small plan: one objective with an indicator, two actions, a lead and a meeting."""
    d = empty_document
    objective = new_id(d.add_objective(title="Reach new markets"), "objective")
    d.add_indicator(objective, name="Firms exporting", baseline_value=3, target_value=12)
    org = new_id(
        d.add_organisation(name="Chamber", stakeholder_type="business_association"), "organisation"
    )
    d.add_action(
        objective,
        title="Trade fair",
        lead_id=org,
        start_date=D(2027, 3, 1),
        end_date=D(2027, 6, 30),
    )
    d.add_action(objective, title="Catalogue", start_date=D(2027, 1, 1), end_date=D(2027, 2, 28))
    d.add_meeting(
        title="Commission review", date=D(2027, 4, 1), meeting_type=MeetingType.REVIEW_MEETING
    )
    return d


def action_id(doc: PlanDocument, title: str) -> int:
    return next(a.id for a in doc.actions() if a.title == title)


def test_progress_entries_keep_the_history_and_set_the_action_state(doc: PlanDocument) -> None:
    """Each report is kept; the action shows what the latest report said."""
    fair = action_id(doc, "Trade fair")
    doc.record_progress(
        fair,
        D(2027, 3, 10),
        status=ActionStatus.IN_PROGRESS,
        actual_start=D(2027, 3, 8),
        note="Stand booked",
    )
    record = doc.record_progress(fair, D(2027, 4, 1), progress=40, note="Brochures printed")
    action = doc.action(fair)
    assert (action.status, action.progress, action.actual_start) == (
        ActionStatus.IN_PROGRESS,
        40,
        D(2027, 3, 8),
    )
    assert [e.note for e in action.progress_entries] == ["Stand booked", "Brochures printed"]
    doc.undo(record)
    action = doc.action(fair)
    assert action.progress == 0 and len(action.progress_entries) == 1


def test_bad_progress_is_refused_with_the_plan_untouched(doc: PlanDocument) -> None:
    fair = action_id(doc, "Trade fair")
    before = content(doc)
    with pytest.raises(ValidationError) as error:
        doc.record_progress(
            fair, D(2027, 5, 1), actual_start=D(2027, 5, 1), actual_end=D(2027, 4, 1)
        )
    assert error.value.field == "actual_end"
    with pytest.raises(ValidationError):
        doc.record_progress(fair, D(2027, 5, 1), progress=140)
    assert content(doc) == before


def test_dropping_an_adopted_action_needs_a_reason(doc: PlanDocument) -> None:
    """Before adoption an action drops freely; after, only with a reason, which the diff shows."""
    catalogue = action_id(doc, "Catalogue")
    fair = action_id(doc, "Trade fair")
    dropped = doc.update_action(catalogue, status=ActionStatus.DROPPED)
    doc.undo(dropped)
    doc.adopt_revision("Action plan 2027", D(2027, 4, 1))
    with pytest.raises(DropNeedsReason) as error:
        doc.update_action(catalogue, status=ActionStatus.DROPPED)
    assert (error.value.title, error.value.revision) == ("Catalogue", 1)
    with pytest.raises(DropNeedsReason):
        doc.record_progress(fair, D(2027, 5, 1), status=ActionStatus.DROPPED)
    doc.update_action(catalogue, status=ActionStatus.DROPPED, drop_reason="Merged into the fair")
    doc.record_progress(fair, D(2027, 5, 1), status=ActionStatus.DROPPED, note="No exhibitors")
    assert doc.action(fair).drop_reason == "No exhibitors"
    dropped_changes = [c for c in doc.compare(1) if c.kind == "action_dropped"]
    assert {c.reason for c in dropped_changes} == {"Merged into the fair", "No exhibitors"}
    assert any("dropped (reason: Merged into the fair)." in c.text for c in dropped_changes)


def test_measurements_are_kept_per_indicator_and_go_with_it(doc: PlanDocument) -> None:
    indicator = doc.objectives()[0].indicators[0]
    doc.record_measurement(indicator.id, measured_on=D(2027, 6, 30), value=5, source="Survey")
    second = doc.record_measurement(indicator.id, measured_on=D(2027, 12, 31), value=7)
    assert [m.value for m in doc.measurements(indicator.id)] == [5, 7]
    doc.update_measurement(new_id(second, "measurement"), value=8)
    assert doc.measurements()[-1].value == 8
    with pytest.raises(ValidationError):
        doc.record_measurement(indicator.id, measured_on=D(2027, 6, 30), value="many")
    removed = doc.delete_indicator(indicator.id)
    assert doc.measurements() == []
    doc.undo(removed)
    assert len(doc.measurements(indicator.id)) == 2


def test_a_percentage_indicator_takes_values_from_0_to_100(doc: PlanDocument) -> None:
    """A value outside 0-100 for an indicator measured in % is refused, recorded or corrected."""
    objective = doc.objectives()[0].id
    share = new_id(
        doc.add_indicator(objective, name="Women in jobs", unit="% of jobs", target_value=50),
        "indicator",
    )
    with pytest.raises(ValidationError) as refused:
        doc.record_measurement(share, measured_on=D(2027, 6, 30), value=3_100_000)
    assert refused.value.field == "value"
    recorded = doc.record_measurement(share, measured_on=D(2027, 6, 30), value=41)
    with pytest.raises(ValidationError):
        doc.update_measurement(new_id(recorded, "measurement"), value=-1)
    other = doc.objectives()[0].indicators[0].id  # in firms: any number
    doc.record_measurement(other, measured_on=D(2027, 6, 30), value=3_100_000)


def test_a_review_meeting_records_the_four_questions_per_action(doc: PlanDocument) -> None:
    meeting = doc.meetings()[0].id
    fair = action_id(doc, "Trade fair")
    doc.review_action(meeting, fair, done="Stand booked", help_needed="Transport")
    doc.review_action(meeting, fair, decision="Go ahead", next_steps="Print brochures")
    (review,) = doc.action_reviews(meeting)
    assert (review.done, review.next_steps, review.help_needed, review.decision) == (
        "Stand booked",
        "Print brochures",
        "Transport",
        "Go ahead",
    )
    doc.delete_action(fair)
    assert doc.action_reviews() == []


def test_adopting_freezes_the_whole_plan_and_numbers_it(doc: PlanDocument) -> None:
    meeting = doc.meetings()[0]
    frozen = content(doc)
    first = doc.adopt_revision(
        "Action plan 2027",
        D(2027, 4, 1),
        meeting_id=meeting.id,
        decision="Adopted",
        reason="First plan",
    )
    doc.update_action(action_id(doc, "Catalogue"), title="Online catalogue")
    doc.adopt_revision("Mid-year revision", D(2027, 7, 1))
    revisions = doc.revisions()
    assert [(r.number, r.title) for r in revisions] == [
        (1, "Action plan 2027"),
        (2, "Mid-year revision"),
    ]
    assert revisions[0].meeting == "Commission review"
    assert doc.revision_snapshot(1).to_dict() | {"modified_at": "", "created_at": ""} == frozen
    assert doc.baseline() == doc.revision_snapshot(2)
    (renamed,) = doc.compare(1, 2)
    assert renamed.kind == "action_renamed"
    assert doc.compare(2) == []
    with pytest.raises(NotFound):
        doc.revision_snapshot(3)
    with pytest.raises(ValidationError):
        doc.adopt_revision("  ", D(2027, 7, 1))
    assert first.tables == {"revision", "plan_info"} or first.tables == {"revision"}


def test_an_undone_adoption_gives_its_number_back(doc: PlanDocument) -> None:
    record = doc.adopt_revision("Draft", D(2027, 4, 1))
    doc.undo(record)
    assert doc.revisions() == [] and doc.baseline() is None
    doc.update_action(action_id(doc, "Catalogue"), title="Changed")
    doc.adopt_revision("Real", D(2027, 4, 2))
    assert doc.revision(1).title == "Real"
    assert doc.revision_snapshot(1).actions[1].title == "Changed"


def test_restoring_a_revision_brings_its_plan_back_and_undo_returns(doc: PlanDocument) -> None:
    frozen = content(doc)
    doc.adopt_revision("Action plan 2027", D(2027, 4, 1))
    doc.delete_action(action_id(doc, "Catalogue"))
    doc.add_organisation(name="Bank", stakeholder_type="financial")
    doc.record_progress(action_id(doc, "Trade fair"), D(2027, 5, 1), progress=10)
    changed = content(doc)
    record = doc.restore_revision(1)
    assert content(doc) == frozen
    assert [n for n, _ in doc.restores()] == [1]
    assert len(doc.revisions()) == 1
    doc.undo(record)
    assert content(doc) == changed
    assert doc.restores() == []
    doc.redo(record)
    assert content(doc) == frozen


_edits = st.lists(
    st.tuples(
        st.sampled_from(["rename", "move", "drop", "progress", "add", "delete", "lead"]),
        st.integers(0, 5),
        # Any text a person can type: control characters are refused (domain/rules.py).
        st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=8).filter(
            str.strip
        ),
    ),
    max_size=6,
)


def _apply(doc: PlanDocument, edits: list[tuple[str, int, str]]) -> None:
    for verb, pick, text in edits:
        actions = doc.actions()
        if verb == "add" or not actions:
            doc.add_action(doc.objectives()[0].id, title=text)
            continue
        target = actions[pick % len(actions)]
        if verb == "rename":
            doc.update_action(target.id, title=text)
        elif verb == "move" and target.start_date is not None:
            doc.reschedule_action(target.id, target.start_date + dt.timedelta(days=pick + 1), None)
        elif verb == "drop":
            doc.update_action(target.id, status=ActionStatus.DROPPED, drop_reason=text)
        elif verb == "progress":
            doc.record_progress(target.id, D(2027, 5, 1), progress=pick * 10, note=text)
        elif verb == "delete":
            doc.delete_action(target.id)
        elif verb == "lead":
            doc.update_action(target.id, lead_id=None)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(before=_edits, after=_edits)
def test_property_restore_yields_the_revision_and_a_plan_equals_itself(
    doc: PlanDocument, before: list, after: list
) -> None:
    """diff(a, a) is empty; restoring after any edits gives the revision's snapshot."""
    _apply(
        doc, before
    )  # the fixture is shared by the examples: the plan grows from one to the next
    doc.adopt_revision("Rev", D(2027, 4, 1))
    number = doc.revisions()[-1].number
    frozen = doc.revision_snapshot(number)
    assert diff_plans(frozen, frozen) == []
    _apply(doc, after)
    doc.restore_revision(number)
    now = doc.snapshot()
    assert now.to_dict() | {"modified_at": "", "created_at": ""} == frozen.to_dict() | {
        "modified_at": "",
        "created_at": "",
    }
    assert diff_plans(frozen, now) == []


def test_revisions_are_stored_compactly_and_read_back_exactly(demo_document: PlanDocument) -> None:
    """The compact stored form reads back to the same snapshot; two revisions share records."""
    import json

    from cluster_planner.domain.snapshot import PlanSnapshot

    snapshot = demo_document.snapshot()
    stored = snapshot.to_stored()
    assert PlanSnapshot.from_stored(json.loads(json.dumps(stored))) == snapshot
    assert len(json.dumps(stored)) < 0.9 * len(json.dumps(snapshot.to_dict()))
    first, second = (demo_document.revision_snapshot(n) for n in (1, 2))
    fresh = PlanDocument.open(demo_document.path, read_only=True)
    try:
        one, two = fresh._revision_snapshots(1, 2)
        assert (one, two) == (first, second)
        shared = {id(a) for a in one.actions} & {id(a) for a in two.actions}
        unchanged = [a for a in first.actions if a in second.actions]
        assert len(shared) == len(unchanged) > 0
        assert fresh.compare(1, 2) == demo_document.compare(1, 2)
    finally:
        fresh.close()


def test_an_older_stored_format_is_read_with_every_check() -> None:
    """A revision frozen by an older version goes through the full, checking reader."""
    from cluster_planner.domain.errors import SnapshotError
    from cluster_planner.domain.snapshot import PlanSnapshot

    with pytest.raises(SnapshotError):
        PlanSnapshot.from_stored({"format_version": 4, "organisations": [{"id": "x"}]})


def test_restoring_the_demo_and_undoing_gives_the_same_plan(demo_document: PlanDocument) -> None:
    """A real plan (merged SWOT cards point at each other) restores and undoes exactly."""
    before = content(demo_document)
    record = demo_document.restore_revision(1)
    assert content(demo_document) == demo_document.revision_snapshot(1).to_dict() | {
        "modified_at": "",
        "created_at": "",
    }
    demo_document.undo(record)
    assert content(demo_document) == before
    demo_document.redo(record)
    demo_document.undo(record)
    assert content(demo_document) == before
