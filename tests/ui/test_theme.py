"""Contrast and focus: text at least 4.5:1 and focus marks at least 3:1, read from the
palette the app sets, and a focus mark seen on the widgets that had none."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QTableView, QVBoxLayout, QWidget

from cluster_planner.ui import focus_ring, swot_card_delegate, theme
from cluster_planner.ui.main_window import MainWindow

TEXT = 4.5
MARK = 3.0
Role = QPalette.ColorRole


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG 2 contrast ratio of two opaque colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _opaque(colour: QColor, ground: QColor) -> QColor:
    """``colour`` as it shows over ``ground`` (Qt's placeholder is half-transparent)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        *(
            alpha * c + (1 - alpha) * g
            for c, g in zip(
                (colour.redF(), colour.greenF(), colour.blueF()),
                (ground.redF(), ground.greenF(), ground.blueF()),
                strict=True,
            )
        )
    )


def test_contrast_is_measured_as_wcag_does() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#7f7f7f"), QColor("#ffffff")) == pytest.approx(4.0, abs=0.05)


@pytest.fixture
def palette(qapp: QApplication) -> QPalette:
    """The palette the app runs with: Fusion's, adjusted by the theme."""
    return theme.palette(qapp.style().standardPalette())


@pytest.mark.parametrize(
    ("text", "ground"),
    [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.Text, Role.AlternateBase),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.PlaceholderText, Role.Base),
        (Role.PlaceholderText, Role.Window),
        (Role.ToolTipText, Role.ToolTipBase),
    ],
)
def test_text_of_the_palette_reads_at_4_5_to_1(
    palette: QPalette, text: QPalette.ColorRole, ground: QPalette.ColorRole
) -> None:
    """Placeholders (the capture lines' only label), selections and ordinary text."""
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        behind = palette.color(group, ground)
        front = _opaque(palette.color(group, text), behind)
        assert contrast(front, behind) >= TEXT, (text, ground, front.name(), behind.name())


def test_secondary_text_of_the_pages_reads_at_4_5_to_1(palette: QPalette) -> None:
    """Hints, subtitles, a card's tags and a plan check's heading, on their grounds."""
    grounds = [palette.color(Role.Window), palette.color(Role.Base)]
    for colour in (theme.HINT_COLOUR, theme.SUBTITLE_COLOUR, "#8a4b00"):
        assert min(contrast(QColor(colour), g) for g in grounds) >= TEXT, colour
    delegate = swot_card_delegate
    for ground in (delegate.CARD_FILL, delegate.TAG_FILL, delegate.SELECTED_FILL):
        assert contrast(delegate.MUTED, ground) >= TEXT
        assert contrast(delegate.TEXT, ground) >= TEXT


def test_the_focus_mark_stands_out_at_3_to_1_on_every_ground(palette: QPalette) -> None:
    """The ring's dark line against the window, fields and buttons; its light inner line
    against the selection it may lie on."""
    ring, inner = QColor(focus_ring.FOCUS), QColor(focus_ring.FOCUS_INNER)
    for ground in (Role.Window, Role.Base, Role.Button, Role.AlternateBase):
        assert contrast(ring, palette.color(ground)) >= MARK, ground
    assert contrast(inner, palette.color(Role.Highlight)) >= MARK
    assert contrast(ring, inner) >= MARK


def _ring_pixels(image: QImage) -> int:
    """How many pixels of ``image`` have the ring's colour."""
    ring = QColor(focus_ring.FOCUS).rgb()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == ring
    )


def test_an_empty_table_shows_that_it_has_the_keyboard(
    themed: Callable[[QWidget], QWidget], qtbot
) -> None:
    """No row to mark, yet the focus shows, from the first moment (no key pressed)."""
    window = QWidget()
    qtbot.addWidget(window)
    themed(window)
    table = QTableView()
    QVBoxLayout(window).addWidget(table)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    before = _ring_pixels(window.grab().toImage())
    table.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(table.hasFocus)
    width, height = table.viewport().width(), table.viewport().height()
    assert before == 0
    assert _ring_pixels(window.grab().toImage()) >= 2 * (width + height)


def test_the_welcome_screen_the_tabs_and_the_gantt_show_the_focus(
    themed: Callable[[QWidget], QWidget], qtbot, window: MainWindow, demo_path
) -> None:
    """New Plan on the welcome screen, a page's tab bar and the timeline chart each carry
    the ring when they take the keyboard."""
    from PySide6.QtWidgets import QGraphicsView

    themed(window)
    window.welcome.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(window.welcome.new_button.hasFocus)
    button = window.welcome.new_button
    assert _ring_pixels(button.grab().toImage()) >= button.width()
    assert window.open_plan(demo_path)
    view = window.plan_view
    assert view is not None
    tabs = view.cluster_page.tabs.tabBar()
    tabs.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(tabs.hasFocus)
    current = tabs.tabRect(tabs.currentIndex())
    assert _ring_pixels(tabs.grab(current).toImage()) >= current.width()
    view.go_to_key("timeline")
    chart = view.page("timeline").findChild(QGraphicsView)
    assert chart is not None
    chart.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    chart.horizontalScrollBar().setValue(chart.horizontalScrollBar().value() + 200)
    area = chart.viewport()
    assert _ring_pixels(area.grab().toImage()) >= 2 * (area.width() + area.height()) - 8
