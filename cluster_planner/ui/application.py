"""Start the app: the window is on screen before the services (and SQLAlchemy) load."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from cluster_planner import __version__
from cluster_planner.ui import startup
from cluster_planner.ui.language import (
    apply_language,
    interface_direction,
    set_window_direction,
    system_language,
)
from cluster_planner.ui.main_window import APP_NAME, MainWindow
from cluster_planner.ui.settings import AppSettings
from cluster_planner.ui.theme import apply_theme


class Application(QApplication):
    """The QApplication on macOS, which also takes the plans the system hands over by
    event: a plan double-clicked in the Finder (or dropped on the Dock icon) arrives as a
    FileOpen event, at start as well as later."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.handed_over: list[str] = []  # kept until the window can open them
        self.window: MainWindow | None = None

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            if self.window is not None:  # set once the window has its menus
                self.window.open_plan(event.file())
            else:
                self.handed_over.append(event.file())
            return True
        return super().event(event)


def create_application() -> QApplication:
    """The QApplication, named (for QSettings and data folders) and themed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    elif sys.platform == "darwin":
        app = Application(sys.argv[:1])
    else:
        # Elsewhere plans come as arguments, and a plain QApplication keeps Python out of
        # the dispatch of every event (a Python subclass is asked about each one).
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    # Wayland matches the window to its desktop entry (name and icon) by this.
    app.setDesktopFileName("cluster-planner")
    if QLocale.system().language() == QLocale.Language.C:
        # Without a configured locale, numbers would show no digit grouping (42000000).
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    apply_theme(app)
    return app


def run(file: str | None = None, demo: bool = False) -> int:
    """Show the main window; once it has painted, open ``file`` or a fresh demo plan."""
    app = create_application()
    settings = AppSettings()
    window = MainWindow(settings=settings, deferred=True)

    def open_requested() -> None:
        # The language is set before the menus and pages are made (the frame painted
        # first has no words in it).
        apply_language(app, settings.language() or system_language())
        set_window_direction(window, interface_direction(QLocale.system(), settings.language()))
        set_window_icon(app)
        window.complete_setup()
        handed_over = app.handed_over if isinstance(app, Application) else []
        wanted = handed_over[-1] if handed_over else file
        if isinstance(app, Application):
            app.window, app.handed_over = window, []
        opened = window.open_demo() if demo else window.open_plan(wanted) if wanted else False
        if not opened:
            window.show_welcome()

    startup.after_first_paint(window, open_requested)
    window.show()
    return app.exec()


def set_window_icon(app: QApplication) -> None:
    """The app's icon on its windows (task bar, window switcher), at every size it has."""
    from pathlib import Path

    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in sorted(
        (Path(__file__).resolve().parent.parent / "resources" / "icons").glob("*.png")
    ):
        icon.addFile(str(path))
    app.setWindowIcon(icon)
