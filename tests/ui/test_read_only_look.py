"""A past revision's fields look read-only: drawn on the window's grey, without spin arrows or
a calendar button, so nobody tries to type into them."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from cluster_planner.ui.date_field import DateField
from cluster_planner.ui.main_window import MainWindow
from tests.ui.gestures import click_row, settle


def _inside(widget: QWidget) -> QColor:
    """The colour most of ``widget`` is painted in: its background."""
    image = widget.grab().toImage()
    colours = Counter(
        image.pixel(x, y) for x in range(2, image.width() - 2) for y in range(2, image.height() - 2)
    )
    return QColor.fromRgb(colours.most_common(1)[0][0])


def test_a_past_revision_s_fields_look_read_only(
    themed: None, demo_window: MainWindow, qtbot
) -> None:
    """The same organisation form: white and typeable in the plan, grey and read-only in
    revision 1; its meeting date shows no calendar button and counts no arrows."""
    demo_window.resize(1280, 720)
    assert demo_window.plan_view is not None
    page = demo_window.plan_view.cluster_page
    page.tabs.setCurrentWidget(page.organisations_tab)
    click_row(qtbot, page.organisations_tab.table, 0)
    settle()
    assert page.organisations_tab.form is not None
    live = page.organisations_tab.form.editors["name"].widget
    assert isinstance(live, QLineEdit) and not live.isReadOnly()

    past = demo_window.open_revision(1)
    assert past is not None and past.plan_view is not None
    past.resize(1280, 720)
    past_page = past.plan_view.cluster_page
    past_page.tabs.setCurrentWidget(past_page.organisations_tab)
    click_row(qtbot, past_page.organisations_tab.table, 0)
    settle()
    assert past_page.organisations_tab.form is not None
    frozen = past_page.organisations_tab.form.editors["name"].widget
    assert isinstance(frozen, QLineEdit) and frozen.isReadOnly()
    assert _inside(frozen) != _inside(live)
    assert _inside(frozen) == past.palette().window().color()

    past_page.tabs.setCurrentWidget(past_page.meetings_tab)
    click_row(qtbot, past_page.meetings_tab.table, 0)
    settle()
    assert past_page.meetings_tab.form is not None
    date = past_page.meetings_tab.form.editors["date"].widget
    assert isinstance(date, DateField) and date.isReadOnly()
    assert not any(action.isVisible() for action in date.actions())
    spins = [s for s in past.findChildren(QAbstractSpinBox) if s.isVisible()]
    assert all(s.buttonSymbols() is QAbstractSpinBox.ButtonSymbols.NoButtons for s in spins)
    past.close()


def _tick_box(view: QListWidget, row: int) -> QRect:
    """Where the tick box of ``view``'s ``row`` is drawn, in its viewport."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    view.itemDelegate().initStyleOption(option, index)
    return view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )


def _tick_box_colour(view: QListWidget, row: int) -> QColor:
    """The colour inside the tick box of ``view``'s ``row``, as drawn on screen."""
    centre = _tick_box(view, row).center()
    return QColor.fromRgb(view.viewport().grab().toImage().pixel(centre.x(), centre.y()))


def test_a_past_revision_s_tick_boxes_look_fixed(
    themed: None, demo_window: MainWindow, qtbot
) -> None:
    """The attendance of a meeting: white tick boxes that take a click in the plan, grey ones
    in revision 1, where a click on them ticks nothing (the names as readable as before)."""
    demo_window.resize(1280, 720)
    assert demo_window.plan_view is not None
    page = demo_window.plan_view.cluster_page
    page.tabs.setCurrentWidget(page.meetings_tab)
    click_row(qtbot, page.meetings_tab.table, 0)
    settle()
    live = page.attendance.people_list
    past = demo_window.open_revision(1)
    assert past is not None and past.plan_view is not None
    past.resize(1280, 720)
    past_page = past.plan_view.cluster_page
    past_page.tabs.setCurrentWidget(past_page.meetings_tab)
    click_row(qtbot, past_page.meetings_tab.table, 0)
    settle()
    fixed = past_page.attendance.people_list
    unticked = next(
        row
        for row in range(fixed.count())
        if fixed.item(row).checkState() == Qt.CheckState.Unchecked
    )
    assert live.item(unticked).text() == fixed.item(unticked).text()
    assert _tick_box_colour(live, unticked) == live.palette().base().color()
    assert _tick_box_colour(fixed, unticked) == past.palette().window().color()
    qtbot.mouseClick(
        fixed.viewport(), Qt.MouseButton.LeftButton, pos=_tick_box(fixed, unticked).center()
    )
    assert fixed.item(unticked).checkState() == Qt.CheckState.Unchecked
    past.close()
