"""Diagnostic actions: SWOT cards, merges, voting rounds and TOWS options, each undoable."""

from __future__ import annotations

import datetime as dt

import pytest

from cluster_planner.domain.codes import item_codes, option_codes
from cluster_planner.domain.enums import ItemStatus, OptionKind, Quadrant, Sex, StakeholderType
from cluster_planner.domain.errors import OptionNeedsItem, ValidationError
from cluster_planner.domain.prioritisation import ranking
from cluster_planner.services.plan_document import PlanDocument, new_id


def state(doc: PlanDocument) -> dict:
    return doc.snapshot().to_dict() | {"modified_at": ""}


@pytest.fixture
def board(empty_document: PlanDocument) -> tuple[PlanDocument, dict[str, int]]:
    """A small board: two strengths, a weakness, an opportunity, a threat, and a meeting."""
    doc = empty_document
    ids = {}
    for key, quadrant, text in [
        ("s1", Quadrant.STRENGTH, "Skilled knitters"),
        ("s2", Quadrant.STRENGTH, "Town known for garments"),
        ("w1", Quadrant.WEAKNESS, "No joint marketing"),
        ("o1", Quadrant.OPPORTUNITY, "Growing national demand"),
        ("t1", Quadrant.THREAT, "Cheap imports"),
    ]:
        ids[key] = new_id(doc.add_swot_item(quadrant=quadrant, statement=text), "swot_item")
    ids["meeting"] = new_id(
        doc.add_meeting(title="Validation workshop", date=dt.date(2026, 2, 12)), "meeting"
    )
    return doc, ids


def test_cards_are_appended_or_inserted_in_board_order(board) -> None:
    """A new card goes last in its quadrant, or at the index asked for."""
    doc, ids = board
    new = new_id(
        doc.add_swot_item(quadrant="strength", statement="Cheap labour", index=0), "swot_item"
    )
    strengths = [i.id for i in doc.swot_items() if i.quadrant is Quadrant.STRENGTH]
    assert strengths == [new, ids["s1"], ids["s2"]]


def test_moving_a_card_between_quadrants_renumbers_both_and_undoes(board) -> None:
    """Moving a card to another quadrant keeps both quadrants in order; undo restores them."""
    doc, ids = board
    before = state(doc)
    record = doc.move_swot_item(ids["s1"], Quadrant.WEAKNESS, 0)
    weaknesses = [i.id for i in doc.swot_items() if i.quadrant is Quadrant.WEAKNESS]
    strengths = [i for i in doc.swot_items() if i.quadrant is Quadrant.STRENGTH]
    assert weaknesses == [ids["s1"], ids["w1"]]
    assert [(i.id, i.position) for i in strengths] == [(ids["s2"], 0)]
    doc.undo(record)
    assert state(doc) == before


def test_reordering_within_a_quadrant(board) -> None:
    """Moving a card down its own quadrant changes only the order."""
    doc, ids = board
    doc.move_swot_item(ids["s1"], Quadrant.STRENGTH, 5)
    assert [i.id for i in doc.swot_items() if i.quadrant is Quadrant.STRENGTH] == [
        ids["s2"],
        ids["s1"],
    ]


def test_merge_keeps_texts_evidence_votes_and_undo_separates(board) -> None:
    """Merged cards keep text and evidence; their votes count for the target; undo splits them."""
    doc, ids = board
    doc.update_swot_item(ids["s2"], evidence="Trade fair of 2025", themes=["markets"])
    round_id = new_id(
        doc.add_voting_round(meeting_id=ids["meeting"], title="Round 1"), "voting_round"
    )
    doc.set_tally(round_id, ids["s1"], 4)
    doc.set_tally(round_id, ids["s2"], 3)
    before = state(doc)
    record = doc.merge_swot_items(ids["s1"], [ids["s2"]])
    merged = doc.swot_item(ids["s2"])
    assert merged.status is ItemStatus.MERGED and merged.merged_into_id == ids["s1"]
    assert merged.evidence == "Trade fair of 2025"
    assert doc.swot_item(ids["s1"]).themes == ("markets",)
    ranks = ranking(doc.voting_round(round_id), doc.swot_items())
    assert (ranks[0].item.id, ranks[0].score) == (ids["s1"], 7)
    assert ids["s2"] not in {r.item.id for r in ranks}
    doc.undo(record)
    assert state(doc) == before


def test_merge_refuses_bad_requests(board) -> None:
    """Merging a card into itself, or a card already merged, is refused."""
    doc, ids = board
    with pytest.raises(ValidationError):
        doc.merge_swot_items(ids["s1"], [ids["s1"]])
    doc.merge_swot_items(ids["s1"], [ids["s2"]])
    with pytest.raises(ValidationError):
        doc.merge_swot_items(ids["w1"], [ids["s2"]])
    doc.unmerge_swot_item(ids["s2"])
    assert doc.swot_item(ids["s2"]).status is ItemStatus.ACTIVE


