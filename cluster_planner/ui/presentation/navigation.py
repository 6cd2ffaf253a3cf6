"""What a presentation clicker's keys move to on each page: the next card, option, draft, action.

A page's items are the rows of its item views, in reading order; ``step`` moves item by
item and ``jump`` group by group (a SWOT quadrant, a TOWS cell, an objective, a Vision
tab, a screen of the timeline). A page the module does not know gets its visible item
views. A position can be read on one page and taken on another page of the same step,
which is how the audience view follows the facilitator's clicker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsView,
    QListView,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from cluster_planner.ui.presentation.chrome import step_key

Location = tuple[int, tuple[int, ...]]  # which view, then the row path from the top
Item = tuple[QAbstractItemView, QModelIndex]


def _path(index: QModelIndex) -> tuple[int, ...]:
    rows: list[int] = []
    while index.isValid():
        rows.append(index.row())
        index = index.parent()
    return tuple(reversed(rows))


def _rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The rows ``view`` shows, top to bottom (column 0)."""
    model = view.model()
    if model is None:
        return []
    rows: list[QModelIndex] = []
    if isinstance(view, QTreeView):
        index = model.index(0, 0)
        while index.isValid():
            rows.append(index)
            index = view.indexBelow(index)
    else:
        for row in range(model.rowCount()):
            hidden = isinstance(view, QListView | QTableView) and view.isRowHidden(row)
            if not hidden:
                rows.append(model.index(row, 0))
    return [r for r in rows if r.flags() & Qt.ItemFlag.ItemIsSelectable]


def visible_views(root: QWidget | None) -> list[QAbstractItemView]:
    """The item views shown in ``root``, in the order they were made."""
    if root is None:
        return []
    return [v for v in root.findChildren(QAbstractItemView) if v.isVisibleTo(root.window())]


@dataclass
class Navigator:
    """Moves the current row across a page's item views."""

    views: list[QAbstractItemView]
    groups_are_views: bool = True  # else: a tree's top-level rows are the groups
    jump_instead: Callable[[int], None] | None = None

    def items(self) -> list[Item]:
        """Every row the clicker can stop at, in order."""
        return [(view, index) for view in self.views for index in _rows(view)]

    def _current(self, items: list[Item]) -> int | None:
        focus = self.views[0].window().focusWidget() if self.views else None
        ordered = sorted(
            self.views,
            key=lambda v: 0 if focus is not None and (focus is v or v.isAncestorOf(focus)) else 1,
        )
        for view in ordered:
            current = view.currentIndex()
            if not current.isValid():
                continue
            current = current.siblingAtColumn(0)
            for number, (item_view, index) in enumerate(items):
                if item_view is view and index == current:
                    return number
        return None

    def _group(self, item: Item) -> tuple[int, int]:
        view, index = item
        number = self.views.index(view)
        if self.groups_are_views:
            return (number, 0)
        path = _path(index)
        return (number, path[0] if path else 0)

    def _select(self, item: Item) -> None:
        view, index = item
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        view.setCurrentIndex(index)
        view.scrollTo(index)

    def step(self, step: int) -> bool:
        """Move ``step`` items on (negative: back); False when there is nothing to move to."""
        items = self.items()
        if not items:
            return False
        current = self._current(items)
        if current is None:
            target = 0 if step > 0 else len(items) - 1
        else:
            target = max(0, min(len(items) - 1, current + step))
            if target == current:
                return False
        self._select(items[target])
        return True

    def jump(self, step: int) -> bool:
        """Move to the first item of the next group (negative: of the previous group)."""
        if self.jump_instead is not None:
            self.jump_instead(step)
            return True
        items = self.items()
        if not items:
            return False
        current = self._current(items)
        if current is None:
            self._select(items[0] if step > 0 else items[-1])
            return True
        groups: list[tuple[int, int]] = []
        firsts: list[int] = []
        for number, item in enumerate(items):
            group = self._group(item)
            if not groups or groups[-1] != group:
                groups.append(group)
                firsts.append(number)
        here = groups.index(self._group(items[current]))
        if step < 0 and firsts[here] != current:
            target = here  # back to the first item of this group first
        else:
            target = max(0, min(len(groups) - 1, here + step))
            if target == here:
                return False
        self._select(items[firsts[target]])
        return True

    def location(self) -> Location | None:
        """Where the current item is, in a form another page of the same step understands."""
        items = self.items()
        current = self._current(items)
        if current is None:
            return None
        view, index = items[current]
        return self.views.index(view), _path(index)

    def go_to(self, location: Location) -> bool:
        """Make the item at ``location`` current (False when this page has no such item)."""
        number, path = location
        for view, index in self.items():
            if self.views.index(view) == number and _path(index) == path:
                self._select((view, index))
                return True
        return False


def _tab_switcher(tabs: QTabWidget) -> Callable[[int], None]:
    def switch(step: int) -> None:
        index = tabs.currentIndex() + step
        while 0 <= index < tabs.count() and not tabs.isTabVisible(index):
            index += 1 if step > 0 else -1
        if 0 <= index < tabs.count():
            tabs.setCurrentIndex(index)

    return switch


def _scroller(view: QGraphicsView) -> Callable[[int], None]:
    def scroll(step: int) -> None:
        bar = view.horizontalScrollBar()
        bar.setValue(bar.value() + step * max(1, int(view.viewport().width() * 0.8)))

    return scroll


def navigator_for(page: QWidget) -> Navigator:
    """The navigator of ``page`` as it is shown now (its current tab, say)."""
    key = step_key(page)
    if key == "diagnostic":
        board = getattr(page, "board", None)
        panels = getattr(board, "panels", {})
        return Navigator([p.cards for p in panels.values()])
    if key == "options":
        tabs = getattr(page, "tabs", None)
        impact_effort = getattr(page, "impact_effort", None)
        if isinstance(tabs, QTabWidget) and tabs.currentWidget() is impact_effort:
            return Navigator([getattr(impact_effort, "list")])  # noqa: B009
        cells = getattr(getattr(page, "matrix", None), "cells", {})
        return Navigator([cell.list for cell in cells.values()])
    if key == "vision":
        tabs = getattr(page, "tabs", None)
        if isinstance(tabs, QTabWidget):
            shown = tabs.currentWidget()
            listed = getattr(shown, "list", None)
            views = [listed] if isinstance(listed, QAbstractItemView) else visible_views(shown)
            return Navigator(views[:1], jump_instead=_tab_switcher(tabs))
    if key == "action_plan":
        tree = getattr(getattr(page, "tree", None), "view", None)
        tabs = getattr(page, "tabs", None)
        if isinstance(tabs, QTabWidget) and tabs.currentIndex() != 0:
            return Navigator(visible_views(tabs.currentWidget())[:1], groups_are_views=False)
        if isinstance(tree, QAbstractItemView):
            return Navigator([tree], groups_are_views=False)
    if key == "timeline":
        gantt = getattr(page, "gantt", None)
        tree = getattr(gantt, "tree", None)
        chart = getattr(gantt, "chart", None)
        if isinstance(tree, QAbstractItemView):
            scroll = _scroller(chart) if isinstance(chart, QGraphicsView) else None
            return Navigator([tree], groups_are_views=False, jump_instead=scroll)
    return Navigator(visible_views(page)[:1], groups_are_views=False)
