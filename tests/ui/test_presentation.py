"""Presentation mode: F5, the presented look, the lock, clicker keys, the timer, two screens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QToolButton,
    QWidget,
)

from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.ui.main_window import MainWindow
from cluster_planner.ui.presentation.countdown import Countdown, CountdownDisplay, format_remaining
from cluster_planner.ui.presentation.look import body_pixels
from cluster_planner.ui.presentation.preferences import (
    DEFAULT_BODY_PIXELS,
    PresentationPreferences,
    read_preferences,
    write_preferences,
)
from cluster_planner.ui.presentation.screens import ScreenInfo, audience_screen
from cluster_planner.ui.prompter import Prompter
from cluster_planner.ui.settings import AppSettings

Ctrl = Qt.KeyboardModifier.ControlModifier
Shift = Qt.KeyboardModifier.ShiftModifier
Alt = Qt.KeyboardModifier.AltModifier
PRESENTED_STEPS = ("diagnostic", "options", "vision", "action_plan", "timeline")


class FakeClock:
    """Seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _one_screen(window: MainWindow) -> list[ScreenInfo]:
    screen = window.screen()
    return [ScreenInfo(screen.name(), screen.geometry(), screen)]


def _two_screens(window: MainWindow) -> list[ScreenInfo]:
    return [*_one_screen(window), ScreenInfo("projector", QRect(5000, 0, 1920, 1080))]


