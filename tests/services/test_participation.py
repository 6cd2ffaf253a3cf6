"""Live participation in the plan: phone ballots beside paper tallies, pending cards, drafts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cluster_planner.domain.enums import ItemStatus, Quadrant, Sex, StakeholderType
from cluster_planner.domain.errors import NotFound
from cluster_planner.domain.participation import (
    IDEA_MAX_CHARS,
    PENDING_PER_DEVICE,
    ParticipationRefused,
    clean_text,
    draft_total,
)
from cluster_planner.domain.prioritisation import (
    dots_cast,
    phone_dots_cast,
    phone_voters,
    ranking,
    scores,
)
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.services.plan_document import PlanDocument, new_id

PHONE_A = "phoneAAAAAAAAAAAAAAAAA"
PHONE_B = "phoneBBBBBBBBBBBBBBBBB"


@pytest.fixture
def hall(empty_document: PlanDocument) -> tuple[PlanDocument, dict[str, int]]:
    """A board of three cards, a meeting and a round of three dots per voter."""
    doc = empty_document
    ids = {}
    for key, quadrant, text in [
        ("s1", Quadrant.STRENGTH, "Skilled knitters"),
        ("w1", Quadrant.WEAKNESS, "No joint marketing"),
        ("o1", Quadrant.OPPORTUNITY, "Growing national demand"),
    ]:
        ids[key] = new_id(doc.add_swot_item(quadrant=quadrant, statement=text), "swot_item")
    ids["meeting"] = new_id(
        doc.add_meeting(title="Validation workshop", date=dt.date(2026, 2, 12)), "meeting"
    )
    ids["round"] = new_id(
        doc.add_voting_round(meeting_id=ids["meeting"], title="Priorities", dots_per_voter=3),
        "voting_round",
    )
    return doc, ids


def test_phone_dots_add_up_with_paper_tallies_and_stay_apart(hall) -> None:
    doc, ids = hall
    doc.set_tally(ids["round"], ids["s1"], count=4)
    doc.set_phone_ballot(
        ids["round"], PHONE_A, {ids["s1"]: 2, ids["w1"]: 1}, "enterprise", "female"
    )
    doc.set_phone_ballot(ids["round"], PHONE_B, {ids["w1"]: 3})
    voting_round = doc.voting_round(ids["round"])
    assert dots_cast(voting_round) == 4  # paper only
    assert phone_dots_cast(voting_round) == 6
    assert phone_voters(voting_round) == 2
    assert scores(voting_round, doc.swot_items()) == {ids["s1"]: 6, ids["w1"]: 4, ids["o1"]: 0}
    ballot = next(b for b in voting_round.phone_ballots if b.device == PHONE_A)
    assert ballot.stakeholder_type is StakeholderType.ENTERPRISE and ballot.sex is Sex.FEMALE


def test_a_phone_changes_its_own_ballot_and_nothing_is_counted_twice(hall) -> None:
    doc, ids = hall
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 3})
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["w1"]: 1, ids["o1"]: 2})
    voting_round = doc.voting_round(ids["round"])
    assert len(voting_round.phone_ballots) == 1
    assert scores(voting_round, doc.swot_items()) == {ids["s1"]: 0, ids["w1"]: 1, ids["o1"]: 2}
    doc.set_phone_ballot(ids["round"], PHONE_A, {})
    assert doc.voting_round(ids["round"]).phone_ballots == ()


@pytest.mark.parametrize(
    ("dots", "reason"),
    [
        ({"s1": 2, "w1": 2}, "too_many_dots"),
        ({"s1": -1}, "count"),
        ({"gone": 1}, "card"),
    ],
)
def test_a_ballot_that_breaks_the_rules_is_refused_whole(hall, dots, reason) -> None:
    doc, ids = hall
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 1})
    wanted = {ids.get(k, 9999): n for k, n in dots.items()}
    with pytest.raises(ParticipationRefused) as refused:
        doc.set_phone_ballot(ids["round"], PHONE_A, wanted)
    assert refused.value.reason == reason
    assert doc.voting_round(ids["round"]).phone_ballots[0].dots[0].count == 1


def test_no_phone_changes_a_ballot_once_the_round_is_revealed(hall) -> None:
    doc, ids = hall
    doc.reveal_voting_round(ids["round"])
    with pytest.raises(ParticipationRefused) as refused:
        doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 1})
    assert refused.value.reason == "revealed"


def test_an_unknown_group_or_a_malformed_device_is_refused(hall) -> None:
    doc, ids = hall
    with pytest.raises(ParticipationRefused):
        doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 1}, "emperor", None)
    with pytest.raises(ParticipationRefused):
        doc.set_phone_ballot(ids["round"], "short", {ids["s1"]: 1})
    with pytest.raises(ParticipationRefused):
        doc.set_phone_ballot(ids["round"], "x" * 20 + "<script>", {ids["s1"]: 1})


def test_a_merged_card_carries_its_phone_dots_to_the_target(hall) -> None:
    doc, ids = hall
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["w1"]: 2})
    doc.merge_swot_items(ids["s1"], [ids["w1"]])
    voting_round = doc.voting_round(ids["round"])
    assert scores(voting_round, doc.swot_items())[ids["s1"]] == 2


def test_deleting_a_card_or_a_round_takes_its_phone_dots_and_undo_brings_them_back(hall) -> None:
    doc, ids = hall
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 1, ids["w1"]: 2})
    before = doc.snapshot().to_dict() | {"modified_at": ""}
    record = doc.delete_swot_item(ids["w1"])
    dots = doc.voting_round(ids["round"]).phone_ballots[0].dots
    assert [(d.item_id, d.count) for d in dots] == [(ids["s1"], 1)]
    doc.undo(record)
    record = doc.delete_voting_round(ids["round"])
    assert doc.voting_rounds() == []
    doc.undo(record)
    assert doc.snapshot().to_dict() | {"modified_at": ""} == before


def test_pending_cards_wait_apart_from_the_board(hall) -> None:
    doc, _ids = hall
    doc.add_pending_card(PHONE_A, "threat", "  Cheap\nimports\u202e  ")
    (card,) = doc.pending_cards()
    assert card.statement == "Cheap imports" and card.quadrant is Quadrant.THREAT
    assert all(i.statement != "Cheap imports" for i in doc.swot_items())
    assert "pending" not in str(doc.snapshot().to_dict())


def test_accept_merge_and_drop_put_a_pending_card_on_the_board_and_undo_takes_it_back(
    hall,
) -> None:
    doc, _ids = hall
    for text in ("Cheap imports", "Imports are cheap", "Off topic"):
        doc.add_pending_card(PHONE_A, "threat", text)
    accepted, merged, dropped = doc.pending_cards()
    record = doc.accept_pending_card(accepted.id)
    new = doc.swot_item(new_id(record, "swot_item"))
    assert (new.quadrant, new.status, new.statement) == (
        Quadrant.THREAT,
        ItemStatus.ACTIVE,
        "Cheap imports",
    )
    merge = doc.merge_pending_card(merged.id, new.id)
    folded = doc.swot_item(new_id(merge, "swot_item"))
    assert folded.status is ItemStatus.MERGED and folded.merged_into_id == new.id
    drop = doc.drop_pending_card(dropped.id)
    assert doc.swot_item(new_id(drop, "swot_item")).status is ItemStatus.DROPPED
    assert doc.pending_cards() == []
    for step in (drop, merge, record):
        doc.undo(step)
    assert [c.statement for c in doc.pending_cards()] == [
        "Cheap imports",
        "Imports are cheap",
        "Off topic",
    ]
    assert len(doc.swot_items()) == 3


def test_a_phone_withdraws_only_its_own_pending_cards(hall) -> None:
    doc, _ids = hall
    doc.add_pending_card(PHONE_A, "strength", "Mine")
    (card,) = doc.pending_cards()
    with pytest.raises(NotFound):
        doc.withdraw_pending_card(card.id, PHONE_B)
    doc.withdraw_pending_card(card.id, PHONE_A)
    assert doc.pending_cards() == []


def test_pending_cards_are_limited_per_phone_and_in_length(hall) -> None:
    doc, _ids = hall
    for n in range(PENDING_PER_DEVICE):
        doc.add_pending_card(PHONE_A, "strength", f"Idea {n}")
    with pytest.raises(ParticipationRefused) as refused:
        doc.add_pending_card(PHONE_A, "strength", "One more")
    assert refused.value.reason == "too_many_ideas"
    doc.add_pending_card(PHONE_B, "strength", "x" * IDEA_MAX_CHARS)
    with pytest.raises(ParticipationRefused):
        doc.add_pending_card(PHONE_B, "strength", "x" * (IDEA_MAX_CHARS + 1))
    with pytest.raises(ParticipationRefused):
        doc.add_pending_card(PHONE_B, "nowhere", "Idea")
    with pytest.raises(ParticipationRefused):
        doc.add_pending_card(PHONE_B, "strength", " \u200b\u0007 ")


def test_clean_text_keeps_what_people_write_and_removes_what_hides() -> None:
    assert clean_text("<b>Ñandú</b> & “quotes”") == "<b>Ñandú</b> & “quotes”"
    assert clean_text("a\u202eb\u2066c\x00d") == "abcd"
    assert clean_text("one\ttwo\r\nthree") == "one two three"


def test_phones_vote_once_for_a_draft_and_the_votes_count_apart(hall) -> None:
    doc, _ids = hall
    first = new_id(doc.add_vision_draft(title="A", statement="By 2030 …", votes=4), "vision_draft")
    second = new_id(doc.add_vision_draft(title="B", statement="By 2031 …"), "vision_draft")
    doc.set_phone_draft_vote(PHONE_A, first)
    doc.set_phone_draft_vote(PHONE_B, first)
    doc.set_phone_draft_vote(PHONE_A, second)
    drafts = {d.id: d for d in doc.vision_drafts()}
    assert drafts[first].phone_votes == (PHONE_B,) and drafts[second].phone_votes == (PHONE_A,)
    assert draft_total(drafts[first]) == 5 and draft_total(drafts[second]) == 1
    record = doc.delete_vision_draft(second)
    doc.undo(record)
    assert doc.vision_drafts()[1].phone_votes == (PHONE_A,)
    doc.clear_phone_draft_votes()
    assert all(d.phone_votes == () for d in doc.vision_drafts())
    assert draft_total(doc.vision_drafts()[1]) is None


def test_phone_ballots_and_draft_votes_travel_in_the_snapshot(hall, tmp_path: Path) -> None:
    doc, ids = hall
    doc.set_tally(ids["round"], ids["o1"], count=2)
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 2, ids["o1"]: 1}, None, "male")
    draft = new_id(doc.add_vision_draft(title="A", statement="By 2030 …"), "vision_draft")
    doc.set_phone_draft_vote(PHONE_B, draft)
    doc.add_pending_card(PHONE_A, "strength", "Waiting")
    data = doc.snapshot().to_dict()
    copy = PlanDocument.create(tmp_path / "copy.clusterplan")
    try:
        copy.load_snapshot(PlanSnapshot.from_dict(data))
        assert copy.snapshot().to_dict() | {"modified_at": "", "created_at": ""} == data | {
            "modified_at": "",
            "created_at": "",
        }
        assert copy.pending_cards() == []  # waiting ideas are not the plan's content
        ranks = ranking(copy.voting_round(ids["round"]), copy.swot_items())
        assert ranks[0].item.id == ids["o1"] and ranks[0].score == 3  # 2 on paper, 1 phone
    finally:
        copy.close()


def test_a_snapshot_naming_a_missing_card_in_a_phone_ballot_is_refused(hall) -> None:
    doc, ids = hall
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 1})
    data = doc.snapshot().to_dict()
    data["voting_rounds"][0]["phone_ballots"][0]["dots"][0]["item_id"] = 999
    with pytest.raises(
        Exception, match=r"phone_ballots\[0\]\.dots\[0\]\.item_id: names SWOT item 999"
    ):
        PlanSnapshot.from_dict(data)


def test_restoring_a_revision_keeps_the_waiting_ideas_and_the_key(hall) -> None:
    doc, ids = hall
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["s1"]: 1})
    doc.adopt_revision(title="First", adopted_on=dt.date(2026, 3, 1), meeting_id=ids["meeting"])
    secret = doc.live_secret()
    doc.set_phone_ballot(ids["round"], PHONE_A, {ids["w1"]: 3})
    doc.add_pending_card(PHONE_B, "threat", "Still waiting")
    doc.restore_revision(1)
    dots = doc.voting_round(ids["round"]).phone_ballots[0].dots
    assert [(d.item_id, d.count) for d in dots] == [(ids["s1"], 1)]
    assert [c.statement for c in doc.pending_cards()] == ["Still waiting"]
    assert doc.live_secret() == secret and len(secret) == 32


def test_the_live_secret_is_made_once_and_kept_in_the_plan(tmp_path: Path) -> None:
    path = tmp_path / "plan.clusterplan"
    doc = PlanDocument.create(path)
    secret = doc.live_secret()
    doc.close()
    again = PlanDocument.open(path)
    try:
        assert again.live_secret() == secret
    finally:
        again.close()
