"""SwotCardModel: the cards of one SWOT quadrant, an adapter whose edits and drops run actions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from cluster_planner.domain.codes import item_codes
from cluster_planner.domain.enums import ItemStatus, Quadrant
from cluster_planner.domain.text import isolate
from cluster_planner.ui.formats import plural
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.vocabulary import theme_label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import SwotItem
    from cluster_planner.ui.plan_session import PlanSession

Index = QModelIndex | QPersistentModelIndex

CARD_MIME_TYPE = "application/x-cluster-planner-swot-cards"

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
THEMES_ROLE = Qt.ItemDataRole.UserRole + 2  # theme labels, for the tags
MERGED_ROLE = Qt.ItemDataRole.UserRole + 3  # statements merged into the card
DROPPED_ROLE = Qt.ItemDataRole.UserRole + 4
MARK_ROLE = Qt.ItemDataRole.UserRole + 5  # a CardMark when results are revealed, else None
DIMMED_ROLE = Qt.ItemDataRole.UserRole + 6  # True when the theme filter leaves the card out
FACE_ROLE = Qt.ItemDataRole.UserRole + 7  # a CardFace: everything the delegate draws, at once

# The tables whose changes can alter what a card shows.
CARD_TABLES = frozenset({"swot_item", "swot_item_theme", "voting_round", "vote_tally"})


@dataclass(frozen=True, slots=True)
class CardMark:
    """A card's result in a revealed round: rank, dots, and whether it is in the top N."""

    rank: int
    score: int
    top: bool


@dataclass(frozen=True, slots=True)
class CardFace:
    """What a card shows, in one value: the delegate measures and paints from it."""

    statement: str
    themes: tuple[str, ...]
    merged: tuple[str, ...]
    mark: CardMark | None
    dropped: bool
    dimmed: bool
    code: str = ""  # the card's code (S3), as the TOWS matrix and the roadmap show it

    @property
    def text(self) -> str:
        """What the card reads: its code, then its statement."""
        return f"{self.code}\u2002{isolate(self.statement)}" if self.code else self.statement


