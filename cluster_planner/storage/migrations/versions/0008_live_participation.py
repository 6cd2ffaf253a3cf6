"""Schema 8: live participation (phone ballots, phone votes on drafts, pending cards, the key).

Phones in the hall place dots in a voting round (``phone_ballot`` and its ``phone_dot``
rows, one ballot per phone and round), vote for a vision draft (``phone_draft_vote``,
one per phone) and send SWOT ideas that wait for the facilitator (``pending_card``).
``live_key`` holds the secret that signs the phones' device tokens.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "phone_ballot",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("voting_round.id"), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("stakeholder_type", sa.String(32)),
        sa.Column("sex", sa.String(16)),
        sa.UniqueConstraint("round_id", "device", name="phone_ballot_once"),
    )
    op.create_index("ix_phone_ballot_round_id", "phone_ballot", ["round_id"])
    op.create_table(
        "phone_dot",
        sa.Column("ballot_id", sa.Integer, sa.ForeignKey("phone_ballot.id"), primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("swot_item.id"), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_phone_dot_item_id", "phone_dot", ["item_id"])
    op.create_table(
        "phone_draft_vote",
        sa.Column("device", sa.String(64), primary_key=True),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("vision_draft.id"), nullable=False),
    )
    op.create_index("ix_phone_draft_vote_draft_id", "phone_draft_vote", ["draft_id"])
    op.create_table(
        "pending_card",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("quadrant", sa.String(16), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("submitted_at", sa.String, nullable=False),
    )
    op.create_index("ix_pending_card_device", "pending_card", ["device"])
    op.create_table(
        "live_key",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("secret", sa.String(64), nullable=False),
        sa.CheckConstraint("id = 1", name="live_key_single_row"),
    )
    op.execute("PRAGMA user_version = 8")


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