@pytest.fixture
def shown(qtbot, settings: AppSettings, tmp_path: Path, demo_path: Path) -> Iterator[MainWindow]:
    """The main window with real dialogs (which must not open) over a copy of the demo plan."""
    window = MainWindow(settings=settings, prompter=Prompter(), demo_folder=tmp_path / "demo")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.presentation.screens = lambda: _one_screen(window)
    assert window.open_plan(demo_path)
    yield window
    window.presentation.leave()
    window.close_plan()


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any modal dialog fails the test."""

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("a modal dialog opened while presenting")

    monkeypatch.setattr(QDialog, "exec", refuse)
    monkeypatch.setattr(QMessageBox, "exec", refuse)
    for name in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, refuse)


def _present(qtbot, window: MainWindow, key: str) -> QWidget:
    assert window.plan_view is not None
    window.plan_view.go_to_key(key)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation.presenting
    QApplication.processEvents()
    return window.plan_view.page(key)


def _text_widgets(page: QWidget) -> list[QWidget]:
    """The widgets of ``page`` that show text now."""
    shown: list[QWidget] = []
    kinds = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar)
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel):
            if widget.text().strip():
                shown.append(widget)
        elif isinstance(widget, kinds):
            shown.append(widget)
    return shown


def _smallest_at_1080(page: QWidget, screen_height: int) -> float:
    dpi = page.logicalDpiY()
    sizes = [w.font().pointSizeF() * dpi / 72 for w in _text_widgets(page)]
    return min(sizes) * 1080 / screen_height


# --- entering and leaving ---------------------------------------------------------------------


def test_f5_enters_and_leaves_full_screen_with_the_editing_chrome_hidden(
    qtbot, shown: MainWindow
) -> None:
    """F5 fills the screen with the page alone; F5 again gives the window back as it was."""
    assert shown.plan_view is not None
    present = shown.findChild(QAction, "view_presentation_mode")
    assert present is not None and present.shortcut().toString() == "F5"
    _present(qtbot, shown, "diagnostic")
    qtbot.waitUntil(shown.isFullScreen)
    assert not shown.menuBar().isVisible()
    assert not shown.statusBar().isVisible()
    assert not shown.plan_view.steps.isVisible()
    page = shown.plan_view.page("diagnostic")
    import_button = next(
        b
        for b in page.findChildren(QToolButton)
        if b.defaultAction() is page.import_action  # type: ignore[attr-defined]
    )
    assert not import_button.isVisible()
    assert shown.presentation.corner.isVisible()
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    assert not shown.presentation.presenting
    qtbot.waitUntil(lambda: not shown.isFullScreen())
    assert shown.menuBar().isVisible() and shown.statusBar().isVisible()
    assert shown.plan_view.steps.isVisible()
    assert import_button.isVisible()
    assert shown.prompter.in_page is None


def test_escape_leaves_but_not_while_typing(qtbot, shown: MainWindow) -> None:
    """Escape ends the presentation, except in a field being typed in."""
    page = _present(qtbot, shown, "diagnostic")
    capture = page.board.panels[Quadrant.STRENGTH].capture  # type: ignore[attr-defined]
    capture.setFocus()
    qtbot.keyClick(capture, Qt.Key.Key_Escape)
    assert shown.presentation.presenting
    cards = page.board.panels[Quadrant.STRENGTH].cards  # type: ignore[attr-defined]
    cards.setFocus()
    qtbot.keyClick(cards, Qt.Key.Key_Escape)
    assert not shown.presentation.presenting


def test_present_needs_an_open_plan(qtbot, shown: MainWindow) -> None:
    """Without a plan there is nothing to present: the command is off and F5 does nothing."""
    shown.close_plan()
    assert not shown.presentation.present_action.isEnabled()
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    assert not shown.presentation.presenting


# --- type size and contrast ---------------------------------------------------------------------


def test_body_pixels_follow_the_screen_height() -> None:
    """The setting is for 1080 lines; a 720-line projector gets the same share of its height."""
    assert body_pixels(28, 1080) == 28
    assert body_pixels(28, 720) == pytest.approx(18.67, abs=0.01)
    assert body_pixels(28, 2160) == 56


@pytest.mark.parametrize("key", PRESENTED_STEPS)
def test_presented_text_is_never_smaller_than_the_setting(
    qtbot, shown: MainWindow, key: str
) -> None:
    """Every text a presented page shows is at least the body size (28 px at 1080 lines)."""
    page = _present(qtbot, shown, key)
    height = shown.screen().geometry().height()
    assert _smallest_at_1080(page, height) >= DEFAULT_BODY_PIXELS - 0.5
    shown.presentation.leave()
    assert _smallest_at_1080(page, height) < DEFAULT_BODY_PIXELS - 0.5  # the page's own size


def test_larger_type_is_applied_and_remembered(
    qtbot, shown: MainWindow, settings: AppSettings
) -> None:
    """Ctrl+Alt+= makes the type larger at once, and the next presentation starts there."""
    page = _present(qtbot, shown, "diagnostic")
    height = shown.screen().geometry().height()
    shown.presentation.larger_type_action.trigger()
    shown.presentation.larger_type_action.trigger()
    assert _smallest_at_1080(page, height) >= DEFAULT_BODY_PIXELS + 4 - 0.5
    assert read_preferences(settings.store).body_pixels == DEFAULT_BODY_PIXELS + 4


def test_high_contrast_lays_a_white_page_and_comes_off(qtbot, shown: MainWindow) -> None:
    """The high-contrast look is a style sheet on the page, taken off when leaving."""
    page = _present(qtbot, shown, "options")
    assert "background: #ffffff" in page.styleSheet()
    shown.presentation.leave()
    assert "background: #ffffff" not in page.styleSheet()


# --- no dialogs -----------------------------------------------------------------------------------


def test_a_confirmation_is_asked_in_the_page_not_in_a_dialog(
    qtbot, shown: MainWindow, no_dialogs: None
) -> None:
    """Deleting an action with partners asks in the bar at the foot of the page."""
    page = _present(qtbot, shown, "action_plan")
    session = shown.session
    assert session is not None
    action = next(a for a in session.actions() if a.partners and a.cost_lines)
    tree = page.tree  # type: ignore[attr-defined]
    tree.select_action(action.id)
    tree.view.setFocus()
    qtbot.keyClick(shown, Qt.Key.Key_L, Ctrl | Shift)  # the lock would swallow Delete
    assert not shown.presentation.lock.locked
    bar = shown.presentation.message_bar
    seen: list[str] = []

    def answer(key: str | None) -> None:
        seen.append(bar.text.text())
        assert bar.isVisible() and bar.asking
        bar.answer(key)

    QTimer.singleShot(0, lambda: answer(None))
    qtbot.keyClick(tree.view, Qt.Key.Key_Delete)
    assert "partner" in seen[0]
    assert any(a.id == action.id for a in session.actions())  # Cancel kept it
    QTimer.singleShot(0, lambda: answer("accept"))
    qtbot.keyClick(tree.view, Qt.Key.Key_Delete)
    assert not any(a.id == action.id for a in session.actions())
    assert not bar.isVisible()


def test_a_file_chooser_and_a_refused_edit_are_sentences_in_the_page(
    qtbot, shown: MainWindow, no_dialogs: None
) -> None:
    """Export asks for no file while presenting; a refused edit is said in the bar too."""
    page = _present(qtbot, shown, "timeline")
    assert page.export_png() is None  # type: ignore[attr-defined]
    bar = shown.presentation.message_bar
    assert bar.isVisible() and "F5" in bar.text.text()
    bar.answer(None)
    assert not bar.isVisible()
    assert shown.session is not None
    shown.session.failed.emit("That date is before the start of the plan.")
    assert bar.isVisible() and bar.text.text() == "That date is before the start of the plan."


def test_leaving_cancels_an_open_question(qtbot, shown: MainWindow, no_dialogs: None) -> None:
    """F5 while a question waits answers it with Cancel and gives dialogs back."""
    _present(qtbot, shown, "diagnostic")
    QTimer.singleShot(0, shown.presentation.leave)
    assert shown.prompter.choose(shown, "Merge", "Which card stays?", [("1", "This")]) is None
    assert shown.prompter.in_page is None


# --- the lock ---------------------------------------------------------------------------------


def test_the_lock_refuses_deletes_and_drags_and_ctrl_shift_l_unlocks(
    qtbot, shown: MainWindow
) -> None:
    """Locked: Delete and right-click do nothing and cards do not drag; unlocked they do."""
    page = _present(qtbot, shown, "diagnostic")
    session = shown.session
    assert session is not None
    lock = shown.presentation.lock
    assert lock.locked and shown.presentation.badge.text() == "Locked"
    panel = page.board.panels[Quadrant.WEAKNESS]  # type: ignore[attr-defined]
    card = panel.model.item(0)
    page.board.select(card.id, focus=True)  # type: ignore[attr-defined]
    qtbot.keyClick(panel.cards, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.cards, Qt.Key.Key_Up, Ctrl)
    assert any(i.id == card.id and i.status is ItemStatus.ACTIVE for i in session.swot_items())
    assert panel.model.item(0).id == card.id
    assert "Ctrl+Shift+L" in shown.presentation.badge.text()  # it says how to unlock
    assert not panel.cards.dragEnabled() and not panel.cards.acceptDrops()
    assert panel.cards.dragDropMode() is QAbstractItemView.DragDropMode.NoDragDrop

    qtbot.keyClick(shown, Qt.Key.Key_L, Ctrl | Shift)
    assert not lock.locked and "Unlocked" in shown.presentation.badge.text()
    assert panel.cards.dragEnabled() and panel.cards.acceptDrops()
    # A card nobody voted for or uses: deleting one that is used asks first, in the page.
    spare = session.run(
        session.document.add_swot_item, quadrant=Quadrant.WEAKNESS, statement="Spare card"
    )
    assert spare is not None
    spare_id = next(i.id for i in session.swot_items() if i.statement == "Spare card")
    page.board.select(spare_id, focus=True)  # type: ignore[attr-defined]
    qtbot.keyClick(panel.cards, Qt.Key.Key_Delete)
    assert not any(i.id == spare_id for i in session.swot_items())
    qtbot.keyClick(shown, Qt.Key.Key_L, Ctrl | Shift)
    assert lock.locked


def test_capture_still_works_while_locked(qtbot, shown: MainWindow) -> None:
    """Typing a card and Enter adds it; Backspace still corrects the typing."""
    page = _present(qtbot, shown, "diagnostic")
    assert shown.presentation.lock.locked
    capture = page.board.panels[Quadrant.OPPORTUNITY].capture  # type: ignore[attr-defined]
    capture.setFocus()
    qtbot.keyClicks(capture, "Tourists ask for local knitwearX")
    qtbot.keyClick(capture, Qt.Key.Key_Backspace)
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert shown.session is not None
    assert any(i.statement == "Tourists ask for local knitwear" for i in shown.session.swot_items())


def test_tallies_and_the_reveal_work_while_locked(qtbot, shown: MainWindow) -> None:
    """The facilitator types dots from paper and reveals the round while locked."""
    page = _present(qtbot, shown, "diagnostic")
    voting = page.voting  # type: ignore[attr-defined]
    assert not voting.isVisible()  # the board has the width until the tallies come
    qtbot.keyClick(shown, Qt.Key.Key_F8)
    assert voting.isVisible()
    voting.add_round()
    round_id = voting.current_round().id
    table = voting.tally_table
    voting.start_entry()
    qtbot.keyClicks(table, "5")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not table.isPersistentEditorOpen(table.currentIndex()))
    QApplication.processEvents()
    assert shown.session is not None
    tallies = next(r for r in shown.session.voting_rounds() if r.id == round_id).tallies
    assert [t.count for t in tallies] == [5]
    qtbot.keyClick(page, Qt.Key.Key_R, Ctrl)
    assert voting.current_round().revealed


def test_the_timeline_bars_do_not_drag_while_locked(qtbot, shown: MainWindow) -> None:
    """The chart takes no mouse edits while locked, and takes them again when unlocked."""
    page = _present(qtbot, shown, "timeline")
    chart = page.gantt.chart  # type: ignore[attr-defined]
    assert not chart.isInteractive()
    shown.presentation.lock.set_locked(False)
    assert chart.isInteractive()


# --- clicker keys ------------------------------------------------------------------------------


def test_page_down_and_up_walk_the_cards_across_quadrants(qtbot, shown: MainWindow) -> None:
    """PageDown goes card by card in reading order, from S to W; PageUp comes back."""
    page = _present(qtbot, shown, "diagnostic")
    board = page.board  # type: ignore[attr-defined]
    strengths = board.panels[Quadrant.STRENGTH]
    last = strengths.model.rowCount() - 1
    board.select(strengths.model.item(last).id, focus=True)
    qtbot.keyClick(strengths.cards, Qt.Key.Key_PageDown)
    weaknesses = board.panels[Quadrant.WEAKNESS]
    assert board.current_id() == weaknesses.model.item(0).id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp)
    assert board.current_id() == strengths.model.item(last).id


def test_arrows_jump_between_quadrants_but_type_in_a_capture_line(qtbot, shown: MainWindow) -> None:
    """Right goes to the next quadrant's first card; in a capture line the arrows edit text."""
    page = _present(qtbot, shown, "diagnostic")
    board = page.board  # type: ignore[attr-defined]
    strengths = board.panels[Quadrant.STRENGTH]
    board.select(strengths.model.item(2).id, focus=True)
    qtbot.keyClick(strengths.cards, Qt.Key.Key_Right)
    assert board.current_id() == board.panels[Quadrant.WEAKNESS].model.item(0).id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert board.current_id() == board.panels[Quadrant.WEAKNESS].model.item(1).id
    capture = board.panels[Quadrant.THREAT].capture
    capture.setFocus()
    qtbot.keyClicks(capture, "abc")
    qtbot.keyClick(capture, Qt.Key.Key_Left)
    assert capture.cursorPosition() == 2 and QApplication.focusWidget() is capture


