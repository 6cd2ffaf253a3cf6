"""The codes the screen shows are the codes the roadmap prints, for every coded record."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTranslator

from cluster_planner.domain.codes import letters
from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.exports.roadmap import (
    Heading,
    RoadmapOptions,
    Section,
    SwotGrid,
    Table,
    build_roadmap,
)
from cluster_planner.ui.language import language_file
from cluster_planner.ui.option_model import MARKS_ROLE, OptionModel
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.swot_card_model import FACE_ROLE, SwotCardModel
from cluster_planner.ui.traceability_view import TraceabilityView


def _printed(session: PlanSession) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(statement → code) of the SWOT items, options and objectives as the roadmap prints them."""
    sections = (Section.SWOT, Section.OPTIONS, Section.OBJECTIVES)
    roadmap = build_roadmap(session.snapshot(), RoadmapOptions(sections=sections))
    items: dict[str, str] = {}
    options: dict[str, str] = {}
    objectives: dict[str, str] = {}
    for part in roadmap.parts:
        for block in part.blocks:
            if isinstance(block, SwotGrid):
                for _title, entries in block.quadrants:
                    items.update({e.text: e.code for e in entries})
            elif isinstance(block, Table) and part.section is Section.OPTIONS:
                for row in block.rows:
                    if row.kind == "body":
                        options[row.cells[1]] = row.cells[0]
            elif isinstance(block, Heading) and block.level == 2:
                code, _, title = block.text.partition("  ")
                objectives[title] = code
    return items, options, objectives


def test_screen_codes_are_the_printed_codes(qtbot, session: PlanSession) -> None:
    """Every SWOT item, option and objective of the demo has one code, on screen and in print."""
    items, options, objectives = _printed(session)
    assert items and options and objectives
    model = OptionModel(session)
    for item in session.swot_items():
        if item.status is ItemStatus.ACTIVE:
            assert model.items.code(item.id) == items[item.statement], item.statement
    for option in session.options():
        assert model.code(option.id) == options[option.statement]
    trace = TraceabilityView(session)
    qtbot.addWidget(trace)
    trace.refresh()
    for objective in session.objectives():
        assert trace.objective_code[objective.id] == objectives[objective.title]
    for item in session.swot_items():
        if item.status is ItemStatus.ACTIVE:
            assert trace.item_code[item.id] == items[item.statement]
    for quadrant in Quadrant:
        board = SwotCardModel(session, quadrant)
        for row in range(board.rowCount()):
            face = board.data(board.index(row), FACE_ROLE)
            assert face.text.startswith(items[face.statement] + "\u2002"), face.statement


def test_options_draw_on_the_printed_codes(session: PlanSession) -> None:
    """An option's marks on screen name the items the roadmap's “draws on” column names."""
    sections = (Section.OPTIONS,)
    roadmap = build_roadmap(session.snapshot(), RoadmapOptions(sections=sections))
    table = next(b for p in roadmap.parts for b in p.blocks if isinstance(b, Table))
    printed = {
        r.cells[1]: set(re.split(r",\s*", r.cells[2])) for r in table.rows if r.kind == "body"
    }
    model = OptionModel(session)
    for row in range(model.rowCount()):
        option = model.option(row)
        marks = {m for m in model.data(model.index(row), MARKS_ROLE).split(" · ") if m}
        assert marks == printed[option.statement] - {"—"}, option.statement


@pytest.mark.parametrize("language", ["es", "fr"])
def test_a_spanish_or_french_screen_shows_the_documents_letters(
    qapp, session: PlanSession, language: str
) -> None:
    """In Spanish the screen and the Spanish roadmap both say F1, FO2, Obj3 (FODA); in
    French Fo1, FoO2 (FFOM)."""
    translator = QTranslator()
    assert translator.load(str(language_file(language)))
    qapp.installTranslator(translator)
    try:
        assert screen_language() == language
        sections = (Section.SWOT, Section.OPTIONS)
        options = RoadmapOptions(sections=sections, language=language)
        roadmap = build_roadmap(session.snapshot(), options)
        printed = {
            e.text: e.code
            for p in roadmap.parts
            for b in p.blocks
            if isinstance(b, SwotGrid)
            for _t, entries in b.quadrants
            for e in entries
        }
        model = OptionModel(session)
        shown = {
            i.statement: model.items.code(i.id)
            for i in session.swot_items()
            if i.status is ItemStatus.ACTIVE
        }
        assert shown == printed
        strengths = {
            c
            for i, c in shown.items()
            if c.startswith(letters(language).quadrants[Quadrant.STRENGTH])
        }
        assert strengths
        assert all(
            model.code(o.id).startswith(tuple(letters(language).options.values()))
            for o in session.options()
        )
    finally:
        qapp.removeTranslator(translator)
    assert screen_language() == "en"
