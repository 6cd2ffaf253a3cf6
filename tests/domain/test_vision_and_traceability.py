"""The vision composer and the traceability chain, on plain snapshots."""

from __future__ import annotations

from cluster_planner.domain.entities import (
    Objective,
    StrategicOption,
    SwotItem,
    Tally,
    VisionElement,
    VotingRound,
)
from cluster_planner.domain.enums import ItemStatus, OptionKind, Quadrant
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.domain.traceability import item_trace, objective_trace, unanswered_top_items
from cluster_planner.domain.vision import VisionParts, compose

PARTS = VisionParts(
    cluster="the Atuntaqui garment cluster",
    positioning="a recognised brand of quality knitwear",
    horizon_year=2030,
    economic_target="firms raise their sales by 30 %",
    inclusion_target="250 women-led workshops grow.",
)


def test_composer_joins_the_parts_into_one_sentence() -> None:
    """All parts give one sentence: horizon, positioning, then targets joined with 'and'."""
    assert compose(PARTS) == (
        "By 2030, the Atuntaqui garment cluster is a recognised brand of quality knitwear, "
        "where firms raise their sales by 30 % and 250 women-led workshops grow."
    )


def test_composer_speaks_the_plan_language_and_tolerates_gaps() -> None:
    """Spanish and French openings; missing parts are skipped and reported."""
    assert compose(PARTS, "es").startswith("Para 2030, the Atuntaqui garment cluster es ")
    assert compose(PARTS, "fr_FR").startswith("D'ici 2030, ")
    assert compose(VisionParts()) == "The cluster."
    assert VisionParts(horizon_year=2030).missing == (
        "positioning",
        "economic_target",
        "inclusion_target",
    )


S, W, O = Quadrant.STRENGTH, Quadrant.WEAKNESS, Quadrant.OPPORTUNITY  # noqa: E741
SNAPSHOT = PlanSnapshot(
    swot_items=(
        SwotItem(1, S, "skills"),
        SwotItem(2, W, "no brand"),
        SwotItem(3, O, "demand"),
        SwotItem(4, W, "no brand again", status=ItemStatus.MERGED, merged_into_id=2),
        SwotItem(5, W, "no credit"),
    ),
    voting_rounds=(
        VotingRound(
            1, 1, "R", revealed=True, tallies=(Tally(2, 5), Tally(5, 4), Tally(1, 3), Tally(3, 2))
        ),
    ),
    options=(StrategicOption(1, OptionKind.SO, "brand", item_ids=(1, 3)),),
    vision_elements=(VisionElement(1, "Brand", option_ids=(1,), item_ids=(4,)),),
    objectives=(Objective(1, "Brand", element_ids=(1,)),),
)


def test_why_is_this_objective_here() -> None:
    """An objective traces back through its element to the options and SWOT items."""
    trace = objective_trace(SNAPSHOT, 1)
    assert trace.elements == (1,) and trace.options == (1,)
    assert trace.items == (1, 3, 4)


def test_an_item_leads_forward_including_through_cards_merged_into_it() -> None:
    """A card reaches objectives through options, elements, and the cards merged into it."""
    assert item_trace(SNAPSHOT, 2).objectives == (1,)
    assert item_trace(SNAPSHOT, 1).options == (1,)
    assert item_trace(SNAPSHOT, 5).objectives == ()


def test_top_ranked_items_that_nothing_answers() -> None:
    """Among the revealed round's top items, those reaching no objective are listed by rank."""
    unanswered = unanswered_top_items(SNAPSHOT, per_quadrant=5)
    assert [(r.rank, r.item.id) for r in unanswered] == [(2, 5)]
    assert unanswered_top_items(PlanSnapshot()) == []
