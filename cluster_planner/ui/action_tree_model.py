"""The objectives and their actions as a tree model, filtered as the Action plan page asks.

The model reads the plan once and then follows each ``ChangeRecord`` row by row: an
edit to one action changes one row (``dataChanged``), and only a change of structure
(an action added, removed or moved, an objective added or reordered) resets the model.
Reading 2,000 actions again after every keystroke would cost far more than applying
the few rows an edit changed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from cluster_planner.domain.action_plan import ActionFilter, action_total
from cluster_planner.domain.codes import action_code, objective_code, objective_numbers
from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Indicator,
    Milestone,
    Objective,
    Organisation,
    Partner,
)
from cluster_planner.domain.enums import BUILTIN_CATEGORIES, ActionStatus, Horizon, NetworkType
from cluster_planner.domain.records import from_mapping
from cluster_planner.ui.formats import format_date, format_money, format_percent, plural
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.vocabulary import category_label, field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord, RowChange
    from cluster_planner.ui.plan_session import PlanSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # ("objective", id) or ("action", id)
ACTION_MIME_TYPE = "application/x-cluster-planner-action"

# Every column the tree can show, in order; DEFAULT_COLUMNS are shown until the person chooses.
COLUMNS: tuple[str, ...] = (
    "code",
    "title",
    "lead",
    "status",
    "horizon",
    "category",
    "network_type",
    "start",
    "end",
    "progress",
    "budget",
    "partners",
    "milestones",
)
DEFAULT_COLUMNS: tuple[str, ...] = ("code", "title", "lead", "start", "end", "status", "budget")
_NUMERIC_COLUMNS = frozenset({"progress", "budget", "partners", "milestones"})
_COLUMN_COUNT = len(COLUMNS)
_TITLE_COLUMN = COLUMNS.index("title")
_LEAD_COLUMN = COLUMNS.index("lead")

# The tables whose change alters what the tree shows.
WATCHED_TABLES = frozenset(
    {
        "objective",
        "objective_element",
        "objective_option",
        "indicator",
        "action",
        "action_option",
        "action_item",
        "action_partner",
        "milestone",
        "cost_line",
        "organisation",
        "cluster_profile",
    }
)

Index = QModelIndex | QPersistentModelIndex
Entity = Objective | Action

# Plain ints: views ask for data and flags thousands of times while they lay out and paint.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ID = int(ID_ROLE)
_SHOWN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_OBJECTIVE_FLAGS = _SHOWN | Qt.ItemFlag.ItemIsDropEnabled
_ACTION_FLAGS = _SHOWN | Qt.ItemFlag.ItemIsDragEnabled
_TITLE_FLAGS = _ACTION_FLAGS | Qt.ItemFlag.ItemIsEditable


def tr(text: str) -> str:
    """``text`` translated in the Action plan page's context."""
    return QCoreApplication.translate("action_plan", text)


def column_label(key: str) -> str:
    """The header of the column ``key``."""
    labels = {
        "code": tr("Code"),
        "lead": tr("Lead"),
        "network_type": tr("Network"),
        "start": field_label("start_date"),
        "end": field_label("end_date"),
        "budget": tr("Budget"),
        "partners": tr("Partners"),
        "milestones": tr("Milestones"),
    }
    return labels.get(key) or field_label(key)


def short_name(organisation: Organisation) -> str:
    """An organisation as a narrow column names it: its acronym, else its name."""
    return organisation.acronym or organisation.name


def _alignment(key: str) -> int:
    horizontal = (
        Qt.AlignmentFlag.AlignRight if key in _NUMERIC_COLUMNS else Qt.AlignmentFlag.AlignLeft
    )
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


_ALIGNMENTS = tuple(_alignment(key) for key in COLUMNS)


# --- following change records ---------------------------------------------------------------


@dataclass(frozen=True)
class _Nested:
    """Rows of a table that live inside an entity: a tuple of entities or of linked ids."""

    owners: tuple[tuple[str, str], ...]  # (owner column, "objective" or "action")
    field: str
    make: Callable[[Mapping[str, Any]], Any]
    sort_key: Callable[[Any], Any]
    linked: bool = False  # a link table: the tuple holds ids, not entities


