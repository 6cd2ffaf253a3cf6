"""The plan checks panel: what to fix before endorsement, worded, refreshed, and jumped to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt

from cluster_planner.domain.checks import PlanWarning, check_plan
from cluster_planner.domain.enums import DependencyKind
from cluster_planner.services.plan_document import new_id
from cluster_planner.ui.plan_checks_panel import PlanChecksPanel, heading_text, warning_texts
from cluster_planner.ui.plan_session import PlanSession


@dataclass
class Faults:
    """The ids of the records a test plan gets wrong on purpose."""

    objective: int
    no_lead: int
    no_dates: int
    unsourced: int
    late: int
    organisation: int


def _add_action(session: PlanSession, objective_id: int, **fields: object) -> int:
    record = session.run(session.document.add_action, objective_id, **fields)
    assert record is not None
    return new_id(record, "action")


@pytest.fixture
def faults(session: PlanSession) -> Faults:
    """An objective without actions and four actions each with one thing to fix."""
    record = session.run(
        session.document.add_objective, title="Train a new generation of pattern makers"
    )
    assert record is not None
    empty_objective = new_id(record, "objective")
    objective = session.objectives()[0].id
    org = session.organisations()[0].id
    day = dt.date(2027, 3, 1)
    no_lead = _add_action(
        session, objective, title="Joint stand at the Quito fair", start_date=day, end_date=day
    )
    no_dates = _add_action(session, objective, title="Shared cutting room", lead_id=org)
    unsourced = _add_action(
        session,
        objective,
        title="Common brand launch",
        lead_id=org,
        start_date=day,
        end_date=day + dt.timedelta(days=30),
    )
    session.run(session.document.add_cost_line, unsourced, amount=1200.0)
    late = _add_action(
        session,
        objective,
        title="Brand catalogue",
        lead_id=org,
        start_date=day + dt.timedelta(days=10),
        end_date=day + dt.timedelta(days=40),
    )
    session.run(
        session.document.add_dependency, unsourced, late, kind=DependencyKind.FINISH_TO_START
    )
    return Faults(empty_objective, no_lead, no_dates, unsourced, late, org)


@pytest.fixture
def panel(qtbot, session: PlanSession, faults: Faults) -> PlanChecksPanel:
    """The panel over the demo plan with the faults added, shown."""
    checks = PlanChecksPanel(session)
    qtbot.addWidget(checks)
    checks.resize(900, 700)
    checks.show()
    qtbot.waitExposed(checks)
    return checks


def _code(session: PlanSession, action_id: int) -> str:
    return session.document.action_code(action_id)


def test_each_fault_is_listed_in_the_panels_words(
    panel: PlanChecksPanel, session: PlanSession, faults: Faults
) -> None:
    """No lead, no dates, a broken dependency, an unsourced cost and an empty objective show."""
    texts = panel.texts()
    no_lead = _code(session, faults.no_lead)
    assert f"{no_lead} “Joint stand at the Quito fair” has no lead organisation." in texts
    no_dates = _code(session, faults.no_dates)
    assert f"{no_dates} “Shared cutting room” has no dates yet." in texts
    brand = f"{_code(session, faults.unsourced)} “Common brand launch”"
    assert f"{brand} has 1 cost line that does not say who pays." in texts
    catalogue = f"{_code(session, faults.late)} “Brand catalogue”"
    assert f"{catalogue} starts 21 days too early: it waits until {brand} has finished." in texts
    number = len(session.objectives())
    assert (
        f"Objective Obj{number} “Train a new generation of pattern makers” has no action yet."
        in texts
    )
    expected = check_plan(session.snapshot())
    assert panel.warnings() == expected
    assert len(texts) == len(expected)
    assert panel.heading.text() == heading_text(len(expected))
    assert panel.heading.text().endswith("things to fix before the plan is endorsed")
    groups = [panel.list.topLevelItem(i).text(0) for i in range(panel.list.topLevelItemCount())]
    assert "Actions without a lead organisation (1)" in groups


def test_fixing_an_action_removes_its_entry_after_the_pause(
    qtbot, panel: PlanChecksPanel, session: PlanSession, faults: Faults
) -> None:
    """Giving the action a lead (one undoable edit) drops its entry once the changes settle."""
    entry = f"{_code(session, faults.no_lead)} “Joint stand at the Quito fair” has no lead"
    assert any(t.startswith(entry) for t in panel.texts())
    before = len(panel.warnings())
    session.run(session.document.update_action, faults.no_lead, lead_id=faults.organisation)
    assert panel.refresh_pending  # coalesced: nothing is recomputed inside the edit itself
    qtbot.waitUntil(lambda: not any(t.startswith(entry) for t in panel.texts()))
    assert len(panel.warnings()) == before - 1
    assert panel.heading.text() == heading_text(before - 1)

    session.undo_stack.undo()
    qtbot.waitUntil(lambda: any(t.startswith(entry) for t in panel.texts()))


def test_a_hidden_panel_catches_up_when_shown(
    qtbot, panel: PlanChecksPanel, session: PlanSession, faults: Faults
) -> None:
    """Changes made while the panel is hidden are checked once, when it is shown again."""
    panel.hide()
    before = len(panel.warnings())
    session.run(session.document.update_action, faults.no_lead, lead_id=faults.organisation)
    qtbot.wait(250)
    assert len(panel.warnings()) == before  # nothing recomputed while hidden
    panel.show()
    assert len(panel.warnings()) == before - 1


def test_enter_on_an_entry_asks_to_fix_that_field(
    qtbot, panel: PlanChecksPanel, faults: Faults
) -> None:
    """Enter on the no-lead entry emits the warning: action, its id, the lead field."""
    target = PlanWarning("action_no_lead", "", "action", faults.no_lead, "lead_id")
    assert panel.select_warning(target)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.jump_requested) as signal:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    warning = signal.args[0]
    assert isinstance(warning, PlanWarning)
    assert (warning.code, warning.entity, warning.entity_id, warning.field) == (
        "action_no_lead",
        "action",
        faults.no_lead,
        "lead_id",
    )


def test_double_click_on_an_entry_asks_to_fix_it(
    qtbot, panel: PlanChecksPanel, faults: Faults
) -> None:
    """Double-clicking the broken-dependency entry emits its warning (the start to fix)."""
    target = PlanWarning("dependency_violated", "", "action", faults.late, "start_date")
    assert panel.select_warning(target)
    entry = panel.list.currentItem()
    panel.list.scrollToItem(entry)
    centre = panel.list.visualItemRect(entry).center()
    with qtbot.waitSignal(panel.jump_requested) as signal:
        # A real double-click starts with a press: the view only activates what was pressed.
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    warning = signal.args[0]
    assert (warning.code, warning.entity, warning.entity_id, warning.field) == (
        "dependency_violated",
        "action",
        faults.late,
        "start_date",
    )


def test_unknown_codes_fall_back_to_the_core_sentence(
    panel: PlanChecksPanel, session: PlanSession
) -> None:
    """A finding the panel has no words for is shown with the core's own sentence."""
    strange = PlanWarning("something_new", "Something new needs a look.", "action", 999)
    assert warning_texts(session.snapshot(), [strange]) == ["Something new needs a look."]
