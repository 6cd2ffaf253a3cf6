"""The fixed words of the roadmap documents, and how they write dates, numbers and money.

Every fixed word goes through ``Wording.__call__`` with named placeholders, so a
translation is one more catalogue (``CATALOGUES``) keyed by the English text; a
language without a catalogue falls back to English, and an English text missing from a
catalogue stays English and is noted in ``Wording.missing`` (the tests require none).
Dates, numbers and money are written as each language writes them: 1 Jun 2026 /
1 jun 2026 / 1 juin 2026; 1,205,100 / 1.205.100 / 1 205 100 (``domain/numbers.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from enum import Enum

from cluster_planner.domain.diff_wording import semicolon, short_date
from cluster_planner.domain.enums import (
    BUILTIN_CATEGORIES,
    ActionStatus,
    BodyRole,
    ContributionKind,
    DecisionRule,
    FundingSource,
    FundingStatus,
    Horizon,
    MeetingType,
    NetworkType,
    OptionKind,
    Quadrant,
    StakeholderType,
)
from cluster_planner.domain.numbers import write_money, write_number
from cluster_planner.exports import wording_es, wording_fr

# English is the source language: its catalogue is empty. Other languages map English
# text to their own; missing entries stay English.
CATALOGUES: dict[str, Mapping[str, str]] = {
    "en": {},
    "es": wording_es.SPANISH,
    "fr": wording_fr.FRENCH,
}
# Each language's own name, as a list of languages shows it.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# The names of the vocabularies' values. Several vocabularies share codes ("other" is a
# meeting type, a decision rule and a funding source; "donor" a source and a stakeholder
# type) and their values compare equal as strings, so each is looked up by its
# vocabulary and its code, never by the value alone.
_NAMES: tuple[tuple[Enum, str], ...] = (
    (ActionStatus.PROPOSED, "Proposed"),
    (ActionStatus.APPROVED, "Approved"),
    (ActionStatus.IN_PROGRESS, "In progress"),
    (ActionStatus.COMPLETED, "Completed"),
    (ActionStatus.DELAYED, "Delayed"),
    (ActionStatus.ON_HOLD, "On hold"),
    (ActionStatus.DROPPED, "Dropped"),
    (ContributionKind.CASH, "Cash"),
    (ContributionKind.IN_KIND, "In kind"),
    (ContributionKind.STAFF_DAYS, "Staff days"),
    (ContributionKind.NOT_STATED, "Not stated"),
    (FundingSource.CLUSTER_FIRMS, "Cluster firms"),
    (FundingSource.ASSOCIATION, "Association"),
    (FundingSource.GOVERNMENT, "Government"),
    (FundingSource.DONOR, "Donor"),
    (FundingSource.BANK, "Bank"),
    (FundingSource.OTHER, "Other source"),
    (FundingStatus.PLEDGED, "Pledged"),
    (FundingStatus.SECURED, "Secured"),
    (FundingStatus.SPENT, "Spent"),
    (Quadrant.STRENGTH, "Strengths"),
    (Quadrant.WEAKNESS, "Weaknesses"),
    (Quadrant.OPPORTUNITY, "Opportunities"),
    (Quadrant.THREAT, "Threats"),
    (OptionKind.SO, "SO: use strengths to seize opportunities"),
    (OptionKind.ST, "ST: use strengths to counter threats"),
    (OptionKind.WO, "WO: overcome weaknesses through opportunities"),
    (OptionKind.WT, "WT: reduce weaknesses and avoid threats"),
    (Horizon.PILOT, "Pilot (quick win)"),
    (Horizon.SHORT_TERM, "Short-term"),
    (Horizon.STRATEGIC, "Strategic"),
    (NetworkType.HORIZONTAL, "Horizontal: among firms"),
    (NetworkType.VERTICAL, "Vertical: firms with institutions"),
    (NetworkType.INSTITUTIONAL, "Institutional"),
    (DecisionRule.CONSENSUS, "Consensus"),
    (DecisionRule.SIMPLE_MAJORITY, "Simple majority"),
    (DecisionRule.TWO_THIRDS, "Two-thirds majority"),
    (DecisionRule.OTHER, "Other rule"),
    (BodyRole.NONE, "No seat"),
    (BodyRole.MEMBER, "Member"),
    (BodyRole.CHAIR, "Chair"),
    (BodyRole.VICE_CHAIR, "Vice-chair"),
    (BodyRole.SECRETARY, "Secretary"),
    (BodyRole.OBSERVER, "Observer"),
    (MeetingType.DIAGNOSTIC_WORKSHOP, "Diagnostic workshop"),
    (MeetingType.VALIDATION_WORKSHOP, "Validation workshop"),
    (MeetingType.VISION_WORKSHOP, "Vision workshop"),
    (MeetingType.ACTION_PLANNING_WORKSHOP, "Action planning workshop"),
    (MeetingType.COMMISSION_MEETING, "Cluster Commission meeting"),
    (MeetingType.STEERING_COMMITTEE, "Steering Committee meeting"),
    (MeetingType.REVIEW_MEETING, "Review meeting"),
    (MeetingType.OTHER, "Other meeting"),
    (StakeholderType.ENTERPRISE, "Enterprise"),
    (StakeholderType.BUSINESS_ASSOCIATION, "Business association"),
    (StakeholderType.COOPERATIVE, "Cooperative / producer group"),
    (StakeholderType.BDS_PROVIDER, "BDS provider"),
    (StakeholderType.FINANCIAL, "Bank / financial service provider"),
    (StakeholderType.PUBLIC_AUTHORITY, "Public authority"),
    (StakeholderType.TRAINING_RESEARCH, "Training / research institution"),
    (StakeholderType.NGO, "NGO / civil society"),
    (StakeholderType.DONOR, "Donor / international organisation"),
    (StakeholderType.LEAD_FIRM, "Lead firm / buyer"),
    (StakeholderType.SUPPLIER, "Supplier"),
)
_LABELS: dict[tuple[type[Enum], str], str] = {
    (type(value), str(value.value)): text for value, text in _NAMES
}

_CATEGORIES = {
    "joint_purchase": "Joint purchase",
    "joint_marketing": "Joint marketing / common brand",
    "trade_fair": "Trade fair / buyer-seller meet",
    "shared_equipment": "Shared equipment / common facility",
    "training": "Training / skills",
    "study_tour": "Study tour / twinning",
    "design": "Design / product development",
    "quality": "Quality, testing, certification",
    "technology": "Technology, energy, cleaner production",
    "finance": "Finance / credit linkage",
    "business_services": "Business services linkage",
    "infrastructure": "Infrastructure",
    "social_protection": "Social protection / occupational safety",
    "institution_building": "Institution building (network, consortium, association)",
    "policy_dialogue": "Policy dialogue",
}
assert set(_CATEGORIES) == set(BUILTIN_CATEGORIES)


class Wording:
    """The fixed words and number formats of one language.

    ``missing`` collects the English texts asked for that the language's catalogue has
    no translation of (they are written in English meanwhile).
    """

    def __init__(self, language: str = "en") -> None:
        self.language = language if language in CATALOGUES else "en"
        self._catalogue = CATALOGUES[self.language]
        self.missing: set[str] = set()

    def __call__(self, text: str, **values: object) -> str:
        """``text`` in this language, with ``{name}`` placeholders filled from ``values``."""
        translated = self._catalogue.get(text)
        if translated is None:
            translated = text
            if self.language != "en":
                self.missing.add(text)
        return translated.format(**values) if values else translated

    def label(self, value: Enum) -> str:
        """The name of a value of the domain's vocabularies (status, source …)."""
        return self(_LABELS[type(value), str(value.value)])

    def category(self, category: str) -> str:
        """A joint-action category: built-in ones named, the user's own as typed."""
        return self(_CATEGORIES[category]) if category in _CATEGORIES else category

    def date(self, day: dt.date | None) -> str:
        """A date with the month in words (never ambiguous), or a dash."""
        if day is None:
            return "—"
        # French writes the first of the month as an ordinal: 1er juin 2026.
        number = "1er" if day.day == 1 and self.language == "fr" else day.day
        return self(
            "{day} {month} {year}", day=number, month=self(_MONTHS[day.month - 1]), year=day.year
        )

    def short_date(self, day: dt.date | None) -> str:
        """A date for narrow table columns: 3 Mar 2027, 3 mar 2027, 3 mars 2027 (the
        comparison of revisions writes its dates with the same rule)."""
        if day is None:
            return "—"
        return short_date(day, self.language)

    def month(self, day: dt.date, *, short: bool = False) -> str:
        """The name of ``day``'s month (abbreviated when ``short``)."""
        if short:
            return short_date(day, self.language).split(" ")[1]
        return self(_MONTHS[day.month - 1])

    def number(self, value: float) -> str:
        """A figure with thousands separated, without decimals when it is whole; any value a
        plan can hold is written (infinity as ∞), never refused."""
        return write_number(value, self.language)

    def money(self, value: float, currency: str) -> str:
        """An amount in the plan's currency: USD 12,500 / USD 12.500 / 12 500 USD."""
        return write_money(value, currency, self.language)

    def days(self, value: float) -> str:
        """A number of staff days."""
        return self("1 day") if value == 1 else self("{count} days", count=self.number(value))

    def clauses(self, parts: Iterable[str]) -> str:
        """Clauses of one sentence joined by semicolons, spaced as the language spaces them."""
        return semicolon(self.language).join(parts)