def _action_children(field: str, cls: type[Any], *order: str) -> _Nested:
    return _Nested(
        (("action_id", "action"),),
        field,
        lambda row: from_mapping(cls, row),
        lambda child: tuple(getattr(child, name) for name in order),
    )


def _links(owner: str, field: str, column: str) -> _Nested:
    return _Nested(((f"{owner}_id", owner),), field, lambda row: row[column], int, linked=True)


_NESTED: dict[str, _Nested] = {
    "action_partner": _action_children("partners", Partner, "id"),
    "cost_line": _action_children("cost_lines", CostLine, "id"),
    "milestone": _action_children("milestones", Milestone, "date", "id"),
    # An indicator measures an action or an objective.
    "indicator": _Nested(
        (("action_id", "action"), ("objective_id", "objective")),
        "indicators",
        lambda row: from_mapping(Indicator, row),
        lambda i: (i.position, i.id),
    ),
    "action_option": _links("action", "option_ids", "option_id"),
    "action_item": _links("action", "item_ids", "item_id"),
    "objective_element": _links("objective", "element_ids", "element_id"),
    "objective_option": _links("objective", "option_ids", "option_id"),
}


def _entity(cls: type[Any], row: Mapping[str, Any], old: Any = None) -> Any:
    """Entity ``cls`` from a table row, keeping what the row does not hold from ``old``."""
    kept = {} if old is None else {f.name: getattr(old, f.name) for f in dataclasses.fields(cls)}
    return from_mapping(cls, {**kept, **row})


@dataclass
class _Patch:
    """A copy of the tree's content with one change record applied, and what it changed."""

    objectives: dict[int, Objective]
    actions: dict[int, Action]
    organisations: dict[int, Organisation]
    currency: str
    structural: bool = False  # rows appear, vanish or move: the model resets
    everything: bool = False  # codes, names or the currency change: every row repaints
    touched: set[int] = field(default_factory=set)  # action ids whose row changed

    def apply(self, change: RowChange) -> bool:
        """Apply one row change; False when it cannot be followed (the model re-reads)."""
        if change.table == "objective":
            return self._objective(change)
        if change.table == "action":
            return self._action(change)
        if change.table in _NESTED:
            return self._nested(_NESTED[change.table], change)
        if change.table == "organisation":
            self.everything = True
            if change.after is None:
                self.organisations.pop(int(change.key["id"]), None)
            else:
                old = self.organisations.get(int(change.key["id"]))
                self.organisations[int(change.key["id"])] = _entity(Organisation, change.after, old)
        elif change.table == "cluster_profile" and change.after is not None:
            self.currency = str(change.after.get("currency", self.currency))
            self.everything = True
        return True

    def _objective(self, change: RowChange) -> bool:
        objective_id = int(change.key["id"])
        old = self.objectives.get(objective_id)
        if change.after is None:
            self.objectives.pop(objective_id, None)
            self.structural = True
            return True
        if change.before is not None and old is None:
            return False
        self.objectives[objective_id] = _entity(Objective, change.after, old)
        self.structural |= change.before is None or "position" in change.changed_fields
        self.everything = True
        return True

    def _action(self, change: RowChange) -> bool:
        action_id = int(change.key["id"])
        old = self.actions.get(action_id)
        if change.after is None:
            self.actions.pop(action_id, None)
            self.structural = True
            return True
        if change.before is not None and old is None:
            return False
        self.actions[action_id] = _entity(Action, change.after, old)
        moved = {"objective_id", "position"} & change.changed_fields
        self.structural |= change.before is None or bool(moved)
        self.touched.add(action_id)
        return True

    def _nested(self, nested: _Nested, change: RowChange) -> bool:
        row = change.after if change.after is not None else change.before
        assert row is not None
        owner_column, kind = next(
            ((c, k) for c, k in nested.owners if row.get(c) is not None), ("", "")
        )
        if not owner_column:
            return True
        owner_id = int(row[owner_column])
        entities: dict[int, Any] = self.actions if kind == "action" else self.objectives
        owner = entities.get(owner_id)
        if owner is None:
            # The owner went earlier in the same record (a cascade); nothing left to update.
            return change.after is None
        items = list(getattr(owner, nested.field))
        if nested.linked:
            items = [v for v in items if v != nested.make(row)]
        else:
            items = [c for c in items if c.id != change.key["id"]]
        if change.after is not None:
            items.append(nested.make(change.after))
        items.sort(key=nested.sort_key)
        entities[owner_id] = dataclasses.replace(owner, **{nested.field: tuple(items)})
        if kind == "action":
            self.touched.add(owner_id)
        return True


