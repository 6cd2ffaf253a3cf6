"""What a phone may send, read from its JSON, and how it is applied to the plan.

Reading (``read_change``) happens on the server's thread and refuses early whatever
is malformed; applying (``apply_change``) happens where the plan lives (the UI
thread in the app, the worker headless) through the plan's own actions, one
transaction each, which check again against the plan as it is at that moment.
A phone can change nothing but its own ballot, its own vote and its own waiting
ideas: every change carries the device id from its signed token, never from the body.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from cluster_planner.domain.enums import Quadrant, Sex, StakeholderType
from cluster_planner.domain.participation import (
    MAX_DOTS_PER_VOTER,
    ParticipationRefused,
    clean_text,
)

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord


class ParticipationDocument(Protocol):
    """The plan's actions a phone's change goes through (``services.PlanDocument``'s)."""

    def set_phone_ballot(
        self,
        round_id: int,
        device: str,
        dots: Mapping[int, int],
        stakeholder_type: StakeholderType | str | None = None,
        sex: Sex | str | None = None,
    ) -> ChangeRecord: ...

    def add_pending_card(
        self, device: str, quadrant: Quadrant | str, statement: str
    ) -> ChangeRecord: ...

    def withdraw_pending_card(self, card_id: int, device: str) -> ChangeRecord: ...

    def set_phone_draft_vote(self, device: str, draft_id: int | None) -> ChangeRecord: ...


@dataclass(frozen=True, slots=True)
class Ballot:
    """A phone's dots in a round, replacing its earlier ones."""

    device: str
    round_id: int
    dots: Mapping[int, int]
    stakeholder_type: StakeholderType | None
    sex: Sex | None


@dataclass(frozen=True, slots=True)
class Idea:
    """A SWOT idea for the facilitator to accept, merge or drop."""

    device: str
    quadrant: Quadrant
    text: str


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """A phone takes back one of its waiting ideas."""

    device: str
    card_id: int


@dataclass(frozen=True, slots=True)
class DraftVote:
    """A phone's vote for one draft (None: taken back)."""

    device: str
    draft_id: int | None


Change = Ballot | Idea | Withdrawal | DraftVote


def _int(value: Any, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
        raise ParticipationRefused(what, "not a number")
    return value


def _group(value: Any, vocabulary: type[StakeholderType] | type[Sex]) -> Any:
    if value in (None, ""):
        return None
    try:
        return vocabulary(value)
    except ValueError:
        raise ParticipationRefused("group", "unknown stakeholder type or sex") from None


def read_ballot(device: str, data: Any) -> Ballot:
    """A ballot from ``{"round": id, "dots": {card id: count}, "stakeholder_type", "sex"}``."""
    if not isinstance(data, dict) or not isinstance(data.get("dots"), dict):
        raise ParticipationRefused("form", "a ballot names its round and dots")
    if len(data["dots"]) > 500:
        raise ParticipationRefused("form", "too many cards")
    dots: dict[int, int] = {}
    for key, count in data["dots"].items():
        if not isinstance(key, str) or not key.isdigit() or len(key) > 9:
            raise ParticipationRefused("card", "not a card")
        count = _int(count, "count")
        if count > MAX_DOTS_PER_VOTER:
            raise ParticipationRefused("too_many_dots", "")
        dots[int(key)] = count
    return Ballot(
        device,
        _int(data.get("round"), "round"),
        dots,
        _group(data.get("stakeholder_type"), StakeholderType),
        _group(data.get("sex"), Sex),
    )


def read_idea(device: str, data: Any) -> Idea:
    """An idea from ``{"quadrant": …, "text": …}``."""
    if not isinstance(data, dict):
        raise ParticipationRefused("form", "an idea has a quadrant and a text")
    try:
        quadrant = Quadrant(str(data.get("quadrant")))
    except ValueError:
        raise ParticipationRefused("quadrant", "choose S, W, O or T") from None
    return Idea(device, quadrant, clean_text(data.get("text")))


def read_vote(device: str, data: Any) -> DraftVote:
    """A vote from ``{"draft": id or null}``."""
    if not isinstance(data, dict):
        raise ParticipationRefused("form", "a vote names a draft")
    draft = data.get("draft")
    return DraftVote(device, None if draft is None else _int(draft, "draft"))


def apply_change(document: ParticipationDocument, change: Change) -> ChangeRecord:
    """Apply ``change`` through the plan's actions (one transaction)."""
    match change:
        case Ballot():
            return document.set_phone_ballot(
                change.round_id,
                change.device,
                change.dots,
                change.stakeholder_type,
                change.sex,
            )
        case Idea():
            return document.add_pending_card(change.device, change.quadrant, change.text)
        case Withdrawal():
            return document.withdraw_pending_card(change.card_id, change.device)
        case DraftVote():
            return document.set_phone_draft_vote(change.device, change.draft_id)
    raise TypeError(change)
