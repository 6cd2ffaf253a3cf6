"""TraceabilityView: SWOT item → option → vision element → objective → action, both ways."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import counted, ordered_actions
from cluster_planner.domain.enums import ItemStatus
from cluster_planner.domain.prioritisation import top_items
from cluster_planner.domain.text import isolate
from cluster_planner.domain.traceability import (
    item_trace,
    latest_revealed_round_id,
    objectives_without_actions,
    unanswered_top_items,
)
from cluster_planner.ui import theme
from cluster_planner.ui.formats import plural
from cluster_planner.ui.plan_codes import snapshot_codes
from cluster_planner.ui.vision_fields import ID_ROLE, scaled_font, tr

if TYPE_CHECKING:
    from cluster_planner.domain.prioritisation import Ranked
    from cluster_planner.domain.snapshot import PlanSnapshot
    from cluster_planner.ui.plan_session import PlanSession

KIND_ROLE = ID_ROLE + 1
UNANSWERED, ALL_TOP = 0, 1  # the ids of the two groups of the priorities tree


def _tree(name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderHidden(True)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setIndentation(22)
    tree.setAlternatingRowColors(True)
    tree.setFont(scaled_font(tree.font(), 1.1))
    # Whole sentences, never elided: a projected "…" hides the very words people discuss.
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return tree


class TraceabilityView(QWidget):
    """Why each objective is there, and where each top-ranked SWOT item leads.

    Reads a plan snapshot (a plain query); rebuilt only when shown after a change.
    """

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("traceability_view")
        self._session = session
        self._dirty = True
        self._first = True
        self.snapshot: PlanSnapshot | None = None
        self.objectives = _tree("trace_objectives")
        self.items = _tree("trace_items")
        self.top_spin = QSpinBox()
        self.top_spin.setObjectName("trace_top_count")
        self.top_spin.setRange(1, 20)
        self.top_spin.setValue(5)
        self.top_spin.valueChanged.connect(lambda _value: self.refresh())
        self.top_caption = QLabel(tr("Top items per quadrant"))
        self.top_caption.setBuddy(self.top_spin)
        self.summary = QLabel()
        self.summary.setObjectName("trace_summary")
        self.summary.setWordWrap(True)
        self.summary.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.hint = QLabel(
            tr(
                "Each objective lists the actions that carry it; actions are planned on the "
                "Action plan page. Dropped actions answer nothing."
            )
        )
        self.hint.setObjectName("trace_hint")
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, theme.HINT)
        self._layout()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        heading = QLabel(tr("Why is each objective here?"))
        theme.set_role(heading, theme.HEADING)
        heading.setBuddy(self.objectives)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.objectives, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        heading_row = QHBoxLayout()
        heading = QLabel(tr("Where do the top priorities lead?"))
        theme.set_role(heading, theme.HEADING)
        heading.setBuddy(self.items)
        heading_row.addWidget(heading, 1)
        heading_row.addWidget(self.top_caption)
        heading_row.addWidget(self.top_spin)
        right_layout.addLayout(heading_row)
        right_layout.addWidget(self.items, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.hint)
        QWidget.setTabOrder(self.objectives, self.top_spin)
        QWidget.setTabOrder(self.top_spin, self.items)

    def mark_changed(self) -> None:
        """Rebuild at once when shown, otherwise the next time the view is shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while another tab was shown."""
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild both trees from a fresh snapshot, keeping what was expanded."""
        self._dirty = False
        snapshot = self._session.snapshot()
        self.snapshot = snapshot
        self._codes()
        expanded = _expanded(self.objectives) | _expanded(self.items)
        self._fill_objectives(snapshot)
        self._fill_items(snapshot)
        for tree in (self.objectives, self.items):
            _expand(tree, expanded)
        if self._first:
            # The first look shows each objective's elements and each priority's options.
            self._first = False
            self.objectives.expandAll()
            self.items.expandAll()

    def _codes(self) -> None:
        assert self.snapshot is not None
        snapshot = self.snapshot
        codes = snapshot_codes(snapshot)
        self.item_code = codes.items
        self.option_code = codes.options
        self.objective_code = codes.objectives
        self.action_code = codes.actions
        self.live_actions = counted(ordered_actions(snapshot.objectives, snapshot.actions))

    # --- labels --------------------------------------------------------------------------

    def _item(
        self, parent: QTreeWidget | QTreeWidgetItem, kind: str, key: int, text: str
    ) -> QTreeWidgetItem:
        node = QTreeWidgetItem(parent, [text])
        node.setData(0, ID_ROLE, key)
        node.setData(0, KIND_ROLE, kind)
        node.setToolTip(0, text)
        return node

    def _swot_text(self, item_id: int) -> str:
        assert self.snapshot is not None
        item = next((i for i in self.snapshot.swot_items if i.id == item_id), None)
        if item is None:
            return "?"
        code = self.item_code.get(item_id, "")
        return tr("SWOT {code}  {statement}").format(code=code, statement=isolate(item.statement))

    def _option_text(self, option_id: int) -> str:
        assert self.snapshot is not None
        option = next((o for o in self.snapshot.options if o.id == option_id), None)
        if option is None:
            return "?"
        return tr("Option {code}  {statement}").format(
            code=self.option_code.get(option_id, ""), statement=isolate(option.statement)
        )

    def _element_text(self, element_id: int) -> str:
        assert self.snapshot is not None
        element = next((e for e in self.snapshot.vision_elements if e.id == element_id), None)
        return tr("Vision element: {name}").format(name=isolate(element.name) if element else "?")

    def _objective_text(self, objective_id: int) -> str:
        assert self.snapshot is not None
        objective = next(o for o in self.snapshot.objectives if o.id == objective_id)
        return tr("Objective {code}  {title}").format(
            code=self.objective_code[objective_id], title=isolate(objective.title)
        )

    def _action_text(self, action_id: int) -> str:
        assert self.snapshot is not None
        action = next(a for a in self.snapshot.actions if a.id == action_id)
        return tr("Action {code}  {title}").format(
            code=self.action_code[action_id], title=isolate(action.title)
        )

    def _add_actions(self, parent: QTreeWidgetItem, objective_id: int) -> None:
        for action in self.live_actions:
            if action.objective_id == objective_id:
                self._item(parent, "action", action.id, self._action_text(action.id))

    # --- objective → … → SWOT item ---------------------------------------------------------

    def _fill_objectives(self, snapshot: PlanSnapshot) -> None:
        self.objectives.clear()
        options = {o.id: o for o in snapshot.options}
        elements = {e.id: e for e in snapshot.vision_elements}
        bold = scaled_font(self.objectives.font(), 1.0, bold=True)
        without_actions = set(objectives_without_actions(snapshot))
        for objective in snapshot.objectives:
            text = self._objective_text(objective.id)
            if objective.id in without_actions:
                text = tr("⚠ {objective} — no action yet").format(objective=text)
            top = self._item(self.objectives, "objective", objective.id, text)
            top.setFont(0, bold)
            if objective.id in without_actions:
                top.setForeground(0, QBrush(QColor("#8a4b00")))
            self._add_actions(top, objective.id)
            under_elements: set[int] = set()
            for element_id in objective.element_ids:
                element = elements.get(element_id)
                if element is None:
                    continue
                node = self._item(top, "element", element_id, self._element_text(element_id))
                for option_id in element.option_ids:
                    under_elements.add(option_id)
                    self._add_option(node, options, option_id)
                for item_id in element.item_ids:
                    self._item(node, "item", item_id, self._swot_text(item_id))
            for option_id in objective.option_ids:
                if option_id not in under_elements:
                    self._add_option(top, options, option_id)
            if not objective.element_ids and not objective.option_ids:
                self._item(
                    top, "note", 0, tr("Not traced yet: tick its vision elements or options")
                )

    def _add_option(self, parent: QTreeWidgetItem, options: dict, option_id: int) -> None:  # type: ignore[type-arg]
        option = options.get(option_id)
        if option is None:
            return
        node = self._item(parent, "option", option_id, self._option_text(option_id))
        for item_id in option.item_ids:
            self._item(node, "item", item_id, self._swot_text(item_id))

    def objective_node(self, objective_id: int) -> QTreeWidgetItem | None:
        """The tree node of an objective, or None."""
        return next(
            (n for n in _children(self.objectives) if n.data(0, ID_ROLE) == objective_id), None
        )

    # --- top SWOT item → … → objective -----------------------------------------------------

    def _fill_items(self, snapshot: PlanSnapshot) -> None:
        self.items.clear()
        self._fill_priorities(snapshot)
        without = len(objectives_without_actions(snapshot))
        if without:
            note = plural("vision_page", "⚠ %n objective(s) with no action yet.", without)
            self.summary.setText(f"{self.summary.text()}  {note}")

    def _fill_priorities(self, snapshot: PlanSnapshot) -> None:
        round_id = latest_revealed_round_id(snapshot)
        if round_id is None:
            self.summary.setText(
                tr(
                    "No voting round revealed yet: the top priorities appear here once the "
                    "diagnostic's votes are revealed."
                )
            )
            return
        per_quadrant = self.top_spin.value()
        unanswered = unanswered_top_items(snapshot, per_quadrant)
        voting_round = next(r for r in snapshot.voting_rounds if r.id == round_id)
        active = [i for i in snapshot.swot_items if i.status is not ItemStatus.DROPPED]
        ranked = sorted(
            (r for rows in top_items(voting_round, active, per_quadrant).values() for r in rows),
            key=lambda r: (r.rank, r.item.id),
        )
        bold = scaled_font(self.items.font(), 1.0, bold=True)
        if unanswered:
            self.summary.setText(
                plural(
                    "vision_page",
                    "⚠ %n top priority(ies) not answered by any objective yet.",
                    len(unanswered),
                )
            )
            group = self._item(
                self.items, "group", UNANSWERED, tr("⚠ Not answered by any objective yet")
            )
            group.setFont(0, bold)
            group.setForeground(0, QBrush(QColor("#8a4b00")))
            for entry in unanswered:
                node = self._item(group, "item", entry.item.id, self._ranked_text(entry))
                node.setFont(0, bold)
                self._add_forward(node, snapshot, entry.item.id)
                if node.childCount() == 0:
                    self._item(node, "note", 0, tr("No option uses it yet"))
            group.setExpanded(True)
        else:
            self.summary.setText(tr("Every top priority is answered by at least one objective."))
        group = self._item(self.items, "group", ALL_TOP, tr("Top priorities and what answers them"))
        group.setFont(0, bold)
        answered = {u.item.id for u in unanswered}
        for entry in ranked:
            text = self._ranked_text(entry)
            if entry.item.id in answered:
                text += "  " + tr("— not answered yet")
            node = self._item(group, "item", entry.item.id, text)
            self._add_forward(node, snapshot, entry.item.id)
        group.setExpanded(True)

    def _ranked_text(self, entry: Ranked) -> str:
        return plural("vision_page", "{item} · rank {rank}, %n dot(s)", entry.score).format(
            item=self._swot_text(entry.item.id), rank=QLocale().toString(entry.rank)
        )

    def _add_forward(self, node: QTreeWidgetItem, snapshot: PlanSnapshot, item_id: int) -> None:
        trace = item_trace(snapshot, item_id)
        elements = {e.id: e for e in snapshot.vision_elements}
        objectives = list(snapshot.objectives)
        shown_elements: set[int] = set()
        for option_id in trace.options:
            option_node = self._item(node, "option", option_id, self._option_text(option_id))
            for objective in objectives:
                if option_id in objective.option_ids:
                    objective_node = self._item(
                        option_node, "objective", objective.id, self._objective_text(objective.id)
                    )
                    self._add_actions(objective_node, objective.id)
            for element_id in trace.elements:
                if option_id in elements[element_id].option_ids:
                    shown_elements.add(element_id)
                    self._add_element(option_node, objectives, element_id)
        for element_id in trace.elements:
            if element_id not in shown_elements:
                self._add_element(node, objectives, element_id)
        for action in self.live_actions:
            # Actions that name the item or one of its options themselves.
            if item_id in action.item_ids or set(trace.options) & set(action.option_ids):
                self._item(node, "action", action.id, self._action_text(action.id))

    def _add_element(self, parent: QTreeWidgetItem, objectives: list, element_id: int) -> None:  # type: ignore[type-arg]
        element_node = self._item(parent, "element", element_id, self._element_text(element_id))
        for objective in objectives:
            if element_id in objective.element_ids:
                objective_node = self._item(
                    element_node, "objective", objective.id, self._objective_text(objective.id)
                )
                self._add_actions(objective_node, objective.id)

    def unanswered_texts(self) -> list[str]:
        """The texts listed under “Not answered by any objective yet”."""
        for group in _children(self.items):
            if group.data(0, KIND_ROLE) == "group" and group.data(0, ID_ROLE) == UNANSWERED:
                return [node.text(0) for node in _children(group)]
        return []


def _path(node: QTreeWidgetItem) -> tuple[tuple[str, int], ...]:
    steps = []
    current: QTreeWidgetItem | None = node
    while current is not None:
        steps.append((str(current.data(0, KIND_ROLE)), int(current.data(0, ID_ROLE))))
        current = current.parent()
    return tuple(reversed(steps))


def _walk(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found: list[QTreeWidgetItem] = []
    stack = _children(tree)
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(_children(node))
    return found


def _children(parent: QTreeWidget | QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The child nodes of a node, or the top-level nodes of a tree."""
    if isinstance(parent, QTreeWidget):
        nodes = [parent.topLevelItem(i) for i in range(parent.topLevelItemCount())]
    else:
        nodes = [parent.child(i) for i in range(parent.childCount())]
    return [n for n in nodes if n is not None]


def _expanded(tree: QTreeWidget) -> set[tuple[tuple[str, int], ...]]:
    return {_path(n) for n in _walk(tree) if n.isExpanded()}


def _expand(tree: QTreeWidget, paths: set[tuple[tuple[str, int], ...]]) -> None:
    for node in _walk(tree):
        if _path(node) in paths:
            node.setExpanded(True)
