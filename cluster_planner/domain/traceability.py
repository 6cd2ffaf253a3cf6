"""Traceability: SWOT item → option → vision element → objective, in both directions.

"Why is this objective here?" follows an objective back to the vision elements and
options it carries and the SWOT items they came from. "Which of our top problems
does nothing answer yet?" follows each top-ranked SWOT item forward and lists the
ones that reach no objective, or no action. Actions join the chain through their
objective and through the options and SWOT items they name themselves; dropped
actions answer nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from cluster_planner.domain.entities import Action
from cluster_planner.domain.enums import ActionStatus, ItemStatus
from cluster_planner.domain.prioritisation import Ranked, top_items
from cluster_planner.domain.snapshot import PlanSnapshot


@dataclass(frozen=True, slots=True)
class Trace:
    """What one entity connects to, by kind of entity (ids, sorted)."""

    items: tuple[int, ...] = ()
    options: tuple[int, ...] = ()
    elements: tuple[int, ...] = ()
    objectives: tuple[int, ...] = ()
    actions: tuple[int, ...] = ()


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
    actions = {a.id for a in _live_actions(snapshot) if a.objective_id == objective_id}
    return Trace(
        _sorted(item_ids),
        _sorted(option_ids),
        _sorted(set(objective.element_ids)),
        (objective_id,),
        _sorted(actions),
    )


def action_trace(snapshot: PlanSnapshot, action_id: int) -> Trace:
    """Why an action is there: its objective's trace plus the options and items it names."""
    action = next(a for a in snapshot.actions if a.id == action_id)
    via = objective_trace(snapshot, action.objective_id)
    options = {o.id: o for o in snapshot.options}
    option_ids = set(via.options) | set(action.option_ids)
    item_ids = set(via.items) | set(action.item_ids)
    for option_id in action.option_ids:
        if option_id in options:
            item_ids.update(options[option_id].item_ids)
    return Trace(_sorted(item_ids), _sorted(option_ids), via.elements, via.objectives, (action_id,))


def _live_actions(snapshot: PlanSnapshot) -> list[Action]:
    return [a for a in snapshot.actions if a.status is not ActionStatus.DROPPED]


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
    actions = {
        a.id
        for a in _live_actions(snapshot)
        if a.objective_id in objectives or ids & set(a.item_ids) or options & set(a.option_ids)
    }
    return Trace(
        (item_id,), _sorted(options), _sorted(elements), _sorted(objectives), _sorted(actions)
    )


def latest_revealed_round_id(snapshot: PlanSnapshot) -> int | None:
    """The most recent voting round whose results were revealed."""
    revealed = [r.id for r in snapshot.voting_rounds if r.revealed]
    return revealed[-1] if revealed else None


def objectives_without_actions(snapshot: PlanSnapshot) -> list[int]:
    """Objectives no (live) action carries yet, in their order."""
    carried = {a.objective_id for a in _live_actions(snapshot)}
    ordered = sorted(snapshot.objectives, key=lambda o: (o.position, o.id))
    return [o.id for o in ordered if o.id not in carried]


def unanswered_top_items(
    snapshot: PlanSnapshot, per_quadrant: int = 5, by: str = "objectives"
) -> list[Ranked]:
    """Top-ranked SWOT items (latest revealed round) that nothing answers yet.

    ``by`` is "objectives" (no objective reaches the item) or "actions" (no action does).
    """
    round_id = latest_revealed_round_id(snapshot)
    if round_id is None:
        return []
    voting_round = next(r for r in snapshot.voting_rounds if r.id == round_id)
    active = [i for i in snapshot.swot_items if i.status is not ItemStatus.DROPPED]
    unanswered = []
    for ranked_items in top_items(voting_round, active, per_quadrant).values():
        for ranked in ranked_items:
            if not getattr(item_trace(snapshot, ranked.item.id), by):
                unanswered.append(ranked)
    return sorted(unanswered, key=lambda r: (r.rank, r.item.id))
