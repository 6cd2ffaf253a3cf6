"""Which screen the audience sees: a pure decision over the screens the system reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QScreen


@dataclass(frozen=True, slots=True)
class ScreenInfo:
    """A screen as the presentation needs it: a name and where it is on the desktop."""

    name: str
    geometry: QRect
    screen: QScreen | None = None  # None for screens made up by tests and screenshots


def system_screens() -> list[ScreenInfo]:
    """The screens connected now."""
    return [ScreenInfo(s.name(), s.geometry(), s) for s in QGuiApplication.screens()]


def audience_screen(screens: Sequence[ScreenInfo], facilitator: str | None) -> ScreenInfo | None:
    """The screen for the audience view, or None when the facilitator's screen is the only one.

    With several other screens, the largest one is taken (a projector is usually the
    largest), the first listed on a tie.
    """
    others = [s for s in screens if s.name != facilitator]
    if not others or len(screens) < 2:
        return None
    return max(others, key=lambda s: s.geometry.width() * s.geometry.height())
