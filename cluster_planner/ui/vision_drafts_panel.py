"""DraftsPanel: the draft statements, their votes, the comparison and the composer."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.live.state import Activity, Kind
from cluster_planner.ui import theme
from cluster_planner.ui.draft_comparison import DraftComparison, votes_text
from cluster_planner.ui.form_fields import scrolled
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.live_controller import hub, phone_votes_hidden
from cluster_planner.ui.live_panel import LivePanel
from cluster_planner.ui.vision_composer import VisionComposer
from cluster_planner.ui.vision_fields import ID_ROLE, ListSelection, OptionalCount, scaled_font, tr

if TYPE_CHECKING:
    from cluster_planner.domain.entities import VisionDraft
    from cluster_planner.ui.plan_session import PlanSession


class DraftsPanel(ListSelection, QWidget):
    """The drafts (ticked ones compared side by side) or, while writing, the composer.

    Contract: every edit is one ``session.run`` call: the composer's save, Delete, and
    the votes box (committed when the person leaves it or presses Enter).
    """

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vision_drafts_panel")
        self._session = session
        self._compared: list[int] = []

        self.list = QListWidget()
        self.list.setObjectName("vision_draft_list")
        self.list.setAccessibleName(tr("Drafts"))
        self.list.setWordWrap(True)
        self.list.setFont(scaled_font(self.font(), 1.1))
        self.list.setSpacing(2)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_votes())
        self.list.itemChanged.connect(self._on_ticked)
        self.list.doubleClicked.connect(lambda _index: self.edit())
        self.new_button = QPushButton(tr("New draft"))
        self.new_button.setObjectName("vision_draft_new")
        self.new_button.setToolTip(key_name("Insert"))
        self.new_button.clicked.connect(self.add)
        self.edit_button = QPushButton(tr("Change draft"))
        self.edit_button.setObjectName("vision_draft_edit")
        self.edit_button.setToolTip(key_name("F2"))
        self.edit_button.clicked.connect(self.edit)
        self.delete_button = QPushButton(tr("Delete draft"))
        self.delete_button.setObjectName("vision_draft_delete")
        self.delete_button.setToolTip(key_name("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.votes = OptionalCount()
        self.votes.setObjectName("vision_draft_votes")
        self.votes.setFont(scaled_font(self.font(), 1.2, bold=True))
        self.votes.editingFinished.connect(self._commit_votes)
        self.votes_caption = QLabel(tr("Votes for the selected draft"))
        self.votes_caption.setBuddy(self.votes)
        self.hint = QLabel(tr("Tick up to three drafts to compare them. Space ticks."))
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, theme.HINT)

        self.comparison = DraftComparison()
        self.composer = VisionComposer(session)
        self.composer.saved.connect(self._on_saved)
        self.composer.closed.connect(self.close_composer)
        self.stack = QStackedWidget()
        self.live = LivePanel(session, Kind.DRAFTS, self._live_activity)
        hub().changed.connect(self.refresh)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 10, 0)
        heading = QLabel(tr("Drafts"))
        theme.set_role(heading, theme.HEADING)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.hint)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        votes = QHBoxLayout()
        votes.addWidget(self.votes_caption)
        votes.addWidget(self.votes)
        votes.addStretch(1)
        left_layout.addLayout(votes)
        left_layout.addWidget(self.live)
        overview = QSplitter(Qt.Orientation.Horizontal)
        overview.addWidget(left)
        overview.addWidget(self.comparison)
        overview.setStretchFactor(0, 1)
        overview.setStretchFactor(1, 3)
        overview.setSizes([300, 900])
        overview.setChildrenCollapsible(False)
        self.overview = overview
        self.stack.addWidget(overview)
        self.composer_scroll = scrolled(self.composer)
        self.stack.addWidget(self.composer_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)
        chain = [
            self.list,
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.votes,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _live_activity(self) -> Activity | None:
        """The phones vote on the drafts compared here."""
        return Activity(Kind.DRAFTS, draft_ids=tuple(self._compared)) if self._compared else None

    # --- reading -------------------------------------------------------------------------

    def drafts(self) -> tuple[VisionDraft, ...]:
        """The drafts listed."""
        return self._session.vision_drafts()

    def editing(self) -> bool:
        """True while the composer is open."""
        return self.stack.currentWidget() is self.composer_scroll

    def compared_ids(self) -> list[int]:
        """The drafts ticked for the comparison, in list order."""
        return list(self._compared)

    def set_compared(self, draft_ids: list[int]) -> None:
        """Compare the drafts with ``draft_ids`` (the first three)."""
        self._compared = list(draft_ids[: DraftComparison.MAX_COLUMNS])
        self.refresh()

    def refresh(self) -> None:
        """Re-read the drafts, keeping the selection and the comparison."""
        drafts = self.drafts()
        known = [d.id for d in drafts]
        self._compared = [i for i in self._compared if i in known]
        if not self._compared:
            self._compared = known[: DraftComparison.MAX_COLUMNS]
        keep = self.selected_id()
        hidden = phone_votes_hidden(self._session)
        self.list.blockSignals(True)
        self.list.clear()
        for draft in drafts:
            entry = QListWidgetItem(f"{draft.title}\n{votes_text(draft, hidden)}")
            entry.setData(ID_ROLE, draft.id)
            entry.setToolTip(draft.statement)
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            entry.setCheckState(
                Qt.CheckState.Checked if draft.id in self._compared else Qt.CheckState.Unchecked
            )
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if not self.select(keep) and self.list.count():
            self.list.setCurrentRow(0)
        by_id = {d.id: d for d in drafts}
        self.comparison.show_drafts(
            [by_id[i] for i in known if i in self._compared],
            self._session.vision_elements(),
            hidden,
        )
        self.live.refresh()
        self._show_votes()
        if self.editing():
            self.composer.refresh_elements()

    def _on_ticked(self, entry: QListWidgetItem) -> None:
        draft_id = int(entry.data(ID_ROLE))
        ticked = entry.checkState() == Qt.CheckState.Checked
        if ticked and draft_id not in self._compared:
            if len(self._compared) >= DraftComparison.MAX_COLUMNS:
                # Three columns is what reads from the back row: the oldest tick gives way.
                self._compared.pop(0)
            self._compared.append(draft_id)
        elif not ticked and draft_id in self._compared:
            self._compared.remove(draft_id)
        self.refresh()

    def _show_votes(self) -> None:
        draft = next((d for d in self.drafts() if d.id == self.selected_id()), None)
        self.votes.blockSignals(True)
        self.votes.set_count(draft.votes if draft else None)
        self.votes.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        editable = not self._session.read_only
        selected = self.selected_id() is not None
        self.new_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and selected)
        self.delete_button.setEnabled(editable and selected)
        self.votes.setEnabled(editable and selected)

    # --- editing -------------------------------------------------------------------------

    def add(self) -> None:
        """Open the composer on a new draft."""
        if self._session.read_only:
            return
        self.stack.setCurrentWidget(self.composer_scroll)
        self.composer.start_new()

    def edit(self) -> None:
        """Open the composer on the selected draft."""
        draft = next((d for d in self.drafts() if d.id == self.selected_id()), None)
        if draft is None or self._session.read_only:
            return
        self.stack.setCurrentWidget(self.composer_scroll)
        self.composer.start_edit(draft)

    def close_composer(self) -> None:
        """Back to the list and comparison, keyboard in the list."""
        self.composer.discard.done()
        self.stack.setCurrentWidget(self.overview)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_saved(self, draft_id: int) -> None:
        if draft_id not in self._compared:
            self._compared = [*self._compared, draft_id][-DraftComparison.MAX_COLUMNS :]
        self.refresh()
        self.select(draft_id)
        self.close_composer()

    def delete_selected(self) -> None:
        """Delete the selected draft (one undo step; an adopted version keeps its text)."""
        draft_id = self.selected_id()
        if draft_id is None or self._session.read_only or self.editing():
            return
        row = self.list.currentRow()
        if self._session.run(self._session.document.delete_vision_draft, draft_id) is not None:
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def set_votes(self, votes: int | None) -> None:
        """Record the tally of the selected draft (one undo step)."""
        self.votes.set_count(votes)
        self._commit_votes()

    def _commit_votes(self) -> None:
        draft = next((d for d in self.drafts() if d.id == self.selected_id()), None)
        if draft is None or self._session.read_only or draft.votes == self.votes.count():
            return
        self._session.run(
            self._session.document.update_vision_draft, draft.id, votes=self.votes.count()
        )
