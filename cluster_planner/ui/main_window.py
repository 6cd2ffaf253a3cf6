"""The main window: menus and commands, the welcome screen, and the view of the open plan.

Kept free of the services at import time: they load SQLAlchemy, which the window
must not wait for. They are imported inside the commands that open a plan.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMargins,
    QMimeData,
    QPoint,
    QRect,
    QStandardPaths,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from cluster_planner.ui.prompter import PLAN_SUFFIX, Prompter
from cluster_planner.ui.settings import AppSettings
from cluster_planner.ui.workshop_steps import workshop_steps

if TYPE_CHECKING:
    from cluster_planner.domain.errors import PlanFileError
    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.ui.about_dialog import AboutDialog
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.plan_view import PlanView
    from cluster_planner.ui.presentation.controller import PresentationController
    from cluster_planner.ui.welcome_screen import WelcomeScreen

APP_NAME = "Cluster Planner"
STATUS_TIMEOUT_MS = 15_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("main_window", text)


def file_problem(error: PlanFileError) -> str:
    """The sentence for a file problem (the wording module loads when first needed)."""
    from cluster_planner.ui.error_messages import file_problem as word

    return word(error)


class MainWindow(QMainWindow):
    """One window, one open plan at a time."""

    def __init__(
        self,
        settings: AppSettings | None = None,
        prompter: Prompter | None = None,
        demo_folder: Path | None = None,
        parent: QWidget | None = None,
        *,
        deferred: bool = False,
    ) -> None:
        """``deferred=True`` builds only the frame: start-up paints it first, then calls
        ``complete_setup()`` (menus and commands) and opens what it was asked to."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.settings = settings if settings is not None else AppSettings()
        self.prompter = prompter if prompter is not None else Prompter()
        self._demo_folder = demo_folder
        self.session: PlanSession | None = None
        self.plan_view: PlanView | None = None
        self.undo_group = QUndoGroup(self)
        self._register_actions: list[QAction] = []
        self._revision_windows: list[MainWindow] = []
        self.past_revision_folder: Path | None = None  # set on a window showing a past revision

        self._welcome: WelcomeScreen | None = None
        self._about: AboutDialog | None = None
        self.central = QStackedWidget()
        self.setCentralWidget(self.central)

        self._set_up = False
        self.statusBar()
        self._presentation: PresentationController | None = None  # made with the menus
        self.setAcceptDrops(True)
        self.setWindowTitle(APP_NAME)
        self._placed: QRect | None = None
        self._place()
        if not deferred:
            self.complete_setup()
            self.show_welcome()

    def _place(self) -> None:
        """Open inside the screen's available area, at the size last used on that screen."""
        from cluster_planner.ui.window_place import default_geometry, fitted, screen_key

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        available = screen.availableGeometry()
        saved = self.settings.window_geometry(screen_key(screen))
        if saved is not None and self.restoreGeometry(saved):
            if not self.isMaximized() and not self.isFullScreen():
                self.setGeometry(fitted(self.geometry(), available))
        else:
            self.setGeometry(default_geometry(available))
        self._placed = self.geometry()

    def showEvent(self, event: QShowEvent) -> None:
        """Once shown, the real frame is known: keep the whole window on the screen (unless
        it was resized on purpose since it was placed)."""
        super().showEvent(event)
        placed, self._placed = self._placed, None
        screen = self.screen()
        if placed is None or screen is None or self.geometry() != placed:
            return
        from cluster_planner.ui.window_place import fitted

        frame = self.frameGeometry()
        margins = QMargins(
            self.geometry().left() - frame.left(),
            self.geometry().top() - frame.top(),
            frame.right() - self.geometry().right(),
            frame.bottom() - self.geometry().bottom(),
        )
        inside = fitted(self.geometry(), screen.availableGeometry(), margins)
        if inside != self.geometry():
            self.setGeometry(inside)

    @property
    def presentation(self) -> PresentationController:
        """Presentation mode (F5), made when first needed: not before the first paint."""
        if self._presentation is None:
            from cluster_planner.ui.presentation.controller import PresentationController

            self._presentation = PresentationController(self)
        return self._presentation

    def _leave_presentation(self) -> None:
        if self._presentation is not None:
            self._presentation.leave()

    def complete_setup(self) -> None:
        """Build the commands and menus (once)."""
        if self._set_up:
            return
        self._set_up = True
        from cluster_planner.ui.text_undo import route_text_undo

        route_text_undo()
        from cluster_planner.ui.form_fields import unsaved_forms

        unsaved_forms().changed.connect(self._show_unsaved)
        self._create_actions()
        self._create_menus()
        self._update_title()
        self._update_actions()

    @property
    def welcome(self) -> WelcomeScreen:
        """The welcome screen, built the first time it is needed."""
        if self._welcome is None:
            from cluster_planner.ui.welcome_screen import WelcomeScreen

            self._welcome = WelcomeScreen()
            self._welcome.new_requested.connect(self.new_plan)
            self._welcome.open_requested.connect(self.open_plan_dialog)
            self._welcome.demo_requested.connect(self.open_demo)
            self._welcome.recent_requested.connect(self.open_plan)
            self.central.addWidget(self._welcome)
        return self._welcome

    # --- actions and menus ----------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: object,
        shortcut: QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.file_new = self._action("file_new", _tr("&New Plan…"), self.new_plan, keys.New)
        self.file_open = self._action("file_open", _tr("&Open…"), self.open_plan_dialog, keys.Open)
        self.file_open_demo = self._action(
            "file_open_demo", _tr("Open the &Demo Plan"), self.open_demo
        )
        self.file_save_copy = self._action(
            "file_save_copy", _tr("Save a &Copy…"), self.save_copy, keys.SaveAs
        )
        self.file_close = self._action(
            "file_close", _tr("C&lose Plan"), self._close_plan_asking, keys.Close
        )
        self.app_quit = self._action("app_quit", _tr("&Quit"), self.close, keys.Quit)
        if not self.app_quit.shortcuts():  # platforms with no key of their own for Quit
            self.app_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.app_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.file_clear_recent = self._action(
            "file_clear_recent", _tr("&Clear Recent Plans"), self._clear_recent_files
        )

        self.edit_undo = self.undo_group.createUndoAction(self, _tr("Undo"))
        self.edit_undo.setObjectName("edit_undo")
        self.edit_undo.setShortcuts(keys.Undo)
        self.edit_redo = self.undo_group.createRedoAction(self, _tr("Redo"))
        self.edit_redo.setObjectName("edit_redo")
        self.edit_redo.setShortcuts(keys.Redo)
        self.addActions([self.edit_undo, self.edit_redo])
        # The key may undo a change made on another page: the status bar names it.
        self.edit_undo.triggered.connect(lambda: self._say_replayed(undone=True))
        self.edit_redo.triggered.connect(lambda: self._say_replayed(undone=False))

        self.view_workshop_steps = self._action(
            "view_workshop_steps", _tr("Show &Workshop Steps"), self._toggle_steps, "F9"
        )
        self.view_workshop_steps.setCheckable(True)
        self.view_workshop_steps.setChecked(True)
        self.step_actions = QActionGroup(self)
        self.view_steps: list[QAction] = []
        for row, (key, name, _purpose) in enumerate(workshop_steps()):
            action = self._action(
                f"view_step_{key}",
                _tr("&{number} {step}").format(number=row + 1, step=name),
                partial(self.go_to_step, row),
                f"Ctrl+{row + 1}",
            )
            action.setCheckable(True)
            self.step_actions.addAction(action)
            self.view_steps.append(action)

        self.help_about = self._action("help_about", _tr("&About Cluster Planner"), self.about)
        self.help_about.setMenuRole(QAction.MenuRole.AboutRole)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(_tr("&File"))
        file_menu.addActions([self.file_new, self.file_open])
        self.recent_menu = QMenu(_tr("Open &Recent"), self)
        self.recent_menu.setObjectName("file_open_recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.file_open_demo)
        file_menu.addSeparator()
        file_menu.addActions([self.file_save_copy, self.file_close])
        file_menu.addSeparator()
        file_menu.addAction(self.app_quit)

        self.edit_menu = bar.addMenu(_tr("&Edit"))
        self.edit_menu.addActions([self.edit_undo, self.edit_redo])
        self._register_separator = self.edit_menu.addSeparator()

        view_menu = bar.addMenu(_tr("&View"))
        view_menu.addAction(self.view_workshop_steps)
        view_menu.addSeparator()
        view_menu.addActions(self.view_steps)
        view_menu.addSeparator()
        view_menu.addAction(self.presentation.present_action)
        view_menu.addMenu(self.presentation.settings_menu(self))
        view_menu.addSeparator()
        view_menu.addMenu(self._language_menu())

        help_menu = bar.addMenu(_tr("&Help"))
        help_menu.addAction(self.help_about)

    def _language_menu(self) -> QMenu:
        """View ▸ Language: the system's language or a chosen one, from the next start."""
        from PySide6.QtGui import QActionGroup

        from cluster_planner.ui.language import LANGUAGES, system_language

        menu = QMenu(_tr("&Language"), self)
        menu.setObjectName("language_menu")
        group = QActionGroup(menu)
        chosen = self.settings.language()
        system = LANGUAGES[system_language()]
        choices = [("", _tr("The System's ({language})").format(language=system))]
        choices += list(LANGUAGES.items())
        for code, name in choices:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(partial(self.choose_language, code))
        self.language_actions = group.actions()
        return menu

    def choose_language(self, code: str) -> None:
        """Speak ``code`` ("" for the system's language) from the next start."""
        from cluster_planner.ui.language import LANGUAGES, system_language

        self.settings.set_language(code)
        self.settings.sync()
        name = LANGUAGES[code or system_language()]
        self.statusBar().showMessage(
            _tr("Cluster Planner will be in {language} from its next start.").format(language=name)
        )

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for number, path in enumerate(self.settings.recent_files(), start=1):
            action = self.recent_menu.addAction(
                _tr("&{number} {file}").format(number=number, file=Path(path).name)
            )
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(partial(self.open_plan, path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(_tr("No recent plans")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.file_clear_recent)

    def _update_actions(self) -> None:
        has_plan = self.session is not None
        for action in (self.file_save_copy, self.file_close, self.view_workshop_steps):
            action.setEnabled(has_plan)
        for action in self.view_steps:
            action.setEnabled(has_plan)
        self.presentation.set_available(has_plan)
        if self.plan_view is not None:
            self.view_steps[self.plan_view.current_step()].setChecked(True)
        self._update_register_actions()

    def _update_register_actions(self) -> None:
        for action in self._register_actions:
            self.edit_menu.removeAction(action)
        self._register_actions = self.plan_view.edit_actions() if self.plan_view is not None else []
        self.edit_menu.addActions(self._register_actions)
        self._register_separator.setVisible(bool(self._register_actions))

    # --- the title -------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        plan = self.session.profile().name or _tr("Unnamed cluster")
        file = self.session.path.name
        if self.session.read_only:
            title = _tr("{plan} — {file} (read-only)[*] — {app}")
        else:
            title = _tr("{plan} — {file}[*] — {app}")
        self.setWindowTitle(title.format(plan=plan, file=file, app=APP_NAME))

    # --- opening and closing plans ------------------------------------------------------

    def open_plan_dialog(self) -> None:
        """Ask for a plan file and open it."""
        path = self.prompter.open_path(self, _tr("Open a Plan"))
        if path:
            self.open_plan(path)

    def open_plan(
        self, path: str | Path, *, read_only: bool = False, take_over_lock: bool = False
    ) -> bool:
        """Open the plan at ``path``; say in a sentence why not when it cannot be opened."""
        path = Path(path)
        if self.session is not None and _same_file(self.session.path, path):
            self.statusBar().showMessage(
                _tr("“{file}” is already open.").format(file=path.name), STATUS_TIMEOUT_MS
            )
            return True
        from cluster_planner.domain.errors import PlanFileError
        from cluster_planner.services.plan_document import PlanDocument

        try:
            document = PlanDocument.open(path, read_only=read_only, take_over_lock=take_over_lock)
        except PlanFileError as error:
            return self._handle_open_problem(path, error)
        try:
            document.verified_snapshot()  # damage is said now, not met by a page later
        except PlanFileError as error:
            document.close()
            return self._handle_open_problem(path, error)
        self.show_document(document)
        return True

    def _handle_open_problem(self, path: Path, error: PlanFileError) -> bool:
        from cluster_planner.domain.errors import PlanFileDamaged
        from cluster_planner.ui.error_messages import open_problem

        if isinstance(error, PlanFileDamaged):
            from cluster_planner.services.plan_document import left_open, readable_revisions

            problem = open_problem(
                error, readable=readable_revisions(path), left_open=left_open(path)
            )
        else:
            problem = open_problem(error)
        if problem.forget_recent:
            self.settings.remove_recent_file(path)
            self.welcome.set_recent_files(self.settings.recent_files())
        title = _tr("The plan was not opened")
        options = []
        if problem.offer_read_only:
            options.append(("read_only", _tr("Open Read-Only")))
        if problem.offer_take_over:
            options.append(("take_over", _tr("Open Anyway")))
        if problem.offer_upgrade:
            options.append(("upgrade", _tr("Open for Editing")))
        if problem.offer_salvage is not None:
            options.append(
                (
                    "salvage",
                    _tr("Save Revision {number} as a New Plan…").format(
                        number=problem.offer_salvage
                    ),
                )
            )
        if not options:
            self.prompter.warn(self, title, problem.text)
            return False
        choice = self.prompter.choose(self, title, problem.text, options)
        if choice == "read_only":
            return self.open_plan(path, read_only=True)
        if choice == "take_over":
            return self.open_plan(path, take_over_lock=True)
        if choice == "upgrade":
            return self.open_plan(path)
        if choice == "salvage" and problem.offer_salvage is not None:
            return self._save_revision_of_damaged(path, problem.offer_salvage)
        return False

    def _save_revision_of_damaged(self, path: Path, number: int) -> bool:
        """Write revision ``number`` of a damaged plan as a new plan and open that."""
        from cluster_planner.domain.errors import PlanError, PlanFileError
        from cluster_planner.services.plan_document import PlanDocument

        suggestion = path.with_name(
            _tr("{name} revision {number}").format(name=path.stem, number=number) + PLAN_SUFFIX
        )
        target = self.prompter.save_path(
            self, _tr("Save a Revision as a New Plan"), str(suggestion)
        )
        if not target:
            return False
        try:
            damaged = PlanDocument.open_to_salvage(path)
            try:
                damaged.write_revision(number, target)
            finally:
                damaged.close()
        except PlanError as error:
            text = (
                file_problem(error)
                if isinstance(error, PlanFileError) and error.path != str(path)
                else _tr("Revision {number} could not be saved as a new plan.").format(
                    number=number
                )
            )
            self.prompter.warn(self, _tr("The plan was not created"), text)
            return False
        return self.open_plan(target)

    def show_document(self, document: PlanDocument, *, remember: bool = True) -> None:
        """Make ``document`` the open plan, closing the one open before."""
        from cluster_planner.ui.plan_session import PlanSession
        from cluster_planner.ui.plan_view import PlanView

        if not self.may_discard_forms():
            document.close()
            return
        self.close_plan()
        session = PlanSession(document, self)
        session.failed.connect(self.show_problem)
        session.changed.connect(self._update_title)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.session = session
        self.plan_view = PlanView(session, self.prompter, self.settings)
        self.plan_view.current_register_changed.connect(self._update_actions)
        self.plan_view.open_revision_requested.connect(self.open_revision)
        self.plan_view.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
        )
        self.plan_view.steps.setVisible(self.view_workshop_steps.isChecked())
        self.central.addWidget(self.plan_view)
        self.central.setCurrentWidget(self.plan_view)
        if remember:
            self.settings.add_recent_file(document.path)
        if document.upgrade_backup is not None:
            self.statusBar().showMessage(
                _tr(
                    "The plan was upgraded to this version of Cluster Planner. The original "
                    "is kept as “{backup}” in {folder}."
                ).format(
                    backup=document.upgrade_backup.name, folder=document.upgrade_backup.parent
                ),
            )
        elif document.read_only and document.recovered:
            self.statusBar().showMessage(
                _tr(
                    "“{file}” was left in the middle of a save and is shown as it was last "
                    "saved whole, read-only. Opening it for editing finishes the recovery."
                ).format(file=document.path.name)
            )
        elif document.read_only:
            self.statusBar().showMessage(
                _tr("“{file}” is open read-only.").format(file=document.path.name)
            )
        else:
            self.statusBar().showMessage(
                _tr("Opened “{file}”. Every change is saved as you make it.").format(
                    file=document.path.name
                ),
                STATUS_TIMEOUT_MS,
            )
        self.setWindowModified(False)
        self._update_title()
        self._update_actions()

    def open_revision(self, number: int) -> MainWindow | None:
        """Open past revision ``number`` of the plan read-only, in a window of its own."""
        if self.session is None:
            return None
        import shutil
        import tempfile

        from PySide6.QtCore import Qt

        from cluster_planner.domain.errors import PlanError
        from cluster_planner.services.plan_document import PlanDocument
        from cluster_planner.ui.formats import format_date

        revision = next(r for r in self.session.revisions() if r.number == number)
        folder = Path(tempfile.mkdtemp(prefix="cluster-planner-revision-"))
        name = _tr("{plan} revision {number}").format(plan=self.session.path.stem, number=number)
        try:
            path = self.session.document.write_revision(number, folder / f"{name}{PLAN_SUFFIX}")
            document = PlanDocument.open(path, read_only=True)
        except (PlanError, OSError) as error:
            shutil.rmtree(folder, ignore_errors=True)
            self.show_problem(
                _tr("Revision {number} could not be opened ({problem}).").format(
                    number=number, problem=error
                )
            )
            return None
        window = MainWindow(settings=self.settings, prompter=self.prompter)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show_document(document, remember=False)
        window.past_revision_folder = folder
        assert window.plan_view is not None
        window.plan_view.read_only_banner.setText(
            _tr(
                "A past revision: {number} “{title}”, adopted on {date}{meeting}. You can look "
                "at everything; nothing can be changed. The plan itself is “{file}”."
            ).format(
                number=revision.number,
                title=revision.title,
                date=format_date(revision.adopted_on),
                meeting=_tr(" at {meeting}").format(meeting=revision.meeting)
                if revision.meeting
                else "",
                file=self.session.path.name,
            )
        )
        window.setWindowTitle(
            _tr("Revision {number} of {plan} (read-only) — {app}").format(
                number=number, plan=self.session.profile().name, app=APP_NAME
            )
        )
        window.move(self.pos() + QPoint(40, 40))
        screen = window.screen()
        if screen is not None:  # the step aside must not push it off the screen
            from cluster_planner.ui.window_place import fitted

            window.setGeometry(fitted(window.geometry(), screen.availableGeometry()))
        window.show()
        self._revision_windows = [w for w in self._revision_windows if w.isVisible()] + [window]
        return window

    def _close_plan_asking(self) -> None:
        if self.may_discard_forms():
            self.close_plan()

    def close_plan(self) -> None:
        """Close the open plan (releasing its lock) and go back to the welcome screen."""
        self._leave_presentation()
        session, view = self.session, self.plan_view
        if session is None:
            return
        self.session, self.plan_view = None, None
        self.undo_group.removeStack(session.undo_stack)
        session.close()
        session.deleteLater()
        if view is not None:
            self.central.removeWidget(view)
            view.deleteLater()
        self.show_welcome()

    def show_welcome(self) -> None:
        """Show the welcome screen with the recent plans."""
        self.welcome.set_recent_files(self.settings.recent_files())
        self.central.setCurrentWidget(self.welcome)
        self.statusBar().clearMessage()
        self._update_title()
        self._update_actions()
        self.welcome.new_button.setFocus()

    def new_plan(self) -> None:
        """Ask where to create a new plan, create it and open it on the cluster profile."""
        suggestion = str(_documents_folder() / (_tr("New cluster plan") + PLAN_SUFFIX))
        path = self.prompter.save_path(self, _tr("New Plan"), suggestion)
        if not path:
            return
        from cluster_planner.domain.errors import PlanFileError
        from cluster_planner.services.plan_document import PlanDocument
        from cluster_planner.ui.language import interface_language

        try:
            # Written in the language the person speaks to the app, until they say otherwise.
            document = PlanDocument.create(path, language=interface_language())
        except PlanFileError as error:
            self.prompter.warn(self, _tr("The plan was not created"), file_problem(error))
            return
        self.show_document(document)
        if self.plan_view is not None:
            page = self.plan_view.cluster_page
            page.tabs.setCurrentWidget(page.profile_tab)
            page.profile_tab.form.editors["name"].widget.setFocus()

    def demo_folder(self) -> Path:
        """Where demo copies are made: the app's data folder's ``demo``."""
        return self._demo_folder or (
            Path(
                QStandardPaths.writableLocation(
                    QStandardPaths.StandardLocation.AppLocalDataLocation
                )
            )
            / "demo"
        )

    def open_demo(self) -> bool:
        """Create a fresh copy of the demo plan in the app's data folder and open it."""
        folder = self.demo_folder()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"demo-{stamp}{PLAN_SUFFIX}"
        number = 1
        while path.exists():
            number += 1
            path = folder / f"demo-{stamp}-{number}{PLAN_SUFFIX}"
        from cluster_planner.domain.errors import PlanError, PlanFileError
        from cluster_planner.services.demo import create_demo_plan, prune_demo_copies

        try:
            folder.mkdir(parents=True, exist_ok=True)
            prune_demo_copies(folder)
            document = create_demo_plan(path, template_folder=folder / "templates")
        except (PlanError, OSError) as error:
            text = (
                file_problem(error)
                if isinstance(error, PlanFileError)
                else _tr("The demo plan could not be created in {folder} ({detail}).").format(
                    folder=folder, detail=error
                )
            )
            self.prompter.warn(self, _tr("The demo plan was not opened"), text)
            return False
        self.show_document(document, remember=False)
        return True

    def save_copy(self) -> None:
        """Write a copy of the open plan elsewhere; the open plan stays the one being edited."""
        if self.session is None:
            return
        current = self.session.path
        suggestion = str(
            current.with_name(_tr("{name} copy").format(name=current.stem) + PLAN_SUFFIX)
        )
        path = self.prompter.save_path(self, _tr("Save a Copy"), suggestion)
        if not path:
            return
        from cluster_planner.domain.errors import PlanFileError

        try:
            self.session.document.save_copy(path)
        except PlanFileError as error:
            self.prompter.warn(self, _tr("The copy was not saved"), file_problem(error))
            return
        self.statusBar().showMessage(
            _tr("A copy was saved as “{copy}”. You are still working on “{file}”.").format(
                copy=Path(path).name, file=current.name
            ),
            STATUS_TIMEOUT_MS,
        )

    def _clear_recent_files(self) -> None:
        for path in self.settings.recent_files():
            self.settings.remove_recent_file(path)
        self.welcome.set_recent_files([])

    # --- view ------------------------------------------------------------------------

    def go_to_step(self, row: int) -> None:
        """Show workshop step ``row`` (0: Cluster), the keyboard in it (Ctrl+1 … Ctrl+8)."""
        if self.plan_view is not None:
            self.plan_view.go_to_step(row)
            self.plan_view.focus_page()

    def _toggle_steps(self, visible: bool) -> None:
        if self.plan_view is not None:
            self.plan_view.steps.setVisible(visible)

    def show_problem(self, text: str) -> None:
        """Show a refused edit as a sentence in the status bar; nothing pops up."""
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def _say_replayed(self, *, undone: bool) -> None:
        stack = self.undo_group.activeStack()
        if stack is None:
            return
        change = stack.redoText() if undone else stack.undoText()
        if change:
            text = _tr("Undone: {change}") if undone else _tr("Redone: {change}")
            self.statusBar().showMessage(text.format(change=change), STATUS_TIMEOUT_MS)

    def _show_unsaved(self) -> None:
        """The title's * says that a form holds typing not saved yet (the plan itself is
        saved at every change)."""
        self.setWindowModified(bool(self._unsaved_forms()))

    def _unsaved_forms(self) -> list[QWidget]:
        from cluster_planner.ui.form_fields import unsaved_forms

        return unsaved_forms().within(self.plan_view) if self.plan_view is not None else []

    def may_discard_forms(self) -> bool:
        """True when no form holds unsaved typing, or the person agrees to lose it."""
        if not self._unsaved_forms():
            return True
        return self.prompter.confirm(
            self,
            _tr("Unsaved Typing"),
            _tr(
                "A form on the page holds typing that is not saved in the plan yet (a draft "
                "being written, an indicator, an option). Everything else is saved. Close "
                "and lose that typing?"
            ),
            _tr("Close and Lose It"),
        )

    # --- help ------------------------------------------------------------------------

    def about(self) -> AboutDialog:
        """Help ▸ About: version, licences and where settings and demo copies live."""
        from cluster_planner.ui.about_dialog import AboutDialog

        if self._about is None:
            self._about = AboutDialog(self.settings.store.fileName(), self.demo_folder(), self)
        self._about.show()
        self._about.raise_()
        self._about.activateWindow()
        return self._about

    # --- window events ---------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave_presentation()
        if not self.may_discard_forms():
            event.ignore()
            return
        if self.past_revision_folder is None:
            from cluster_planner.ui.window_place import screen_key

            screen = self.screen()
            self.settings.set_window_geometry(
                self.saveGeometry(), screen_key(screen) if screen is not None else None
            )
        self.close_plan()
        if self.past_revision_folder is not None:
            import shutil

            shutil.rmtree(self.past_revision_folder, ignore_errors=True)
        self.settings.sync()
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_path(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = dropped_path(event.mimeData())
        if path is None:
            return
        event.acceptProposedAction()
        # Open after the drop finishes: a dialog inside a drop handler blocks the source app.
        QTimer.singleShot(0, partial(self.open_plan, path))


def dropped_path(mime: QMimeData) -> str | None:
    """The first plan file (``*.clusterplan``) a drag carries, if any: other files are
    refused while still dragged, so the pointer says they cannot be dropped."""
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(PLAN_SUFFIX):
            return url.toLocalFile()
    return None


def _same_file(first: Path, second: Path) -> bool:
    try:
        return first.resolve() == second.resolve()
    except OSError:
        return False


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
