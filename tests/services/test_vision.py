"""Vision actions: elements, drafts, adoption as numbered versions, objectives and indicators."""

from __future__ import annotations

import datetime as dt

import pytest

from cluster_planner.domain.enums import DecisionRule
from cluster_planner.domain.errors import ValidationError
from cluster_planner.services.plan_document import PlanDocument, new_id


def state(doc: PlanDocument) -> dict:
    return doc.snapshot().to_dict() | {"modified_at": ""}


def test_adoption_freezes_the_draft_as_the_next_version(demo_document: PlanDocument) -> None:
    """Adopting a draft makes version N+1 with its text; editing the draft later leaves it."""
    doc = demo_document
    (v1,) = doc.vision_versions()
    meeting = doc.meetings()[-1].id
    record = doc.draft_from_version(v1.id, "Revision 2027")
    draft_id = new_id(record, "vision_draft")
    assert doc.vision_drafts()[-1].statement == v1.statement
    doc.update_vision_draft(draft_id, statement="By 2031, the cluster is the reference.")
    adopted = doc.adopt_vision(
        draft_id,
        meeting_id=meeting,
        adopted_on=dt.date(2027, 3, 30),
        decision_rule=DecisionRule.CONSENSUS,
        next_review=dt.date(2028, 3, 31),
    )
    doc.update_vision_draft(draft_id, statement="Changed after adoption")
    current = doc.current_vision()
    assert current is not None and current.number == 2
    assert current.statement == "By 2031, the cluster is the reference."
    assert current.element_ids == v1.element_ids
    assert doc.vision_versions()[0] == v1
    doc.undo(adopted)
    assert doc.current_vision() == v1


def test_adoption_refuses_bad_decisions(demo_document: PlanDocument) -> None:
    """No meeting, a review before adoption, or negative votes are refused."""
    doc = demo_document
    draft = doc.vision_drafts()[0].id
    meeting = doc.meetings()[0].id
    with pytest.raises(ValidationError):
        doc.adopt_vision(draft, meeting_id=999, adopted_on=dt.date(2026, 5, 1))
    with pytest.raises(ValidationError) as caught:
        doc.adopt_vision(
            draft,
            meeting_id=meeting,
            adopted_on=dt.date(2026, 5, 1),
            next_review=dt.date(2026, 4, 1),
        )
    assert caught.value.field == "next_review"
    with pytest.raises(ValidationError):
        doc.adopt_vision(draft, meeting_id=meeting, adopted_on=dt.date(2026, 5, 1), votes_for=-1)


def test_a_meeting_that_adopted_a_vision_is_kept(demo_document: PlanDocument) -> None:
    """Deleting the meeting that adopted a vision is refused; the element it names is kept too."""
    doc = demo_document
    (version,) = doc.vision_versions()
    with pytest.raises(ValidationError):
        doc.delete_meeting(version.meeting_id)
    with pytest.raises(ValidationError):
        doc.delete_vision_element(version.element_ids[0])


def test_objective_with_indicators_and_undo(demo_document: PlanDocument) -> None:
    """An objective gets indicators (baseline from a profile figure); undo removes each step."""
    doc = demo_document
    before = state(doc)
    element = doc.vision_elements()[0].id
    records = [doc.add_objective(title="Raise exports", element_ids=[element])]
    objective = new_id(records[0], "objective")
    turnover = next(f for f in doc.baseline_figures() if f.kind.value == "turnover")
    records.append(
        doc.add_indicator(
            objective,
            name="Turnover",
            unit="USD",
            baseline_figure_id=turnover.id,
            target_value=55e6,
            target_date=dt.date(2030, 12, 31),
        )
    )
    (indicator,) = next(o for o in doc.objectives() if o.id == objective).indicators
    assert indicator.baseline_value == turnover.value
    assert indicator.baseline_date == turnover.as_of
    assert indicator.baseline_source == turnover.source
    records.append(doc.update_indicator(indicator.id, target_value=60e6))
    with pytest.raises(ValidationError):
        doc.update_indicator(indicator.id, target_date=dt.date(2020, 1, 1))
    for record in reversed(records):
        doc.undo(record)
    assert state(doc) == before


def test_deleting_what_objectives_trace_to_keeps_the_plan_consistent(
    demo_document: PlanDocument,
) -> None:
    """Deleting an option, a card, an organisation or a figure unlinks them; undo restores all."""
    doc = demo_document
    before = state(doc)
    objective = doc.objectives()[0]
    indicator = doc.objectives()[2].indicators[0]
    records = [doc.delete_option(objective.option_ids[0])]
    assert objective.option_ids[0] not in doc.objectives()[0].option_ids
    element = doc.vision_elements()[0]
    records.append(doc.delete_swot_item(element.item_ids[0]))
    assert element.item_ids[0] not in doc.vision_elements()[0].item_ids
    records.append(doc.delete_organisation(indicator.responsible_id))
    records.append(doc.delete_baseline_figure(indicator.baseline_figure_id))
    changed = doc.objectives()[2].indicators[0]
    assert changed.responsible_id is None and changed.baseline_figure_id is None
    assert changed.baseline_value == indicator.baseline_value
    for record in reversed(records):
        doc.undo(record)
    assert state(doc) == before


def test_elements_and_drafts_check_their_links(empty_document: PlanDocument) -> None:
    """Links to options or items that do not exist, and empty drafts, are refused."""
    with pytest.raises(ValidationError):
        empty_document.add_vision_element(name="X", option_ids=[42])
    with pytest.raises(ValidationError):
        empty_document.add_vision_draft(title="A", statement="  ")
    record = empty_document.add_vision_element(name="Brand")
    element = new_id(record, "vision_element")
    draft = new_id(
        empty_document.add_vision_draft(title="A", statement="By 2030 …", element_ids=[element]),
        "vision_draft",
    )
    empty_document.delete_vision_element(element)
    assert next(d for d in empty_document.vision_drafts() if d.id == draft).element_ids == ()
