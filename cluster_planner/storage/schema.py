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
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
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
    Column("number", Integer, nullable=False, server_default="0"),
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
    Column("number", Integer, nullable=False, server_default="0"),
)

option_item = Table(
    "option_item",
    metadata,
    Column("option_id", Integer, ForeignKey("strategic_option.id"), primary_key=True),
    Column("item_id", Integer, ForeignKey("swot_item.id"), primary_key=True, index=True),
)

vision_element = Table(
    "vision_element",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("position", Integer, nullable=False, server_default="0"),
)


def _link(name: str, left: str, left_table: str, right: str, right_table: str) -> Table:
    """A many-to-many link table: (left, right) both keys, the right side indexed."""
    return Table(
        name,
        metadata,
        Column(left, Integer, ForeignKey(f"{left_table}.id"), primary_key=True),
        Column(right, Integer, ForeignKey(f"{right_table}.id"), primary_key=True, index=True),
    )


element_option = _link(
    "element_option", "element_id", "vision_element", "option_id", "strategic_option"
)
element_item = _link("element_item", "element_id", "vision_element", "item_id", "swot_item")

vision_draft = Table(
    "vision_draft",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("statement", Text, nullable=False),
    Column("positioning", Text, nullable=False, server_default=""),
    Column("horizon_year", Integer),
    Column("economic_target", Text, nullable=False, server_default=""),
    Column("inclusion_target", Text, nullable=False, server_default=""),
    Column("commitment", Text, nullable=False, server_default=""),
    Column("votes", Integer),
    Column("position", Integer, nullable=False, server_default="0"),
)

draft_element = _link("draft_element", "draft_id", "vision_draft", "element_id", "vision_element")

vision_version = Table(
    "vision_version",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("number", Integer, nullable=False, unique=True),
    Column("statement", Text, nullable=False),
    Column("adopted_on", Date, nullable=False),
    Column("meeting_id", Integer, ForeignKey("meeting.id"), nullable=False, index=True),
    Column("decision_rule", String(32), nullable=False, server_default="consensus"),
    Column("votes_for", Integer),
    Column("votes_against", Integer),
    Column("abstentions", Integer),
    Column("result", Text, nullable=False, server_default=""),
    Column("dissent", Text, nullable=False, server_default=""),
    Column("next_review", Date),
    Column("draft_id", Integer, ForeignKey("vision_draft.id"), index=True),
)

version_element = _link(
    "version_element", "version_id", "vision_version", "element_id", "vision_element"
)

objective = Table(
    "objective",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("number", Integer, nullable=False, server_default="0"),
)

objective_element = _link(
    "objective_element", "objective_id", "objective", "element_id", "vision_element"
)
objective_option = _link(
    "objective_option", "objective_id", "objective", "option_id", "strategic_option"
)

indicator = Table(
    "indicator",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("objective_id", Integer, ForeignKey("objective.id"), index=True),
    Column("name", Text, nullable=False),
    Column("unit", Text, nullable=False, server_default=""),
    Column("baseline_value", Float),
    Column("baseline_date", Date),
    Column("baseline_source", Text, nullable=False, server_default=""),
    Column("target_value", Float),
    Column("target_date", Date),
    Column("means_of_verification", Text, nullable=False, server_default=""),
    Column("frequency", Text, nullable=False, server_default=""),
    Column("responsible_id", Integer, ForeignKey("organisation.id"), index=True),
    Column("baseline_figure_id", Integer, ForeignKey("baseline_figure.id"), index=True),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("action_id", Integer, ForeignKey("action.id"), index=True),
)

