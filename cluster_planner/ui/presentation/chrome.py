"""The editing controls a presented page hides: tool buttons, filters, forms and side panels.

A page is found by its step (its object name, ``step_<key>``) and its controls by the
public names the page gives them; a control a page does not have is skipped, so a page
that changes keeps presenting, with at worst one more button shown.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

FORM_BUTTONS = (
    "new_button",
    "add_button",
    "edit_button",
    "delete_button",
    "add_indicator_button",
    "edit_indicator_button",
    "delete_indicator_button",
)


def step_key(page: QWidget) -> str:
    """The workshop step a page shows ("diagnostic", "timeline" …), from its object name."""
    return page.objectName().removeprefix("step_")


def _attributes(owner: object, names: Iterable[str]) -> list[QWidget]:
    found = (getattr(owner, name, None) for name in names)
    return [w for w in found if isinstance(w, QWidget)]


def _command_buttons(page: QWidget) -> list[QWidget]:
    """Buttons that run one of the page's Edit menu commands."""
    edit_actions = getattr(page, "edit_actions", None)
    actions: list[QAction] = list(edit_actions()) if callable(edit_actions) else []
    return [
        b
        for b in page.findChildren(QToolButton)
        if b.defaultAction() is not None and b.defaultAction() in actions
    ]


# The share of a table's width its stretching column (an action's title) keeps at least; when
# the other columns leave less, the first of the columns it may drop goes.
TITLE_SHARE = 0.35
DROPPABLE_SHARE = 0.18


class FittedColumns(QObject):
    """Fits a tree's columns to their contents (codes, dates, statuses, sums are never cut)
    and gives the stretching one what remains; ``droppable`` columns (names that may be
    shortened) take at most ``DROPPABLE_SHARE`` of the width, and when the stretching one
    still gets too little they are hidden in turn. Refits as the tree changes width."""

    def __init__(self, view: QTreeView, droppable: list[int]) -> None:
        super().__init__(view)
        self.view = view
        self.droppable = droppable
        self.dropped: list[int] = []
        view.installEventFilter(self)
        self.fit()

    def fit(self) -> None:
        """Fit the columns to the tree's width now."""
        view, header = self.view, self.view.header()
        for index in self.dropped:
            header.showSection(index)
        self.dropped = []
        stretching = [
            i
            for i in range(header.count())
            if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch
        ]
        fitted = [
            i
            for i in range(header.count())
            if not header.isSectionHidden(i) and i not in stretching
        ]
        widths = {
            i: max(view.sizeHintForColumn(i), header.sectionSizeFromContents(i).width()) + 8
            for i in fitted
        }
        room = view.viewport().width()
        for i in self.droppable:
            if i in widths:
                widths[i] = min(widths[i], round(DROPPABLE_SHARE * room))
        for i, width in widths.items():
            header.resizeSection(i, width)
        for index in self.droppable:
            if room - sum(widths.values()) >= TITLE_SHARE * room or index not in widths:
                break
            header.hideSection(index)
            del widths[index]
            self.dropped.append(index)

    def remove(self) -> None:
        """Stop fitting and show the dropped columns again (their widths go back with the look)."""
        self.view.removeEventFilter(self)
        for index in self.dropped:
            self.view.header().showSection(index)
        self.dropped = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.fit()
        return False


def _labels_of(page: QWidget, widgets: list[QWidget]) -> list[QWidget]:
    return [label for label in page.findChildren(QLabel) if label.buddy() in widgets]