def encode_ids(ids: Iterable[int]) -> QMimeData:
    """Cards being dragged, as MIME data any quadrant's model understands."""
    mime = QMimeData()
    mime.setData(CARD_MIME_TYPE, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    """The card ids carried by ``mime`` (empty when it carries none)."""
    if not mime.hasFormat(CARD_MIME_TYPE):
        return []
    raw = bytes(mime.data(CARD_MIME_TYPE).data()).decode("ascii")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


def _tr(text: str) -> str:
    return QCoreApplication.translate("swot_board", text)


def spoken_card(face: CardFace) -> str:
    """What a screen reader says of a card: its statement and what the board draws beside
    it (rank and dots after the reveal, top priority, themes, merged cards, dropped)."""
    parts = [face.statement]
    if face.mark is not None:
        parts.append(
            plural("swot_board", "rank {rank}, %n dot(s)", face.mark.score).format(
                rank=face.mark.rank
            )
        )
        if face.mark.top:
            parts.append(_tr("a top priority"))
    if face.themes:
        parts.append(_tr("themes: {themes}").format(themes=", ".join(face.themes)))
    if face.merged:
        parts.append(plural("swot_board", "%n card(s) merged into it", len(face.merged)))
    if face.dropped:
        parts.append(_tr("dropped from the board"))
    return ". ".join(parts)


class SwotCardModel(QAbstractListModel):
    """The cards on the board in one quadrant, in board order (dropped ones when asked).

    Contract: ``setData`` and ``dropMimeData`` ask the session to run an action (one undo
    step each) and never change rows themselves; rows follow ``refresh``, which moves,
    inserts and removes rows rather than resetting, so selections survive.
    """

    def __init__(
        self, session: PlanSession, quadrant: Quadrant, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.quadrant = quadrant
        self._show_dropped = False
        self._theme_filter: str | None = None
        self._marks: dict[int, CardMark] = {}
        self._by_votes = False
        self._rows: list[SwotItem] = []
        self._order: list[int] = []  # every card of the quadrant, any status, board order
        self._merged: dict[int, list[str]] = {}
        self._faces: dict[int, CardFace] = {}
        self._codes: dict[int, str] = {}
        self._load(session.swot_items())

    # --- reading -----------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.statement
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_card(self._face(item))
        if role == ITEM_ID_ROLE:
            return item.id
        if role == FACE_ROLE:
            return self._face(item)
        if role == THEMES_ROLE:
            return [theme_label(t) for t in item.themes]
        if role == MERGED_ROLE:
            return list(self._merged.get(item.id, ()))
        if role == DROPPED_ROLE:
            return item.status is ItemStatus.DROPPED
        if role == MARK_ROLE:
            return self._marks.get(item.id)
        if role == DIMMED_ROLE:
            return self._theme_filter is not None and self._theme_filter not in item.themes
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops between cards and below the last card land on the list itself.
            return Qt.ItemFlag.ItemIsDropEnabled if not self._session.read_only else Qt.ItemFlag(0)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._session.read_only:
            return flags
        if self.sorted_by_votes():  # the order shown is the vote's: no place to drag to
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    def item(self, row: int) -> SwotItem:
        """The card shown in ``row``."""
        return self._rows[row]

    def items(self) -> list[SwotItem]:
        """The cards shown, in order."""
        return list(self._rows)

    def row_of(self, item_id: int) -> int:
        """The row of card ``item_id``, or -1 when it is not shown here."""
        return next((row for row, i in enumerate(self._rows) if i.id == item_id), -1)

    def active_count(self) -> int:
        """How many cards of the quadrant are on the board (not merged or dropped)."""
        return sum(1 for i in self._rows if i.status is ItemStatus.ACTIVE)

    def _face(self, item: SwotItem) -> CardFace:
        # Built once per card and change: measuring 400 cards asks for it thousands of times.
        face = self._faces.get(item.id)
        if face is None:
            face = CardFace(
                item.statement,
                tuple(theme_label(t) for t in item.themes),
                tuple(self._merged.get(item.id, ())),
                self._marks.get(item.id),
                item.status is ItemStatus.DROPPED,
                self._theme_filter is not None and self._theme_filter not in item.themes,
                self._codes.get(item.id, ""),
            )
            self._faces[item.id] = face
        return face

    def code(self, item_id: int) -> str:
        """The code of a card of this quadrant (S3), or an empty string."""
        return self._codes.get(item_id, "")

    def _tooltip(self, item: SwotItem) -> str:
        code = self._codes.get(item.id, "")
        parts = [f"{code}\u2002{item.statement}" if code else item.statement]
        if item.evidence:
            parts.append(item.evidence)
        merged = self._merged.get(item.id)
        if merged:
            parts.extend(f"+ {text}" for text in merged)
        return "\n".join(parts)

    # --- what is shown -------------------------------------------------------------------

    def set_show_dropped(self, shown: bool) -> None:
        """Show dropped cards (greyed) among the others, or hide them."""
        if shown != self._show_dropped:
            self._show_dropped = shown
            self._load(self._session.swot_items())

    def set_theme_filter(self, theme: str | None) -> None:
        """Dim the cards without ``theme`` (None: dim none)."""
        if theme != self._theme_filter:
            self._theme_filter = theme
            self._touch_all()

    def set_marks(self, marks: dict[int, CardMark]) -> None:
        """The revealed results to show on the cards (empty: none)."""
        mine = {i.id: marks[i.id] for i in self._rows if i.id in marks}
        old = {i.id: self._marks[i.id] for i in self._rows if i.id in self._marks}
        self._marks = dict(marks)
        if mine != old:
            if self._by_votes:
                self._load(self._session.swot_items())  # the ranks set the order
            else:
                self._touch_all()

    def set_sorted_by_votes(self, by_votes: bool) -> None:
        """Show the cards most voted first (while results are revealed), or in board order.
        Only the order shown changes; the board's own order is kept."""
        if by_votes != self._by_votes:
            self._by_votes = by_votes
            self._load(self._session.swot_items())

    def sorted_by_votes(self) -> bool:
        """True while the cards are shown most voted first."""
        return self._by_votes and bool(self._marks)

    def refresh(self) -> None:
        """Re-read the quadrant's cards from the session."""
        self._load(self._session.swot_items())

    def _shown(self, item: SwotItem) -> bool:
        if item.quadrant is not self.quadrant:
            return False
        return item.status is ItemStatus.ACTIVE or (
            self._show_dropped and item.status is ItemStatus.DROPPED
        )

    def _load(self, items: Sequence[SwotItem]) -> None:
        self._order = [i.id for i in items if i.quadrant is self.quadrant]
        self._codes = item_codes(
            [i for i in items if i.quadrant is self.quadrant], screen_language()
        )
        merged: dict[int, list[str]] = {}
        for i in items:
            if i.status is ItemStatus.MERGED and i.merged_into_id is not None:
                merged.setdefault(i.merged_into_id, []).append(i.statement)
        self._merged = merged
        new_rows = [i for i in items if self._shown(i)]
        if self.sorted_by_votes():
            unranked = len(new_rows) + 1  # cards without dots keep board order, last
            new_rows.sort(key=lambda i: m.rank if (m := self._marks.get(i.id)) else unranked)
        self._apply(new_rows)

    def _apply(self, new_rows: list[SwotItem]) -> None:
        wanted = {i.id for i in new_rows}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        kept = {i.id for i in self._rows}
        order = [i.id for i in new_rows if i.id in kept]
        by_id = {i.id: i for i in new_rows}
        if [i.id for i in self._rows] != order:
            self.layoutAboutToBeChanged.emit()
            old_ids = [i.id for i in self._rows]
            new_row = {item_id: row for row, item_id in enumerate(order)}
            self._rows = [by_id[i] for i in order]
            old_indexes = self.persistentIndexList()
            self.changePersistentIndexList(
                old_indexes,
                [self.index(new_row[old_ids[i.row()]], 0) for i in old_indexes],
            )
            self.layoutChanged.emit()
        for row, item in enumerate(new_rows):
            if item.id not in kept:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, item)
                self.endInsertRows()
        self._rows = new_rows
        self._touch_all()

    def _touch_all(self) -> None:
        self._faces.clear()
        if self._rows:
            # A layout change makes the view measure the cards again: texts may have grown.
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()

    # --- writing: through the session, as one undo step ----------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._session.read_only:
            return False
        item = self._rows[index.row()]
        statement = str(value or "").strip()
        if not statement or statement == item.statement:
            return False
        return (
            self._session.run(self._session.document.update_swot_item, item.id, statement=statement)
            is not None
        )

    # --- drag and drop ---------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CARD_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids(self._rows[r].id for r in rows)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return (
            not self._session.read_only
            and action == Qt.DropAction.MoveAction
            and bool(decode_ids(data))
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        if row < 0:
            # Dropped onto a card: go before it; onto empty space: go last.
            row = parent.row() if parent.isValid() else len(self._rows)
        moved = False
        for offset, item_id in enumerate(decode_ids(data)):
            moved |= self.move_card(item_id, row + offset)
        return moved

    def move_card(self, item_id: int, row: int) -> bool:
        """Move card ``item_id`` (from any quadrant) to the gap before shown ``row``."""
        anchor = next(
            (i.id for i in self._rows[max(row, 0) :] if i.id != item_id),
            None,
        )
        order = [i for i in self._order if i != item_id]
        at = order.index(anchor) if anchor is not None else len(order)
        current = next((i for i in self._session.swot_items() if i.id == item_id), None)
        if current is None:
            return False
        if current.quadrant is self.quadrant and self._order.index(item_id) == at:
            return False
        return (
            self._session.run(self._session.document.move_swot_item, item_id, self.quadrant, at)
            is not None
        )
