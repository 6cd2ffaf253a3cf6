"""The countdown for group exercises: a clock-driven model and its large, quiet display.

At zero nothing rings and nothing opens: the digits stop at 0:00 and the panel turns a
steady colour with the word "Time", so the facilitator can finish the sentence.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

Clock = Callable[[], float]
TICK_MS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("countdown", text)


def format_remaining(seconds: float) -> str:
    """``seconds`` left as the display shows them: 4:59, 0:00 (whole seconds, rounded up)."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown(QObject):
    """A countdown of ``length`` seconds: start, pause, reset; ``clock`` gives the seconds."""

    changed = Signal()

    def __init__(
        self, length: float, clock: Clock | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock or time.monotonic
        self._length = float(length)
        self._spent = 0.0  # seconds counted before the current run
        self._started_at: float | None = None
        self.shown = False  # the display stays hidden until the timer is first started

    @property
    def length(self) -> float:
        """The full length in seconds."""
        return self._length

    @property
    def running(self) -> bool:
        """True while counting down."""
        return self._started_at is not None and not self.finished

    @property
    def finished(self) -> bool:
        """True once it has reached zero."""
        return self.remaining() <= 0

    def remaining(self) -> float:
        """Seconds left (never below zero)."""
        spent = self._spent
        if self._started_at is not None:
            spent += self._clock() - self._started_at
        return max(0.0, self._length - spent)

    def start(self) -> None:
        """Start or resume counting (from the full length when it had finished)."""
        if self.finished:
            self._spent = 0.0
        if self._started_at is None:
            self._started_at = self._clock()
        self.shown = True
        self.changed.emit()

    def pause(self) -> None:
        """Stop counting; ``start`` resumes."""
        if self._started_at is not None:
            self._spent = min(self._length, self._spent + self._clock() - self._started_at)
            self._started_at = None
        self.changed.emit()

    def toggle(self) -> None:
        """Start when stopped, pause when counting."""
        if self.running:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to the full length, stopped; a second reset hides the display."""
        at_start = self._started_at is None and self._spent == 0.0
        self._started_at = None
        self._spent = 0.0
        if at_start:
            self.shown = False
        self.changed.emit()

    def set_length(self, seconds: float) -> None:
        """Change the full length; what has been counted so far stays counted."""
        self._length = max(60.0, float(seconds))
        self.changed.emit()


class CountdownDisplay(QWidget):
    """The countdown in large digits, for a corner of the presented screen."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_countdown")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._countdown = countdown
        self.digits = QLabel()
        self.digits.setObjectName("countdown_digits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state = QLabel()
        self.state.setObjectName("countdown_state")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 6, 18, 6)
        layout.setSpacing(14)
        layout.addWidget(self.digits)
        layout.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.refresh)
        self._look = ""
        countdown.changed.connect(self.refresh)
        self.set_digit_pixels(48)
        self.refresh()

    def set_digit_pixels(self, pixels: float) -> None:
        """Size the digits (the word beside them is half as large)."""
        digits = QFont(self.font())
        digits.setPixelSize(max(12, round(pixels)))
        digits.setBold(True)
        digits.setStyleHint(QFont.StyleHint.Monospace)
        digits.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.digits.setFont(digits)
        word = QFont(self.font())
        word.setPixelSize(max(10, round(pixels * 0.5)))
        word.setBold(True)
        self.state.setFont(word)
        self.adjustSize()

    def refresh(self) -> None:
        """Show the time left and the state (counting, paused, time)."""
        countdown = self._countdown
        self.setVisible(countdown.shown)
        self.digits.setText(format_remaining(countdown.remaining()))
        if countdown.finished:
            state, look = _tr("Time"), "background: #0072b2; color: white;"
        elif countdown.running:
            state, look = "", "background: white; color: black;"
        else:
            state, look = _tr("Paused"), "background: #e6e6e6; color: black;"
        self.state.setText(state)
        self.state.setVisible(bool(state))
        if look != self._look:  # restyle only when the state changes, not on every tick
            self._look = look
            ink = "white" if countdown.finished else "black"
            self.setStyleSheet(
                f"QWidget#presentation_countdown {{ {look} border: 3px solid black;"
                " border-radius: 8px; }"
                f" QLabel {{ background: transparent; border: none; color: {ink}; }}"
            )
        if countdown.running:
            self._timer.start()
        else:
            self._timer.stop()
        self.adjustSize()
