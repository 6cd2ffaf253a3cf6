"""What the roadmap documents and the action plan's summaries show, computed once.

Who committed to what, one sheet per organisation, and the budget by source of funds
(by status) and by objective. The Action plan page and the Word and PDF exports read
the same values, so a printed roadmap matches the screen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cluster_planner.domain.action_plan import (
    BudgetSummary,
    CashGap,
    Commitment,
    budget_summary,
    cash_gaps,
    commitments,
    counted,
    objective_totals,
    ordered_actions,
)
from cluster_planner.domain.codes import action_codes, objective_numbers
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Indicator,
    Objective,
    Organisation,
)
from cluster_planner.domain.enums import ActionStatus, FundingSource, FundingStatus

# The rows of the budget by source: every source, then the lines nobody has said who pays.
SOURCES: tuple[FundingSource | None, ...] = (*FundingSource, None)
STATUSES: tuple[FundingStatus, ...] = tuple(FundingStatus)


# --- who committed to what ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrganisationSheet:
    """One organisation's commitments, with the codes of the actions they name."""

    organisation: Organisation
    commitment: Commitment
    codes: Mapping[int, str]
    # The indicators it is responsible for reporting on, each with the objective or the
    # action it measures (objectives' first, in plan order).
    indicators: tuple[tuple[Objective | Action, Indicator], ...] = ()
    # The cash it brings as a partner that no cost line of the action holds.
    cash_gaps: tuple[CashGap, ...] = ()


def organisation_sheets(
    objectives: Sequence[Objective],
    actions: Sequence[Action],
    organisations: Sequence[Organisation],
    organisation_id: int | None = None,
    *,
    with_indicators: bool = False,
) -> list[OrganisationSheet]:
    """The sheets of every organisation with commitments, by name (or of one organisation);
    ``with_indicators``: also of those responsible for indicators, each sheet listing the
    indicators its organisation reports on (the printed roadmap).

    One organisation is given a sheet even when it has committed to nothing yet; actions
    are listed in plan order and dropped ones (and their indicators) are left out.
    """
    ordered = ordered_actions(objectives, actions)
    found = commitments(ordered)
    codes = action_codes(objectives, actions)
    reports: dict[int, list[tuple[Objective | Action, Indicator]]] = defaultdict(list)
    owners: list[Objective | Action] = sorted(objectives, key=lambda o: (o.position, o.id))
    owners += [a for a in ordered if a.status is not ActionStatus.DROPPED]
    for owner in owners if with_indicators else ():
        for indicator in sorted(owner.indicators, key=lambda i: (i.position, i.id)):
            if indicator.responsible_id is not None:
                reports[indicator.responsible_id].append((owner, indicator))
    chosen = [
        o
        for o in organisations
        if (
            o.id == organisation_id
            if organisation_id is not None
            else o.id in found or o.id in reports
        )
    ]
    chosen.sort(key=lambda o: (o.name.casefold(), o.id))
    gaps: dict[int, list[CashGap]] = defaultdict(list)
    for gap in cash_gaps(ordered, organisations):
        gaps[gap.organisation_id].append(gap)
    return [
        OrganisationSheet(
            o,
            found.get(o.id, Commitment(o.id)),
            codes,
            tuple(reports.get(o.id, ())),
            tuple(gaps.get(o.id, ())),
        )
        for o in chosen
    ]


# --- the budget ----------------------------------------------------------------------------


def budget_by_source(actions: Iterable[Action]) -> dict[FundingSource | None, BudgetSummary]:
    """Per source (None: not said yet), the totals by status (dropped actions left out)."""
    lines: dict[FundingSource | None, list[CostLine]] = defaultdict(list)
    for action in counted(actions):
        for line in action.cost_lines:
            lines[line.source].append(line)
    return {source: budget_summary(lines.get(source, ())) for source in SOURCES}


@dataclass(frozen=True, slots=True)
class ObjectiveBudget:
    """One objective's line of the budget: its number (O2), title and the sum of its actions."""

    objective_id: int
    number: int
    title: str
    amount: float


def budget_by_objective(
    objectives: Sequence[Objective], actions: Iterable[Action]
) -> list[ObjectiveBudget]:
    """Every objective in plan order with its budget (dropped actions left out)."""
    totals = objective_totals(actions)
    numbers = objective_numbers(objectives)
    return [
        ObjectiveBudget(o.id, numbers[o.id], o.title, totals.get(o.id, 0.0))
        for o in sorted(objectives, key=lambda o: (o.position, o.id))
    ]
