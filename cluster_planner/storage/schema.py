"""The tables of the plan file at the newest schema version.

Migrations in ``migrations/versions`` build exactly this; a test compares the two.
Column names equal the entity field names in ``domain/entities.py``.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

plan_info = Table(
    "plan_info",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("created_at", String, nullable=False),
    Column("modified_at", String, nullable=False),
    CheckConstraint("id = 1", name="plan_info_single_row"),
)

cluster_profile = Table(
    "cluster_profile",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, server_default=""),
    Column("sector", Text, nullable=False, server_default=""),
    Column("main_products", Text, nullable=False, server_default=""),
    Column("country", Text, nullable=False, server_default=""),
    Column("region", Text, nullable=False, server_default=""),
    Column("town", Text, nullable=False, server_default=""),
    Column("currency", String(3), nullable=False, server_default="USD"),
    Column("language", String(16), nullable=False, server_default="en"),
    Column("horizon_start", Integer),
    Column("horizon_end", Integer),
    Column("description", Text, nullable=False, server_default=""),
    CheckConstraint("id = 1", name="cluster_profile_single_row"),
)

baseline_figure = Table(
    "baseline_figure",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("value", Float, nullable=False),
    Column("as_of", Date),
    Column("source", Text, nullable=False, server_default=""),
    Column("note", Text, nullable=False, server_default=""),
)

organisation = Table(
    "organisation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("stakeholder_type", String(32), nullable=False),
    Column("acronym", Text, nullable=False, server_default=""),
    Column("size_class", String(16)),
    Column("women_led", Boolean, nullable=False, server_default="0"),
    Column("town", Text, nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
)

person = Table(
    "person",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("sex", String(16), nullable=False, server_default="unspecified"),
    Column("organisation_id", Integer, ForeignKey("organisation.id"), index=True),
    Column("role", Text, nullable=False, server_default=""),
    Column("email", Text, nullable=False, server_default=""),
    Column("phone", Text, nullable=False, server_default=""),
    Column("commission_role", String(16), nullable=False, server_default="none"),
    Column("steering_role", String(16), nullable=False, server_default="none"),
    Column("notes", Text, nullable=False, server_default=""),
)

meeting = Table(
    "meeting",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("date", Date, nullable=False),
    Column("meeting_type", String(32), nullable=False, server_default="other"),
    Column("venue", Text, nullable=False, server_default=""),
    Column("facilitator_id", Integer, ForeignKey("person.id"), index=True),
    Column("notes", Text, nullable=False, server_default=""),
)

attendance = Table(
    "attendance",
    metadata,
    Column("meeting_id", Integer, ForeignKey("meeting.id"), primary_key=True),
    Column("person_id", Integer, ForeignKey("person.id"), primary_key=True, index=True),
)


swot_item = Table(
    "swot_item",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("quadrant", String(16), nullable=False),
    Column("statement", Text, nullable=False),
    Column("evidence", Text, nullable=False, server_default=""),
    Column("source", Text, nullable=False, server_default=""),
    Column("status", String(16), nullable=False, server_default="active"),
    Column("merged_into_id", Integer, ForeignKey("swot_item.id"), index=True),
    Column("position", Integer, nullable=False, server_default="0"),
)

swot_item_theme = Table(
    "swot_item_theme",
    metadata,
    Column("item_id", Integer, ForeignKey("swot_item.id"), primary_key=True),
    Column("theme", Text, primary_key=True),
)

voting_round = Table(
    "voting_round",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meeting.id"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("dots_per_voter", Integer, nullable=False, server_default="3"),
    Column("voters", Integer),
    Column("revealed", Boolean, nullable=False, server_default="0"),
)

vote_tally = Table(
    "vote_tally",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("voting_round.id"), nullable=False, index=True),
    Column("item_id", Integer, ForeignKey("swot_item.id"), nullable=False, index=True),
    Column("stakeholder_type", String(32)),
    Column("sex", String(16)),
    Column("count", Integer, nullable=False),
)

strategic_option = Table(
    "strategic_option",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(2), nullable=False),
    Column("statement", Text, nullable=False),
    Column("impact", Integer),
    Column("effort", Integer),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("notes", Text, nullable=False, server_default=""),
)

option_item = Table(
    "option_item",
    metadata,
    Column("option_id", Integer, ForeignKey("strategic_option.id"), primary_key=True),
    Column("item_id", Integer, ForeignKey("swot_item.id"), primary_key=True, index=True),
)

TABLES = {t.name: t for t in metadata.sorted_tables}
