"""BudgetSummaryView: the plan's budget by source and status, by objective, and in total."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import plan_budget
from cluster_planner.domain.codes import objective_code
from cluster_planner.domain.enums import FundingSource
from cluster_planner.domain.roadmap import (
    SOURCES,
    STATUSES,
    budget_by_objective,
    budget_by_source,
)
from cluster_planner.ui import theme
from cluster_planner.ui.formats import format_money, format_percent
from cluster_planner.ui.plan_checks_panel import DeferredRefresh
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.vision_fields import scaled_font
from cluster_planner.ui.vocabulary import label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import Action, Objective
    from cluster_planner.ui.plan_session import PlanSession

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the amount of a cell as a float (None for labels)

# The tables whose change alters the budget (the profile holds the currency).
BUDGET_TABLES = frozenset({"action", "cost_line", "objective", "cluster_profile"})

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_WARNING_COLOUR = "#8a4b00"


def tr(text: str) -> str:
    """``text`` translated in the budget's context."""
    return QCoreApplication.translate("budget_summary", text)


def source_label(source: FundingSource | None) -> str:
    """The name of a source of funds; None for the lines that do not say who pays."""
    return label(source) if source is not None else tr("No source yet")


# The rows and columns of the table by source, and the sums, come from domain.roadmap.
__all__ = ["SOURCES", "STATUSES", "BudgetSummaryView", "budget_by_objective", "budget_by_source"]


# --- models ------------------------------------------------------------------------------


class _BudgetModel(QAbstractTableModel):
    """A small read-only table of labels and amounts; the last row is the total, in bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.currency = "USD"
        self._rows: list[tuple[str, list[float | None]]] = []
        self._headers: list[str] = []
        self._warn_rows: set[int] = set()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]  # the tooltip says a cut heading whole
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if section == 0 else _RIGHT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        name, values = self._rows[index.row()]
        column = index.column()
        value = values[column - 1] if column > 0 else None
        if role == Qt.ItemDataRole.DisplayRole:
            return name if column == 0 else self.display(column, value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return name
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_LEFT if column == 0 else _RIGHT)
        if role == Qt.ItemDataRole.FontRole and index.row() == len(self._rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self._warn_rows:
            return QBrush(QColor(_WARNING_COLOUR))
        return None

    def display(self, column: int, value: float | None) -> str:
        """The text of an amount cell: money, or a dash for nothing."""
        if value is None or value == 0:
            return "–"
        return format_money(value, self.currency)

    def _reset(
        self,
        headers: list[str],
        rows: list[tuple[str, list[float | None]]],
        warn_rows: set[int],
        currency: str,
    ) -> None:
        self.beginResetModel()
        self._headers, self._rows, self._warn_rows = headers, rows, warn_rows
        self.currency = currency
        self.endResetModel()


class BudgetBySourceModel(_BudgetModel):
    """Rows: the sources of funds, "no source yet" and the total; columns: status and total."""

    def set_actions(self, actions: Iterable[Action], currency: str) -> None:
        """Show the budget of ``actions`` (dropped ones left out) in ``currency``."""
        actions = list(actions)
        by_source = budget_by_source(actions)
        whole = plan_budget(actions)
        headers = [tr("Source of funds"), *(label(s) for s in STATUSES), tr("Total")]
        rows: list[tuple[str, list[float | None]]] = []
        for source in SOURCES:
            summary = by_source[source]
            amounts = [summary.by_status.get(s, 0.0) for s in STATUSES]
            rows.append((source_label(source), [*amounts, summary.total]))
        totals = [whole.by_status.get(s, 0.0) for s in STATUSES]
        rows.append((tr("Total"), [*totals, whole.total]))
        unsourced = SOURCES.index(None)
        warn = {unsourced} if by_source[None].total else set()
        self._reset(headers, rows, warn, currency)


class ObjectiveBudgetModel(_BudgetModel):
    """Rows: the objectives (O1 title …) and the plan total; columns: budget and share."""

    def set_plan(
        self, objectives: Sequence[Objective], actions: Iterable[Action], currency: str
    ) -> None:
        """Show each objective's budget and the plan total in ``currency``."""
        actions = list(actions)
        lines = budget_by_objective(objectives, actions)
        total = plan_budget(actions).total
        headers = [tr("Objective"), tr("Budget"), tr("Share of the plan")]
        language = screen_language()
        rows: list[tuple[str, list[float | None]]] = [
            (
                tr("{code}  {title}").format(
                    code=objective_code(line.number, language), title=line.title
                ),
                [line.amount, line.amount / total if total and line.amount else None],
            )
            for line in lines
        ]
        rows.append((tr("Plan total"), [total, 1.0 if total else None]))
        self._reset(headers, rows, set(), currency)

    def display(self, column: int, value: float | None) -> str:
        """Money in the budget column, a percentage in the share column."""
        if column == 2:
            if value is None:
                return "–"
            return format_percent(value * 100)
        return super().display(column, value)


# --- view --------------------------------------------------------------------------------


def _table(name: str, model: _BudgetModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setFont(scaled_font(table.font(), 1.15))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class BudgetSummaryView(QWidget):
    """The budget of the plan: a source × status table, the objectives' budgets, the total.

    Contract: read-only; rebuilt from the session's cached actions shortly after a change
    to actions, cost lines, objectives or the currency, and only while shown.
    """

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("budget_summary_view")
        self._session = session
        self.by_source = BudgetBySourceModel(self)
        self.by_objective = ObjectiveBudgetModel(self)
        self.total = QLabel()
        self.total.setObjectName("budget_total")
        self.total.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.total.setWordWrap(True)
        self.source_table = _table("budget_by_source", self.by_source)
        self.objective_table = _table("budget_by_objective", self.by_objective)
        source_heading = QLabel(tr("Who pays, and how sure it is"))
        theme.set_role(source_heading, theme.HEADING)
        source_heading.setBuddy(self.source_table)
        objective_heading = QLabel(tr("Budget by objective"))
        theme.set_role(objective_heading, theme.HEADING)
        objective_heading.setBuddy(self.objective_table)
        self.hint = QLabel(
            tr(
                "Sums of the actions' cost-share lines; dropped actions are left out. "
                "Pledged: promised; secured: confirmed; spent: already paid out."
            )
        )
        self.hint.setObjectName("budget_hint")
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, theme.HINT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.total)
        layout.addWidget(source_heading)
        layout.addWidget(self.source_table)
        layout.addSpacing(8)
        layout.addWidget(objective_heading)
        layout.addWidget(self.objective_table, 1)
        layout.addWidget(self.hint)
        QWidget.setTabOrder(self.source_table, self.objective_table)
        self._updates = DeferredRefresh(self, session, self.refresh, BUDGET_TABLES)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the summary was hidden."""
        super().showEvent(event)
        self._updates.catch_up()

    def currency(self) -> str:
        """The plan's currency (a three-letter code)."""
        return self._session.profile().currency or ""

    def refresh(self) -> None:
        """Re-read the actions and objectives and recompute every total."""
        self._updates.settle()
        actions = self._session.actions()
        currency = self.currency()
        self.by_source.set_actions(actions, currency)
        self.by_objective.set_plan(self._session.objectives(), actions, currency)
        self.total.setText(
            tr("Plan budget: {amount}").format(
                amount=format_money(plan_budget(actions).total, currency)
            )
        )
        self._fit(self.source_table)
        self._fit(self.objective_table)

    @staticmethod
    def _fit(table: QTableView) -> None:
        # Sections exist only once the model has columns: the names take the spare width.
        if table.model().columnCount():
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        table.updateGeometry()