def test_clicker_keys_move_through_options_actions_and_steps(qtbot, shown: MainWindow) -> None:
    """PageDown selects the next option and action; Ctrl+PageDown goes to the next step."""
    page = _present(qtbot, shown, "options")
    assert shown.plan_view is not None
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    first = page.current_option_id()  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    second = page.current_option_id()  # type: ignore[attr-defined]
    assert first is not None and second is not None and first != second
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Ctrl)
    assert shown.plan_view.current_key() == "vision"
    qtbot.keyClick(shown, Qt.Key.Key_PageDown, Ctrl)
    assert shown.plan_view.current_key() == "action_plan"
    plan = shown.plan_view.page("action_plan")
    assert shown.presentation.presented_pages() == [plan]  # the look moved with the step
    before = plan.tree.current_action_id()  # type: ignore[attr-defined]
    plan.tree.view.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(plan.tree.view, Qt.Key.Key_PageDown)  # type: ignore[attr-defined]
    assert plan.tree.current_action_id() != before  # type: ignore[attr-defined]


def test_right_and_left_change_the_vision_tab(qtbot, shown: MainWindow) -> None:
    """On the Vision step the groups are its tabs: Right goes from Elements to Drafts."""
    page = _present(qtbot, shown, "vision")
    tabs = page.tabs  # type: ignore[attr-defined]
    tabs.setCurrentIndex(0)
    page.elements.list.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(page.elements.list, Qt.Key.Key_Right)  # type: ignore[attr-defined]
    assert tabs.currentWidget() is page.drafts  # type: ignore[attr-defined]


