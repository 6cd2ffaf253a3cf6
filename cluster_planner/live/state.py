"""What the phones may see: the live activity, and each phone's own view of it.

``build_state`` turns plain plan values into an immutable ``LiveState`` (built by
the UI thread in the app, by the server's worker headless) that the server reads
from any thread; ``view_for`` cuts out what one phone may see. Nobody sees another's
input: a phone gets the cards on the board (the hall sees them projected anyway),
its own ballot, its own waiting ideas and its own vote, never anyone else's, and no
count before the reveal.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from cluster_planner.domain.entities import (
    PendingCard,
    PhoneBallot,
    SwotItem,
    VisionDraft,
    VotingRound,
)
from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.domain.participation import IDEA_MAX_CHARS


class Kind(StrEnum):
    """What the phones are asked to do."""

    CAPTURE = "capture"  # add SWOT ideas
    VOTE = "vote"  # place dots in a voting round
    DRAFTS = "drafts"  # vote for one vision draft


class Status(StrEnum):
    """Where the activity stands, as a phone is told."""

    OPEN = "open"
    REVEALED = "revealed"  # the round's results are on the screen: ballots are closed
    GONE = "gone"  # the round or the drafts were deleted
    ENDED = "ended"  # live participation was turned off or the plan closed


@dataclass(frozen=True, slots=True)
class Activity:
    """The facilitator's choice: capture, a round (by id) or a vote on some drafts."""

    kind: Kind
    round_id: int | None = None
    draft_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Card:
    """A card on the board as a phone sees it."""

    id: int
    quadrant: Quadrant
    statement: str


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft offered to the vote."""

    id: int
    title: str
    statement: str


@dataclass(frozen=True)
class LiveState:
    """Everything the server answers from; immutable, swapped whole on every change."""

    activity: Activity
    status: Status
    version: int = 0
    cluster: str = ""
    title: str = ""  # the round's title
    dots_per_voter: int = 0
    cards: tuple[Card, ...] = ()
    drafts: tuple[Draft, ...] = ()
    ballots: Mapping[str, PhoneBallot] = field(default_factory=dict)
    pending: Mapping[str, tuple[PendingCard, ...]] = field(default_factory=dict)
    draft_votes: Mapping[str, int] = field(default_factory=dict)
    phones: int = 0  # phones that have placed a dot or voted (a count, never who)

    def ended(self) -> LiveState:
        """The same state, told to the phones as over."""
        return LiveState(self.activity, Status.ENDED, self.version + 1, self.cluster)


def build_state(
    activity: Activity,
    *,
    version: int,
    cluster: str,
    items: Iterable[SwotItem],
    rounds: Iterable[VotingRound],
    drafts: Iterable[VisionDraft],
    pending: Iterable[PendingCard],
) -> LiveState:
    """The live state of ``activity`` from the plan's current values."""
    cards = tuple(
        Card(i.id, i.quadrant, i.statement) for i in items if i.status is ItemStatus.ACTIVE
    )
    mine: dict[str, list[PendingCard]] = {}
    for card in pending:
        mine.setdefault(card.device, []).append(card)
    waiting = {device: tuple(cards_) for device, cards_ in mine.items()}
    if activity.kind is Kind.CAPTURE:
        return LiveState(activity, Status.OPEN, version, cluster, pending=waiting)
    if activity.kind is Kind.VOTE:
        voting_round = next((r for r in rounds if r.id == activity.round_id), None)
        if voting_round is None:
            return LiveState(activity, Status.GONE, version, cluster)
        ballots = {b.device: b for b in voting_round.phone_ballots}
        return LiveState(
            activity,
            Status.REVEALED if voting_round.revealed else Status.OPEN,
            version,
            cluster,
            title=voting_round.title,
            dots_per_voter=voting_round.dots_per_voter,
            cards=cards,
            ballots=ballots,
            phones=sum(1 for b in ballots.values() if b.dots),
        )
    offered = {d.id: d for d in drafts}
    chosen = [offered[i] for i in activity.draft_ids if i in offered]
    if not chosen:
        return LiveState(activity, Status.GONE, version, cluster)
    votes = {device: d.id for d in offered.values() for device in d.phone_votes}
    return LiveState(
        activity,
        Status.OPEN,
        version,
        cluster,
        drafts=tuple(Draft(d.id, d.title, d.statement) for d in chosen),
        draft_votes=votes,
        phones=len(votes),
    )


def view_for(state: LiveState, device: str) -> dict[str, Any]:
    """What one phone sees, as JSON-ready data."""
    view: dict[str, Any] = {
        "version": state.version,
        "kind": state.activity.kind.value,
        "status": state.status.value,
        "cluster": state.cluster,
    }
    if state.status in (Status.GONE, Status.ENDED):
        return view
    kind = state.activity.kind
    if kind is Kind.CAPTURE:
        view["ideas"] = [
            {"id": c.id, "quadrant": c.quadrant.value, "text": c.statement}
            for c in state.pending.get(device, ())
        ]
        view["max_chars"] = IDEA_MAX_CHARS
    elif kind is Kind.VOTE:
        ballot = state.ballots.get(device)
        view["round"] = {
            "id": state.activity.round_id,
            "title": state.title,
            "dots": state.dots_per_voter,
        }
        view["cards"] = [
            {"id": c.id, "quadrant": c.quadrant.value, "text": c.statement} for c in state.cards
        ]
        on_board = {c.id for c in state.cards}
        view["ballot"] = (
            {str(d.item_id): d.count for d in ballot.dots if d.item_id in on_board}
            if ballot is not None
            else {}
        )
    else:
        view["drafts"] = [{"id": d.id, "title": d.title, "text": d.statement} for d in state.drafts]
        vote = state.draft_votes.get(device)
        view["vote"] = vote if vote in {d.id for d in state.drafts} else None
    return view
