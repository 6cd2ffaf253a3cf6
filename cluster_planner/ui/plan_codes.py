"""The codes the screen shows (S3, SO2, Obj4, A4.2), in the interface's language.

The scheme itself lives in ``domain.codes``; the documents, the comparison and the
command line call it too, so a code reads the same on screen and in print.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from cluster_planner.domain import codes

if TYPE_CHECKING:
    from cluster_planner.domain.enums import Quadrant
    from cluster_planner.domain.snapshot import PlanSnapshot
    from cluster_planner.ui.plan_session import PlanSession


def screen_language() -> str:
    """The language the interface's words are in (en, es or fr): its translation says so."""
    code = QCoreApplication.translate(
        "plan_codes", "en", "the code of the language this translation is in: en, es or fr"
    )
    return code if code in codes.LANGUAGES else "en"


def quadrant_letter(quadrant: Quadrant) -> str:
    """The letters of a quadrant's codes on screen: S, W, O, T (F, D, O, Am; Fo, Fa, O, M)."""
    return codes.letters(screen_language()).quadrants[quadrant]


def session_codes(session: PlanSession) -> codes.PlanCodes:
    """Every code of the plan a session holds, in the interface's language."""
    return codes.plan_codes(
        screen_language(),
        items=session.swot_items(),
        options=session.options(),
        objectives=session.objectives(),
        actions=session.actions(),
    )


def snapshot_codes(snapshot: PlanSnapshot) -> codes.PlanCodes:
    """Every code of a snapshot's plan, in the interface's language."""
    return codes.plan_codes(
        screen_language(),
        items=snapshot.swot_items,
        options=snapshot.options,
        objectives=snapshot.objectives,
        actions=snapshot.actions,
    )