# --- the countdown ------------------------------------------------------------------------------


def test_the_countdown_counts_pauses_and_stops_quietly_at_zero(qtbot) -> None:
    """Start, pause, resume and reset follow the clock; at zero it says Time, nothing more."""
    clock = FakeClock()
    countdown = Countdown(300, clock)
    display = CountdownDisplay(countdown)
    qtbot.addWidget(display)
    assert not display.isVisibleTo(display.parentWidget() or display) or not countdown.shown
    countdown.start()
    clock.now += 30.2
    display.refresh()
    assert display.digits.text() == "4:30"
    countdown.pause()
    clock.now += 100
    display.refresh()
    assert display.digits.text() == "4:30" and display.state.text() == "Paused"
    countdown.start()
    clock.now += 500
    display.refresh()
    assert countdown.finished and display.digits.text() == "0:00"
    assert display.state.text() == "Time" and QApplication.activeModalWidget() is None
    countdown.reset()
    display.refresh()
    assert display.digits.text() == "5:00" and not countdown.running
    countdown.reset()
    assert not countdown.shown  # the second reset puts it away


def test_format_remaining_rounds_up_whole_seconds() -> None:
    """0.2 s left still shows 0:01; nothing shows below zero."""
    assert format_remaining(0.2) == "0:01"
    assert format_remaining(61) == "1:01"
    assert format_remaining(-5) == "0:00"


def test_f7_starts_and_pauses_the_timer_and_its_length_is_remembered(
    qtbot, shown: MainWindow, settings: AppSettings
) -> None:
    """F7 starts and pauses, Shift+F7 resets; Ctrl+F7 adds a minute for next time too."""
    _present(qtbot, shown, "diagnostic")
    countdown = shown.presentation.countdown
    qtbot.keyClick(shown, Qt.Key.Key_F7)
    assert countdown.running and shown.presentation.timer_display.isVisible()
    qtbot.keyClick(shown, Qt.Key.Key_F7)
    assert not countdown.running
    qtbot.keyClick(shown, Qt.Key.Key_F7, Ctrl)
    assert countdown.length == 6 * 60
    assert read_preferences(settings.store).timer_minutes == 6
    qtbot.keyClick(shown, Qt.Key.Key_F7, Shift)
    assert countdown.remaining() == 6 * 60


# --- two screens ---------------------------------------------------------------------------------


def test_the_audience_screen_is_another_screen_the_largest() -> None:
    """One screen: none; two: the other; three: the largest other one."""
    laptop = ScreenInfo("laptop", QRect(0, 0, 1366, 768))
    small = ScreenInfo("monitor", QRect(1366, 0, 1280, 1024))
    beamer = ScreenInfo("beamer", QRect(2646, 0, 1920, 1080))
    assert audience_screen([laptop], "laptop") is None
    assert audience_screen([laptop, small], "laptop") == small
    assert audience_screen([laptop, small, beamer], "laptop") == beamer
    assert audience_screen([laptop, beamer], "beamer") == laptop


