"""Plan checks: what is missing or inconsistent in a plan, as a list of warnings.

Each warning names the record to fix (``entity``, ``entity_id``) and, where there is
one, the field, so the app can take the user there; ``cluster-planner check`` prints
the same list.
"""

from __future__ import annotations

from dataclasses import dataclass

from cluster_planner.domain.action_plan import (
    DEPENDENCY_WORDS,
    ordered_actions,
    violated_dependencies,
)
from cluster_planner.domain.codes import action_codes, objective_code, objective_numbers
from cluster_planner.domain.enums import ActionStatus, BodyRole, DependencyKind, Quadrant, Sex
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.domain.traceability import objectives_without_actions, unanswered_top_items


def _days(count: int) -> str:
    return "1 day" if abs(count) == 1 else f"{count} days"


_STARTS = (DependencyKind.FINISH_TO_START, DependencyKind.START_TO_START)
TOP_PER_QUADRANT = 3  # the top items per quadrant that the action plan should answer
_PLURAL = {
    Quadrant.STRENGTH: "strengths",
    Quadrant.WEAKNESS: "weaknesses",
    Quadrant.OPPORTUNITY: "opportunities",
    Quadrant.THREAT: "threats",
}


@dataclass(frozen=True, slots=True)
class PlanWarning:
    """One finding: a stable ``code``, an English ``message``, and where to fix it."""

    code: str
    message: str
    entity: str = ""
    entity_id: int | None = None
    field: str = ""


def check_plan(snapshot: PlanSnapshot) -> list[PlanWarning]:
    """Everything worth a facilitator's attention before the plan is shared."""
    warnings: list[PlanWarning] = []
    if not snapshot.profile.name.strip():
        warnings.append(PlanWarning("profile_unnamed", "The cluster has no name yet.", "profile"))
    commission = [p for p in snapshot.people if p.commission_role is not BodyRole.NONE]
    if not commission:
        warnings.append(
            PlanWarning(
                "commission_empty", "Nobody is recorded as a member of the Cluster Commission."
            )
        )
    else:
        if not any(p.commission_role is BodyRole.CHAIR for p in commission):
            warnings.append(
                PlanWarning("commission_no_chair", "The Cluster Commission has no chair.")
            )
        if not any(p.sex is Sex.FEMALE for p in commission):
            warnings.append(
                PlanWarning("commission_no_women", "No woman sits on the Cluster Commission.")
            )
    for meeting in snapshot.meetings:
        if not meeting.attendee_ids:
            warnings.append(
                PlanWarning(
                    "meeting_no_attendance",
                    f"The meeting “{meeting.title}” has no attendance recorded.",
                    "meeting",
                    meeting.id,
                )
            )
    warnings.extend(check_action_plan(snapshot))
    return warnings


def check_action_plan(snapshot: PlanSnapshot) -> list[PlanWarning]:
    """What the action plan still lacks before the Commission can endorse it."""
    warnings: list[PlanWarning] = []
    if not snapshot.objectives:
        return warnings
    codes = action_codes(snapshot.objectives, snapshot.actions)
    titles = {o.id: o.title for o in snapshot.objectives}
    numbers = objective_numbers(snapshot.objectives)
    for objective_id in objectives_without_actions(snapshot):
        warnings.append(
            PlanWarning(
                "objective_no_actions",
                f"Objective {objective_code(numbers[objective_id])} “{titles[objective_id]}” "
                "has no action yet.",
                "objective",
                objective_id,
            )
        )
    live = [
        a
        for a in ordered_actions(snapshot.objectives, snapshot.actions)
        if a.status is not ActionStatus.DROPPED
    ]
    for action in live:
        name = f"{codes[action.id]} “{action.title}”"
        if action.lead_id is None:
            warnings.append(
                PlanWarning(
                    "action_no_lead",
                    f"{name} has no lead organisation.",
                    "action",
                    action.id,
                    "lead_id",
                )
            )
        if action.start_date is None or action.end_date is None:
            missing = "start or end date" if action.start_date or action.end_date else "dates"
            warnings.append(
                PlanWarning(
                    "action_no_dates",
                    f"{name} has no {missing}.",
                    "action",
                    action.id,
                    "start_date" if action.start_date is None else "end_date",
                )
            )
        elif action.end_date < action.start_date:
            warnings.append(
                PlanWarning(
                    "action_end_before_start",
                    f"{name} ends before it starts.",
                    "action",
                    action.id,
                    "end_date",
                )
            )
        unsourced = [line for line in action.cost_lines if line.source is None]
        if unsourced:
            warnings.append(
                PlanWarning(
                    "cost_line_no_source",
                    f"{name} has "
                    + ("a cost line" if len(unsourced) == 1 else f"{len(unsourced)} cost lines")
                    + " without a source of funds.",
                    "action",
                    action.id,
                    "cost_lines",
                )
            )
    live_ids = {a.id for a in live}
    for dependency, late in violated_dependencies(live, snapshot.dependencies):
        if dependency.successor_id not in live_ids:
            continue
        successor = codes[dependency.successor_id]
        predecessor = codes[dependency.predecessor_id]
        warnings.append(
            PlanWarning(
                "dependency_violated",
                f"{successor} is scheduled {_days(late)} too early: it waits for {predecessor} "
                f"({DEPENDENCY_WORDS[dependency.kind]}"
                + (f", lag {_days(dependency.lag_days)}" if dependency.lag_days else "")
                + ").",
                "action",
                dependency.successor_id,
                # The fix is usually the date the link constrains: the start for FS and
                # SS, the end for FF and SF.
                "start_date"
                if dependency.kind
                in (DependencyKind.FINISH_TO_START, DependencyKind.START_TO_START)
                else "end_date",
            )
        )
    if live and not any(a.addresses_women for a in live):
        warnings.append(
            PlanWarning(
                "no_women_action",
                "No action is marked as addressing the constraints women face in the cluster.",
                "action_plan",
            )
        )
    for ranked in unanswered_top_items(snapshot, TOP_PER_QUADRANT, by="actions"):
        warnings.append(
            PlanWarning(
                "top_item_unanswered",
                f"No action answers “{ranked.item.statement}”, one of the top "
                f"{TOP_PER_QUADRANT} {_PLURAL[ranked.item.quadrant]} of the SWOT.",
                "swot_item",
                ranked.item.id,
            )
        )
    return warnings
