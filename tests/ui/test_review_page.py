"""The Review step through real widgets: the meeting walk-through, indicators, history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

from cluster_planner.domain.enums import ActionStatus
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.review_page import ReviewPage
from tests.ui.conftest import ScriptedPrompter

TODAY = dt.date(2026, 11, 15)


@pytest.fixture
def page(qtbot, session: PlanSession, prompter: ScriptedPrompter) -> Iterator[ReviewPage]:
    review = ReviewPage(session, prompter, today=TODAY)
    qtbot.addWidget(review)
    review.resize(1500, 950)
    review.show()
    yield review


def _select(page: ReviewPage, code: str) -> None:
    tab = page.meeting_tab
    for row in range(tab.actions_list.count()):
        if f" {code} " in tab.actions_list.item(row).text():
            tab.actions_list.setCurrentRow(row)
            return
    raise AssertionError(f"no action {code}")


def test_the_meeting_starts_at_the_latest_review_with_what_was_said(page: ReviewPage) -> None:
    """The demo's half-year review is chosen; an action shows its adopted dates and slips."""
    tab = page.meeting_tab
    assert tab.meeting.currentText().startswith("Cluster Commission: half-year review")
    assert tab.progress_label.text() == (
        "3 of 23 actions reviewed at this meeting · 1 dropped action listed but not counted"
    )
    _select(page, "A4.4")
    said = tab.said.text()
    assert "Start now 136 days later than adopted" in said
    assert "Lead now Municipality of Antonio Ante" in said
    assert tab.questions["decision"].value() == "New dates and a new lead (GMAA)."


def test_answers_are_kept_when_the_field_is_left(qtbot, page: ReviewPage, session) -> None:
    """Typing what we did and leaving the field records it for this meeting and action."""
    tab = page.meeting_tab
    _select(page, "A2.5")
    box = tab.questions["done"].widget
    assert isinstance(box, QPlainTextEdit)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Energy audits booked")
    tab.questions["next_steps"].widget.setFocus()
    qtbot.waitUntil(lambda: any(r.done == "Energy audits booked" for r in session.action_reviews()))
    assert tab.progress_label.text().startswith("4 of 23 actions reviewed at this meeting")
    assert tab.actions_list.currentItem().text().startswith("✓ A2.5")


def test_clicker_keys_and_buttons_walk_through_the_actions(qtbot, page: ReviewPage) -> None:
    tab = page.meeting_tab
    tab.actions_list.setCurrentRow(0)
    assert not tab.previous_button.isEnabled()
    qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.actions_list.currentRow() == 1
    tab.questions["decision"].widget.setFocus()
    qtbot.keyClick(
        tab.questions["decision"].widget, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier
    )
    assert tab.actions_list.currentRow() == 2
    tab.step(-1)
    assert tab.actions_list.currentRow() == 1


def test_reporting_progress_sets_the_action_and_keeps_the_history(
    qtbot, page: ReviewPage, session
) -> None:
    tab = page.meeting_tab
    _select(page, "A2.5")
    report = tab.report
    report.status.setCurrentIndex(report.status.findData(ActionStatus.IN_PROGRESS.value))
    report.percent.setValue(20)
    report.started.setChecked(True)
    report.note.setText("Two audits done")
    qtbot.mouseClick(report.record_button, Qt.MouseButton.LeftButton)
    action = next(a for a in session.actions() if a.title.startswith("Energy audit"))
    assert (action.status, action.progress, action.actual_start) == (
        ActionStatus.IN_PROGRESS,
        20,
        dt.date(2027, 2, 1),
    )
    assert report.history.item(0).text().endswith("In progress · 20\u00a0% · Two audits done")
    assert (
        session.undo_stack.undoText()
        == "Report progress on “Energy audit and cleaner dyeing pilot in five firms”"
    )


def test_dropping_an_adopted_action_without_a_reason_says_why_not(
    qtbot, page: ReviewPage, session
) -> None:
    tab = page.meeting_tab
    _select(page, "A2.5")
    report = tab.report
    report.status.setCurrentIndex(report.status.findData(ActionStatus.DROPPED.value))
    with qtbot.waitSignal(session.failed) as failed:
        qtbot.mouseClick(report.record_button, Qt.MouseButton.LeftButton)
    assert failed.args[0].startswith("“Energy audit and cleaner dyeing pilot in five firms” was")
    assert "not dropped: it is part of adopted revision 2" in failed.args[0]
    report.note.setText("The firms found a cheaper programme")
    qtbot.mouseClick(report.record_button, Qt.MouseButton.LeftButton)
    action = next(a for a in session.actions() if a.title.startswith("Energy audit"))
    assert action.status is ActionStatus.DROPPED
    assert action.drop_reason == "The firms found a cheaper programme"