def test_a_second_screen_gets_a_live_audience_view_that_follows_the_step(
    qtbot, shown: MainWindow
) -> None:
    """The facilitator keeps the editing window; the projector shows a second live page."""
    shown.presentation.screens = lambda: _two_screens(shown)
    shown.presentation.full_screen = False
    page = _present(qtbot, shown, "diagnostic")
    audience = shown.presentation.audience
    assert audience is not None and audience.isVisible()
    assert audience.geometry().topLeft().x() == 5000
    assert not shown.isFullScreen() and shown.menuBar().isVisible()
    assert shown.plan_view is not None and shown.plan_view.steps.isVisible()
    shown_page = audience.page
    assert shown_page is not None and shown_page is not page
    assert shown_page.objectName() == "step_diagnostic"
    assert not shown_page.side.isVisibleTo(audience)  # type: ignore[attr-defined]

    capture = page.board.panels[Quadrant.THREAT].capture  # type: ignore[attr-defined]
    capture.setFocus()
    qtbot.keyClicks(capture, "Power cuts in the dry season")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    projected = shown_page.board.panels[Quadrant.THREAT].model  # type: ignore[attr-defined]
    texts = [projected.item(r).statement for r in range(projected.rowCount())]
    assert "Power cuts in the dry season" in texts

    height = 1080
    assert _smallest_at_1080(shown_page, height) >= DEFAULT_BODY_PIXELS - 0.5

    shown.plan_view.go_to_key("timeline")
    assert audience.page is not None and audience.page.objectName() == "step_timeline"
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    assert shown.presentation.audience is None


def test_the_clicker_moves_the_audience_view_with_the_facilitator(qtbot, shown: MainWindow) -> None:
    """PageDown on the laptop moves the projected page to the same card."""
    shown.presentation.screens = lambda: _two_screens(shown)
    shown.presentation.full_screen = False
    page = _present(qtbot, shown, "diagnostic")
    board = page.board  # type: ignore[attr-defined]
    strengths = board.panels[Quadrant.STRENGTH]
    board.select(strengths.model.item(0).id, focus=True)
    qtbot.keyClick(strengths.cards, Qt.Key.Key_PageDown)
    audience = shown.presentation.audience
    assert audience is not None and audience.page is not None
    projected = audience.page.board.panels[Quadrant.STRENGTH].cards  # type: ignore[attr-defined]
    assert projected.currentIndex().row() == 1


# --- preferences ---------------------------------------------------------------------------------


def test_preferences_are_remembered_per_user(tmp_path: Path) -> None:
    """What is written is read back; nonsense falls back to the defaults."""
    store = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    assert read_preferences(store) == PresentationPreferences()
    chosen = PresentationPreferences(
        body_pixels=34, contrast="standard", timer_minutes=12, lock_by_default=False
    )
    write_preferences(store, chosen)
    again = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    assert read_preferences(again) == chosen
    again.setValue("presentation/body_pixels", "huge")
    again.setValue("presentation/contrast", "neon")
    assert read_preferences(again).body_pixels == DEFAULT_BODY_PIXELS
    assert read_preferences(again).contrast == "high"


def test_the_lock_default_is_remembered(qtbot, shown: MainWindow, settings: AppSettings) -> None:
    """With "lock when presenting starts" off, the next presentation starts unlocked."""
    shown.presentation.lock_default_action.trigger()
    assert read_preferences(settings.store).lock_by_default is False
    _present(qtbot, shown, "diagnostic")
    assert not shown.presentation.lock.locked


def test_the_audience_view_follows_the_facilitators_tab(qtbot, shown: MainWindow) -> None:
    """Picking the impact/effort tab on the laptop shows it on the projector too."""
    shown.presentation.screens = lambda: _two_screens(shown)
    shown.presentation.full_screen = False
    page = _present(qtbot, shown, "options")
    audience = shown.presentation.audience
    assert audience is not None and audience.page is not None
    page.tabs.setCurrentWidget(page.impact_effort)  # type: ignore[attr-defined]
    assert audience.page.tabs.currentIndex() == 1  # type: ignore[attr-defined]


def test_f5_belongs_to_its_own_window(
    qtbot, shown: MainWindow, settings: AppSettings, demo_path: Path, tmp_path: Path
) -> None:
    """With a second window open (another plan, a past revision), F5 presents only this one."""
    import shutil

    other_path = tmp_path / "other.clusterplan"
    shutil.copy(demo_path, other_path)
    other = MainWindow(settings=settings, prompter=Prompter(), demo_folder=tmp_path / "demo")
    qtbot.addWidget(other)
    other.show()
    assert other.open_plan(other_path)
    shown.activateWindow()
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    assert shown.presentation.presenting and not other.presentation.presenting
    shown.presentation.leave()
    other.close_plan()


# --- what the hall may reach, and what the lock holds ---------------------------------------


def test_with_two_screens_the_lock_guards_the_facilitators_page_too(
    qtbot, shown: MainWindow
) -> None:
    """Delete on a card on the laptop deletes nothing while locked, and its cards do not drag."""
    shown.presentation.screens = lambda: _two_screens(shown)
    shown.presentation.full_screen = False
    page = _present(qtbot, shown, "diagnostic")
    assert shown.presentation.lock.locked
    session = shown.session
    assert session is not None
    panel = page.board.panels[Quadrant.WEAKNESS]  # type: ignore[attr-defined]
    card = panel.model.item(0)
    page.board.select(card.id, focus=True)  # type: ignore[attr-defined]
    qtbot.keyClick(panel.cards, Qt.Key.Key_Delete)
    assert any(i.id == card.id and i.status is ItemStatus.ACTIVE for i in session.swot_items())
    assert not panel.cards.dragEnabled() and not panel.cards.acceptDrops()
    shown.presentation.leave()
    assert panel.cards.dragEnabled()


