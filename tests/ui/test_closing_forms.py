"""Escape (or "Close without saving") never throws away what was typed without asking; an
unchanged form closes at once. The adoption starts from the votes the drafts already have."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.options_page import OptionsPage
from cluster_planner.ui.vision_page import VisionPage
from tests.ui.conftest import ScriptedPrompter
from tests.ui.gestures import click, click_row, press, type_text


@pytest.fixture
def vision(demo_window: MainWindow) -> VisionPage:
    """The Vision page of the demo plan in a 1280x720 window."""
    demo_window.resize(1280, 720)
    assert demo_window.plan_view is not None
    demo_window.plan_view.go_to_key("vision")
    page = demo_window.plan_view.page("vision")
    assert isinstance(page, VisionPage)
    QApplication.processEvents()
    return page


def test_escape_in_the_composer_asks_before_throwing_a_draft_away(
    vision: VisionPage, demo_window: MainWindow, prompter: ScriptedPrompter, qtbot
) -> None:
    """Typed parts of a new draft: Escape asks; No keeps the composer with the text, Yes
    closes it and saves nothing."""
    vision.tabs.setCurrentWidget(vision.drafts)
    click(qtbot, vision.drafts.new_button)
    composer = vision.drafts.composer
    assert vision.drafts.editing()
    composer.parts["positioning"].setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "The Andean reference for knitwear")
    prompter.confirmation = False
    press(qtbot, Qt.Key.Key_Escape)
    assert prompter.messages, "nothing was asked"
    assert vision.drafts.editing()
    assert composer.parts["positioning"].text() == "The Andean reference for knitwear"
    drafts = len(demo_window.session.vision_drafts())
    prompter.confirmation = True
    press(qtbot, Qt.Key.Key_Escape)
    assert not vision.drafts.editing()
    assert len(demo_window.session.vision_drafts()) == drafts


def test_an_unchanged_composer_closes_without_a_question(
    vision: VisionPage, prompter: ScriptedPrompter, qtbot
) -> None:
    """Opened and left as it was, the composer closes on Escape at once."""
    vision.tabs.setCurrentWidget(vision.drafts)
    click(qtbot, vision.drafts.new_button)
    press(qtbot, Qt.Key.Key_Escape)
    assert not vision.drafts.editing()
    assert prompter.messages == []


def test_the_indicator_form_and_the_option_editor_ask_too(
    vision: VisionPage, demo_window: MainWindow, prompter: ScriptedPrompter, qtbot
) -> None:
    """The indicator form's Close button and the option editor's Escape ask as well; the
    title's * shows while either holds typing and goes when both are closed."""
    vision.tabs.setCurrentWidget(vision.objectives)
    panel = vision.objectives
    click_row(qtbot, panel.list, 0)
    click(qtbot, panel.add_indicator_button)
    assert not demo_window.isWindowModified()
    type_text(qtbot, "Firms exporting")
    assert demo_window.isWindowModified()  # the title's * while the typing is not saved
    prompter.confirmation = False
    click(qtbot, panel.indicator_form.cancel_button)
    assert panel.editing_indicator() and len(prompter.messages) == 1
    assert demo_window.isWindowModified()
    assert demo_window.plan_view is not None
    demo_window.plan_view.go_to_key("options")
    options = demo_window.plan_view.page("options")
    assert isinstance(options, OptionsPage)
    options.add_option("SO")
    QApplication.processEvents()
    type_text(qtbot, "A joint brand")
    press(qtbot, Qt.Key.Key_Escape)
    assert options.editing() and len(prompter.messages) == 2
    assert demo_window.isWindowModified()
    prompter.confirmation = True
    press(qtbot, Qt.Key.Key_Escape)
    assert not options.editing()
    # The option is gone; the indicator on the Vision page still holds its typing.
    assert demo_window.isWindowModified()
    demo_window.plan_view.go_to_key("vision")
    click(qtbot, panel.indicator_form.cancel_button)
    assert not panel.editing_indicator()
    assert not demo_window.isWindowModified()


def test_the_adoption_takes_the_votes_the_drafts_have(
    vision: VisionPage, demo_window: MainWindow, qtbot
) -> None:
    """Adopting the leading draft starts with its votes for and the other drafts' against;
    choosing another draft follows it, and a vote typed by hand stays."""
    drafts = demo_window.session.vision_drafts()
    assert all(d.votes is not None for d in drafts) and len(drafts) >= 2
    vision.tabs.setCurrentWidget(vision.adopted)
    vision.add_entry()
    form = vision.adopted.form
    total = sum(d.votes or 0 for d in drafts)
    leader = max(drafts, key=lambda d: d.votes or 0)
    assert form.draft.currentData() == leader.id
    assert (form.votes_for.count(), form.votes_against.count()) == (
        leader.votes,
        total - (leader.votes or 0),
    )
    other = next(d for d in drafts if d.id != leader.id)
    form.draft.setFocus(Qt.FocusReason.TabFocusReason)
    form.draft.setCurrentIndex(form.draft.findData(other.id))
    assert form.votes_for.count() == other.votes
    form.votes_for.setFocus(Qt.FocusReason.TabFocusReason)
    form.votes_for.selectAll()
    type_text(qtbot, "3")
    press(qtbot, Qt.Key.Key_Tab)
    form.draft.setCurrentIndex(form.draft.findData(leader.id))
    assert form.votes_for.count() == 3


def test_the_title_mark_shows_only_unsaved_typing(
    vision: VisionPage, demo_window: MainWindow, qtbot
) -> None:
    """Edits are saved as they are made: no * after them. A draft being written is not saved
    yet: * while it holds typing, gone once it is saved."""
    session = demo_window.session
    session.run(session.document.update_profile, sector="Knitwear and garments")
    assert not demo_window.isWindowModified()
    vision.tabs.setCurrentWidget(vision.drafts)
    click(qtbot, vision.drafts.new_button)
    assert not demo_window.isWindowModified()  # opened, nothing typed yet
    composer = vision.drafts.composer
    composer.statement.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "By 2030 Atuntaqui is the Andean reference for knitwear.")
    assert demo_window.isWindowModified()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not vision.drafts.editing()
    assert not demo_window.isWindowModified()


def test_quitting_with_unsaved_typing_asks(
    vision: VisionPage, demo_window: MainWindow, prompter: ScriptedPrompter, qtbot
) -> None:
    """Ctrl+Q with a draft being written asks; No keeps the window and the typing."""
    vision.tabs.setCurrentWidget(vision.drafts)
    click(qtbot, vision.drafts.new_button)
    composer = vision.drafts.composer
    composer.statement.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, "Unsaved words")
    prompter.confirmation = False
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert prompter.messages and "not saved" in prompter.messages[-1]
    assert demo_window.isVisible() and demo_window.session is not None
    assert composer.statement.toPlainText() == "Unsaved words"
    prompter.confirmation = True
