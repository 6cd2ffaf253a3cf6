"""Who committed to what, and the budget summary: sheets, totals and refreshes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from cluster_planner.domain.action_plan import objective_totals, plan_budget
from cluster_planner.domain.enums import (
    ActionStatus,
    ContributionKind,
    FundingSource,
    FundingStatus,
)
from cluster_planner.exports.roadmap import (
    Heading,
    Paragraph,
    RoadmapOptions,
    Section,
    Table,
    build_roadmap,
)
from cluster_planner.exports.wording import Wording
from cluster_planner.services.plan_document import new_id
from cluster_planner.ui.budget_summary import (
    SOURCES,
    STATUSES,
    VALUE_ROLE,
    BudgetSummaryView,
)
from cluster_planner.ui.commitments_view import CommitmentsView
from cluster_planner.ui.formats import format_money
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.plan_session import PlanSession


@dataclass
class Plan:
    """The ids of what a test adds to the demo plan."""

    organisation: int
    partner: int
    fair: int
    brand: int
    dropped: int


def _money(value: float) -> str:
    """An amount in ETB as the sheet (and the printed roadmap) writes it, in plain text."""
    return Wording("en").money(value, "ETB").replace("\u00a0", " ")


def _add_action(session: PlanSession, objective_id: int, **fields: object) -> int:
    record = session.run(session.document.add_action, objective_id, **fields)
    assert record is not None
    return new_id(record, "action")


@pytest.fixture
def plan(session: PlanSession) -> Plan:
    """An organisation with a tricky name leading two actions, a partner, and a dropped action."""
    session.run(session.document.update_profile, currency="ETB")
    record = session.run(
        session.document.add_organisation,
        name="Weavers <b>& Sons</b>",
        stakeholder_type="enterprise",
    )
    assert record is not None
    org = new_id(record, "organisation")
    partner = next(o.id for o in session.organisations() if o.id != org)
    first, second = (o.id for o in session.objectives()[:2])
    fair = _add_action(
        session,
        first,
        title="Stand at the <Quito> fair & show",
        lead_id=org,
        start_date=dt.date(2027, 3, 1),
        end_date=dt.date(2027, 3, 31),
    )
    brand = _add_action(session, second, title="Common brand", lead_id=partner)
    session.run(
        session.document.add_partner,
        brand,
        organisation_id=org,
        contribution=ContributionKind.CASH,
        amount=2500.0,
        description="Logo <design>",
    )
    session.run(
        session.document.add_partner,
        fair,
        organisation_id=org,
        contribution=ContributionKind.STAFF_DAYS,
        amount=12.0,
    )
    session.run(
        session.document.add_cost_line,
        fair,
        amount=4000.0,
        source=FundingSource.CLUSTER_FIRMS,
        status=FundingStatus.SECURED,
        organisation_id=org,
    )
    session.run(
        session.document.add_cost_line,
        fair,
        amount=6000.0,
        source=FundingSource.DONOR,
        status=FundingStatus.PLEDGED,
    )
    session.run(session.document.add_cost_line, brand, amount=1500.5, status=FundingStatus.SPENT)
    dropped = _add_action(session, first, title="Old idea", lead_id=org)
    session.run(
        session.document.add_cost_line,
        dropped,
        amount=99000.0,
        source=FundingSource.BANK,
        organisation_id=org,
    )
    session.run(session.document.update_action, dropped, status=ActionStatus.DROPPED)
    return Plan(org, partner, fair, brand, dropped)


@pytest.fixture
def view(qtbot, session: PlanSession, plan: Plan) -> CommitmentsView:
    """The commitments view, shown."""
    commitments = CommitmentsView(session)
    qtbot.addWidget(commitments)
    commitments.resize(1000, 760)
    commitments.show()
    qtbot.waitExposed(commitments)
    return commitments


@pytest.fixture
def budget(qtbot, session: PlanSession, plan: Plan) -> BudgetSummaryView:
    """The budget summary, shown."""
    summary = BudgetSummaryView(session)
    qtbot.addWidget(summary)
    summary.resize(1000, 760)
    summary.show()
    qtbot.waitExposed(summary)
    return summary


# --- who committed to what ------------------------------------------------------------------


def test_one_organisations_sheet_shows_what_it_leads_brings_and_pays(
    view: CommitmentsView, session: PlanSession, plan: Plan
) -> None:
    """Its led action with dates, its cash and staff days, its cost share and totals show."""
    view.show_organisation(plan.organisation)
    assert view.shown_organisation() == plan.organisation
    text = view.browser.toPlainText()
    fair_code = session.document.action_code(plan.fair)
    brand_code = session.document.action_code(plan.brand)
    assert "Weavers <b>& Sons</b>" in text
    assert "Actions it leads" in text
    assert fair_code in text and "Stand at the <Quito> fair & show" in text
    assert "1 Mar 2027" in text and "31 Mar 2027" in text
    assert "What it contributes" in text
    assert brand_code in text and "Logo <design>" in text
    assert _money(2500) in text
    assert "ETB" in _money(2500)
    assert "12 days" in text
    assert "What it pays" in text
    assert _money(4000) in text
    assert (
        f"leads 1 action; takes part in 2 actions as a partner; brings {_money(2500)} in "
        f"cash; gives 12 days of staff time; pays {_money(4000)} of the budget"
    ) in text
    # It brings ETB 2,500 to the brand action, whose only line (ETB 1,500.50, no payer
    # named, no source yet) can hold no more than that: the rest is said, not hidden.
    assert f"⚠ {_money(999.5)} of the cash it brings is in no cost line" in text
    assert "Old idea" not in text  # dropped: no longer a commitment
    assert _money(99000) not in text


def test_user_text_is_escaped_in_the_sheet(
    view: CommitmentsView, session: PlanSession, plan: Plan
) -> None:
    """Names and titles with <b>& are shown literally, never read as markup."""
    markup = view.sheet_html(plan.organisation)
    assert "Weavers &lt;b&gt;&amp; Sons&lt;/b&gt;" in markup
    assert "Stand at the &lt;Quito&gt; fair &amp; show" in markup
    assert "<b>&" not in markup
    view.show_organisation(plan.organisation)
    assert "<b>& Sons</b>" in view.browser.toPlainText()


def test_all_organisations_lists_each_one_with_commitments(
    view: CommitmentsView, session: PlanSession, plan: Plan
) -> None:
    """“All organisations” shows a sheet for each one with commitments, and only those."""
    view.show_organisation(None)
    assert view.organisation.currentText() == "All organisations"
    sheets = view.sheets()
    ids = [s.organisation.id for s in sheets]
    assert plan.organisation in ids and plan.partner in ids
    assert all(s.commitment.committed or s.indicators for s in sheets)
    text = view.browser.toPlainText()
    assert "Common brand" in text


def test_the_sheet_follows_an_edit_after_the_pause(
    qtbot, view: CommitmentsView, session: PlanSession, plan: Plan
) -> None:
    """A new contribution appears on the shown sheet once the changes settle."""
    view.show_organisation(plan.organisation)
    session.run(
        session.document.add_partner,
        plan.fair,
        organisation_id=plan.organisation,
        contribution=ContributionKind.IN_KIND,
        amount=750.0,
        description="Looms for the demonstration",
    )
    qtbot.waitUntil(lambda: "Looms for the demonstration" in view.browser.toPlainText())
    assert _money(750) in view.browser.toPlainText()
    assert view.shown_organisation() == plan.organisation


def test_an_organisation_without_commitments_says_so(
    view: CommitmentsView, session: PlanSession
) -> None:
    """Choosing an organisation that committed to nothing says so instead of an empty page."""
    record = session.run(
        session.document.add_organisation, name="Newcomer Knits", stakeholder_type="enterprise"
    )
    assert record is not None
    view.show_organisation(new_id(record, "organisation"))
    assert view.organisation.currentText() == "Newcomer Knits"
    assert "Has not committed to any action yet." in view.browser.toPlainText()


# --- budget summary -------------------------------------------------------------------------


def _cell_value(model, row: int, column: int) -> float:
    value = model.data(model.index(row, column), VALUE_ROLE)
    return 0.0 if value is None else float(value)


def test_budget_by_source_and_status_matches_the_plan_budget(
    budget: BudgetSummaryView, session: PlanSession, plan: Plan
) -> None:
    """Each source's total and each status's total equal the domain's plan budget."""
    expected = plan_budget(session.actions())
    model = budget.by_source
    assert model.rowCount() == len(SOURCES) + 1
    assert model.columnCount() == len(STATUSES) + 2
    total_column = len(STATUSES) + 1
    for row, source in enumerate(SOURCES):
        assert _cell_value(model, row, total_column) == pytest.approx(
            expected.by_source.get(source, 0.0)
        )
    last = len(SOURCES)
    for column, status in enumerate(STATUSES, start=1):
        assert _cell_value(model, last, column) == pytest.approx(
            expected.by_status.get(status, 0.0)
        )
        column_sum = sum(_cell_value(model, row, column) for row in range(len(SOURCES)))
        assert column_sum == pytest.approx(expected.by_status.get(status, 0.0))
    assert _cell_value(model, last, total_column) == pytest.approx(expected.total)
    total_text = model.data(model.index(last, total_column))
    assert total_text == format_money(expected.total, "ETB")
    assert format_money(expected.total, "ETB") in budget.total.text()
    donor = SOURCES.index(FundingSource.DONOR)
    pledged = STATUSES.index(FundingStatus.PLEDGED) + 1
    assert _cell_value(model, donor, pledged) >= 6000.0
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert headers == ["Source of funds", "Pledged", "Secured", "Spent", "Total"]
    assert model.data(model.index(len(SOURCES) - 1, 0)) == "No source yet"


