"""The revision history a roadmap prints, from the plan's adopted revisions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from cluster_planner.domain.diff import PlanChange
from cluster_planner.domain.entities import Revision
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.exports.roadmap import Baseline, RevisionEntry


def revision_entry(revision: Revision, changes: Sequence[PlanChange] = ()) -> RevisionEntry:
    """One adopted revision as the roadmap prints it."""
    return RevisionEntry(
        number=revision.number,
        title=revision.title,
        adopted_on=revision.adopted_on,
        meeting=revision.meeting,
        decision=revision.decision,
        reason=revision.reason,
        changes=tuple(changes),
    )


def revision_history(
    revisions: Sequence[Revision],
    compare: Callable[[int, int | None], Sequence[PlanChange]],
    up_to: int | None = None,
    current: bool = False,
) -> tuple[RevisionEntry, ...]:
    """The revisions (up to number ``up_to``), each with its changes since the one before.

    ``compare(a, b)`` gives the changes from revision a to revision b, or to the plan as
    it is now when b is None (the document's ``compare``). With ``current`` (the roadmap
    prints the current plan) a last entry holds the changes since the latest revision,
    not yet adopted.
    """
    chosen = sorted(
        (r for r in revisions if up_to is None or r.number <= up_to), key=lambda r: r.number
    )
    entries = []
    previous: Revision | None = None
    for revision in chosen:
        changes = compare(previous.number, revision.number) if previous is not None else ()
        entries.append(revision_entry(revision, changes))
        previous = revision
    if current and previous is not None:
        entries.append(
            RevisionEntry(
                number=previous.number, changes=tuple(compare(previous.number, None)), pending=True
            )
        )
    return tuple(entries)


def baseline_of(
    revisions: Sequence[Revision],
    revision_snapshot: Callable[[int], PlanSnapshot],
    printed: int | None,
) -> Baseline | None:
    """What a roadmap measures slippage against: for the current plan (``printed`` None)
    the last adopted revision, as the timeline's baseline on screen; for revision N, the
    revision before it. None when there is none."""
    numbers = sorted(r.number for r in revisions if printed is None or r.number < printed)
    if not numbers:
        return None
    snapshot = revision_snapshot(numbers[-1])
    return Baseline(numbers[-1], {a.id: a for a in snapshot.actions})
