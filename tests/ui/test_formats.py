"""One way of writing dates, numbers, percentages and counts: the screen as the roadmap prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from cluster_planner.exports.wording import Wording
from cluster_planner.ui.formats import (
    format_date,
    format_money,
    format_number,
    format_percent,
    local_time,
)
from cluster_planner.ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_screen_writes_dates_numbers_and_percentages_as_the_roadmap_prints_them(
    speak: Callable[[str], None], language: str
) -> None:
    """Every month's date, numbers and amounts large and small, a fraction and a percentage
    read the same on screen and in the printed roadmap of that language (Spanish leaves
    "8000" whole and writes "12.500 USD")."""
    speak(language)
    words = Wording(language)
    for month in range(1, 13):
        day = dt.date(2027, month, 3)
        assert format_date(day) == words.short_date(day)
    for value in (0, 7, 8000, 12500, 1205.5, 1205100, 1205100.5):
        assert format_number(value) == words.number(value)
        assert format_money(value, "USD") == words.money(value, "USD")
    for percent in (0, 50, 100):
        # The screen keeps the sign on the number's line with a no-break space, which the
        # English roadmap, a paragraph of its own, prints as a plain one.
        printed = words("{percent} %", percent=percent)
        assert format_percent(percent) == (
            printed.replace(" ", "\u00a0") if language == "en" else printed
        )


def test_a_moment_is_written_with_the_same_date_and_a_short_time() -> None:
    """A restore or a lock is dated "7 Dec 2026 16:26", not "07/12/2026 16:26"."""
    written = local_time("2026-12-07T12:00:00Z")
    assert written.startswith(("7 Dec 2026", "8 Dec 2026"))  # the machine's time zone
    assert written.count(":") == 1


def test_dates_in_the_review_roadmap_and_voting_boxes_are_written_like_every_date(
    demo_window: MainWindow,
) -> None:
    """The report's date fields, the roadmap's revision box and the voting round box
    write "1 Mar 2027", never 2027-03-01 or 12/2/26."""
    from cluster_planner.ui.diagnostic_page import DiagnosticPage
    from cluster_planner.ui.review_page import ReviewPage
    from cluster_planner.ui.roadmap_page import RoadmapPage

    view = demo_window.plan_view
    session = demo_window.session
    assert view is not None and session is not None
    review = view.page("review")
    assert isinstance(review, ReviewPage)
    report = review.meeting_tab.report
    report.on.set_value(dt.date(2026, 3, 1))
    assert report.on.text() == "1 Mar 2026"
    roadmap = view.page("roadmap")
    assert isinstance(roadmap, RoadmapPage)
    revision = session.revisions()[0]
    listed = [roadmap.revision.itemText(row) for row in range(roadmap.revision.count())]
    assert any(text.endswith(f"({format_date(revision.adopted_on)})") for text in listed)
    diagnostic = view.page("diagnostic")
    assert isinstance(diagnostic, DiagnosticPage)
    rounds = diagnostic.voting.rounds
    meeting = next(m for m in session.meetings() if m.id == session.voting_rounds()[0].meeting_id)
    assert rounds.itemText(0).endswith(f"({format_date(meeting.date)})")


def test_the_action_plan_and_the_review_count_the_same_actions(demo_window: MainWindow) -> None:
    """27 actions on the Action plan page is 27 at the review, the dropped one apart."""
    view = demo_window.plan_view
    assert view is not None
    action_plan = view.page("action_plan")
    review = view.page("review")
    counted = action_plan.subtitle.text().split(" ")[0]  # type: ignore[attr-defined]
    progress = review.meeting_tab.progress_label.text()  # type: ignore[attr-defined]
    assert progress.split(" of ")[1].startswith(f"{counted} actions")
    assert "1 dropped action listed but not counted" in progress


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_comparison_of_revisions_writes_dates_and_percentages_as_the_screen(
    speak: Callable[[str], None], language: str
) -> None:
    """The History tab's sentences ("moved … (1 Mar 2026 → 15 Mar 2026)", "from 10 % to
    40 %") write a date and a percentage as every other box of the screen."""
    from cluster_planner.domain.diff_wording import Day, render, say

    speak(language)
    for month in range(1, 13):
        day = dt.date(2026, month, 15)
        assert render(Day(day), language) == format_date(day)
    template = "progress changed from {before}\u00a0% to {after}\u00a0%"
    sentence = render(say(template, before=10, after=40), language)
    assert format_percent(10) in sentence and format_percent(40) in sentence


def test_the_timeline_calendar_names_its_months_in_the_language_spoken_now(
    speak: Callable[[str], None],
) -> None:
    """The timeline's month names follow the language: a chart drawn in English after one
    drawn in Spanish says "November", not "noviembre"."""
    from cluster_planner.domain.timeline import Unit
    from cluster_planner.ui.gantt.header import cell_labels

    day = dt.date(2026, 11, 1)
    speak("es")
    assert "noviembre" in cell_labels(day, Unit.MONTH, False)
    speak("en")
    assert cell_labels(day, Unit.MONTH, False)[0] == "November"
