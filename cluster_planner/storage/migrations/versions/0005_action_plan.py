"""Schema 5: the action plan (actions, partners, milestones, cost lines, dependencies).

Objectives get a stored number so action codes (A1.2) stay put when objectives go;
existing objectives are numbered in their current order. Indicators may belong to
an action instead of an objective.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _link(name: str, left: str, left_table: str, right: str, right_table: str) -> None:
    op.create_table(
        name,
        sa.Column(left, sa.Integer, sa.ForeignKey(f"{left_table}.id"), primary_key=True),
        sa.Column(right, sa.Integer, sa.ForeignKey(f"{right_table}.id"), primary_key=True),
    )
    op.create_index(f"ix_{name}_{right}", name, [right])


def _owned(name: str, *columns: sa.Column[object], indexed: tuple[str, ...] = ()) -> None:
    """A table of rows that belong to one action."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action_id", sa.Integer, sa.ForeignKey("action.id"), nullable=False),
        *columns,
    )
    for column in ("action_id", *indexed):
        op.create_index(f"ix_{name}_{column}", name, [column])


def upgrade() -> None:
    op.add_column("objective", sa.Column("number", sa.Integer, nullable=False, server_default="0"))
    op.execute(
        "UPDATE objective SET number = (SELECT COUNT(*) FROM objective AS o "
        "WHERE o.position < objective.position "
        "OR (o.position = objective.position AND o.id <= objective.id))"
    )
    op.create_table(
        "action",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("objective.id"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("category", sa.Text, nullable=False, server_default=""),
        sa.Column("network_type", sa.String(16)),
        sa.Column("horizon", sa.String(16)),
        sa.Column("lead_id", sa.Integer, sa.ForeignKey("organisation.id")),
        sa.Column("start_date", sa.Date),
        sa.Column("end_date", sa.Date),
        sa.Column("status", sa.String(16), nullable=False, server_default="proposed"),
        sa.Column("progress", sa.Integer, nullable=False, server_default="0"),
        sa.Column("risks", sa.Text, nullable=False, server_default=""),
        sa.Column("addresses_women", sa.Boolean, nullable=False, server_default="0"),
        sa.Column("beneficiary_firms", sa.Integer),
        sa.Column("beneficiary_women", sa.Integer),
        sa.Column("beneficiary_youth", sa.Integer),
        sa.Column("beneficiary_poor_households", sa.Integer),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_action_objective_id", "action", ["objective_id"])
    op.create_index("ix_action_lead_id", "action", ["lead_id"])
    _link("action_option", "action_id", "action", "option_id", "strategic_option")
    _link("action_item", "action_id", "action", "item_id", "swot_item")
    _owned(
        "action_partner",
        sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisation.id"), nullable=False),
        sa.Column("contribution", sa.String(16), nullable=False, server_default="cash"),
        sa.Column("amount", sa.Float),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        indexed=("organisation_id",),
    )
    _owned(
        "milestone",
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("date", sa.Date, nullable=False),
        sa.Column("done", sa.Boolean, nullable=False, server_default="0"),
    )
    _owned(
        "cost_line",
        sa.Column("amount", sa.Float, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("source", sa.String(16)),
        sa.Column("status", sa.String(16), nullable=False, server_default="pledged"),
        sa.Column("organisation_id", sa.Integer, sa.ForeignKey("organisation.id")),
        indexed=("organisation_id",),
    )
    op.create_table(
        "dependency",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("predecessor_id", sa.Integer, sa.ForeignKey("action.id"), nullable=False),
        sa.Column("successor_id", sa.Integer, sa.ForeignKey("action.id"), nullable=False),
        sa.Column("kind", sa.String(2), nullable=False, server_default="FS"),
        sa.Column("lag_days", sa.Integer, nullable=False, server_default="0"),
        sa.UniqueConstraint("predecessor_id", "successor_id", name="dependency_once"),
    )
    op.create_index("ix_dependency_predecessor_id", "dependency", ["predecessor_id"])
    op.create_index("ix_dependency_successor_id", "dependency", ["successor_id"])
    # SQLite adds a column with a foreign key only in plain SQL (Alembic wants batch mode).
    op.execute("ALTER TABLE indicator ADD COLUMN action_id INTEGER REFERENCES action (id)")
    op.create_index("ix_indicator_action_id", "indicator", ["action_id"])
    op.execute("PRAGMA user_version = 5")


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
