"""Live participation in the plan: phone ballots, phone votes on drafts, pending cards.

What a phone sends arrives here, in one transaction per change, like any other
action. The web server (``cluster_planner.live``) never writes on its own: in the app
the UI thread calls these methods for it (its undo stack keeps only the facilitator's
own steps); headless, the server's single worker thread does. The facilitator's
decisions on pending cards (accept, merge, drop) are ordinary undoable actions.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections import defaultdict
from collections.abc import Mapping

from sqlalchemy import Connection, func, insert, select

from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.entities import (
    PendingCard,
    PhoneBallot,
    PhoneDot,
    SwotItem,
    VotingRound,
)
from cluster_planner.domain.enums import ItemStatus, Quadrant, Sex, StakeholderType
from cluster_planner.domain.errors import NotFound, ReadOnlyPlan, SnapshotError, ValidationError
from cluster_planner.domain.participation import (
    PENDING_IN_ALL,
    PENDING_PER_DEVICE,
    ParticipationRefused,
    check_ballot,
    check_device,
    clean_text,
)
from cluster_planner.domain.records import from_mapping
from cluster_planner.services.document_core import DocumentCore
from cluster_planner.services.recorder import Recorder
from cluster_planner.storage import schema

# Tables a restore of a revision leaves alone: they are not the plan's content.
SESSION_TABLES = frozenset({"pending_card", "live_key"})


def read_phone_ballots(conn: Connection) -> dict[int, list[PhoneBallot]]:
    """Every phone ballot by round id, each with its dots (by card id)."""
    dots: dict[int, list[PhoneDot]] = defaultdict(list)
    d = schema.phone_dot
    for ballot_id, item_id, count in conn.execute(
        select(d.c.ballot_id, d.c.item_id, d.c.count).order_by(d.c.ballot_id, d.c.item_id)
    ):
        dots[ballot_id].append(PhoneDot(item_id, count))
    ballots: dict[int, list[PhoneBallot]] = defaultdict(list)
    b = schema.phone_ballot
    for row in conn.execute(select(b).order_by(b.c.round_id, b.c.device)).mappings():
        ballots[row["round_id"]].append(
            from_mapping(
                PhoneBallot,
                {
                    "device": row["device"],
                    "stakeholder_type": row["stakeholder_type"],
                    "sex": row["sex"],
                    "dots": dots.get(row["id"], []),
                },
            )
        )
    return ballots


def write_phone_ballot(r: Recorder, round_id: int, ballot: PhoneBallot) -> None:
    """Make ``ballot`` the device's ballot in the round (through the recorder); a ballot
    without dots is removed."""
    key = {"round_id": round_id, "device": ballot.device}
    found = r.keys_where(schema.phone_ballot, **key)
    wanted = {d.item_id: d.count for d in ballot.dots if d.count}
    group = {
        "stakeholder_type": ballot.stakeholder_type.value if ballot.stakeholder_type else None,
        "sex": ballot.sex.value if ballot.sex else None,
    }
    if not found:
        if not wanted:
            return
        ballot_id = r.insert(schema.phone_ballot, {**key, **group})["id"]
        old: dict[int, int] = {}
    else:
        ballot_id = found[0]["id"]
        old = {
            row["item_id"]: row["count"]
            for row in r.conn.execute(
                select(schema.phone_dot).where(schema.phone_dot.c.ballot_id == ballot_id)
            ).mappings()
        }
    for item_id in sorted(set(old) - set(wanted)):
        r.delete(schema.phone_dot, {"ballot_id": ballot_id, "item_id": item_id})
    for item_id, count in sorted(wanted.items()):
        if item_id not in old:
            r.insert(schema.phone_dot, {"ballot_id": ballot_id, "item_id": item_id, "count": count})
        elif old[item_id] != count:
            r.update(
                schema.phone_dot, {"ballot_id": ballot_id, "item_id": item_id}, {"count": count}
            )
    if not wanted:
        r.delete(schema.phone_ballot, {"id": ballot_id})
    elif found:
        r.update(schema.phone_ballot, {"id": ballot_id}, group)


def delete_phone_ballots(r: Recorder, round_id: int) -> None:
    """Delete a round's phone ballots and their dots (when the round goes)."""
    for key in r.keys_where(schema.phone_ballot, round_id=round_id):
        r.delete_where(schema.phone_dot, ballot_id=key["id"])
        r.delete(schema.phone_ballot, key)


