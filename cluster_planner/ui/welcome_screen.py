"""The welcome screen shown when no plan is open: new, open, demo and recent plans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.ui import theme

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("welcome_screen", text)


class WelcomeScreen(QWidget):
    """Where the facilitator starts: a new plan, an existing one, or the demo."""

    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_screen")
        title = QLabel(_tr("Cluster Planner"))
        theme.set_role(title, theme.TITLE)
        tagline = QLabel(
            _tr(
                "Plan a cluster development initiative with its stakeholders: from the "
                "diagnostic and a shared vision to an action plan, a timeline and a roadmap "
                "for the Cluster Commission."
            ),
            wordWrap=True,
        )
        theme.set_role(tagline, theme.SUBTITLE)

        self.new_button = self._button(_tr("&New Plan…"), self.new_requested)
        self.open_button = self._button(_tr("&Open…"), self.open_requested)
        self.demo_button = self._button(_tr("Open the &Demo Plan"), self.demo_requested)
        demo_hint = QLabel(
            _tr(
                "The demo is the garment cluster of Atuntaqui, Ecuador. Each time you open "
                "it you get a fresh copy to try things on."
            ),
            wordWrap=True,
        )
        theme.set_role(demo_hint, theme.HINT)
        start_heading = QLabel(_tr("Start"))
        theme.set_role(start_heading, theme.HEADING)
        actions = QVBoxLayout()
        actions.setSpacing(10)
        actions.addWidget(start_heading)
        for button in (self.new_button, self.open_button, self.demo_button):
            actions.addWidget(button)
        actions.addWidget(demo_hint)
        actions.addStretch(1)

        recent_heading = QLabel(_tr("&Recent plans"))
        theme.set_role(recent_heading, theme.HEADING)
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_files")
        self.recent_list.setSpacing(2)
        self.recent_list.setWordWrap(True)
        self.recent_list.itemActivated.connect(self._on_activated)
        self.recent_list.itemClicked.connect(self._on_activated)
        recent_heading.setBuddy(self.recent_list)
        self.no_recent = QLabel(
            _tr("Plans you open appear here, so you can come back to them in one click."),
            wordWrap=True,
        )
        theme.set_role(self.no_recent, theme.HINT)
        recent = QVBoxLayout()
        recent.setSpacing(10)
        recent.addWidget(recent_heading)
        recent.addWidget(self.no_recent)
        recent.addWidget(self.recent_list, 1)

        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(actions, 2)
        columns.addLayout(recent, 3)

        body = QWidget()
        body.setMaximumWidth(1040)
        body_layout = QVBoxLayout(body)
        body_layout.setSpacing(12)
        body_layout.addWidget(title)
        body_layout.addWidget(tagline)
        body_layout.addSpacing(28)
        body_layout.addLayout(columns, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addWidget(body, 12)
        outer.addStretch(1)
        for first, second in (
            (self.new_button, self.open_button),
            (self.open_button, self.demo_button),
            (self.demo_button, self.recent_list),
        ):
            QWidget.setTabOrder(first, second)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "big")
        button.setMinimumWidth(280)
        button.clicked.connect(signal)
        return button

    def set_recent_files(self, paths: list[str]) -> None:
        """Show ``paths`` (newest first); missing files are shown dimmed."""
        self.recent_list.clear()
        for path in paths:
            file = Path(path)
            item = QListWidgetItem(f"{file.stem}\n{file.parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            if not file.exists():
                item.setForeground(QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText)))
                item.setToolTip(_tr("{path} (not found)").format(path=path))
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)
        if paths:
            self.recent_list.setCurrentRow(0)

    def recent_paths(self) -> list[str]:
        """The paths the recent list shows."""
        return [
            str(self.recent_list.item(row).data(PATH_ROLE))
            for row in range(self.recent_list.count())
        ]

    def _on_activated(self, item: QListWidgetItem) -> None:
        self.recent_requested.emit(str(item.data(PATH_ROLE)))
