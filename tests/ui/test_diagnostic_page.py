"""The Diagnostic page: capture, edit, move, merge, import, tally and reveal, on real plan files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from cluster_planner.domain.entities import SwotItem
from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.services.swot_import import ImportRow
from cluster_planner.ui.diagnostic_page import DiagnosticPage
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.swot_card_model import MARK_ROLE, encode_ids
from tests.ui.conftest import ScriptedPrompter


class ImportingPrompter(ScriptedPrompter):
    """The scripted prompter, also answering the import file chooser."""

    def import_path(self, parent: QWidget, caption: str, file_filter: str) -> str | None:
        self.messages.append(file_filter)
        return self.paths.pop(0) if self.paths else None


@pytest.fixture
def import_prompter() -> ImportingPrompter:
    """Dialogs answered by script, file chooser included."""
    return ImportingPrompter()


@pytest.fixture
def page(qtbot, session: PlanSession, import_prompter: ImportingPrompter) -> DiagnosticPage:
    """The Diagnostic page over the demo plan, shown and active."""
    widget = DiagnosticPage(session, import_prompter)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def _active(session: PlanSession, quadrant: Quadrant) -> list[str]:
    return [
        i.statement
        for i in session.swot_items()
        if i.quadrant is quadrant and i.status is ItemStatus.ACTIVE
    ]


def _item(session: PlanSession, statement: str) -> SwotItem:
    found = _find(session, statement)
    assert found is not None
    return found


def _find(session: PlanSession, statement: str) -> SwotItem | None:
    return next((i for i in session.swot_items() if i.statement == statement), None)


def test_every_model_passes_the_model_tester(qtmodeltester, page: DiagnosticPage) -> None:
    """The card, tally, breakdown and import preview models keep Qt's model contract."""
    for panel in page.board.panels.values():
        qtmodeltester.check(panel.model)
    qtmodeltester.check(page.voting.tally_model)
    page.voting.tally_table.setCurrentIndex(page.voting.tally_model.index(0, 2))
    qtmodeltester.check(page.voting.breakdown_model)
    page.import_panel.start_paste("S: one\nW: two")
    qtmodeltester.check(page.import_panel.model)


def test_capture_with_the_keyboard_alone_and_undo(
    qtbot, page: DiagnosticPage, session: PlanSession
) -> None:
    """Alt+2 goes to Weaknesses; typing and Enter adds a card and keeps focus; Ctrl+Z removes it."""
    qtbot.keyClick(page, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    capture = page.board.panels[Quadrant.WEAKNESS].capture
    assert QApplication.focusWidget() is capture
    qtbot.keyClicks(capture, "No shared cutting room")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert "No shared cutting room" in _active(session, Quadrant.WEAKNESS)
    model = page.board.panels[Quadrant.WEAKNESS].model
    assert model.items()[-1].statement == "No shared cutting room"
    assert capture.text() == "" and capture.hasFocus()
    capture.insert("Pocas diseñadoras")  # keyClicks only knows ASCII
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert model.items()[-1].statement == "Pocas diseñadoras"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert "No shared cutting room" not in _active(session, Quadrant.WEAKNESS)
    assert all(i.statement != "No shared cutting room" for i in model.items())


def test_edit_in_place_is_one_undo_step(qtbot, page: DiagnosticPage, session: PlanSession) -> None:
    """F2 on a card opens its statement in place; Enter saves it as one undo step."""
    panel = page.board.panels[Quadrant.STRENGTH]
    first = panel.model.item(0)
    page.board.select(first.id, focus=True)
    qtbot.keyClick(panel.cards, Qt.Key.Key_F2)
    editor = panel.cards.findChild(QLineEdit, "card_editor")
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, "Knitting since 1924")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _find(session, "Knitting since 1924") is not None)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert panel.model.item(0).statement == first.statement


def test_delete_key_removes_the_card_and_says_so(
    qtbot, page: DiagnosticPage, session: PlanSession
) -> None:
    """Delete in a card list deletes the card without asking, with a status line; undo restores."""
    panel = page.board.panels[Quadrant.OPPORTUNITY]
    doomed = panel.model.item(0)
    page.board.select(doomed.id, focus=True)
    qtbot.keyClick(panel.cards, Qt.Key.Key_Delete)
    assert panel.model.row_of(doomed.id) == -1
    assert "Ctrl+Z" in page.status.text()
    session.undo_stack.undo()
    assert panel.model.row_of(doomed.id) == 0


