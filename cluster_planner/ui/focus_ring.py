"""A keyboard focus mark that can be seen: a dark ring with a light inner line around
the widget that has the keyboard, whatever it is (a tab, an empty table, the Gantt chart,
a button of the welcome screen) and from the first moment, not only after a key press.

One ring per window follows the focus: it is a transparent child laid over the focused
widget (over a list's or chart's visible area, over a tab bar's current tab), so it never
moves a layout and never takes a click.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QMoveEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabBar, QWidget

# The ring's colours: FOCUS stands out from light grounds (≥ 8:1), FOCUS_INNER from the
# selection's dark blue, so the mark shows over a selected row too.
FOCUS = "#0b3c8c"
FOCUS_INNER = "#ffffff"
RING_WIDTH = 2


class FocusRing(QWidget):
    """The mark over one widget; moved to whichever widget takes the keyboard."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def follow(self, widget: QWidget | None) -> None:
        """Lay the ring over ``widget`` (None: hide it)."""
        old = self.target
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
            _host(old).removeEventFilter(self)
            if isinstance(old, QTabBar):
                old.currentChanged.disconnect(self.place)
        self.target = widget
        if widget is None:
            self.hide()
            return
        host = _host(widget)
        self.setParent(host)
        widget.installEventFilter(self)
        host.installEventFilter(self)
        if isinstance(widget, QTabBar):
            widget.currentChanged.connect(self.place)
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        """Fit the ring to its widget (or, on a tab bar, to the current tab)."""
        widget = self.target
        if widget is None or not shiboken6.isValid(widget):
            return
        area = _host(widget).rect()
        if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
            area = widget.tabRect(widget.currentIndex())
        if area != self.geometry():
            self.setGeometry(area)

    def moveEvent(self, event: QMoveEvent) -> None:
        # A list or a chart scrolls its visible area's children along: stay put.
        super().moveEvent(event)
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.place()
        elif kind in (QEvent.Type.Hide, QEvent.Type.DeferredDelete) and watched is self.target:
            self.follow(None)
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRect(self.rect())
        outer = QPen(QColor(FOCUS), RING_WIDTH)
        outer.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(outer)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(QPen(QColor(FOCUS_INNER), 1))
        painter.drawRect(rect.adjusted(RING_WIDTH, RING_WIDTH, -RING_WIDTH - 1, -RING_WIDTH - 1))


def _host(widget: QWidget) -> QWidget:
    """Where the ring is drawn: a list's or a chart's visible area, else the widget."""
    if isinstance(widget, QAbstractScrollArea):
        return widget.viewport()
    return widget


def _shows_focus(widget: QWidget | None) -> bool:
    """Widgets that take the keyboard and draw no mark of their own that can be seen."""
    return (
        widget is not None
        and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not widget.isWindow()
        and widget.objectName() != "qt_spinbox_lineedit"
    )


class FocusRings(QObject):
    """Keeps one ring per window on the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._rings: dict[int, FocusRing] = {}
        app.focusChanged.connect(self._focus_changed)

    def ring(self, window: QWidget) -> FocusRing:
        """The ring of ``window`` (a new one when the widget it lay on took it along)."""
        key = id(window)
        ring = self._rings.get(key)
        if ring is None or not shiboken6.isValid(ring):
            ring = FocusRing()
            self._rings[key] = ring
            window.destroyed.connect(lambda *_: self._rings.pop(key, None))
        return ring

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        target = new
        # A spin box's or a combo box's inner line edit: ring the whole box.
        parent = new.parentWidget()
        if new.objectName() in ("qt_spinbox_lineedit",) and parent is not None:
            target = parent
        window = target.window()
        if window.windowType() == Qt.WindowType.Popup:
            return  # a menu or a drop-down list: its current entry is the mark
        ring = self.ring(window)
        ring.follow(target if _shows_focus(target) else None)


def install(app: QApplication) -> FocusRings:
    """Show the keyboard focus with a ring in every window of ``app`` (once)."""
    existing = app.findChild(FocusRings)
    return existing if isinstance(existing, FocusRings) else FocusRings(app)


def uninstall(app: QApplication) -> None:
    """Stop showing rings (a test that themed the application gives it back)."""
    rings = app.findChild(FocusRings)
    if isinstance(rings, FocusRings):
        app.focusChanged.disconnect(rings._focus_changed)
        for ring in rings._rings.values():
            if shiboken6.isValid(ring):
                ring.follow(None)
                ring.deleteLater()
        rings.setParent(None)
        rings.deleteLater()
