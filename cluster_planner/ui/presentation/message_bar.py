"""Problems and questions as a bar in the page while presenting, instead of dialogs.

A question waits for its answer in a local event loop, as a dialog would, but nothing
is modal: the page stays live, the bar only adds its buttons. One question at a time;
a second one while the first is open is answered with Cancel, and leaving the
presentation cancels the open one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

TELL_TIMEOUT_MS = 30_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("message_bar", text)


class MessageBar(QFrame):
    """A sentence with its buttons along the foot of the presented page."""

    answered = Signal(object)  # the key of the option chosen, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_message_bar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QFrame#presentation_message_bar { background: #fff0b3; border: 3px solid black;"
            " border-radius: 8px; }"
            " QLabel { color: black; background: transparent; border: none; }"
            " QPushButton { color: black; background: white; border: 2px solid black;"
            " border-radius: 6px; padding: 6px 18px; }"
            " QPushButton:focus { border: 4px solid #d55e00; }"
        )
        self.title = QLabel()
        self.title.setObjectName("message_bar_title")
        self.text = QLabel(wordWrap=True)
        self.text.setObjectName("message_bar_text")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(10)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 10, 18, 10)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(self._buttons)
        self._loop: QEventLoop | None = None
        self._answer: str | None = None
        self._hide_timer = QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.dismiss)
        self.buttons: list[QPushButton] = []
        self.hide()

    @property
    def asking(self) -> bool:
        """True while a question waits for its answer."""
        return self._loop is not None

    def set_text_pixels(self, pixels: float) -> None:
        """Size the bar's text to the presented body text."""
        font = QFont(self.font())
        font.setPixelSize(max(12, round(pixels)))
        self.setFont(font)
        bold = QFont(font)
        bold.setBold(True)
        self.title.setFont(bold)

    def _set_buttons(self, options: Sequence[tuple[str | None, str]]) -> None:
        for button in self.buttons:
            self._buttons.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for key, text in options:
            button = QPushButton(text)
            button.setObjectName(f"message_bar_{key or 'cancel'}")
            button.clicked.connect(lambda _checked=False, k=key: self.answer(k))
            self._buttons.addWidget(button)
            self.buttons.append(button)

    def _show(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self.show()
        self.raise_()
        parent = self.parentWidget()
        if parent is not None:
            parent.updateGeometry()

    def tell(self, title: str, text: str) -> None:
        """Show a problem or a piece of news; it goes by itself after a while, or with OK."""
        if self.asking:
            return  # the open question keeps the bar; the news is less important
        self._set_buttons([("ok", _tr("OK"))])
        self._show(title, text)
        self._hide_timer.start(TELL_TIMEOUT_MS)

    def ask(self, title: str, text: str, options: Sequence[tuple[str, str]]) -> str | None:
        """Show a question with ``(key, label)`` options and Cancel; return the key chosen."""
        if self.asking:
            return None
        self._hide_timer.stop()
        self._set_buttons([*options, (None, _tr("Cancel"))])
        previous = QApplication.focusWidget()
        self._show(title, text)
        self.buttons[-1].setFocus(Qt.FocusReason.OtherFocusReason)
        self._answer = None
        loop = QEventLoop()
        self._loop = loop
        loop.exec()
        self._loop = None
        self.hide()
        if previous is not None:
            with contextlib.suppress(RuntimeError):  # the keyboard goes back where it was
                previous.setFocus(Qt.FocusReason.OtherFocusReason)
        self.answered.emit(self._answer)
        return self._answer

    def answer(self, key: str | None) -> None:
        """Answer the open question with ``key`` (None: Cancel), or dismiss the news."""
        if self._loop is not None:
            self._answer = key
            self._loop.quit()
        else:
            self.dismiss()

    def dismiss(self) -> None:
        """Hide the bar; an open question is cancelled."""
        if self._loop is not None:
            self.answer(None)
            return
        self._hide_timer.stop()
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.answer(None)
            return
        super().keyPressEvent(event)
