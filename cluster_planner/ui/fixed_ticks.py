"""Tick boxes that cannot be ticked look it.

In a read-only plan (a past revision) lists and tables keep their tick boxes, since a tick
says something (who attended, a women-led firm), but the item no longer takes a click. The
style would still draw the box white and sharp, inviting the click; this delegate draws it
on the window's grey with a faded mark instead, as a read-only field is drawn, while the
item's text stays as readable as before.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from cluster_planner.ui.bidi import DirectedDelegate

Index = QModelIndex | QPersistentModelIndex


def fixed_tick(index: Index) -> bool:
    """True when ``index`` shows a tick box that cannot be ticked."""
    has_box = index.data(Qt.ItemDataRole.CheckStateRole) is not None
    return has_box and not index.flags() & Qt.ItemFlag.ItemIsUserCheckable


class ItemDelegate(DirectedDelegate):
    """The usual item drawing (each cell's text in its own direction), with the tick box of
    an item that cannot be ticked greyed."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if not fixed_tick(index):
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        box = QStyleOptionViewItem(item)
        box.rect = style.subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, item, widget
        )
        ticked = item.checkState == Qt.CheckState.Checked
        state = box.state & ~QStyle.StateFlag.State_Enabled & ~QStyle.StateFlag.State_HasFocus
        state |= QStyle.StateFlag.State_On if ticked else QStyle.StateFlag.State_Off
        box.state = state
        palette = QPalette(box.palette)
        palette.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        box.palette = palette
        check = QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck
        style.drawPrimitive(check, box, painter, widget)
