"""The Options page: TOWS matrix, option editor, impact/effort 2×2, over the demo plan."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from cluster_planner.domain.enums import OptionKind, Quadrant
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.impact_effort_view import Placement, placement, unrated
from cluster_planner.ui.option_editor import ITEM_ID_ROLE
from cluster_planner.ui.option_model import OptionModel
from cluster_planner.ui.options_page import OptionsPage
from cluster_planner.ui.plan_session import PlanSession

from .conftest import ScriptedPrompter


@pytest.fixture
def page(qtbot, session: PlanSession, prompter: ScriptedPrompter) -> OptionsPage:
    """The Options page over the demo plan, shown at projector size."""
    options_page = OptionsPage(session, prompter)
    qtbot.addWidget(options_page)
    options_page.resize(1280, 800)
    options_page.show()
    qtbot.waitExposed(options_page)
    return options_page


@pytest.fixture
def read_only_session(qtbot, demo_path: Path) -> Iterator[PlanSession]:
    """A PlanSession over the demo plan opened read-only."""
    plan_session = PlanSession(PlanDocument.open(demo_path, read_only=True))
    yield plan_session
    plan_session.close()


def _option_id(page: OptionsPage, code: str) -> int:
    return next(o.id for o in page.model.options() if page.model.code(o.id) == code)


def _tick_by_keyboard(qtbot, checklist: QListWidget, item_id: int) -> None:
    """Move the current row to ``item_id`` with the arrow keys, then tick it with Space."""
    checklist.setFocus()
    target = next(
        row for row in range(checklist.count()) if checklist.item(row).data(ITEM_ID_ROLE) == item_id
    )
    qtbot.keyClick(checklist, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)


def test_matrix_shows_top_items_of_the_revealed_round(page: OptionsPage) -> None:
    """The headers list the revealed round's top items per quadrant by rank, each with its
    own code (codes never follow the rank)."""
    headers = page.matrix.headers
    assert "Priorities of the diagnostic" in page.subtitle.text()
    assert headers[Quadrant.WEAKNESS].codes() == ["W4", "W2", "W6", "W5", "W7"]
    assert len(headers[Quadrant.STRENGTH].codes()) == 3  # only three got votes
    assert len(headers[Quadrant.THREAT].codes()) == 2
    top_weakness = page.model.items.top(Quadrant.WEAKNESS)[0]
    assert top_weakness.item.statement == "No joint marketing and no common brand"
    assert top_weakness.score == 9
    page.top_spin.setValue(2)
    assert headers[Quadrant.WEAKNESS].codes() == ["W4", "W2"]


def test_each_option_sits_in_its_cell_with_code_and_marks(page: OptionsPage) -> None:
    """SO options in the SO cell, WT in WT …, each with its code and the items it uses."""
    counts = {kind: page.matrix.cells[kind].list.model().rowCount() for kind in OptionKind}
    assert counts == {OptionKind.SO: 3, OptionKind.ST: 1, OptionKind.WO: 3, OptionKind.WT: 2}
    wt = page.matrix.cells[OptionKind.WT].list.model()
    first = wt.index(0, 0)
    assert first.data().startswith("WT1  Joint bulk purchase of yarn")
    assert first.data(Qt.ItemDataRole.UserRole + 4) == "W7 · T2"
    assert "Impact 3 · Effort 1" in first.data(Qt.ItemDataRole.UserRole + 5)


def test_option_codes_number_each_kind_in_order(page: OptionsPage) -> None:
    """Each kind's options are numbered in the order they were made: SO1 SO2 SO3 ST1 … WT2."""
    codes = {o.id: page.model.code(o.id) for o in page.model.options()}
    assert sorted(codes.values()) == sorted(
        ["SO1", "SO2", "SO3", "ST1", "WO1", "WO2", "WO3", "WT1", "WT2"]
    )


