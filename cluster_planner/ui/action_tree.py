"""ActionTree: the objectives → actions tree of the Action plan page, with its filter bar."""

from __future__ import annotations

import datetime as dt
import itertools
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import ActionFilter
from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.entities import Action, Objective
from cluster_planner.domain.enums import BUILTIN_CATEGORIES, ActionStatus, Horizon
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo
from cluster_planner.ui.action_tree_model import (
    COLUMNS,
    DEFAULT_COLUMNS,
    ActionTreeModel,
    column_label,
    tr,
)
from cluster_planner.ui.formats import format_date, format_money, plural
from cluster_planner.ui.key_names import undo_keys
from cluster_planner.ui.read_only_guard import mark_view_control
from cluster_planner.ui.vocabulary import category_label, choices, label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

COLUMNS_KEY = "action_plan/columns"
_ALWAYS_SHOWN = "title"  # the column a new action's title is typed in
# Column widths in average characters, so they grow with the (projected) font.
_COLUMN_WIDTHS = {
    "code": 7,
    "title": 36,
    "lead": 16,
    "status": 10,
    "horizon": 12,
    "category": 16,
    "network_type": 12,
    "start": 11,
    "end": 11,
    "progress": 6,
    "budget": 11,
    "partners": 6,
    "milestones": 6,
}
_FILTER_TABLES = frozenset({"organisation", "objective", "action"})
_NOT_FOUND = object()