@dataclass
class HiddenChrome:
    """Controls hidden on one page; ``restore()`` shows them again."""

    widgets: list[QWidget] = field(default_factory=list)
    tabs: list[tuple[QTabWidget, int]] = field(default_factory=list)
    current_tabs: list[tuple[QTabWidget, int]] = field(default_factory=list)
    fitted: list[FittedColumns] = field(default_factory=list)
    undo: list[Callable[[], object]] = field(default_factory=list)

    def hide(self, widgets: Iterable[QWidget]) -> None:
        """Hide ``widgets`` that are not hidden already."""
        for widget in widgets:
            if not widget.isHidden() and widget not in self.widgets:
                widget.hide()
                self.widgets.append(widget)

    def keep_tab(self, tabs: QTabWidget) -> None:
        """Remember the tab ``tabs`` shows, to show it again on ``restore()``."""
        if all(t is not tabs for t, _i in self.current_tabs):
            self.current_tabs.append((tabs, tabs.currentIndex()))

    def show_tab(self, tabs: QTabWidget, widget: QWidget) -> None:
        """Start on the tab of ``widget`` (the one made for the hall)."""
        self.keep_tab(tabs)
        tabs.setCurrentWidget(widget)

    def hide_tab(self, tabs: QTabWidget, index: int) -> None:
        """Hide tab ``index`` of ``tabs`` (showing another one when it was current)."""
        if not tabs.isTabVisible(index):
            return
        self.keep_tab(tabs)
        tabs.setTabVisible(index, False)
        self.tabs.append((tabs, index))

    def restore(self) -> None:
        """Show everything hidden again."""
        for tabs, index in self.tabs:
            try:
                tabs.setTabVisible(index, True)
            except RuntimeError:
                continue
        for widget in self.widgets:
            try:
                widget.show()
            except RuntimeError:
                continue
        for tabs, index in self.current_tabs:
            with contextlib.suppress(RuntimeError):
                tabs.setCurrentIndex(index)
        for fitted in self.fitted:
            with contextlib.suppress(RuntimeError):
                fitted.remove()
        self.fitted.clear()
        for undo in reversed(self.undo):
            with contextlib.suppress(RuntimeError):
                undo()
        self.undo.clear()
        self.widgets.clear()
        self.tabs.clear()
        self.current_tabs.clear()


def hide_editing_chrome(page: QWidget, *, audience: bool) -> HiddenChrome:
    """Hide ``page``'s editing controls (``audience``: on the audience view, where nothing is
    edited)."""
    hidden = HiddenChrome()
    hidden.hide(_command_buttons(page))
    key = step_key(page)
    if key == "diagnostic":
        # Choosing a card does not open the side panel in front of the hall.
        page.setProperty("presented", True)
        hidden.undo.append(lambda: page.setProperty("presented", False))
        filters = _attributes(page, ("theme_filter", "show_dropped"))
        hidden.hide([*filters, *_labels_of(page, filters)])
        side = getattr(page, "side", None)
        if isinstance(side, QTabWidget):
            # The board takes the width; the facilitator brings the voting panel in (F8) to
            # enter tallies. The card form is not presented at all.
            hidden.hide([side])
            if not audience:
                hidden.hide_tab(side, 0)
        if audience:  # cards are typed on the laptop; the hall sees them arrive
            board = getattr(page, "board", None)
            for panel in getattr(board, "panels", {}).values():
                hidden.hide(_attributes(panel, ("capture",)))
    elif key == "options":
        tabs = getattr(page, "tabs", None)
        if isinstance(tabs, QTabWidget) and tabs.cornerWidget() is not None:
            hidden.hide([tabs.cornerWidget()])
        matrix = getattr(page, "matrix", None)
        for cell in getattr(matrix, "cells", {}).values():
            hidden.hide(_attributes(cell, ("add_button",)))
        # Impact/effort: the chart and the list; the rating boxes and their hint are for the
        # laptop.
        impact_effort = getattr(page, "impact_effort", None)
        if isinstance(impact_effort, QWidget):
            boxes = _attributes(impact_effort, ("impact", "effort"))
            hints = [
                label
                for label in impact_effort.findChildren(QLabel)
                if label.property("role") == "hint"
            ]
            hidden.hide([*boxes, *_labels_of(impact_effort, boxes), *hints])
    elif key == "vision":
        for panel in _attributes(page, ("elements", "drafts", "objectives")):
            hidden.hide(_attributes(panel, FORM_BUTTONS))
        drafts = getattr(page, "drafts", None)
        hidden.hide(_attributes(drafts, ("hint", "votes", "votes_caption")))
        # The element's and the objective's forms: the lists take the width.
        for panel in _attributes(page, ("elements", "objectives")):
            form_title = getattr(panel, "form_title", None)
            if isinstance(form_title, QWidget):
                form = form_title.parentWidget()
                if form is not None and form is not panel:
                    hidden.hide([form])
        tabs = getattr(page, "tabs", None)
        if isinstance(tabs, QTabWidget) and isinstance(drafts, QWidget):
            hidden.show_tab(tabs, drafts)  # the drafts side by side are what the hall compares
    elif key == "action_plan":
        hidden.hide(_attributes(page, ("details",)))
        tree = getattr(page, "tree", None)
        if tree is not None:
            filters = [*_attributes(tree, ("search", "clear_button"))]
            filters.extend(getattr(tree, "filter_combos", []))
            hidden.hide([*filters, *_labels_of(page, filters)])
            view = getattr(tree, "view", None)
            if isinstance(view, QTreeView):
                from cluster_planner.ui.action_tree_model import ActionTreeModel

                # Narrow screens drop the lead before cutting the titles.
                lead = ActionTreeModel.column_of("lead")
                hidden.fitted.append(FittedColumns(view, [lead]))
    elif key == "timeline":
        controls = _attributes(
            page,
            (
                "fit_button",
                "today_button",
                "colour_by",
                "colour_by_label",
                "move_successors",
                "show_baseline",
                "export_png_button",
                "export_svg_button",
            ),
        )
        controls.extend(
            b for b in getattr(page, "scale_buttons", {}).values() if isinstance(b, QAbstractButton)
        )
        hidden.hide(controls)
        _give_the_titles_room(page, hidden)  # first: the plan is fitted to the room left
        _fit_the_plan(page, hidden)
    return hidden


