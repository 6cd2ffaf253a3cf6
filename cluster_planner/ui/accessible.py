"""Controls every person can use: named for screen readers, and giving way to longer
translations instead of widening the page.

Qt names most controls by their text or by the label whose buddy they are, but a drop-down
list is announced by its current value ("Any lead") and a list or a table has no name at
all; these helpers give them one in the interface's language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

# A drop-down list is this many letters wide unless its layout gives it more.
COMBO_LETTERS = 14


def fit_combo(combo: QComboBox, name: str, *, letters: int = COMBO_LETTERS) -> QComboBox:
    """``combo`` named ``name``, as wide as ``letters`` letters (or as its layout gives
    it), never as wide as its longest entry; the entry shown is whole in its tooltip."""
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    explanation = combo.toolTip()

    def show_whole(text: str) -> None:
        both = f"{text}\n\n{explanation}" if explanation and text else ""
        combo.setToolTip(both or text or explanation)

    combo.currentTextChanged.connect(show_whole)
    show_whole(combo.currentText())
    return combo


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Give ``widget`` the name (and the longer description) a screen reader says."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget
