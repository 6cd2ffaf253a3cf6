"""RegisterTab: a sortable, filterable register table with a details form beside it."""

from __future__ import annotations

import html
import itertools
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.changes import inserted_id
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo, name
from cluster_planner.ui.form_fields import DetailsForm
from cluster_planner.ui.read_only_guard import mark_view_control
from cluster_planner.ui.registers import entry_name
from cluster_planner.ui.table_fit import grow_columns
from cluster_planner.ui.table_models import (
    ENTRY_ID_ROLE,
    RegisterDelegate,
    RegisterFilterModel,
    RegisterModel,
)
from cluster_planner.ui.type_ahead import edit_on_request

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter
    from cluster_planner.ui.registers import Register

MAX_COLUMN_WIDTH = 320


def _tr(text: str) -> str:
    return QCoreApplication.translate("registers", text)


class DetailsPanel(Protocol):
    """Extra details shown under the form (e.g. a meeting's attendance)."""

    def load(self, entry: Any | None) -> None:
        """Show ``entry`` (None: nothing selected)."""


class RegisterTab(QWidget):
    """One register of the Cluster step: summary line, filters, table, details form."""

    selection_changed = Signal()

    def __init__(
        self,
        session: PlanSession,
        register: Register,
        prompter: Prompter,
        *,
        extra: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"register_{register.entity}")
        self._session = session
        self._register = register
        self._prompter = prompter
        self._texts = register.texts()
        self._extra = extra
        self.model = RegisterModel(session, register, self)
        self.proxy = RegisterFilterModel(self)
        self.proxy.setSourceModel(self.model)

        self.summary = QLabel(wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.summary.setObjectName("register_summary")
        self.filter_edit = QLineEdit(placeholderText=self._texts.filter_placeholder)
        # Named by what it does; the placeholder, gone once typing starts, describes it.
        name(self.filter_edit, _tr("Filter"), self._texts.filter_placeholder)
        mark_view_control(self.filter_edit)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_combo: QComboBox | None = None
        if register.filters is not None:
            self.filter_combo = QComboBox()
            self.filter_combo.currentIndexChanged.connect(self._apply_filter_choice)
            self._fill_filters()
            fit_combo(self.filter_combo, self._texts.filter_choice)

        self.add_action = QAction(self._texts.add, self)
        self.add_action.setObjectName(f"edit_add_{register.entity}")
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_entry)
        self.addAction(self.add_action)
        self.delete_action = QAction(self._texts.delete, self)
        self.delete_action.setObjectName(f"edit_delete_{register.entity}")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only while the table has focus: in a form field, Delete deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_entry)

        self.table = self._make_table()
        self.table.addAction(self.delete_action)

        self.form: DetailsForm | None = None
        self.details_title = QLabel(wordWrap=True)
        self.no_selection = QLabel(self._texts.no_selection, wordWrap=True)
        if register.form:
            specs = [register.field(name) for name in register.form]
            self.form = DetailsForm(session, specs, self._commit_field)
        self._layout(extra)

        session.changed.connect(self._on_changed)
        # A click makes the row current before it selects it, and clicking the row that is
        # already current (the only meeting, after opening) selects without a new current
        # row: the details follow the selection as well as the current row.
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._on_current_changed)
        selection.selectionChanged.connect(self._on_current_changed)
        self._refresh_summary()
        self._show_current()
        self._fit_columns()
        # Columns fitted now may be fitted to nothing (a new plan): they widen as rows come.
        self._grower = grow_columns(self.table, MAX_COLUMN_WIDTH)

    # --- building ---------------------------------------------------------------------

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{self._register.entity}_table")
        table.setAccessibleName(self._texts.table)
        table.setModel(self.proxy)
        table.setItemDelegate(RegisterDelegate(table))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        # Rows are one line high: a fixed height keeps large registers fast (sizing
        # rows to contents would read every cell on every layout pass).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)
        table.horizontalHeader().setSectionsMovable(False)
        names = [self._register.field(name).name for name in self._register.columns]
        search = next((names.index(n) for n in ("name", "title") if n in names), None)
        edit_on_request(table, search)
        return table

    @property
    def extra(self) -> QWidget | None:
        """The widget shown beside the details form, if any (a meeting's attendance)."""
        return self._extra

    def _layout(self, extra: QWidget | None) -> None:
        buttons = []
        for action in (self.add_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.append(button)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        bar.addWidget(self.filter_edit, 2)
        if self.filter_combo is not None:
            bar.addWidget(self.filter_combo, 1)
        commands = QHBoxLayout()
        commands.setSpacing(8)
        for button in buttons:
            commands.addWidget(button)
        commands.addStretch(1)
        self._has_details = self.form is not None or extra is not None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(commands)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.summary)
        if self.form is None and extra is None:
            layout.addWidget(left, 1)
            tab_chain: list[QWidget | None] = [self.filter_edit, self.filter_combo, self.table]
        else:
            details = QWidget()
            details_layout = QVBoxLayout(details)
            details_layout.setContentsMargins(16, 0, 4, 0)
            details_layout.setSpacing(12)
            theme.set_role(self.details_title, theme.HEADING)
            theme.set_role(self.no_selection, theme.HINT)
            details_layout.addWidget(self.details_title)
            details_layout.addWidget(self.no_selection)
            if self.form is not None:
                details_layout.addWidget(self.form)
            details_layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidget(details)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            splitter = QSplitter(Qt.Orientation.Horizontal)
            splitter.setChildrenCollapsible(False)
            splitter.addWidget(left)
            splitter.addWidget(scroll)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            if extra is None:
                splitter.setSizes([600, 400])
            else:
                # Extra details (a meeting's attendance) get their own column, in full height.
                extra.setContentsMargins(12, 0, 0, 0)
                splitter.addWidget(extra)
                splitter.setStretchFactor(2, 2)
                splitter.setSizes([420, 340, 340])
            layout.addWidget(splitter, 1)
            # Tab goes from the table into the form and down it, then on to the attendance;
            # the Add and Delete buttons (Insert and Delete in the table) come last.
            tab_chain = [self.filter_edit, self.filter_combo, self.table]
            if self.form is not None:
                tab_chain += self.form.chain()
            if extra is not None:
                tab_chain += getattr(extra, "chain", lambda: [extra])()
        tab_chain += buttons
        chain = [w for w in tab_chain if w is not None]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 16, MAX_COLUMN_WIDTH))

    # --- filters ----------------------------------------------------------------------

    def _fill_filters(self) -> None:
        assert self.filter_combo is not None and self._register.filters is not None
        current = self.filter_combo.currentData()
        self._predicates = {}
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        for key, text, predicate in self._register.filters(self._session):
            self.filter_combo.addItem(text, key)
            self._predicates[key] = predicate
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(current)))
        self.filter_combo.blockSignals(False)
        self._apply_filter_choice()

    def _apply_filter_choice(self) -> None:
        assert self.filter_combo is not None
        self.proxy.set_predicate(self._predicates.get(self.filter_combo.currentData()))

    def set_filter(self, key: str) -> None:
        """Show only the entries of filter ``key`` (e.g. ``commission``)."""
        if self.filter_combo is not None:
            self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(key)))

    def clear_filters(self) -> None:
        """Show every entry."""
        self.filter_edit.clear()
        if self.filter_combo is not None:
            self.filter_combo.setCurrentIndex(0)

    # --- selection --------------------------------------------------------------------

    def current_entry(self) -> Any | None:
        """The entry of the selected row, or None."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.entry(self.proxy.mapToSource(index).row())

    def select(self, entry_id: int) -> bool:
        """Select the entry with ``entry_id`` if it is shown."""
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self._select_index(index)
        return True

    def _select_index(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _on_current_changed(self, *_args: object) -> None:
        self._show_current()
        self.selection_changed.emit()

    def _show_current(self) -> None:
        entry = self.current_entry()
        if self._has_details:  # else the labels are in no layout: shown, they would be windows
            self.details_title.setText(entry_name(entry) if entry is not None else "")
            self.details_title.setVisible(entry is not None)
            self.no_selection.setVisible(entry is None and bool(self._texts.no_selection))
        if self.form is not None:
            self.form.load(entry)
            self.form.setVisible(entry is not None)
        if self._extra is not None:
            self._extra.load(entry)  # type: ignore[attr-defined]
            self._extra.setVisible(entry is not None)
        editable = not self._session.read_only
        self.add_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and entry is not None)

    # --- commands ---------------------------------------------------------------------

    def add_entry(self) -> None:
        """Add a new entry with sensible defaults, select it and put focus in its form."""
        add = self._register.add(self._session.document)
        record = self._session.run(add, **self._register.new_entry(self._session))
        if record is None:
            return
        self.clear_filters()
        self.select(inserted_id(record, self._register.entity))
        first = self.form.first_field() if self.form is not None else None
        if isinstance(first, QLineEdit):
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            first.selectAll()
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_entry(self) -> None:
        """Delete the selected entry, after confirming when others go with it."""
        entry = self.current_entry()
        if entry is None or self._session.read_only:
            return
        if self._register.delete_question is not None:
            question = self._register.delete_question(self._session, entry)
            if question and not self._prompter.confirm(
                self, self._texts.delete, question, self._texts.delete
            ):
                return
        row = self.table.selectionModel().currentIndex().row()
        if self._session.run(self._register.delete(self._session.document), entry.id) is None:
            return
        if self.proxy.rowCount():
            self._select_index(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
        self._show_current()

    def _commit_field(self, name: str, value: object) -> bool:
        entry = self.current_entry()
        if entry is None:
            return False
        return self._register.run_update(self._session, entry.id, name, value)

    # --- refreshing -------------------------------------------------------------------

    def _on_changed(self, record: ChangeRecord) -> None:
        tables = record.tables
        if self.form is not None:
            self.form.refresh_choices(tables)
        if self.filter_combo is not None and tables & self._register.filters_watch:
            self._fill_filters()
        if tables & self._register.watches:
            self._refresh_summary()
            self._show_current()

    def _refresh_summary(self) -> None:
        headline, _, detail = self._register.summary(self._session).partition("\n")
        text = f"<b>{html.escape(headline)}</b>"
        if detail:
            text += f"<br>{html.escape(detail)}"
        self.summary.setText(text)

    def selected_id(self) -> int | None:
        """The id of the selected entry, or None."""
        index = self.table.selectionModel().currentIndex()
        return index.siblingAtColumn(0).data(ENTRY_ID_ROLE) if index.isValid() else None