# --- the model ----------------------------------------------------------------------------------


class ActionTreeModel(QAbstractItemModel):
    """Objectives as top-level rows, their actions as children in plan order, filtered.

    Contract: ``setData`` (titles only) and drops run ``update_action`` and
    ``move_action`` through the session, one undo step each, and never change rows
    themselves: the rows follow ``session.changed``. The filter applies when it is set
    and whenever the structure changes; an edit that makes an action stop matching
    leaves it in view until then, so a row never vanishes while it is being edited.
    Each index's internal id is 0 for an objective and its objective's id for an action.
    """

    def __init__(self, session: PlanSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._read_only = session.read_only
        self._filter = ActionFilter()
        # The whole plan …
        self._objective_by_id: dict[int, Objective] = {}
        self._actions: dict[int, Action] = {}
        self._order: list[int] = []  # every objective id, in plan order
        self._plan: dict[int, list[int]] = {}  # objective id -> every action id, in order
        self._numbers: dict[int, int] = {}
        self._organisations: dict[int, Organisation] = {}
        self._currency = ""
        # … and the rows the filter shows.
        self._rows: list[int] = []
        self._children: dict[int, list[int]] = {}
        self._objective_row: dict[int, int] = {}
        self._action_row: dict[int, int] = {}
        # Texts worked out so far, by action id (or -objective id), then by column.
        self._texts: dict[int, dict[int, str]] = {}
        self._labels: dict[Any, str] = {}
        self._headers = [column_label(key) for key in COLUMNS]
        self._bold = QFont()
        self._bold.setBold(True)
        self._grey = QBrush(QColor("#6b6b6b"))
        self._read()
        session.changed.connect(self._on_changed)

    # --- content -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the whole plan again from the session."""
        self.beginResetModel()
        self._read()
        self.endResetModel()

    def _read(self) -> None:
        # Labels are translated when the plan is read, not once per cell painted.
        self._labels = {
            value: label(value) for kind in (ActionStatus, Horizon, NetworkType) for value in kind
        }
        self._labels.update({key: category_label(key) for key in BUILTIN_CATEGORIES})
        self._set_content(
            {o.id: o for o in self._session.objectives()},
            {a.id: a for a in self._session.actions()},
            {o.id: o for o in self._session.organisations()},
            self._session.profile().currency,
        )

    def _set_content(
        self,
        objectives: dict[int, Objective],
        actions: dict[int, Action],
        organisations: dict[int, Organisation],
        currency: str,
    ) -> None:
        self._objective_by_id = objectives
        self._actions = actions
        self._organisations = organisations
        self._currency = currency
        ordered = sorted(objectives.values(), key=lambda o: (o.position, o.id))
        self._order = [o.id for o in ordered]
        self._numbers = objective_numbers(ordered)
        self._plan = {objective_id: [] for objective_id in self._order}
        for action in sorted(actions.values(), key=lambda a: (a.position, a.id)):
            self._plan.setdefault(action.objective_id, []).append(action.id)
        self._choose_rows()

    def _shown_names(self, action: Action) -> str:
        """The lead's name and acronym and the category's label, for the search."""
        lead = self._organisations.get(action.lead_id or 0)
        names = [lead.name, lead.acronym] if lead is not None else []
        names.append(self._labels.get(action.category, action.category))
        return " ".join(names)

    def _choose_rows(self) -> None:
        """Work out the rows the filter shows."""
        self._texts.clear()
        if self._filter.is_empty:
            self._children = {o: list(self._plan[o]) for o in self._order}
            self._rows = list(self._order)
        else:
            matches = self._filter.matches
            self._children = {
                o: [
                    i
                    for i in self._plan[o]
                    if matches(self._actions[i], self.code(i), self._shown_names(self._actions[i]))
                ]
                for o in self._order
            }
            self._rows = [o for o in self._order if self._children[o]]
        self._objective_row = {objective_id: row for row, objective_id in enumerate(self._rows)}
        self._action_row = {
            action_id: row
            for objective_id in self._rows
            for row, action_id in enumerate(self._children[objective_id])
        }

    @property
    def action_filter(self) -> ActionFilter:
        """The filter applied."""
        return self._filter

    def set_action_filter(self, action_filter: ActionFilter) -> None:
        """Show only the actions ``action_filter`` lets through, under their objectives.

        An objective shows when one of its actions matches; with an empty filter every
        objective shows, even one without actions.
        """
        if action_filter == self._filter:
            return
        self.beginResetModel()
        self._filter = action_filter
        self._choose_rows()
        self.endResetModel()

    def _on_changed(self, record: ChangeRecord) -> None:
        if not record.tables & WATCHED_TABLES:
            return
        patch = _Patch(
            dict(self._objective_by_id),
            dict(self._actions),
            dict(self._organisations),
            self._currency,
        )
        if not all(patch.apply(change) for change in record.changes):
            self.refresh()
            return
        if patch.structural:
            self.beginResetModel()
            self._set_content(patch.objectives, patch.actions, patch.organisations, patch.currency)
            self.endResetModel()
            return
        self._objective_by_id, self._actions = patch.objectives, patch.actions
        self._organisations, self._currency = patch.organisations, patch.currency
        self._numbers = objective_numbers(self._objective_by_id.values())
        self._repaint(None if patch.everything else patch.touched)

    def _repaint(self, action_ids: Iterable[int] | None) -> None:
        """Tell the views rows changed: the given actions and their objectives, or all."""
        last = _COLUMN_COUNT - 1
        if action_ids is None:
            self._texts.clear()
            for objective_id in self._rows:
                parent = self.objective_index(objective_id)
                count = len(self._children[objective_id])
                if count:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(count - 1, last, parent)
                    )
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last))
            return
        objectives = set()
        for action_id in action_ids:
            self._texts.pop(action_id, None)
            objectives.add(self._actions[action_id].objective_id)
            index = self.action_index(action_id)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(last))
        for objective_id in objectives:
            self._texts.pop(-objective_id, None)
            index = self.objective_index(objective_id)
            if index.isValid():
                self.dataChanged.emit(index, index.siblingAtColumn(last))

    # --- lookups -------------------------------------------------------------------------------

    def objectives(self) -> list[Objective]:
        """Every objective, in plan order (shown or not)."""
        return [self._objective_by_id[i] for i in self._order]

    def action_ids(self, objective_id: int) -> list[int]:
        """The ids of every action of an objective, in plan order (shown or not)."""
        return list(self._plan.get(objective_id, ()))

    def shown_action_ids(self, objective_id: int) -> list[int]:
        """The ids of an objective's actions the filter shows, in plan order."""
        return list(self._children.get(objective_id, ()))

    def action(self, action_id: int) -> Action | None:
        """The action with ``action_id`` as the tree shows it, or None."""
        return self._actions.get(action_id)

    def objective_code(self, objective_id: int) -> str:
        """An objective's code (Obj2)."""
        return objective_code(self._numbers.get(objective_id, 0), screen_language())

    def code(self, action_id: int) -> str:
        """An action's code (A2.3), or an empty string for an unknown action."""
        action = self._actions.get(action_id)
        if action is None:
            return ""
        return action_code(self._numbers.get(action.objective_id, 0), action.number)

    def categories(self) -> list[str]:
        """The categories the actions use, in the order they first appear."""
        return list(dict.fromkeys(a.category for a in self._actions.values() if a.category))

    def objective_index(self, objective_id: int, column: int = 0) -> QModelIndex:
        """The index of an objective's row (invalid when unknown or filtered out)."""
        row = self._objective_row.get(objective_id)
        return QModelIndex() if row is None else self.createIndex(row, column, 0)

    def action_index(self, action_id: int, column: int = 0) -> QModelIndex:
        """The index of an action's row (invalid when unknown or filtered out)."""
        row = self._action_row.get(action_id)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, column, self._actions[action_id].objective_id)

    def entity(self, index: Index) -> Entity | None:
        """The objective or action shown at ``index`` (None for the root)."""
        if not index.isValid():
            return None
        objective_id = index.internalId()
        if objective_id == 0:
            return self._objective_by_id[self._rows[index.row()]]
        return self._actions[self._children[objective_id][index.row()]]

    @staticmethod
    def column_of(key: str) -> int:
        """The column that shows ``key`` (one of COLUMNS)."""
        return COLUMNS.index(key)

    # --- structure -----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if row < 0 or not 0 <= column < _COLUMN_COUNT:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self._rows) else QModelIndex()
        if parent.internalId() != 0 or parent.column() != 0:
            return QModelIndex()
        objective_id = self._rows[parent.row()]
        if row < len(self._children[objective_id]):
            return self.createIndex(row, column, objective_id)
        return QModelIndex()

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: Index) -> QModelIndex: ...
    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        objective_id = child.internalId() if child.isValid() else 0
        if objective_id == 0:
            return QModelIndex()
        return self.createIndex(self._objective_row[objective_id], 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() != 0 or parent.column() != 0:
            return 0
        return len(self._children[self._rows[parent.row()]])

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return _COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMN_COUNT:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._headers[section]  # the tooltip says a cut heading whole
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGNMENTS[section]
        return None

    # --- data ------------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._text(index, index.column())
        if role == _ALIGNMENT:
            return _ALIGNMENTS[index.column()]
        entity = self.entity(index)
        is_objective = isinstance(entity, Objective)
        if role == _FONT:
            return self._bold if is_objective else None
        if role == _FOREGROUND:
            dropped = isinstance(entity, Action) and entity.status is ActionStatus.DROPPED
            return self._grey if dropped else None
        if role == _ID and entity is not None:
            return ("objective" if is_objective else "action", entity.id)
        if role == _EDIT and entity is not None and index.column() == _TITLE_COLUMN:
            return entity.title
        if role == _TOOLTIP:
            return self._tooltip(index, entity)
        if role == _EDIT:
            return self._text(index, index.column())
        return None

    def _tooltip(self, index: Index, entity: Entity | None) -> str:
        """The lead's full name over the lead column, else the row's code and title."""
        if isinstance(entity, Action) and index.column() == _LEAD_COLUMN:
            lead = self._organisations.get(entity.lead_id or 0)
            if lead is not None:
                return lead.name
        return f"{self._text(index, 0)}  {self._text(index, 1)}"

    def _text(self, index: Index, column: int) -> str:
        """One cell's text, worked out once until the row changes (only the cells shown)."""
        objective_id = index.internalId()
        if objective_id == 0:
            objective = self._objective_by_id[self._rows[index.row()]]
            texts = self._texts.setdefault(-objective.id, {})
            if column not in texts:
                texts[column] = self._objective_text(objective, COLUMNS[column])
            return texts[column]
        action_id = self._children[objective_id][index.row()]
        texts = self._texts.setdefault(action_id, {})
        if column not in texts:
            texts[column] = self._action_text(self._actions[action_id], COLUMNS[column])
        return texts[column]

    def _action_text(self, action: Action, key: str) -> str:
        match key:
            case "code":
                return self.code(action.id)
            case "title":
                return action.title
            case "lead":
                lead = self._organisations.get(action.lead_id or 0)
                return short_name(lead) if lead is not None else "—"
            case "status":
                return self._labels[action.status]
            case "horizon":
                return self._labels[action.horizon] if action.horizon else "—"
            case "network_type":
                return self._labels[action.network_type] if action.network_type else "—"
            case "category":
                return self._labels.get(action.category, action.category) or "—"
            case "start":
                return format_date(action.start_date)
            case "end":
                return format_date(action.end_date)
            case "progress":
                return format_percent(action.progress)
            case "budget" if action.cost_lines:
                return format_money(action_total(action), self._currency)
            case "budget":
                return "—"
            case "partners":
                return QLocale().toString(len(action.partners))
            case "milestones":
                return QLocale().toString(len(action.milestones))
        return ""

    def _objective_text(self, objective: Objective, key: str) -> str:
        """An objective's summary: its code and title, then totals over its actions."""
        counted = [
            a
            for a in map(self._actions.__getitem__, self._plan[objective.id])
            if a.status is not ActionStatus.DROPPED
        ]
        match key:
            case "code":
                return self.objective_code(objective.id)
            case "title":
                return objective.title
            case "status":
                return _count_text(len(counted))
            case "start":
                return format_date(
                    min((a.start_date for a in counted if a.start_date), default=None)
                )
            case "end":
                return format_date(max((a.end_date for a in counted if a.end_date), default=None))
            case "progress" if counted:
                return format_percent(sum(a.progress for a in counted) / len(counted))
            case "budget" if any(a.cost_lines for a in counted):
                return format_money(sum(action_total(a) for a in counted), self._currency)
            case "budget":
                return "—"
        return ""

    # --- editing -------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._read_only:
            return _SHOWN
        if index.internalId() == 0:
            return _OBJECTIVE_FLAGS
        return _TITLE_FLAGS if index.column() == _TITLE_COLUMN else _ACTION_FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        entity = self.entity(index)
        if (
            role != Qt.ItemDataRole.EditRole
            or not isinstance(entity, Action)
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        title = str(value or "").strip()
        if not title:
            return False
        if title == entity.title:
            return True
        return (
            self._session.run(self._session.document.update_action, entity.id, title=title)
            is not None
        )

    # --- drag and drop -------------------------------------------------------------------------

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACTION_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        entities = (self.entity(index) for index in indexes)
        ids = dict.fromkeys(e.id for e in entities if isinstance(e, Action))
        data = QMimeData()
        data.setData(ACTION_MIME_TYPE, QByteArray(",".join(map(str, ids)).encode("ascii")))
        return data

    def _dragged_action(self, data: QMimeData) -> int | None:
        """The one action ``data`` carries, or None."""
        if not data.hasFormat(ACTION_MIME_TYPE):
            return None
        text = bytes(data.data(ACTION_MIME_TYPE).data()).decode("ascii")
        ids = [int(part) for part in text.split(",") if part.isdigit()]
        return ids[0] if len(ids) == 1 and ids[0] in self._actions else None

    def _drop_target(self, row: int, parent: Index) -> tuple[int, Index]:
        """A drop onto an action's row lands just after that action, under its objective."""
        if parent.isValid() and parent.internalId() != 0:
            return parent.row() + 1, parent.parent()
        return row, parent

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        row, parent = self._drop_target(row, parent)
        return (
            not self._read_only
            and action == Qt.DropAction.MoveAction
            and parent.isValid()
            and parent.internalId() == 0
            and self._dragged_action(data) is not None
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        row, parent = self._drop_target(row, parent)
        action_id = self._dragged_action(data)
        assert action_id is not None
        objective_id = self._rows[parent.row()]
        place = self.drop_place(action_id, objective_id, row)
        if place is None:
            return False
        return (
            self._session.run(self._session.document.move_action, action_id, objective_id, place)
            is not None
        )

    def drop_place(self, action_id: int, objective_id: int, row: int) -> int | None:
        """The ``move_action`` index for a drop before shown ``row`` (None: nothing moves).

        ``row`` counts the rows shown under the objective; -1 or past the end means the end.
        """
        shown = self._children[objective_id]
        everything = self._plan[objective_id]
        before = everything.index(shown[row]) if 0 <= row < len(shown) else len(everything)
        current = everything.index(action_id) if action_id in everything else None
        if current is not None and current < before:
            before -= 1  # move_action counts places among the other actions
        return None if before == current else before


def _count_text(count: int) -> str:
    if count == 0:
        return tr("No actions yet")
    return plural("action_plan", "%n action(s)", count)
