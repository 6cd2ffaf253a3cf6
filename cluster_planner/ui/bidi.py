"""Text in both directions: a plan written right to left (Arabic …) lays its pages out
mirrored, while the interface's words may run left to right (English, Spanish, French).

Each piece then keeps its own direction: dates, numbers and counts are isolated units
(formats.isolated), and the cells of lists and tables lay their text out in the direction
of its first letter, aligned as the mirrored page aligns them, so that "5 actions" never
reads "actions 5" and an English title is shortened at its end, not its start.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of ``text``'s first letter that has one (None: digits and signs only)."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def follow_text(option: QStyleOptionViewItem) -> None:
    """In a right-to-left view, lay out a cell whose text runs left to right in its own
    direction, keeping the alignment the mirrored view gives it."""
    if option.direction != Qt.LayoutDirection.RightToLeft or not option.text:
        return
    if text_direction(option.text) != Qt.LayoutDirection.LeftToRight:
        return
    alignment = QStyle.visualAlignment(option.direction, option.displayAlignment)
    option.direction = Qt.LayoutDirection.LeftToRight
    option.displayAlignment = alignment | Qt.AlignmentFlag.AlignAbsolute


class DirectedDelegate(QStyledItemDelegate):
    """The standard cell, its text laid out in its own direction (follow_text)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        follow_text(option)


def direct_views(root: QWidget) -> None:
    """Give every list, table and tree under ``root`` that draws standard cells the
    delegate that lays each cell out in its text's direction."""
    for view in root.findChildren(QAbstractItemView):
        if type(view.itemDelegate()) is QStyledItemDelegate:
            view.setItemDelegate(DirectedDelegate(view))


class FittedRowsDelegate(DirectedDelegate):
    """Rows as wide as the list: a long line is shortened with "…" at its end (its start,
    for a right-to-left line) instead of scrolling sideways, where a mirrored list would
    open on the ends of its English lines."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(1, super().sizeHint(option, index).height())


def fit_rows(view: QAbstractItemView) -> None:
    """Lay ``view``'s rows out as wide as it is, shortened with "…" (FittedRowsDelegate);
    the rows' tooltips say them whole."""
    view.setItemDelegate(FittedRowsDelegate(view))
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