action = Table(
    "action",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("objective_id", Integer, ForeignKey("objective.id"), nullable=False, index=True),
    Column("number", Integer, nullable=False),
    Column("title", Text, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("category", Text, nullable=False, server_default=""),
    Column("network_type", String(16)),
    Column("horizon", String(16)),
    Column("lead_id", Integer, ForeignKey("organisation.id"), index=True),
    Column("start_date", Date),
    Column("end_date", Date),
    Column("status", String(16), nullable=False, server_default="proposed"),
    Column("progress", Integer, nullable=False, server_default="0"),
    Column("risks", Text, nullable=False, server_default=""),
    Column("addresses_women", Boolean, nullable=False, server_default="0"),
    Column("beneficiary_firms", Integer),
    Column("beneficiary_women", Integer),
    Column("beneficiary_youth", Integer),
    Column("beneficiary_poor_households", Integer),
    Column("position", Integer, nullable=False, server_default="0"),
    Column("actual_start", Date),
    Column("actual_end", Date),
    Column("drop_reason", Text, nullable=False, server_default=""),
)

action_option = _link("action_option", "action_id", "action", "option_id", "strategic_option")
action_item = _link("action_item", "action_id", "action", "item_id", "swot_item")

action_partner = Table(
    "action_partner",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action_id", Integer, ForeignKey("action.id"), nullable=False, index=True),
    Column("organisation_id", Integer, ForeignKey("organisation.id"), nullable=False, index=True),
    Column("contribution", String(16), nullable=False, server_default="cash"),
    Column("amount", Float),
    Column("description", Text, nullable=False, server_default=""),
)

milestone = Table(
    "milestone",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action_id", Integer, ForeignKey("action.id"), nullable=False, index=True),
    Column("title", Text, nullable=False),
    Column("date", Date, nullable=False),
    Column("done", Boolean, nullable=False, server_default="0"),
)

cost_line = Table(
    "cost_line",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action_id", Integer, ForeignKey("action.id"), nullable=False, index=True),
    Column("amount", Float, nullable=False),
    Column("description", Text, nullable=False, server_default=""),
    Column("source", String(16)),
    Column("status", String(16), nullable=False, server_default="pledged"),
    Column("organisation_id", Integer, ForeignKey("organisation.id"), index=True),
    Column("spent", Float),
)

dependency = Table(
    "dependency",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("predecessor_id", Integer, ForeignKey("action.id"), nullable=False, index=True),
    Column("successor_id", Integer, ForeignKey("action.id"), nullable=False, index=True),
    Column("kind", String(2), nullable=False, server_default="FS"),
    Column("lag_days", Integer, nullable=False, server_default="0"),
    UniqueConstraint("predecessor_id", "successor_id", name="dependency_once"),
)

progress_entry = Table(
    "progress_entry",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("action_id", Integer, ForeignKey("action.id"), nullable=False, index=True),
    Column("recorded_on", Date, nullable=False),
    Column("status", String(16)),
    Column("progress", Integer),
    Column("actual_start", Date),
    Column("actual_end", Date),
    Column("note", Text, nullable=False, server_default=""),
)

measurement = Table(
    "measurement",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("indicator_id", Integer, ForeignKey("indicator.id"), nullable=False, index=True),
    Column("measured_on", Date, nullable=False),
    Column("value", Float, nullable=False),
    Column("source", Text, nullable=False, server_default=""),
)

action_review = Table(
    "action_review",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("meeting_id", Integer, ForeignKey("meeting.id"), nullable=False, index=True),
    Column("action_id", Integer, ForeignKey("action.id"), nullable=False, index=True),
    Column("done", Text, nullable=False, server_default=""),
    Column("next_steps", Text, nullable=False, server_default=""),
    Column("help_needed", Text, nullable=False, server_default=""),
    Column("decision", Text, nullable=False, server_default=""),
    UniqueConstraint("meeting_id", "action_id", name="action_review_once"),
)

# Revisions are the plan's history, not its content: a restore never touches them.
revision = Table(
    "revision",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("number", Integer, nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("adopted_on", Date, nullable=False),
    # The endorsing meeting by id and by name: a restore may take the meeting row away.
    Column("meeting_id", Integer),
    Column("meeting", Text, nullable=False, server_default=""),
    Column("decision", Text, nullable=False, server_default=""),
    Column("reason", Text, nullable=False, server_default=""),
    Column("created_at", String, nullable=False),
    Column("snapshot", LargeBinary, nullable=False),  # zlib-compressed snapshot JSON
    Column("action_ids", Text, nullable=False, server_default=""),  # "1 2 5": the live actions
)

revision_restore = Table(
    "revision_restore",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("revision_id", Integer, ForeignKey("revision.id"), nullable=False, index=True),
    Column("restored_at", String, nullable=False),
)

# --- live participation: what phones in the hall send (see live/ and services/participation) ---

phone_ballot = Table(
    "phone_ballot",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", Integer, ForeignKey("voting_round.id"), nullable=False, index=True),
    Column("device", String(64), nullable=False),  # the phone's pseudonymous id
    Column("stakeholder_type", String(32)),
    Column("sex", String(16)),
    UniqueConstraint("round_id", "device", name="phone_ballot_once"),
)

phone_dot = Table(
    "phone_dot",
    metadata,
    Column("ballot_id", Integer, ForeignKey("phone_ballot.id"), primary_key=True),
    Column("item_id", Integer, ForeignKey("swot_item.id"), primary_key=True, index=True),
    Column("count", Integer, nullable=False),
)

phone_draft_vote = Table(
    "phone_draft_vote",
    metadata,
    Column("device", String(64), primary_key=True),  # one vote per phone
    Column("draft_id", Integer, ForeignKey("vision_draft.id"), nullable=False, index=True),
)

# Session data, not plan content: left alone by a restore, not in the snapshot.
pending_card = Table(
    "pending_card",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("quadrant", String(16), nullable=False),
    Column("statement", Text, nullable=False),
    Column("device", String(64), nullable=False, index=True),
    Column("submitted_at", String, nullable=False),
)

live_key = Table(
    "live_key",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("secret", String(64), nullable=False),  # signs the phones' device tokens (hex)
    CheckConstraint("id = 1", name="live_key_single_row"),
)

TABLES = {t.name: t for t in metadata.sorted_tables}