def test_adopting_a_revision_shows_it_in_the_history(qtbot, page: ReviewPage, session) -> None:
    tab = page.meeting_tab
    assert not tab.adoption.isVisible()
    qtbot.mouseClick(tab.adopt_toggle, Qt.MouseButton.LeftButton)
    assert tab.adoption.isVisible() and tab.adopt_toggle.text() == "Adopt revision 3…"
    tab.adoption.title_edit.setText("Revised action plan, December 2026")
    tab.adoption.reason.setText("Carnival pavilion started")
    qtbot.mouseClick(tab.adoption.adopt_button, Qt.MouseButton.LeftButton)
    assert [r.number for r in session.revisions()] == [1, 2, 3]
    assert session.revisions()[-1].meeting.startswith("Cluster Commission: half-year review")
    assert page.tabs.currentWidget() is page.history_tab
    assert page.history_tab.selected() == 3
    assert page.history_tab.table.rowCount() == 3
    assert tab.adopt_toggle.text() == "Adopt revision 4…" and not tab.adoption.isVisible()


def test_comparing_revisions_lists_the_changes_by_thing(page: ReviewPage) -> None:
    """The summary counts the things that changed; each is a heading (its code and its own
    title) with its changes under it, as diff and the roadmap write them."""
    history = page.history_tab
    page.tabs.setCurrentWidget(history)
    history.select(1)
    history.compare_with.setCurrentIndex(history.compare_with.findData(2))
    changes = history.compare()
    actions = {c.thing for c in changes}
    assert len(actions) < len(changes)
    assert history.summary.text() == (
        f"From revision 1 to revision 2: {len(actions)} actions changed"
    )
    texts = [history.changes.item(i).text() for i in range(history.changes.count())]
    headings = [t for t in texts if not t.startswith("    ")]
    assert len(headings) == len(actions)
    assert "A1.6 “A shared stand at the 2027 Quito gift and crafts fair”" in headings
    assert any("dropped (reason: The organiser cancelled" in t for t in texts)
    history.select(2)
    history.compare_with.setCurrentIndex(0)
    assert len(history.compare()) == 4
    assert history.summary.text() == "From revision 2 to the current plan: 2 actions changed"


def test_restoring_a_revision_asks_then_is_one_undo_step(
    page: ReviewPage, session: PlanSession, prompter: ScriptedPrompter
) -> None:
    history = page.history_tab
    before = session.document.snapshot().to_dict() | {"modified_at": ""}
    history.select(1)
    prompter.confirmation = False
    history.restore_selected()
    assert "Edit ▸ Undo takes the restore back" in prompter.messages[-1]
    assert session.document.revisions() and len(session.actions()) == 24
    prompter.confirmation = True
    history.restore_selected()
    assert len(session.actions()) == 23  # revision 1 had no online shop yet
    assert all(a.progress == 0 for a in session.actions())
    assert "Revision 1 was restored as the current plan" in history.restores.text()
    assert session.undo_stack.undoText() == "Restore revision 1 as the plan"
    session.undo_stack.undo()
    assert session.document.snapshot().to_dict() | {"modified_at": ""} == before
    assert not history.restores.isVisible()


