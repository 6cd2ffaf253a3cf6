"""The lock badge: a small label saying whether the structure is locked, and how to change it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from cluster_planner.ui.key_names import key_name

REFUSED_FLASH_MS = 1500
LOCK_KEYS = "Ctrl+Shift+L"  # locks and unlocks the structure while presenting


def _tr(text: str) -> str:
    return QCoreApplication.translate("presentation", text)


class LockBadge(QLabel):
    """A small label saying whether the structure is locked and which keys change that."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_lock_badge")
        self._locked = True
        self.pixels = 20
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.timeout.connect(lambda: self.show_state(self._locked))

    def show_state(self, locked: bool, *, refused: bool = False) -> None:
        """Say locked or unlocked; ``refused`` also says why a key or a drag did nothing."""
        self._locked = locked
        if refused:
            text = _tr("Locked: {keys} unlocks").format(keys=key_name(LOCK_KEYS))
            look = "background: black; color: white;"
            self._flash.start(REFUSED_FLASH_MS)
        elif locked:
            text, look = _tr("Locked"), "background: white; color: black;"
        else:
            text = _tr("Unlocked · {keys} locks").format(keys=key_name(LOCK_KEYS))
            look = "background: #fff0b3; color: black;"
        self.setText(text)
        self.setToolTip(
            _tr("{keys} locks or unlocks the structure").format(keys=key_name(LOCK_KEYS))
        )
        self.setStyleSheet(
            f"QLabel#presentation_lock_badge {{ {look} border: 2px solid black;"
            f" border-radius: 6px; padding: 4px 10px; font-size: {self.pixels}px;"
            " font-weight: 600; }"
        )
        self.adjustSize()
