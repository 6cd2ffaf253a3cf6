"""Schema 4: the vision (elements, drafts, adopted versions) and strategic objectives.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _link(name: str, left: str, left_table: str, right: str, right_table: str) -> None:
    op.create_table(
        name,
        sa.Column(left, sa.Integer, sa.ForeignKey(f"{left_table}.id"), primary_key=True),
        sa.Column(right, sa.Integer, sa.ForeignKey(f"{right_table}.id"), primary_key=True),
    )
    op.create_index(f"ix_{name}_{right}", name, [right])


def upgrade() -> None:
    op.create_table(
        "vision_element",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    _link("element_option", "element_id", "vision_element", "option_id", "strategic_option")
    _link("element_item", "element_id", "vision_element", "item_id", "swot_item")
    op.create_table(
        "vision_draft",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("positioning", sa.Text, nullable=False, server_default=""),
        sa.Column("horizon_year", sa.Integer),
        sa.Column("economic_target", sa.Text, nullable=False, server_default=""),
        sa.Column("inclusion_target", sa.Text, nullable=False, server_default=""),
        sa.Column("commitment", sa.Text, nullable=False, server_default=""),
        sa.Column("votes", sa.Integer),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    _link("draft_element", "draft_id", "vision_draft", "element_id", "vision_element")
    op.create_table(
        "vision_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("number", sa.Integer, nullable=False, unique=True),
        sa.Column("statement", sa.Text, nullable=False),
        sa.Column("adopted_on", sa.Date, nullable=False),
        sa.Column("meeting_id", sa.Integer, sa.ForeignKey("meeting.id"), nullable=False),
        sa.Column("decision_rule", sa.String(32), nullable=False, server_default="consensus"),
        sa.Column("votes_for", sa.Integer),
        sa.Column("votes_against", sa.Integer),
        sa.Column("abstentions", sa.Integer),
        sa.Column("result", sa.Text, nullable=False, server_default=""),
        sa.Column("dissent", sa.Text, nullable=False, server_default=""),
        sa.Column("next_review", sa.Date),
        sa.Column("draft_id", sa.Integer, sa.ForeignKey("vision_draft.id")),
    )
    op.create_index("ix_vision_version_meeting_id", "vision_version", ["meeting_id"])
    op.create_index("ix_vision_version_draft_id", "vision_version", ["draft_id"])
    _link("version_element", "version_id", "vision_version", "element_id", "vision_element")
    op.create_table(
        "objective",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("description", sa.Text, nullable=False, server_default=""),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    _link("objective_element", "objective_id", "objective", "element_id", "vision_element")
    _link("objective_option", "objective_id", "objective", "option_id", "strategic_option")
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("objective_id", sa.Integer, sa.ForeignKey("objective.id")),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("unit", sa.Text, nullable=False, server_default=""),
        sa.Column("baseline_value", sa.Float),
        sa.Column("baseline_date", sa.Date),
        sa.Column("baseline_source", sa.Text, nullable=False, server_default=""),
        sa.Column("target_value", sa.Float),
        sa.Column("target_date", sa.Date),
        sa.Column("means_of_verification", sa.Text, nullable=False, server_default=""),
        sa.Column("frequency", sa.Text, nullable=False, server_default=""),
        sa.Column("responsible_id", sa.Integer, sa.ForeignKey("organisation.id")),
        sa.Column("baseline_figure_id", sa.Integer, sa.ForeignKey("baseline_figure.id")),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
    )
    for column in ("objective_id", "responsible_id", "baseline_figure_id"):
        op.create_index(f"ix_indicator_{column}", "indicator", [column])
    op.execute("PRAGMA user_version = 4")


def downgrade() -> None:
    raise NotImplementedError("plan files are never downgraded")
