"""Schema 3: the diagnostic — SWOT items with themes, voting rounds and tallies, TOWS options.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "swot_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("quadrant", sa.String(16), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False, server_default=""),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        sa.Column("merged_into_id", sa.Integer, sa.ForeignKey("swot_item.id")),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_swot_item_merged_into_id", "swot_item", ["merged_into_id"])
    op.create_table(
        "swot_item_theme",
        sa.Column("item_id", sa.Integer, sa.ForeignKey("swot_item.id"), primary_key=True),
        sa.Column("theme", sa.Text, primary_key=True),
    )
    op.create_table(
        "voting_round",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("dots_per_voter", sa.Integer, nullable=False, server_default="3"),
        sa.Column("voters", sa.Integer),
        sa.Column("revealed", sa.Boolean, nullable=False, server_default="0"),
    )
    op.create_index("ix_voting_round_meeting_id", "voting_round", ["meeting_id"])
    op.create_table(
        "vote_tally",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("voting_round.id"), nullable=False),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("swot_item.id"), nullable=False),
        sa.Column("stakeholder_type", sa.String(32)),
        sa.Column("sex", sa.String(16)),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_vote_tally_round_id", "vote_tally", ["round_id"])
    op.create_index("ix_vote_tally_item_id", "vote_tally", ["item_id"])
    op.create_table(
        "strategic_option",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(2), nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("impact", sa.Integer),
        sa.Column("effort", sa.Integer),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "option_item",
        sa.Column("option_id", sa.Integer, sa.ForeignKey("strategic_option.id"), primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("swot_item.id"), primary_key=True),
    )
    op.create_index("ix_option_item_item_id", "option_item", ["item_id"])
    op.execute("PRAGMA user_version = 3")


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
