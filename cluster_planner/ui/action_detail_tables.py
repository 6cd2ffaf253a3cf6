"""What the tabs of an action's details share, and the tables of its nested entries.

One generic model serves partners, milestones, cost lines, dependencies and indicators:
a row per entry of the selected action, a column per field, and an edited cell runs
that entry's update action as one undo step.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ParamSpec

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.codes import action_codes
from cluster_planner.ui.accessible import fit_combo, lead_to
from cluster_planner.ui.date_field import DateField
from cluster_planner.ui.fixed_ticks import ItemDelegate
from cluster_planner.ui.form_fields import Choices, Kind, plain, qdate
from cluster_planner.ui.formats import format_date, format_number
from cluster_planner.ui.indicator_form import parse_number
from cluster_planner.ui.text_undo import empty_line
from cluster_planner.ui.type_ahead import edit_on_request
from cluster_planner.ui.vocabulary import field_label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import Action
    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.ui.plan_session import PlanSession

P = ParamSpec("P")
Index = QModelIndex | QPersistentModelIndex

NONE_LABEL = "—"


def tr(text: str) -> str:
    """``text`` translated in the action plan's context."""
    return QCoreApplication.translate("action_plan", text)


def organisation_choices(
    session: PlanSession, none_label: str | None, leave_out: Iterable[int | None] = ()
) -> Choices:
    """(name, id) for the organisations by name, without ``leave_out``; a "none" entry first."""
    left_out = set(leave_out)
    found: Choices = sorted(
        ((o.name, o.id) for o in session.organisations() if o.id not in left_out),
        key=lambda pair: str(pair[0]).casefold(),
    )
    return [(none_label, None), *found] if none_label is not None else found


class ActionContext:
    """The action the details show, and the one way their tabs change the plan."""

    def __init__(self, session: PlanSession) -> None:
        self.session = session
        self.action: Action | None = None
        self._codes: dict[int, str] = {}
        self._codes_of: tuple[object, object] | None = None

    @property
    def action_id(self) -> int | None:
        """The id of the action shown, or None."""
        return self.action.id if self.action is not None else None

    @property
    def document(self) -> PlanDocument:
        """The open plan, whose methods ``run`` takes."""
        return self.session.document

    def run(
        self, action: Callable[P, ChangeRecord], /, *args: P.args, **fields: P.kwargs
    ) -> ChangeRecord | None:
        """Run one plan action as one undo step; None when refused or the plan is read-only."""
        if self.session.read_only:
            return None
        return self.session.run(action, *args, **fields)

    def update(self, field: str, value: Any) -> bool:
        """Change one field of the action shown; False when refused."""
        if self.action is None:
            return False
        return self.run(self.document.update_action, self.action.id, **{field: value}) is not None

    def updater(self, action: Callable[..., ChangeRecord]) -> Callable[[int, str, Any], bool]:
        """A function changing one field of one entry through ``action`` (update_partner …)."""

        def update(entry_id: int, field: str, value: Any) -> bool:
            return self.run(action, entry_id, **{field: value}) is not None

        return update

    def codes(self) -> dict[int, str]:
        """Every action's code (A1.2)."""
        objectives, actions = self.session.objectives(), self.session.actions()
        # Cells ask for codes on every repaint; the session's tuples change only with the plan.
        if self._codes_of is None or (
            self._codes_of[0] is not objectives or self._codes_of[1] is not actions
        ):
            self._codes = action_codes(objectives, actions)
            self._codes_of = (objectives, actions)
        return self._codes

    def action_text(self, action_id: int) -> str:
        """An action as lists name it: code and title."""
        action = next((a for a in self.session.actions() if a.id == action_id), None)
        if action is None:
            return NONE_LABEL
        return f"{self.codes().get(action_id, '')}  {action.title}".strip()

    def organisation_name(self, organisation_id: int | None) -> str:
        """An organisation's name, or a dash."""
        found = next((o for o in self.session.organisations() if o.id == organisation_id), None)
        return found.name if found is not None else NONE_LABEL


