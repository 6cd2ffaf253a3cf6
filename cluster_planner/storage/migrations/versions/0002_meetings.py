"""Schema 2: meetings and their attendance.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("meeting_type", sa.String(32), nullable=False, server_default="other"),
        sa.Column("venue", sa.Text, nullable=False, server_default=""),
        sa.Column("facilitator_id", sa.Integer, sa.ForeignKey("person.id")),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_meeting_facilitator_id", "meeting", ["facilitator_id"])
    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("person.id"), primary_key=True),
    )
    op.create_index("ix_attendance_person_id", "attendance", ["person_id"])
    op.execute("PRAGMA user_version = 2")


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
