"""The person's preferences (window geometry, recent files, language), through one typed wrapper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT_FILES = 8


class AppSettings:
    """Typed access to QSettings; tests pass their own QSettings so real ones stay untouched."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    @property
    def store(self) -> QSettings:
        """The QSettings underneath, for a view that keeps its own small preferences."""
        return self._settings

    def window_geometry(self, screen: str | None = None) -> QByteArray | None:
        """The main window's saved geometry on ``screen`` (a ``window_place.screen_key``), or
        the last one saved on any screen (``screen`` None), if any."""
        key = f"main_window/geometry/{screen}" if screen else "main_window/geometry"
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray, screen: str | None = None) -> None:
        """Remember the main window's geometry (on ``screen``, and as the last one)."""
        self._settings.setValue("main_window/geometry", geometry)
        if screen:
            self._settings.setValue(f"main_window/geometry/{screen}", geometry)

    def recent_files(self) -> list[str]:
        """Recently opened plans, newest first."""
        value = self._settings.value("recent_files", [])
        # An INI file gives a single entry back as a plain string.
        if isinstance(value, str):
            value = [value] if value else []
        items = value if isinstance(value, list) else []
        return [str(v) for v in items][:MAX_RECENT_FILES]

    def add_recent_file(self, path: Path | str) -> None:
        """Put ``path`` first in the recent files."""
        path = str(Path(path).resolve())
        files = [path, *(f for f in self.recent_files() if f != path)]
        self._settings.setValue("recent_files", files[:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path | str) -> None:
        """Forget ``path`` (e.g. because it no longer exists)."""
        path = str(Path(path).resolve())
        self._settings.setValue("recent_files", [f for f in self.recent_files() if f != path])

    def language(self) -> str:
        """The interface language the person chose ("" for the system's)."""
        value = self._settings.value("language", "")
        return value if isinstance(value, str) else ""

    def set_language(self, code: str) -> None:
        """Speak ``code`` from the next start ("" for the system's language)."""
        self._settings.setValue("language", code)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
