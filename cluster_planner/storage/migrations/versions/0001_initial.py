"""Schema 1: plan info, cluster profile, baseline figures, organisations and people.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_info",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("created_at", sa.String, nullable=False),
        sa.Column("modified_at", sa.String, nullable=False),
        sa.CheckConstraint("id = 1", name="plan_info_single_row"),
    )
    op.create_table(
        "cluster_profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False, server_default=""),
        sa.Column("sector", sa.Text, nullable=False, server_default=""),
        sa.Column("main_products", sa.Text, nullable=False, server_default=""),
        sa.Column("country", sa.Text, nullable=False, server_default=""),
        sa.Column("region", sa.Text, nullable=False, server_default=""),
        sa.Column("town", sa.Text, nullable=False, server_default=""),
        sa.Column("currency", sa.String(3), nullable=False, server_default="USD"),
        sa.Column("language", sa.String(16), nullable=False, server_default="en"),
        sa.Column("horizon_start", sa.Integer),
        sa.Column("horizon_end", sa.Integer),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.CheckConstraint("id = 1", name="cluster_profile_single_row"),
    )
    op.create_table(
        "baseline_figure",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("as_of", sa.Date),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("stakeholder_type", sa.String(32), nullable=False),
        sa.Column("acronym", sa.Text, nullable=False, server_default=""),
        sa.Column("size_class", sa.String(16)),
        sa.Column("women_led", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("town", sa.Text, nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("sex", sa.String(16), nullable=False, server_default="unspecified"),
        sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisation.id")),
        sa.Column("role", sa.Text, nullable=False, server_default=""),
        sa.Column("email", sa.Text, nullable=False, server_default=""),
        sa.Column("phone", sa.Text, nullable=False, server_default=""),
        sa.Column("commission_role", sa.String(16), nullable=False, server_default="none"),
        sa.Column("steering_role", sa.String(16), nullable=False, server_default="none"),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_person_organisation_id", "person", ["organisation_id"])
    op.execute("PRAGMA user_version = 1")


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