def test_indicators_show_progress_and_take_new_values(qtbot, page: ReviewPage, session) -> None:
    tab = page.indicators_tab
    page.tabs.setCurrentWidget(tab)
    rows = {tab.table.item(r, 1).text(): r for r in range(tab.table.rowCount())}
    licensed = rows["Firms licensed to use the brand label"]
    assert tab.table.item(licensed, 5).text() == "10\u00a0%"
    tab.table.selectRow(licensed)
    assert tab.history.item(0).text() == "31 Oct 2026: 4 firms · Brand licence register"
    tab.value.setText("10")
    tab.source.setText("Licence register")
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert tab.table.item(licensed, 5).text() == "25\u00a0%"
    assert tab.history.item(0).text().startswith("15 Nov 2026: 10 firms")
    tab.history.setCurrentRow(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.table.item(licensed, 5).text() == "10\u00a0%"


def test_a_past_revision_opens_read_only_in_its_own_window(qtbot, demo_window: MainWindow) -> None:
    """Revision 1 opens marked as a past revision, with nothing editable, and leaves no file."""
    past = demo_window.open_revision(1)
    assert past is not None  # deleted when closed, at the end of the test
    assert past.session is not None and past.session.read_only
    assert len(past.session.actions()) == 23
    assert past.plan_view is not None
    banner = past.plan_view.read_only_banner
    assert banner.isVisible() and banner.text().startswith(
        "A past revision: 1 “Action plan 2026–2029”"
    )
    assert "Revision 1 of Atuntaqui garment cluster (read-only)" in past.windowTitle()
    past.plan_view.go_to_key("action_plan")
    qtbot.waitUntil(lambda: past.plan_view.page("action_plan").isVisible())
    page = past.plan_view.page("action_plan")
    editors = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
    spins = page.findChildren(QAbstractSpinBox)
    editors = [e for e in editors if not isinstance(e.parent(), QComboBox)]  # combos: disabled
    assert editors and all(e.isReadOnly() for e in editors if not e.property("view_control"))
    assert all(s.isReadOnly() for s in spins)
    assert all(
        not c.isEnabled() for c in page.findChildren(QComboBox) if not c.property("view_control")
    )
    folder = past.past_revision_folder
    assert folder is not None and any(Path(folder).iterdir())
    past.close()
    assert not Path(folder).exists()
    assert demo_window.session is not None and not demo_window.session.read_only


def test_the_action_page_takes_a_drop_reason_before_dropping(qtbot, session, prompter) -> None:
    """Dropped without a reason is refused with a sentence; with one, it is kept."""
    from cluster_planner.ui.action_details import ActionDetails

    details = ActionDetails(session, prompter)
    qtbot.addWidget(details)
    details.show()
    action = next(a for a in session.actions() if a.title.startswith("Energy audit"))
    details.show_action(action.id)
    fields = details.general.fields
    with qtbot.waitSignal(session.failed) as failed:
        fields._on_committed("status", ActionStatus.DROPPED.value)
    assert "was not dropped: it is part of adopted revision 2, so say why first" in failed.args[0]
    fields._on_committed("drop_reason", "Merged with A2.1")
    fields._on_committed("status", ActionStatus.DROPPED.value)
    dropped = session.document.action(action.id)
    assert (dropped.status, dropped.drop_reason) == (ActionStatus.DROPPED, "Merged with A2.1")


def test_ticking_a_milestone_marks_it_reached(page: ReviewPage, session) -> None:
    tab = page.meeting_tab
    _select(page, "A2.5")
    item = tab.report.milestones.item(0)
    assert item.text().startswith("Audit reports to the five firms")
    item.setCheckState(Qt.CheckState.Checked)
    action = next(a for a in session.actions() if a.title.startswith("Energy audit"))
    assert action.milestones[0].done
    assert tab.said.text().count("☑") == 1


def test_clicker_keys_keep_what_was_typed(qtbot, page: ReviewPage, session) -> None:
    """Alt+PgDown straight from a field saves its text before the next action shows."""
    tab = page.meeting_tab
    _select(page, "A2.5")
    box = tab.questions["done"].widget
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "Venue booked")
    qtbot.keyClick(box, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert tab.actions_list.currentItem().text().split()[0] == "A3.1"
    assert any(r.done == "Venue booked" for r in session.action_reviews())


def test_a_report_being_filled_survives_other_saves(qtbot, page: ReviewPage, session) -> None:
    """Saving an answer or ticking a milestone leaves the half-filled report as it is."""
    tab = page.meeting_tab
    _select(page, "A2.5")
    report = tab.report
    report.status.setCurrentIndex(report.status.findData(ActionStatus.COMPLETED.value))
    assert report.percent.value() == 100 and report.finished.isChecked()
    report.note.setText("All five audits delivered")
    tab.questions["decision"].widget.setText("Close the action")
    tab.questions["decision"].commit()
    report.milestones.item(0).setCheckState(Qt.CheckState.Checked)
    assert report.note.text() == "All five audits delivered"
    assert report.status.currentData() == ActionStatus.COMPLETED.value
    qtbot.mouseClick(report.record_button, Qt.MouseButton.LeftButton)
    action = next(a for a in session.actions() if a.title.startswith("Energy audit"))
    assert (action.status, action.progress, action.actual_end) == (
        ActionStatus.COMPLETED,
        100,
        TODAY,
    )
    assert report.note.text() == ""  # a fresh report once recorded


def test_adoption_warns_when_the_meeting_already_endorsed_a_revision(
    qtbot, page: ReviewPage
) -> None:
    tab = page.meeting_tab
    qtbot.mouseClick(tab.adopt_toggle, Qt.MouseButton.LeftButton)
    form = tab.adoption
    assert form.meeting.text().startswith("Cluster Commission: half-year review")
    assert form.warning.isVisible()
    assert "already endorsed revision 2" in form.warning.text()
    since = "From revision 2 to the current plan: 2 actions changed (see History)."
    assert since in form.hint.text()
    qtbot.mouseClick(tab.new_meeting_button, Qt.MouseButton.LeftButton)
    assert not form.warning.isVisible()
    assert form.title_edit.text() == "Revised action plan"


def test_a_past_revision_shows_its_review_without_letting_it_change(
    qtbot, demo_window: MainWindow
) -> None:
    past = demo_window.open_revision(2)
    assert past is not None and past.plan_view is not None
    try:
        past.plan_view.go_to_key("review")
        review = past.plan_view.page("review")
        assert isinstance(review, ReviewPage)
        tab = review.meeting_tab
        assert all(e.widget.isReadOnly() for e in tab.questions.values())
        assert not tab.report.record_button.isEnabled()
        assert not tab.adopt_toggle.isVisibleTo(review) and not tab.adoption.isVisibleTo(review)
        assert not review.indicators_tab.record_button.isEnabled()
        assert not review.history_tab.restore_button.isEnabled()
    finally:
        past.close()


def test_adopting_with_open_plan_checks_says_so_in_the_form_not_in_a_dialog(
    qtbot, page: ReviewPage, prompter: ScriptedPrompter
) -> None:
    """The demo keeps two findings: the adoption form says so above its fields; adopting
    stays one click, with no dialog."""
    tab = page.meeting_tab
    qtbot.mouseClick(tab.adopt_toggle, Qt.MouseButton.LeftButton)
    form = tab.adoption
    assert form.checks.isVisible()
    assert form.checks.text().startswith("The plan checks list 2 things to fix")
    assert prompter.messages == []