def test_move_between_quadrants_by_keyboard_and_by_drop(
    qtbot, page: DiagnosticPage, session: PlanSession
) -> None:
    """Ctrl+Alt+4 moves a card to Threats; a drop on another list moves it there, at the row."""
    strengths = page.board.panels[Quadrant.STRENGTH]
    threats = page.board.panels[Quadrant.THREAT]
    # A card no option needs on the internal side (such a card stays, see test_deleting_cards).
    card = next(
        i for i in strengths.model.items() if all(i.id not in o.item_ids for o in session.options())
    )
    row = strengths.model.row_of(card.id)
    page.board.select(card.id, focus=True)
    qtbot.keyClick(
        strengths.cards,
        Qt.Key.Key_4,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert threats.model.items()[-1].id == card.id
    assert strengths.model.row_of(card.id) == -1

    opportunities = page.board.panels[Quadrant.OPPORTUNITY]
    dropped = opportunities.model.dropMimeData(
        encode_ids([card.id]), Qt.DropAction.MoveAction, 1, 0, QModelIndex()
    )
    assert dropped
    assert opportunities.model.row_of(card.id) == 1
    assert _item(session, card.statement).quadrant is Quadrant.OPPORTUNITY
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert strengths.model.row_of(card.id) == row


def test_reorder_within_a_quadrant_by_keyboard(qtbot, page: DiagnosticPage) -> None:
    """Ctrl+Down moves the current card one place down and keeps it selected."""
    panel = page.board.panels[Quadrant.STRENGTH]
    first, second = panel.model.item(0), panel.model.item(1)
    page.board.select(first.id, focus=True)
    qtbot.keyClick(panel.cards, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [panel.model.item(0).id, panel.model.item(1).id] == [second.id, first.id]
    assert page.board.selected_ids() == [first.id]
    qtbot.keyClick(panel.cards, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert panel.model.item(0).id == first.id


def test_merge_two_cards_keeps_the_focused_one_and_undo_separates(
    qtbot, page: DiagnosticPage, session: PlanSession
) -> None:
    """Selecting two cards and Ctrl+M merges into the current one; its card lists the other."""
    panel = page.board.panels[Quadrant.THREAT]
    keep, other = panel.model.item(0), panel.model.item(1)
    page.board.select(other.id, focus=True)
    panel.cards.selectionModel().select(
        panel.model.index(0, 0), panel.cards.selectionModel().SelectionFlag.Select
    )
    panel.cards.selectionModel().setCurrentIndex(
        panel.model.index(0, 0), panel.cards.selectionModel().SelectionFlag.NoUpdate
    )
    assert sorted(page.board.selected_ids()) == sorted([keep.id, other.id])
    qtbot.keyClick(panel.cards, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert _item(session, other.statement).merged_into_id == keep.id
    assert panel.model.row_of(other.id) == -1
    assert [page.details.merged.item(r).text() for r in range(page.details.merged.count())] == [
        other.statement
    ]
    session.undo_stack.undo()
    assert panel.model.row_of(other.id) == 1


def test_merge_across_quadrants_asks_which_card_stays(
    page: DiagnosticPage, session: PlanSession, import_prompter: ImportingPrompter
) -> None:
    """With no focused card among the selection, the person chooses the card to keep."""
    s_card = page.board.panels[Quadrant.STRENGTH].model.item(0)
    w_card = page.board.panels[Quadrant.WEAKNESS].model.item(0)
    for card in (s_card, w_card):
        found = page.board.index_of(card.id)
        assert found is not None
        panel, index = found
        panel.cards.selectionModel().select(index, QItemSelectionModel.SelectionFlag.Select)
    page.setFocus()
    import_prompter.choice = str(w_card.id)
    page.merge_selected()
    assert len(import_prompter.options[-1]) == 2
    assert _item(session, s_card.statement).merged_into_id == w_card.id


def test_tally_entry_by_keyboard_then_reveal_shows_ranks(
    qtbot, page: DiagnosticPage, session: PlanSession
) -> None:
    """A new round: type dots, Enter, next row; no ranks on the board until Reveal."""
    page.voting.add_round()
    round_id = page.voting.current_round().id  # type: ignore[union-attr]
    assert page.voting.current_round().revealed is False  # type: ignore[union-attr]
    table = page.voting.tally_table
    page.voting.start_entry()
    for dots in ("7", "3"):
        qtbot.keyClicks(table, dots)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not table.isPersistentEditorOpen(table.currentIndex()))
        QApplication.processEvents()
    voting_round = next(r for r in session.voting_rounds() if r.id == round_id)
    assert sorted(t.count for t in voting_round.tallies) == [3, 7]
    assert table.currentIndex().row() == 2

    def marks() -> list[object]:
        return [
            panel.model.index(row, 0).data(MARK_ROLE)
            for panel in page.board.panels.values()
            for row in range(panel.model.rowCount())
        ]

    assert not any(marks())  # hidden before the reveal
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    shown = [m for m in marks() if m is not None]
    assert sorted((m.rank, m.score) for m in shown) == [(1, 7), (2, 3)]  # type: ignore[attr-defined]
    assert all(m.top for m in shown)  # type: ignore[attr-defined]


def test_breakdown_by_sex_is_one_set_tally(page: DiagnosticPage, session: PlanSession) -> None:
    """Entering a group count in the breakdown replaces the card's tally with that breakdown."""
    page.voting.add_round()
    page.voting.tally_table.setCurrentIndex(page.voting.tally_model.index(0, 2))
    model = page.voting.breakdown_model
    assert model.setData(model.index(0, 0), 4)  # any type, female
    assert model.setData(model.index(0, 1), 2)  # any type, male
    voting_round = page.voting.current_round()
    assert voting_round is not None
    assert sorted((t.sex, t.count) for t in voting_round.tallies) == [("female", 4), ("male", 2)]
    assert page.voting.tally_model.index(0, 2).data() == "6"


def test_results_of_the_demo_round_hide_and_show(page: DiagnosticPage) -> None:
    """The demo's revealed round shows ranks; hiding it clears every badge from the board."""
    weaknesses = page.board.panels[Quadrant.WEAKNESS].model
    assert any(weaknesses.index(r, 0).data(MARK_ROLE) for r in range(weaknesses.rowCount()))
    page.voting.set_revealed(False)
    assert not any(weaknesses.index(r, 0).data(MARK_ROLE) for r in range(weaknesses.rowCount()))
    assert "hidden" in page.subtitle.text()


def test_the_dots_line_counts_in_words(page: DiagnosticPage) -> None:
    """One voter with one dot reads "1 voter × 1 dot", not "1 voters × 1 dots"."""
    page.voting.add_round()
    page.voting.dots.setValue(1)
    page.voting.dots.editingFinished.emit()
    assert page.voting.dots_line.text().startswith("0 dots entered;")
    page.voting.voters.setValue(1)
    page.voting.voters.editingFinished.emit()
    assert page.voting.dots_line.text() == "0 of 1 dot entered (1 voter × 1 dot)."


def test_too_many_dots_are_flagged(page: DiagnosticPage) -> None:
    """More dots than voters × dots per voter shows a warning line."""
    voting_round = page.voting.current_round()
    assert voting_round is not None
    page.voting.voters.setValue(1)
    page.voting.voters.editingFinished.emit()
    assert page.voting.warning.isVisibleTo(page.voting)
    assert "more dots were entered" in page.voting.warning.text()


def test_import_with_a_bad_row_needs_consent_and_undoes_in_one_step(
    page: DiagnosticPage, session: PlanSession, import_prompter: ImportingPrompter, tmp_path: Path
) -> None:
    """A CSV with a bad row: Import stays off until 'only valid rows' is ticked; one undo."""
    path = tmp_path / "swot.csv"
    path.write_text(
        "quadrant,statement,theme\nS,Good schools,Skills\nX,Odd row,\nO,New buyers,Markets\n",
        encoding="utf-8",
    )
    before = len(session.swot_items())
    import_prompter.paths.append(str(path))
    page.import_action.trigger()
    panel = page.import_panel
    assert page.stack.currentWidget() is panel
    assert "Spreadsheets (*.csv *.xlsx)" in import_prompter.messages
    assert panel.model.rowCount() == 2
    assert [panel.problems.item(r).text() for r in range(panel.problems.count())] == [
        "Row 3: “X” is not a quadrant — use S, W, O, T or their names."
    ]
    assert panel.summary.text() == "2 cards can be added; 1 row has problems."
    assert not panel.import_button.isEnabled()
    panel.only_valid.setChecked(True)
    assert panel.import_button.isEnabled()
    panel.import_button.click()
    assert page.stack.currentWidget() is page.board
    assert len(session.swot_items()) == before + 2
    assert "Good schools" in _active(session, Quadrant.STRENGTH)
    session.undo_stack.undo()
    assert len(session.swot_items()) == before


def test_cancelled_import_adds_nothing_and_refusals_are_sentences(
    page: DiagnosticPage, session: PlanSession, import_prompter: ImportingPrompter, tmp_path: Path
) -> None:
    """Cancel adds nothing; a file that cannot be read at all is a sentence, not a traceback."""
    good = tmp_path / "ok.csv"
    good.write_text("quadrant,statement\nS,Fine\n", encoding="utf-8")
    bad = tmp_path / "notes.docx"
    bad.write_text("hello", encoding="utf-8")
    import_prompter.paths += [str(good), str(bad)]
    before = len(session.swot_items())
    page.import_file()
    page.import_panel.cancel_button.click()
    assert len(session.swot_items()) == before
    page.import_file()
    assert page.stack.currentWidget() is page.board
    assert "notes.docx" in page.status.text() and "Nothing was added" in page.status.text()


def _click(qtbot, widget: QWidget) -> None:
    """A left click at the middle of ``widget``, where a person aims."""
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def _tick(qtbot, box: QCheckBox) -> None:
    """A left click on a check box's label, where a person aims (not the empty row)."""
    assert box.isVisible() and box.isEnabled(), box.objectName()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    area = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxClickRect, option, box)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=area.center())


def test_importing_the_same_file_twice_skips_what_is_on_the_board(
    qtbot,
    page: DiagnosticPage,
    session: PlanSession,
    import_prompter: ImportingPrompter,
    tmp_path: Path,
) -> None:
    """The second import of a file finds its rows on the board (letter case and accents
    aside): it says so row by row, adds only the new one, and ticking "Also import" is
    the only way to add the repeated ones, as `import-swot --allow-duplicates` is."""
    path = tmp_path / "swot.csv"
    path.write_text("quadrant,statement\nS,Good schools\nO,New buyers\n", encoding="utf-8")
    import_prompter.paths.append(str(path))
    page.import_file()
    _click(qtbot, page.import_panel.import_button)
    before = len(session.swot_items())
    path.write_text(
        "quadrant,statement\nS,good  SCHOOLS\nO,Néw buyers\nT,Cheap imports\n", encoding="utf-8"
    )
    import_prompter.paths.append(str(path))
    page.import_file()
    panel = page.import_panel
    assert "1 card will be added. 2 rows already on the board will be skipped." in (
        panel.summary.text()
    )
    assert [panel.problems.item(r).text() for r in range(panel.problems.count())] == [
        "Row 2 is already on the board under Strengths.",
        "Row 3 is already on the board under Opportunities.",
    ]
    assert panel.import_button.text() == "&Import 1 card"
    assert panel.with_repeated.text() == "Also import the 2 rows already on the board"
    _tick(qtbot, panel.with_repeated)
    assert panel.with_repeated.isChecked()
    assert panel.import_button.text() == "&Import 3 cards"
    assert not panel.problems.isVisible()
    _tick(qtbot, panel.with_repeated)
    assert not panel.with_repeated.isChecked()
    _click(qtbot, panel.import_button)
    assert page.stack.currentWidget() is page.board
    assert len(session.swot_items()) == before + 1
    assert "Cheap imports" in _active(session, Quadrant.THREAT)
    assert _active(session, Quadrant.STRENGTH).count("Good schools") == 1


def test_pasted_lines_already_on_the_board_are_named_by_line(
    page: DiagnosticPage, session: PlanSession
) -> None:
    """Pasting a card's own words again: the line is said to be on the board, Import is
    off until "Also import" is ticked."""
    card = _active(session, Quadrant.WEAKNESS)[0]
    page.paste_lines()
    panel = page.import_panel
    panel.paste_box.setPlainText(f"W: {card}")
    assert panel.problems.item(0).text() == "Line 1 is already on the board under Weaknesses."
    assert not panel.import_button.isEnabled()
    panel.with_repeated.setChecked(True)
    assert panel.import_button.isEnabled()


def test_pasted_lines_preview_and_import(page: DiagnosticPage, session: PlanSession) -> None:
    """Pasted 'S: …' lines and plain lines into a chosen quadrant import as one step."""
    page.paste_lines()
    panel = page.import_panel
    panel.paste_box.setPlainText("S: Skilled knitters\nFortaleza: Buena lana\nplain line")
    assert panel.problems.count() == 1 and not panel.import_button.isEnabled()
    assert panel.summary.text() == "2 cards can be added; 1 row has problems."
    panel.paste_box.setPlainText("S: Skilled knitters")
    assert panel.summary.text() == "1 card will be added."
    panel.paste_box.setPlainText("S: Skilled knitters\nFortaleza: Buena lana\nplain line")
    panel.default_quadrant.setCurrentIndex(panel.default_quadrant.findData("threat"))
    assert panel.problems.count() == 0 and panel.import_button.isEnabled()
    panel.confirm()
    assert "plain line" in _active(session, Quadrant.THREAT)
    assert "Buena lana" in _active(session, Quadrant.STRENGTH)


def test_details_panel_edits_themes_and_drops(page: DiagnosticPage, session: PlanSession) -> None:
    """Ticking a theme, adding a custom theme and dropping the card are each one step."""
    card = page.board.panels[Quadrant.STRENGTH].model.item(0)
    page.board.select(card.id, focus=True)
    assert page.details.item is not None and page.details.item.id == card.id
    page.details.theme_boxes["finance"].setChecked(True)
    assert "finance" in _item(session, card.statement).themes
    page.details.new_theme.setText("Tourism")
    page.details.new_theme.returnPressed.emit()
    assert "Tourism" in _item(session, card.statement).themes
    page.details.dropped.setChecked(True)
    assert _item(session, card.statement).status is ItemStatus.DROPPED
    assert page.board.panels[Quadrant.STRENGTH].model.row_of(card.id) == -1
    page.show_dropped.setChecked(True)
    assert page.board.panels[Quadrant.STRENGTH].model.row_of(card.id) >= 0


def test_unmerge_from_the_details_panel(page: DiagnosticPage, session: PlanSession) -> None:
    """The demo's merged duplicate can be put back on the board from its target's details."""
    merged = next(i for i in session.swot_items() if i.status is ItemStatus.MERGED)
    assert merged.merged_into_id is not None
    page.board.select(merged.merged_into_id, focus=True)
    page.details.unmerge.click()
    assert _item(session, merged.statement).status is ItemStatus.ACTIVE


@pytest.fixture
def read_only_session(qtbot, demo_path: Path) -> Iterator[PlanSession]:
    """A PlanSession over the demo plan opened read-only."""
    plan_session = PlanSession(PlanDocument.open(demo_path, read_only=True))
    yield plan_session
    plan_session.close()


def test_read_only_plan_disables_capture_and_editing(
    qtbot, read_only_session: PlanSession, import_prompter: ImportingPrompter
) -> None:
    """In a read-only plan nothing can be captured, edited, dragged, tallied or imported."""
    page = DiagnosticPage(read_only_session, import_prompter)
    qtbot.addWidget(page)
    page.show()
    panel = page.board.panels[Quadrant.STRENGTH]
    assert not any(p.capture.isEnabled() for p in page.board.panels.values())
    flags = panel.model.flags(panel.model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable and not flags & Qt.ItemFlag.ItemIsDragEnabled
    assert not page.import_action.isEnabled() and not page.voting.new_round.isEnabled()
    tally = page.voting.tally_model
    assert not tally.flags(tally.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    page.board.select(panel.model.item(0).id, focus=True)
    assert not page.delete_action.isEnabled()


def board_rows(count: int) -> list[ImportRow]:
    """``count`` realistic SWOT rows spread over the four quadrants."""
    quadrants = list(Quadrant)
    return [
        ImportRow(
            n + 2,
            quadrants[n % 4],
            f"Finding number {n}: firms report that the supply of inputs is irregular "
            "and that prices change from one week to the next",
            ("markets", "finance") if n % 3 else (),
        )
        for n in range(count)
    ]


def test_a_board_of_400_cards_shows_every_card(qtbot, tmp_path: Path) -> None:
    """A board of 400 cards builds and shows them all (its speed is measured in bench/board.py)."""
    document = PlanDocument.create(tmp_path / "big.clusterplan")
    document.import_swot_items(board_rows(400))
    session = PlanSession(document)
    try:
        page = DiagnosticPage(session, ScriptedPrompter())
        qtbot.addWidget(page)
        page.resize(1280, 800)
        page.show()
        QApplication.processEvents()
        assert sum(p.model.rowCount() for p in page.board.panels.values()) == 400
    finally:
        session.close()
