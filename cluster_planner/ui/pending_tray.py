"""PendingTray: the ideas phones sent, waiting for the facilitator to accept, merge or drop.

A side tab of the Diagnostic page with the live panel for the capture above the list.
Accept puts the idea on the board last in its quadrant; Merge folds it into the card
selected on the board (its text is kept, as in any merge); Drop keeps it among the
dropped cards, where it can be restored. Each is one undo step. The ideas are shown
as plain text, whatever they hold.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.live.state import Activity, Kind
from cluster_planner.ui import theme
from cluster_planner.ui.live_panel import LivePanel
from cluster_planner.ui.plan_codes import quadrant_letter
from cluster_planner.ui.vocabulary import label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import PendingCard
    from cluster_planner.ui.plan_session import PlanSession

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("live", text)


class PendingTray(QWidget):
    """The waiting ideas from phones, with Accept, Merge and Drop."""

    count_changed = Signal(int)
    status = Signal(str)

    def __init__(
        self,
        session: PlanSession,
        board_card: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pending_tray")
        self._session = session
        self._board_card = board_card
        self.live = LivePanel(session, Kind.CAPTURE, lambda: Activity(Kind.CAPTURE))
        self.heading = QLabel(_tr("Ideas from phones"))
        theme.set_role(self.heading, theme.HEADING)
        self.hint = QLabel(
            _tr(
                "Accept puts an idea on the board; Merge folds it into the card selected on "
                "the board; Drop keeps it among the dropped cards."
            ),
            wordWrap=True,
        )
        theme.set_role(self.hint, theme.HINT)
        self.cards = QListWidget()
        self.cards.setObjectName("pending_cards")
        self.cards.setAccessibleName(_tr("Ideas waiting"))
        self.cards.setWordWrap(True)
        self.cards.setSpacing(3)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.cards.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.cards.itemActivated.connect(lambda _item: self.accept_current())
        self.empty = QLabel(_tr("No idea is waiting."), wordWrap=True)
        theme.set_role(self.empty, theme.HINT)
        self.accept_button = QPushButton(_tr("&Accept"))
        self.accept_button.setObjectName("pending_accept")
        self.accept_button.clicked.connect(self.accept_current)
        self.merge_button = QPushButton(_tr("Mer&ge into Selected Card"))
        self.merge_button.setObjectName("pending_merge")
        self.merge_button.clicked.connect(self.merge_current)
        self.drop_button = QPushButton(_tr("D&rop"))
        self.drop_button.setObjectName("pending_drop")
        self.drop_button.clicked.connect(self.drop_current)
        drop_key = QAction(self)
        drop_key.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        drop_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        drop_key.triggered.connect(self.drop_current)
        self.cards.addAction(drop_key)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.accept_button, self.merge_button, self.drop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.setSpacing(6)
        layout.addWidget(self.live)
        layout.addSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.cards, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        session.changed.connect(self._on_changed)
        self.refresh()

    # --- reading -------------------------------------------------------------------------------

    def pending(self) -> tuple[PendingCard, ...]:
        """The ideas waiting, oldest first."""
        return self._session.pending_cards()

    def current_id(self) -> int | None:
        """The idea selected in the list."""
        item = self.cards.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def refresh(self) -> None:
        """Re-read the ideas, keeping the selection where it can."""
        keep = self.current_id()
        row = self.cards.currentRow()
        ideas = self.pending()
        self.cards.blockSignals(True)
        self.cards.clear()
        for idea in ideas:
            entry = QListWidgetItem(f"{quadrant_letter(idea.quadrant)} · {idea.statement}")
            entry.setData(ID_ROLE, idea.id)
            entry.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{label(idea.quadrant)}: {idea.statement}"
            )
            self.cards.addItem(entry)
        self.cards.blockSignals(False)
        ids = [i.id for i in ideas]
        if keep in ids:
            self.cards.setCurrentRow(ids.index(keep))
        elif ids:
            self.cards.setCurrentRow(min(max(row, 0), len(ids) - 1))
        self.empty.setVisible(not ideas)
        self._update_buttons()
        self.count_changed.emit(len(ideas))

    def _update_buttons(self) -> None:
        chosen = self.current_id() is not None and not self._session.read_only
        self.accept_button.setEnabled(chosen)
        self.drop_button.setEnabled(chosen)
        target = self._board_card()
        self.merge_button.setEnabled(chosen and target is not None)
        self.merge_button.setToolTip(
            ""
            if target is not None
            else _tr("Select the card on the board that this idea repeats, then Merge.")
        )

    def _on_changed(self, record: ChangeRecord) -> None:
        if record.tables & {"pending_card", "swot_item"}:
            self.refresh()

    # --- commands ------------------------------------------------------------------------------

    def accept_current(self) -> None:
        """Put the selected idea on the board."""
        card_id = self.current_id()
        if card_id is None or self._session.read_only:
            return
        if self._session.run(self._session.document.accept_pending_card, card_id) is not None:
            self.status.emit(_tr("The idea is on the board. Undo takes it back."))

    def merge_current(self) -> None:
        """Fold the selected idea into the card selected on the board."""
        card_id, target = self.current_id(), self._board_card()
        if card_id is None or target is None or self._session.read_only:
            return
        if (
            self._session.run(self._session.document.merge_pending_card, card_id, target)
            is not None
        ):
            self.status.emit(_tr("The idea was merged into the selected card."))

    def drop_current(self) -> None:
        """Drop the selected idea (kept among the dropped cards)."""
        card_id = self.current_id()
        if card_id is None or self._session.read_only:
            return
        if self._session.run(self._session.document.drop_pending_card, card_id) is not None:
            self.status.emit(_tr("The idea was dropped; Show dropped cards lists it."))

    def board_selection_changed(self) -> None:
        """The board's current card changed (Merge follows it)."""
        self._update_buttons()
