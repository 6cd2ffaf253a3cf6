"""Start the app: the window is on screen before the services (and SQLAlchemy) load."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale
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


def create_application() -> QApplication:
    """The QApplication, named (for QSettings and data folders) and themed."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
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
        window.complete_setup()
        opened = window.open_demo() if demo else window.open_plan(file) if file else False
        if not opened:
            window.show_welcome()

    startup.after_first_paint(window, open_requested)
    window.show()
    return app.exec()
