"""The eight steps of the workshop flow, named for the navigation and the View menu.

Kept apart from the pages so the main window can build its menus without importing them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("plan_view", text)


def workshop_steps() -> list[tuple[str, str, str]]:
    """(key, name, what the step will do) for the eight steps of the workshop flow."""
    return [
        ("cluster", _tr("Cluster"), ""),
        (
            "diagnostic",
            _tr("Diagnostic"),
            _tr(
                "It will capture the SWOT of the cluster quickly while people talk, with "
                "themes and evidence, and record dot-voting tallies by stakeholder type and sex."
            ),
        ),
        (
            "options",
            _tr("Options"),
            _tr(
                "It will pair strengths and weaknesses with opportunities and threats into "
                "strategic options, each linked to the SWOT items it answers."
            ),
        ),
        (
            "vision",
            _tr("Vision"),
            _tr(
                "It will gather vision elements from the top options, compare draft statements "
                "and record the one the Commission adopts."
            ),
        ),
        (
            "action_plan",
            _tr("Action plan"),
            _tr(
                "It will hold the strategic objectives and their joint actions, each with a "
                "lead organisation, partners, dates, budget and indicators."
            ),
        ),
        (
            "timeline",
            _tr("Timeline"),
            _tr(
                "It will show the action plan on a Gantt chart, to reschedule by dragging and "
                "to see slippage against the last endorsed revision."
            ),
        ),
        (
            "review",
            _tr("Review"),
            _tr(
                "It will record progress, indicator actuals and review meetings, each ending "
                "with a new revision of the plan."
            ),
        ),
        (
            "roadmap",
            _tr("Roadmap"),
            _tr("It will write the roadmap for the Cluster Commission as Word and PDF documents."),
        ),
    ]