class ActionTree(QWidget):
    """Objectives and their actions in a tree, with a filter bar and the commands to arrange them.

    Contract: every command is one ``session.run`` call (one undo step); the tree keeps
    the current action selected across moves, undo and redo. ``action_selected`` carries
    the current action's id (None on an objective row or nothing); ``objective_selected``
    carries the id of the objective row that is current (None on an action row or nothing).
    """

    action_selected = Signal(object)
    objective_selected = Signal(object)

    def __init__(
        self,
        session: PlanSession,
        prompter: Prompter,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("action_tree")
        self._session = session
        self._prompter = prompter
        self._settings = settings if settings is not None else QSettings()
        self._collapsed: set[int] = set()
        # While the model resets: (kind, id, objective id, row, objective row) of the current row.
        self._kept: tuple[str, int, int, int, int] | None = None
        self._emitted: tuple[object, object] = (_NOT_FOUND, _NOT_FOUND)
        self._filter_entries: dict[str, list[tuple[str, Any]]] = {}

        self.model = ActionTreeModel(session, self)
        self._build_filter_bar()
        self._build_view()
        self._make_actions()
        self._make_column_actions()
        self._layout()

        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.view.expanded.connect(lambda index: self._collapsed.discard(self._objective_at(index)))
        self.view.collapsed.connect(lambda index: self._collapsed.add(self._objective_at(index)))
        session.changed.connect(self._on_changed)

        self._fill_filters()
        self._show_columns(self.visible_columns())
        self._restore_expansion()
        self._select_first()
        self._update_empty()
        self._update_actions()

    # --- building ------------------------------------------------------------------------------

    def _build_filter_bar(self) -> None:
        self.search = QLineEdit()
        mark_view_control(self.search)
        self.search.setObjectName("action_search")
        self.search.setPlaceholderText(tr("Find actions…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Find actions"))
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._go_to_results)
        self.lead_filter = self._filter_combo("action_lead_filter", tr("Lead"))
        self.partner_filter = self._filter_combo("action_partner_filter", tr("Partner"))
        self.status_filter = self._filter_combo("action_status_filter", tr("Status"))
        self.category_filter = self._filter_combo("action_category_filter", tr("Category"))
        self.objective_filter = self._filter_combo("action_objective_filter", tr("Objective"))
        self.horizon_filter = self._filter_combo("action_horizon_filter", tr("Horizon"))
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setObjectName("action_filter_clear")
        self.clear_button.setToolTip(tr("Show every action again"))
        self.clear_button.clicked.connect(self.clear_filter)

    def _filter_combo(self, name: str, accessible_name: str) -> QComboBox:
        combo = QComboBox()
        mark_view_control(combo)
        combo.setObjectName(name)
        fit_combo(combo, accessible_name, letters=9)
        combo.currentIndexChanged.connect(self._apply_filter)
        return combo

    @property
    def filter_combos(self) -> list[QComboBox]:
        """The filter bar's drop-downs, in tab order."""
        return [
            self.lead_filter,
            self.partner_filter,
            self.status_filter,
            self.category_filter,
            self.objective_filter,
            self.horizon_filter,
        ]

    def _size_columns(self, view: QTreeView) -> None:
        """Widths from the widest text each column shows (bold, as objective rows are)."""
        bold = QFont(view.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        character = metrics.averageCharWidth()
        samples = {
            "start": format_date(dt.date(2027, 9, 30)),
            "end": format_date(dt.date(2027, 9, 30)),
            "budget": format_money(8_888_888, self._session.profile().currency),
            "status": label(ActionStatus.IN_PROGRESS),
        }
        header = view.header()
        for key, width in _COLUMN_WIDTHS.items():
            text = samples.get(key, "x" * width)
            size = max(metrics.horizontalAdvance(text), width * character) + 16
            if key == "code":  # the code column also holds the indentation and branch marks
                size += 2 * view.indentation()
            header.resizeSection(ActionTreeModel.column_of(key), size)

    def _build_view(self) -> None:
        view = QTreeView()
        view.setObjectName("action_tree_view")
        view.setAccessibleName(tr("Objectives and their actions"))
        view.setModel(self.model)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setAllColumnsShowFocus(True)
        view.setAnimated(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        editable = not self._session.read_only
        view.setDragEnabled(editable)
        view.setAcceptDrops(editable)
        view.setDropIndicatorShown(editable)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropMode(
            QAbstractItemView.DragDropMode.InternalMove
            if editable
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Room around each row: the tree is read from the back of a hall.
        view.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        header = view.header()
        header.setSectionsMovable(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            ActionTreeModel.column_of("title"), QHeaderView.ResizeMode.Stretch
        )
        self._size_columns(view)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.view = view
        view.installEventFilter(self)
        # No focus proxy: a proxy would take the search field and the filters out of the
        # Tab cycle (Qt skips the children of a widget that hands its focus on).

        self.empty_hint = QLabel(
            tr(
                "This plan has no strategic objectives yet. Objectives are set on the Vision "
                "page; their actions are planned here."
            )
        )
        self.empty_hint.setObjectName("action_tree_empty")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setMargin(12)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        theme.set_role(self.empty_hint, theme.HINT)

    def _action(self, name: str, text: str, slot: Any, shortcut: QKeySequence | None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        # On the tree only: in the search field these keys edit text.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.add_action = self._action(
            "action_plan_add", tr("&New Action"), self.add_new, QKeySequence(Qt.Key.Key_Insert)
        )
        self.search.addAction(self.add_action)
        self.delete_action = self._action(
            "action_plan_delete",
            tr("&Delete Action"),
            self.delete_current,
            QKeySequence(QKeySequence.StandardKey.Delete),
        )
        self.move_up = self._action(
            "action_plan_move_up",
            tr("Move Action &Up"),
            partial(self.move_by, -1),
            QKeySequence("Ctrl+Up"),
        )
        self.move_down = self._action(
            "action_plan_move_down",
            tr("Move Action Do&wn"),
            partial(self.move_by, 1),
            QKeySequence("Ctrl+Down"),
        )
        self.move_to_previous_objective = self._action(
            "action_plan_move_to_previous_objective",
            tr("Move to &Previous Objective"),
            partial(self.move_to_objective_by, -1),
            QKeySequence("Ctrl+Shift+Up"),
        )
        self.move_to_next_objective = self._action(
            "action_plan_move_to_next_objective",
            tr("Move to Ne&xt Objective"),
            partial(self.move_to_objective_by, 1),
            QKeySequence("Ctrl+Shift+Down"),
        )
        self.renumber = self._action(
            "action_plan_renumber",
            tr("&Renumber Actions of the Objective"),
            self.renumber_current,
            None,
        )
        self.renumber.setToolTip(
            tr("Number the objective's actions 1, 2, 3 … in their order, closing gaps")
        )

    def _make_column_actions(self) -> None:
        self.column_actions: dict[str, QAction] = {}
        for key in COLUMNS:
            action = QAction(column_label(key), self)
            action.setObjectName(f"action_plan_column_{key}")
            action.setCheckable(True)
            action.setEnabled(key != _ALWAYS_SHOWN)
            action.toggled.connect(partial(self.set_column_visible, key))
            self.column_actions[key] = action

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        combos = QHBoxLayout()
        combos.setSpacing(6)
        for combo in self.filter_combos:
            combos.addWidget(combo, 1)
        tree_page = QWidget()
        tree_layout = QVBoxLayout(tree_page)
        tree_layout.setContentsMargins(0, 0, 0, 0)
        tree_layout.setSpacing(4)
        tree_layout.addLayout(top)
        tree_layout.addLayout(combos)
        tree_layout.addWidget(self.view, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(tree_page)
        self.stack.addWidget(self.empty_hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        chain: list[QWidget] = [self.search, self.clear_button, *self.filter_combos, self.view]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def edit_actions(self) -> list[QAction]:
        """The commands the main window puts in its Edit menu while the tree is shown."""
        return [
            self.add_action,
            self.delete_action,
            self.move_up,
            self.move_down,
            self.move_to_previous_objective,
            self.move_to_next_objective,
            self.renumber,
        ]

    # --- the current row ---------------------------------------------------------------------

    def _objective_at(self, index: QModelIndex) -> int:
        entity = self.model.entity(index)
        return entity.id if isinstance(entity, Objective) else -1

    def current_action_id(self) -> int | None:
        """The id of the action in the current row, or None."""
        entity = self.model.entity(self.view.currentIndex())
        return entity.id if isinstance(entity, Action) else None

    def current_objective_id(self) -> int | None:
        """The objective of the current row: the objective itself, or the action's objective."""
        entity = self.model.entity(self.view.currentIndex())
        if isinstance(entity, Action):
            return entity.objective_id
        return entity.id if entity is not None else None

    def _current_action(self) -> Action | None:
        entity = self.model.entity(self.view.currentIndex())
        return entity if isinstance(entity, Action) else None

    def select_action(self, action_id: int) -> bool:
        """Make the action with ``action_id`` current (clearing a filter that hides it)."""
        if self.model.action(action_id) is None:
            return False
        if not self.model.action_index(action_id).isValid():
            self.clear_filter()
        index = self.model.action_index(action_id)
        self.view.expand(index.parent())
        self._set_current(index)
        return True

    def select_objective(self, objective_id: int) -> bool:
        """Make the objective with ``objective_id`` current (clearing a filter that hides it)."""
        if all(o.id != objective_id for o in self.model.objectives()):
            return False
        if not self.model.objective_index(objective_id).isValid():
            self.clear_filter()
        self._set_current(self.model.objective_index(objective_id))
        return True

    def _set_current(self, index: QModelIndex) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().setCurrentIndex(
            index, flags | QItemSelectionModel.SelectionFlag.Rows
        )
        if index.isValid():
            self.view.scrollTo(index)

    def _select_first(self) -> None:
        for row in range(self.model.rowCount()):
            objective = self.model.index(row, 0)
            if self.model.rowCount(objective):
                self._set_current(self.model.index(0, 0, objective))
                return
        if self.model.rowCount():
            self._set_current(self.model.index(0, 0))

    def _on_current_changed(self, *_args: Any) -> None:
        if self._kept is not None:
            return  # a reset is under way; the row is put back afterwards
        entity = self.model.entity(self.view.currentIndex())
        objective_id = entity.id if isinstance(entity, Objective) else None
        action_id = entity.id if isinstance(entity, Action) else None
        previous_objective, previous_action = self._emitted
        self._emitted = (objective_id, action_id)
        if objective_id != previous_objective:
            self.objective_selected.emit(objective_id)
        if action_id != previous_action:
            self.action_selected.emit(action_id)
        self._update_actions()

    # --- keeping the row across resets ----------------------------------------------------------

    def _remember_current(self) -> None:
        current = self.view.currentIndex()
        entity = self.model.entity(current)
        if entity is None:
            self._kept = ("", 0, 0, 0, 0)
        elif isinstance(entity, Action):
            parent_row = current.parent().row()
            self._kept = ("action", entity.id, entity.objective_id, current.row(), parent_row)
        else:
            self._kept = ("objective", entity.id, entity.id, current.row(), current.row())

    def _after_reset(self) -> None:
        kept, self._kept = self._kept, None
        self._restore_expansion()
        if kept is None or not kept[0]:
            self._on_current_changed()
            return
        kind, entity_id, objective_id, row, objective_row = kept
        found = self.model.action_index(entity_id) if kind == "action" else QModelIndex()
        if not found.isValid():
            found = self._nearby(kind, objective_id, row, objective_row)
        self._set_current(found)
        self._on_current_changed()

    def _nearby(self, kind: str, objective_id: int, row: int, objective_row: int) -> QModelIndex:
        """The row that takes the place of one that went: a sibling, else its objective."""
        objective = self.model.objective_index(objective_id)
        if not objective.isValid():
            count = self.model.rowCount()
            return self.model.index(min(objective_row, count - 1), 0) if count else QModelIndex()
        siblings = self.model.rowCount(objective)
        if kind == "action" and siblings:
            return self.model.index(min(row, siblings - 1), 0, objective)
        return objective

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Swallow the move keys when a move is not possible (at the top, at the end).

        The commands are disabled there, so without this the tree would take Ctrl+Up as
        "go up a row" and the next press would move a different action.
        """
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            return True
        return super().eventFilter(watched, event)

    def _restore_expansion(self) -> None:
        if not self._collapsed:
            self.view.expandAll()  # one layout pass instead of one per objective
            return
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self._objective_at(index) not in self._collapsed:
                self.view.expand(index)

    def _on_changed(self, record: ChangeRecord) -> None:
        if record.tables & _FILTER_TABLES:
            self._fill_filters()
        if record.tables & {"objective", "action"}:
            self._update_empty()
        self._update_actions()

    def _update_empty(self) -> None:
        empty = not self.model.rowCount()
        self.stack.setCurrentIndex(1 if empty else 0)

    def _update_actions(self) -> None:
        editable = not self._session.read_only
        action = self._current_action()
        self.add_action.setEnabled(editable and self.model.rowCount() > 0)
        self.delete_action.setEnabled(editable and action is not None)
        self.move_up.setEnabled(editable and self._sibling(-1) is not None)
        self.move_down.setEnabled(editable and self._sibling(1) is not None)
        place = self._objective_place(action)
        last = len(self.model.objectives()) - 1
        self.move_to_previous_objective.setEnabled(editable and place is not None and place > 0)
        self.move_to_next_objective.setEnabled(editable and place is not None and place < last)
        self.renumber.setEnabled(editable and self.current_objective_id() is not None)

    def _objective_place(self, action: Action | None) -> int | None:
        """Where the action's objective stands in plan order (shown or not)."""
        if action is None:
            return None
        ids = [o.id for o in self.model.objectives()]
        return ids.index(action.objective_id) if action.objective_id in ids else None

    # --- commands ------------------------------------------------------------------------------

    def add_new(self) -> None:
        """Add "New action" after the current action (or at the end of the current objective).

        The title cell opens for typing straight away.
        """
        objective_id = self.current_objective_id()
        if objective_id is None and self.model.rowCount():
            objective_id = self.model.objectives()[-1].id
        if objective_id is None or self._session.read_only:
            return
        current = self._current_action()
        place = None
        if current is not None:
            place = self.model.action_ids(objective_id).index(current.id) + 1
        record = self._session.run(
            self._session.document.add_action, objective_id, index=place, title=tr("New action")
        )
        if record is None:
            return
        action_id = inserted_id(record, "action")
        self.select_action(action_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(self.model.action_index(action_id, ActionTreeModel.column_of("title")))

    def delete_current(self) -> None:
        """Delete the current action (asking first when partners, costs or milestones go too)."""
        action = self._current_action()
        if action is None or self._session.read_only:
            return
        if (action.partners or action.cost_lines or action.milestones) and not (
            self._prompter.confirm(
                self, tr("Delete action"), self._delete_question(action), tr("Delete action")
            )
        ):
            return
        self._session.run(self._session.document.delete_action, action.id)

    def _delete_question(self, action: Action) -> str:
        parts = [
            plural("action_plan", "%n partner(s)", len(action.partners)),
            plural("action_plan", "%n cost line(s)", len(action.cost_lines)),
            plural("action_plan", "%n milestone(s)", len(action.milestones)),
        ]
        counts = (len(action.partners), len(action.cost_lines), len(action.milestones))
        listed = ", ".join(part for part, count in zip(parts, counts, strict=True) if count)
        return tr(
            "{code} “{title}” has {things}. Delete the action with all of them? "
            "Undo ({undo}) brings everything back."
        ).format(
            code=self.model.code(action.id), title=action.title, things=listed, undo=undo_keys()
        )

    def _sibling(self, step: int) -> int | None:
        """The id of the visible action ``step`` rows away under the same objective, or None."""
        current = self.view.currentIndex()
        if self._current_action() is None:
            return None
        entity = self.model.entity(current.siblingAtRow(current.row() + step))
        return entity.id if isinstance(entity, Action) else None

    def move_by(self, step: int) -> None:
        """Move the current action up (-1) or down (1) past the next visible action."""
        action = self._current_action()
        neighbour = self._sibling(step)
        if action is None or neighbour is None or self._session.read_only:
            return
        place = self.model.action_ids(action.objective_id).index(neighbour)
        self._move(action.id, action.objective_id, place)

    def move_to_objective_by(self, step: int) -> None:
        """Move the current action to the end of the previous (-1) or next (1) objective."""
        action = self._current_action()
        place = self._objective_place(action)
        if action is None or place is None or self._session.read_only:
            return
        objectives = self.model.objectives()
        if not 0 <= place + step < len(objectives):
            return
        target = objectives[place + step].id
        self._move(action.id, target, len(self.model.action_ids(target)))

    def _move(self, action_id: int, objective_id: int, place: int) -> None:
        if (
            self._session.run(self._session.document.move_action, action_id, objective_id, place)
            is not None
        ):
            self.select_action(action_id)

    def renumber_current(self) -> None:
        """Number the current objective's actions 1, 2, 3 … in their order."""
        objective_id = self.current_objective_id()
        if objective_id is not None and not self._session.read_only:
            self._session.run(self._session.document.renumber_actions, objective_id)

    # --- filtering -----------------------------------------------------------------------------

    def focus_filter(self) -> None:
        """Put the cursor in the search field, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_filter(self) -> ActionFilter:
        """The filter the bar describes."""
        status = self.status_filter.currentData()
        horizon = self.horizon_filter.currentData()
        return ActionFilter(
            text=self.search.text().strip(),
            lead_id=self.lead_filter.currentData(),
            partner_id=self.partner_filter.currentData(),
            status=ActionStatus(status) if status else None,
            category=self.category_filter.currentData(),
            objective_id=self.objective_filter.currentData(),
            horizon=Horizon(horizon) if horizon else None,
        )

    def clear_filter(self) -> None:
        """Show every action again."""
        for widget in (self.search, *self.filter_combos):
            widget.blockSignals(True)
        self.search.clear()
        for combo in self.filter_combos:
            combo.setCurrentIndex(0)
        for widget in (self.search, *self.filter_combos):
            widget.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self, *_args: Any) -> None:
        self.model.set_action_filter(self.current_filter())
        if not self.view.currentIndex().isValid():
            self._select_first()

    def _go_to_results(self) -> None:
        if not self.view.currentIndex().isValid():
            self._select_first()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_filters(self) -> None:
        organisations = sorted(self._session.organisations(), key=lambda o: o.name.casefold())
        names = [(o.name, o.id) for o in organisations]
        builtin = [(category_label(key), key) for key in BUILTIN_CATEGORIES]
        own = [(c, c) for c in sorted(set(self.model.categories()) - set(BUILTIN_CATEGORIES))]
        objectives = [
            (f"{self.model.objective_code(o.id)}  {o.title}", o.id) for o in self.model.objectives()
        ]
        entries: list[tuple[QComboBox, str, list[tuple[str, Any]]]] = [
            (self.lead_filter, tr("Any lead"), names),
            (self.partner_filter, tr("Any partner"), names),
            (self.status_filter, tr("Any status"), choices(ActionStatus)),
            (self.category_filter, tr("Any category"), [*builtin, *own]),
            (self.objective_filter, tr("Every objective"), objectives),
            (self.horizon_filter, tr("Any horizon"), choices(Horizon)),
        ]
        lost = False
        for combo, everything, options in entries:
            wanted = [(everything, None), *options]
            if self._filter_entries.get(combo.objectName()) != wanted:
                self._filter_entries[combo.objectName()] = wanted
                lost |= _fill_combo(combo, wanted)
        if lost:
            self._apply_filter()

    # --- columns -------------------------------------------------------------------------------

    def visible_columns(self) -> list[str]:
        """The keys of the columns shown, as the person last chose them."""
        value = self._settings.value(COLUMNS_KEY)
        # An INI file gives a single entry back as a plain string.
        stored = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        keys = [k for k in COLUMNS if k in {str(v) for v in stored}]
        if not keys:
            keys = list(DEFAULT_COLUMNS)
        return keys if _ALWAYS_SHOWN in keys else [_ALWAYS_SHOWN, *keys]

    def set_column_visible(self, key: str, visible: bool) -> None:
        """Show or hide the column ``key`` and remember the choice."""
        if key == _ALWAYS_SHOWN and not visible:
            return
        keys = set(self.visible_columns())
        keys = keys | {key} if visible else keys - {key}
        shown = [k for k in COLUMNS if k in keys]
        self._settings.setValue(COLUMNS_KEY, shown)
        self._show_columns(shown)

    def _show_columns(self, keys: list[str]) -> None:
        for key in COLUMNS:
            visible = key in keys
            self.view.setColumnHidden(ActionTreeModel.column_of(key), not visible)
            action = self.column_actions[key]
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addActions(list(self.column_actions.values()))
        menu.exec(self.view.header().mapToGlobal(position))


def _fill_combo(combo: QComboBox, wanted: list[tuple[str, Any]]) -> bool:
    """Offer ``wanted`` (text, value) entries, keeping the choice; True when it was lost."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, value in wanted:
        combo.addItem(text, value)
    row = next((i for i, (_, v) in enumerate(wanted) if v is not None and v == kept), 0)
    combo.setCurrentIndex(row)
    combo.blockSignals(False)
    return kept is not None and row == 0
