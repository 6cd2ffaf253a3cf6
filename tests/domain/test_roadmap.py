"""The commitment sheets and budget tables the action plan page and the roadmaps share."""

from __future__ import annotations

from cluster_planner.domain.action_plan import plan_budget
from cluster_planner.domain.entities import Action, CostLine, Objective, Organisation, Partner
from cluster_planner.domain.enums import (
    ActionStatus,
    FundingSource,
    FundingStatus,
    StakeholderType,
)
from cluster_planner.domain.roadmap import (
    SOURCES,
    budget_by_objective,
    budget_by_source,
    organisation_sheets,
)

OBJECTIVES = (Objective(1, "Brand", number=1), Objective(2, "Credit", position=1, number=2))
ORGS = (
    Organisation(1, "Zeta bank", StakeholderType.FINANCIAL),
    Organisation(2, "asociación textil", StakeholderType.BUSINESS_ASSOCIATION),
    Organisation(3, "Idle NGO", StakeholderType.NGO),
)
ACTIONS = (
    Action(
        1,
        1,
        "Fair",
        number=1,
        lead_id=2,
        partners=(Partner(1, 1, amount=100.0),),
        cost_lines=(
            CostLine(1, 500.0, source=FundingSource.DONOR, organisation_id=1),
            CostLine(2, 50.0, status=FundingStatus.SECURED),
        ),
    ),
    Action(
        2,
        2,
        "Dropped one",
        number=1,
        lead_id=1,
        status=ActionStatus.DROPPED,
        cost_lines=(CostLine(3, 900.0, source=FundingSource.BANK),),
    ),
)


def test_sheets_list_organisations_with_commitments_by_name() -> None:
    """Sheets come in name order, leave out dropped actions and idle organisations."""
    sheets = organisation_sheets(OBJECTIVES, ACTIONS, ORGS)
    assert [s.organisation.id for s in sheets] == [2, 1]
    bank = sheets[1]
    assert bank.commitment.leads == ()
    assert [a.id for a, _ in bank.commitment.funding] == [1]
    assert bank.codes[1] == "A1.1"
    (idle,) = organisation_sheets(OBJECTIVES, ACTIONS, ORGS, organisation_id=3)
    assert idle.commitment.leads == () and idle.commitment.funding == ()


def test_budget_by_source_adds_up_to_the_plan_budget() -> None:
    """Every source has a row; the rows add up to the plan total without dropped actions."""
    by_source = budget_by_source(ACTIONS)
    assert tuple(by_source) == SOURCES
    assert by_source[FundingSource.DONOR].by_status[FundingStatus.PLEDGED] == 500.0
    assert by_source[None].total == 50.0
    assert by_source[FundingSource.BANK].total == 0.0
    assert sum(s.total for s in by_source.values()) == plan_budget(ACTIONS).total


def test_budget_by_objective_in_plan_order() -> None:
    """Each objective's number, title and budget, in plan order."""
    lines = budget_by_objective(OBJECTIVES, ACTIONS)
    assert [(b.number, b.title, b.amount) for b in lines] == [
        (1, "Brand", 550.0),
        (2, "Credit", 0.0),
    ]
