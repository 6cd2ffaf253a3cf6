"""Display labels for the domain's words: enum values, entity fields and undo steps.

Every label is translated at call time, so a translator installed after import still applies.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cluster_planner.domain.enums import (
    BUILTIN_CATEGORIES,
    BUILTIN_THEMES,
    ActionStatus,
    BaselineKind,
    BodyRole,
    ContributionKind,
    DecisionRule,
    DependencyKind,
    FundingSource,
    FundingStatus,
    Horizon,
    ItemStatus,
    MeetingType,
    NetworkType,
    OptionKind,
    Quadrant,
    Sex,
    SizeClass,
    StakeholderType,
)

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord


def _labels() -> dict[tuple[type[Enum], str], str]:
    """Every enum value's label, keyed by its vocabulary and its code.

    The vocabularies are string enums that share codes ("other" is a meeting type, a
    decision rule and a funding source; "donor" a funding source and a stakeholder type)
    and compare equal as strings, so a value alone would pick another list's label.
    """
    translate = QCoreApplication.translate
    named: tuple[tuple[Enum, str], ...] = (
        (StakeholderType.ENTERPRISE, translate("vocabulary", "Enterprise")),
        (StakeholderType.BUSINESS_ASSOCIATION, translate("vocabulary", "Business association")),
        (StakeholderType.COOPERATIVE, translate("vocabulary", "Cooperative / producer group")),
        (StakeholderType.BDS_PROVIDER, translate("vocabulary", "BDS provider")),
        (StakeholderType.FINANCIAL, translate("vocabulary", "Bank / financial service provider")),
        (StakeholderType.PUBLIC_AUTHORITY, translate("vocabulary", "Public authority")),
        (
            StakeholderType.TRAINING_RESEARCH,
            translate("vocabulary", "Training / research institution"),
        ),
        (StakeholderType.NGO, translate("vocabulary", "NGO / civil society")),
        (StakeholderType.DONOR, translate("vocabulary", "Donor / international organisation")),
        (StakeholderType.LEAD_FIRM, translate("vocabulary", "Lead firm / buyer")),
        (StakeholderType.SUPPLIER, translate("vocabulary", "Supplier")),
        (SizeClass.MICRO, translate("vocabulary", "Micro")),
        (SizeClass.SMALL, translate("vocabulary", "Small")),
        (SizeClass.MEDIUM, translate("vocabulary", "Medium")),
        (SizeClass.LARGE, translate("vocabulary", "Large")),
        (Sex.FEMALE, translate("vocabulary", "Female")),
        (Sex.MALE, translate("vocabulary", "Male")),
        (Sex.UNSPECIFIED, translate("vocabulary", "Not recorded")),
        (BodyRole.NONE, translate("vocabulary", "No seat")),
        (BodyRole.MEMBER, translate("vocabulary", "Member")),
        (BodyRole.CHAIR, translate("vocabulary", "Chair")),
        (BodyRole.VICE_CHAIR, translate("vocabulary", "Vice-chair")),
        (BodyRole.SECRETARY, translate("vocabulary", "Secretary")),
        (BodyRole.OBSERVER, translate("vocabulary", "Observer")),
        (MeetingType.DIAGNOSTIC_WORKSHOP, translate("vocabulary", "Diagnostic workshop")),
        (MeetingType.VALIDATION_WORKSHOP, translate("vocabulary", "Validation workshop")),
        (MeetingType.VISION_WORKSHOP, translate("vocabulary", "Vision workshop")),
        (MeetingType.ACTION_PLANNING_WORKSHOP, translate("vocabulary", "Action planning workshop")),
        (MeetingType.COMMISSION_MEETING, translate("vocabulary", "Cluster Commission meeting")),
        (MeetingType.STEERING_COMMITTEE, translate("vocabulary", "Steering Committee meeting")),
        (MeetingType.REVIEW_MEETING, translate("vocabulary", "Review meeting")),
        (MeetingType.OTHER, translate("vocabulary", "Other meeting")),
        (BaselineKind.FIRMS_MICRO, translate("vocabulary", "Micro firms")),
        (BaselineKind.FIRMS_SMALL, translate("vocabulary", "Small firms")),
        (BaselineKind.FIRMS_MEDIUM, translate("vocabulary", "Medium firms")),
        (BaselineKind.FIRMS_LARGE, translate("vocabulary", "Large firms")),
        (BaselineKind.EMPLOYMENT_WOMEN, translate("vocabulary", "Employment, women")),
        (BaselineKind.EMPLOYMENT_MEN, translate("vocabulary", "Employment, men")),
        (BaselineKind.TURNOVER, translate("vocabulary", "Turnover")),
        (BaselineKind.EXPORTS, translate("vocabulary", "Exports")),
        (Quadrant.STRENGTH, translate("vocabulary", "Strengths")),
        (Quadrant.WEAKNESS, translate("vocabulary", "Weaknesses")),
        (Quadrant.OPPORTUNITY, translate("vocabulary", "Opportunities")),
        (Quadrant.THREAT, translate("vocabulary", "Threats")),
        (ItemStatus.ACTIVE, translate("vocabulary", "On the board")),
        (ItemStatus.MERGED, translate("vocabulary", "Merged")),
        (ItemStatus.DROPPED, translate("vocabulary", "Dropped")),
        (OptionKind.SO, translate("vocabulary", "SO: use strengths to seize opportunities")),
        (OptionKind.ST, translate("vocabulary", "ST: use strengths to counter threats")),
        (OptionKind.WO, translate("vocabulary", "WO: overcome weaknesses through opportunities")),
        (OptionKind.WT, translate("vocabulary", "WT: reduce weaknesses and avoid threats")),
        (DecisionRule.CONSENSUS, translate("vocabulary", "Consensus")),
        (DecisionRule.SIMPLE_MAJORITY, translate("vocabulary", "Simple majority")),
        (DecisionRule.TWO_THIRDS, translate("vocabulary", "Two-thirds majority")),
        (DecisionRule.OTHER, translate("vocabulary", "Other rule")),
        (NetworkType.HORIZONTAL, translate("vocabulary", "Horizontal: among firms")),
        (NetworkType.VERTICAL, translate("vocabulary", "Vertical: firms with institutions")),
        (NetworkType.INSTITUTIONAL, translate("vocabulary", "Institutional")),
        (Horizon.PILOT, translate("vocabulary", "Pilot (quick win)")),
        (Horizon.SHORT_TERM, translate("vocabulary", "Short-term")),
        (Horizon.STRATEGIC, translate("vocabulary", "Strategic")),
        (ActionStatus.PROPOSED, translate("vocabulary", "Proposed")),
        (ActionStatus.APPROVED, translate("vocabulary", "Approved")),
        (ActionStatus.IN_PROGRESS, translate("vocabulary", "In progress")),
        (ActionStatus.COMPLETED, translate("vocabulary", "Completed")),
        (ActionStatus.DELAYED, translate("vocabulary", "Delayed")),
        (ActionStatus.ON_HOLD, translate("vocabulary", "On hold")),
        (ActionStatus.DROPPED, translate("vocabulary", "Dropped", "action status")),
        (ContributionKind.CASH, translate("vocabulary", "Cash")),
        (ContributionKind.IN_KIND, translate("vocabulary", "In kind")),
        (ContributionKind.STAFF_DAYS, translate("vocabulary", "Staff days")),
        (ContributionKind.NOT_STATED, translate("vocabulary", "Not stated yet")),
        (FundingSource.CLUSTER_FIRMS, translate("vocabulary", "Cluster firms")),
        (FundingSource.ASSOCIATION, translate("vocabulary", "Association")),
        (FundingSource.GOVERNMENT, translate("vocabulary", "Government")),
        (FundingSource.DONOR, translate("vocabulary", "Donor")),
        (FundingSource.BANK, translate("vocabulary", "Bank")),
        (FundingSource.OTHER, translate("vocabulary", "Other source")),
        (FundingStatus.PLEDGED, translate("vocabulary", "Pledged")),
        (FundingStatus.SECURED, translate("vocabulary", "Secured")),
        (FundingStatus.SPENT, translate("vocabulary", "Spent")),
        (DependencyKind.FINISH_TO_START, translate("vocabulary", "Finish to start")),
        (DependencyKind.START_TO_START, translate("vocabulary", "Start to start")),
        (DependencyKind.FINISH_TO_FINISH, translate("vocabulary", "Finish to finish")),
        (DependencyKind.START_TO_FINISH, translate("vocabulary", "Start to finish")),
    )
    return {(type(value), str(value.value)): text for value, text in named}


def theme_label(theme: str) -> str:
    """The label of a theme: built-in themes translated, custom themes as typed."""
    translate = QCoreApplication.translate
    labels = {
        "markets": translate("vocabulary", "Markets"),
        "production_technology": translate("vocabulary", "Production & technology"),
        "raw_materials": translate("vocabulary", "Raw materials"),
        "finance": translate("vocabulary", "Finance"),
        "skills": translate("vocabulary", "Skills"),
        "infrastructure": translate("vocabulary", "Infrastructure"),
        "institutions_governance": translate("vocabulary", "Institutions & governance"),
        "policy": translate("vocabulary", "Policy"),
        "environment": translate("vocabulary", "Environment"),
        "social_gender": translate("vocabulary", "Social & gender"),
    }
    assert set(labels) == set(BUILTIN_THEMES)
    return labels.get(theme, theme)


def category_label(category: str) -> str:
    """The label of a joint-action category: built-in ones translated, custom ones as typed."""
    translate = QCoreApplication.translate
    labels = {
        "joint_purchase": translate("vocabulary", "Joint purchase"),
        "joint_marketing": translate("vocabulary", "Joint marketing / common brand"),
        "trade_fair": translate("vocabulary", "Trade fair / buyer-seller meet"),
        "shared_equipment": translate("vocabulary", "Shared equipment / common facility"),
        "training": translate("vocabulary", "Training / skills"),
        "study_tour": translate("vocabulary", "Study tour / twinning"),
        "design": translate("vocabulary", "Design / product development"),
        "quality": translate("vocabulary", "Quality, testing, certification"),
        "technology": translate("vocabulary", "Technology, energy, cleaner production"),
        "finance": translate("vocabulary", "Finance / credit linkage"),
        "business_services": translate("vocabulary", "Business services linkage"),
        "infrastructure": translate("vocabulary", "Infrastructure"),
        "social_protection": translate("vocabulary", "Social protection / occupational safety"),
        "institution_building": translate(
            "vocabulary", "Institution building (network, consortium, association)"
        ),
        "policy_dialogue": translate("vocabulary", "Policy dialogue"),
    }
    assert set(labels) == set(BUILTIN_CATEGORIES)
    return labels.get(category, category)


def label(value: Enum) -> str:
    """The display label of one enum value."""
    return _labels()[type(value), str(value.value)]


def choices(enum_type: type[Enum]) -> list[tuple[str, object]]:
    """(label, stored value) pairs for every member of ``enum_type``, in declaration order."""
    labels = _labels()
    return [(labels[enum_type, str(member.value)], member.value) for member in enum_type]


def field_labels() -> dict[str, str]:
    """Every entity field's label, as forms, error sentences and plan checks name it."""
    translate = QCoreApplication.translate
    return {
        "name": translate("vocabulary", "Name"),
        "sector": translate("vocabulary", "Sector"),
        "main_products": translate("vocabulary", "Main products"),
        "country": translate("vocabulary", "Country"),
        "region": translate("vocabulary", "Region"),
        "town": translate("vocabulary", "Town"),
        "currency": translate("vocabulary", "Currency"),
        "language": translate("vocabulary", "Language"),
        "horizon_start": translate("vocabulary", "Horizon from"),
        "horizon_end": translate("vocabulary", "Horizon to"),
        "description": translate("vocabulary", "Description"),
        "kind": translate("vocabulary", "Figure"),
        "value": translate("vocabulary", "Value"),
        "as_of": translate("vocabulary", "As of"),
        "source": translate("vocabulary", "Source"),
        "note": translate("vocabulary", "Note"),
        "acronym": translate("vocabulary", "Acronym"),
        "stakeholder_type": translate("vocabulary", "Stakeholder type"),
        "size_class": translate("vocabulary", "Size class"),
        "women_led": translate("vocabulary", "Women-led"),
        "notes": translate("vocabulary", "Notes"),
        "sex": translate("vocabulary", "Sex"),
        "organisation_id": translate("vocabulary", "Organisation"),
        "role": translate("vocabulary", "Role"),
        "email": translate("vocabulary", "E-mail"),
        "phone": translate("vocabulary", "Phone"),
        "commission_role": translate("vocabulary", "Cluster Commission"),
        "steering_role": translate("vocabulary", "Steering Committee"),
        "title": translate("vocabulary", "Title"),
        "date": translate("vocabulary", "Date"),
        "meeting_type": translate("vocabulary", "Type"),
        "venue": translate("vocabulary", "Venue"),
        "facilitator_id": translate("vocabulary", "Facilitator"),
        "attendee_ids": translate("vocabulary", "Attendance"),
        "quadrant": translate("vocabulary", "Quadrant"),
        "statement": translate("vocabulary", "Statement"),
        "evidence": translate("vocabulary", "Evidence"),
        "themes": translate("vocabulary", "Themes"),
        "status": translate("vocabulary", "Status"),
        "meeting_id": translate("vocabulary", "Meeting"),
        "dots_per_voter": translate("vocabulary", "Dots per voter"),
        "voters": translate("vocabulary", "Voters"),
        "count": translate("vocabulary", "Votes"),
        "breakdown": translate("vocabulary", "Breakdown"),
        "item_ids": translate("vocabulary", "SWOT items used"),
        "impact": translate("vocabulary", "Impact"),
        "effort": translate("vocabulary", "Effort"),
        "target": translate("vocabulary", "Card to keep"),
        "sources": translate("vocabulary", "Cards to merge"),
        "rows": translate("vocabulary", "Rows"),
        "option_ids": translate("vocabulary", "Strategic options"),
        "element_ids": translate("vocabulary", "Vision elements"),
        "positioning": translate("vocabulary", "Market positioning"),
        "horizon_year": translate("vocabulary", "Horizon year"),
        "economic_target": translate("vocabulary", "Economic target"),
        "inclusion_target": translate("vocabulary", "Inclusion target"),
        "commitment": translate("vocabulary", "Environmental or social commitment"),
        "votes": translate("vocabulary", "Votes"),
        "adopted_on": translate("vocabulary", "Adopted on"),
        "decision_rule": translate("vocabulary", "Decision rule"),
        "votes_for": translate("vocabulary", "Votes for"),
        "votes_against": translate("vocabulary", "Votes against"),
        "abstentions": translate("vocabulary", "Abstentions"),
        "result": translate("vocabulary", "Result"),
        "dissent": translate("vocabulary", "Dissent"),
        "next_review": translate("vocabulary", "Next review"),
        "unit": translate("vocabulary", "Unit"),
        "baseline_value": translate("vocabulary", "Baseline"),
        "baseline_date": translate("vocabulary", "Baseline date"),
        "baseline_source": translate("vocabulary", "Baseline source"),
        "target_value": translate("vocabulary", "Target"),
        "target_date": translate("vocabulary", "Target date"),
        "means_of_verification": translate("vocabulary", "Means of verification"),
        "frequency": translate("vocabulary", "Frequency"),
        "responsible_id": translate("vocabulary", "Responsible organisation"),
        "baseline_figure_id": translate("vocabulary", "Baseline taken from"),
        "objective_id": translate("vocabulary", "Objective"),
        "category": translate("vocabulary", "Category"),
        "network_type": translate("vocabulary", "Network type"),
        "horizon": translate("vocabulary", "Horizon"),
        "lead_id": translate("vocabulary", "Lead organisation"),
        "start_date": translate("vocabulary", "Start"),
        "end_date": translate("vocabulary", "End"),
        "progress": translate("vocabulary", "Progress"),
        "risks": translate("vocabulary", "Risks and assumptions"),
        "addresses_women": translate("vocabulary", "Addresses women's constraints"),
        "beneficiary_firms": translate("vocabulary", "Firms"),
        "beneficiary_women": translate("vocabulary", "Women"),
        "beneficiary_youth": translate("vocabulary", "Young people"),
        "beneficiary_poor_households": translate("vocabulary", "Poor households"),
        "contribution": translate("vocabulary", "Contribution"),
        "amount": translate("vocabulary", "Amount"),
        "spent": translate("vocabulary", "Spent so far"),
        "drop_reason": translate("vocabulary", "Drop reason"),
        "actual_start": translate("vocabulary", "Actual start"),
        "actual_end": translate("vocabulary", "Actual end"),
        "measured_on": translate("vocabulary", "Measured on"),
        "done": translate("vocabulary", "Done"),
        "predecessor_id": translate("vocabulary", "Waits for"),
        "successor_id": translate("vocabulary", "Action"),
        "lag_days": translate("vocabulary", "Lag (days)"),
        "cost_lines": translate("vocabulary", "Cost lines"),
        "milestones": translate("vocabulary", "Milestones"),
        "indicators": translate("vocabulary", "Indicators"),
        "merged_into_id": translate("vocabulary", "Merged into"),
        "theme": translate("vocabulary", "Theme"),
        "item_id": translate("vocabulary", "Card"),
        "plan": translate("vocabulary", "Plan"),
        "organisation": translate("vocabulary", "Organisation"),
    }


