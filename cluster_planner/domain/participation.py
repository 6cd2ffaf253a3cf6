"""The rules of live participation: what a phone may send, and how its input is counted.

One home for the limits that the services (which store), the web server (which
refuses early) and the phone page (which tells the participant) all apply.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from cluster_planner.domain.entities import VisionDraft, VotingRound
from cluster_planner.domain.errors import PlanError

IDEA_MAX_CHARS = 200  # a SWOT card is a short sentence; the board shows about this much
DEVICE_PATTERN = re.compile(r"[A-Za-z0-9_-]{16,64}")  # a phone's pseudonymous id
PENDING_PER_DEVICE = 20  # ideas one phone may have waiting at once
PENDING_IN_ALL = 500  # ideas waiting at once from the whole hall
MAX_DOTS_PER_VOTER = 99  # as the voting panel allows


class ParticipationRefused(PlanError):
    """A phone's input breaks a rule; ``reason`` is a short key the phone page words."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def clean_text(text: object, limit: int = IDEA_MAX_CHARS) -> str:
    """A participant's text as it is kept: one line, no control or format characters,
    spaces collapsed, at most ``limit`` characters; ParticipationRefused when empty or
    too long (the phone says so rather than cutting what was typed)."""
    if not isinstance(text, str):
        raise ParticipationRefused("text", "must be text")
    kept = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category in ("Zl", "Zp") or char in "\t\n\r\v\f":
            kept.append(" ")
        elif category[0] == "C":
            continue  # controls, bidi overrides and other invisible format characters
        else:
            kept.append(char)
    cleaned = " ".join("".join(kept).split())
    if not cleaned:
        raise ParticipationRefused("empty", "write the idea first")
    if len(cleaned) > limit:
        raise ParticipationRefused("too_long", f"at most {limit} characters")
    return cleaned


def check_device(device: object) -> str:
    """``device`` when it is a well-formed pseudonymous id."""
    if not isinstance(device, str) or not DEVICE_PATTERN.fullmatch(device):
        raise ParticipationRefused("device", "not a device id")
    return device


def check_ballot(
    voting_round: VotingRound, dots: Mapping[int, int], on_board: set[int]
) -> dict[int, int]:
    """The dots of one phone's ballot, checked: whole numbers, on cards on the board, at
    most the round's dots per voter in all; cards with no dot are left out."""
    if voting_round.revealed:
        raise ParticipationRefused("revealed", "the round's results are shown")
    checked: dict[int, int] = {}
    for item_id, count in dots.items():
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ParticipationRefused("count", "dots are whole numbers")
        if isinstance(item_id, bool) or not isinstance(item_id, int):
            raise ParticipationRefused("card", "not a card")
        if count == 0:
            continue
        if item_id not in on_board:
            raise ParticipationRefused("card", "that card is no longer on the board")
        checked[item_id] = count
    if sum(checked.values()) > voting_round.dots_per_voter:
        raise ParticipationRefused(
            "too_many_dots", f"{voting_round.dots_per_voter} dots per participant"
        )
    return checked


def draft_total(draft: VisionDraft) -> int | None:
    """A draft's votes: counted in the hall plus those from phones (None: none counted)."""
    if draft.votes is None and not draft.phone_votes:
        return None
    return (draft.votes or 0) + len(draft.phone_votes)
