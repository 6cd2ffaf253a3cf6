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

TABLES = {t.name: t for t in metadata.sorted_tables}
