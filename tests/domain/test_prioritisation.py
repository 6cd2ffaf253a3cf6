"""Ranking rules: scores fold merged cards into their target, ties share a rank."""

from __future__ import annotations

from cluster_planner.domain.entities import SwotItem, Tally, VotingRound
from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.domain.prioritisation import dots_available, dots_cast, ranking, top_items

S, W, O, T = Quadrant.STRENGTH, Quadrant.WEAKNESS, Quadrant.OPPORTUNITY, Quadrant.THREAT  # noqa: E741
ITEMS = [
    SwotItem(1, S, "a"),
    SwotItem(2, S, "b"),
    SwotItem(3, W, "c"),
    SwotItem(4, O, "d"),
    SwotItem(5, W, "c again", status=ItemStatus.MERGED, merged_into_id=3),
    SwotItem(6, T, "dropped", status=ItemStatus.DROPPED),
]
ROUND = VotingRound(
    1,
    1,
    "R",
    dots_per_voter=3,
    voters=4,
    tallies=(Tally(1, 5), Tally(2, 2), Tally(3, 2), Tally(5, 3), Tally(4, 2)),
)


def test_ranking_counts_merged_votes_for_the_target_and_shares_ties() -> None:
    """Votes of a merged card count for its target; equal scores share a rank."""
    ranks = [(r.rank, r.item.id, r.score) for r in ranking(ROUND, ITEMS)]
    assert ranks == [
        (1, 1, 5),
        (1, 3, 5),
        (3, 2, 2),
        (3, 4, 2),
    ]


def test_dropped_and_merged_cards_are_not_ranked() -> None:
    """Only active cards appear in the ranking."""
    assert {r.item.id for r in ranking(ROUND, ITEMS)} == {1, 2, 3, 4}


def test_top_items_per_quadrant_skip_cards_without_votes() -> None:
    """The top N of each quadrant holds voted cards only."""
    top = top_items(ROUND, ITEMS, per_quadrant=1)
    assert [r.item.id for r in top[S]] == [1]
    assert [r.item.id for r in top[W]] == [3]
    assert top[T] == []


def test_dots_cast_and_available() -> None:
    """Dots cast sum the tallies; dots available are voters × dots each."""
    assert dots_cast(ROUND) == 14
    assert dots_available(ROUND) == 12
    assert dots_available(VotingRound(2, 1, "R")) is None
