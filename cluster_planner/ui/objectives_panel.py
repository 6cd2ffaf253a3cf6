"""ObjectivesPanel: strategic objectives (O1, O2 …), what they carry, and their indicators."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.ui import theme
from cluster_planner.ui.accessible import set_headings
from cluster_planner.ui.form_fields import scrolled
from cluster_planner.ui.formats import format_date, format_number, plural
from cluster_planner.ui.indicator_form import IndicatorForm
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.vision_fields import (
    ID_ROLE,
    CheckList,
    EntityFormEditing,
    FormActions,
    element_entries,
    objective_codes,
    option_entries,
    scaled_font,
    tr,
)
from cluster_planner.ui.vocabulary import field_label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import Indicator, Objective
    from cluster_planner.ui.plan_session import PlanSession

INDICATOR_COLUMNS = (
    "name",
    "unit",
    "baseline_value",
    "target_value",
    "means_of_verification",
    "frequency",
    "responsible_id",
)


def measurable_text(objective: Objective) -> str:
    """How an objective is measured, in words; says so when it is not measurable yet."""
    count = len(objective.indicators)
    if count == 0:
        return tr("⚠ Not measurable yet: no indicator")
    return plural("vision_page", "%n indicator(s)", count)


class ObjectivesPanel(EntityFormEditing, QWidget):
    """The objectives list beside the selected objective's form and indicators table.

    Contract: every Save and Delete is one ``session.run`` call; the indicator form
    replaces the table while it is open, and Escape closes it.
    """

    ENTITY = "objective"

    def _actions(self) -> FormActions:
        document = self._session.document
        return FormActions(
            document.add_objective, document.update_objective, document.delete_objective
        )

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("objectives_panel")
        self._session = session
        self.entry_id: int | None = None

        self.list = QListWidget()
        self.list.setObjectName("objective_list")
        self.list.setAccessibleName(tr("Objectives"))
        self.list.setWordWrap(True)
        self.list.setFont(scaled_font(self.font(), 1.1))
        self.list.setSpacing(3)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.add_button = QPushButton(tr("New objective"))
        self.add_button.setObjectName("objective_add")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(tr("Delete objective"))
        self.delete_button.setObjectName("objective_delete")
        self.delete_button.clicked.connect(self.delete_selected)

        self.form_title = QLabel()
        theme.set_role(self.form_title, theme.HEADING)
        self.title = QLineEdit()
        self.title.setObjectName("objective_title")
        self.title.setFont(scaled_font(self.font(), 1.15))
        self.title.setPlaceholderText(tr("e.g. Open export channels to Colombia and Peru"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("objective_description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 16)
        self.elements = CheckList(tr("Vision elements it carries"), "objective_elements")
        self.options = CheckList(tr("Strategic options it carries"), "objective_options")
        self.save_button = QPushButton(tr("Save objective"))
        self.save_button.setObjectName("objective_save")
        self.save_button.setToolTip(tr("{keys} in the title").format(keys=key_name("Ctrl+Enter")))
        self.save_button.clicked.connect(self.save)
        self.title.returnPressed.connect(self.save)
        self.revert_button = QPushButton(tr("Discard changes"))
        self.revert_button.clicked.connect(self._show_current)

        self.indicators = QTableWidget(0, len(INDICATOR_COLUMNS))
        self.indicators.setObjectName("indicator_table")
        self.indicators.setAccessibleName(tr("Indicators of the objective"))
        set_headings(self.indicators, [self._column_label(name) for name in INDICATOR_COLUMNS])
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.indicators.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.indicators.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.indicators.setWordWrap(True)
        self.indicators.verticalHeader().hide()
        self.indicators.doubleClicked.connect(lambda _index: self.edit_indicator())
        header = self.indicators.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.indicators_heading = QLabel(tr("Indicators"))
        theme.set_role(self.indicators_heading, theme.HEADING)
        self.add_indicator_button = QPushButton(tr("Add indicator"))
        self.add_indicator_button.setObjectName("indicator_add")
        self.add_indicator_button.clicked.connect(self.add_indicator)
        self.edit_indicator_button = QPushButton(tr("Change indicator"))
        self.edit_indicator_button.setObjectName("indicator_edit")
        self.edit_indicator_button.clicked.connect(self.edit_indicator)
        self.delete_indicator_button = QPushButton(tr("Delete indicator"))
        self.delete_indicator_button.setObjectName("indicator_delete")
        self.delete_indicator_button.clicked.connect(self.delete_indicator)
        self.indicator_form = IndicatorForm(session)
        self.indicator_form.saved.connect(self.close_indicator_form)
        self.indicator_form.closed.connect(self.close_indicator_form)
        self.indicator_stack = QStackedWidget()
        self._layout()
        self.refresh()

    @staticmethod
    def _column_label(name: str) -> str:
        if name == "baseline_value":
            return tr("Baseline (date, source)")
        if name == "target_value":
            return tr("Target (date)")
        return field_label(name)

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 10, 0)
        heading = QLabel(tr("Strategic objectives"))
        theme.set_role(heading, theme.HEADING)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        title_label = QLabel(field_label("title"))
        title_label.setBuddy(self.title)
        form.addRow(title_label, self.title)
        form.addRow(field_label("description"), self.description)
        lists = QHBoxLayout()
        lists.setSpacing(12)
        lists.addWidget(self.elements, 1)
        lists.addWidget(self.options, 1)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.revert_button)
        form_buttons.addWidget(self.save_button)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 6)
        top_layout.addWidget(self.form_title)
        top_layout.addLayout(form)
        top_layout.addLayout(lists, 1)
        top_layout.addLayout(form_buttons)

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 0, 0, 0)
        indicator_buttons = QHBoxLayout()
        indicator_buttons.addWidget(self.indicators_heading)
        indicator_buttons.addStretch(1)
        for button in (
            self.add_indicator_button,
            self.edit_indicator_button,
            self.delete_indicator_button,
        ):
            indicator_buttons.addWidget(button)
        table_layout.addLayout(indicator_buttons)
        table_layout.addWidget(self.indicators, 1)
        self.indicator_table_page = table_page
        self.indicator_stack.addWidget(table_page)
        self.indicator_form_scroll = scrolled(self.indicator_form)
        self.indicator_stack.addWidget(self.indicator_form_scroll)

        # The indicators get the page's whole width: seven columns must read in full.
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(left)
        upper.addWidget(top)
        upper.setStretchFactor(0, 1)
        upper.setStretchFactor(1, 3)
        upper.setSizes([340, 940])
        upper.setChildrenCollapsible(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(self.indicator_stack)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self._splitter = splitter
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        chain = [
            self.list,
            self.add_button,
            self.delete_button,
            self.title,
            self.description,
            self.elements.list,
            self.options.list,
            self.revert_button,
            self.save_button,
            self.add_indicator_button,
            self.edit_indicator_button,
            self.delete_indicator_button,
            self.indicators,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        """On first show, give the objectives and their form most of the height."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            height = max(self._splitter.height(), 400)
            self._splitter.setSizes([int(height * 0.62), int(height * 0.38)])

    # --- reading -------------------------------------------------------------------------

    def objectives(self) -> tuple[Objective, ...]:
        """The objectives listed."""
        return self._session.objectives()

    def current_objective(self) -> Objective | None:
        """The objective in the form, or None for a new one."""
        return next((o for o in self.objectives() if o.id == self.entry_id), None)

    def editing_indicator(self) -> bool:
        """True while the indicator form is open."""
        return self.indicator_stack.currentWidget() is self.indicator_form_scroll

    def refresh(self) -> None:
        """Re-read the objectives, keeping the selection and any new objective being written."""
        keep = self.selected_id()
        codes = objective_codes(self.objectives())
        self.list.blockSignals(True)
        self.list.clear()
        for objective in self.objectives():
            text = f"{codes[objective.id]}  {objective.title}\n{measurable_text(objective)}"
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, objective.id)
            if not objective.indicators:
                # The words say it; the colour only draws the eye in a long list.
                entry.setForeground(QBrush(QColor("#8a4b00")))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if not self.select(keep) and self.list.count():
            self.list.setCurrentRow(0)
        if self.entry_id is not None or not self.title.text():
            self._show_current()
        else:
            self._update_buttons()

    def _show_current(self) -> None:
        objective = next((o for o in self.objectives() if o.id == self.selected_id()), None)
        self._load(objective)

    def _load(self, objective: Objective | None) -> None:
        self.entry_id = objective.id if objective is not None else None
        codes = objective_codes(self.objectives())
        self.form_title.setText(
            tr("{code}: change the objective").format(code=codes[objective.id])
            if objective is not None
            else tr("A new objective")
        )
        self.title.setText(objective.title if objective else "")
        self.description.setPlainText(objective.description if objective else "")
        self.elements.load(
            element_entries(self._session), objective.element_ids if objective else ()
        )
        self.options.load(option_entries(self._session), objective.option_ids if objective else ())
        self._fill_indicators(objective.indicators if objective else ())
        if self.editing_indicator() and (
            objective is None or objective.id != self.indicator_form.objective_id
        ):
            self.close_indicator_form()
        self._update_buttons()

    def _fill_indicators(self, indicators: tuple[Indicator, ...]) -> None:
        keep = self.selected_indicator_id()
        organisations = {o.id: o.name for o in self._session.organisations()}
        self.indicators.setRowCount(len(indicators))
        for row, indicator in enumerate(indicators):
            baseline = "—"
            if indicator.baseline_value is not None:
                baseline = f"{format_number(indicator.baseline_value)} {indicator.unit}".strip()
                details = [format_date(indicator.baseline_date)] if indicator.baseline_date else []
                if indicator.baseline_source:
                    details.append(indicator.baseline_source)
                if details:
                    baseline += f" ({', '.join(details)})"
            target = "—"
            if indicator.target_value is not None:
                target = f"{format_number(indicator.target_value)} {indicator.unit}".strip()
                if indicator.target_date:
                    target += f" ({format_date(indicator.target_date)})"
            cells = [
                indicator.name,
                indicator.unit,
                baseline,
                target,
                indicator.means_of_verification,
                indicator.frequency,
                organisations.get(indicator.responsible_id or -1, "—"),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, indicator.id)
                cell.setToolTip(text)
                self.indicators.setItem(row, column, cell)
        self.indicators.resizeColumnsToContents()
        header = self.indicators.horizontalHeader()
        # Long names, sources and verifications wrap rather than push the table sideways.
        widest = {0: 300, 2: 230, 3: 210, 4: 210}
        for column in range(len(INDICATOR_COLUMNS) - 1):
            header.resizeSection(column, min(header.sectionSize(column), widest.get(column, 160)))
        self.indicators.resizeRowsToContents()
        if indicators:
            rows = [r for r in range(len(indicators)) if indicators[r].id == keep]
            self.indicators.selectRow(rows[0] if rows else 0)

    def selected_indicator_id(self) -> int | None:
        """The id of the indicator selected in the table, or None."""
        cell = self.indicators.item(self.indicators.currentRow(), 0)
        return int(cell.data(ID_ROLE)) if cell is not None else None

    def _first_field(self) -> QWidget:
        return self.title

    def _form_values(self) -> dict[str, object]:
        return {
            "title": self.title.text().strip(),
            "description": self.description.toPlainText().strip(),
            "element_ids": self.elements.checked_ids(),
            "option_ids": self.options.checked_ids(),
        }

    def _update_buttons(self) -> None:
        editable = not self._session.read_only
        has_objective = self.entry_id is not None
        for widget in (self.add_button, self.save_button, self.revert_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(editable and has_objective)
        self.add_indicator_button.setEnabled(editable and has_objective)
        has_indicator = has_objective and self.indicators.rowCount() > 0
        self.edit_indicator_button.setEnabled(editable and has_indicator)
        self.delete_indicator_button.setEnabled(editable and has_indicator)
        self.title.setReadOnly(not editable)
        self.description.setReadOnly(not editable)
        self.elements.set_read_only(not editable)
        self.options.set_read_only(not editable)

    # --- objectives ----------------------------------------------------------------------

    # --- indicators ----------------------------------------------------------------------

    def add_indicator(self) -> None:
        """Open the indicator form on a new indicator of the objective."""
        if self.entry_id is None or self._session.read_only:
            return
        self.indicator_stack.setCurrentWidget(self.indicator_form_scroll)
        self.indicator_form.start(self.entry_id, None)

    def edit_indicator(self) -> None:
        """Open the indicator form on the selected indicator."""
        objective = self.current_objective()
        indicator_id = self.selected_indicator_id()
        if objective is None or indicator_id is None or self._session.read_only:
            return
        indicator = next(i for i in objective.indicators if i.id == indicator_id)
        self.indicator_stack.setCurrentWidget(self.indicator_form_scroll)
        self.indicator_form.start(objective.id, indicator)

    def close_indicator_form(self) -> None:
        """Back to the indicators table."""
        self.indicator_form.discard.done()
        self.indicator_stack.setCurrentWidget(self.indicator_table_page)
        self.indicators.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_indicator(self) -> None:
        """Delete the selected indicator (one undo step)."""
        indicator_id = self.selected_indicator_id()
        if indicator_id is None or self._session.read_only or self.editing_indicator():
            return
        self._session.run(self._session.document.delete_indicator, indicator_id)