class ActionTab(QWidget):
    """One tab of the action details: a form over part of the selected action."""

    problem = Signal(str)

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._chain: list[QWidget] = []
        outer = QVBoxLayout(self)
        self._columns = QHBoxLayout()
        self._columns.setSpacing(28)
        outer.addLayout(self._columns)
        outer.addStretch(1)
        self.form = self._new_form()

    def _new_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setVerticalSpacing(10)
        form.setHorizontalSpacing(14)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)  # the rows stay at the top of their column
        self._columns.addLayout(column, 1)
        return form

    def start_second_column(self) -> None:
        """Put the rows added from now on in a second column beside the first."""
        self.form = self._new_form()

    def add_row(self, caption: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
        """A form row whose label (with its mnemonic) puts the keyboard in ``buddy``."""
        label = lead_to(QLabel(caption), buddy or field)
        self.form.addRow(label, field)
        return label

    def add_wide_row(self, caption: str, field: QWidget, buddy: QWidget | None = None) -> QLabel:
        """A label over a field that takes the tab's whole width (tables, entry bars)."""
        label = lead_to(QLabel(caption), buddy or field)
        self.form.addRow(label)
        self.form.addRow(field)
        return label

    def set_chain(self, widgets: Sequence[QWidget]) -> None:
        """Set the tab order of the tab's widgets; the first is where the keyboard enters."""
        self._chain = list(widgets)
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)

    def enter(self) -> None:
        """Put the keyboard in the tab's first field."""
        if self._chain:
            self._chain[0].setFocus(Qt.FocusReason.TabFocusReason)

    def load(self, action: Action, same: bool) -> None:
        """Show ``action``; ``same`` when it is shown already (text being typed is kept)."""
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing."""
        raise NotImplementedError

    def focus_widget(self, field: str) -> QWidget | None:
        """The widget that edits ``field``, or None when this tab does not show it."""
        raise NotImplementedError


@dataclass(frozen=True)
class Column:
    """One column of a part table: the field it shows and how it reads and is edited."""

    name: str
    kind: Kind = Kind.TEXT
    title: Callable[[], str] | None = None
    choices: Callable[[], Choices] | None = None  # CHOICE: the (label, value) pairs offered
    describe: Callable[[Any], str] | None = None  # how a value reads, when not by a choice label
    describe_entry: Callable[[Any], str] | None = None  # how it reads, given the whole entry
    whole: bool = False  # NUMBER: whole numbers only (days)
    optional: bool = False  # NUMBER: may be left empty
    editable: bool = True
    stretch: bool = False  # takes the width the other columns leave

    def label(self) -> str:
        """The column header."""
        return self.title() if self.title else field_label(self.name)


_INVALID = object()


class PartTableModel(QAbstractTableModel):
    """The nested entries of one action as rows; an edited cell is one ``update`` call.

    Contract: ``update(entry_id, field, value)`` runs the entry's update action through
    the session and returns False when refused. ``set_rows`` moves rows rather than
    resetting the model, so the selection survives the reload after an edit.
    """

    problem = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column],
        update: Callable[[int, str, Any], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._headers = [column.label() for column in self._columns]
        self._update = update
        self._rows: list[Any] = []
        self._labels: dict[str, dict[Any, str]] = {}
        self.read_only = False

    # --- reading -------------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]  # the tooltip says a cut heading whole
        if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].kind is Kind.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        value = plain(getattr(self._rows[index.row()], column.name))
        if role == Qt.ItemDataRole.DisplayRole:
            if column.describe_entry is not None and value is not None:
                return column.describe_entry(self._rows[index.row()])
            return "" if column.kind is Kind.CHECK else self.text(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(column, value)
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.CHECK:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind is Kind.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column.kind is Kind.TEXT:
            return self.text(column, value) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self._columns[index.column()]
        if self.read_only or not column.editable:
            return flags
        if column.kind is Kind.CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def text(self, column: Column, value: Any) -> str:
        """How ``value`` of ``column`` reads in a cell."""
        if column.describe is not None:
            return column.describe(value)
        if column.kind is Kind.CHOICE:
            return self._labels.get(column.name, {}).get(value, NONE_LABEL)
        if value is None:
            return "" if column.kind is Kind.TEXT else NONE_LABEL
        if column.kind is Kind.DATE:
            return format_date(value)
        if column.kind is Kind.NUMBER:
            return format_number(value)
        return str(value)

    def _edit_value(self, column: Column, value: Any) -> Any:
        if column.kind is Kind.DATE:
            return qdate(value) if value is not None else QDate()
        if column.kind is Kind.NUMBER:
            return format_number(value) if value is not None else ""
        if column.kind is Kind.CHECK:
            return bool(value)
        if column.kind is Kind.TEXT:
            return "" if value is None else str(value)
        return value

    def column(self, number: int) -> Column:
        """The column at ``number``."""
        return self._columns[number]

    def column_of(self, name: str) -> int:
        """The number of the column showing field ``name``."""
        return next(i for i, c in enumerate(self._columns) if c.name == name)

    def entry(self, row: int) -> Any:
        """The entry shown in ``row``."""
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        """The row of the entry with ``entry_id``, or -1."""
        return next((row for row, e in enumerate(self._rows) if e.id == entry_id), -1)

    # --- writing: through the session, one undo step per cell --------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = self._columns[index.column()]
        entry = self._rows[index.row()]
        if not column.editable:
            return False
        if column.kind is Kind.CHECK:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        else:
            value = self._parsed(column, value)
            if value is _INVALID:
                return False
        if value == plain(getattr(entry, column.name)):
            return True
        return self._update(entry.id, column.name, value)

    def _parsed(self, column: Column, value: Any) -> Any:
        if column.kind is Kind.DATE:
            if isinstance(value, QDate) and value.isValid():
                return value.toPython()
            if isinstance(value, dt.date):
                return value
            self.problem.emit(
                tr("{field} was kept: “{text}” is not a date.").format(
                    field=column.label(), text=value
                )
            )
            return _INVALID
        if column.kind is Kind.NUMBER:
            return self._number(column, value)
        if column.kind is Kind.TEXT:
            return str(value or "").strip()
        return plain(value)

    def _number(self, column: Column, value: Any) -> Any:
        text = str(value if value is not None else "").strip()
        if not text:
            if column.optional:
                return None
            self.problem.emit(tr("{field} was kept: type a number.").format(field=column.label()))
            return _INVALID
        number = value if isinstance(value, int | float) else parse_number(text)
        if number is None:
            self.problem.emit(
                tr("{field} was kept: “{text}” is not a number.").format(
                    field=column.label(), text=text
                )
            )
            return _INVALID
        return round(number) if column.whole else float(number)

    # --- refreshing ------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Show ``rows`` (entries with an ``id``), moving and inserting rather than resetting."""
        new_rows = list(rows)
        wanted = {e.id for e in new_rows}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        old_ids = [e.id for e in self._rows]
        staying = [e.id for e in new_rows if e.id in set(old_ids)]
        by_id = {e.id: e for e in new_rows}
        if staying != old_ids:
            self._reorder(old_ids, staying, by_id)
        for row, entry in enumerate(new_rows):
            if entry.id not in set(old_ids):
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, entry)
                self.endInsertRows()
        self._rows = new_rows
        self.refresh_labels()

    def refresh_labels(self) -> None:
        """Re-read the choice labels (organisation names …) and repaint every cell."""
        self._labels = {
            c.name: {plain(value): text for text, value in c.choices()}
            for c in self._columns
            if c.kind is Kind.CHOICE and c.choices is not None
        }
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def _reorder(self, old_ids: list[int], order: list[int], by_id: dict[int, Any]) -> None:
        self.layoutAboutToBeChanged.emit()
        new_row = {entry_id: row for row, entry_id in enumerate(order)}
        self._rows = [by_id[i] for i in order]
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_row[old_ids[i.row()]], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()


