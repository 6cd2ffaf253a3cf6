"""Dates are typed as people write them, in every form: Tab moves on, the locale's own form
or ISO is read, and an empty date's calendar opens near today or the plan's horizon."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from cluster_planner.ui.date_field import DateField, date_text, parse_date
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.vision_page import VisionPage
from tests.ui.gestures import click, click_row, focused, press, type_text


@pytest.fixture
def locale() -> Iterator[None]:
    """Gives back the default locale after a test that changes it."""
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "typed", "expected"),
    [
        ("en_US", "12/1/2026", dt.date(2026, 12, 1)),
        ("en_US", "12/1/26", dt.date(2026, 12, 1)),
        ("es_ES", "1/12/2026", dt.date(2026, 12, 1)),
        ("fr_FR", "01/12/2026", dt.date(2026, 12, 1)),
        ("de_DE", "1.12.2026", dt.date(2026, 12, 1)),
        ("en_GB", "2026-12-01", dt.date(2026, 12, 1)),
        ("en_US", "1 Dec 2026", dt.date(2026, 12, 1)),
    ],
)
def test_dates_are_read_in_the_locale_form_or_iso(
    locale: None, name: str, typed: str, expected: dt.date
) -> None:
    """The locale's short form (with a two- or four-digit year) and ISO are both read."""
    QLocale.setDefault(QLocale(name))
    assert parse_date(typed) == expected


def test_text_that_is_not_a_date_is_not_read() -> None:
    """Words and impossible days give None rather than a guess."""
    assert parse_date("next week") is None
    assert parse_date("2026-02-30") is None


def _vision(window: MainWindow) -> VisionPage:
    assert window.plan_view is not None
    window.plan_view.go_to_key("vision")
    page = window.plan_view.page("vision")
    assert isinstance(page, VisionPage)
    return page


@pytest.fixture
def projector(demo_window: MainWindow) -> MainWindow:
    """The demo plan in a 1280x720 window."""
    demo_window.resize(1280, 720)
    return demo_window


def test_an_indicator_date_is_typed_and_tab_moves_on(projector: MainWindow, qtbot) -> None:
    """ "2025-12-01" then Tab: the date reads 1 Dec 2025, the next field gets the keyboard and
    what is typed there, and saving keeps both."""
    page = _vision(projector)
    page.tabs.setCurrentWidget(page.objectives)
    panel = page.objectives
    click_row(qtbot, panel.list, 0)
    objective = panel.current_objective()
    assert objective is not None
    click(qtbot, panel.add_indicator_button)
    form = panel.indicator_form
    type_text(qtbot, "Firms exporting")
    form.baseline_date.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "2025-12-01")
    press(qtbot, Qt.Key.Key_Tab)
    assert form.baseline_date.text() == date_text(dt.date(2025, 12, 1))
    assert focused() is form.fields["baseline_source"]
    type_text(qtbot, "Survey")
    form.target_date.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "31 Dec 2030")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.fields["means_of_verification"]
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = next(o for o in projector.session.objectives() if o.id == objective.id)
    indicator = saved.indicators[-1]
    assert (indicator.name, indicator.baseline_source) == ("Firms exporting", "Survey")
    assert indicator.baseline_date == dt.date(2025, 12, 1)
    assert indicator.target_date == dt.date(2030, 12, 31)


def test_an_unreadable_date_is_said_and_not_saved(projector: MainWindow, qtbot) -> None:
    """A date that cannot be read is named in a sentence; the indicator is not saved with it."""
    page = _vision(projector)
    page.tabs.setCurrentWidget(page.objectives)
    panel = page.objectives
    click_row(qtbot, panel.list, 0)
    objective = panel.current_objective()
    assert objective is not None
    count = len(objective.indicators)
    click(qtbot, panel.add_indicator_button)
    form = panel.indicator_form
    type_text(qtbot, "Firms exporting")
    form.target_date.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "soon")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "“soon” is not a date" in page.message.text()
    saved = next(o for o in projector.session.objectives() if o.id == objective.id)
    assert len(saved.indicators) == count


def test_an_empty_date_calendar_opens_near_today_or_the_horizon(
    projector: MainWindow, qtbot
) -> None:
    """An empty baseline date's calendar opens on today; an empty target's at the end of the
    plan's horizon; never on 1900."""
    page = _vision(projector)
    page.tabs.setCurrentWidget(page.objectives)
    click_row(qtbot, page.objectives.list, 0)
    click(qtbot, page.objectives.add_indicator_button)
    form = page.objectives.indicator_form
    horizon = projector.session.profile().horizon_end
    for field, expected in (
        (form.baseline_date, dt.date.today()),
        (form.target_date, dt.date(horizon, 12, 31)),
    ):
        field.setFocus(Qt.FocusReason.TabFocusReason)
        press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        calendar = QApplication.activePopupWidget()
        assert isinstance(calendar, QCalendarWidget)
        assert calendar.selectedDate().toPython() == expected
        qtbot.keyClick(calendar, Qt.Key.Key_Escape)
        QApplication.processEvents()


def test_a_typed_meeting_date_is_kept(projector: MainWindow, qtbot) -> None:
    """Typing a meeting's date in its form and pressing Tab saves it (one undo step)."""
    assert projector.plan_view is not None
    cluster = projector.plan_view.cluster_page
    tab = cluster.meetings_tab
    cluster.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, 0)
    meeting = tab.current_entry()
    assert tab.form is not None
    field = tab.form.editors["date"].widget
    assert isinstance(field, DateField)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    field.selectAll()
    type_text(qtbot, "2026-04-02")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is tab.form.editors["meeting_type"].widget
    saved = next(m for m in projector.session.meetings() if m.id == meeting.id)
    assert saved.date == dt.date(2026, 4, 2)
    assert projector.edit_undo.text().startswith("Undo")


def test_the_adoption_dates_are_typed(projector: MainWindow, qtbot) -> None:
    """The adoption's date and next review are typed; Tab leaves each for the next field."""
    page = _vision(projector)
    page.tabs.setCurrentWidget(page.adopted)
    page.add_entry()
    form = page.adopted.form
    form.adopted_on.setFocus(Qt.FocusReason.TabFocusReason)
    form.adopted_on.selectAll()
    type_text(qtbot, "2026-05-04")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.decision_rule
    form.next_review.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "2027-05-04")
    press(qtbot, Qt.Key.Key_Tab)
    decision = form.decision()
    assert decision["adopted_on"] == dt.date(2026, 5, 4)
    assert decision["next_review"] == dt.date(2027, 5, 4)


def test_a_meeting_date_cell_takes_a_typed_date(projector: MainWindow, qtbot) -> None:
    """F2 on a meeting's date cell opens a date field; a typed ISO date and Enter save it."""
    assert projector.plan_view is not None
    cluster = projector.plan_view.cluster_page
    tab = cluster.meetings_tab
    cluster.tabs.setCurrentWidget(tab)
    column = next(c for c in range(tab.model.columnCount()) if tab.model.field_at(c).name == "date")
    click_row(qtbot, tab.table, 0, column)
    meeting = tab.current_entry()
    press(qtbot, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, DateField)
    editor.selectAll()
    type_text(qtbot, "2026-04-03")
    press(qtbot, Qt.Key.Key_Return)
    saved = next(m for m in projector.session.meetings() if m.id == meeting.id)
    assert saved.date == dt.date(2026, 4, 3)