def test_adding_an_option_with_the_keyboard_alone(
    qtbot, page: OptionsPage, session: PlanSession
) -> None:
    """Insert in the ST cell, type, tick an S and a T item, rate, Ctrl+Enter; Ctrl+Z removes it."""
    cell = page.matrix.cells[OptionKind.ST].list
    cell.setFocus()
    qtbot.keyClick(cell, Qt.Key.Key_Insert)
    editor = page.editor
    assert page.editing() and editor.current_kind() is OptionKind.ST
    assert editor.statement.hasFocus()
    qtbot.keyClicks(editor.statement, "Joint quality label against contraband")
    assert not editor.save_button.isEnabled()
    strength = page.model.items.top(Quadrant.STRENGTH)[1].item  # S2
    threat = page.model.items.top(Quadrant.THREAT)[0].item  # T1
    _tick_by_keyboard(qtbot, editor.internal.list, strength.id)
    assert not editor.save_button.isEnabled()
    _tick_by_keyboard(qtbot, editor.external.list, threat.id)
    assert editor.save_button.isEnabled()
    qtbot.keyClick(editor.external.list, Qt.Key.Key_Tab)  # "show … too" is above the list
    assert editor.impact.hasFocus()
    qtbot.keyClicks(editor.impact, "4")
    qtbot.keyClick(editor.impact, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.effort, "2")
    qtbot.keyClick(editor.effort, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert not page.editing()
    added = next(o for o in session.options() if o.statement.startswith("Joint quality label"))
    assert added.kind is OptionKind.ST
    assert set(added.item_ids) == {strength.id, threat.id}
    assert (added.impact, added.effort) == (4, 2)
    assert page.model.code(added.id) == "ST2"
    assert page.matrix.cells[OptionKind.ST].list.model().rowCount() == 2
    assert page.matrix.selected_id() == added.id

    session.undo_stack.undo()
    assert all(o.id != added.id for o in session.options())
    assert page.matrix.cells[OptionKind.ST].list.model().rowCount() == 1


def test_save_needs_an_internal_and_an_external_item(page: OptionsPage) -> None:
    """Save stays disabled, with a hint, until one S/W and one O/T item are ticked."""
    page.add_option(OptionKind.WO)
    editor = page.editor
    editor.statement.insert("Something to do")
    weakness = page.model.items.top(Quadrant.WEAKNESS)[0].item
    editor.internal.set_checked(weakness.id)
    assert not editor.save_button.isEnabled()
    assert "one internal (S/W) and one external (O/T)" in editor.hint.text()
    opportunity = page.model.items.top(Quadrant.OPPORTUNITY)[0].item
    editor.external.set_checked(opportunity.id)
    assert editor.save_button.isEnabled()
    editor.internal.set_checked(weakness.id, False)
    assert not editor.save_button.isEnabled()


def test_kind_filters_the_items_but_any_internal_and_external_item_is_allowed(
    page: OptionsPage, session: PlanSession
) -> None:
    """An SO option lists strengths and opportunities; "show weaknesses too" lets one in."""
    page.add_option(OptionKind.SO)
    internal = page.editor.internal
    visible = [
        internal.list.item(r)
        for r in range(internal.list.count())
        if not internal.list.item(r).isHidden()
    ]
    assert {session.document.swot_item(i.data(ITEM_ID_ROLE)).quadrant for i in visible} == {
        Quadrant.STRENGTH
    }
    internal.show_all.setChecked(True)
    assert not any(internal.list.item(r).isHidden() for r in range(internal.list.count()))


def test_editing_an_option_changes_its_items(
    qtbot, page: OptionsPage, session: PlanSession
) -> None:
    """Enter on WT1 opens it; ticking another weakness and saving is one undoable change."""
    wt1 = _option_id(page, "WT1")
    page.select_option(wt1)
    cell = page.matrix.cells[OptionKind.WT].list
    cell.setFocus()
    qtbot.keyClick(cell, Qt.Key.Key_F2)
    assert page.editing() and page.editor.option_id == wt1
    before = set(session.options()[[o.id for o in session.options()].index(wt1)].item_ids)
    extra = page.model.items.top(Quadrant.WEAKNESS)[0].item  # W1
    page.editor.internal.set_checked(extra.id)
    steps = session.undo_stack.count()
    page.editor.save()
    assert not page.editing()
    changed = page.model.find(wt1)
    assert changed is not None and set(changed.item_ids) == before | {extra.id}
    assert session.undo_stack.count() == steps + 1
    assert page.matrix.selected_id() == wt1  # the selection survives the refresh
    session.undo_stack.undo()
    restored = page.model.find(wt1)
    assert restored is not None and set(restored.item_ids) == before


def test_escape_closes_the_editor_without_saving(
    qtbot, page: OptionsPage, session: PlanSession
) -> None:
    """Escape in the editor goes back to the matrix and writes nothing."""
    steps = session.undo_stack.count()
    page.add_option(OptionKind.SO)
    qtbot.keyClicks(page.editor.statement, "Half a thought")
    qtbot.keyClick(page.editor.statement, Qt.Key.Key_Escape)
    assert not page.editing()
    assert session.undo_stack.count() == steps


def test_delete_key_removes_an_option_and_undo_restores_it(
    qtbot, page: OptionsPage, session: PlanSession
) -> None:
    """Delete on a selected option removes it at once; undo brings it back with its items."""
    so2 = _option_id(page, "SO2")
    original = page.model.find(so2)
    page.select_option(so2)
    cell = page.matrix.cells[OptionKind.SO].list
    cell.setFocus()
    qtbot.keyClick(cell, Qt.Key.Key_Delete)
    assert page.model.find(so2) is None
    assert cell.model().rowCount() == 2
    assert [page.model.code(o.id) for o in page.model.options()][:2] == ["SO1", "SO3"]
    session.undo_stack.undo()
    assert page.model.find(so2) == original


def test_a_refusal_shows_as_a_sentence_in_the_page(page: OptionsPage, session: PlanSession) -> None:
    """When the core refuses an edit, the page says why in a line, not in a dialog."""
    strength = page.model.items.top(Quadrant.STRENGTH)[0].item
    assert (
        session.run(
            session.document.add_option, kind="SO", statement="Alone", item_ids=[strength.id]
        )
        is None
    )
    assert page.message.isVisible()
    assert "internal" in page.message.text()


def test_placement_in_the_impact_effort_chart() -> None:
    """High impact and low effort is a quick win; the other corners get their names."""
    assert placement(5, 1) is Placement.QUICK_WIN
    assert placement(4, 2) is Placement.QUICK_WIN
    assert placement(4, 4) is Placement.MAJOR_PROJECT
    assert placement(1, 1) is Placement.FILL_IN
    assert placement(2, 5) is Placement.THANKLESS
    assert placement(None, 2) is None


def test_chart_places_options_and_lists_unrated_ones_apart(
    qtbot, page: OptionsPage, session: PlanSession
) -> None:
    """WT1 (impact 3, effort 1) is drawn in Quick wins; unrated options are named apart."""
    page.tabs.setCurrentWidget(page.impact_effort)
    chart = page.impact_effort.chart
    chart.repaint()
    wt1 = _option_id(page, "WT1")
    box = chart.marker_rect(wt1)
    assert box is not None
    assert chart.area_at(box.center()) is Placement.QUICK_WIN
    so2 = chart.marker_rect(_option_id(page, "SO2"))  # impact 3, effort 4
    assert so2 is not None and chart.area_at(so2.center()) is Placement.MAJOR_PROJECT
    so1 = _option_id(page, "SO1")
    assert session.run(session.document.update_option, so1, impact=None) is not None
    assert [o.id for o in unrated(page.model.options())] == [so1]
    assert page.impact_effort.unrated_label.text() == "Not rated yet: SO1"
    chart.repaint()
    assert chart.marker_rect(so1) is None


def test_equal_ratings_do_not_overlap(qtbot, page: OptionsPage, session: PlanSession) -> None:
    """Options with the same impact and effort get markers side by side, never on top."""
    wo2, wo3 = _option_id(page, "WO2"), _option_id(page, "WO3")
    page.tabs.setCurrentWidget(page.impact_effort)
    page.impact_effort.chart.repaint()
    first = page.impact_effort.chart.marker_rect(wo2)
    second = page.impact_effort.chart.marker_rect(wo3)
    assert first is not None and second is not None
    assert not first.intersects(second)


def test_rating_from_the_chart_view_by_keyboard(
    qtbot, page: OptionsPage, session: PlanSession
) -> None:
    """Select an option in the list beside the chart and step its effort up with the arrow key."""
    page.tabs.setCurrentWidget(page.impact_effort)
    wt1 = _option_id(page, "WT1")
    page.impact_effort.select(wt1)
    page.impact_effort.effort.setFocus()
    qtbot.keyClick(page.impact_effort.effort, Qt.Key.Key_Up)
    changed = page.model.find(wt1)
    assert changed is not None and changed.effort == 2
    assert page.impact_effort.selected_id() == wt1


def test_read_only_session_disables_editing(
    qtbot, read_only_session: PlanSession, prompter: ScriptedPrompter
) -> None:
    """On a read-only plan, add, change, delete and rating are all off; Insert does nothing."""
    page = OptionsPage(read_only_session, prompter)
    qtbot.addWidget(page)
    page.show()
    so1 = _option_id(page, "SO1")
    page.select_option(so1)
    assert not page.add_action.isEnabled()
    assert not page.edit_action.isEnabled()
    assert not page.delete_action.isEnabled()
    assert not any(cell.add_button.isEnabled() for cell in page.matrix.cells.values())
    page.add_option(OptionKind.SO)
    page.edit_option(so1)
    assert not page.editing()
    page.impact_effort.select(so1)
    assert not page.impact_effort.impact.isEnabled()


def test_item_models_pass_the_model_tester(qtmodeltester, page: OptionsPage) -> None:
    """The option model, each cell's filter and the editor's checklists are valid models."""
    qtmodeltester.check(OptionModel(page._session, page))
    for cell in page.matrix.cells.values():
        qtmodeltester.check(cell.list.model())
    page.add_option(OptionKind.SO)
    qtmodeltester.check(page.editor.internal.list.model())
    qtmodeltester.check(page.editor.external.list.model())


def test_selection_survives_a_change_elsewhere(page: OptionsPage, session: PlanSession) -> None:
    """Changing another option keeps the selected one selected in its cell."""
    wo2 = _option_id(page, "WO2")
    page.select_option(wo2)
    assert session.run(
        session.document.update_option, _option_id(page, "SO1"), notes="Talk to the Chamber"
    )
    assert page.matrix.selected_id() == wo2
    index = page.matrix.cells[OptionKind.WO].list.currentIndex()
    assert page.matrix.cells[OptionKind.WO].list.selectionModel().isSelected(index)
