"""SwotCardDelegate: paints SWOT cards large enough to read from the back of a hall."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cluster_planner.ui.formats import plural
from cluster_planner.ui.swot_card_model import FACE_ROLE, ITEM_ID_ROLE, CardFace, CardMark

Index = QModelIndex | QPersistentModelIndex

CARD_TEXT_SCALE = 1.3  # card statements read noticeably larger than the 11 pt base font
TAG_TEXT_SCALE = 0.9
MARGIN_X = 6
MARGIN_Y = 4
PADDING = 10
GAP = 6
TAG_PAD_X = 8
TAG_PAD_Y = 2
RADIUS = 6.0

CARD_FILL = QColor("#ffffff")
CARD_BORDER = QColor("#b9c0ca")
SELECTED_FILL = QColor("#e3edf9")
SELECTED_BORDER = QColor("#1f5fa8")
TOP_BORDER = QColor("#1d2733")
TEXT = QColor("#1b1f24")
MUTED = QColor("#5b6470")
TAG_FILL = QColor("#eceff3")
BADGE_FILL = QColor("#1d2733")


def _tr(text: str) -> str:
    return QCoreApplication.translate("swot_board", text)


def card_font(base: QFont) -> QFont:
    """The statement font: the view's font, 1.3 times larger."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * CARD_TEXT_SCALE)
    return font


def _small_font(base: QFont, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * TAG_TEXT_SCALE)
    font.setBold(bold)
    return font


@dataclass(frozen=True, slots=True)
class CardLayout:
    """Where a card's parts go, relative to the card's top-left corner."""

    height: int
    text: QRect
    badge: QRect | None
    tags: tuple[tuple[str, QRect], ...]
    merged: QRect | None


