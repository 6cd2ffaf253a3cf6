"""The main window: welcome screen, opening plans and their problems, menus, title, settings."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from cluster_planner import __version__
from cluster_planner.app import main as app_main
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.ui.main_window import MainWindow

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_window_opens_on_the_welcome_screen(window: MainWindow) -> None:
    """Without a plan the window shows the welcome screen and plan commands are disabled."""
    assert window.central.currentWidget() is window.welcome
    assert window.windowTitle() == "Cluster Planner"
    assert not window.file_close.isEnabled()
    assert not window.file_save_copy.isEnabled()
    assert window.file_open.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Open)


def test_opening_the_demo_shows_the_cluster_page_with_its_counts(window: MainWindow) -> None:
    """Open the demo plan: the Cluster page names the cluster and counts its register."""
    assert window.open_demo()
    assert window.plan_view is not None
    page = window.plan_view.cluster_page
    assert window.central.currentWidget() is window.plan_view
    assert page.title.text() == "Atuntaqui garment cluster"
    assert page.organisations_tab.model.rowCount() == 15
    assert page.people_tab.model.rowCount() == 16
    assert page.meetings_tab.model.rowCount() == 4
    assert "Organisations: 15, of which 3 women-led" in page.organisations_tab.summary.text()
    assert "Enterprise 4" in page.organisations_tab.summary.text()
    people_summary = page.people_tab.summary.text()
    assert "16 — 9 women, 7 men" in people_summary
    assert "11 sit on the Cluster Commission, 4 on the Steering Committee" in people_summary


def test_demo_copies_go_to_the_demo_folder_and_not_to_recent_files(
    window: MainWindow, tmp_path: Path
) -> None:
    """Each demo is a fresh copy in the demo folder; recent files stay for real plans."""
    assert window.open_demo()
    assert window.session is not None
    assert window.session.path.parent == tmp_path / "demo"
    assert window.settings.recent_files() == []


def test_title_shows_plan_name_file_and_no_mark_for_saved_edits(
    demo_window: MainWindow, demo_path: Path
) -> None:
    """The title names plan and file; an edit is saved at once, so it marks nothing (the *
    is for typing not saved yet, see test_closing_forms)."""
    assert demo_window.windowTitle() == (
        "Atuntaqui garment cluster — demo.clusterplan[*] — Cluster Planner"
    )
    assert not demo_window.isWindowModified()
    assert demo_window.session is not None
    demo_window.session.run(
        demo_window.session.document.update_profile, name="Atuntaqui knitwear cluster"
    )
    assert demo_window.windowTitle().startswith("Atuntaqui knitwear cluster — demo.clusterplan")
    assert not demo_window.isWindowModified()
    demo_window.edit_undo.trigger()
    assert not demo_window.isWindowModified()


def test_ctrl_7_goes_to_the_review_step(demo_window: MainWindow) -> None:
    """Ctrl+7 goes to the Review step, built when first shown."""
    from cluster_planner.ui.review_page import ReviewPage

    assert demo_window.view_steps[6].shortcut().toString() == "Ctrl+7"
    demo_window.view_steps[6].trigger()
    assert demo_window.plan_view is not None
    assert isinstance(demo_window.plan_view.pages.currentWidget(), ReviewPage)
    demo_window.view_steps[0].trigger()
    assert demo_window.plan_view.pages.currentWidget() is demo_window.plan_view.cluster_page


def test_recent_files_are_remembered_and_listed(window: MainWindow, demo_path: Path, qtbot) -> None:
    """An opened plan goes first in recent files and on the welcome screen; clicking reopens it."""
    assert window.open_plan(demo_path)
    window.file_close.trigger()
    assert window.central.currentWidget() is window.welcome
    assert window.settings.recent_files() == [str(demo_path.resolve())]
    assert window.welcome.recent_paths() == [str(demo_path.resolve())]
    item = window.welcome.recent_list.item(0)
    window.welcome.recent_list.itemActivated.emit(item)
    assert window.session is not None and window.session.path == demo_path


def test_a_text_file_is_refused_with_a_sentence(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    """A text file renamed .clusterplan is refused; the message says what and what to do."""
    path = tmp_path / "notes.clusterplan"
    path.write_text("Minutes of the meeting\n" * 20)
    assert not window.open_plan(path)
    assert prompter.messages == [
        "“notes.clusterplan” is not a Cluster Planner plan: it is not a database file. "
        "Nothing was changed. Open a .clusterplan file instead."
    ]
    assert path.read_text() == "Minutes of the meeting\n" * 20
    assert window.central.currentWidget() is window.welcome


def test_a_missing_file_is_refused_and_forgotten(
    window: MainWindow, prompter, demo_path: Path, tmp_path: Path
) -> None:
    """A recent plan that was moved away is reported and dropped from recent files."""
    window.settings.add_recent_file(tmp_path / "gone.clusterplan")
    assert not window.open_plan(tmp_path / "gone.clusterplan")
    assert "“gone.clusterplan” could not be found in" in prompter.messages[0]
    assert "Nothing was changed." in prompter.messages[0]
    assert window.settings.recent_files() == []


def test_a_locked_plan_names_its_editor_and_offers_read_only(
    window: MainWindow, prompter, demo_path: Path
) -> None:
    """A plan another window is editing names who and where, and opens read-only on request."""
    other = PlanDocument.open(demo_path)
    try:
        prompter.choice = "read_only"
        assert window.open_plan(demo_path)
        message = prompter.messages[0]
        assert "is being edited by" in message and " on " in message and " since " in message
        assert prompter.options[0] == ["Open Read-Only"]
        assert window.session is not None and window.session.read_only
        assert "(read-only)" in window.windowTitle()
        assert window.plan_view is not None
        assert window.plan_view.read_only_banner.isVisibleTo(window)
        page = window.plan_view.cluster_page
        tab = page.organisations_tab
        assert not tab.add_action.isEnabled()
        tab.select(tab.model.entry(0).id)
        assert not tab.delete_action.isEnabled()
        name_field = tab.form.editors["name"].widget if tab.form else None
        assert isinstance(name_field, QLineEdit) and name_field.isReadOnly()
        index = tab.model.index(0, 0)
        assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    finally:
        other.close()


def test_cancelling_a_locked_plan_leaves_the_welcome_screen(
    window: MainWindow, prompter, demo_path: Path
) -> None:
    """Cancel on the lock question opens nothing."""
    other = PlanDocument.open(demo_path)
    try:
        assert not window.open_plan(demo_path)
        assert window.session is None
        assert window.central.currentWidget() is window.welcome
    finally:
        other.close()


def test_an_older_plan_is_upgraded_and_the_backup_named(window: MainWindow, tmp_path: Path) -> None:
    """Opening a schema-1 plan upgrades it and the status bar names the backup copy."""
    path = tmp_path / "old.clusterplan"
    shutil.copy(FIXTURES / "plan-schema1.clusterplan", path)
    assert window.open_plan(path)
    message = window.statusBar().currentMessage()
    assert "was upgraded" in message and "old.schema1-backup-" in message


def drag_and_drop(window: MainWindow, files: list[Path], at: QPoint) -> tuple[bool, bool]:
    """Drag ``files`` from outside over the window to ``at`` and drop them there, the way
    the platform delivers it: to the window's QWindow, which finds the widget under the
    pointer and passes the events up to the one accepting drops. (entered, dropped)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    handle = window.windowHandle()
    point = QPointF(at)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point.toPoint(), actions, mime, buttons, keys)
    QApplication.sendEvent(handle, enter)
    move = QDragMoveEvent(point.toPoint(), actions, mime, buttons, keys)
    if enter.isAccepted():  # as Qt's own drag handling does after an accepted enter
        move.setDropAction(enter.dropAction())
        move.accept()
    QApplication.sendEvent(handle, move)
    entered = enter.isAccepted() and move.isAccepted()
    if not entered:
        QApplication.sendEvent(handle, QDragLeaveEvent())
        return False, False
    drop = QDropEvent(point, actions, mime, buttons, keys)
    QApplication.sendEvent(handle, drop)
    return entered, drop.isAccepted()


