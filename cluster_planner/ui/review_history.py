"""The plan's history: its adopted revisions, what changed between any two, and restoring one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.diff import changed_things, comparison_heading, diff_plans
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo, set_headings
from cluster_planner.ui.formats import format_date, local_time
from cluster_planner.ui.plan_codes import screen_language

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.diff import PlanChange
    from cluster_planner.domain.entities import Revision
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 1
CURRENT = 0  # the "compare with" choice meaning the plan as it is now


def _tr(text: str) -> str:
    return QCoreApplication.translate("review_history", text)


class HistoryTab(QWidget):
    """The adopted revisions; open one read-only, compare two, or restore one."""

    open_requested = Signal(int)  # a revision number to open read-only

    def __init__(
        self, session: PlanSession, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._prompter = prompter
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("revisions_table")
        self.table.setAccessibleName(_tr("Adopted revisions"))
        set_headings(
            self.table,
            [
                _tr("No."),
                _tr("Adopted on"),
                _tr("Title"),
                _tr("Endorsed at"),
                _tr("Decision"),
                _tr("Reason"),
            ],
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One line a revision, each cell cut with … and whole in its tooltip: long decisions
        # and reasons wrapped into rows taller than the table's view on a laptop.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.restores = QLabel(wordWrap=True)
        theme.set_role(self.restores, theme.HINT)
        self.empty = QLabel(
            _tr(
                "No revision has been adopted yet. Adopt the plan at the end of a review "
                "meeting (Review meeting tab): it is then kept exactly as it was, to open, "
                "compare and restore."
            ),
            wordWrap=True,
        )
        theme.set_role(self.empty, theme.SUBTITLE)

        self.open_button = QPushButton(_tr("Open Read-Only"))
        self.open_button.setObjectName("open_revision")
        self.compare_with = QComboBox()
        self.compare_with.setObjectName("compare_with")
        fit_combo(self.compare_with, _tr("Compare with"), letters=24)
        self.compare_button = QPushButton(_tr("Compare"))
        self.compare_button.setObjectName("compare_revisions")
        self.restore_button = QPushButton(_tr("Restore as the Current Plan…"))
        self.restore_button.setObjectName("restore_revision")
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addSpacing(16)
        buttons.addWidget(QLabel(_tr("Compare with")))
        buttons.addWidget(self.compare_with, 1)
        buttons.addWidget(self.compare_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.restore_button)

        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("comparison_summary")
        theme.set_role(self.summary, theme.HEADING)
        self.changes = QListWidget()
        self.changes.setObjectName("comparison")
        self.changes.setAccessibleName(_tr("What changed"))
        self.changes.setWordWrap(True)
        self.changes.setAlternatingRowColors(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.changes, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.empty)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.restores)
        upper_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.compare_with.activated.connect(lambda *_: self.compare())
        self.table.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.compare_button.clicked.connect(self.compare)
        self.restore_button.clicked.connect(self.restore_selected)
        session.changed.connect(self._on_changed)
        self._stale = False
        self.refresh()

    def selected(self) -> int | None:
        """The number of the selected revision."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(NUMBER_ROLE)) if item is not None else None

    def select(self, number: int) -> None:
        """Select revision ``number``."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(NUMBER_ROLE) == number:
                self.table.selectRow(row)

    def refresh(self) -> None:
        """Re-read the revisions."""
        keep = self.selected()
        revisions = self._session.revisions()
        self.table.setRowCount(len(revisions))
        for row, revision in enumerate(revisions):
            cells = [
                str(revision.number),
                format_date(revision.adopted_on),
                revision.title,
                revision.meeting,
                revision.decision,
                revision.reason,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NUMBER_ROLE, revision.number)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not revisions)
        self.table.setVisible(bool(revisions))
        restores = self._session.restores()
        self.restores.setVisible(bool(restores))
        self.restores.setText(
            "\n".join(
                _tr("Revision {number} was restored as the current plan on {when}.").format(
                    number=number, when=local_time(when)
                )
                for number, when in restores
            )
        )
        if revisions:
            self.select(keep if keep is not None else revisions[-1].number)
        self._update_buttons()

    def _selection_changed(self) -> None:
        self._update_buttons()
        self.compare()  # the list always answers what the choices above ask

    def _update_buttons(self) -> None:
        number = self.selected()
        chosen = self.compare_with.currentData()
        self.compare_with.clear()
        self.compare_with.addItem(_tr("the current plan"), CURRENT)
        for revision in self._session.revisions():
            if revision.number != number:
                self.compare_with.addItem(self._revision_name(revision), revision.number)
        self.compare_with.setCurrentIndex(max(0, self.compare_with.findData(chosen)))
        for button in (self.open_button, self.compare_button, self.restore_button):
            button.setEnabled(number is not None)
        self.restore_button.setEnabled(number is not None and not self._session.read_only)

    @staticmethod
    def _revision_name(revision: Revision) -> str:
        return _tr("revision {number} ({date})").format(
            number=revision.number, date=format_date(revision.adopted_on)
        )

    # --- commands ------------------------------------------------------------------------

    def open_selected(self) -> None:
        """Ask for the selected revision to be opened read-only."""
        number = self.selected()
        if number is not None:
            self.open_requested.emit(number)

    def compare(self) -> list[PlanChange]:
        """Show what changed from the selected revision to the chosen one or the plan now."""
        number = self.selected()
        if number is None:
            self.summary.clear()
            self.changes.clear()
            return []
        other = int(self.compare_with.currentData() or CURRENT)
        first, second = sorted((number, other)) if other != CURRENT else (number, CURRENT)
        before = self._session.revision_snapshot(first)
        after = (
            self._session.snapshot()
            if second == CURRENT
            else self._session.revision_snapshot(second)
        )
        language = screen_language()
        changes = diff_plans(before, after, language)
        # Counted and listed by the things that changed, each with its code and title and
        # its changes under it: as `diff` and the roadmap's revision history write them.
        things = changed_things(changes)
        self.summary.setText(
            comparison_heading(things, first, None if second == CURRENT else second, language)
        )
        self.changes.clear()
        for thing in things:
            heading = QListWidgetItem(thing.heading(language))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.changes.addItem(heading)
            for line in thing.lines(language):
                item = QListWidgetItem("    " + line)
                item.setToolTip(line)
                self.changes.addItem(item)
        return changes

    def restore_selected(self) -> None:
        """Make the selected revision the current plan again, after a confirmation."""
        number = self.selected()
        if number is None:
            return
        confirmed = self._prompter.confirm(
            self,
            _tr("Restore revision {number}?").format(number=number),
            _tr(
                "The plan becomes exactly what revision {number} froze: every change made "
                "since, progress reports included, is replaced. The revisions stay as they "
                "are, and Edit ▸ Undo takes the restore back."
            ).format(number=number),
            _tr("Restore"),
        )
        if confirmed:
            self._session.run(self._session.document.restore_revision, number)

    def _on_changed(self, record: ChangeRecord) -> None:
        if record.tables & {"revision", "revision_restore"}:
            self.refresh()
        # The comparison shows the plan as it is now (after an edit, a restore or an undo):
        # worked out at once while it is in sight, else when it comes into sight.
        if self.isVisible():
            self.compare()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.compare()
