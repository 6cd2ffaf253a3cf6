"""The person's presentation preferences in their settings: type size, contrast, timer, lock."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

# Body text height on a 1080-line screen; other screens get the same share of their height.
DEFAULT_BODY_PIXELS = 28
MIN_BODY_PIXELS = 20
MAX_BODY_PIXELS = 60
DEFAULT_TIMER_MINUTES = 5
MAX_TIMER_MINUTES = 99
HIGH_CONTRAST = "high"
STANDARD_CONTRAST = "standard"

_PREFIX = "presentation/"


@dataclass(frozen=True, slots=True)
class PresentationPreferences:
    """What the presentation remembers between workshops."""

    body_pixels: int = DEFAULT_BODY_PIXELS
    contrast: str = HIGH_CONTRAST
    timer_minutes: int = DEFAULT_TIMER_MINUTES
    lock_by_default: bool = True

    def with_body_pixels(self, pixels: int) -> PresentationPreferences:
        """These preferences with the body text at ``pixels`` (kept within the allowed range)."""
        return replace(self, body_pixels=max(MIN_BODY_PIXELS, min(MAX_BODY_PIXELS, pixels)))

    def with_timer_minutes(self, minutes: int) -> PresentationPreferences:
        """These preferences with a timer of ``minutes`` (1 to 99)."""
        return replace(self, timer_minutes=max(1, min(MAX_TIMER_MINUTES, minutes)))


def _int(store: QSettings, key: str, default: int) -> int:
    try:
        return int(str(store.value(_PREFIX + key, default)))
    except ValueError:
        return default


def read_preferences(store: QSettings) -> PresentationPreferences:
    """The stored preferences, with defaults for anything missing or unreadable."""
    defaults = PresentationPreferences()
    contrast = str(store.value(_PREFIX + "contrast", defaults.contrast))
    lock = str(store.value(_PREFIX + "lock_by_default", "true")).lower() not in ("false", "0")
    preferences = PresentationPreferences(
        contrast=contrast if contrast in (HIGH_CONTRAST, STANDARD_CONTRAST) else HIGH_CONTRAST,
        lock_by_default=lock,
    )
    return preferences.with_body_pixels(
        _int(store, "body_pixels", defaults.body_pixels)
    ).with_timer_minutes(_int(store, "timer_minutes", defaults.timer_minutes))


def write_preferences(store: QSettings, preferences: PresentationPreferences) -> None:
    """Remember ``preferences`` for the next presentation."""
    store.setValue(_PREFIX + "body_pixels", preferences.body_pixels)
    store.setValue(_PREFIX + "contrast", preferences.contrast)
    store.setValue(_PREFIX + "timer_minutes", preferences.timer_minutes)
    store.setValue(_PREFIX + "lock_by_default", preferences.lock_by_default)