def field_label(field: str) -> str:
    """The label of an entity field (a field without one is named by its code)."""
    return field_labels().get(field, field.replace("_", " ").capitalize())


def _subject(record: ChangeRecord) -> str:
    if record.action.endswith("baseline_figure"):
        try:
            return label(BaselineKind(record.subject))
        except ValueError:
            return record.subject
    # Card and option statements can be long: an undo label names them briefly.
    subject = record.subject
    return subject if len(subject) <= 64 else subject[:63].rstrip() + "…"


def action_label(record: ChangeRecord) -> str:
    """What one change record did, as Edit ▸ Undo and Redo name it."""
    translate = QCoreApplication.translate
    name = _subject(record)
    if record.action == "update_profile":
        fields = sorted({f for c in record.changes for f in c.changed_fields} - {"id"})
        return translate("vocabulary", "Change {fields} of the cluster profile").format(
            fields=", ".join(field_label(f).lower() for f in fields)
        )
    if record.action == "update_voting_round":
        changed = {f for c in record.changes for f in c.changed_fields}
        revealed = next((c.after or {}).get("revealed") for c in record.changes)
        if changed == {"revealed"}:
            template = (
                translate("vocabulary", "Reveal the results of “{name}”")
                if revealed
                else translate("vocabulary", "Hide the results of “{name}”")
            )
            return template.format(name=name)
    if record.action == "update_meeting" and record.tables == {"attendance"}:
        return translate("vocabulary", "Change attendance of “{name}”").format(name=name)
    templates = {
        "add_baseline_figure": translate("vocabulary", "Add baseline figure “{name}”"),
        "update_baseline_figure": translate("vocabulary", "Change baseline figure “{name}”"),
        "delete_baseline_figure": translate("vocabulary", "Delete baseline figure “{name}”"),
        "add_organisation": translate("vocabulary", "Add organisation “{name}”"),
        "update_organisation": translate("vocabulary", "Change organisation “{name}”"),
        "delete_organisation": translate("vocabulary", "Delete organisation “{name}”"),
        "add_person": translate("vocabulary", "Add person “{name}”"),
        "update_person": translate("vocabulary", "Change person “{name}”"),
        "delete_person": translate("vocabulary", "Delete person “{name}”"),
        "add_meeting": translate("vocabulary", "Add meeting “{name}”"),
        "update_meeting": translate("vocabulary", "Change meeting “{name}”"),
        "delete_meeting": translate("vocabulary", "Delete meeting “{name}”"),
        "add_swot_item": translate("vocabulary", "Add SWOT item “{name}”"),
        "update_swot_item": translate("vocabulary", "Change SWOT item “{name}”"),
        "move_swot_item": translate("vocabulary", "Move SWOT item “{name}”"),
        "merge_swot_items": translate("vocabulary", "Merge duplicates into “{name}”"),
        "unmerge_swot_item": translate("vocabulary", "Separate “{name}” again"),
        "delete_swot_item": translate("vocabulary", "Delete SWOT item “{name}”"),
        "accept_pending_card": translate("vocabulary", "Accept the idea “{name}” from a phone"),
        "merge_pending_card": translate("vocabulary", "Merge the idea “{name}” from a phone"),
        "drop_pending_card": translate("vocabulary", "Drop the idea “{name}” from a phone"),
        "rename_theme": translate("vocabulary", "Rename theme “{name}”"),
        "import_swot_items": translate("vocabulary", "Import {name} SWOT items"),
        "add_voting_round": translate("vocabulary", "Add voting round “{name}”"),
        "update_voting_round": translate("vocabulary", "Change voting round “{name}”"),
        "delete_voting_round": translate("vocabulary", "Delete voting round “{name}”"),
        "set_tally": translate("vocabulary", "Enter votes for “{name}”"),
        "add_option": translate("vocabulary", "Add strategic option “{name}”"),
        "update_option": translate("vocabulary", "Change strategic option “{name}”"),
        "delete_option": translate("vocabulary", "Delete strategic option “{name}”"),
        "add_vision_element": translate("vocabulary", "Add vision element “{name}”"),
        "update_vision_element": translate("vocabulary", "Change vision element “{name}”"),
        "delete_vision_element": translate("vocabulary", "Delete vision element “{name}”"),
        "add_vision_draft": translate("vocabulary", "Add vision draft “{name}”"),
        "update_vision_draft": translate("vocabulary", "Change vision draft “{name}”"),
        "delete_vision_draft": translate("vocabulary", "Delete vision draft “{name}”"),
        "adopt_vision": translate("vocabulary", "Adopt “{name}” as the vision"),
        "add_objective": translate("vocabulary", "Add objective “{name}”"),
        "update_objective": translate("vocabulary", "Change objective “{name}”"),
        "delete_objective": translate("vocabulary", "Delete objective “{name}”"),
        "add_indicator": translate("vocabulary", "Add an indicator to “{name}”"),
        "update_indicator": translate("vocabulary", "Change indicator “{name}”"),
        "delete_indicator": translate("vocabulary", "Delete indicator “{name}”"),
        "add_action": translate("vocabulary", "Add action “{name}”"),
        "update_action": translate("vocabulary", "Change action “{name}”"),
        "delete_action": translate("vocabulary", "Delete action “{name}”"),
        "move_action": translate("vocabulary", "Move action “{name}”"),
        "reschedule_action": translate("vocabulary", "Reschedule “{name}”"),
        "renumber_actions": translate("vocabulary", "Renumber the actions of “{name}”"),
        "add_partner": translate("vocabulary", "Add a partner to “{name}”"),
        "update_partner": translate("vocabulary", "Change a partner of “{name}”"),
        "delete_partner": translate("vocabulary", "Remove a partner from “{name}”"),
        "add_milestone": translate("vocabulary", "Add a milestone to “{name}”"),
        "update_milestone": translate("vocabulary", "Change a milestone of “{name}”"),
        "delete_milestone": translate("vocabulary", "Delete a milestone of “{name}”"),
        "add_cost_line": translate("vocabulary", "Add a cost line to “{name}”"),
        "update_cost_line": translate("vocabulary", "Change a cost line of “{name}”"),
        "delete_cost_line": translate("vocabulary", "Delete a cost line of “{name}”"),
        "add_dependency": translate("vocabulary", "Link “{name}”"),
        "update_dependency": translate("vocabulary", "Change the link to “{name}”"),
        "delete_dependency": translate("vocabulary", "Remove the link to “{name}”"),
        "record_progress": translate("vocabulary", "Report progress on “{name}”"),
        "update_progress": translate("vocabulary", "Change a progress report on “{name}”"),
        "delete_progress": translate("vocabulary", "Delete a progress report on “{name}”"),
        "record_measurement": translate("vocabulary", "Record a value of “{name}”"),
        "update_measurement": translate("vocabulary", "Change a value of “{name}”"),
        "delete_measurement": translate("vocabulary", "Delete a value of “{name}”"),
        "review_action": translate("vocabulary", "Review notes on “{name}”"),
        "adopt_revision": translate("vocabulary", "Adopt revision “{name}”"),
        "restore_revision": translate("vocabulary", "Restore revision {name} as the plan"),
    }
    template = templates.get(record.action, translate("vocabulary", "Change “{name}”"))
    return template.format(name=name)