# The share of the presented timeline's width its row titles take (codes and titles), so that
# a title reads in the hall rather than its first ten letters.
TITLES_SHARE = 0.36


def _give_the_titles_room(page: QWidget, hidden: HiddenChrome) -> None:
    """Widen the presented timeline's list of titles; leaving gives back the width it had."""
    gantt = getattr(page, "gantt", None)
    splitter = getattr(gantt, "splitter", None)
    if not isinstance(splitter, QSplitter) or splitter.count() != 2:
        return
    sizes = splitter.sizes()
    total = sum(sizes) or 1000
    titles = round(total * TITLES_SHARE)
    if sizes[0] >= titles:
        return
    splitter.setSizes([titles, total - titles])
    hidden.undo.append(lambda: splitter.setSizes(sizes))


def _fit_the_plan(page: QWidget, hidden: HiddenChrome) -> None:
    """Show the whole plan across the presented timeline; leaving gives back the zoom and the
    scrolled position the facilitator had."""
    gantt = getattr(page, "gantt", None)
    chart = getattr(gantt, "chart", None)
    fit, grid = getattr(page, "fit_to_plan", None), getattr(gantt, "grid", None)
    set_grid = getattr(gantt, "set_grid", None)
    if not (callable(fit) and callable(set_grid) and grid is not None and chart is not None):
        return
    bar = chart.horizontalScrollBar()
    position = bar.value()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)  # the new width
    fit()

    def undo() -> None:
        set_grid(grid)
        bar.setValue(position)

    hidden.undo.append(undo)


def settle(page: QWidget) -> None:
    """Let a page catch up with a new type size where it measures rows itself (the timeline
    takes its chart's rows from the tree's)."""
    gantt = getattr(page, "gantt", None)
    tree = getattr(gantt, "tree", None)
    refresh_rows = getattr(gantt, "refresh_rows", None)
    if isinstance(tree, QAbstractItemView) and callable(refresh_rows):
        tree.doItemsLayout()
        refresh_rows()
