"""A plan written in Arabic: the pages are mirrored, yet a date or a count reads as it is
written, the cells of a table keep their own direction, and the timeline runs left to
right with Today and Fit to Plan showing what they say."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QImage, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from cluster_planner.domain.timeline import plan_span
from cluster_planner.ui.formats import set_isolation
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.timeline_page import TimelinePage

RIGHT_TO_LEFT = Qt.LayoutDirection.RightToLeft


@pytest.fixture
def arabic_plan(demo_window: MainWindow) -> Iterator[MainWindow]:
    """The demo plan, its language set to Arabic in the profile, as a person would."""
    assert demo_window.session is not None
    assert (
        demo_window.session.run(demo_window.session.document.update_profile, language="ar")
        is not None
    )
    yield demo_window
    set_isolation(False)


def _visual_order(text: str, parts: list[str]) -> list[int]:
    """Where ``parts`` of ``text`` stand from left to right once Qt lays ``text`` out in a
    right-to-left line (the way a mirrored table lays out its cells)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(RIGHT_TO_LEFT)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    places = []
    for part in parts:
        assert len(part) > 1  # measured inside the part: a run's edges are ambiguous
        places.append(line.cursorToX(text.index(part) + len(part) // 2)[0])
    return sorted(range(len(parts)), key=lambda n: places[n])


def test_a_date_in_a_table_reads_day_month_year_on_a_mirrored_page(
    arabic_plan: MainWindow,
) -> None:
    """The Meetings table of an Arabic plan: the date cell, read back and laid out as the
    table lays it out, shows "12 Feb 2026" in that order, not "Feb 2026 12"."""
    view = arabic_plan.plan_view
    assert view is not None and view.layoutDirection() == RIGHT_TO_LEFT
    page = view.cluster_page
    page.tabs.setCurrentWidget(page.meetings_tab)
    table = page.meetings_tab.table
    model = table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Date"
    )
    text = model.index(0, column).data()
    meeting = min(arabic_plan.session.meetings(), key=lambda m: m.date)  # type: ignore[union-attr]
    day, month, year = str(meeting.date.day), meeting.date.strftime("%b"), str(meeting.date.year)
    assert text.strip("\u2068\u2069") == f"{day} {month} {year}"
    assert _visual_order(text, [day, month, year]) == [0, 1, 2]
    # Without the isolates the bidirectional algorithm moves the day to the end.
    assert _visual_order(text.strip("\u2068\u2069"), [day, month, year]) != [0, 1, 2]


def test_a_count_keeps_its_number_first(arabic_plan: MainWindow) -> None:
    """The Action plan's summary "23 actions under 5 objectives" keeps its numbers in place."""
    view = arabic_plan.plan_view
    assert view is not None
    summary = view.page("action_plan").subtitle.text()  # type: ignore[attr-defined]
    count = summary.strip("\u2068").split(" ")[0]
    assert count.isdigit()
    assert _visual_order(summary, [count, "actions"])[0] == 0


def test_an_english_cell_keeps_its_direction_in_a_mirrored_table(arabic_plan: MainWindow) -> None:
    """A cell in English is laid out left to right (shortened at its end) and still aligned
    as the mirrored table aligns its cells."""
    view = arabic_plan.plan_view
    assert view is not None
    table = view.cluster_page.meetings_tab.table
    index = table.model().index(0, 1)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    table.itemDelegate().initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.LeftToRight
    assert option.displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_the_timeline_runs_left_to_right_and_today_and_fit_show_what_they_say(
    arabic_plan: MainWindow,
) -> None:
    """On a mirrored page the chart keeps time left to right: Today brings today into view
    a third of the way across, Fit to Plan shows the plan's first and last day."""
    view = arabic_plan.plan_view
    session = arabic_plan.session
    assert view is not None and session is not None
    view.go_to_key("timeline")
    page = view.page("timeline")
    assert isinstance(page, TimelinePage)
    QApplication.processEvents()
    gantt = page.gantt
    assert page.layoutDirection() == RIGHT_TO_LEFT
    assert gantt.layoutDirection() == Qt.LayoutDirection.LeftToRight
    page.fit_button.click()
    first, last = gantt.visible_dates()
    start, end = plan_span(session.actions())  # type: ignore[misc]
    assert first <= start and last >= end
    assert (last - first).days < (end - start).days * 1.2
    page.today_button.click()
    first, last = gantt.visible_dates()
    assert first < gantt.today < last


def test_a_left_to_right_plan_writes_its_dates_without_isolates(demo_window: MainWindow) -> None:
    """Isolates only where they change something: copied text stays plain otherwise."""
    from cluster_planner.ui.formats import format_date

    assert demo_window.plan_view is not None
    assert format_date(dt.date(2026, 2, 12)) == "12 Feb 2026"


def test_one_digit_system_per_sentence(speak) -> None:
    """An interface in English on a machine set to Arabic writes every number with the
    digits of its words (1, 2, 3), never Arabic-Indic digits beside English words."""
    from PySide6.QtCore import QLocale

    from cluster_planner.ui.formats import format_date, format_number, plural

    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    assert QLocale().toString(7) != "7"  # the machine's own digits
    speak("en")
    assert plural("swot_board", "%n dot(s)", 7) == "7 dots"
    assert format_number(1205100) == "1,205,100"
    assert format_date(dt.date(2026, 2, 12)) == "12 Feb 2026"


def test_the_review_lists_actions_from_their_code_on_a_mirrored_page(
    arabic_plan: MainWindow,
) -> None:
    """The review meeting's list of actions fits its rows to the list, shortened at their
    end with "…" and whole in their tooltips, instead of scrolling sideways to the ends of
    its lines, where a mirrored list opens."""
    from cluster_planner.ui.review_page import ReviewPage

    view = arabic_plan.plan_view
    assert view is not None
    view.go_to_key("review")
    review = view.page("review")
    assert isinstance(review, ReviewPage)
    QApplication.processEvents()
    actions = review.meeting_tab.actions_list
    assert actions.layoutDirection() == RIGHT_TO_LEFT
    assert actions.horizontalScrollBar().maximum() == 0
    first = actions.item(0)
    assert actions.visualItemRect(first).width() <= actions.viewport().width()
    assert first.toolTip().startswith("A1.1") and first.toolTip() in first.text()
    option = QStyleOptionViewItem()
    option.initFrom(actions)
    actions.itemDelegate().initStyleOption(option, actions.indexFromItem(first))
    assert option.direction == Qt.LayoutDirection.LeftToRight


def _ink(window: MainWindow, sentence: str) -> QImage:
    """The status line's ``sentence`` as drawn, cut to its ink (wherever it is aligned)."""
    window.statusBar().showMessage(sentence)
    QApplication.processEvents()
    image = window.statusBar().grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    dark = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).lightness() < 128
    ]
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return image.copy(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def test_an_arabic_system_mirrors_the_window_not_the_english_sentences(
    demo_window: MainWindow,
) -> None:
    """On a machine set to Arabic the main window is mirrored, the application is not: Qt
    lays each English sentence out left to right (its full stop at its end, "Export
    PNG…" with its "…" last), and the dates of the mirrored pages are isolated units."""
    from PySide6.QtGui import QGuiApplication

    from cluster_planner.ui import language
    from cluster_planner.ui.formats import format_date

    try:
        language.set_window_direction(demo_window, RIGHT_TO_LEFT)
        assert demo_window.open_demo()
        view = demo_window.plan_view
        assert view is not None and view.layoutDirection() == RIGHT_TO_LEFT
        assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        text = format_date(dt.date(2026, 2, 12))
        assert _visual_order(text, ["12", "Feb", "2026"]) == [0, 1, 2]
        mirrored = _ink(demo_window, "Every change is saved as you make it.")
        demo_window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        assert mirrored == _ink(demo_window, "Every change is saved as you make it.")
        # What mirroring the application did: the full stop before the sentence.
        QGuiApplication.setLayoutDirection(RIGHT_TO_LEFT)
        try:
            assert mirrored != _ink(demo_window, "Every change is saved as you make it.")
        finally:
            QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    finally:
        language._window.clear()
        demo_window.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        set_isolation(False)
