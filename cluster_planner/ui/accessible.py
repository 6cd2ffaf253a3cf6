"""Controls every person can use: named for screen readers, and giving way to longer
translations instead of widening the page.

Qt names most controls by their text or by the label whose buddy they are, but a drop-down
list is announced by its current value ("Any lead") and a list or a table has no name at
all; these helpers give them one in the interface's language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableWidget,
    QWidget,
)

# A drop-down list is this many letters wide unless its layout gives it more.
COMBO_LETTERS = 14


def fit_combo(combo: QComboBox, name: str = "", *, letters: int = COMBO_LETTERS) -> QComboBox:
    """``combo`` named ``name`` (if given), as wide as ``letters`` letters (or as its layout
    gives it), never as wide as its longest entry; the entry shown is whole in its tooltip."""
    if name:
        combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    combo.installEventFilter(_WholeText(combo))
    return combo


class _WholeText(QObject):
    """Keeps a drop-down list's tooltip saying its entry whole (and what the list is for,
    when it had a tooltip of its own), however the entry changed: by the person, by code,
    with signals blocked."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._explanation = combo.toolTip()
        self._shown = ""
        self.show_whole(combo)
        combo.currentIndexChanged.connect(lambda _index: self.show_whole(combo))
        # Lists refilled with their signals blocked still change their model: look again
        # once the refill is over.
        model = combo.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_: QTimer.singleShot(0, self, lambda: self.show_whole(combo)))

    def show_whole(self, combo: QComboBox) -> None:
        text = combo.currentText()
        if text == self._shown and combo.toolTip():
            return
        self._shown = text
        both = f"{text}\n\n{self._explanation}" if self._explanation and text else ""
        combo.setToolTip(both or text or self._explanation)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Paint, QEvent.Type.ToolTip) and isinstance(
            watched, QComboBox
        ):
            self.show_whole(watched)
            if event.type() == QEvent.Type.Paint and not watched.isEditable():
                _paint_shortened(watched)
                return True
        return False


def _paint_shortened(combo: QComboBox) -> None:
    """Paint ``combo`` as Qt does, its entry shortened with "…" when it does not fit
    (Qt would cut it off mid-letter: "Todos los tipos de reu")."""
    painter = QStylePainter(combo)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    option.currentText = combo.fontMetrics().elidedText(
        option.currentText, Qt.TextElideMode.ElideRight, field.width()
    )
    painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


def set_headings(table: QTableWidget, headings: list[str]) -> None:
    """``table``'s column headings, each also its tooltip: a narrow column cuts its
    heading, the tooltip says it whole."""
    table.setHorizontalHeaderLabels(headings)
    for column, heading in enumerate(headings):
        item = table.horizontalHeaderItem(column)
        if item is not None:
            item.setToolTip(heading)


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Give ``widget`` the name (and the longer description) a screen reader says."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def shown_text(text: str) -> str:
    """A label's text as read: without its shortcut mark ("&Lead" → "Lead", "&&" → "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":\u00a0 ")


def lead_to(label: QLabel, field: QWidget) -> QLabel:
    """``label`` names ``field``, and Alt+its letter puts the keyboard there. Screen readers
    take a field's name from its label, except a drop-down list's, which they announce by
    its value ("Any lead"): a list gets the label's words as a name of its own."""
    label.setBuddy(field)
    if isinstance(field, QComboBox) and not field.accessibleName():
        field.setAccessibleName(shown_text(label.text()))
    return label


def fit_form_fields(form: QFormLayout) -> None:
    """The drop-down lists of ``form`` fitted (fit_combo) and named by their row's label."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field = item.widget() if item is not None else None
        label = label_item.widget() if label_item is not None else None
        if isinstance(field, QComboBox):
            if isinstance(label, QLabel):
                lead_to(label, field)
            fit_combo(field)


def give_keyboard(widget: QWidget) -> None:
    """Put the keyboard in ``widget``. A list or a table takes it as from a click: Qt
    would otherwise make its first row current without selecting it, and a register's
    details would not follow when that row is then selected."""
    reason = (
        Qt.FocusReason.MouseFocusReason
        if isinstance(widget, QAbstractItemView)
        else Qt.FocusReason.ShortcutFocusReason
    )
    widget.setFocus(reason)
