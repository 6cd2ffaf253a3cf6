"""Prioritisation rules: scores, ranks and the top items of a voting round."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from cluster_planner.domain.entities import SwotItem, Tally, VotingRound
from cluster_planner.domain.enums import ItemStatus, Quadrant


def representative(item_id: int, items: Mapping[int, SwotItem]) -> int:
    """The item whose card carries ``item_id``'s votes: follows merges to the surviving item."""
    seen = set()
    current = item_id
    while current in items and items[current].merged_into_id is not None and current not in seen:
        seen.add(current)
        current = items[current].merged_into_id  # type: ignore[assignment]
    return current


def phone_tallies(voting_round: VotingRound) -> Iterator[Tally]:
    """The dots placed from phones in a round, one tally per ballot and card."""
    for ballot in voting_round.phone_ballots:
        for dot in ballot.dots:
            yield Tally(dot.item_id, dot.count, ballot.stakeholder_type, ballot.sex)


def all_tallies(voting_round: VotingRound) -> Iterator[Tally]:
    """Every dot of a round: entered from paper, then placed from phones."""
    yield from voting_round.tallies
    yield from phone_tallies(voting_round)


def scores(voting_round: VotingRound, items: Iterable[SwotItem]) -> dict[int, int]:
    """Dots per active item in a round (paper and phones); merged items count for their target."""
    by_id = {i.id: i for i in items}
    totals: dict[int, int] = defaultdict(int)
    for tally in all_tallies(voting_round):
        totals[representative(tally.item_id, by_id)] += tally.count
    return {i.id: totals.get(i.id, 0) for i in by_id.values() if i.status is ItemStatus.ACTIVE}


@dataclass(frozen=True, slots=True)
class Ranked:
    """An item's place in a round: rank 1 is the most voted; equal scores share a rank."""

    rank: int
    item: SwotItem
    score: int


def ranking(voting_round: VotingRound, items: Iterable[SwotItem]) -> list[Ranked]:
    """Active items by score, highest first, ties sharing a rank (1, 2, 2, 4)."""
    item_list = list(items)
    item_scores = scores(voting_round, item_list)
    ordered = sorted(
        (i for i in item_list if i.id in item_scores),
        key=lambda i: (-item_scores[i.id], list(Quadrant).index(i.quadrant), i.position, i.id),
    )
    result: list[Ranked] = []
    for index, item in enumerate(ordered):
        score = item_scores[item.id]
        rank = result[-1].rank if result and result[-1].score == score else index + 1
        result.append(Ranked(rank, item, score))
    return result


def top_items(
    voting_round: VotingRound, items: Iterable[SwotItem], per_quadrant: int
) -> dict[Quadrant, list[Ranked]]:
    """The ``per_quadrant`` best-ranked items of each quadrant that received any votes."""
    top: dict[Quadrant, list[Ranked]] = {q: [] for q in Quadrant}
    for ranked in ranking(voting_round, items):
        bucket = top[ranked.item.quadrant]
        if ranked.score > 0 and len(bucket) < per_quadrant:
            bucket.append(ranked)
    return top


def dots_cast(voting_round: VotingRound) -> int:
    """All dots entered from paper in a round."""
    return sum(t.count for t in voting_round.tallies)


def phone_dots_cast(voting_round: VotingRound) -> int:
    """All dots placed from phones in a round."""
    return sum(t.count for t in phone_tallies(voting_round))


def phone_voters(voting_round: VotingRound) -> int:
    """How many phones placed at least one dot in a round."""
    return sum(1 for b in voting_round.phone_ballots if any(d.count for d in b.dots))


def dots_available(voting_round: VotingRound) -> int | None:
    """Dots the paper voters could cast (voters × dots each), when their number is known."""
    if voting_round.voters is None:
        return None
    return voting_round.voters * voting_round.dots_per_voter
