"""Indicator actuals: every indicator with its latest value and progress, and its measurements."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.codes import action_codes, objective_code, objective_numbers
from cluster_planner.domain.review import (
    IndicatorStanding,
    is_percentage,
    measurements_by_indicator,
    standing,
)
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import set_headings
from cluster_planner.ui.date_field import DateField, not_a_date
from cluster_planner.ui.formats import format_date, format_number, format_percent
from cluster_planner.ui.indicator_form import parse_number
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.table_fit import keep_rows_fitted
from cluster_planner.ui.text_undo import empty_line

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import Indicator
    from cluster_planner.ui.plan_session import PlanSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1
_STRETCHING = (1, 6)  # the indicator's name and who is responsible take the width left
_VALUES = (2, 3, 4, 5)
_TABLES = frozenset({"indicator", "measurement", "objective", "action", "organisation"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("indicator_progress", text)


def progress_text(value: float | None) -> str:
    """Progress from baseline to target as a percentage ("—" when it cannot be told)."""
    return "—" if value is None else format_percent(value * 100)


class IndicatorsTab(QWidget):
    """Where each indicator stands, and recording its new values."""

    def __init__(
        self, session: PlanSession, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today or dt.date.today()
        self._standings: dict[int, IndicatorStanding] = {}
        headers = [
            _tr("For"),
            _tr("Indicator"),
            _tr("Baseline"),
            _tr("Target"),
            _tr("Latest"),
            _tr("Progress"),
            _tr("Responsible"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("indicator_table")
        self.table.setAccessibleName(_tr("Indicators"))
        set_headings(self.table, headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Widths and row heights are set when the indicators change, never when a value
        # is recorded: the row under the pointer stays where it is (see _fit).
        header = self.table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        for column in _STRETCHING:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._shape: tuple[object, ...] = ()
        self._row_fitter = keep_rows_fitted(self.table)  # a new width wraps names anew
        self._shown: int | None = None  # the indicator whose value is being typed

        self.heading = QLabel(wordWrap=True)
        theme.set_role(self.heading, theme.HEADING)
        self.history = QListWidget()
        self.history.setObjectName("measurement_history")
        self.history.setAccessibleName(_tr("Values recorded"))
        self.history.setWordWrap(True)
        self.delete_button = QPushButton(_tr("Delete Value"))
        self.delete_button.setObjectName("delete_measurement")
        self.on = DateField(optional=False)
        self.on.setObjectName("measurement_date")
        self.on.unreadable.connect(lambda text: session.failed.emit(not_a_date(text)))
        self.value = QLineEdit()
        self.value.setObjectName("measurement_value")
        self.source = QLineEdit(placeholderText=_tr("Where the figure comes from"))
        self.source.setObjectName("measurement_source")
        self.record_button = QPushButton(_tr("Record Value"))
        self.record_button.setObjectName("record_measurement")
        add = QGroupBox(_tr("New value"))
        form = QFormLayout(add)
        form.addRow(_tr("Measured on"), self.on)
        form.addRow(_tr("Value"), self.value)
        form.addRow(_tr("Source"), self.source)
        form.addRow("", self.record_button)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.heading)
        side_layout.addWidget(self.history, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        side_layout.addLayout(row)
        side_layout.addWidget(add)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1000, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)

        self.table.itemSelectionChanged.connect(self._show_selected)
        self.record_button.clicked.connect(self._record)
        self.delete_button.clicked.connect(self._delete)
        self.history.currentRowChanged.connect(lambda *_: self._update_buttons())
        session.changed.connect(self._on_changed)
        self.refresh()

    def selected(self) -> int | None:
        """The id of the selected indicator."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return int(item.data(ID_ROLE)) if item is not None else None

    def _indicators(self) -> list[tuple[str, Indicator]]:
        objectives = self._session.objectives()
        numbers = objective_numbers(objectives)
        actions = self._session.actions()
        codes = action_codes(objectives, actions)
        language = screen_language()
        found = [
            (objective_code(numbers[o.id], language), i)
            for o in sorted(objectives, key=lambda o: (o.position, o.id))
            for i in o.indicators
        ]
        found += [(codes[a.id], i) for a in actions for i in a.indicators]
        return found

    def refresh(self) -> None:
        """Re-read the indicators and their measurements."""
        keep = self.selected()
        grouped = measurements_by_indicator(self._session.measurements())
        names = {o.id: o.name for o in self._session.organisations()}
        indicators = self._indicators()
        self._standings = {}
        self.table.setRowCount(len(indicators))
        for row, (code, indicator) in enumerate(indicators):
            state = standing(indicator, grouped.get(indicator.id, ()))
            self._standings[indicator.id] = state
            unit = f" {indicator.unit}" if indicator.unit else ""
            latest = state.latest
            cells = [
                code,
                indicator.name,
                _value(indicator.baseline_value, unit),
                _value(indicator.target_value, unit),
                f"{_value(latest.value, unit)} ({format_date(latest.measured_on)})"
                if latest is not None
                else _tr("not measured yet"),
                progress_text(state.progress),
                names.get(indicator.responsible_id or 0, ""),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, indicator.id)
                if column in (2, 3, 5):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column in _VALUES:
                    item.setToolTip(text)  # a value wider than its column reads in full here
                self.table.setItem(row, column, item)
        shape = tuple(
            (code, i.id, i.name, names.get(i.responsible_id or 0)) for code, i in indicators
        )
        if shape != self._shape:
            self._shape = shape
            self._fit()
        target = keep if keep in self._standings else (indicators[0][1].id if indicators else None)
        for row in range(self.table.rowCount()):
            first = self.table.item(row, 0)
            if first is not None and first.data(ID_ROLE) == target:
                self.table.selectRow(row)
        self._show_selected()

    def _fit(self) -> None:
        """Size the value columns for what they may hold (the values recorded so far, the
        targets, "not measured yet") and the rows for their text."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        reserve = {
            4: [_tr("not measured yet")]
            + [
                f"{_value(s.indicator.target_value, ' ' + s.indicator.unit)} (30 Sep 2026)"
                for s in self._standings.values()
            ],
            5: ["-100 %", "1000 %"],
        }
        for column in range(self.table.columnCount()):
            if column in _STRETCHING:
                continue
            texts = [
                self.table.item(row, column).text()  # type: ignore[union-attr]
                for row in range(self.table.rowCount())
            ] + reserve.get(column, [])
            widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            header.resizeSection(column, max(widest + 24, header.sectionSizeHint(column)))
        self.table.resizeRowsToContents()

    def _show_selected(self) -> None:
        indicator_id = self.selected()
        state = self._standings.get(indicator_id or 0)
        self.history.clear()
        if indicator_id != self._shown:  # another indicator: nothing typed for one carries over
            self._shown = indicator_id
            self.on.set_value(self._today)
            empty_line(self.value)
            empty_line(self.source)
        if state is not None:
            percent = is_percentage(state.indicator)
            self.value.setPlaceholderText(
                _tr("0 to 100 %") if percent else state.indicator.unit or ""
            )
        if state is None:
            self.heading.setText(_tr("No indicators yet: add them to objectives and actions."))
            self._update_buttons()
            return
        self.heading.setText(state.indicator.name)
        unit = f" {state.indicator.unit}" if state.indicator.unit else ""
        for measurement in reversed(state.measurements):
            text = f"{format_date(measurement.measured_on)}: {_value(measurement.value, unit)}"
            if measurement.source:
                text += f" · {measurement.source}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, measurement.id)
            self.history.addItem(item)
        if not state.measurements:
            self.history.addItem(_tr("No values recorded yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self.history.currentItem()
        editable = not self._session.read_only
        self.delete_button.setEnabled(
            editable and item is not None and item.data(ID_ROLE) is not None
        )
        self.record_button.setEnabled(editable and self.selected() is not None)

    def _record(self) -> None:
        indicator_id = self.selected()
        if indicator_id is None:
            return
        typed = self.on.value()
        if not isinstance(typed, dt.date):
            self._session.failed.emit(not_a_date(str(typed or "")))
            self.on.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        value = parse_number(self.value.text())
        if value is None:
            self._session.failed.emit(
                _tr("No value was recorded: type the value measured, such as 12 or 3.5.")
                if not self.value.text().strip()
                else _tr("No value was recorded: “{text}” is not a number.").format(
                    text=self.value.text().strip()
                )
            )
            self.value.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        record = self._session.run(
            self._session.document.record_measurement,
            indicator_id,
            measured_on=typed,
            value=value,
            source=self.source.text().strip(),
        )
        if record is not None:  # recorded: the next value starts from empty lines
            empty_line(self.value)
            empty_line(self.source)

    def _delete(self) -> None:
        item = self.history.currentItem()
        if item is not None and item.data(ID_ROLE) is not None:
            self._session.run(self._session.document.delete_measurement, int(item.data(ID_ROLE)))

    def _on_changed(self, record: ChangeRecord) -> None:
        if record.tables & _TABLES:
            self.refresh()


def _value(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{format_number(value)}{unit}"
