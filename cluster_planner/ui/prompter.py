"""The app's modal dialogs behind one small object, so tests can answer them without blocking."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cluster_planner.ui.key_names import key_name

PLAN_SUFFIX = ".clusterplan"


def plan_filter() -> str:
    """The file dialog filter for plan files."""
    return QCoreApplication.translate("prompter", "Cluster plans (*.clusterplan)")


class InPagePrompts(Protocol):
    """Where problems and questions go instead of dialogs (while presenting to a hall)."""

    def tell(self, title: str, text: str) -> None:
        """Show a problem or a piece of news."""

    def ask(self, title: str, text: str, options: Sequence[tuple[str, str]]) -> str | None:
        """The key of the option chosen from ``(key, label)``, or None for Cancel."""


def file_choice_refused() -> str:
    """Why no file chooser opens while presenting, and what to do."""
    return QCoreApplication.translate(
        "prompter",
        "Files are chosen outside the presentation: press {key} to leave it, then try again.",
    ).format(key=key_name("F5"))


class Prompter:
    """Asks the person things with real dialogs; a test subclass scripts the answers."""

    # Set while presenting: no dialog opens, everything is said in the page instead.
    in_page: InPagePrompts | None = None

    def _refuse_file_choice(self, caption: str) -> bool:
        if self.in_page is None:
            return False
        self.in_page.tell(caption, file_choice_refused())
        return True

    def open_path(self, parent: QWidget, caption: str) -> str | None:
        """A plan file to open, or None when cancelled."""
        if self._refuse_file_choice(caption):
            return None
        path, _ = QFileDialog.getOpenFileName(parent, caption, "", plan_filter())
        return path or None

    def import_path(self, parent: QWidget, caption: str, file_filter: str) -> str | None:
        """A file to import (a spreadsheet, say), or None when cancelled."""
        if self._refuse_file_choice(caption):
            return None
        path, _ = QFileDialog.getOpenFileName(parent, caption, "", file_filter)
        return path or None

    def save_path(self, parent: QWidget, caption: str, suggestion: str) -> str | None:
        """Where to write a plan file (suffix added when missing), or None when cancelled."""
        if self._refuse_file_choice(caption):
            return None
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, plan_filter())
        if not path:
            return None
        return path if path.endswith(PLAN_SUFFIX) else path + PLAN_SUFFIX

    def export_path(
        self, parent: QWidget, caption: str, suggestion: str, file_filter: str
    ) -> str | None:
        """Where to write an exported file (a picture, a document), or None when cancelled."""
        if self._refuse_file_choice(caption):
            return None
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, file_filter)
        return path or None

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the person something went wrong."""
        if self.in_page is not None:
            self.in_page.tell(title, text)
            return
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the person something."""
        if self.in_page is not None:
            self.in_page.tell(title, text)
            return
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        """True when the person accepts ``accept_label`` rather than cancelling."""
        return self.choose(parent, title, text, [("accept", accept_label)]) == "accept"

    def choose(
        self, parent: QWidget, title: str, text: str, options: Sequence[tuple[str, str]]
    ) -> str | None:
        """The key of the option the person picked from ``(key, label)``, or None for Cancel."""
        if self.in_page is not None:
            return self.in_page.ask(title, text, options)
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        buttons = {
            box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in options
        }
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((key for button, key in buttons.items() if button is clicked), None)
