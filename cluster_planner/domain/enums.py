"""Closed vocabularies of the domain, stored by their ``value``."""

from __future__ import annotations

from enum import StrEnum


class StakeholderType(StrEnum):
    """The kinds of organisation that take part in a cluster initiative."""

    ENTERPRISE = "enterprise"
    BUSINESS_ASSOCIATION = "business_association"
    COOPERATIVE = "cooperative"
    BDS_PROVIDER = "bds_provider"
    FINANCIAL = "financial"
    PUBLIC_AUTHORITY = "public_authority"
    TRAINING_RESEARCH = "training_research"
    NGO = "ngo"
    DONOR = "donor"
    LEAD_FIRM = "lead_firm"
    SUPPLIER = "supplier"


class SizeClass(StrEnum):
    """Enterprise size class, as used in baseline figures and the register."""

    MICRO = "micro"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class Sex(StrEnum):
    """Sex of a person as recorded for gender-disaggregated tallies."""

    FEMALE = "female"
    MALE = "male"
    UNSPECIFIED = "unspecified"


class BodyRole(StrEnum):
    """A person's seat on the Cluster Commission or the Steering Committee."""

    NONE = "none"
    MEMBER = "member"
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    OBSERVER = "observer"


class MeetingType(StrEnum):
    """What a recorded meeting was for."""

    DIAGNOSTIC_WORKSHOP = "diagnostic_workshop"
    VALIDATION_WORKSHOP = "validation_workshop"
    VISION_WORKSHOP = "vision_workshop"
    ACTION_PLANNING_WORKSHOP = "action_planning_workshop"
    COMMISSION_MEETING = "commission_meeting"
    STEERING_COMMITTEE = "steering_committee"
    REVIEW_MEETING = "review_meeting"
    OTHER = "other"


class BaselineKind(StrEnum):
    """The baseline figures a diagnostic records about the cluster."""

    FIRMS_MICRO = "firms_micro"
    FIRMS_SMALL = "firms_small"
    FIRMS_MEDIUM = "firms_medium"
    FIRMS_LARGE = "firms_large"
    EMPLOYMENT_WOMEN = "employment_women"
    EMPLOYMENT_MEN = "employment_men"
    TURNOVER = "turnover"
    EXPORTS = "exports"


class Quadrant(StrEnum):
    """The four quadrants of a SWOT."""

    STRENGTH = "strength"
    WEAKNESS = "weakness"
    OPPORTUNITY = "opportunity"
    THREAT = "threat"

    @property
    def internal(self) -> bool:
        """Strengths and weaknesses are internal to the cluster; the others external."""
        return self in (Quadrant.STRENGTH, Quadrant.WEAKNESS)


class ItemStatus(StrEnum):
    """Where a SWOT item stands: on the board, merged into another, or dropped."""

    ACTIVE = "active"
    MERGED = "merged"
    DROPPED = "dropped"


class OptionKind(StrEnum):
    """TOWS option types: which internal and external quadrants an option pairs."""

    SO = "SO"
    ST = "ST"
    WO = "WO"
    WT = "WT"

    @property
    def quadrants(self) -> tuple[Quadrant, Quadrant]:
        """The (internal, external) quadrants this kind of option draws on."""
        internal = Quadrant.STRENGTH if self.value[0] == "S" else Quadrant.WEAKNESS
        external = Quadrant.OPPORTUNITY if self.value[1] == "O" else Quadrant.THREAT
        return internal, external


# The usual diagnostic themes; items may also carry custom themes (any other text).
BUILTIN_THEMES: tuple[str, ...] = (
    "markets",
    "production_technology",
    "raw_materials",
    "finance",
    "skills",
    "infrastructure",
    "institutions_governance",
    "policy",
    "environment",
    "social_gender",
)


class DecisionRule(StrEnum):
    """How a meeting decided to adopt a vision."""

    CONSENSUS = "consensus"
    SIMPLE_MAJORITY = "simple_majority"
    TWO_THIRDS = "two_thirds"
    OTHER = "other"


# The joint-action categories of the field; actions may also carry a custom category (any text).
BUILTIN_CATEGORIES: tuple[str, ...] = (
    "joint_purchase",
    "joint_marketing",
    "trade_fair",
    "shared_equipment",
    "training",
    "study_tour",
    "design",
    "quality",
    "technology",
    "finance",
    "business_services",
    "infrastructure",
    "social_protection",
    "institution_building",
    "policy_dialogue",
)


class NetworkType(StrEnum):
    """Who an action links: firms among themselves, firms with institutions, institutions."""

    HORIZONTAL = "horizontal"
    VERTICAL = "vertical"
    INSTITUTIONAL = "institutional"


class Horizon(StrEnum):
    """When an action pays off: a pilot quick win that builds trust, short-term, strategic."""

    PILOT = "pilot"
    SHORT_TERM = "short_term"
    STRATEGIC = "strategic"


class ActionStatus(StrEnum):
    """Where an action stands."""

    PROPOSED = "proposed"
    APPROVED = "approved"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DELAYED = "delayed"
    ON_HOLD = "on_hold"
    DROPPED = "dropped"


class ContributionKind(StrEnum):
    """What a partner brings to an action (not stated: it joined without saying yet)."""

    CASH = "cash"
    IN_KIND = "in_kind"
    STAFF_DAYS = "staff_days"
    NOT_STATED = "not_stated"


class FundingSource(StrEnum):
    """Who pays a cost-share line of an action's budget."""

    CLUSTER_FIRMS = "cluster_firms"
    ASSOCIATION = "association"
    GOVERNMENT = "government"
    DONOR = "donor"
    BANK = "bank"
    OTHER = "other"


class FundingStatus(StrEnum):
    """How sure a cost-share line is: promised, secured, or already spent."""

    PLEDGED = "pledged"
    SECURED = "secured"
    SPENT = "spent"


class DependencyKind(StrEnum):
    """How two actions' dates depend on each other (predecessor → successor)."""

    FINISH_TO_START = "FS"
    START_TO_START = "SS"
    FINISH_TO_FINISH = "FF"
    START_TO_FINISH = "SF"
