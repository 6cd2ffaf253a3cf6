"""Item models over the registers: adapters whose edits run session actions, never raw writes."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QStyleOptionViewItem,
    QWidget,
)

from cluster_planner.ui.date_field import DateField, not_a_date
from cluster_planner.ui.fixed_ticks import ItemDelegate
from cluster_planner.ui.form_fields import FieldSpec, Kind, plain, qdate
from cluster_planner.ui.formats import format_date, format_number

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.registers import Register

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


class RegisterModel(QAbstractTableModel):
    """The entries of one register as rows, one column per field of ``register.columns``.

    Contract: ``setData`` asks the session to run the register's update action, exactly
    as the details form does, so editing in the table is one undo step too. The model
    refreshes itself when ``session.changed`` names a table it shows, moving rows rather
    than resetting, so selections and persistent indexes survive.
    """

    def __init__(
        self, session: PlanSession, register: Register, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._register = register
        self._columns: list[FieldSpec] = [register.field(name) for name in register.columns]
        self._rows: list[Any] = list(register.entries(session))
        self._choice_labels: dict[str, dict[Any, str]] = {}
        self._derived: dict[tuple[int, str], Any] = {}
        self._compute()
        session.changed.connect(self.refresh)

    @property
    def register(self) -> Register:
        """The register the model shows."""
        return self._register

    # --- reading -----------------------------------------------------------------------

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return self._columns[section].label()  # the tooltip says a cut heading whole
            if role == Qt.ItemDataRole.TextAlignmentRole and self._is_numeric(section):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        spec = self._columns[index.column()]
        value = self._value(entry, spec)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if spec.kind is Kind.CHECK else self._text(spec, value)
        if role == Qt.ItemDataRole.EditRole:
            if spec.kind is Kind.DATE:
                return qdate(value) if value is not None else QDate()
            return value if spec.kind is not Kind.CHECK else bool(value)
        if role == Qt.ItemDataRole.CheckStateRole and spec.kind is Kind.CHECK:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and self._is_numeric(index.column()):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and spec.kind in (Kind.TEXT, Kind.LONG_TEXT):
            return self._text(spec, value) or None
        if role == SORT_ROLE:
            return self._sort_key(spec, value)
        if role == ENTRY_ID_ROLE:
            return getattr(entry, "id", None)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        spec = self._columns[index.column()]
        if self._session.read_only or spec.kind is Kind.DERIVED:
            return flags
        if spec.kind is Kind.CHECK:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def field_at(self, column: int) -> FieldSpec:
        """The field shown in ``column``."""
        return self._columns[column]

    def entry(self, row: int) -> Any:
        """The entry shown in ``row``."""
        return self._rows[row]

    def row_of(self, entry_id: int) -> int:
        """The row of the entry with ``entry_id``, or -1."""
        return next((row for row, e in enumerate(self._rows) if e.id == entry_id), -1)

    def choices_of(self, spec: FieldSpec) -> list[tuple[str, Any]]:
        """The choices of a choice column, as the editor offers them."""
        assert spec.choices is not None
        return spec.choices(self._session)

    # --- writing: through the session, as one undo step ----------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not (self.flags(index) & ~Qt.ItemFlag.ItemIsSelectable):
            return False
        spec = self._columns[index.column()]
        entry = self._rows[index.row()]
        if spec.kind is Kind.CHECK and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or spec.kind in (Kind.CHECK, Kind.DERIVED):
            return False
        if spec.kind is Kind.DATE and isinstance(value, str):  # typed, but not a date
            if value.strip():
                self._session.failed.emit(not_a_date(value))
            return False
        value = self._from_editor(spec, value)
        if value == plain(getattr(entry, spec.name)):
            return True
        return self._register.run_update(self._session, entry.id, spec.name, value)

    @staticmethod
    def _from_editor(spec: FieldSpec, value: Any) -> Any:
        if isinstance(value, QDate):
            return value.toPython() if value.isValid() else None
        if spec.kind in (Kind.TEXT, Kind.LONG_TEXT, Kind.CODE):
            return str(value or "").strip()
        if spec.kind is Kind.NUMBER:
            return float(value)
        return plain(value)

    # --- refreshing ------------------------------------------------------------------------

    def refresh(self, record: ChangeRecord | None = None) -> None:
        """Re-read the entries when ``record`` touched a table this register shows."""
        if record is not None and not (record.tables & self._register.watches):
            return
        new_rows = list(self._register.entries(self._session))
        new_ids = [e.id for e in new_rows]
        wanted = set(new_ids)
        for row in reversed(range(len(self._rows))):
            if self._rows[row].id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        by_id = {e.id: e for e in new_rows}
        kept = [e.id for e in self._rows]
        order = [i for i in new_ids if i in set(kept)]
        if kept != order:
            self._reorder(order, by_id)
        present = set(kept)
        for row, entry in enumerate(new_rows):
            if entry.id not in present:
                self.beginInsertRows(QModelIndex(), row, row)
                self._rows.insert(row, entry)
                self.endInsertRows()
        self._rows = new_rows
        self._compute()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def _reorder(self, order: list[int], by_id: dict[int, Any]) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [e.id for e in self._rows]
        new_row = {entry_id: row for row, entry_id in enumerate(order)}
        self._rows = [by_id[i] for i in order]
        old_indexes = self.persistentIndexList()
        new_indexes = [self.index(new_row[old_ids[i.row()]], i.column()) for i in old_indexes]
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def _compute(self) -> None:
        self._choice_labels = {
            spec.name: {value: text for text, value in self.choices_of(spec)}
            for spec in self._columns
            if spec.kind is Kind.CHOICE
        }
        self._derived = {
            (e.id, spec.name): spec.derive(self._session, e)
            for spec in self._columns
            if spec.kind is Kind.DERIVED and spec.derive is not None
            for e in self._rows
        }

    # --- shapes ----------------------------------------------------------------------------

    def _value(self, entry: Any, spec: FieldSpec) -> Any:
        if spec.kind is Kind.DERIVED:
            return self._derived.get((entry.id, spec.name))
        return plain(getattr(entry, spec.name))

    def _text(self, spec: FieldSpec, value: Any) -> str:
        if spec.kind is Kind.CHOICE:
            return self._choice_labels[spec.name].get(value, "—" if value is None else str(value))
        if value is None:
            return ""
        if spec.kind is Kind.DATE:
            return format_date(value)
        if spec.kind is Kind.NUMBER:
            return format_number(value)
        return str(value)

    def _sort_key(self, spec: FieldSpec, value: Any) -> Any:
        if spec.kind in (Kind.NUMBER, Kind.DERIVED, Kind.CHECK):
            return float(value or 0)
        if spec.kind is Kind.DATE:
            return value.isoformat() if value is not None else ""
        return self._text(spec, value).casefold()

    def _is_numeric(self, column: int) -> bool:
        return self._columns[column].kind in (Kind.NUMBER, Kind.DERIVED)


class RegisterFilterModel(QSortFilterProxyModel):
    """Sorts a register by its sort keys and filters it by text and by one predicate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._predicate: Callable[[Any], bool] | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        """Show only entries for which ``predicate`` is true (None: all)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
            self._predicate = predicate
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._predicate = predicate
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        if (
            self._predicate is not None
            and isinstance(source, RegisterModel)
            and not self._predicate(source.entry(source_row))
        ):
            return False
        return super().filterAcceptsRow(source_row, source_parent)


class RegisterDelegate(ItemDelegate):
    """Editors for register cells: drop-downs for choices, calendars for dates, numbers."""

    def _spec(self, index: Index) -> tuple[RegisterModel, FieldSpec] | None:
        model = index.model()
        while isinstance(model, QSortFilterProxyModel):
            index = model.mapToSource(index)
            model = model.sourceModel()
        if isinstance(model, RegisterModel):
            return model, model.field_at(index.column())
        return None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        found = self._spec(index)
        if found is not None:
            model, spec = found
            if spec.kind is Kind.CHOICE:
                combo = QComboBox(parent)
                for text, value in model.choices_of(spec):
                    combo.addItem(text, plain(value))
                return combo
            if spec.kind is Kind.DATE:
                return DateField(optional=spec.optional, parent=parent)
            if spec.kind is Kind.NUMBER:
                spin = QDoubleSpinBox(parent)
                spin.setRange(0, 1e13)
                spin.setDecimals(2)
                spin.setGroupSeparatorShown(True)
                return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateField):
            valid = isinstance(value, QDate) and value.isValid()
            editor.set_value(value.toPython() if valid else None)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DateField):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
