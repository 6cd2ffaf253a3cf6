"""People's text shown as the text it is: Qt reads a label or a tooltip that looks like
markup ("<b>…") as markup, so text that came from people (a card typed on a phone) is
put where it is shown in plain form, here."""

from __future__ import annotations

from PySide6.QtGui import Qt as QtGui


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it as typed (markup escaped when it looks like some)."""
    if not QtGui.mightBeRichText(text):
        return text
    return QtGui.convertFromPlainText(text, QtGui.WhiteSpaceMode.WhiteSpaceNormal)
