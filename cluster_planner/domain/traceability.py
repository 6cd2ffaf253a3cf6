"""Traceability: SWOT item → option → vision element → objective, in both directions.

"Why is this objective here?" follows an objective back to the vision elements and
options it carries and the SWOT items they came from. "Which of our top problems
does nothing answer yet?" follows each top-ranked SWOT item forward and lists the
ones that reach no objective. (Actions join the chain once the action plan exists.)
"""

from __future__ import annotations

from dataclasses import dataclass

from cluster_planner.domain.enums import ItemStatus
from cluster_planner.domain.prioritisation import Ranked, top_items
from cluster_planner.domain.snapshot import PlanSnapshot


@dataclass(frozen=True, slots=True)
class Trace:
    """What one entity connects to, by kind of entity (ids, sorted)."""

    items: tuple[int, ...] = ()
    options: tuple[int, ...] = ()
    elements: tuple[int, ...] = ()
    objectives: tuple[int, ...] = ()


def _sorted(ids: set[int]) -> tuple[int, ...]:
    return tuple(sorted(ids))


def objective_trace(snapshot: PlanSnapshot, objective_id: int) -> Trace:
    """Why an objective is there: its elements and options and the SWOT items behind them."""
    objective = next(o for o in snapshot.objectives if o.id == objective_id)
    elements = {e.id: e for e in snapshot.vision_elements}
    options = {o.id: o for o in snapshot.options}
    option_ids = set(objective.option_ids)
    item_ids: set[int] = set()
    for element_id in objective.element_ids:
        element = elements.get(element_id)
        if element is not None:
            option_ids.update(element.option_ids)
            item_ids.update(element.item_ids)
    for option_id in option_ids:
        if option_id in options:
            item_ids.update(options[option_id].item_ids)
    return Trace(
        _sorted(item_ids), _sorted(option_ids), _sorted(set(objective.element_ids)), (objective_id,)
    )


def item_trace(snapshot: PlanSnapshot, item_id: int) -> Trace:
    """Where a SWOT item leads: the options, vision elements and objectives that use it."""
    merged_into = {i.id for i in snapshot.swot_items if i.merged_into_id == item_id}
    ids = {item_id} | merged_into
    options = {o.id for o in snapshot.options if ids & set(o.item_ids)}
    elements = {
        e.id
        for e in snapshot.vision_elements
        if ids & set(e.item_ids) or options & set(e.option_ids)
    }
    objectives = {
        o.id
        for o in snapshot.objectives
        if elements & set(o.element_ids) or options & set(o.option_ids)
    }
    return Trace((item_id,), _sorted(options), _sorted(elements), _sorted(objectives))


def latest_revealed_round_id(snapshot: PlanSnapshot) -> int | None:
    """The most recent voting round whose results were revealed."""
    revealed = [r.id for r in snapshot.voting_rounds if r.revealed]
    return revealed[-1] if revealed else None


def unanswered_top_items(snapshot: PlanSnapshot, per_quadrant: int = 5) -> list[Ranked]:
    """Top-ranked SWOT items (latest revealed round) that no objective answers yet."""
    round_id = latest_revealed_round_id(snapshot)
    if round_id is None:
        return []
    voting_round = next(r for r in snapshot.voting_rounds if r.id == round_id)
    active = [i for i in snapshot.swot_items if i.status is not ItemStatus.DROPPED]
    unanswered = []
    for ranked_items in top_items(voting_round, active, per_quadrant).values():
        for ranked in ranked_items:
            if not item_trace(snapshot, ranked.item.id).objectives:
                unanswered.append(ranked)
    return sorted(unanswered, key=lambda r: (r.rank, r.item.id))
