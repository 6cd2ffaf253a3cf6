"""Plan checks: what is missing or unbalanced in a plan, as a list of warnings."""

from __future__ import annotations

from dataclasses import dataclass

from cluster_planner.domain.enums import BodyRole, Sex
from cluster_planner.domain.snapshot import PlanSnapshot


@dataclass(frozen=True, slots=True)
class PlanWarning:
    """One finding: a stable ``code``, an English ``message``, and where to fix it."""

    code: str
    message: str
    entity: str = ""
    entity_id: int | None = None


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
    return warnings