def test_dropping_a_plan_file_on_the_welcome_screen_opens_it(
    window: MainWindow, demo_path: Path, qtbot
) -> None:
    """A .clusterplan file dragged from the file manager onto the welcome screen opens."""
    target = window.welcome.new_button
    at = target.mapTo(window, target.rect().center())
    assert drag_and_drop(window, [demo_path], at) == (True, True)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session is not None and window.session.path == demo_path
    assert window.plan_view is not None
    assert window.plan_view.cluster_page.title.text() == "Atuntaqui garment cluster"


def test_dropping_a_plan_on_an_open_plan_opens_the_new_one(
    demo_window: MainWindow, demo_template: Path, tmp_path: Path, qtbot
) -> None:
    """Dropped onto a plan's page (a table, say), the new plan replaces the open one."""
    other = tmp_path / "other" / "second.clusterplan"
    other.parent.mkdir()
    shutil.copy(demo_template, other)
    assert demo_window.plan_view is not None
    table = demo_window.plan_view.cluster_page
    at = table.mapTo(demo_window, table.rect().center())
    assert drag_and_drop(demo_window, [tmp_path / "notes.txt", other], at) == (True, True)
    qtbot.waitUntil(lambda: demo_window.session is not None and demo_window.session.path == other)


def test_files_that_are_not_plans_cannot_be_dropped(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """A spreadsheet or a folder is refused while still dragged; nothing opens."""
    sheet = tmp_path / "swot.xlsx"
    sheet.write_bytes(b"PK")
    at = window.welcome.rect().center()
    assert drag_and_drop(window, [sheet, tmp_path], at) == (False, False)
    qtbot.wait(50)
    assert window.session is None


def test_new_plan_creates_and_opens_an_empty_plan(
    window: MainWindow, prompter, tmp_path: Path
) -> None:
    """File ▸ New asks for a path, creates the plan there and opens it on the profile."""
    prompter.paths = [str(tmp_path / "fresh.clusterplan")]
    window.file_new.trigger()
    assert (tmp_path / "fresh.clusterplan").exists()
    assert window.plan_view is not None
    assert window.plan_view.cluster_page.title.text() == "Unnamed cluster"


def test_new_plan_refuses_to_replace_a_file(window: MainWindow, prompter, demo_path: Path) -> None:
    """File ▸ New never overwrites: an existing name is refused with a sentence."""
    before = demo_path.read_bytes()
    prompter.paths = [str(demo_path)]
    window.file_new.trigger()
    assert prompter.messages == [
        "“demo.clusterplan” already exists, so it was not replaced. Choose another name."
    ]
    assert demo_path.read_bytes() == before


def test_save_a_copy_writes_a_plan_and_keeps_editing_the_original(
    demo_window: MainWindow, prompter, tmp_path: Path
) -> None:
    """Save a Copy writes a plan that opens, and the window stays on the original."""
    copy = tmp_path / "copy.clusterplan"
    prompter.paths = [str(copy)]
    demo_window.file_save_copy.trigger()
    assert demo_window.session is not None and demo_window.session.path.name == "demo.clusterplan"
    document = PlanDocument.open(copy)
    try:
        assert document.profile().name == "Atuntaqui garment cluster"
    finally:
        document.close()


def test_closing_the_window_releases_the_plan(window: MainWindow, demo_path: Path) -> None:
    """Closing the window closes the plan, so another program may open it for editing."""
    assert window.open_plan(demo_path)
    window.close()
    assert window.session is None
    PlanDocument.open(demo_path).close()
    assert window.settings.window_geometry() is not None


def test_about_says_version_licences_and_where_things_live(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:
    """Help ▸ About: the version, the MIT licence, the fonts' licence, what it was built
    with, the settings file and the demo folder, each folder opened with one click; the
    Licences tab holds both licence texts."""
    window.help_about.trigger()
    dialog = window.findChild(QDialog, "about_dialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.version.text() == f"Version {__version__}"
    assert "MIT licence" in dialog.licence.text()
    assert "Noto Sans" in dialog.fonts.text()
    assert "SIL Open Font License 1.1" in dialog.fonts.text()
    assert "Qt 6." in dialog.built_with.text()
    assert dialog.settings_place.text() == str(tmp_path / "settings.ini")
    assert dialog.demo_place.text() == f"The ten newest copies are kept in {tmp_path / 'demo'}."
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(dialog.open_settings, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.open_demo, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path), str(tmp_path / "demo")]
    assert (tmp_path / "demo").is_dir()
    dialog.tabs.setCurrentIndex(1)
    texts = dialog.licence_texts.toPlainText()
    assert "Permission is hereby granted, free of charge" in texts  # MIT
    assert "SIL OPEN FONT LICENSE Version 1.1" in texts
    for width, height in ((1280, 720), (1366, 768)):
        screen = QRect(0, 0, width, height)
        assert screen.contains(QRect(QPoint(0, 0), dialog.frameSize())), (width, height)
    window.help_about.trigger()  # again: the same dialog comes forward
    assert window.findChildren(QDialog, "about_dialog") == [dialog]


def test_the_version_on_the_command_line(capsys) -> None:
    """`cluster-planner --version` names the package's version."""
    with pytest.raises(SystemExit) as exit_status:
        app_main(["--version"])
    assert exit_status.value.code == 0
    assert capsys.readouterr().out == f"cluster-planner {__version__}\n"


def test_menus_hold_every_command_with_standard_shortcuts(window: MainWindow) -> None:
    """File, Edit, View and Help menus carry the commands, with the platform's shortcuts."""
    names = {a.objectName() for menu in window.menuBar().actions() for a in menu.menu().actions()}
    for name in ("file_new", "file_open", "file_save_copy", "file_close", "app_quit"):
        assert name in names
    for name in ("edit_undo", "edit_redo", "view_workshop_steps", "help_about"):
        assert name in names
    standard = QKeySequence.StandardKey
    for action, key in (
        (window.edit_undo, standard.Undo),
        (window.edit_redo, standard.Redo),
        (window.file_close, standard.Close),
        (window.file_save_copy, standard.SaveAs),
    ):
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.objectName()
    # Quit has the platform's key, or Ctrl+Q where the platform has none.
    assert window.app_quit.shortcuts() == (
        QKeySequence.keyBindings(standard.Quit) or [QKeySequence("Ctrl+Q")]
    )


def test_the_window_shows_before_the_services_load() -> None:
    """Importing the application module does not import the services or SQLAlchemy."""
    code = (
        "import sys; import cluster_planner.ui.application; "
        "print(any(m.startswith(('cluster_planner.services', 'sqlalchemy')) for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_the_language_menu_remembers_the_choice_for_the_next_start(window: MainWindow) -> None:
    """View ▸ Language offers the system's language and the ones the app speaks."""
    names = [a.text() for a in window.language_actions]
    assert names[0].startswith("The System's (") and names[1:] == ["English", "Español", "Français"]
    assert window.language_actions[0].isChecked()
    window.language_actions[2].trigger()
    assert window.settings.language() == "es"
    assert "Español from its next start" in window.statusBar().currentMessage()
    assert window.language_actions[2].isChecked() and not window.language_actions[0].isChecked()


def test_a_plan_written_in_arabic_is_laid_out_right_to_left(demo_window: MainWindow) -> None:
    """The plan's language, not only the interface's, decides the direction of its steps."""
    from PySide6.QtCore import Qt

    view = demo_window.plan_view
    assert view is not None and view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    session = demo_window.session
    assert session is not None
    session.run(session.document.update_profile, language="ar")
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    session.undo_stack.undo()
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_a_new_plan_is_written_in_the_interfaces_language(
    window: MainWindow, prompter, tmp_path: Path, speak
) -> None:
    """A plan created from the Spanish interface is a Spanish plan (its roadmap, its
    composer), not an English one."""
    speak("es")
    prompter.paths = [str(tmp_path / "nuevo.clusterplan")]
    window.file_new.trigger()
    assert window.session is not None
    assert window.session.profile().language == "es"
    assert window.session.undo_stack.count() == 0  # part of the new plan, not an edit
