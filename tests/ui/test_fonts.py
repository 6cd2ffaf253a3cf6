"""The tests measure and draw text with the bundled fonts only, on any machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from tests.conftest import BUNDLED_FONTS

BUNDLED_FAMILIES = {
    "Noto Sans",
    "Noto Sans Ethiopic",
    "Noto Naskh Arabic",
    "Noto Sans Math",
    "Noto Sans Symbols2",
    "Noto Emoji",
}


def test_qt_sees_the_bundled_fonts_and_no_other(qapp: QApplication) -> None:
    """No font installed on the machine reaches a test: not listed, not the default, so not a
    fallback either."""
    generic = {"Sans Serif", "Serif", "Monospace"}  # Qt's names for fontconfig's aliases
    assert set(QFontDatabase.families()) - generic == BUNDLED_FAMILIES
    assert QFontInfo(QApplication.font()).family() == "Noto Sans"
    for family in generic:
        assert QFontInfo(QFont(family)).family() == "Noto Sans"
    assert sorted(p.name for p in BUNDLED_FONTS.glob("*.ttf"))
