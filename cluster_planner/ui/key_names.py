"""Keys as the person's keyboard and language name them, for hints, tooltips and messages.

Qt names keys in the interface's language once its own translations are installed
("Ctrl+Enter" reads "Control+Intro" in Spanish, "Ctrl+Entrée" in French, and ⌘ on a
Mac), so sentences hold a {placeholder} where a key goes, never the English name.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence


def key_name(keys: str | QKeySequence.StandardKey) -> str:
    """``keys`` ("Ctrl+Enter", "Alt+Down", "Delete", or a standard key) as the platform
    and the interface's language write them."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def undo_keys() -> str:
    """The keys of Edit ▸ Undo, named."""
    return key_name(QKeySequence.StandardKey.Undo)


def modifier_name(modifier: str = "Ctrl") -> str:
    """A modifier key alone ("Ctrl", Spanish "Control", ⌘ on a Mac), for mouse gestures
    such as Ctrl+wheel."""
    return key_name(f"{modifier}+A")[:-1].rstrip("+")
