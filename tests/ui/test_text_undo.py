"""Ctrl+Z in a text field undoes its own typing while it has some; otherwise (an empty line,
a line whose text went into the plan) it undoes the plan's last change, on every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluster_planner.domain.enums import Quadrant
from cluster_planner.ui.diagnostic_page import DiagnosticPage
from cluster_planner.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedPrompter
from tests.ui.gestures import click, click_row, focused, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def projector(demo_window: MainWindow) -> MainWindow:
    """The demo plan in a 1280x720 window."""
    demo_window.resize(1280, 720)
    return demo_window


def _diagnostic(window: MainWindow) -> DiagnosticPage:
    assert window.plan_view is not None
    window.plan_view.go_to_key("diagnostic")
    page = window.plan_view.page("diagnostic")
    assert isinstance(page, DiagnosticPage)
    QApplication.processEvents()
    return page


def _statements(window: MainWindow) -> list[str]:
    return sorted(item.statement for item in window.session.swot_items())


def test_ctrl_z_after_capturing_a_card_takes_the_card_back(projector: MainWindow, qtbot):
    """Type a card, Enter, Ctrl+Z: the card goes, the line stays empty, and Enter adds
    nothing; Ctrl+Shift+Z brings the card back."""
    page = _diagnostic(projector)
    before = _statements(projector)
    capture = page.board.panels[Quadrant.STRENGTH].capture
    click(qtbot, capture)
    type_text(qtbot, "Skilled knitters")
    press(qtbot, Qt.Key.Key_Return)
    assert _statements(projector) == sorted([*before, "Skilled knitters"])
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _statements(projector) == before
    assert capture.text() == ""
    press(qtbot, Qt.Key.Key_Return)
    assert _statements(projector) == before
    press(qtbot, Qt.Key.Key_Z, CTRL_SHIFT)
    assert _statements(projector) == sorted([*before, "Skilled knitters"])


def test_ctrl_z_while_typing_undoes_the_typing_only(projector: MainWindow, qtbot) -> None:
    """Typed text not yet captured is the line's: Ctrl+Z takes it back, the plan is untouched."""
    page = _diagnostic(projector)
    steps = projector.session.undo_stack.index()
    capture = page.board.panels[Quadrant.WEAKNESS].capture
    click(qtbot, capture)
    type_text(qtbot, "Old machines")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert capture.text() == ""
    assert projector.session.undo_stack.index() == steps


def test_ctrl_z_after_pasting_lines_takes_the_import_back(projector: MainWindow, qtbot):
    """Paste Lines, import, then Ctrl+Z where the keyboard lands: the imported cards go."""
    page = _diagnostic(projector)
    before = _statements(projector)
    click(qtbot, page.board.panels[Quadrant.OPPORTUNITY].capture)
    press(qtbot, Qt.Key.Key_V, CTRL_SHIFT)  # Paste Lines
    assert focused() is page.import_panel.paste_box
    type_text(qtbot, "O: Andean trade fair")
    click(qtbot, page.import_panel.import_button)
    assert "Andean trade fair" in _statements(projector)
    assert projector.edit_undo.text().startswith("Undo Import")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _statements(projector) == before


def test_ctrl_z_after_importing_a_spreadsheet_takes_the_import_back(
    projector: MainWindow, prompter: ScriptedPrompter, tmp_path: Path, qtbot
) -> None:
    """Ctrl+I, the file, Import, then Ctrl+Z where the keyboard lands: the imported cards
    go, and Edit ▸ Undo had named the import."""
    page = _diagnostic(projector)
    before = _statements(projector)
    path = tmp_path / "swot.csv"
    path.write_text("quadrant,statement\nS,Good schools\nO,New buyers\n", encoding="utf-8")
    prompter.paths.append(str(path))
    click(qtbot, page.board.panels[Quadrant.STRENGTH].capture)
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert page.stack.currentWidget() is page.import_panel
    click(qtbot, page.import_panel.import_button)
    assert "Good schools" in _statements(projector)
    assert projector.edit_undo.text().startswith("Undo Import")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _statements(projector) == before


def test_ctrl_z_in_an_empty_filter_line_undoes_the_plan_change(projector: MainWindow, qtbot):
    """In an empty line with nothing typed, Ctrl+Z is Edit ▸ Undo."""
    assert projector.plan_view is not None
    page = projector.plan_view.cluster_page
    tab = page.organisations_tab
    page.tabs.setCurrentWidget(tab)
    projector.session.run(
        projector.session.document.add_organisation, name="Textile Lab", stakeholder_type="ngo"
    )
    click(qtbot, tab.filter_edit)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert all(o.name != "Textile Lab" for o in projector.session.organisations())
    # Said where it can be seen, since the change may have been made on another page.
    assert projector.statusBar().currentMessage() == "Undone: Add organisation “Textile Lab”"


def test_ctrl_z_after_saving_a_field_with_enter_undoes_the_save(projector: MainWindow, qtbot):
    """A name typed and saved with Enter is the plan's: Ctrl+Z puts the old name back in the
    plan and in the field."""
    assert projector.plan_view is not None
    page = projector.plan_view.cluster_page
    tab = page.organisations_tab
    page.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, 0)
    entry = tab.current_entry()
    assert tab.form is not None
    name = tab.form.editors["name"].widget
    click(qtbot, name)
    name.selectAll()
    type_text(qtbot, "Renamed")
    press(qtbot, Qt.Key.Key_Return)
    saved = next(o for o in projector.session.organisations() if o.id == entry.id)
    assert saved.name == "Renamed"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    saved = next(o for o in projector.session.organisations() if o.id == entry.id)
    assert saved.name == entry.name
    assert name.text() == entry.name