class SwotCardDelegate(QStyledItemDelegate):
    """Draws one card per row: statement, theme tags, merged texts, and the revealed rank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple[Any, ...], CardLayout] = {}

    # --- measuring ------------------------------------------------------------------------

    def layout_for(self, base: QFont, width: int, index: Index) -> CardLayout:
        """The card's layout at ``width`` pixels (cached: measuring text is the slow part)."""
        face = _face(index)
        statement, themes, merged, mark, dropped = (
            face.text,
            face.themes,
            face.merged,
            face.mark,
            face.dropped,
        )
        # The badge's size follows its rank and dots: a card measured with another badge
        # would wrap its text for the wrong width.
        badge = (mark.rank, mark.score) if mark is not None else None
        key = (width, base.key(), statement, themes, len(merged), badge, dropped)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > 4000:
            self._cache.clear()
        layout = self._measure(base, width, statement, themes, merged, mark, dropped)
        self._cache[key] = layout
        return layout

    def _measure(
        self,
        base: QFont,
        width: int,
        statement: str,
        themes: tuple[str, ...],
        merged: tuple[str, ...],
        mark: CardMark | None,
        dropped: bool,
    ) -> CardLayout:
        inner = max(width - 2 * MARGIN_X - 2 * PADDING, 40)
        badge: QRect | None = None
        text_width = inner
        if mark is not None:
            size = self._badge_size(base, mark)
            badge = QRect(
                width - MARGIN_X - PADDING - size.width(), MARGIN_Y + PADDING, *size.toTuple()
            )
            text_width = max(inner - size.width() - GAP, 40)
        metrics = QFontMetrics(card_font(base))
        bounds = metrics.boundingRect(
            QRect(0, 0, text_width, 100000), int(Qt.TextFlag.TextWordWrap), statement
        )
        top = MARGIN_Y + PADDING
        text = QRect(MARGIN_X + PADDING, top, text_width, bounds.height())
        y = text.bottom() + 1
        if badge is not None:
            y = max(y, badge.bottom() + 1)
        labels = ([_tr("Dropped")] if dropped else []) + list(themes)
        tags: list[tuple[str, QRect]] = []
        if labels:
            small = QFontMetrics(_small_font(base))
            tag_height = small.height() + 2 * TAG_PAD_Y
            x = MARGIN_X + PADDING
            y += GAP
            for label in labels:
                # +2: advances are rounded down, and elision must not bite a tag that fits.
                tag_width = min(small.horizontalAdvance(label) + 2 * TAG_PAD_X + 2, inner)
                if x > MARGIN_X + PADDING and x + tag_width > MARGIN_X + PADDING + inner:
                    x = MARGIN_X + PADDING
                    y += tag_height + 4
                tags.append((label, QRect(x, y, tag_width, tag_height)))
                x += tag_width + 6
            y += tag_height
        merged_rect: QRect | None = None
        if merged:
            small = QFontMetrics(_small_font(base))
            y += GAP
            merged_rect = QRect(MARGIN_X + PADDING, y, inner, small.height())
            y += small.height()
        height = y + PADDING + MARGIN_Y
        return CardLayout(height, text, badge, tuple(tags), merged_rect)

    @staticmethod
    def _badge_size(base: QFont, mark: CardMark) -> QSize:
        bold = card_font(base)
        bold.setBold(True)
        rank = QFontMetrics(bold)
        small = QFontMetrics(_small_font(base))
        width = max(
            rank.horizontalAdvance(_rank(mark.rank)), small.horizontalAdvance(_dots(mark.score))
        )
        return QSize(width + 2 * TAG_PAD_X + 4, rank.height() + small.height() + 6)

    @staticmethod
    def _width(option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QListView):
            # The list's width, not the option's: QListView measures before it lays out.
            return int(view.viewport().width() - 2 * view.spacing() - 1)
        return int(option.rect.width())

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._width(option)
        return QSize(width, self.layout_for(option.font, width, index).height)

    # --- painting -------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        state = option.state
        base: QFont = option.font
        layout = self.layout_for(base, rect.width(), index)
        face = _face(index)
        mark, dropped = face.mark, face.dropped
        selected = bool(state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        if face.dimmed:
            painter.setOpacity(0.32)
        card = QRect(MARGIN_X, MARGIN_Y, rect.width() - 2 * MARGIN_X, layout.height - 2 * MARGIN_Y)
        border = CARD_BORDER
        width = 1.0
        if mark is not None and mark.top:
            border, width = TOP_BORDER, 3.0
        if selected:
            border, width = SELECTED_BORDER, 3.0
        pen = QPen(border, width)
        if dropped:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(SELECTED_FILL if selected else CARD_FILL)
        inset = width / 2
        painter.drawRoundedRect(
            card.toRectF().adjusted(inset, inset, -inset, -inset), RADIUS, RADIUS
        )
        if state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(QPen(SELECTED_BORDER, 1.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.toRectF().adjusted(3, 3, -3, -3), RADIUS, RADIUS)

        painter.setFont(card_font(base))
        painter.setPen(MUTED if dropped else TEXT)
        painter.drawText(
            layout.text,
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            face.text,
        )
        if mark is not None and layout.badge is not None:
            self._paint_badge(painter, base, layout.badge, mark)
        small = _small_font(base)
        painter.setFont(small)
        for text, tag in layout.tags:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TAG_FILL)
            painter.drawRoundedRect(tag.toRectF(), tag.height() / 2, tag.height() / 2)
            painter.setPen(MUTED)
            elided = QFontMetrics(small).elidedText(
                text, Qt.TextElideMode.ElideRight, tag.width() - 2 * TAG_PAD_X + 2
            )
            painter.drawText(tag, int(Qt.AlignmentFlag.AlignCenter), elided)
        merged = face.merged
        if merged and layout.merged is not None:
            italic = QFont(small)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(MUTED)
            line = plural("swot_board", "+%n merged: “{text}”", len(merged)).format(text=merged[0])
            painter.drawText(
                layout.merged,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                QFontMetrics(italic).elidedText(
                    line, Qt.TextElideMode.ElideRight, layout.merged.width()
                ),
            )
        painter.restore()

    @staticmethod
    def _paint_badge(painter: QPainter, base: QFont, badge: QRect, mark: CardMark) -> None:
        # The top N get a filled badge, the others an outline: readable without colour.
        painter.setPen(QPen(BADGE_FILL, 1.5))
        painter.setBrush(BADGE_FILL if mark.top else QColor("#ffffff"))
        painter.drawRoundedRect(badge.toRectF(), RADIUS, RADIUS)
        rank_font = card_font(base)
        rank_font.setBold(True)
        rank_height = QFontMetrics(rank_font).height()
        painter.setPen(QColor("#ffffff") if mark.top else BADGE_FILL)
        painter.setFont(rank_font)
        painter.drawText(
            QRect(badge.left(), badge.top() + 2, badge.width(), rank_height),
            int(Qt.AlignmentFlag.AlignCenter),
            _rank(mark.rank),
        )
        painter.setFont(_small_font(base))
        painter.drawText(
            QRect(
                badge.left(),
                badge.top() + 2 + rank_height,
                badge.width(),
                badge.height() - rank_height - 4,
            ),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            _dots(mark.score),
        )

    # --- editing in place -------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setObjectName("card_editor")
        editor.setFont(card_font(option.font))
        editor.setFrame(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect: QRect = option.rect
        layout = self.layout_for(option.font, rect.width(), index)
        height = max(editor.sizeHint().height(), QFontMetrics(editor.font()).height() + 12)
        editor.setGeometry(
            rect.left() + MARGIN_X + 4,
            rect.top() + layout.text.top() - 4,
            rect.width() - 2 * MARGIN_X - 8,
            height,
        )

    def item_id(self, index: Index) -> int | None:
        """The card id of ``index`` (for callers holding only the delegate)."""
        value = index.data(ITEM_ID_ROLE)
        return int(value) if value is not None else None


def _face(index: Index) -> CardFace:
    face = index.data(FACE_ROLE)
    return face if isinstance(face, CardFace) else CardFace("", (), (), None, False, False)


def _rank(rank: int) -> str:
    # Its place in the vote, in words: "#2" read as a code beside the card's own (S3).
    return _tr("rank {rank}").format(rank=rank)


def _dots(score: int) -> str:
    return plural("swot_board", "%n dot(s)", score)
