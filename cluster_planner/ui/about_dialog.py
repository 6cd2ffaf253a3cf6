"""Help ▸ About: what the app is, its version and licence, the fonts' licence, what it was
built with, and where the person's settings and demo copies are kept.

Made when first asked for (never before the first paint); the licence texts are read
from the package's resources, so the bundle shows the files it carries.
"""

from __future__ import annotations

import contextlib
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_planner import __version__

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
LICENCE = RESOURCES / "LICENSE.txt"
FONT_LICENCE = RESOURCES / "fonts" / "OFL.txt"
ICON = RESOURCES / "icons" / "cluster-planner-64.png"
# The fonts shipped in resources/fonts, as their makers name them.
FONTS = "Noto Sans, Noto Sans Ethiopic, Noto Naskh Arabic, Noto Sans Math"


def _tr(text: str) -> str:
    return QCoreApplication.translate("about_dialog", text)


def purpose() -> str:
    """One sentence on what Cluster Planner is for."""
    return _tr(
        "Vision building and action planning for industrial cluster development "
        "initiatives: from the diagnostic to a shared vision, an action plan and a roadmap "
        "for the Cluster Commission."
    )


def built_with() -> str:
    """Python's, Qt's and PySide6's versions (the libraries whose licences travel with it)."""
    import PySide6
    from PySide6.QtCore import qVersion

    return _tr("Python {python}, Qt {qt} and PySide6 {pyside} (LGPL 3)").format(
        python=platform.python_version(), qt=qVersion(), pyside=PySide6.__version__
    )


class AboutDialog(QDialog):
    """Name, version, licences and the person's folders, each folder one click away."""

    def __init__(self, settings_file: str, demo_folder: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(_tr("About Cluster Planner"))
        self.settings_file = settings_file
        self.demo_folder = demo_folder

        icon = QLabel()
        icon.setPixmap(QPixmap(str(ICON)))
        icon.setFixedSize(64, 64)
        title = QLabel(_tr("Cluster Planner"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version = QLabel(_tr("Version {version}").format(version=__version__))
        self.version.setObjectName("about_version")
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(self.version)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)

        self.purpose = QLabel(purpose())
        self.purpose.setWordWrap(True)

        self.licence = self._text(
            _tr("Free software under the MIT licence: use it, copy it, change it and share it.")
        )
        self.fonts = self._text(
            _tr(
                "The roadmaps are printed in {fonts}, under the SIL Open Font License 1.1, "
                "which lets them be embedded in the documents."
            ).format(fonts=FONTS)
        )
        self.built_with = self._text(built_with())
        self.settings_place = self._text(settings_file)
        self.demo_place = self._text(
            _tr("The ten newest copies are kept in {folder}.").format(folder=demo_folder)
        )
        self.open_settings = QPushButton(_tr("Open &Settings Folder"))
        self.open_settings.setObjectName("about_open_settings")
        self.open_settings.clicked.connect(self.show_settings_folder)
        # On Windows the settings live in the registry: there is no folder to open.
        self.open_settings.setEnabled(Path(settings_file).is_absolute())
        self.open_demo = QPushButton(_tr("Open &Demo Folder"))
        self.open_demo.setObjectName("about_open_demo")
        self.open_demo.clicked.connect(self.show_demo_folder)

        form = QFormLayout()
        form.addRow(_tr("Licence:"), self.licence)
        form.addRow(_tr("Fonts:"), self.fonts)
        form.addRow(_tr("Built with:"), self.built_with)
        form.addRow(_tr("Settings:"), self._with_button(self.settings_place, self.open_settings))
        form.addRow(_tr("Demo copies:"), self._with_button(self.demo_place, self.open_demo))

        about = QWidget()
        about_layout = QVBoxLayout(about)
        about_layout.addLayout(top)
        about_layout.addWidget(self.purpose)
        about_layout.addLayout(form)
        about_layout.addStretch(1)

        self.licence_texts = QPlainTextEdit()
        self.licence_texts.setObjectName("about_licence_texts")
        self.licence_texts.setReadOnly(True)
        # The texts keep their own line breaks (80 columns), as they are published.
        self.licence_texts.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_texts.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_texts.setPlainText(licence_texts())
        licences = QWidget()
        licences_layout = QVBoxLayout(licences)
        note = QLabel(_tr("The licences are legal texts and are given in English."))
        note.setWordWrap(True)
        licences_layout.addWidget(note)
        licences_layout.addWidget(self.licence_texts)

        self.tabs = QTabWidget()
        self.tabs.addTab(about, _tr("&About"))
        self.tabs.addTab(licences, _tr("&Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        # Wrapped labels need the height their width gives them (French runs longer).
        width = 700
        self.resize(width, max(480, layout.totalHeightForWidth(width)))

    @staticmethod
    def _text(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @staticmethod
    def _with_button(label: QLabel, button: QPushButton) -> QWidget:
        row = QWidget()
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        buttons = QHBoxLayout()
        buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return row

    def show_settings_folder(self) -> None:
        """Open the folder holding the settings file in the file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.settings_file).parent)))

    def show_demo_folder(self) -> None:
        """Open the demo copies' folder in the file manager (made first if need be)."""
        with contextlib.suppress(OSError):  # else the file manager says it is missing
            self.demo_folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.demo_folder)))


def licence_texts() -> str:
    """The app's licence and the fonts' licence, as the package carries them."""
    parts = []
    for heading, path in (
        ("Cluster Planner", LICENCE),
        (FONTS, FONT_LICENCE),
    ):
        try:
            text = path.read_text("utf-8").strip()
        except OSError:
            text = _tr("The licence file {file} is missing.").format(file=path)
        parts.append(f"{heading}\n{'=' * len(heading)}\n\n{text}")
    return "\n\n\n".join(parts)
