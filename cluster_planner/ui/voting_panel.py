"""VotingPanel: voting rounds, fast tally entry from paper, breakdowns, and the reveal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.enums import ItemStatus, Sex, StakeholderType
from cluster_planner.domain.prioritisation import (
    dots_available,
    dots_cast,
    phone_dots_cast,
    phone_tallies,
    phone_voters,
    representative,
)
from cluster_planner.live.state import Activity, Kind
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo
from cluster_planner.ui.formats import format_date, plural
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.live_panel import LivePanel
from cluster_planner.ui.plain_text import plain_tooltip
from cluster_planner.ui.plan_codes import quadrant_letter
from cluster_planner.ui.vocabulary import field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import SwotItem, VotingRound
    from cluster_planner.ui.plan_session import PlanSession

Index = QModelIndex | QPersistentModelIndex

ROUND_TABLES = frozenset({"voting_round", "vote_tally", "swot_item", "meeting"})
PHONE_TABLES = frozenset({"phone_ballot", "phone_dot"})  # phones' dots: only their column
MAX_VOTES = 9999
# The breakdown's columns: sex None and "not recorded" are the same to the people counting.
SEX_COLUMNS: tuple[Sex | None, ...] = (Sex.FEMALE, Sex.MALE, None)
TYPE_ROWS: tuple[StakeholderType | None, ...] = (None, *StakeholderType)


def _tr(text: str) -> str:
    return QCoreApplication.translate("voting_panel", text)


def round_name(voting_round: VotingRound, meetings: dict[int, Any]) -> str:
    """A round as the round chooser lists it: title and meeting date."""
    meeting = meetings.get(voting_round.meeting_id)
    if meeting is None:
        return voting_round.title
    return _tr("{title} ({date})").format(title=voting_round.title, date=format_date(meeting.date))


class TallyModel(QAbstractTableModel):
    """The cards on the board with their dots in one round; Votes is editable (one undo step)."""

    COLUMNS = ("quadrant", "statement", "count", "phones")  # paper dots, then phones' apart

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._round: VotingRound | None = None
        self._items: list[SwotItem] = []
        self._counts: dict[int, int] = {}
        self._phones: dict[int, int] = {}
        self._broken_down: set[int] = set()

    def set_round(self, voting_round: VotingRound | None) -> None:
        """Show the tallies of ``voting_round`` (None: no rows)."""
        self._round = voting_round
        self.refresh()

    @property
    def voting_round(self) -> VotingRound | None:
        """The round whose tallies are shown."""
        return self._round

    def refresh(self) -> None:
        """Re-read cards and tallies; rows stay put when the cards are the same."""
        items = [i for i in self._session.swot_items() if i.status is ItemStatus.ACTIVE]
        if self._round is None:
            items = []
        counts: dict[int, int] = {}
        phones: dict[int, int] = {}
        broken: set[int] = set()
        if self._round is not None:
            by_id = {i.id: i for i in self._session.swot_items()}
            for tally in self._round.tallies:
                # Votes of a merged duplicate count for the card it was merged into.
                target = representative(tally.item_id, by_id)
                counts[target] = counts.get(target, 0) + tally.count
                if tally.stakeholder_type is not None or tally.sex is not None:
                    broken.add(tally.item_id)
            for tally in phone_tallies(self._round):
                target = representative(tally.item_id, by_id)
                phones[target] = phones.get(target, 0) + tally.count
        same_rows = [i.id for i in items] == [i.id for i in self._items]
        if not same_rows:
            self.beginResetModel()
        self._items, self._counts, self._broken_down = items, counts, broken
        self._phones = phones
        if not same_rows:
            self.endResetModel()
        elif items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, 3))

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._items)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == 0:
            return field_label("quadrant")
        if role == Qt.ItemDataRole.ToolTipRole and section == 3:
            return _tr("Dots placed from phones (they add up with the votes from paper)")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [_tr("Q"), field_label("statement"), field_label("count"), _tr("Phones")][
                section
            ]
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        count = self._counts.get(item.id, 0) if column != 3 else self._phones.get(item.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return quadrant_letter(item.quadrant)
            if column == 1:
                return item.statement
            return QLocale().toString(count) if count else "–"
        if role == Qt.ItemDataRole.EditRole:
            return count if column == 2 else self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return label(item.quadrant)
            if column == 2 and item.id in self._broken_down:
                return _tr(
                    "Entered by group (see the breakdown below); typing a total replaces it."
                )
            return plain_tooltip(item.statement)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == 0:
                return int(Qt.AlignmentFlag.AlignCenter)
            if column >= 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 2 and not self._session.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or index.column() != 2
            or role != Qt.ItemDataRole.EditRole
            or self._round is None
            or self._session.read_only
        ):
            return False
        try:
            count = int(value)
        except (TypeError, ValueError):
            return False
        item = self._items[index.row()]
        if count == self._counts.get(item.id, 0) and item.id not in self._broken_down:
            return True
        return (
            self._session.run(
                self._session.document.set_tally, self._round.id, item.id, count=count
            )
            is not None
        )

    def item(self, row: int) -> SwotItem:
        """The card of ``row``."""
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        """The row of card ``item_id``, or -1."""
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)


class TallyTable(QTableView):
    """The tally table: type a number, Enter, and the next card's votes are ready to type."""

    VOTES = 2  # the one column typed into

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Arriving by the keyboard lands on the votes of the current card (else the first),
        never on the statement, where typed digits would go nowhere."""
        super().focusInEvent(event)
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        current = self.currentIndex()
        if not current.isValid() or current.column() != self.VOTES:
            row = current.row() if current.isValid() else 0
            self.setCurrentIndex(model.index(row, self.VOTES))

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        index = self.currentIndex()
        submitted = hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if submitted and index.isValid() and index.row() + 1 < self.model().rowCount():
            following = index.sibling(index.row() + 1, index.column())
            self.setCurrentIndex(following)
            self.scrollTo(following)


class BreakdownModel(QAbstractTableModel):
    """One card's dots in one round by stakeholder type (rows) and sex (columns)."""

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._round: VotingRound | None = None
        self._item_id: int | None = None
        self._cells: dict[tuple[StakeholderType | None, Sex | None], int] = {}

    def load(self, voting_round: VotingRound | None, item_id: int | None) -> None:
        """Show ``item_id``'s tallies in ``voting_round``."""
        self._round, self._item_id = voting_round, item_id
        cells: dict[tuple[StakeholderType | None, Sex | None], int] = {}
        if voting_round is not None and item_id is not None:
            for tally in voting_round.tallies:
                if tally.item_id == item_id:
                    sex = None if tally.sex is Sex.UNSPECIFIED else tally.sex
                    key = (tally.stakeholder_type, sex)
                    cells[key] = cells.get(key, 0) + tally.count
        self._cells = cells
        self.dataChanged.emit(
            self.index(0, 0), self.index(len(TYPE_ROWS) - 1, len(SEX_COLUMNS) - 1)
        )

    def total(self) -> int:
        """All dots of the card in the round."""
        return sum(self._cells.values())

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(TYPE_ROWS)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(SEX_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(SEX_COLUMNS):
            sex = SEX_COLUMNS[section]
            return label(sex) if sex is not None else label(Sex.UNSPECIFIED)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(TYPE_ROWS):
            kind = TYPE_ROWS[section]
            return label(kind) if kind is not None else _tr("Any stakeholder type")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = (TYPE_ROWS[index.row()], SEX_COLUMNS[index.column()])
        count = self._cells.get(key, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(count) if count else ""
        if role == Qt.ItemDataRole.EditRole:
            return count
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._round is not None and self._item_id is not None and not self._session.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not index.isValid()
            or role != Qt.ItemDataRole.EditRole
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        try:
            count = max(int(value), 0)
        except (TypeError, ValueError):
            return False
        key = (TYPE_ROWS[index.row()], SEX_COLUMNS[index.column()])
        cells = {**self._cells, key: count}
        breakdown = [
            {
                "count": n,
                "stakeholder_type": kind.value if kind is not None else None,
                "sex": sex.value if sex is not None else None,
            }
            for (kind, sex), n in cells.items()
            if n
        ]
        assert self._round is not None and self._item_id is not None
        return (
            self._session.run(
                self._session.document.set_tally, self._round.id, self._item_id, breakdown=breakdown
            )
            is not None
        )


class VotingPanel(QWidget):
    """Rounds (with their meeting, dots and voters), tally entry, breakdown, reveal and top N."""

    round_changed = Signal()  # the chosen round, its reveal or the top N changed
    status = Signal(str)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voting_panel")
        self._session = session
        self.top_n = 3

        self.rounds = QComboBox()
        self.rounds.setObjectName("voting_rounds")
        fit_combo(self.rounds, _tr("Voting round"), letters=16)
        self.rounds.currentIndexChanged.connect(self._on_round_chosen)
        self.new_round = QPushButton(_tr("&New round"))
        self.new_round.setObjectName("voting_new_round")
        self.new_round.setToolTip(_tr("Open a new dot-voting round at the latest meeting"))
        self.new_round.clicked.connect(self.add_round)
        self.delete_round = QPushButton(_tr("Delete round"))
        self.delete_round.setObjectName("voting_delete_round")
        self.delete_round.setToolTip(_tr("Delete this round and its tallies (Undo brings it back)"))
        self.delete_round.clicked.connect(self.remove_round)

        self.meeting = QComboBox()
        self.meeting.setObjectName("voting_meeting")
        fit_combo(self.meeting, field_label("meeting_id"), letters=16)
        self.meeting.activated.connect(
            lambda _i: self._update_round(meeting_id=self.meeting.currentData())
        )
        self.title = QLineEdit()
        self.title.setObjectName("voting_title")
        self.title.editingFinished.connect(self._commit_title)
        self.dots = QSpinBox()
        self.dots.setObjectName("voting_dots")
        self.dots.setAccessibleName(field_label("dots_per_voter"))
        self.dots.setRange(1, 99)
        self.dots.editingFinished.connect(
            lambda: self._update_round(dots_per_voter=self.dots.value())
        )
        self.voters = QSpinBox()
        self.voters.setObjectName("voting_voters")
        self.voters.setAccessibleName(field_label("voters"))
        self.voters.setRange(0, 9999)
        self.voters.setSpecialValueText(_tr("not counted"))
        self.voters.editingFinished.connect(
            lambda: self._update_round(voters=self.voters.value() or None)
        )

        self.reveal = QPushButton(_tr("&Reveal results"))
        self.reveal.setObjectName("voting_reveal")
        self.reveal.setCheckable(True)
        self.reveal.setToolTip(
            _tr("Show ranks on the board ({keys}); press again to hide them").format(
                keys=key_name("Ctrl+R")
            )
        )
        self.reveal.clicked.connect(self._toggle_reveal)
        self.top = QSpinBox()
        self.top.setObjectName("voting_top_n")
        self.top.setAccessibleName(_tr("Top items per quadrant"))
        self.top.setRange(1, 20)
        self.top.setValue(self.top_n)
        self.top.setPrefix(_tr("Top "))
        self.top.setSuffix(_tr(" per quadrant"))
        self.top.valueChanged.connect(self._on_top_changed)

        self.dots_line = QLabel(wordWrap=True)
        self.dots_line.setObjectName("voting_dots_line")
        self.warning = QLabel(wordWrap=True)
        self.warning.setObjectName("voting_warning")
        theme.set_role(self.warning, theme.BANNER)
        self.no_round = QLabel(wordWrap=True)
        self.no_round.setObjectName("voting_no_round")
        theme.set_role(self.no_round, theme.HINT)

        self.hide_tallies = QToolButton()
        self.hide_tallies.setObjectName("voting_hide_tallies")
        self.hide_tallies.setCheckable(True)
        self.hide_tallies.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.hide_tallies.setText(_tr("Hide tallies"))
        self.hide_tallies.setToolTip(
            _tr("Collapse the entry tables while the screen is projected, until you reveal")
        )
        self.hide_tallies.toggled.connect(self._show_entry)
        self.hidden_line = QLabel(_tr("Tallies are hidden from the audience."))
        theme.set_role(self.hidden_line, theme.HINT)

        self.live = LivePanel(session, Kind.VOTE, self._live_activity)
        self.tally_model = TallyModel(session, self)
        self.tally_table = TallyTable()
        self.tally_table.setObjectName("tally_table")
        self.tally_table.setAccessibleName(_tr("Dots per card"))
        self.tally_table.setModel(self.tally_model)
        self.tally_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tally_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tally_table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.tally_table.setTabKeyNavigation(False)
        self.tally_table.setToolTip(
            _tr(
                "Type a card's dots and press {key}: the next card is ready for its number."
            ).format(key=key_name("Enter"))
        )
        self.tally_table.setAlternatingRowColors(True)
        self.tally_table.setWordWrap(False)
        self.tally_table.verticalHeader().hide()
        self.tally_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.tally_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.tally_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance(field_label("count")) + 40)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, self.fontMetrics().horizontalAdvance(_tr("Phones")) + 40)
        self.tally_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._load_breakdown()
        )

        self.breakdown_title = QLabel(wordWrap=True)
        self.breakdown_title.setObjectName("breakdown_title")
        self.breakdown_title.setTextFormat(Qt.TextFormat.PlainText)  # it names a card
        self.breakdown_model = BreakdownModel(session, self)
        self.breakdown_table = QTableView()
        self.breakdown_table.setObjectName("breakdown_table")
        self.breakdown_table.setModel(self.breakdown_model)
        self.breakdown_table.setEditTriggers(self.tally_table.editTriggers())
        self.breakdown_table.setTabKeyNavigation(False)
        self.breakdown_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.breakdown_table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 10
        )
        self.breakdown_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.show_breakdown = QToolButton()
        self.show_breakdown.setObjectName("voting_show_breakdown")
        self.show_breakdown.setCheckable(True)
        self.show_breakdown.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.show_breakdown.setArrowType(Qt.ArrowType.RightArrow)
        self.show_breakdown.setText(_tr("Votes by sex and stakeholder type"))
        self.show_breakdown.setAutoRaise(True)
        self.show_breakdown.toggled.connect(self._toggle_breakdown)
        vertical = self.breakdown_table.verticalHeader()
        vertical.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        vertical.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.breakdown_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._layout()
        self.reload()

    def _layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.setSpacing(6)
        round_label = QLabel(_tr("R&ound"))
        round_label.setBuddy(self.rounds)
        chooser.addWidget(round_label)
        chooser.addWidget(self.rounds, 1)
        round_buttons = QHBoxLayout()
        round_buttons.setSpacing(6)
        round_buttons.addWidget(self.new_round)
        round_buttons.addWidget(self.delete_round)
        round_buttons.addStretch(1)
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A caption translated long goes above its field rather than being cut.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(field_label("meeting_id"), self.meeting)
        form.addRow(field_label("title"), self.title)
        numbers = QHBoxLayout()
        numbers.addWidget(self.dots)
        numbers.addSpacing(12)
        numbers.addWidget(QLabel(field_label("voters")))
        numbers.addWidget(self.voters, 1)
        form.addRow(field_label("dots_per_voter"), numbers)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal)
        reveal_row.addWidget(self.top)
        reveal_row.addStretch(1)
        # On a row of its own: beside the reveal it widened the panel once translated.
        tallies_row = QHBoxLayout()
        tallies_row.addStretch(1)
        tallies_row.addWidget(self.hide_tallies)

        self.entry = QSplitter(Qt.Orientation.Vertical)
        self.entry.setChildrenCollapsible(False)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 6, 0, 0)
        lower_layout.addWidget(self.show_breakdown)
        lower_layout.addWidget(self.breakdown_title)
        lower_layout.addWidget(self.breakdown_table, 1)
        self.entry.addWidget(self.tally_table)
        self.entry.addWidget(lower)
        self.entry.setStretchFactor(0, 3)
        self.entry.setStretchFactor(1, 2)
        self._toggle_breakdown(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(chooser)
        layout.addLayout(round_buttons)
        layout.addWidget(self.no_round)
        layout.addWidget(self.form)
        layout.addLayout(reveal_row)
        layout.addLayout(tallies_row)
        layout.addWidget(self.live)
        layout.addWidget(self.dots_line)
        layout.addWidget(self.hidden_line)
        layout.addWidget(self.entry, 1)
        # Under the tallies: appearing while they are typed, it moves none of their rows.
        layout.addWidget(self.warning)
        for first, second in (
            (self.rounds, self.new_round),
            (self.new_round, self.delete_round),
            (self.delete_round, self.meeting),
            (self.meeting, self.title),
            (self.title, self.dots),
            (self.dots, self.voters),
            (self.voters, self.reveal),
            (self.reveal, self.top),
            (self.top, self.hide_tallies),
            (self.hide_tallies, self.live.start_button),
            (self.live.network, self.tally_table),
            (self.tally_table, self.show_breakdown),
            (self.show_breakdown, self.breakdown_table),
        ):
            QWidget.setTabOrder(first, second)

    # --- the chosen round -------------------------------------------------------------------

    def current_round(self) -> VotingRound | None:
        """The round chosen in the round list."""
        round_id = self.rounds.currentData()
        return next((r for r in self._session.voting_rounds() if r.id == round_id), None)

    def choose_round(self, round_id: int) -> None:
        """Show round ``round_id``."""
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(round_id)))

    def reload(self, record: ChangeRecord | None = None) -> None:
        """Re-read rounds, meetings and tallies after a change that touched them."""
        if record is not None and not (record.tables & ROUND_TABLES):
            if record.tables & PHONE_TABLES:
                self._show_phones()  # a phone's ballot: leave every field being typed alone
            return
        meetings = {m.id: m for m in self._session.meetings()}
        current = self.rounds.currentData()
        rounds = self._session.voting_rounds()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for voting_round in rounds:
            self.rounds.addItem(round_name(voting_round, meetings), voting_round.id)
        found = self.rounds.findData(current)
        self.rounds.setCurrentIndex(found if found >= 0 else len(rounds) - 1)
        self.rounds.blockSignals(False)
        self.meeting.clear()
        for meeting in self._session.meetings():
            self.meeting.addItem(meeting.title, meeting.id)
        self._show_round()

    def _on_round_chosen(self, _index: int) -> None:
        self._show_round()
        self.round_changed.emit()

    def _show_round(self) -> None:
        voting_round = self.current_round()
        editable = not self._session.read_only
        has_meeting = bool(self._session.meetings())
        self.new_round.setEnabled(editable and has_meeting)
        self.delete_round.setEnabled(editable and voting_round is not None)
        self.rounds.setEnabled(voting_round is not None)
        self.form.setVisible(voting_round is not None)
        self.no_round.setVisible(voting_round is None)
        self.no_round.setText(
            _tr("No voting round yet. Press New round to enter the dots of a vote.")
            if has_meeting
            else _tr(
                "A voting round belongs to a meeting: record the meeting on the Cluster step "
                "(Meetings tab) first."
            )
        )
        for widget in (self.reveal, self.top, self.hide_tallies, self.entry, self.dots_line):
            widget.setVisible(voting_round is not None)
        self.live.setVisible(voting_round is not None)
        self.live.refresh()
        self.tally_model.set_round(voting_round)
        if voting_round is None:
            self.warning.hide()
            self.hidden_line.hide()
            return
        for field in (self.meeting, self.title, self.dots, self.voters):
            field.setEnabled(editable)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(voting_round.meeting_id)))
        if not self.title.hasFocus():
            self.title.setText(voting_round.title)
        self.dots.setValue(voting_round.dots_per_voter)
        self.voters.setValue(voting_round.voters or 0)
        self.reveal.setEnabled(editable)
        self.reveal.setChecked(voting_round.revealed)
        self.reveal.setText(
            _tr("Hide &results") if voting_round.revealed else _tr("&Reveal results")
        )
        self._show_dots(voting_round)
        self._show_entry(self.hide_tallies.isChecked())
        self._load_breakdown()

    def _live_activity(self) -> Activity | None:
        voting_round = self.current_round()
        return None if voting_round is None else Activity(Kind.VOTE, round_id=voting_round.id)

    def _show_phones(self) -> None:
        """Phones' dots changed: their column and the dots line, nothing else."""
        voting_round = self.current_round()
        self.tally_model.set_round(voting_round)
        if voting_round is not None:
            self._show_dots(voting_round)
        self.live.refresh()

    def _show_dots(self, voting_round: VotingRound) -> None:
        phones = phone_voters(voting_round)
        self.tally_table.setColumnHidden(3, not phones and not self.live.live_here())
        cast = dots_cast(voting_round)
        available = dots_available(voting_round)
        locale = QLocale()
        if available is None:
            self.dots_line.setText(
                plural(
                    "voting_panel",
                    "%n dot(s) entered; enter the number of voters to check the total.",
                    cast,
                )
            )
        else:
            self.dots_line.setText(
                plural(
                    "voting_panel", "{cast} of %n dot(s) entered ({voters} × {dots}).", available
                ).format(
                    cast=locale.toString(cast),
                    voters=plural("voting_panel", "%n voter(s)", voting_round.voters or 0),
                    dots=plural("voting_panel", "%n dot(s)", voting_round.dots_per_voter),
                )
            )
        if phones:
            self.dots_line.setText(
                self.dots_line.text()
                + "\n"
                + _tr("Phones: {dots} from {phones} (counted with the paper).").format(
                    dots=plural("voting_panel", "%n dot(s)", phone_dots_cast(voting_round)),
                    phones=plural("voting_panel", "%n phone(s)", phones),
                )
            )
        over = available is not None and cast > available
        self.warning.setVisible(over)
        if over:
            self.warning.setText(
                _tr(
                    "{extra} more dots were entered than {voters} voters could cast. "
                    "Check the tallies or the number of voters."
                ).format(
                    extra=locale.toString(cast - (available or 0)),
                    voters=locale.toString(voting_round.voters or 0),
                )
            )

    def _show_entry(self, hidden: bool) -> None:
        has_round = self.current_round() is not None
        self.entry.setVisible(has_round and not hidden)
        self.hidden_line.setVisible(has_round and hidden)
        self.hide_tallies.setText(_tr("Show tallies") if hidden else _tr("Hide tallies"))

    def _load_breakdown(self) -> None:
        voting_round = self.tally_model.voting_round
        index = self.tally_table.currentIndex()
        item = self.tally_model.item(index.row()) if index.isValid() else None
        self.breakdown_model.load(voting_round, item.id if item is not None else None)
        if item is None:
            self.breakdown_title.setText(_tr("Select a card above to enter its votes by group."))
        else:
            self.breakdown_title.setText(
                _tr("Votes for “{card}” by group").format(card=_short(item.statement))
            )

    # --- commands ---------------------------------------------------------------------------

    def add_round(self) -> None:
        """Open a new round at the latest meeting, with three dots per voter."""
        meetings = self._session.meetings()
        if not meetings or self._session.read_only:
            return
        number = len(self._session.voting_rounds()) + 1
        record = self._session.run(
            self._session.document.add_voting_round,
            meeting_id=meetings[-1].id,
            title=_tr("Round {number}").format(number=number),
            dots_per_voter=3,
        )
        if record is not None:
            self.choose_round(inserted_id(record, "voting_round"))
            self.title.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title.selectAll()

    def remove_round(self) -> None:
        """Delete the chosen round (undoable, so nothing asks first)."""
        voting_round = self.current_round()
        if voting_round is None or self._session.read_only:
            return
        if (
            self._session.run(self._session.document.delete_voting_round, voting_round.id)
            is not None
        ):
            self.status.emit(
                _tr("Deleted the round “{title}”. Undo brings it back.").format(
                    title=voting_round.title
                )
            )

    def set_revealed(self, revealed: bool) -> None:
        """Reveal the chosen round's results on the board, or hide them again."""
        voting_round = self.current_round()
        if voting_round is None or self._session.read_only:
            return
        if voting_round.revealed != revealed:
            self._session.run(self._session.document.reveal_voting_round, voting_round.id, revealed)

    def _toggle_reveal(self, checked: bool) -> None:
        self.set_revealed(checked)
        self._show_round()

    def _update_round(self, **fields: Any) -> None:
        voting_round = self.current_round()
        if voting_round is None or self._session.read_only:
            return
        if all(getattr(voting_round, k) == v for k, v in fields.items()):
            return
        if (
            self._session.run(self._session.document.update_voting_round, voting_round.id, **fields)
            is None
        ):
            self._show_round()

    def _toggle_breakdown(self, shown: bool) -> None:
        self.show_breakdown.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.breakdown_title.setVisible(shown)
        self.breakdown_table.setVisible(shown)
        self.entry.setSizes([300, 280] if shown else [520, 40])

    def _commit_title(self) -> None:
        title = self.title.text().strip()
        if title:
            self._update_round(title=title)

    def _on_top_changed(self, value: int) -> None:
        self.top_n = value
        self.round_changed.emit()

    def start_entry(self) -> None:
        """Put the keyboard on the first card's votes, ready to type."""
        self.hide_tallies.setChecked(False)
        if self.tally_model.rowCount():
            self.tally_table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.tally_table.setCurrentIndex(self.tally_model.index(0, 2))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