def test_deleting_a_card_takes_its_votes_and_links_and_frees_merged_cards(board) -> None:
    """Deleting a card drops its tallies and option links, unmerges its children; undo restores."""
    doc, ids = board
    round_id = new_id(doc.add_voting_round(meeting_id=ids["meeting"], title="R"), "voting_round")
    doc.set_tally(round_id, ids["s1"], 2)
    doc.merge_swot_items(ids["s1"], [ids["s2"]])
    option = new_id(
        doc.add_option(
            kind=OptionKind.SO, statement="Brand", item_ids=[ids["s1"], ids["w1"], ids["o1"]]
        ),
        "strategic_option",
    )
    before = state(doc)
    record = doc.delete_swot_item(ids["s1"])
    assert doc.swot_item(ids["s2"]).status is ItemStatus.ACTIVE
    assert doc.voting_round(round_id).tallies == ()
    assert doc.option(option).item_ids == tuple(sorted([ids["w1"], ids["o1"]]))
    doc.undo(record)
    assert state(doc) == before


def test_tallies_with_breakdown_replace_earlier_entries(board) -> None:
    """A tally broken down by stakeholder type and sex replaces the item's earlier entry."""
    doc, ids = board
    round_id = new_id(
        doc.add_voting_round(meeting_id=ids["meeting"], title="R", dots_per_voter=3, voters=20),
        "voting_round",
    )
    doc.set_tally(round_id, ids["w1"], 5)
    doc.set_tally(
        round_id,
        ids["w1"],
        breakdown=[
            {"count": 3, "stakeholder_type": StakeholderType.ENTERPRISE, "sex": Sex.FEMALE},
            {"count": 2, "stakeholder_type": "enterprise", "sex": "male"},
            {"count": 1, "stakeholder_type": "financial", "sex": None},
        ],
    )
    tallies = doc.voting_round(round_id).tallies
    assert sum(t.count for t in tallies) == 6 and len(tallies) == 3
    assert doc.set_tally(
        round_id,
        ids["w1"],
        breakdown=[
            {"count": 3, "stakeholder_type": "enterprise", "sex": "female"},
            {"count": 2, "stakeholder_type": "enterprise", "sex": "male"},
            {"count": 1, "stakeholder_type": "financial", "sex": None},
        ],
    ).is_empty
    with pytest.raises(ValidationError):
        doc.set_tally(round_id, ids["w1"], -1)
    with pytest.raises(ValidationError):
        doc.set_tally(round_id, ids["w1"], breakdown=[{"count": 1}, {"count": 2}])


def test_rounds_hide_results_until_revealed_and_go_with_their_meeting(board) -> None:
    """A round starts hidden, is revealed by one action, and goes with its meeting (undoable)."""
    doc, ids = board
    round_id = new_id(doc.add_voting_round(meeting_id=ids["meeting"], title="R"), "voting_round")
    assert not doc.voting_round(round_id).revealed
    doc.reveal_voting_round(round_id)
    assert doc.voting_round(round_id).revealed
    doc.set_tally(round_id, ids["t1"], 1)
    before = state(doc)
    record = doc.delete_meeting(ids["meeting"])
    assert doc.voting_rounds() == []
    doc.undo(record)
    assert state(doc) == before


def test_a_round_needs_a_meeting_and_dots(board) -> None:
    """Rounds without a recorded meeting, or with no dots, are refused."""
    doc, ids = board
    with pytest.raises(ValidationError):
        doc.add_voting_round(meeting_id=999, title="R")
    with pytest.raises(ValidationError):
        doc.add_voting_round(meeting_id=ids["meeting"], title="R", dots_per_voter=0)


def test_options_need_an_internal_and_an_external_item(board) -> None:
    """An option linked only to strengths is refused; with S and O it is kept and rated."""
    doc, ids = board
    with pytest.raises(ValidationError) as caught:
        doc.add_option(kind="SO", statement="X", item_ids=[ids["s1"], ids["s2"]])
    assert caught.value.field == "item_ids"
    with pytest.raises(ValidationError):
        doc.add_option(kind="SO", statement="X", item_ids=[ids["s1"], ids["o1"]], impact=9)
    record = doc.add_option(
        kind="WT",
        statement="Joint brand against imports",
        item_ids=[ids["w1"], ids["t1"]],
        impact=5,
        effort=2,
    )
    option_id = new_id(record, "strategic_option")
    doc.update_option(option_id, item_ids=[ids["w1"], ids["t1"], ids["o1"]], effort=3)
    option = doc.option(option_id)
    assert option.item_ids == tuple(sorted([ids["w1"], ids["t1"], ids["o1"]]))
    assert (option.impact, option.effort) == (5, 3)


