"""User text set among other words on screen is isolated: a name with a right-to-left
override cannot reverse the words after it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextLayout

from cluster_planner.domain.text import FSI, PDI
from cluster_planner.ui.option_model import OptionModel
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.swot_card_model import FACE_ROLE, SwotCardModel

OVERRIDE = "RLO\u202e"


def _x(text: str, index: int) -> float:
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return float(line.cursorToX(index)[0])


def _reads_left_to_right(text: str, word: str) -> bool:
    at = text.index(word)
    return _x(text, at) < _x(text, at + len(word) - 1)


def test_qt_lays_out_an_isolated_override_apart_from_its_neighbours(qapp) -> None:
    """The bare text reverses “Genet” after the override; isolated, it reads as typed."""
    assert not _reads_left_to_right(f"{OVERRIDE}, Genet", "Genet")
    assert _reads_left_to_right(f"{FSI}{OVERRIDE}{PDI}, Genet", "Genet")


def test_screens_isolate_the_names_and_statements_they_join(qapp, session: PlanSession) -> None:
    """The options, the SWOT board and the register's sentences keep each user text apart."""
    threat = next(i for i in session.swot_items() if i.quadrant.value == "threat")
    session.run(session.document.update_swot_item, threat.id, statement=OVERRIDE)
    board = SwotCardModel(session, threat.quadrant)
    faces = [board.data(board.index(r), FACE_ROLE) for r in range(board.rowCount())]
    face = next(f for f in faces if f.statement == OVERRIDE)
    assert face.text.endswith(f"{FSI}{OVERRIDE}{PDI}")
    option = session.options()[0]
    session.run(session.document.update_option, option.id, statement=OVERRIDE)
    model = OptionModel(session)
    row = model.row_of(option.id)
    shown = model.data(model.index(row))
    assert shown.endswith(f"{FSI}{OVERRIDE}{PDI}")
    assert _reads_left_to_right(shown + " Genet", "Genet")
