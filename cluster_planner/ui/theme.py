"""The look: Fusion style, a base font that reads from the back of a hall, larger titles."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Projected in workshops: never smaller than this, even where the platform default is.
MINIMUM_POINT_SIZE = 11.0

TITLE = "title"
SUBTITLE = "subtitle"
HEADING = "heading"
HINT = "hint"
BANNER = "banner"
# Text roles drawn larger than the base font, and by how much.
ROLE_SCALES = {TITLE: 1.8, SUBTITLE: 1.15, HEADING: 1.2}

# Secondary text is still text: at least 4.5:1 on the window's and the fields' grounds.
SUBTITLE_COLOUR = "#444444"
HINT_COLOUR = "#555555"
# What a field holds before anything is typed (for the SWOT capture lines, their only
# label on screen): Qt's default, half-transparent black, is 4:1 on white.
PLACEHOLDER_COLOUR = "#5f5f5f"
# The selection: white text on it reads at 6.4:1 (Qt's lighter blue: 3.7:1).
HIGHLIGHT_COLOUR = "#1f5fa8"


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` one of the text roles the style sheet sizes (TITLE, HINT …).

    Such text wraps: a heading or hint translated longer takes another line instead of
    widening the page past the screen.
    """
    if isinstance(widget, QLabel):
        widget.setWordWrap(True)
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def apply_theme(app: QApplication) -> None:
    """Set the style, the base font and the style sheet of the whole application."""
    app.setStyle("Fusion")
    font, colours, sheet = look(app)
    app.setFont(font)
    app.setPalette(colours)
    app.setStyleSheet(sheet)
    from cluster_planner.ui import focus_ring

    focus_ring.install(app)


def look(app: QApplication) -> tuple[QFont, QPalette, str]:
    """The application's font, palette and style sheet, from Qt's own."""
    font = QFont(app.font())
    size = max(font.pointSizeF(), MINIMUM_POINT_SIZE)
    font.setPointSizeF(size)
    return font, palette(app.palette()), _style_sheet(size)


def palette(base: QPalette) -> QPalette:
    """``base`` with readable placeholder text and selection, in every colour group."""
    adjusted = QPalette(base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        adjusted.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER_COLOUR))
        adjusted.setColor(group, QPalette.ColorRole.Highlight, QColor(HIGHLIGHT_COLOUR))
        adjusted.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return adjusted


def _style_sheet(size: float) -> str:
    return f"""
    QLabel[role="title"] {{ font-size: {size * ROLE_SCALES[TITLE]:.1f}pt; font-weight: 600; }}
    QLabel[role="subtitle"] {{
        font-size: {size * ROLE_SCALES[SUBTITLE]:.1f}pt; color: {SUBTITLE_COLOUR};
    }}
    QLabel[role="heading"] {{ font-size: {size * ROLE_SCALES[HEADING]:.1f}pt; font-weight: 600; }}
    QLabel[role="hint"] {{ color: {HINT_COLOUR}; }}
    QLabel[role="banner"] {{
        background: #fff4ce; color: #3d2f00; border: 1px solid #e0c060;
        border-radius: 4px; padding: 8px 12px;
    }}
    QLabel[role="banner"][in_header="true"] {{ padding: 0px 6px; }}
    QListWidget#workshop_steps {{
        font-size: {size * 1.1:.1f}pt; border: none; background: palette(window);
        padding-top: 8px; outline: 0;
    }}
    QListWidget#workshop_steps::item {{ padding: 10px 14px; border-radius: 4px; }}
    QListWidget#workshop_steps::item:selected {{
        background: palette(highlight); color: palette(highlighted-text);
    }}
    QPushButton[role="big"] {{
        padding: 10px 18px; font-size: {size * 1.1:.1f}pt; text-align: left;
    }}
    QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QTextEdit[readOnly="true"],
    QAbstractSpinBox[readOnly="true"] {{
        background: palette(window); border: 1px dashed palette(mid); border-radius: 3px;
        color: palette(text);
    }}
    QTableView {{ gridline-color: palette(midlight); }}
    QTableView::item {{ padding: 2px 6px; }}
    QHeaderView::section {{ padding: 6px; font-weight: 600; }}
    QTabBar::tab {{ padding: 8px 18px; }}
    """
