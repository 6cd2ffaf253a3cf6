"""The options of a plan as an item model, with the codes (SO1, S2 …) the Options page shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

from cluster_planner.domain.codes import item_codes, item_numbers, option_codes
from cluster_planner.domain.entities import StrategicOption, SwotItem, VotingRound
from cluster_planner.domain.enums import ItemStatus, OptionKind, Quadrant
from cluster_planner.domain.prioritisation import ranking
from cluster_planner.domain.text import isolate
from cluster_planner.ui.plan_codes import screen_language

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession

OPTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CODE_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
MARKS_ROLE = Qt.ItemDataRole.UserRole + 4
RATING_ROLE = Qt.ItemDataRole.UserRole + 5
STATEMENT_ROLE = Qt.ItemDataRole.UserRole + 6

# The tables whose change alters what the Options page shows.
WATCHED_TABLES = frozenset(
    {
        "strategic_option",
        "option_item",
        "swot_item",
        "swot_item_theme",
        "voting_round",
        "vote_tally",
    }
)

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("options_page", text)


@dataclass(frozen=True)
class RankedItem:
    """A SWOT item as the matrix lists it: its code (S3, stable: ``domain.codes``), its
    number in its quadrant, and its rank and dots in the revealed round, if voted."""

    item: SwotItem
    code: str
    number: int
    score: int | None = None
    rank: int | None = None


@dataclass(frozen=True)
class TowsItems:
    """The SWOT items the TOWS matrix is built from, and the round that ranked them."""

    voting_round: VotingRound | None
    # Every item of each quadrant: ranked active items first (by rank), then the rest.
    by_quadrant: dict[Quadrant, list[RankedItem]] = field(default_factory=dict)
    per_quadrant: int = 5

    def top(self, quadrant: Quadrant) -> list[RankedItem]:
        """The items the matrix header shows: the top voted ones, or every active item."""
        active = [
            r for r in self.by_quadrant.get(quadrant, []) if r.item.status is ItemStatus.ACTIVE
        ]
        if self.voting_round is None:
            return active
        return [r for r in active if r.score][: self.per_quadrant]

    def code(self, item_id: int) -> str:
        """The item's code (S1, O3 …), or an empty string for an unknown item."""
        return self.codes().get(item_id, "")

    def codes(self) -> dict[int, str]:
        """Codes of every item by id."""
        return {r.item.id: r.code for rows in self.by_quadrant.values() for r in rows}

    def find(self, item_id: int) -> RankedItem | None:
        """The item with ``item_id``, or None."""
        for rows in self.by_quadrant.values():
            for ranked in rows:
                if ranked.item.id == item_id:
                    return ranked
        return None


def latest_revealed_round(rounds: Sequence[VotingRound]) -> VotingRound | None:
    """The most recent round whose results were revealed, or None."""
    return next((r for r in reversed(rounds) if r.revealed), None)


def tows_items(
    items: Sequence[SwotItem], rounds: Sequence[VotingRound], per_quadrant: int
) -> TowsItems:
    """The items of each quadrant in the order the matrix lists them, with their codes.

    Items are listed by their rank in the latest revealed round (without one, in board
    order); their codes are their own and never follow the rank. Merged and dropped items
    come last, so an option that still uses one keeps a readable mark.
    """
    voting_round = latest_revealed_round(rounds)
    language = screen_language()
    codes = item_codes(items, language)
    numbers = item_numbers(items)
    ranked: dict[int, tuple[int, int]] = {}
    if voting_round is not None:
        ranked = {r.item.id: (r.rank, r.score) for r in ranking(voting_round, items)}
    by_quadrant: dict[Quadrant, list[RankedItem]] = {}
    for quadrant in Quadrant:
        in_quadrant = [i for i in items if i.quadrant is quadrant]
        active = [i for i in in_quadrant if i.status is ItemStatus.ACTIVE]
        if voting_round is not None:
            order = list(ranked)
            active.sort(key=lambda i: order.index(i.id) if i.id in ranked else len(order))
        rest = [i for i in in_quadrant if i.status is not ItemStatus.ACTIVE]
        rows = []
        for item in [*active, *rest]:
            rank, score = ranked.get(item.id, (None, None))
            rows.append(RankedItem(item, codes[item.id], numbers[item.id], score, rank))
        by_quadrant[quadrant] = rows
    return TowsItems(voting_round, by_quadrant, per_quadrant)