class ParticipationActions(DocumentCore):
    """What phones in the hall send, and what the facilitator does with their cards."""

    def voting_rounds(self) -> list[VotingRound]:  # provided by DiagnosticActions
        raise NotImplementedError

    def swot_items(self) -> list[SwotItem]:  # provided by DiagnosticActions
        raise NotImplementedError

    # --- queries ------------------------------------------------------------------------

    def pending_cards(self) -> list[PendingCard]:
        """The ideas sent from phones that wait for the facilitator, oldest first."""
        return self._all(PendingCard, schema.pending_card)

    def live_secret(self) -> bytes:
        """The plan's secret for signing device tokens, made on first use.

        Kept in the plan so that a phone's token, and so its ballot, survives the app
        being restarted. Not an action: nothing to undo, not part of the content.
        """
        with self._file.engine.connect() as conn:
            found = conn.execute(select(schema.live_key.c.secret)).scalar()
        if found:
            return bytes.fromhex(found)
        if self.read_only:
            raise ReadOnlyPlan(str(self.path))
        with self._file.engine.begin() as conn:
            found = conn.execute(select(schema.live_key.c.secret)).scalar()
            if not found:
                found = secrets.token_hex(32)
                conn.execute(insert(schema.live_key).values(id=1, secret=found))
        return bytes.fromhex(found)

    # --- from phones -------------------------------------------------------------------

    def set_phone_ballot(
        self,
        round_id: int,
        device: str,
        dots: Mapping[int, int],
        stakeholder_type: StakeholderType | str | None = None,
        sex: Sex | str | None = None,
    ) -> ChangeRecord:
        """Replace a phone's ballot in a round (ParticipationRefused when it breaks a rule)."""
        check_device(device)
        voting_round = next((v for v in self.voting_rounds() if v.id == round_id), None)
        if voting_round is None:
            raise ParticipationRefused("round", "the round is gone")
        on_board = {i.id for i in self.swot_items() if i.status is ItemStatus.ACTIVE}
        wanted = check_ballot(voting_round, dots, on_board)
        try:
            ballot = from_mapping(
                PhoneBallot,
                {
                    "device": device,
                    "stakeholder_type": stakeholder_type or None,
                    "sex": sex or None,
                    "dots": [{"item_id": i, "count": n} for i, n in wanted.items()],
                },
            )
        except SnapshotError:
            raise ParticipationRefused("group", "unknown stakeholder type or sex") from None
        return self._run(
            "set_phone_ballot",
            voting_round.title,
            lambda r: write_phone_ballot(r, round_id, ballot),
        )

    def set_phone_draft_vote(self, device: str, draft_id: int | None) -> ChangeRecord:
        """A phone's vote for one draft (None: take it back); one vote per phone."""
        check_device(device)
        if draft_id is not None and not self._exists(schema.vision_draft, draft_id):
            raise ParticipationRefused("draft", "that draft is gone")

        def body(r: Recorder) -> None:
            current = r.read(schema.phone_draft_vote, {"device": device})
            if draft_id is None:
                if current is not None:
                    r.delete(schema.phone_draft_vote, {"device": device})
            elif current is None:
                r.insert(schema.phone_draft_vote, {"device": device, "draft_id": draft_id})
            else:
                r.update(schema.phone_draft_vote, {"device": device}, {"draft_id": draft_id})

        return self._run("set_phone_draft_vote", device, body)

    def add_pending_card(
        self, device: str, quadrant: Quadrant | str, statement: str
    ) -> ChangeRecord:
        """An idea from a phone, waiting on the board for the facilitator."""
        check_device(device)
        try:
            quadrant = Quadrant(quadrant)
        except ValueError:
            raise ParticipationRefused("quadrant", "unknown quadrant") from None
        text = clean_text(statement)

        def body(r: Recorder) -> None:
            waiting = r.conn.execute(select(func.count()).select_from(schema.pending_card)).scalar()
            mine = r.conn.execute(
                select(func.count())
                .select_from(schema.pending_card)
                .where(schema.pending_card.c.device == device)
            ).scalar()
            if (mine or 0) >= PENDING_PER_DEVICE:
                raise ParticipationRefused("too_many_ideas", f"{PENDING_PER_DEVICE} waiting")
            if (waiting or 0) >= PENDING_IN_ALL:
                raise ParticipationRefused("board_full", f"{PENDING_IN_ALL} waiting")
            r.insert(
                schema.pending_card,
                {
                    "quadrant": quadrant.value,
                    "statement": text,
                    "device": device,
                    "submitted_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                },
            )

        return self._run("add_pending_card", text, body)

    def withdraw_pending_card(self, card_id: int, device: str) -> ChangeRecord:
        """A phone takes back one of its own ideas while it is still waiting."""
        check_device(device)
        card = self._pending(card_id)
        if card.device != device:
            raise NotFound("pending_card", card_id)  # another phone's idea: not even there
        return self._run(
            "withdraw_pending_card",
            card.statement,
            lambda r: r.delete(schema.pending_card, {"id": card_id}),
        )

    # --- the facilitator's decisions (undoable) -----------------------------------------

    def accept_pending_card(self, card_id: int) -> ChangeRecord:
        """Put a waiting idea on the board, last in its quadrant."""
        card = self._pending(card_id)
        return self._run(
            "accept_pending_card",
            card.statement,
            lambda r: self._to_board(r, card, ItemStatus.ACTIVE, None),
        )

    def merge_pending_card(self, card_id: int, target_id: int) -> ChangeRecord:
        """Merge a waiting idea into a card on the board (its text is kept, as in any merge)."""
        card = self._pending(card_id)
        target = self._one_item(target_id)
        if target.status is not ItemStatus.ACTIVE:
            raise ValidationError("target", "merge into a card that is on the board")
        return self._run(
            "merge_pending_card",
            card.statement,
            lambda r: self._to_board(r, card, ItemStatus.MERGED, target_id),
        )

    def drop_pending_card(self, card_id: int) -> ChangeRecord:
        """Drop a waiting idea: it is kept among the dropped cards, where it can be restored."""
        card = self._pending(card_id)
        return self._run(
            "drop_pending_card",
            card.statement,
            lambda r: self._to_board(r, card, ItemStatus.DROPPED, None),
        )

    def clear_phone_draft_votes(self) -> ChangeRecord:
        """Take back every phone's vote on the drafts (before a new vote)."""

        def body(r: Recorder) -> None:
            votes = schema.phone_draft_vote
            for (device,) in r.conn.execute(select(votes.c.device).order_by(votes.c.device)):
                r.delete(votes, {"device": device})

        return self._run("clear_phone_draft_votes", "", body)

    # --- helpers ------------------------------------------------------------------------

    def _pending(self, card_id: int) -> PendingCard:
        return self._one(PendingCard, schema.pending_card, card_id)

    def _one_item(self, item_id: int) -> SwotItem:
        for item in self.swot_items():
            if item.id == item_id:
                return item
        raise NotFound("swot_item", item_id)

    def _to_board(
        self, r: Recorder, card: PendingCard, status: ItemStatus, merged_into: int | None
    ) -> None:
        last = r.conn.execute(
            select(func.max(schema.swot_item.c.position)).where(
                schema.swot_item.c.quadrant == card.quadrant.value
            )
        ).scalar()
        r.insert(
            schema.swot_item,
            {
                "quadrant": card.quadrant.value,
                "statement": card.statement,
                "evidence": "",
                "source": "",
                "status": status.value,
                "merged_into_id": merged_into,
                "position": 0 if last is None else int(last) + 1,
            },
        )
        r.delete(schema.pending_card, {"id": card.id})
