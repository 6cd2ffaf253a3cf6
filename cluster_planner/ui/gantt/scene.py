"""TimelineScene: one thin item per shown row of the action plan, kept in step with the plan.

Contract: items only paint, hit-test and follow the mouse; every edit goes through
``PlanSession.run`` when a drag ends (one undo step per drag, successors moved along
included), and the scene then refreshes from ``session.changed``, touching only the
items of the actions, milestones and dependencies the change record names.
"""

from __future__ import annotations

import datetime as dt
import gc
import time
import weakref
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import zip_longest

from PySide6.QtCore import (
    QCoreApplication,
    QLineF,
    QObject,
    QPointF,
    QRect,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QScrollBar,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cluster_planner.domain.action_plan import days_late, violated_dependencies
from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.codes import action_codes, objective_code, objective_numbers
from cluster_planner.domain.entities import Action, Dependency, Objective
from cluster_planner.domain.enums import ActionStatus, DependencyKind
from cluster_planner.domain.timeline import (
    STATUS_STYLE,
    RowLayout,
    TimeGrid,
    link_points,
    plan_span,
    shifted,
    styles_for,
)
from cluster_planner.ui.formats import format_date, format_percent, plural
from cluster_planner.ui.gantt import style
from cluster_planner.ui.gantt.bar_item import BarItem, SummaryBarItem
from cluster_planner.ui.gantt.baseline_item import BASELINE_COLOUR, BaselineItem
from cluster_planner.ui.gantt.layer import LowerLayer, UpperLayer
from cluster_planner.ui.gantt.link_item import LinkItem
from cluster_planner.ui.gantt.milestone_item import MilestoneItem
from cluster_planner.ui.gantt.style import BarLook, ChartLook, ColourBy, bar_look
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.plan_session import PlanSession
from cluster_planner.ui.vocabulary import category_label, label

OVERLAY_Z = 10.0
# Room kept beyond the plan's last day, so the last bars can show their labels beside them.
LABEL_ROOM = 240.0
FALLBACK_STYLE = ("#7F7F7F", "solid")
WHOLE = QRectF()  # render()'s "the whole scene" / "the whole device"
LAYOUT_SLICE = 0.004  # seconds of placing off-screen items per turn of the event loop
LINK_BLOCK = 16  # rows per entry of the index of links by the rows they cross

Draggable = BarItem | MilestoneItem


def _tr(text: str) -> str:
    return QCoreApplication.translate("timeline", text)


def _dated(action: Action | None) -> bool:
    return action is not None and action.start_date is not None and action.end_date is not None


class _DragTip(QGraphicsItem):
    """The dates a drag would give, in a small box beside the dragged item."""

    PADDING = 4.0

    def __init__(self, chart: ChartLook) -> None:
        super().__init__()
        self._chart = chart
        self._text = ""
        self._bounds = QRectF()
        self.setZValue(OVERLAY_Z)

    @property
    def text(self) -> str:
        """The text shown."""
        return self._text

    def show_text(self, text: str, beside: QRectF) -> None:
        """Show ``text`` just above (or below, in the first row) the rectangle ``beside``."""
        if text != self._text:
            self.prepareGeometryChange()
            self._text = text
            metrics = self._chart.metrics
            pad = self.PADDING
            self._bounds = QRectF(
                0, 0, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + 2 * pad
            )
        height = self._bounds.height()
        y = beside.top() - height - 2
        if y < 0:
            y = beside.bottom() + 2
        self.setPos(beside.left(), y)
        self.show()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        painter.setPen(style.OUTLINE_PEN)
        painter.setBrush(style.TIP_BRUSH)
        painter.drawRect(self._bounds.adjusted(0.5, 0.5, -0.5, -0.5))
        painter.setFont(self._chart.font)
        painter.setPen(style.INK)
        painter.drawText(self._bounds, int(Qt.AlignmentFlag.AlignCenter), self._text)


class TimelineScene(QGraphicsScene):
    """The chart of the action plan: bars, summary bars, milestones and dependency links.

    ``rows`` says which rows are shown and where (the tree beside the chart decides);
    ``grid`` turns dates into x. Drags and keys edit the plan through ``session.run``.
    """

    selected = Signal(object)  # the selected action's id, or None
    legend_changed = Signal()  # colours or their meaning changed: ask legend() again

    def __init__(
        self,
        session: PlanSession,
        grid: TimeGrid,
        rows: RowLayout,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._session = session
        self._grid = grid
        self._rows = rows
        self._chart = ChartLook.for_rows(rows.row_height, self.font())
        self._colour_by = ColourBy.STATUS
        self._move_successors = False
        self._label_limit = 0.0
        self._actions: dict[int, Action] = {}
        self._objectives: tuple[Objective, ...] = ()
        self._numbers: dict[int, int] = {}
        self._codes: dict[int, str] = {}
        self._lead_names: dict[int, str] = {}
        self._kind_labels: dict[DependencyKind, str] = {}
        self._styles: dict[object, tuple[str, str]] = {}
        self._rebuild_pending = False  # a change of structure came while the chart was hidden
        self._dependencies: dict[int, Dependency] = {}
        self._links_of: dict[int, set[int]] = defaultdict(set)
        self._bars: dict[int, BarItem] = {}
        self._summaries: dict[int, SummaryBarItem] = {}
        self._milestones: dict[int, dict[int, MilestoneItem]] = {}
        self._links: dict[int, LinkItem] = {}
        self._baseline: dict[int, tuple[dt.date, dt.date]] | None = None  # adopted dates
        self._ghosts: dict[int, BaselineItem] = {}
        self._baseline_label = ""
        self._selected_action: int | None = None
        self._selected_link: int | None = None
        self._dragging: Draggable | None = None
        self._tip: _DragTip | None = None
        self._rubber: QGraphicsLineItem | None = None
        # Rows and links a grid change has not placed yet (see set_grid).
        self._stale_rows: set[int] = set()
        self._stale_links: set[int] = set()
        self._layout_queue: list[int] = []
        self._scene_rect: QRectF | None = None
        self._link_rows: dict[int, tuple[int, int]] | None = None  # first and last row of a link
        self._link_blocks: dict[int, list[int]] | None = None  # links crossing each LINK_BLOCK
        self._building = False  # making every item at once: one repaint at the end
        # Placing rows after a zoom or a scroll: the items do not ask for repaints one by
        # one; the zoom repaints the view, a scroll exposes the rows it brings.
        self.placing = False
        self._layers: tuple[LowerLayer, UpperLayer] | None = None
        self._layout_timer = QTimer(self)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self._layout_some)
        self._watched: weakref.WeakSet[QScrollBar] = weakref.WeakSet()
        session.changed.connect(self._on_changed)
        self.rebuild()

    # --- what the items ask ------------------------------------------------------------

    @property
    def grid(self) -> TimeGrid:
        """The grid that turns dates into x."""
        return self._grid

    @property
    def rows(self) -> RowLayout:
        """The rows shown, top to bottom."""
        return self._rows

    @property
    def chart_look(self) -> ChartLook:
        """Sizes and the label font of the rows."""
        return self._chart

    @property
    def editable(self) -> bool:
        """False when the plan is read-only: the chart then only selects."""
        return not self._session.read_only

    @property
    def label_limit(self) -> float:
        """The x beyond which no label is drawn (the right edge of the chart)."""
        return self._label_limit

    @property
    def colour_by(self) -> ColourBy:
        """What the bars' colours tell apart."""
        return self._colour_by

    @property
    def move_successors(self) -> bool:
        """True when moving an action also moves the actions waiting for it."""
        return self._move_successors

    # --- public ------------------------------------------------------------------------

    def bar(self, action_id: int) -> BarItem | None:
        """The bar of an action, or None when it has no dates or is not shown."""
        self._ensure_row(("action", action_id))
        return self._bars.get(action_id)

    def bars(self) -> list[BarItem]:
        """Every bar, in no particular order."""
        self.flush_layout()
        return list(self._bars.values())

    def summary(self, objective_id: int) -> SummaryBarItem | None:
        """The summary bar of an objective, or None when none of its actions has dates."""
        self._ensure_row(("objective", objective_id))
        return self._summaries.get(objective_id)

    def milestones(self, action_id: int) -> list[MilestoneItem]:
        """The milestone diamonds of an action."""
        self._ensure_row(("action", action_id))
        return list(self._milestones.get(action_id, {}).values())

    def link(self, dependency_id: int) -> LinkItem | None:
        """The line of a dependency, or None when one of its actions has no bar."""
        if dependency_id in self._stale_links:
            self._relayout_link(dependency_id)
        return self._links.get(dependency_id)

    def links(self) -> list[LinkItem]:
        """Every dependency line."""
        self.flush_layout()
        return list(self._links.values())

    def links_between(self, first_row: int, stop_row: int) -> list[LinkItem]:
        """The links that cross any of the rows from ``first_row`` up to ``stop_row``."""
        if stop_row <= first_row:
            return []
        blocks = self._link_blocks
        if blocks is None:
            blocks = self._link_blocks = defaultdict(list)
            for dependency_id, (low, high) in self._link_row_spans().items():
                for block in range(low // LINK_BLOCK, high // LINK_BLOCK + 1):
                    blocks[block].append(dependency_id)
        found: dict[int, LinkItem] = {}
        links = self._links
        for block in range(first_row // LINK_BLOCK, (stop_row - 1) // LINK_BLOCK + 1):
            for dependency_id in blocks.get(block, ()):
                link = links.get(dependency_id)
                if link is not None:
                    found[dependency_id] = link
        return list(found.values())

    def _link_row_spans(self) -> dict[int, tuple[int, int]]:
        if self._link_rows is None:
            index_of = self._rows.index_of
            self._link_rows = {}
            for dependency_id, link in self._links.items():
                first = index_of(("action", link.predecessor_id))
                second = index_of(("action", link.successor_id))
                if first is not None and second is not None:
                    self._link_rows[dependency_id] = (min(first, second), max(first, second))
        return self._link_rows

    def _links_moved(self) -> None:
        self._link_rows = None
        self._link_blocks = None

    def addItem(self, item: QGraphicsItem) -> None:
        """Add ``item`` and repaint where it shows (the layers paint most items)."""
        super().addItem(item)
        if not self._building:
            self.update(item.sceneBoundingRect())

    def removeItem(self, item: QGraphicsItem) -> None:
        """Remove ``item`` and repaint where it showed."""
        if not self._building:
            self.update(item.sceneBoundingRect())
        super().removeItem(item)

    def _add_layers(self) -> None:
        self._layers = (LowerLayer(self), UpperLayer(self))
        for layer in self._layers:
            super().addItem(layer)

    def set_grid(self, grid: TimeGrid) -> None:
        """Place every item on a new grid (zoom, scale, origin) without rebuilding.

        The rows in view move at once; the others follow in slices while the event
        loop is idle (or as soon as anything asks for them), so a zoom step costs the
        rows on screen, not the whole plan.
        """
        self.cancel_drag()
        self._grid = grid
        self._update_scene_rect()
        self._stale_rows = set(range(len(self._rows.keys)))
        self._stale_links = set(self._links)
        self._watch_views()
        visible = self._visible_rows()
        if visible is None:
            self.flush_layout()
            return
        with self._placing():
            self._relayout_visible(visible)
        self.update()
        # Popped from the end: the rows nearest the screen move first.
        below = range(visible.stop, len(self._rows.keys))
        above = range(visible.start - 1, -1, -1)
        nearest = [row for pair in zip_longest(below, above) for row in pair if row is not None]
        nearest.reverse()
        self._layout_queue = nearest
        if self._stale_rows or self._stale_links:
            self._layout_timer.start()

    def flush_layout(self) -> None:
        """Finish placing the items a grid change left for later (before reading geometry)."""
        self._layout_timer.stop()
        if not self._stale_rows and not self._stale_links:
            self._layout_queue = []
            return
        with self._placing():
            for row in sorted(self._stale_rows):
                self._relayout_row(row)
            for dependency_id in list(self._stale_links):
                self._relayout_link(dependency_id)
        self._layout_queue = []
        self.update()

    @contextmanager
    def _placing(self) -> Iterator[None]:
        placing, self.placing = self.placing, True
        try:
            yield
        finally:
            self.placing = placing

    def render(
        self,
        painter: QPainter,
        target: QRectF | QRect = WHOLE,
        source: QRectF | QRect = WHOLE,
        aspectRatioMode: Qt.AspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio,  # noqa: N803
    ) -> None:
        """Paint the scene (as QGraphicsScene.render), every item in place first."""
        self.flush_layout()
        super().render(painter, target, source, aspectRatioMode)

    def set_rows(self, rows: RowLayout) -> None:
        """Show other rows (objectives collapsed or expanded, a filter applied)."""
        self.cancel_drag()
        self.flush_layout()
        self._rows = rows
        if rows.row_height != self._chart.row_height:
            self._chart = ChartLook.for_rows(rows.row_height, self.font())
            self.rebuild()
            return
        if self._rebuild_pending:
            return  # the rebuild when the chart is next shown lays these rows out
        self._update_scene_rect()
        with _collector_paused():
            self._populate()
        self._keep_selection()

    def set_colour_by(self, key: ColourBy | str) -> None:
        """Colour the bars by "status", "lead" or "category"."""
        self._colour_by = ColourBy(key)
        self._styles = self._key_styles()
        for action_id, bar in self._bars.items():
            bar.set_look(self._look(self._actions[action_id]))
        self.legend_changed.emit()

    def legend(self) -> list[tuple[str, str, str]]:
        """(label, colour, pattern) for each value the colours stand for, in reading order."""
        actions = [a for a in self._actions.values() if _dated(a)]  # only what is drawn
        baseline = [(self._baseline_label, BASELINE_COLOUR.name().upper(), "solid")]
        extra = baseline if self._baseline is not None and self._baseline_label else []
        if self._colour_by is ColourBy.STATUS:
            used = {a.status for a in actions}
            return [
                (label(status), *STATUS_STYLE[status]) for status in ActionStatus if status in used
            ] + extra
        entries = [(self._key_label(key), *look) for key, look in self._styles.items()]
        empty = [e for e, key in zip(entries, self._styles, strict=True) if key in (None, "")]
        named = sorted(
            (e for e, key in zip(entries, self._styles, strict=True) if key not in (None, "")),
            key=lambda e: e[0].casefold(),
        )
        return named + empty + extra

    def set_move_successors(self, move: bool) -> None:
        """Whether moving an action also moves the actions that wait for it."""
        self._move_successors = move

    def selected_action_id(self) -> int | None:
        """The selected action's id, or None."""
        return self._selected_action

    def selected_link_id(self) -> int | None:
        """The selected dependency's id, or None."""
        return self._selected_link

    def select_action(self, action_id: int | None) -> None:
        """Select an action (None: nothing); ``selected`` fires when the selection changes."""
        self._select_link(None)
        if action_id == self._selected_action:
            return
        previous = self._bars.get(self._selected_action or 0)
        if previous is not None:
            previous.set_selected(False)
        self._selected_action = action_id
        bar = self._bars.get(action_id or 0)
        if bar is not None:
            bar.set_selected(True)
        self.selected.emit(action_id)

    def select_link(self, dependency_id: int | None) -> None:
        """Select a dependency line (Delete then removes it); the action selection clears."""
        self.select_action(None)
        self._select_link(dependency_id)

    def select_next(self, step: int) -> int | None:
        """Select the bar ``step`` rows down (negative: up); the first or last when none is."""
        order = [key[1] for key in self._rows.keys if key[0] == "action" and key[1] in self._bars]
        if not order:
            return None
        current = self._selected_action
        if current in order:
            index = min(max(order.index(current) + step, 0), len(order) - 1)
        else:
            index = 0 if step > 0 else len(order) - 1
        self.select_action(order[index])
        bar = self._bars[order[index]]
        for view in self.views():
            view.ensureVisible(bar.bar_rect(), 40, 0)
        return order[index]

    def nudge(self, step: int, resize: bool = False) -> bool:
        """Move the selected action ``step`` snap units (or only its end, with ``resize``).

        One undo step each; False when nothing could move.
        """
        action = self._actions.get(self._selected_action or 0)
        if not self.editable or action is None or not _dated(action):
            return False
        start, end = action.start_date, action.end_date
        assert start is not None and end is not None
        unit = self._grid.snap_unit
        if resize:
            new_start, new_end = start, shifted(end, unit, step)
            if new_end < start:
                return False
        else:
            new_start = shifted(start, unit, step)
            new_end = new_start + (end - start)
        return self._reschedule(action.id, new_start, new_end)

    def delete_selected_link(self) -> bool:
        """Remove the selected dependency (one undo step); False when none is selected."""
        if self._selected_link is None or not self.editable:
            return False
        return (
            self._session.run(self._session.document.delete_dependency, self._selected_link)
            is not None
        )

    def cancel_drag(self) -> bool:
        """Stop a drag under way and put the item back; False when nothing was dragged."""
        item = self._dragging
        if item is None:
            return False
        item.cancel_drag()
        item.ungrabMouse()
        self._dragging = None
        self._hide_overlays()
        return True

    def bar_at(self, scene_pos: QPointF) -> BarItem | None:
        """The bar under ``scene_pos`` (a few pixels of slack at its ends), or None."""
        row = self._rows.row_at(scene_pos.y())
        if row is None:
            return None
        kind, ident = self._rows.keys[row]
        bar = self.bar(ident) if kind == "action" else None
        if bar is None:
            return None
        rect = bar.bar_rect()
        if rect.left() - 6 <= scene_pos.x() <= rect.right() + 6:
            return bar
        return None

    def catch_up(self) -> None:
        """Make the rebuild that a change of structure asked for while nobody looked."""
        if self._rebuild_pending:
            self.rebuild()

    def _structure_changed(self) -> None:
        """Rebuild now if the chart is on screen, else when it is next shown."""
        if any(view.isVisible() for view in self.views()) or not self.views():
            self.rebuild()
        else:
            self._rebuild_pending = True

    def rebuild(self) -> None:
        """Make every item again from the plan (after a change of structure)."""
        self._rebuild_pending = False
        self._dragging = None
        self._layout_timer.stop()
        self._stale_rows, self._stale_links, self._layout_queue = set(), set(), []
        self._building = True
        try:
            with _collector_paused():
                self.clear()
                self._tip = None
                self._rubber = None
                self._bars, self._summaries, self._milestones, self._links = {}, {}, {}, {}
                self._ghosts = {}
                self._add_layers()
                self._read_plan()
                self._update_scene_rect(exact=True)
                self._populate()
        finally:
            self._building = False
        self.update()
        self._keep_selection()
        self.legend_changed.emit()  # new leads, categories or statuses may be drawn

    # --- building ----------------------------------------------------------------------

    def _read_plan(self) -> None:
        session = self._session
        self._actions = {a.id: a for a in session.actions()}
        self._objectives = session.objectives()
        self._numbers = objective_numbers(self._objectives)
        self._codes = action_codes(self._objectives, self._actions.values())
        self._lead_names = {
            o.id: f"{o.name} ({o.acronym})" if o.acronym else o.name
            for o in session.organisations()
        }
        self._kind_labels = {kind: label(kind) for kind in DependencyKind}
        self._styles = self._key_styles()
        self._read_dependencies()

    def _read_dependencies(self) -> None:
        self._dependencies = {d.id: d for d in self._session.dependencies()}
        self._links_of = defaultdict(set)
        for dependency in self._dependencies.values():
            self._links_of[dependency.predecessor_id].add(dependency.id)
            self._links_of[dependency.successor_id].add(dependency.id)

    def _populate(self) -> None:
        """Make the items the rows need, move those kept, and drop those no longer shown."""
        self._links_moved()
        height = self._rows.row_height
        actions = self._actions
        spans = self._objective_spans()
        shown_actions: set[int] = set()
        shown_objectives: set[int] = set()
        for index, (kind, ident) in enumerate(self._rows.keys):
            top = index * height
            if kind == "objective":
                shown_objectives.add(ident)
                self._place_summary(ident, top, spans.get(ident))
                continue
            action = actions.get(ident)
            if action is None:
                continue
            shown_actions.add(ident)
            self._place_bar(action, top)
            self._place_milestones(action, top)
            self._place_ghost(ident, top)
        for action_id in [i for i in self._bars if i not in shown_actions]:
            self._drop_bar(action_id)
        for action_id in [i for i in self._ghosts if i not in shown_actions]:
            self.removeItem(self._ghosts.pop(action_id))
        for action_id in [i for i in self._milestones if i not in shown_actions]:
            self._drop_milestones(action_id)
        for objective_id in [i for i in self._summaries if i not in shown_objectives]:
            self.removeItem(self._summaries.pop(objective_id))
        late = {
            d.id: days
            for d, days in violated_dependencies(actions.values(), self._dependencies.values())
        }
        for dependency_id in self._dependencies.keys() | self._links.keys():
            self._update_link(dependency_id, late.get(dependency_id, 0))

    def _place_bar(self, action: Action, top: float) -> None:
        bar = self._bars.get(action.id)
        if not _dated(action):
            if bar is not None:
                self._drop_bar(action.id)
            return
        start, end = action.start_date, action.end_date
        assert start is not None and end is not None
        text = f"{self._codes.get(action.id, '')} {action.title}"
        look = self._look(action)
        if bar is None:
            bar = BarItem(
                self, self._chart, action.id, start, end, top, text, action.progress, look
            )
            bar.set_selected(action.id == self._selected_action)
            self.addItem(bar)
            self._bars[action.id] = bar
            return
        bar.set_row_top(top)
        if (bar.start, bar.end, bar.text, bar.progress) != (start, end, text, action.progress):
            bar.set_data(start, end, text, action.progress)
        bar.set_look(look)

    def set_baseline(
        self, spans: dict[int, tuple[dt.date, dt.date]] | None, legend_label: str = ""
    ) -> None:
        """Show each action's adopted dates under its bar (``spans`` by action), or none.

        ``legend_label`` names the band in the legend ("Adopted dates, revision 2").
        """
        if spans == self._baseline and legend_label == self._baseline_label:
            return
        self._baseline = spans
        self._baseline_label = legend_label
        self.legend_changed.emit()
        for item in self._ghosts.values():
            self.removeItem(item)
        self._ghosts = {}
        if spans is None:
            return
        for index, (kind, ident) in enumerate(self._rows.keys):
            if kind == "action":
                self._place_ghost(ident, index * self._rows.row_height)

    def baseline_item(self, action_id: int) -> BaselineItem | None:
        """The band of an action's adopted dates, when the baseline is shown."""
        return self._ghosts.get(action_id)

    def _place_ghost(self, action_id: int, top: float) -> None:
        span = self._baseline.get(action_id) if self._baseline is not None else None
        item = self._ghosts.get(action_id)
        if span is None:
            if item is not None:
                self.removeItem(self._ghosts.pop(action_id))
            return
        if item is None:
            item = BaselineItem(self._chart, span[0], span[1], top, self._grid)
            self.addItem(item)
            self._ghosts[action_id] = item
        else:
            item.set_row_top(top)

    def _drop_bar(self, action_id: int) -> None:
        bar = self._bars.pop(action_id)
        if bar is self._dragging:
            self.cancel_drag()
        self.removeItem(bar)

    def _place_milestones(self, action: Action, top: float) -> None:
        items = self._milestones.get(action.id)
        if items is None:
            if not action.milestones:
                return
            items = self._milestones[action.id] = {}
        kept: set[int] = set()
        for milestone in action.milestones:
            kept.add(milestone.id)
            item = items.get(milestone.id)
            if item is None:
                item = MilestoneItem(
                    self, self._chart, milestone.id, action.id, milestone.date, milestone.done, top
                )
                self.addItem(item)
                items[milestone.id] = item
                continue
            item.set_row_top(top)
            if (item.day, item.done) != (milestone.date, milestone.done):
                item.set_data(milestone.date, milestone.done)
        for milestone_id in [i for i in items if i not in kept]:
            self.removeItem(items.pop(milestone_id))
        if not items:
            del self._milestones[action.id]

    def _drop_milestones(self, action_id: int) -> None:
        for item in self._milestones.pop(action_id).values():
            if item is self._dragging:
                self.cancel_drag()
            self.removeItem(item)

    def _place_summary(
        self, objective_id: int, top: float, span: tuple[dt.date, dt.date] | None
    ) -> None:
        item = self._summaries.get(objective_id)
        if span is None:
            if item is not None:
                self.removeItem(self._summaries.pop(objective_id))
            return
        tooltip = self._summary_tooltip(objective_id, span)
        if item is None:
            item = SummaryBarItem(self._chart, objective_id, *span, self._grid, top, tooltip)
            self.addItem(item)
            self._summaries[objective_id] = item
            return
        item.set_row_top(top)
        item.set_dates(*span, self._grid)
        item.setToolTip(tooltip)

    def _objective_spans(
        self, objective_ids: Iterable[int] | None = None
    ) -> dict[int, tuple[dt.date, dt.date]]:
        wanted = None if objective_ids is None else set(objective_ids)
        spans: dict[int, tuple[dt.date, dt.date]] = {}
        for action in self._actions.values():
            start, end = action.start_date, action.end_date
            if start is None or end is None:
                continue
            if wanted is not None and action.objective_id not in wanted:
                continue
            span = spans.get(action.objective_id)
            if span is None:
                spans[action.objective_id] = (start, end)
            elif start < span[0] or end > span[1]:
                spans[action.objective_id] = (min(start, span[0]), max(end, span[1]))
        return spans

    def _update_link(self, dependency_id: int, late: int | None = None) -> None:
        """Draw, move or remove one dependency's line (``late``: days late, when known)."""
        self._links_moved()
        dependency = self._dependencies.get(dependency_id)
        item = self._links.get(dependency_id)
        predecessor = successor = None
        if dependency is not None:
            predecessor = self._bars.get(dependency.predecessor_id)
            successor = self._bars.get(dependency.successor_id)
        if dependency is None or predecessor is None or successor is None:
            if item is not None:
                self.removeItem(self._links.pop(dependency_id))
                if self._selected_link == dependency_id:
                    self._selected_link = None
            return
        points = link_points(dependency.kind, _anchor(predecessor), _anchor(successor))
        if late is None:
            late = days_late(
                dependency,
                self._actions[dependency.predecessor_id],
                self._actions[dependency.successor_id],
            )
        tooltip = self._link_tooltip(dependency, late)
        if item is None:
            item = LinkItem(
                self,
                dependency_id,
                dependency.predecessor_id,
                dependency.successor_id,
                points,
                late,
                tooltip,
            )
            self.addItem(item)
            self._links[dependency_id] = item
        else:
            item.update_link(points, late, tooltip)

    def chart_rect(self) -> QRectF:
        """What the chart covers: the plan's dates with a margin, room for labels, all rows."""
        grid = self._grid
        span = plan_span(self._actions.values())
        margin = 31 * grid.day_width + 40
        if span is None:
            left, right = 0.0, 800.0
        else:
            left, right = grid.span(*span)
            left, right = min(0.0, left - margin), right + margin
        return QRectF(left, 0, right + LABEL_ROOM - left, max(self._rows.height, 1.0))

    def _update_scene_rect(self, exact: bool = False) -> None:
        needed = self.chart_rect()
        self._label_limit = needed.right()
        current = self._scene_rect
        if (
            not exact
            and current is not None
            and current.height() == needed.height()
            and current.left() <= needed.left()
            and current.right() >= needed.right()
        ):
            return
        if not exact:
            # Changing the scene rect rebuilds Qt's item index (every item asked for its
            # bounds): grow wider than needed, so zooming in does it only now and then.
            needed.adjust(min(needed.left(), 0.0), 0, needed.width(), 0)
        self._scene_rect = needed
        self.setSceneRect(needed)

    def _keep_selection(self) -> None:
        for action_id, bar in self._bars.items():
            bar.set_selected(action_id == self._selected_action)
        if self._selected_link is not None and self._selected_link not in self._links:
            self._selected_link = None
        if self._selected_action is not None and self._selected_action not in self._actions:
            self.select_action(None)

    # --- colours -----------------------------------------------------------------------

    def _colour_key(self, action: Action) -> object:
        if self._colour_by is ColourBy.LEAD:
            return action.lead_id
        if self._colour_by is ColourBy.CATEGORY:
            return action.category
        return action.status

    def _key_styles(self) -> dict[object, tuple[str, str]]:
        if self._colour_by is ColourBy.STATUS:
            styles: dict[object, tuple[str, str]] = {k: v for k, v in STATUS_STYLE.items()}
            return styles
        return styles_for(self._colour_key(a) for a in self._actions.values())

    def _look(self, action: Action) -> BarLook:
        colour, pattern = self._styles.get(self._colour_key(action), FALLBACK_STYLE)
        return bar_look(colour, pattern)

    def _key_label(self, key: object) -> str:
        if self._colour_by is ColourBy.LEAD:
            if not isinstance(key, int):
                return _tr("No lead")
            return self._lead_names.get(key, "?")
        if self._colour_by is ColourBy.CATEGORY:
            return category_label(str(key)) if key else _tr("No category")
        return label(key) if isinstance(key, ActionStatus) else str(key)

    # --- texts -------------------------------------------------------------------------

    def bar_tooltip(self, bar: BarItem) -> str:
        """Code, title, lead, dates, status and progress of the bar's action."""
        action = self._actions.get(bar.action_id)
        if action is None:
            return ""
        lead = self._lead_names.get(action.lead_id or 0)
        lines = [
            f"{self._codes.get(action.id, '')} {action.title}",
            _tr("Lead: {name}").format(name=lead) if lead else _tr("No lead yet"),
            _tr("{start} to {end}").format(
                start=format_date(action.start_date), end=format_date(action.end_date)
            ),
            _tr("{status}, {progress} done").format(
                status=label(action.status), progress=format_percent(action.progress)
            ),
        ]
        adopted = self._baseline.get(action.id) if self._baseline is not None else None
        if adopted is not None:
            lines.append(
                _tr("Adopted: {start} to {end}").format(
                    start=format_date(adopted[0]), end=format_date(adopted[1])
                )
            )
            late = (action.end_date - adopted[1]).days if action.end_date is not None else 0
            if late:
                lines.append(
                    plural("timeline", "Ends %n day(s) later than adopted", late)
                    if late > 0
                    else plural("timeline", "Ends %n day(s) earlier than adopted", -late)
                )
        return "\n".join(lines)

    def milestone_tooltip(self, item: MilestoneItem) -> str:
        """Title, date and state of a milestone."""
        action = self._actions.get(item.action_id)
        title = (
            next((m.title for m in action.milestones if m.id == item.milestone_id), "")
            if action
            else ""
        )
        state = _tr("done") if item.done else _tr("not yet done")
        return _tr("{title}\n{date}, {state}").format(
            title=title, date=format_date(item.day), state=state
        )

    def _summary_tooltip(self, objective_id: int, span: tuple[dt.date, dt.date]) -> str:
        title = next((o.title for o in self._objectives if o.id == objective_id), "")
        code = objective_code(self._numbers.get(objective_id, 0), screen_language())
        dates = _tr("{start} to {end}").format(start=format_date(span[0]), end=format_date(span[1]))
        return f"{code} {title}\n{dates}"

    def _link_tooltip(self, dependency: Dependency, late: int) -> str:
        codes = self._codes
        text = _tr("{predecessor} → {successor}: {kind}").format(
            predecessor=codes.get(dependency.predecessor_id, "?"),
            successor=codes.get(dependency.successor_id, "?"),
            kind=self._kind_labels.get(dependency.kind, dependency.kind.value),
        )
        if dependency.lag_days:
            text += "\n" + plural("timeline", "Lag: %n day(s)", dependency.lag_days)
        if late:
            text += "\n" + plural("timeline", "Broken: the successor is %n day(s) early", late)
        return text

    # --- what the items report -----------------------------------------------------------

    def bar_pressed(self, bar: BarItem) -> None:
        """A press on a bar selects its action."""
        self.select_action(bar.action_id)

    def milestone_pressed(self, item: MilestoneItem) -> None:
        """A press on a milestone selects its action."""
        self.select_action(item.action_id)

    def link_pressed(self, item: LinkItem) -> None:
        """A press on a link selects it."""
        self.select_link(item.dependency_id)

    def drag_started(self, item: Draggable) -> None:
        """Remember the dragged item, so Escape can put it back."""
        self._dragging = item

    def drag_finished(self, item: Draggable) -> None:
        """The drag ended: hide the date tip and the rubber line."""
        if self._dragging is item:
            self._dragging = None
        self._hide_overlays()

    def drag_moved(self, item: BarItem, start: dt.date, end: dt.date) -> None:
        """Show the dates the dragged bar would get."""
        text = _tr("{start} to {end}").format(start=format_date(start), end=format_date(end))
        self._drag_tip().show_text(text, item.bar_rect())

    def milestone_moved(self, item: MilestoneItem, day: dt.date) -> None:
        """Show the date the dragged milestone would get."""
        self._drag_tip().show_text(format_date(day), item.sceneBoundingRect())

    def bar_dropped(self, bar: BarItem, start: dt.date, end: dt.date) -> None:
        """Reschedule the dropped bar's action (one undo step)."""
        self._reschedule(bar.action_id, start, end)

    def milestone_dropped(self, item: MilestoneItem, day: dt.date) -> None:
        """Move the dropped milestone to ``day`` (one undo step)."""
        if (
            self._session.run(self._session.document.update_milestone, item.milestone_id, date=day)
            is None
        ):
            item.relayout()

    def link_dragged(self, bar: BarItem, scene_pos: QPointF) -> None:
        """Draw the rubber line of a link being made; solid over a bar it can link to."""
        rubber = self._rubber
        if rubber is None:
            rubber = self._rubber = QGraphicsLineItem()
            rubber.setZValue(OVERLAY_Z)
            self.addItem(rubber)
        target = self.bar_at(scene_pos)
        pen = QPen(style.RUBBER_PEN)
        if target is not None and target is not bar:
            pen.setStyle(Qt.PenStyle.SolidLine)
        rubber.setPen(pen)
        rubber.setLine(QLineF(bar.handle_pos(), scene_pos))
        rubber.show()

    def link_dropped(self, bar: BarItem, scene_pos: QPointF) -> None:
        """Make the dropped-on bar's action wait for ``bar``'s (finish to start)."""
        target = self.bar_at(scene_pos)
        if target is None or target is bar:
            return
        self._session.run(self._session.document.add_dependency, bar.action_id, target.action_id)

    # --- events ------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.mouseGrabberItem() is None:
            self.select_action(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape and self.cancel_drag():
            pass
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt and not shift:
            self.select_next(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and alt:
            self.nudge(-1 if key == Qt.Key.Key_Left else 1, resize=shift)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected_link is not None:
            self.delete_selected_link()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # --- following the plan ------------------------------------------------------------

    def _on_changed(self, record: ChangeRecord) -> None:
        if self._rebuild_pending:
            return  # everything is read again when the chart is next shown
        if self._dragging is not None:
            self.cancel_drag()
        self.flush_layout()
        touched: set[int] = set()
        dependencies: set[int] = set()
        objectives = False
        for change in record.changes:
            table = change.table
            if table == "action":
                if change.before is None or change.after is None:
                    self._structure_changed()  # an action came or went
                    return
                touched.add(int(change.key["id"]))
            elif table == "milestone":
                for side in (change.before, change.after):
                    if side is not None:
                        touched.add(int(side["action_id"]))
            elif table == "dependency":
                dependencies.add(int(change.key["id"]))
            elif table == "objective":
                if change.before is None or change.after is None:
                    self._structure_changed()
                    return
                objectives = True
            elif table == "organisation":
                self._lead_names = {
                    o.id: f"{o.name} ({o.acronym})" if o.acronym else o.name
                    for o in self._session.organisations()
                }
                if self._colour_by is ColourBy.LEAD:
                    self.legend_changed.emit()
        if objectives:
            self._refresh_objectives(touched)
        if touched or dependencies:
            self._refresh(touched, dependencies)

    def _refresh_objectives(self, touched: set[int]) -> None:
        """Objectives renamed or renumbered: new codes for their actions, new tooltips."""
        self._objectives = self._session.objectives()
        numbers = objective_numbers(self._objectives)
        renumbered = {i for i, n in numbers.items() if self._numbers.get(i) != n}
        self._numbers = numbers
        touched.update(a.id for a in self._actions.values() if a.objective_id in renumbered)
        spans = self._objective_spans(self._summaries)
        for objective_id, item in self._summaries.items():
            span = spans.get(objective_id)
            if span is not None:
                item.setToolTip(self._summary_tooltip(objective_id, span))

    def _refresh(self, touched: set[int], dependency_ids: set[int]) -> None:
        """Update only the items of the actions and dependencies a change touched."""
        before = self._actions
        self._actions = {a.id: a for a in self._session.actions()}
        if dependency_ids:
            self._read_dependencies()
        styles = self._key_styles()
        if styles != self._styles:
            # A new lead or category changes the colours: every bar follows.
            self._styles = styles
            for action_id, bar in self._bars.items():
                bar.set_look(self._look(self._actions[action_id]))
        self.legend_changed.emit()  # the statuses, leads or categories drawn may have changed
        objectives: set[int] = set()
        for action_id in touched:
            action = self._actions.get(action_id)
            old = before.get(action_id)
            if old is not None:
                objectives.add(old.objective_id)
            if action is None:
                continue
            objectives.add(action.objective_id)
            self._codes.update(action_codes(self._objectives, [action]))
            top = self._rows.top(("action", action_id))
            if top is None:
                continue
            self._place_bar(action, top)
            self._place_milestones(action, top)
            dependency_ids |= self._links_of.get(action_id, set())
        spans = self._objective_spans(objectives)
        for objective_id in objectives:
            top = self._rows.top(("objective", objective_id))
            if top is not None:
                self._place_summary(objective_id, top, spans.get(objective_id))
        for dependency_id in dependency_ids:
            self._update_link(dependency_id)
        self._update_scene_rect()
        if self._selected_action is not None and self._selected_action not in self._actions:
            self.select_action(None)

    # --- placing items after a grid change ----------------------------------------------

    def _visible_rows(self) -> range | None:
        """The rows the views show (None when no view shows the scene)."""
        first = last = None
        for view in self.views():
            seen = view.mapToScene(view.viewport().rect()).boundingRect()
            rows = self._rows.rows_between(seen.top(), seen.bottom())
            first = rows.start if first is None else min(first, rows.start)
            last = rows.stop if last is None else max(last, rows.stop)
        if first is None or last is None:
            return None
        return range(first, last)

    def _watch_views(self) -> None:
        for view in self.views():
            scroll_bar = view.verticalScrollBar()
            if scroll_bar not in self._watched:
                self._watched.add(scroll_bar)
                scroll_bar.valueChanged.connect(self._scrolled)

    def _scrolled(self) -> None:
        if not self._stale_rows and not self._stale_links:
            return
        visible = self._visible_rows()
        if visible is not None:
            with self._placing():  # the scroll repaints the rows it brings into view
                self._relayout_visible(visible)

    def _relayout_visible(self, visible: range) -> None:
        for row in visible:
            self._relayout_row(row)
        if self._stale_links:
            for link in self.links_between(visible.start, visible.stop):
                if link.dependency_id in self._stale_links:
                    self._relayout_link(link.dependency_id)

    def _layout_some(self) -> None:
        """Place stale items for a few milliseconds, nearest the screen first."""
        deadline = time.perf_counter() + LAYOUT_SLICE
        queue = self._layout_queue
        rows: list[int] = []
        links: list[int] = []
        with self._placing():
            while queue and time.perf_counter() < deadline:
                rows.append(queue.pop())
                self._relayout_row(rows[-1])
            while not queue and self._stale_links and time.perf_counter() < deadline:
                links.append(next(iter(self._stale_links)))
                self._relayout_link(links[-1])
        # Rows off screen when the zoom came may be in view now (the view grew taller).
        visible = self._visible_rows()
        if visible is not None:
            spans = self._link_row_spans()
            if any(row in visible for row in rows) or any(
                spans.get(i, (-1, -1))[0] < visible.stop
                and spans.get(i, (-1, -1))[1] >= visible.start
                for i in links
            ):
                self.update()
        if not queue and not self._stale_links:
            self._layout_timer.stop()
            self._stale_rows.clear()

    def _ensure_row(self, key: tuple[str, int]) -> None:
        if self._stale_rows:
            row = self._rows.index_of(key)
            if row is not None:
                self._relayout_row(row)

    def _relayout_row(self, row: int) -> None:
        if row not in self._stale_rows:
            return
        self._stale_rows.discard(row)
        kind, ident = self._rows.keys[row]
        if kind == "objective":
            summary = self._summaries.get(ident)
            if summary is not None:
                summary.relayout(self._grid)
            return
        bar = self._bars.get(ident)
        if bar is not None:
            bar.relayout()
        for milestone in self._milestones.get(ident, {}).values():
            milestone.relayout()
        ghost = self._ghosts.get(ident)
        if ghost is not None:
            ghost.relayout(self._grid)

    def _relayout_link(self, dependency_id: int) -> None:
        self._stale_links.discard(dependency_id)
        link = self._links.get(dependency_id)
        if link is None:
            return
        dependency = self._dependencies[dependency_id]
        predecessor = self.bar(link.predecessor_id)
        successor = self.bar(link.successor_id)
        assert predecessor is not None and successor is not None
        link.set_points(link_points(dependency.kind, _anchor(predecessor), _anchor(successor)))

    # --- helpers -------------------------------------------------------------------------

    def _reschedule(self, action_id: int, start: dt.date, end: dt.date) -> bool:
        action = self._actions.get(action_id)
        bar = self._bars.get(action_id)
        if action is None or (action.start_date, action.end_date) == (start, end):
            if bar is not None:
                bar.relayout()
            return False
        record = self._session.run(
            self._session.document.reschedule_action,
            action_id,
            start,
            end,
            move_successors=self._move_successors,
        )
        if record is None and bar is not None:
            bar.relayout()  # refused: back to the dates the plan keeps
        return record is not None

    def _select_link(self, dependency_id: int | None) -> None:
        if dependency_id == self._selected_link:
            return
        previous = self._links.get(self._selected_link or 0)
        if previous is not None:
            previous.set_selected(False)
        self._selected_link = dependency_id
        item = self._links.get(dependency_id or 0)
        if item is not None:
            item.set_selected(True)

    def _drag_tip(self) -> _DragTip:
        if self._tip is None:
            self._tip = _DragTip(self._chart)
            self.addItem(self._tip)
        return self._tip

    def _hide_overlays(self) -> None:
        if self._tip is not None:
            self._tip.hide()
        if self._rubber is not None:
            self._rubber.hide()


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while thousands of long-lived items are made.

    None of them is garbage, yet the collector would scan them all again and again:
    for 2,000 actions that took as long as making the items.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _anchor(bar: BarItem) -> tuple[float, float, float]:
    rect = bar.bar_rect()
    return rect.left(), rect.right(), rect.center().y()
