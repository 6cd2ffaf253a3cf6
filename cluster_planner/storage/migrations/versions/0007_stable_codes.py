"""Schema 7: SWOT items and strategic options get a stored number, as objectives have.

Codes (S3, SO2) no longer follow the vote's ranking or the board's order: each item is
numbered once in its quadrant and each option in its kind. Existing items are numbered
as the printed roadmap numbered them (the cards on the board in board order, then the
merged and dropped ones); existing options in their order.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("swot_item", sa.Column("number", sa.Integer, nullable=False, server_default="0"))
    op.add_column(
        "strategic_option", sa.Column("number", sa.Integer, nullable=False, server_default="0")
    )
    op.execute(
        "UPDATE swot_item SET number = (SELECT COUNT(*) FROM swot_item AS o "
        "WHERE o.quadrant = swot_item.quadrant AND ("
        "(o.status != 'active') < (swot_item.status != 'active') "
        "OR ((o.status != 'active') = (swot_item.status != 'active') AND ("
        "o.position < swot_item.position "
        "OR (o.position = swot_item.position AND o.id <= swot_item.id)))))"
    )
    op.execute(
        "UPDATE strategic_option SET number = (SELECT COUNT(*) FROM strategic_option AS o "
        "WHERE o.kind = strategic_option.kind AND ("
        "o.position < strategic_option.position "
        "OR (o.position = strategic_option.position AND o.id <= strategic_option.id)))"
    )
    op.execute("PRAGMA user_version = 7")
