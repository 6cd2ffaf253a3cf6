"""Presentation mode: F5 puts the current step in front of the hall, F5 or Escape takes it back.

With one screen the main window goes full screen, hides its menus, status bar and step
list, and the page takes the presented look. With a second screen the facilitator keeps
the editing window as it is and an audience window opens on the other screen with a
second page of the same step over the same session (pages are live views, so what is
typed on the laptop appears on the projector), following the facilitator's step.

Keys while presenting (what clickers send): PageDown/PageUp the next/previous item of the
page; Ctrl+PageDown/Ctrl+PageUp the next/previous step; with one screen also the arrows
when the keyboard is not in a text field (Down/Up items, Right/Left groups). Escape
leaves unless a field is being typed in; F7 starts or pauses the timer, Shift+F7 resets
it; Ctrl+Shift+L locks and unlocks the structure.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLayout,
    QMenu,
    QTabWidget,
    QWidget,
)

from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.presentation.badge import LOCK_KEYS
from cluster_planner.ui.presentation.preferences import (
    HIGH_CONTRAST,
    STANDARD_CONTRAST,
    PresentationPreferences,
    read_preferences,
    write_preferences,
)
from cluster_planner.ui.presentation.screens import ScreenInfo, audience_screen, system_screens

if TYPE_CHECKING:
    from cluster_planner.ui.main_window import MainWindow
    from cluster_planner.ui.presentation.audience_window import AudienceWindow
    from cluster_planner.ui.presentation.badge import LockBadge
    from cluster_planner.ui.presentation.chrome import HiddenChrome
    from cluster_planner.ui.presentation.countdown import Clock, Countdown, CountdownDisplay
    from cluster_planner.ui.presentation.lock import FacilitatorLock
    from cluster_planner.ui.presentation.look import PresentedLook
    from cluster_planner.ui.presentation.message_bar import MessageBar
    from cluster_planner.ui.presentation.overlay import CornerClearance, Pin

# The window is built before its first paint; the presentation's parts (the lock, the
# timer, the look …) are imported and built when first used, after it.

Ctrl = Qt.KeyboardModifier.ControlModifier.value
NoMod = Qt.KeyboardModifier.NoModifier.value
TYPE_STEP_PIXELS = 2
# The steps made for the hall; the others (the cluster profile, the review, the roadmap) are
# editing forms and print previews, and the clicker and Ctrl+number do not go there.
PRESENTED_STEPS = ("diagnostic", "options", "vision", "action_plan", "timeline")
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}").value: n - 1 for n in range(1, 10)}
# The timer's digits take this share of the screen's height, to be read across the hall.
TIMER_SHARE = 0.1


def _tr(text: str) -> str:
    return QCoreApplication.translate("presentation", text)


@dataclass
class _WindowState:
    """How the main window looked before presenting."""

    state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    size: QSize
    minimum_size: QSize


@dataclass
class _Presented:
    """One presented page with what was laid over it."""

    page: QWidget
    look: PresentedLook
    chrome: HiddenChrome

    def remove(self) -> None:
        from cluster_planner.ui.presentation.chrome import settle

        try:
            self.chrome.restore()
            self.look.remove()
            settle(self.page)
            _forget_presented_sizes(self.page)
        except RuntimeError:  # the page went first (the plan was closed)
            pass


def _forget_presented_sizes(page: QWidget) -> None:
    """Have every layout on ``page`` measured again, hidden ones and those inside others
    too: a tab not shown keeps the sizes it had in presented type, and would hold the window
    wider than the screen."""

    def invalidate(layout: QLayout) -> None:
        for number in range(layout.count()):
            item = layout.itemAt(number)
            inner = item.layout() if item is not None else None
            if inner is not None:
                invalidate(inner)
        layout.invalidate()

    for widget in (page, *page.findChildren(QWidget)):
        layout = widget.layout()
        if layout is not None:
            invalidate(layout)
        widget.updateGeometry()


class PresentationController(QObject):
    """Enters and leaves presentation mode for a main window, and runs it in between."""

    presenting_changed = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        *,
        screens: Callable[[], Sequence[ScreenInfo]] = system_screens,
        clock: Clock | None = None,
        full_screen: bool = True,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.screens = screens
        # Tests and screenshots keep windows at the size they give them.
        self.full_screen = full_screen
        self.preferences = read_preferences(window.settings.store)
        self._clock = clock
        self._countdown: Countdown | None = None
        self._lock: FacilitatorLock | None = None
        self._message_bar: MessageBar | None = None
        self._badge: LockBadge | None = None
        self._timer_display: CountdownDisplay | None = None
        self._corner: QWidget | None = None
        self._bar_pin: Pin | None = None
        self._corner_pin: Pin | None = None
        self._corner_clearance: CornerClearance | None = None

        self.audience: AudienceWindow | None = None
        self._presented: list[_Presented] = []  # the facilitator's page (one screen) or both
        self._audience_page: _Presented | None = None
        self._window_state: _WindowState | None = None
        self._size_constraint = QLayout.SizeConstraint.SetDefaultConstraint
        self._window_style_sheet = ""
        self._followed_tabs: QTabWidget | None = None
        self._presenting = False
        self._actions: list[QAction] = []
        self._audience_height = 0
        self._step_row = -1  # the presented step's row, to come back to from another step
        self._entry_panels: list[QWidget] = []  # voting panels whose New round starts entry
        self._central_margins: QMargins | None = None
        self._create_actions()
        self.set_available(False)

    # --- the parts, built when first used -----------------------------------------------------

    def _build_parts(self) -> None:
        from cluster_planner.ui.presentation.badge import LockBadge
        from cluster_planner.ui.presentation.countdown import Countdown, CountdownDisplay
        from cluster_planner.ui.presentation.lock import FacilitatorLock
        from cluster_planner.ui.presentation.message_bar import MessageBar
        from cluster_planner.ui.presentation.overlay import CornerClearance, Pin

        window = self._window
        self._countdown = Countdown(self.preferences.timer_minutes * 60, self._clock, self)
        self._lock = FacilitatorLock(self)
        self._lock.changed.connect(self._on_lock_changed)
        self._message_bar = MessageBar(window)
        central = window.centralWidget()
        self._bar_pin = Pin(self._message_bar, Pin.FOOT, 16, central)
        corner = QWidget(window)
        corner.setObjectName("presentation_corner")
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 0)
        corner_layout.setSpacing(12)
        badge = LockBadge()
        self._timer_display = CountdownDisplay(self._countdown)
        corner_layout.addWidget(self._timer_display)
        corner_layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self._badge, self._corner = badge, corner
        self._corner_pin = Pin(corner, Pin.TOP_RIGHT, 12, central)
        # The timer does not cover the timeline's calendar: the page makes room under it.
        self._corner_clearance = CornerClearance(corner, self._facilitator_page)
        self._lock.refused.connect(lambda: badge.show_state(True, refused=True))
        corner.hide()

    def _parts_pins(self) -> tuple[Pin, Pin]:
        if self._bar_pin is None or self._corner_pin is None:
            self._build_parts()
        assert self._bar_pin is not None and self._corner_pin is not None
        return self._bar_pin, self._corner_pin

    @property
    def countdown(self) -> Countdown:
        """The exercise timer."""
        if self._countdown is None:
            self._build_parts()
        assert self._countdown is not None
        return self._countdown

    @property
    def lock(self) -> FacilitatorLock:
        """The facilitator lock."""
        if self._lock is None:
            self._build_parts()
        assert self._lock is not None
        return self._lock

    @property
    def message_bar(self) -> MessageBar:
        """Where problems and questions go while presenting."""
        if self._message_bar is None:
            self._build_parts()
        assert self._message_bar is not None
        return self._message_bar

    @property
    def badge(self) -> LockBadge:
        """The lock badge in the corner."""
        if self._badge is None:
            self._build_parts()
        assert self._badge is not None
        return self._badge

    @property
    def timer_display(self) -> CountdownDisplay:
        """The timer in the facilitator's window."""
        if self._timer_display is None:
            self._build_parts()
        assert self._timer_display is not None
        return self._timer_display

    @property
    def corner(self) -> QWidget:
        """The corner of the facilitator's window holding the timer and the badge."""
        if self._corner is None:
            self._build_parts()
        assert self._corner is not None
        return self._corner

    # --- commands -----------------------------------------------------------------------------

    def _action(self, name: str, text: str, slot: Callable[[], None], keys: str = "") -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        # Window shortcuts: a second window (a past revision) has its own F5. The audience
        # window gets the same actions, should it get the keyboard.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._actions.append(action)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.present_action = self._action(
            "view_presentation_mode", _tr("&Present"), self.toggle, "F5"
        )
        self.present_action.setCheckable(True)
        self.present_action.setStatusTip(
            _tr("Show the current step full screen for the hall ({f5} or {escape} leaves)").format(
                f5=key_name("F5"), escape=key_name("Escape")
            )
        )
        self.lock_action = self._action(
            "presentation_lock",
            _tr("&Lock the Structure"),
            lambda: self.lock.toggle(),
            LOCK_KEYS,
        )
        self.lock_action.setCheckable(True)
        self.timer_action = self._action(
            "presentation_timer",
            _tr("Start or Pause the &Timer"),
            lambda: self.countdown.toggle(),
            "F7",
        )
        self.timer_reset_action = self._action(
            "presentation_timer_reset",
            _tr("&Reset the Timer"),
            lambda: self.countdown.reset(),
            "Shift+F7",
        )
        self.timer_longer_action = self._action(
            "presentation_timer_longer",
            _tr("Timer One Minute Lo&nger"),
            lambda: self._change_timer(1),
            "Ctrl+F7",
        )
        self.timer_shorter_action = self._action(
            "presentation_timer_shorter",
            _tr("Timer One Minute Sh&orter"),
            lambda: self._change_timer(-1),
            "Ctrl+Shift+F7",
        )
        self.larger_type_action = self._action(
            "presentation_larger_type",
            _tr("L&arger Type"),
            lambda: self._change_type(TYPE_STEP_PIXELS),
            "Ctrl+Alt+=",
        )
        self.smaller_type_action = self._action(
            "presentation_smaller_type",
            _tr("S&maller Type"),
            lambda: self._change_type(-TYPE_STEP_PIXELS),
            "Ctrl+Alt+-",
        )
        self.voting_panel_action = self._action(
            "presentation_voting_panel",
            _tr("Show or Hide the &Voting Panel"),
            self.toggle_voting_panel,
            "F8",
        )
        self.high_contrast_action = self._action(
            "presentation_high_contrast", _tr("&High Contrast"), self._toggle_contrast
        )
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(self.preferences.contrast == HIGH_CONTRAST)
        self.lock_default_action = self._action(
            "presentation_lock_default",
            _tr("Lock the Structure When Presenting &Starts"),
            self._toggle_lock_default,
        )
        self.lock_default_action.setCheckable(True)
        self.lock_default_action.setChecked(self.preferences.lock_by_default)

    def settings_menu(self, parent: QWidget) -> QMenu:
        """The View menu's Presentation submenu: timer, lock, type size and contrast."""
        menu = QMenu(_tr("Presentat&ion"), parent)
        menu.setObjectName("view_presentation")
        menu.addAction(self.voting_panel_action)
        menu.addSeparator()
        menu.addActions([self.timer_action, self.timer_reset_action])
        menu.addActions([self.timer_longer_action, self.timer_shorter_action])
        menu.addSeparator()
        menu.addActions([self.lock_action, self.lock_default_action])
        menu.addSeparator()
        menu.addActions(
            [self.larger_type_action, self.smaller_type_action, self.high_contrast_action]
        )
        return menu

    def set_available(self, available: bool) -> None:
        """Presenting needs an open plan."""
        self.present_action.setEnabled(available)
        if not available:
            self.leave()
        self._update_actions()

    def _update_actions(self) -> None:
        # The type size and the timer's length act on what is presented, not silently on
        # the settings between presentations.
        for action in (
            self.lock_action,
            self.timer_action,
            self.timer_reset_action,
            self.timer_longer_action,
            self.timer_shorter_action,
            self.larger_type_action,
            self.smaller_type_action,
            self.voting_panel_action,
        ):
            action.setEnabled(self._presenting)
        self.lock_action.setChecked(self._lock is not None and self._lock.locked)
        self.present_action.setChecked(self._presenting)

    # --- preferences --------------------------------------------------------------------------

    def _remember(self, preferences: PresentationPreferences) -> None:
        self.preferences = preferences
        write_preferences(self._window.settings.store, preferences)

    def _change_type(self, pixels: int) -> None:

        self._remember(self.preferences.with_body_pixels(self.preferences.body_pixels + pixels))
        self._relay()

    def _toggle_contrast(self) -> None:
        contrast = HIGH_CONTRAST if self.high_contrast_action.isChecked() else STANDARD_CONTRAST
        self._remember(replace(self.preferences, contrast=contrast))
        self._relay()

    def _toggle_lock_default(self) -> None:
        self._remember(
            replace(self.preferences, lock_by_default=self.lock_default_action.isChecked())
        )

    def _change_timer(self, minutes: int) -> None:
        self._remember(
            self.preferences.with_timer_minutes(self.preferences.timer_minutes + minutes)
        )
        if self._countdown is not None:
            self._countdown.set_length(self.preferences.timer_minutes * 60)

    # --- entering and leaving -----------------------------------------------------------------

    @property
    def presenting(self) -> bool:
        """True while presenting."""
        return self._presenting

    def presented_pages(self) -> list[QWidget]:
        """The pages showing the presented look now (the audience page first when there is one)."""
        pages = [self._audience_page.page] if self._audience_page is not None else []
        return pages + [p.page for p in self._presented]

    def toggle(self) -> None:
        """Enter presentation mode, or leave it."""
        if self._presenting:
            self.leave()
        else:
            self.enter()

    def enter(self) -> bool:
        """Present the current step; False when no plan is open."""
        window = self._window
        plan_view = window.plan_view
        if self._presenting or plan_view is None or window.session is None:
            self._update_actions()
            return False
        if plan_view.current_key() not in PRESENTED_STEPS:
            # From the cluster profile the Diagnostic is presented; from the review or the
            # roadmap, the Timeline.
            here = plan_view.current_step()
            rows = [r for r in range(plan_view.steps.count()) if _key_of_row(r) in PRESENTED_STEPS]
            if not rows:
                return False
            plan_view.go_to_step(next((r for r in rows if r > here), rows[-1]))
        self._presenting = True
        self._step_row = plan_view.current_step()
        facilitator = window.screen().name() if window.screen() is not None else None
        target = audience_screen(self.screens(), facilitator)
        window.prompter.in_page = self.message_bar
        window.session.failed.connect(self._tell_problem)
        plan_view.steps.currentRowChanged.connect(self._on_step_changed)
        if target is None:
            self._enter_one_screen()
        else:
            self._enter_two_screens(target)
        self.lock.set_locked(self.preferences.lock_by_default)
        self.badge.show_state(self.lock.locked)
        self.corner.show()
        self._parts_pins()[1].place()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._update_actions()
        self.presenting_changed.emit(True)
        return True

    def _enter_one_screen(self) -> None:
        window = self._window
        assert window.plan_view is not None
        self._window_state = _WindowState(
            window.windowState(),
            window.menuBar().isVisible(),
            window.statusBar().isVisible(),
            window.size(),
            window.minimumSize(),
        )
        if self.full_screen:
            window.showFullScreen()
        window.menuBar().hide()
        window.statusBar().hide()
        window.plan_view.steps.hide()
        # The screen is the size; larger type must not push the window past its edges.
        layout = window.layout()
        if layout is not None:
            self._size_constraint = layout.sizeConstraint()
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        window.setMinimumSize(0, 0)
        self._window_style_sheet = window.styleSheet()
        if self.preferences.contrast == HIGH_CONTRAST:
            # The margin around the page is paper too, not the window's grey.
            window.setStyleSheet(
                f"{self._window_style_sheet}\nQMainWindow {{ background: white; }}"
            )
        self._present_current()

    def _enter_two_screens(self, target: ScreenInfo) -> None:
        from cluster_planner.ui.presentation.audience_window import AudienceWindow

        window = self._window
        assert window.plan_view is not None
        self.audience = AudienceWindow(self.countdown)
        self.audience.addActions(self._actions)
        if target.screen is not None:
            self.audience.setScreen(target.screen)
        self._audience_height = target.geometry.height()
        self._show_audience_page()
        self._guard_pages()
        self.audience.show_on(target.geometry, full_screen=self.full_screen)
        self._size_overlays(self._stage_height())
        window.statusBar().showMessage(
            _tr("Presenting on “{screen}”. {f5} or {escape} ends the presentation.").format(
                f5=key_name("F5"), escape=key_name("Escape"), screen=target.name
            )
        )
        window.activateWindow()

    def leave(self) -> None:
        """Leave presentation mode: windows, pages, dialogs and the lock as they were."""
        if not self._presenting:
            return
        self._presenting = False
        window = self._window
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._message_bar is not None:
            self._message_bar.dismiss()
        window.prompter.in_page = None
        if window.session is not None:
            window.session.failed.disconnect(self._tell_problem)
        if window.plan_view is not None:
            window.plan_view.steps.currentRowChanged.disconnect(self._on_step_changed)
        if self._lock is not None:
            self._lock.release()
        for presented in self._presented:
            presented.remove()
        self._presented = []
        if self.audience is not None:
            self._unfollow_tabs()
            if self._audience_page is not None:
                self._audience_page.look.detach()
            page = self.audience.set_page(None)
            self.audience.close_for_good()
            self.audience.deleteLater()
            if page is not None:
                page.deleteLater()
            self.audience = None
            self._audience_page = None
            window.statusBar().clearMessage()
        if self._window_state is not None:
            state = self._window_state
            self._window_state = None
            if self.full_screen:
                window.setWindowState(state.state)
            window.setStyleSheet(self._window_style_sheet)
            window.menuBar().setVisible(state.menu_bar)
            window.statusBar().setVisible(state.status_bar)
            if window.plan_view is not None:
                window.plan_view.steps.setVisible(window.view_workshop_steps.isChecked())
            window.setMinimumSize(state.minimum_size)
            if not state.state & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
                window.resize(state.size)  # not the size the larger type asked for
            layout = window.layout()
            if layout is not None:
                layout.setSizeConstraint(self._size_constraint)
        if self._corner is not None:
            self._corner.hide()
        self._make_room_for_the_bar(False)
        self._update_actions()
        self.presenting_changed.emit(False)

    # --- the pages ----------------------------------------------------------------------------

    def _stage_height(self) -> int:
        """The height of the screen the facilitator's window presents on."""
        window = self._window
        if self.full_screen and window.screen() is not None:
            return window.screen().geometry().height()
        return window.height()

    def _present_current(self) -> None:
        from cluster_planner.ui.presentation.chrome import hide_editing_chrome

        plan_view = self._window.plan_view
        if plan_view is None:
            return
        page = plan_view.page(plan_view.current_key())
        look = _lay(page, self._stage_height(), self.preferences)
        chrome = hide_editing_chrome(page, audience=False)
        self._presented = [_Presented(page, look, chrome)]
        self._guard_pages()
        self._size_overlays(self._stage_height())

    def _show_audience_page(self) -> None:
        from cluster_planner.ui.presentation.chrome import hide_editing_chrome

        plan_view = self._window.plan_view
        if plan_view is None or self.audience is None:
            return
        page = plan_view.new_page(plan_view.current_key())
        if self._audience_page is not None:
            self._audience_page.look.detach()
        old = self.audience.set_page(page)
        if old is not None:
            old.deleteLater()
        look = _lay(page, self._audience_height, self.preferences)
        self._audience_page = _Presented(page, look, hide_editing_chrome(page, audience=True))
        self._follow_tabs()
        self._mirror()

    def _follow_tabs(self) -> None:
        """Let the projector follow a tab the facilitator picks with the mouse or Ctrl+Tab."""
        self._unfollow_tabs()
        tabs = getattr(self._facilitator_page(), "tabs", None)
        if isinstance(tabs, QTabWidget):
            tabs.currentChanged.connect(self._mirror)
            self._followed_tabs = tabs

    def _unfollow_tabs(self) -> None:
        if self._followed_tabs is not None:
            with contextlib.suppress(RuntimeError):
                self._followed_tabs.currentChanged.disconnect(self._mirror)
            self._followed_tabs = None

    def _guard_pages(self) -> None:
        """The lock guards the presented pages and, with two screens, the facilitator's too:
        an accidental Delete on the laptop changes what the hall sees as well."""
        pages = self.presented_pages()
        facilitator = self._facilitator_page()
        if facilitator is not None and facilitator not in pages:
            pages.append(facilitator)
        self.lock.set_pages(pages)
        for page in pages:
            self._start_entry_after_new_round(page)

    def _start_entry_after_new_round(self, page: QWidget) -> None:
        voting = getattr(page, "voting", None)
        new_round = getattr(voting, "new_round", None)
        if voting is None or new_round is None or voting in self._entry_panels:
            return
        self._entry_panels.append(voting)

        def start_entry(_checked: bool = False) -> None:
            if self._presenting and voting.isVisible():
                voting.start_entry()

        new_round.clicked.connect(start_entry)  # after the panel's own add_round
        voting.destroyed.connect(lambda: self._entry_panels.remove(voting))

    def _size_overlays(self, height: int) -> None:
        from cluster_planner.ui.presentation.look import body_pixels

        body = body_pixels(self.preferences.body_pixels, height)
        if self.audience is None:
            self.timer_display.set_digit_pixels(height * TIMER_SHARE)
            self.message_bar.set_text_pixels(body)
            self.badge.pixels = max(12, round(body * 0.75))
        else:
            # The facilitator's own window keeps its usual size; the hall reads the projector.
            self.badge.pixels = 16
            self.timer_display.set_digit_pixels(32)
            self.message_bar.set_text_pixels(body_pixels(self.preferences.body_pixels, 1080) * 0.8)
            self.audience.countdown.set_digit_pixels(self._audience_height * TIMER_SHARE)
        self.badge.show_state(self.lock.locked)
        bar_pin, corner_pin = self._parts_pins()
        corner_pin.place()
        bar_pin.place()

    def _relay(self) -> None:
        """Lay the look again (after the type size or the contrast changed)."""
        if not self._presenting:
            return
        if self.audience is not None and self._audience_page is not None:
            page = self._audience_page.page
            self._audience_page.look.remove()
            self._audience_page.look = _lay(page, self._audience_height, self.preferences)
            self._size_overlays(self._stage_height())
            return
        for presented in self._presented:
            presented.look.remove()
            presented.look = _lay(presented.page, self._stage_height(), self.preferences)
        self._size_overlays(self._stage_height())

    def _step_name(self, row: int) -> str:
        plan_view = self._window.plan_view
        item = plan_view.steps.item(row) if plan_view is not None else None
        return item.text() if item is not None else ""

    def _on_step_changed(self, row: int) -> None:
        plan_view = self._window.plan_view
        if plan_view is None:
            return
        if plan_view.current_key() not in PRESENTED_STEPS:
            # A click in the step list, a page's link: back to the presented step.
            self._refuse_step(row)
            plan_view.go_to_step(self._step_row)
            return
        if row == self._step_row and self._presented_page_is_current():
            return
        self._step_row = row
        if self.audience is not None:
            self._show_audience_page()
        else:
            for presented in self._presented:
                presented.remove()
            self._present_current()
        self._guard_pages()
        if self._corner_clearance is not None:
            self._corner_clearance.update()

    def _presented_page_is_current(self) -> bool:
        page = self._facilitator_page()
        if self.audience is not None:
            return self._audience_page is not None and page is not None
        return any(p.page is page for p in self._presented)

    def _refuse_step(self, row: int) -> None:
        self.message_bar.tell(
            "",
            _tr(
                "“{step}” is not presented. {f5} ends the presentation to open it; "
                "{next} and {previous} go through the presented steps."
            ).format(
                step=self._step_name(row),
                f5=key_name("F5"),
                next=key_name("Ctrl+PgDown"),
                previous=key_name("Ctrl+PgUp"),
            ),
        )

    def _go_to_number(self, row: int) -> None:
        """Ctrl+1…9: the step with that number, if it is presented."""
        plan_view = self._window.plan_view
        if plan_view is None or not 0 <= row < plan_view.steps.count():
            return
        if not plan_view.step_is_built(row) or _key_of_row(row) not in PRESENTED_STEPS:
            self._refuse_step(row)
            return
        plan_view.go_to_step(row)

    # --- problems, the lock -------------------------------------------------------------------

    def _make_room_for_the_bar(self, shown: bool) -> None:
        """While the message bar is up, the page ends above it: its own status line stays
        readable under the bar's sentence."""
        central = self._window.centralWidget()
        if central is None:
            return
        if self._central_margins is None:
            if not shown:
                return
            self._central_margins = central.contentsMargins()
        base = self._central_margins
        if not shown:
            central.setContentsMargins(base)
            self._central_margins = None
            return
        bar = self.message_bar
        margin = self._bar_pin.margin if self._bar_pin is not None else 0
        width = max(100, central.width() - 2 * margin)
        height = bar.heightForWidth(width)
        if height <= 0:
            height = bar.sizeHint().height()
        central.setContentsMargins(
            base.left(), base.top(), base.right(), base.bottom() + height + 2 * margin
        )

    def _tell_problem(self, text: str) -> None:
        self.message_bar.tell("", text)

    def _on_lock_changed(self, locked: bool) -> None:
        self.badge.show_state(locked)
        self._update_actions()

    # --- keys ---------------------------------------------------------------------------------

    def _facilitator_page(self) -> QWidget | None:
        plan_view = self._window.plan_view
        if plan_view is None:
            return None
        return plan_view.pages.currentWidget()

    def navigate(self, step: int, *, group: bool = False) -> bool:
        """Move to the next (``step`` 1) or previous (-1) item or group of the presented page."""
        from cluster_planner.ui.presentation.navigation import navigator_for

        page = self._facilitator_page()
        if page is None:
            return False
        navigator = navigator_for(page)
        moved = navigator.jump(step) if group else navigator.step(step)
        self._mirror()
        return moved

    def _mirror(self, *_args: object) -> None:
        """Show on the audience page the tab and item the facilitator's page shows."""
        from cluster_planner.ui.presentation.navigation import navigator_for

        source = self._facilitator_page()
        if self._audience_page is None or source is None:
            return
        target = self._audience_page.page
        for name in ("tabs",):
            mine, theirs = getattr(source, name, None), getattr(target, name, None)
            if isinstance(mine, QTabWidget) and isinstance(theirs, QTabWidget):
                theirs.setCurrentIndex(mine.currentIndex())
        location = navigator_for(source).location()
        if location is not None:
            navigator_for(target).go_to(location)

    def toggle_voting_panel(self) -> None:
        """Bring the voting panel in beside the presented SWOT board (to enter tallies), or put
        it away; on the audience's screen the board keeps the whole width."""
        page = self._facilitator_page()
        side = getattr(page, "side", None)
        if not self._presenting or page is None or not isinstance(side, QTabWidget):
            return
        side.setVisible(side.isHidden())
        voting = getattr(page, "voting", None)
        if side.isVisible() and voting is not None:
            side.setCurrentWidget(voting)
            voting.start_entry()  # typing a number goes into the first card's votes

    def go_to_step(self, step: int) -> bool:
        """Show the next (1) or previous (-1) built step."""
        plan_view = self._window.plan_view
        if plan_view is None:
            return False
        row = plan_view.current_step() + step
        while 0 <= row < plan_view.steps.count():
            if plan_view.step_is_built(row) and _key_of_row(row) in PRESENTED_STEPS:
                plan_view.go_to_step(row)
                return True
            row += step
        return False

    def _arrows_navigate(self, focus: QWidget | None) -> bool:
        """Arrows are the clicker's only with one screen and outside text fields and other lists."""
        from cluster_planner.ui.presentation.lock import is_text_input
        from cluster_planner.ui.presentation.navigation import navigator_for

        if self.audience is not None or is_text_input(focus):
            return False
        page = self._facilitator_page()
        if page is None or focus is None or not (page is focus or page.isAncestorOf(focus)):
            return focus is None or focus is page
        view = next(
            (w for w in _ancestors(focus) if isinstance(w, QAbstractItemView)),
            None,
        )
        return view is None or view in navigator_for(page).views

    def _key_command(self, event: QKeyEvent) -> Callable[[], object] | None:
        from cluster_planner.ui.presentation.lock import is_text_input, key_of

        key, modifiers = key_of(event)
        focus = QApplication.focusWidget()
        if key == Qt.Key.Key_Escape:
            if self.message_bar.isVisible():  # Cancel, or put the news away, first
                return lambda: self.message_bar.answer(None)
            panel = getattr(self._facilitator_page(), "import_panel", None)
            if isinstance(panel, QWidget) and panel.isVisible() and hasattr(panel, "cancel"):
                return lambda: panel.cancel()  # the paste box goes, back to the board
            return None if is_text_input(focus) else self.leave
        pages = {Qt.Key.Key_PageDown.value: 1, Qt.Key.Key_PageUp.value: -1}
        if key in pages and modifiers == NoMod:
            return lambda: self.navigate(pages[key])
        if key in pages and modifiers == Ctrl:
            return lambda: self.go_to_step(pages[key])
        if key in DIGIT_KEYS and modifiers == Ctrl:
            return lambda: self._go_to_number(DIGIT_KEYS[key])
        arrows = {
            Qt.Key.Key_Down.value: (1, False),
            Qt.Key.Key_Up.value: (-1, False),
            Qt.Key.Key_Right.value: (1, True),
            Qt.Key.Key_Left.value: (-1, True),
        }
        if key in arrows and modifiers == NoMod and self._arrows_navigate(focus):
            step, group = arrows[key]
            return lambda: self.navigate(step, group=group)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._message_bar and kind in (QEvent.Type.Show, QEvent.Type.Hide):
            self._make_room_for_the_bar(kind == QEvent.Type.Show)
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        command = self._key_command(event)
        if command is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key is ours: it comes back as a key press
            return True
        command()
        return True


def _lay(page: QWidget, screen_height: int, preferences: PresentationPreferences) -> PresentedLook:
    from cluster_planner.ui.presentation.chrome import settle
    from cluster_planner.ui.presentation.look import PresentedLook

    look = PresentedLook.lay_over(page, screen_height, preferences)
    settle(page)
    return look


def _key_of_row(row: int) -> str:
    """The key of the workshop step in row ``row`` of the step list ("" past the end)."""
    from cluster_planner.ui.workshop_steps import workshop_steps

    keys = [key for key, _name, _purpose in workshop_steps()]
    return keys[row] if 0 <= row < len(keys) else ""


def _ancestors(widget: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    current: QWidget | None = widget
    while current is not None:
        found.append(current)
        current = current.parentWidget()
    return found
