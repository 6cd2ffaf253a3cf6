"""Schema 6: the review cycle (progress entries, measurements, action reviews, revisions).

Actions get their actual dates and a drop reason; cost lines what has been spent.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("action", sa.Column("actual_start", sa.Date))
    op.add_column("action", sa.Column("actual_end", sa.Date))
    op.add_column("action", sa.Column("drop_reason", sa.Text, nullable=False, server_default=""))
    op.add_column("cost_line", sa.Column("spent", sa.Float))
    op.create_table(
        "progress_entry",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("action.id"), nullable=False),
        sa.Column("recorded_on", sa.Date, nullable=False),
        sa.Column("status", sa.String(16)),
        sa.Column("progress", sa.Integer),
        sa.Column("actual_start", sa.Date),
        sa.Column("actual_end", sa.Date),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_progress_entry_action_id", "progress_entry", ["action_id"])
    op.create_table(
        "measurement",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("indicator_id", sa.Integer, sa.ForeignKey("indicator.id"), nullable=False),
        sa.Column("measured_on", sa.Date, nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_measurement_indicator_id", "measurement", ["indicator_id"])
    op.create_table(
        "action_review",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), nullable=False),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("action.id"), nullable=False),
        sa.Column("done", sa.Text, nullable=False, server_default=""),
        sa.Column("next_steps", sa.Text, nullable=False, server_default=""),
        sa.Column("help_needed", sa.Text, nullable=False, server_default=""),
        sa.Column("decision", sa.Text, nullable=False, server_default=""),
        sa.UniqueConstraint("meeting_id", "action_id", name="action_review_once"),
    )
    op.create_index("ix_action_review_meeting_id", "action_review", ["meeting_id"])
    op.create_index("ix_action_review_action_id", "action_review", ["action_id"])
    op.create_table(
        "revision",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.Integer, nullable=False, unique=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("adopted_on", sa.Date, nullable=False),
        sa.Column("meeting_id", sa.Integer),
        sa.Column("meeting", sa.Text, nullable=False, server_default=""),
        sa.Column("decision", sa.Text, nullable=False, server_default=""),
        sa.Column("reason", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("snapshot", sa.LargeBinary, nullable=False),
        sa.Column("action_ids", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "revision_restore",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("revision_id", sa.Integer, sa.ForeignKey("revision.id"), nullable=False),
        sa.Column("restored_at", sa.String, nullable=False),
    )
    op.create_index("ix_revision_restore_revision_id", "revision_restore", ["revision_id"])
    op.execute("PRAGMA user_version = 6")


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
