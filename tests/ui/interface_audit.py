"""What a person sees of a window, read back for the tests of every step and language:
its size, its keyboard shortcuts (Alt+letter), the names assistive technology hears, and
labels cut short. Each function returns the problems it finds as sentences."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAccessible, QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

_MNEMONIC = re.compile(r"&([^&\s])")
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
    QGraphicsView,
)


def mnemonic(text: str) -> str | None:
    """The letter Alt gives the keyboard to in ``text`` ("&Edit" → "e"), if any."""
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonic_free(text: str) -> str:
    """``text`` as shown: "&Edit" → "Edit", "Beneficiaries && risks" → "… & …"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.objectName() != "focus_ring"


def mnemonic_owners(window: QMainWindow) -> dict[str, list[str]]:
    """Each Alt+letter of the window as shown now, with what answers it: the menus, the
    visible tabs, buttons, group boxes and labels that lead to a field, and commands
    bound to Alt+letter."""
    owners: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        if action.isVisible() and (letter := mnemonic(action.text())):
            owners[letter].append(f"menu {action.text()!r}")
    for widget in window.findChildren(QWidget):
        if not _shown(widget):
            continue
        texts: list[str] = []
        if isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        for text in texts:
            if letter := mnemonic(text):
                owners[letter].append(f"{type(widget).__name__} {text!r}")
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            keys = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            match = re.fullmatch(r"Alt\+([A-Z])", keys)
            if match and action.isEnabled() and _action_active(action):
                owners[match.group(1).casefold()].append(f"command {action.text()!r}")
    return owners


def _action_active(action: QAction) -> bool:
    """A command's shortcut answers while a widget holding it is shown."""
    return any(_shown(w) for w in action.associatedObjects() if isinstance(w, QWidget))


def mnemonic_clashes(window: QMainWindow) -> list[str]:
    """Alt+letters that answer twice on the window as shown now."""
    return [
        f"Alt+{letter.upper()}: {', '.join(owners)}"
        for letter, owners in sorted(mnemonic_owners(window).items())
        if len(owners) > 1
    ]


def menu_clashes(menu: QMenu, path: str = "") -> list[str]:
    """Letters used twice within one menu (and each of its submenus)."""
    menu.aboutToShow.emit()
    path = f"{path} ▸ {menu.title()}" if path else menu.title()
    owners: dict[str, list[str]] = defaultdict(list)
    problems: list[str] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if letter := mnemonic(action.text()):
            owners[letter].append(action.text())
        if action.menu() is not None:
            problems += menu_clashes(action.menu(), path)
    problems += [
        f"{path}: Alt+{letter.upper()} for {', '.join(map(repr, texts))}"
        for letter, texts in sorted(owners.items())
        if len(texts) > 1
    ]
    return problems


def _describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says a control is. A drop-down list is announced by its value
    unless it has a name of its own, so only that counts for it."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName()
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_controls(window: QWidget) -> list[str]:
    """Interactive controls shown without an accessible name (nor a label leading to them)."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget) or not isinstance(widget, INTERACTIVE):
            continue
        if isinstance(widget, QHeaderView):
            continue  # part of its table
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)):
            continue  # the box's own text field
        if parent is not None and isinstance(parent.parentWidget(), QAbstractItemView):
            continue  # a cell's editor, named by its column
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll arrows of a tab bar …)
        if not accessible_name(widget).strip():
            problems.append(_describe(widget))
    return problems


def _text_width(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def cut_without_tooltip(window: QWidget) -> list[str]:
    """Visible words cut short (by their own box or by the panel they sit in) with no
    tooltip saying them whole: labels, buttons, tabs, drop-down lists, column headings."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel):
            text = widget.text()
            if text and widget.wordWrap():
                # Wrapped words take the label's width: cut only where a panel hides part.
                if shown_width(widget) < widget.width() - 1 and not widget.toolTip():
                    problems.append(f"wrapped label {text[:40]!r} (partly hidden)")
                continue
            if not text or "<" in text or not widget.pixmap().isNull():
                continue
            shown = mnemonic_free(text) if widget.buddy() is not None else text
            need = _text_width(widget.fontMetrics(), shown) + 2 * widget.margin()
            room = widget.contentsRect().width()
            clip = shown_width(widget)
            if (need > room + 1 or clip < min(need, widget.width()) - 1) and not (
                widget.toolTip() and shown in widget.toolTip()
            ):
                problems.append(f"label {shown!r} ({need} px in {min(room, clip)})")
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
            room = min(widget.width(), shown_width(widget))
            if room < need - 1 and not widget.toolTip():
                problems.append(f"button {mnemonic_free(widget.text())!r} ({need} px in {room})")
        elif isinstance(widget, QTabBar):
            metrics = widget.fontMetrics()
            for index in range(widget.count()):
                text = mnemonic_free(widget.tabText(index))
                if not widget.isTabVisible(index):
                    continue
                if widget.tabRect(index).width() < metrics.horizontalAdvance(text) + 8 and not (
                    widget.tabToolTip(index)
                ):
                    problems.append(f"tab {text!r}")
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            text = widget.currentText()
            room = widget.width() - 36  # the arrow and the frame
            if (
                text
                and widget.fontMetrics().horizontalAdvance(text) > room
                and (text not in widget.toolTip())
            ):
                problems.append(f"drop-down list {text!r}")
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            problems += _cut_headings(widget)
    return problems


def shown_width(widget: QWidget) -> int:
    """How much of ``widget``'s width its panels leave in view. A scrolled area is not a
    cut (the person scrolls), a splitter pane or a page narrower than its content is."""
    left, right = 0, widget.width()
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        offset = child.mapTo(parent, child.rect().topLeft()).x() - child.x()
        left, right = left + child.x() + offset, right + child.x() + offset
        scrolled = isinstance(parent.parentWidget(), QAbstractScrollArea) and (
            parent is parent.parentWidget().viewport()  # type: ignore[union-attr]
        )
        if not scrolled:
            left, right = max(left, 0), min(right, parent.width())
        child, parent = parent, parent.parentWidget()
    return max(right - left, 0)


def _cut_headings(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None:
        return []
    problems = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        left = header.sectionViewportPosition(section)
        size = header.sectionSize(section)
        if left + size <= 0 or left >= header.viewport().width():
            continue  # scrolled out of view
        text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        tip = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        if text and metrics.horizontalAdvance(text) + 12 > size and not tip:
            problems.append(f"column heading {text!r}")
    return problems


def too_large(window: QWidget, screen: QSize) -> list[str]:
    """The window grown past the screen, or asking for more than it."""
    problems = []
    for what, size in (("is", window.size()), ("needs at least", window.minimumSizeHint())):
        if size.width() > screen.width() or size.height() > screen.height():
            problems.append(f"the window {what} {size.width()}×{size.height()}")
    return problems