def test_budget_leaves_dropped_actions_out(
    budget: BudgetSummaryView, session: PlanSession, plan: Plan
) -> None:
    """The dropped action's 99,000 from the bank counts nowhere; undropping it adds it back."""
    model = budget.by_source
    bank = SOURCES.index(FundingSource.BANK)
    total_column = len(STATUSES) + 1
    before = _cell_value(model, bank, total_column)
    assert before == pytest.approx(
        plan_budget(session.actions()).by_source.get(FundingSource.BANK, 0.0)
    )
    session.run(session.document.update_action, plan.dropped, status=ActionStatus.PROPOSED)
    budget.refresh()
    assert _cell_value(model, bank, total_column) == pytest.approx(before + 99000.0)


def test_budget_by_objective_and_plan_total(
    qtbot, budget: BudgetSummaryView, session: PlanSession, plan: Plan
) -> None:
    """Each objective's line and the plan total match the domain; edits show after the pause."""
    model = budget.by_objective
    objectives = sorted(session.objectives(), key=lambda o: (o.position, o.id))
    totals = objective_totals(session.actions())
    assert model.rowCount() == len(objectives) + 1
    for row, objective in enumerate(objectives):
        assert objective.title in model.data(model.index(row, 0))
        assert _cell_value(model, row, 1) == pytest.approx(totals.get(objective.id, 0.0))
    assert model.data(model.index(0, 0)).startswith("Obj1  ")
    last = len(objectives)
    assert model.data(model.index(last, 0)) == "Plan total"
    assert _cell_value(model, last, 1) == pytest.approx(plan_budget(session.actions()).total)

    session.run(
        session.document.add_cost_line, plan.brand, amount=500.0, source=FundingSource.GOVERNMENT
    )
    expected = plan_budget(session.actions()).total
    qtbot.waitUntil(lambda: _cell_value(model, last, 1) == pytest.approx(expected))
    assert format_money(expected, "ETB") in budget.total.text()


