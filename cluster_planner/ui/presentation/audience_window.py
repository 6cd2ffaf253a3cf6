"""The audience window: a clean, live view of the facilitator's step on the second screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from cluster_planner.ui.presentation.countdown import Countdown, CountdownDisplay
from cluster_planner.ui.presentation.overlay import CornerClearance, Pin


def _tr(text: str) -> str:
    return QCoreApplication.translate("audience_window", text)


class AudienceWindow(QWidget):
    """A frameless window that shows one page, with the countdown in its corner."""

    def __init__(self, countdown: Countdown, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience_window")
        self.setWindowTitle(_tr("Cluster Planner — audience view"))
        # The projector shows; the keyboard stays with the facilitator's window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.countdown = CountdownDisplay(countdown, self)
        self._corner = Pin(self.countdown, Pin.TOP_RIGHT, 24)
        self._clearance = CornerClearance(self.countdown, lambda: self.page)
        self._closing_allowed = False

    def set_page(self, page: QWidget | None) -> QWidget | None:
        """Show ``page`` instead of the page shown before; return that one (for the caller to
        delete)."""
        old = self.page
        if old is not None:
            self._layout.removeWidget(old)
            old.hide()
        self.page = page
        if page is not None:
            self._layout.addWidget(page)
            page.show()
        self._corner.place()
        self._clearance.update()
        return old

    def show_on(self, geometry: QRect, *, full_screen: bool = True) -> None:
        """Show the window over ``geometry`` (a screen's), full screen unless told otherwise."""
        self.setGeometry(geometry)
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        self._corner.place()

    def close_for_good(self) -> None:
        """Close the window (leaving the presentation)."""
        self._closing_allowed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The audience cannot close the view by accident (Alt+F4 on the projector's window).
        if self._closing_allowed:
            event.accept()
        else:
            event.ignore()
