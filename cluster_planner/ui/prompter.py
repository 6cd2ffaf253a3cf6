"""The app's modal dialogs behind one small object, so tests can answer them without blocking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

PLAN_SUFFIX = ".clusterplan"


def plan_filter() -> str:
    """The file dialog filter for plan files."""
    return QCoreApplication.translate("prompter", "Cluster plans (*.clusterplan)")


class Prompter:
    """Asks the person things with real dialogs; a test subclass scripts the answers."""

    def open_path(self, parent: QWidget, caption: str) -> str | None:
        """A plan file to open, or None when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, caption, "", plan_filter())
        return path or None

    def import_path(self, parent: QWidget, caption: str, file_filter: str) -> str | None:
        """A file to import (a spreadsheet, say), or None when cancelled."""
        path, _ = QFileDialog.getOpenFileName(parent, caption, "", file_filter)
        return path or None

    def save_path(self, parent: QWidget, caption: str, suggestion: str) -> str | None:
        """Where to write a plan file (suffix added when missing), or None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, plan_filter())
        if not path:
            return None
        return path if path.endswith(PLAN_SUFFIX) else path + PLAN_SUFFIX

    def export_path(
        self, parent: QWidget, caption: str, suggestion: str, file_filter: str
    ) -> str | None:
        """Where to write an exported file (a picture, a document), or None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggestion, file_filter)
        return path or None

    def warn(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the person something went wrong."""
        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget, title: str, text: str) -> None:
        """Tell the person something."""
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget, title: str, text: str, accept_label: str) -> bool:
        """True when the person accepts ``accept_label`` rather than cancelling."""
        return self.choose(parent, title, text, [("accept", accept_label)]) == "accept"

    def choose(
        self, parent: QWidget, title: str, text: str, options: Sequence[tuple[str, str]]
    ) -> str | None:
        """The key of the option the person picked from ``(key, label)``, or None for Cancel."""
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