class PartDelegate(ItemDelegate):
    """Cell editors of part tables: drop-downs for choices, calendars for dates, text otherwise."""

    @staticmethod
    def _column(index: Index) -> Column | None:
        model = index.model()
        return model.column(index.column()) if isinstance(model, PartTableModel) else None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = self._column(index)
        if column is not None and column.kind is Kind.CHOICE and column.choices is not None:
            combo = QComboBox(parent)
            for text, value in column.choices():
                combo.addItem(text, plain(value))
            return combo
        if column is not None and column.kind is Kind.DATE:
            return DateField(optional=False, parent=parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateField):
            valid = isinstance(value, QDate) and value.isValid()
            editor.set_value(value.toPython() if valid else dt.date.today())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


_REMOVE_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class PartTable(QTableView):
    """A part table: Tab leaves it, typing finds a row, F2, Enter or a double-click edit a
    cell, Delete asks to remove the row."""

    remove_requested = Signal()

    def __init__(self, model: PartTableModel, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setModel(model)
        self.setItemDelegate(PartDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab moves on through the form, as in every field
        edit_on_request(self, 0)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setMinimumHeight(self.verticalHeader().defaultSectionSize() * 5)
        self._widest = self.fontMetrics().horizontalAdvance("M") * 16
        model.rowsInserted.connect(self.fit_columns)
        model.rowsRemoved.connect(self.fit_columns)
        model.dataChanged.connect(self.fit_columns)
        self.fit_columns()

    def fit_columns(self, *_args: object) -> None:
        """Size the columns to their contents (up to a limit); the stretching one takes the rest."""
        model = self.part_model()
        header = self.horizontalHeader()
        stretching = [c for c in range(model.columnCount()) if model.column(c).stretch]
        header.setStretchLastSection(not stretching)
        for number in range(model.columnCount()):
            if number in stretching:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
                continue
            self.resizeColumnToContents(number)
            limit = max(self._widest, header.sectionSizeHint(number))  # never cut a heading
            header.resizeSection(number, min(header.sectionSize(number), limit))
        # The stretching column (a description, a title) keeps at least a third of the width.
        others = [n for n in range(model.columnCount()) if n not in stretching]
        room = int(self.viewport().width() * (0.66 if stretching else 1.0))
        used = sum(header.sectionSize(n) for n in others)
        if room > 0 and used > room:
            for number in others:
                share = header.sectionSize(number) * room // used
                header.resizeSection(number, max(header.sectionSizeHint(number), share))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Share the new width out again."""
        super().resizeEvent(event)
        self.fit_columns()

    def part_model(self) -> PartTableModel:
        """The model of the table."""
        model = self.model()
        assert isinstance(model, PartTableModel)
        return model

    def selected_id(self) -> int | None:
        """The id of the entry in the current row, or None."""
        row = self.currentIndex().row()
        model = self.part_model()
        return int(model.entry(row).id) if 0 <= row < model.rowCount() else None

    def select_id(self, entry_id: int | None) -> None:
        """Make the entry with ``entry_id`` the current row."""
        row = self.part_model().row_of(entry_id) if entry_id is not None else -1
        if row >= 0:
            self.setCurrentIndex(self.part_model().index(row, 0))

    def event(self, event: QEvent) -> bool:
        # Delete removes a row here, before the window's own Delete shortcut can take it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in _REMOVE_KEYS
            and self.state() != QAbstractItemView.State.EditingState
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _REMOVE_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class AddBar(QWidget):
    """Inputs for a new entry, in one or more rows ending with an Add button; Enter adds it."""

    submitted = Signal()

    def __init__(
        self,
        rows: Sequence[Sequence[QWidget]],
        button_text: str,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.inputs = [widget for row in rows for widget in row]
        self.button = QPushButton(button_text)
        self.button.setObjectName(f"{name}_button")
        self.button.clicked.connect(self.submitted.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for number, row in enumerate(rows, start=1):
            line = QHBoxLayout()
            for widget in row:
                line.addWidget(widget, 1)
            if number == len(rows):
                line.addWidget(self.button)
            layout.addLayout(line)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted.emit)

    def chain(self) -> list[QWidget]:
        """The inputs and the button, in tab order."""
        return [*self.inputs, self.button]

    def clear(self) -> None:
        """Empty the typed inputs and put the drop-downs back on their first choice: another
        action is shown, and nothing typed or chosen for the last one carries over."""
        for widget in self.inputs:
            if isinstance(widget, QLineEdit):
                empty_line(widget)
            elif isinstance(widget, QComboBox) and widget.count():
                widget.setCurrentIndex(0)


class PartSection(QObject):
    """One kind of nested entry on a tab: its table, a bar to add one, a Remove button.

    Contract: an edited cell runs ``actions[0]`` (the plan's update_…) and Remove (or
    Delete in the table) runs ``actions[1]`` (its delete_…) on the selected entry, each
    one undo step; the tab adds entries from the bar and calls ``added`` with the record.
    """

    def __init__(
        self,
        tab: ActionTab,
        name: str,
        columns: Sequence[Column],
        actions: tuple[Callable[..., ChangeRecord], Callable[[int], ChangeRecord]],
        bar: AddBar,
        captions: tuple[str, str],
        remove_text: str,
    ) -> None:
        super().__init__(tab)
        self._context = tab.context
        self._delete = actions[1]
        self.model = PartTableModel(columns, tab.context.updater(actions[0]), self)
        self.model.problem.connect(tab.problem.emit)
        self.table = PartTable(self.model, f"action_{name}")
        self.table.remove_requested.connect(self.remove)
        self.bar = bar
        self.remove_button = QPushButton(remove_text)
        self.remove_button.setObjectName(f"{name}_remove")
        self.remove_button.clicked.connect(self.remove)
        tab.add_wide_row(captions[0], self.table)
        tab.add_wide_row(captions[1], bar, bar.inputs[0])
        tab.form.addRow(at_start(self.remove_button))

    def added(self, record: ChangeRecord | None, table: str) -> bool:
        """Select the entry ``record`` added to ``table``; False when nothing was added."""
        if record is None:
            return False
        self.table.select_id(inserted_id(record, table))
        self.bar.inputs[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def remove(self) -> None:
        """Remove the selected entry (one undo step)."""
        entry_id = self.table.selected_id()
        if entry_id is not None:
            self._context.run(self._delete, entry_id)

    def chain(self) -> list[QWidget]:
        """The section's widgets in tab order."""
        return [self.table, *self.bar.chain(), self.remove_button]

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid adding, changing and removing entries."""
        self.model.read_only = read_only
        self.bar.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)

    def focus_widget(self) -> QWidget:
        """Where the keyboard goes: the table when it has entries, else the bar."""
        return self.table if self.model.rowCount() else self.bar.inputs[0]


def make_combo(name: str, title: str = "") -> QComboBox:
    """A drop-down for an add bar that long labels cannot widen beyond the pane, named
    ``title`` for screen readers (else by the label that leads to it)."""
    combo = QComboBox()
    combo.setObjectName(name)
    return fit_combo(combo, title, letters=10)


def fill_combo(combo: QComboBox, choices: Choices) -> None:
    """Offer ``choices`` in ``combo``, keeping the current choice when it is still offered."""
    current = combo.currentData()
    wanted = [(text, plain(value)) for text, value in choices]
    if combo_items(combo) == wanted:
        return
    combo.blockSignals(True)
    combo.clear()
    for text, value in wanted:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
    combo.blockSignals(False)


def combo_items(combo: QComboBox) -> list[tuple[str, Any]]:
    """The (text, value) pairs a drop-down offers."""
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def at_start(widget: QWidget) -> QWidget:
    """``widget`` in a row of its own, at the start rather than stretched across."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    return row