def test_an_option_keeps_an_internal_and_an_external_item(board) -> None:
    """Deleting, moving or merging away an option's only external (or internal) item is
    refused, naming the options; with another item on that side it goes ahead."""
    doc, ids = board
    option = new_id(
        doc.add_option(kind="SO", statement="Brand", item_ids=[ids["s1"], ids["o1"]]),
        "strategic_option",
    )
    before = state(doc)
    with pytest.raises(OptionNeedsItem) as caught:
        doc.delete_swot_item(ids["o1"])
    assert (caught.value.option_ids, caught.value.internal) == ((option,), False)
    with pytest.raises(OptionNeedsItem):
        doc.move_swot_item(ids["o1"], Quadrant.STRENGTH, 0)
    with pytest.raises(OptionNeedsItem):
        doc.merge_swot_items(ids["s2"], [ids["o1"]])
    with pytest.raises(OptionNeedsItem) as caught:
        doc.delete_swot_item(ids["s1"])
    assert caught.value.internal
    assert state(doc) == before
    doc.move_swot_item(ids["o1"], Quadrant.THREAT, 0)  # still external
    doc.update_option(option, item_ids=[ids["s1"], ids["o1"], ids["t1"]])
    doc.delete_swot_item(ids["o1"])
    assert doc.option(option).item_ids == tuple(sorted([ids["s1"], ids["t1"]]))


def test_themes_are_cleaned_and_custom_themes_rename(board) -> None:
    """Themes are trimmed and de-duplicated; renaming a custom theme renames it everywhere."""
    doc, ids = board
    doc.update_swot_item(ids["s1"], themes=[" skills ", "Design", "skills"])
    doc.update_swot_item(ids["w1"], themes=["Design"])
    assert doc.swot_item(ids["s1"]).themes == ("Design", "skills")
    doc.rename_theme("Design", "Product design")
    assert doc.swot_item(ids["w1"]).themes == ("Product design",)


def _codes(doc: PlanDocument) -> dict[int, str]:
    return item_codes(doc.swot_items())


def test_codes_stay_when_votes_are_revealed_and_cards_move(board) -> None:
    """Revealing a vote and reordering the board change no code; a card moved to another
    quadrant takes the next free number there and the others keep theirs; undo restores."""
    doc, ids = board
    doc.add_swot_item(quadrant="strength", statement="Cheap labour", index=0)
    before = _codes(doc)
    assert [before[ids["s1"]], before[ids["s2"]], before[ids["w1"]]] == ["S1", "S2", "W1"]
    round_id = new_id(doc.add_voting_round(meeting_id=ids["meeting"], title="R"), "voting_round")
    doc.set_tally(round_id, ids["s2"], 7)
    doc.set_tally(round_id, ids["s1"], 1)
    doc.update_voting_round(round_id, revealed=True)
    doc.move_swot_item(ids["s2"], Quadrant.STRENGTH, 0)
    assert _codes(doc) == before
    record = doc.move_swot_item(ids["s1"], Quadrant.WEAKNESS, 0)
    after = _codes(doc)
    assert after[ids["s1"]] == "W2"
    assert {k: v for k, v in after.items() if k != ids["s1"]} == {
        k: v for k, v in before.items() if k != ids["s1"]
    }
    doc.undo(record)
    assert _codes(doc) == before
    doc.delete_swot_item(ids["s1"])
    assert _codes(doc)[ids["s2"]] == "S2"  # no renumbering when a card goes
    new = new_id(doc.add_swot_item(quadrant="strength", statement="Good roads"), "swot_item")
    assert _codes(doc)[new] == "S4"  # the next free number, not a gap filled


def test_option_codes_stay_when_options_move_and_follow_a_new_kind(board) -> None:
    """An option keeps its code when others come and go; a new kind gives the next number."""
    doc, ids = board
    first = new_id(
        doc.add_option(kind="SO", statement="A", item_ids=[ids["s1"], ids["o1"]]),
        "strategic_option",
    )
    second = new_id(
        doc.add_option(kind="SO", statement="B", item_ids=[ids["s2"], ids["o1"]]),
        "strategic_option",
    )
    doc.add_option(kind="WT", statement="C", item_ids=[ids["w1"], ids["t1"]])
    doc.delete_option(first)
    assert option_codes(doc.options())[second] == "SO2"
    doc.update_option(second, kind="WT", item_ids=[ids["w1"], ids["t1"]])
    assert option_codes(doc.options())[second] == "WT2"
    with pytest.raises(TypeError):
        doc.update_option(second, number=9)