def test_the_clicker_and_ctrl_numbers_stay_on_the_presented_steps(
    qtbot, shown: MainWindow, no_dialogs: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+PageDown stops at the Timeline, Ctrl+PageUp at the Diagnostic; Ctrl+8 (Roadmap)
    says in the page that it is not presented, so its Ctrl+P cannot open a print dialog."""
    from PySide6.QtPrintSupport import QPrintDialog

    def refuse(*_args: object) -> int:
        raise AssertionError("a print dialog opened while presenting")

    monkeypatch.setattr(QPrintDialog, "exec", refuse)
    assert shown.plan_view is not None
    _present(qtbot, shown, "timeline")
    qtbot.keyClick(shown, Qt.Key.Key_PageDown, Ctrl)
    assert shown.plan_view.current_key() == "timeline"
    bar = shown.presentation.message_bar
    for number, name in (
        (Qt.Key.Key_8, "Roadmap"),
        (Qt.Key.Key_7, "Review"),
        (Qt.Key.Key_1, "Cluster"),
    ):
        qtbot.keyClick(shown, number, Ctrl)
        assert shown.plan_view.current_key() == "timeline"
        assert bar.isVisible() and name in bar.text.text()
    qtbot.keyClick(shown, Qt.Key.Key_P, Ctrl)
    shown.plan_view.steps.setCurrentRow(7)  # a click in the step list comes back too
    assert shown.plan_view.current_key() == "timeline"
    qtbot.keyClick(shown, Qt.Key.Key_P, Ctrl)
    qtbot.keyClick(shown, Qt.Key.Key_2, Ctrl)
    assert shown.plan_view.current_key() == "diagnostic"
    qtbot.keyClick(shown, Qt.Key.Key_PageUp, Ctrl)
    assert shown.plan_view.current_key() == "diagnostic"
    assert shown.presentation.presented_pages() == [shown.plan_view.page("diagnostic")]


def test_f5_on_a_step_that_is_not_presented_presents_the_nearest_one(
    qtbot, shown: MainWindow
) -> None:
    """From the Roadmap F5 presents the Timeline, from the Cluster profile the Diagnostic."""
    assert shown.plan_view is not None
    shown.plan_view.go_to_key("roadmap")
    qtbot.keyClick(shown, Qt.Key.Key_F5)
    assert shown.presentation.presenting and shown.plan_view.current_key() == "timeline"


def test_the_lock_refuses_new_and_deleted_rounds_insert_f2_and_pasted_lines(
    qtbot, shown: MainWindow
) -> None:
    """Locked: no New/Delete round, no Ins on the action plan, no option form, no paste box."""
    page = _present(qtbot, shown, "diagnostic")
    session = shown.session
    assert session is not None
    qtbot.keyClick(shown, Qt.Key.Key_F8)
    voting = page.voting  # type: ignore[attr-defined]
    assert not voting.delete_round.isEnabled() and not voting.new_round.isEnabled()
    assert not voting.delete_round.isVisible() and not voting.new_round.isVisible()
    rounds = len(session.voting_rounds())
    voting.delete_round.click()
    assert len(session.voting_rounds()) == rounds
    capture = page.board.panels[Quadrant.STRENGTH].capture  # type: ignore[attr-defined]
    capture.setFocus()
    qtbot.keyClick(capture, Qt.Key.Key_V, Ctrl | Shift)
    assert not page.import_panel.isVisible()  # type: ignore[attr-defined]
    shown.presentation.lock.set_locked(False)
    assert voting.delete_round.isEnabled() and voting.delete_round.isVisible()
    shown.presentation.lock.set_locked(True)

    assert shown.plan_view is not None
    shown.plan_view.go_to_key("action_plan")
    plan = shown.plan_view.page("action_plan")
    actions = len(session.actions())
    plan.tree.view.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClick(plan.tree.view, Qt.Key.Key_Insert)  # type: ignore[attr-defined]
    assert len(session.actions()) == actions

    shown.plan_view.go_to_key("options")
    options = shown.plan_view.page("options")
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    for key in (Qt.Key.Key_Insert, Qt.Key.Key_F2):
        qtbot.keyClick(QApplication.focusWidget(), key)
        assert options.stack.currentWidget() is options.matrix  # type: ignore[attr-defined]


def test_presented_vision_and_options_show_no_forms(qtbot, shown: MainWindow) -> None:
    """Vision opens on the drafts without the votes box; the element's form, the rating boxes
    of impact/effort are not presented; leaving shows them and the tab it was on."""
    assert shown.plan_view is not None
    vision = shown.plan_view.page("vision")
    vision.tabs.setCurrentWidget(vision.elements)  # type: ignore[attr-defined]
    _present(qtbot, shown, "vision")
    assert vision.tabs.currentWidget() is vision.drafts  # type: ignore[attr-defined]
    assert not vision.drafts.votes.isVisibleTo(vision)  # type: ignore[attr-defined]
    assert not vision.drafts.votes_caption.isVisibleTo(vision)  # type: ignore[attr-defined]
    form = vision.elements.form_title.parentWidget()  # type: ignore[attr-defined]
    assert form.isHidden()
    shown.plan_view.go_to_key("options")
    options = shown.plan_view.page("options")
    options.tabs.setCurrentWidget(options.impact_effort)  # type: ignore[attr-defined]
    impact_effort = options.impact_effort  # type: ignore[attr-defined]
    assert impact_effort.impact.isHidden() and impact_effort.effort.isHidden()
    assert not any(
        "Rate the selected" in label.text() and label.isVisibleTo(options)
        for label in impact_effort.findChildren(QLabel)
    )
    shown.presentation.leave()
    assert vision.tabs.currentWidget() is vision.elements  # type: ignore[attr-defined]
    assert not form.isHidden() and not impact_effort.impact.isHidden()


def test_f8_puts_the_keyboard_on_the_first_cards_votes(qtbot, shown: MainWindow) -> None:
    """After F8, typing 9 and Enter records 9 dots for the first card of the round."""
    page = _present(qtbot, shown, "diagnostic")
    voting = page.voting  # type: ignore[attr-defined]
    qtbot.keyClick(shown, Qt.Key.Key_F8)
    assert voting.isVisible()
    table = voting.tally_table
    first = voting.tally_model.item(0).id
    qtbot.keyClicks(QApplication.focusWidget(), "9")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not table.isPersistentEditorOpen(table.currentIndex()))
    QApplication.processEvents()
    assert shown.session is not None
    round_id = voting.current_round().id
    tallies = next(r for r in shown.session.voting_rounds() if r.id == round_id).tallies
    assert any(t.item_id == first and t.count == 9 for t in tallies)


def test_a_new_round_while_unlocked_is_ready_for_the_first_cards_votes(
    qtbot, shown: MainWindow
) -> None:
    """New round (unlocked) puts the keyboard on the first card's votes too."""
    page = _present(qtbot, shown, "diagnostic")
    shown.presentation.lock.set_locked(False)
    voting = page.voting  # type: ignore[attr-defined]
    qtbot.keyClick(shown, Qt.Key.Key_F8)
    voting.new_round.click()
    table = voting.tally_table
    assert QApplication.focusWidget() is table
    assert table.currentIndex().row() == 0 and table.currentIndex().column() == 2


# --- the overlays, the settings, and leaving exactly ---------------------------------------------


def test_the_timer_digits_are_a_tenth_of_the_screen_high(qtbot, shown: MainWindow) -> None:
    """The digits are read across the hall: about 10 % of the height; "Time" half of that."""
    _present(qtbot, shown, "diagnostic")
    height = shown.screen().geometry().height()
    display = shown.presentation.timer_display
    assert display.digits.font().pixelSize() >= 0.09 * height
    assert display.state.font().pixelSize() >= 0.045 * height


def test_the_message_bar_leaves_the_pages_status_line_readable(qtbot, shown: MainWindow) -> None:
    """With the bar up, the page ends above it: its board and its own status (said beside
    the title) are not covered."""
    page = _present(qtbot, shown, "diagnostic")
    bar = shown.presentation.message_bar
    bar.tell("", "That date is before the start of the plan.")
    page.show_status("Deleted a card.")  # type: ignore[attr-defined]
    QApplication.processEvents()
    for part in (page.status, page.splitter):  # type: ignore[attr-defined]
        assert part.isVisible()
        bottom = part.mapTo(shown, part.rect().bottomLeft()).y()
        assert bottom < bar.geometry().top()
    bar.dismiss()
    QApplication.processEvents()
    assert shown.centralWidget().contentsMargins().bottom() == 0


def test_type_and_timer_keys_do_nothing_when_not_presenting(
    qtbot, shown: MainWindow, settings: AppSettings
) -> None:
    """Ctrl+Alt+= and Ctrl+F7 change no saved setting outside a presentation."""
    before = read_preferences(settings.store)
    qtbot.keyClick(shown, Qt.Key.Key_Equal, Ctrl | Alt)
    qtbot.keyClick(shown, Qt.Key.Key_F7, Ctrl)
    qtbot.keyClick(shown, Qt.Key.Key_F7, Ctrl | Shift)
    assert read_preferences(settings.store) == before


def test_leaving_gives_back_tabs_sizes_and_columns(qtbot, shown: MainWindow) -> None:
    """The side panel's tab, the window's size and minimum, the Vision page's minimum height
    and the action plan's columns are as they were before presenting on a small screen."""
    assert shown.plan_view is not None
    shown.presentation.full_screen = False
    diagnostic = shown.plan_view.page("diagnostic")
    side = diagnostic.side  # type: ignore[attr-defined]
    side.setCurrentIndex(0)
    vision = shown.plan_view.page("vision")
    plan = shown.plan_view.page("action_plan")
    header = plan.tree.view.header()  # type: ignore[attr-defined]
    shown.plan_view.go_to_key("action_plan")
    QApplication.processEvents()
    shown.resize(1164, 700)
    shown.layout().activate()
    QApplication.processEvents()
    size, minimum = shown.size(), shown.minimumSize()
    columns = [header.sectionSize(i) for i in range(header.count())]
    vision_minimum = vision.minimumSizeHint()
    for key in ("diagnostic", "vision", "action_plan"):
        _present(qtbot, shown, key)
        shown.presentation.leave()
        QApplication.processEvents()
    assert side.currentIndex() == 0
    assert shown.size() == size and shown.minimumSize() == minimum
    assert vision.minimumSizeHint().height() <= vision_minimum.height()
    assert [header.sectionSize(i) for i in range(header.count())] == columns


@pytest.mark.parametrize("width", [1280, 1024])
def test_the_presented_action_plan_cuts_no_codes_dates_statuses_or_sums(
    qtbot, shown: MainWindow, width: int
) -> None:
    """Code, dates, status and budget fit their contents; the title keeps what remains (the
    lead goes on a narrow screen); leaving gives every column back."""
    from cluster_planner.ui.action_tree_model import ActionTreeModel

    assert shown.plan_view is not None
    shown.presentation.full_screen = False
    shown.resize(width, round(width * 9 / 16))
    plan = shown.plan_view.page("action_plan")
    view = plan.tree.view  # type: ignore[attr-defined]
    header = view.header()
    shown.plan_view.go_to_key("action_plan")
    QApplication.processEvents()
    before = [(header.sectionSize(i), header.isSectionHidden(i)) for i in range(header.count())]
    _present(qtbot, shown, "action_plan")
    QApplication.processEvents()
    view.expandAll()
    for key in ("code", "start", "end", "status", "budget"):
        column = ActionTreeModel.column_of(key)
        assert not header.isSectionHidden(column)
        assert header.sectionSize(column) >= view.sizeHintForColumn(column), key
    title = ActionTreeModel.column_of("title")
    assert header.sectionSize(title) >= 0.3 * view.viewport().width()
    shown.presentation.leave()
    QApplication.processEvents()
    after = [(header.sectionSize(i), header.isSectionHidden(i)) for i in range(header.count())]
    assert after == before


def _contrast(ink: QColor, paper: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        # What the eye gets: a translucent ink is blended into the paper.
        alpha = colour.alphaF()
        mixed = [
            alpha * c + (1 - alpha) * p
            for c, p in zip(
                (colour.redF(), colour.greenF(), colour.blueF()),
                (paper.redF(), paper.greenF(), paper.blueF()),
                strict=True,
            )
        ]
        r, g, b = (channel(v) for v in mixed)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(ink), luminance(paper)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_high_contrast_secondary_text_is_at_least_7_to_1(qtbot, shown: MainWindow) -> None:
    """An option's marks and rating, an empty cell's hint and a card's tags read at 7:1."""
    from cluster_planner.ui import swot_card_delegate as cards

    muted = QColor(cards.MUTED)
    page = _present(qtbot, shown, "options")
    white = QColor("#ffffff")
    for cell in page.matrix.cells.values():  # type: ignore[attr-defined]
        palette = cell.list.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            hint = palette.color(group, QPalette.ColorRole.PlaceholderText)
            assert _contrast(hint, white) >= 7
            assert _contrast(hint.darker(150), white) >= 7
    assert _contrast(cards.MUTED, cards.TAG_FILL) >= 7
    corner = page.findChild(QLabel, "tows_corner")
    assert corner is not None
    assert corner.palette().color(QPalette.ColorRole.WindowText) == QColor("#000000")
    shown.presentation.leave()
    assert corner.palette().color(QPalette.ColorRole.WindowText) != QColor("#000000")
    assert muted == cards.MUTED


def test_the_presented_timeline_shows_the_whole_plan(qtbot, shown: MainWindow) -> None:
    """Presented at 1280, the timeline fits the plan from its first to its last day; leaving
    gives back the zoom the facilitator had."""
    assert shown.plan_view is not None and shown.session is not None
    shown.presentation.full_screen = False
    shown.resize(1280, 720)
    timeline = shown.plan_view.page("timeline")
    gantt = timeline.gantt  # type: ignore[attr-defined]
    shown.plan_view.go_to_key("timeline")
    QApplication.processEvents()
    grid = gantt.grid
    _present(qtbot, shown, "timeline")
    QApplication.processEvents()
    first, last = gantt.visible_dates()
    dated = [a for a in shown.session.actions() if a.start_date and a.end_date]
    assert first <= min(a.start_date for a in dated if a.start_date)
    assert last >= max(a.end_date for a in dated if a.end_date)
    shown.presentation.leave()
    assert gantt.grid == grid


def test_escape_puts_the_paste_box_away_when_unlocked(qtbot, shown: MainWindow) -> None:
    """Unlocked, Ctrl+Shift+V shows the paste box; Escape takes it away, still presenting."""
    page = _present(qtbot, shown, "diagnostic")
    shown.presentation.lock.set_locked(False)
    capture = page.board.panels[Quadrant.STRENGTH].capture  # type: ignore[attr-defined]
    capture.setFocus()
    qtbot.keyClick(capture, Qt.Key.Key_V, Ctrl | Shift)
    panel = page.import_panel  # type: ignore[attr-defined]
    assert panel.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not panel.isVisible() and shown.presentation.presenting
    assert page.board.isVisible()  # type: ignore[attr-defined]