def item_marks(option: StrategicOption, items: TowsItems) -> str:
    """The codes of the items an option uses, S, W, O then T: ``S1 · W2 · O3``."""
    used = [r for r in (items.find(i) for i in option.item_ids) if r is not None]
    used.sort(key=lambda r: (list(Quadrant).index(r.item.quadrant), r.number))
    return " · ".join(r.code for r in used)


def rating_text(option: StrategicOption) -> str:
    """Impact and effort in words, e.g. ``Impact 4 · Effort 2`` or ``Not rated``."""
    if option.impact is None and option.effort is None:
        return _tr("Not rated")
    impact = "–" if option.impact is None else str(option.impact)
    effort = "–" if option.effort is None else str(option.effort)
    return _tr("Impact {impact} · Effort {effort}").format(impact=impact, effort=effort)


class OptionModel(QAbstractListModel):
    """Every strategic option, one row each, in kind and plan order.

    Contract: read-only for views; edits go through ``session.run``. The model resets
    when ``session.changed`` touches an option, a SWOT item or a voting round (the
    codes and marks depend on all three); views restore their selection by id.
    """

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._per_quadrant = 5
        self._options: list[StrategicOption] = []
        self._codes: dict[int, str] = {}
        self.items = TowsItems(None)
        self._read()
        session.changed.connect(self._on_changed)

    def set_per_quadrant(self, count: int) -> None:
        """Show the top ``count`` items per quadrant (the codes do not change)."""
        self._per_quadrant = count
        self.refresh()

    def refresh(self) -> None:
        """Re-read the options and the items they use."""
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def _read(self) -> None:
        self._options = list(self._session.options())
        self._codes = option_codes(self._options, screen_language())
        self.items = tows_items(
            self._session.swot_items(), self._session.voting_rounds(), self._per_quadrant
        )

    def _on_changed(self, record: ChangeRecord) -> None:
        if record.tables & WATCHED_TABLES:
            self.refresh()

    # --- reading -------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._options)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._options):
            return None
        option = self._options[index.row()]
        code = self._codes[option.id]
        statement = isolate(option.statement)  # typed text cannot reorder the code
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{code}  {statement}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code}: {statement}\n{item_marks(option, self.items)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            marks = item_marks(option, self.items)
            uses = _tr("Uses {items}").format(items=marks) if marks else ""
            return ". ".join(p for p in (code, option.statement, uses, rating_text(option)) if p)
        if role == OPTION_ID_ROLE:
            return option.id
        if role == CODE_ROLE:
            return code
        if role == KIND_ROLE:
            return option.kind.value
        if role == STATEMENT_ROLE:
            return option.statement
        if role == MARKS_ROLE:
            return item_marks(option, self.items)
        if role == RATING_ROLE:
            return rating_text(option)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def option(self, row: int) -> StrategicOption:
        """The option shown in ``row``."""
        return self._options[row]

    def options(self) -> list[StrategicOption]:
        """Every option, in row order."""
        return list(self._options)

    def code(self, option_id: int) -> str:
        """The display code of an option (SO1 …), or an empty string."""
        return self._codes.get(option_id, "")

    def row_of(self, option_id: int) -> int:
        """The row of the option with ``option_id``, or -1."""
        return next((row for row, o in enumerate(self._options) if o.id == option_id), -1)

    def find(self, option_id: int) -> StrategicOption | None:
        """The option with ``option_id``, or None."""
        row = self.row_of(option_id)
        return self._options[row] if row >= 0 else None


class KindFilterModel(QSortFilterProxyModel):
    """The options of one kind (one cell of the TOWS matrix)."""

    def __init__(self, kind: OptionKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFilterRole(KIND_ROLE)
        self.setFilterRegularExpression(QRegularExpression(f"^{kind.value}$"))
