"""Tab goes through every form of every step top to bottom (a column at a time), pressing the
real key from the form's first field, and never leaves a form before its last field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from cluster_planner.ui.main_window import MainWindow
from tests.ui.gestures import reads_down, tab_fields, tab_walk


def _page(window: MainWindow, key: str) -> Any:
    assert window.plan_view is not None
    window.plan_view.go_to_key(key)
    QApplication.processEvents()
    return window.plan_view.page(key)


def _profile(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "cluster")
    form = page.profile_tab.form
    return form, form.first_field()


def _register(name: str) -> Callable[[MainWindow], tuple[QWidget, QWidget]]:
    def open_form(window: MainWindow) -> tuple[QWidget, QWidget]:
        page = _page(window, "cluster")
        tab = getattr(page, f"{name}_tab")
        page.tabs.setCurrentWidget(tab)
        tab.select(tab.model.entry(0).id)
        return tab.form, tab.form.first_field()

    return open_form


def _card(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "diagnostic")
    page.board.select(window.session.swot_items()[0].id)
    QApplication.processEvents()
    return page.details.form, page.details.statement


def _option(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "options")
    page.add_option("SO")
    QApplication.processEvents()
    return page.editor, page.editor.statement


def _vision(tab: str, start: str = "add") -> Callable[[MainWindow], tuple[QWidget, QWidget]]:
    def open_form(window: MainWindow) -> tuple[QWidget, QWidget]:
        page = _page(window, "vision")
        panel = getattr(page, tab)
        page.tabs.setCurrentWidget(panel)
        QApplication.processEvents()
        if start == "add":
            page.add_entry()
        QApplication.processEvents()
        first = QApplication.focusWidget()
        form = {
            "elements": lambda: first.parentWidget(),
            "drafts": lambda: panel.composer,
            "adopted": lambda: panel.form,
            "objectives": lambda: first.parentWidget(),
        }[tab]()
        return form, first

    return open_form


def _indicator(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "vision")
    page.tabs.setCurrentWidget(page.objectives)
    page.objectives.select(window.session.objectives()[0].id)
    page.objectives.add_indicator()
    form = page.objectives.indicator_form
    return form, form.fields["name"]


def _action_tab(index: int) -> Callable[[MainWindow], tuple[QWidget, QWidget]]:
    def open_form(window: MainWindow) -> tuple[QWidget, QWidget]:
        page = _page(window, "action_plan")
        page.tree.select_action(window.session.actions()[0].id)
        details = page.details
        details.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        tab = details.tabs.currentWidget().widget()
        tab.enter()
        QApplication.processEvents()
        return tab, QApplication.focusWidget()

    return open_form


def _review_report(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "review")
    tab = page.meeting_tab
    page.tabs.setCurrentWidget(tab)
    tab.actions_list.setCurrentRow(0)
    QApplication.processEvents()
    return tab.report, tab.report.on


def _review_value(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "review")
    tab = page.indicators_tab
    page.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    return tab.on.parentWidget(), tab.on


def _review_adoption(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "review")
    tab = page.meeting_tab
    page.tabs.setCurrentWidget(tab)
    tab.adopt_toggle.setChecked(True)
    QApplication.processEvents()
    return tab.adoption, tab.adoption.title_edit


def _voting(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "diagnostic")
    page.side.setCurrentWidget(page.voting)
    QApplication.processEvents()
    return page.voting, page.voting.rounds


def _roadmap(window: MainWindow) -> tuple[QWidget, QWidget]:
    page = _page(window, "roadmap")
    return page.paper.parentWidget(), page.paper


FORMS: dict[str, Callable[[MainWindow], tuple[QWidget, QWidget]]] = {
    "profile": _profile,
    "organisation": _register("organisations"),
    "person": _register("people"),
    "meeting": _register("meetings"),
    "swot card": _card,
    "strategic option": _option,
    "vision element": _vision("elements"),
    "vision draft": _vision("drafts"),
    "vision adoption": _vision("adopted"),
    "objective": _vision("objectives"),
    "indicator": _indicator,
    **{f"action tab {n}": _action_tab(n) for n in range(7)},
    "progress report": _review_report,
    "indicator value": _review_value,
    "revision adoption": _review_adoption,
    "voting round": _voting,
    "roadmap choices": _roadmap,
}


@pytest.mark.parametrize("name", list(FORMS))
def test_tab_reads_each_form_top_to_bottom(demo_window: MainWindow, name: str) -> None:
    """From the form's first field, Tab visits each of its fields once, going down each
    column (then to the next column on the right), before it leaves the form."""
    demo_window.resize(1280, 720)
    QApplication.processEvents()
    form, first = FORMS[name](demo_window)
    assert first is not None and form.isAncestorOf(first), f"{name}: no first field"
    fields = tab_fields(form)
    chain = tab_walk(form, first)
    inside = [w for w in chain if form.isAncestorOf(w)]
    names = [w.objectName() or type(w).__name__ for w in chain]
    missed = [w.objectName() or type(w).__name__ for w in fields if w not in inside]
    assert not missed, f"{name}: Tab leaves the form before {missed}: {names}"
    wrong = [
        (a.objectName() or type(a).__name__, b.objectName() or type(b).__name__)
        for a, b in reads_down(form, inside)
    ]
    assert not wrong, f"{name}: Tab goes back up: {wrong} in {names}"