def test_budget_models_pass_the_model_tester(qtmodeltester, budget: BudgetSummaryView) -> None:
    """Both budget tables are well-behaved Qt models."""
    qtmodeltester.check(budget.by_source)
    qtmodeltester.check(budget.by_objective)


def test_the_screen_shows_the_printed_sheets_word_for_word(
    view: CommitmentsView, session: PlanSession, plan: Plan
) -> None:
    """One function builds the screen's sheets and the printed ones: every heading, sentence,
    column and cell of the roadmap's “who committed to what” is on screen, in its order
    (the indicators each organisation reports on included)."""
    options = RoadmapOptions(sections=(Section.COMMITMENTS,), language=screen_language())
    roadmap = build_roadmap(session.snapshot(), options)
    pieces: list[str] = []
    for block in roadmap.parts[0].blocks[2:]:  # after the heading and the part's note
        if isinstance(block, (Heading, Paragraph)):
            pieces.append(block.text)
        elif isinstance(block, Table):
            pieces += [c.title for c in block.columns]
            pieces += [cell for row in block.rows for cell in row.cells if cell]
    assert any(p == "Indicators it reports on" for p in pieces)
    view.show_organisation(None)
    screen = " ".join(view.browser.toPlainText().split())
    at = 0
    for piece in pieces:
        found = screen.find(" ".join(piece.split()), at)
        assert found >= 0, piece
        at = found
