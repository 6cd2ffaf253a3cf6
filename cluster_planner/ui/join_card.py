"""How the hall joins: the QR code, the short address and the 4-digit code, large.

``JoinCard`` is laid over the presented page (or the audience window) while live
participation is on, in the bottom right corner, sized to the screen so it reads
from the back row; a smaller one sits in the facilitator's live panel.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from cluster_planner.live.qr import QUIET_ZONE, qr_matrix


def _tr(text: str) -> str:
    return QCoreApplication.translate("live", text)


class QrCode(QWidget):
    """A QR code painted module by module, black on white with its quiet zone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_qr_code")
        self._matrix: tuple[tuple[bool, ...], ...] = ()
        self._text = ""
        self.side = 160
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("QR code to join"))

    def set_text(self, text: str) -> None:
        """Encode ``text`` (the join address)."""
        if text != self._text:
            self._text = text
            self._matrix = qr_matrix(text) if text else ()
            self.setAccessibleDescription(text)
            self.update()

    @property
    def text(self) -> str:
        """What the code encodes."""
        return self._text

    @property
    def matrix(self) -> tuple[tuple[bool, ...], ...]:
        """The code's modules, dark True."""
        return self._matrix

    def set_side(self, pixels: int) -> None:
        """Make the code ``pixels`` wide and high."""
        self.side = max(80, int(pixels))
        self.updateGeometry()
        self.adjustSize()

    def sizeHint(self) -> QSize:
        return QSize(self.side, self.side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._matrix:
            return
        modules = len(self._matrix) + 2 * QUIET_ZONE
        size = min(self.width(), self.height()) // modules  # whole pixels: crisp edges
        if size < 1:
            return
        offset = (min(self.width(), self.height()) - size * modules) // 2 + QUIET_ZONE * size
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRect(offset + x * size, offset + y * size, size, size))


class JoinCard(QFrame):
    """The QR code, "Join at ADDRESS" and "Code 1234", for the hall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("live_join_card")
        self.setAccessibleName(_tr("How to join from a phone"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#live_join_card { background: white; border: 3px solid #1f3b63;"
            " border-radius: 8px; } QLabel { color: black; background: transparent; }"
        )
        self.qr = QrCode()
        self.heading = QLabel(_tr("Join from your phone"))
        self.heading.setObjectName("live_join_heading")
        self.address = QLabel()
        self.address.setObjectName("live_join_address")
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setObjectName("live_join_code")
        self.code.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.heading, self.address, self.code):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.address)
        layout.addWidget(self.code)
        self.set_scale(160)

    def show_join(self, url: str, join_url: str, code: str) -> None:
        """Show the address ``url``, the QR code of ``join_url`` and the ``code``."""
        self.qr.set_text(join_url)
        self.address.setText(url.removeprefix("http://"))
        self.code.setText(_tr("Code {code}").format(code=code))
        self.setToolTip(_tr("Phones join at {url} with the code {code}").format(url=url, code=code))

    def set_scale(self, qr_pixels: int) -> None:
        """Size everything from the QR code's side (text readable at the same distance)."""
        self.qr.set_side(qr_pixels)
        for label, share, bold in (
            (self.heading, 0.11, False),
            (self.address, 0.13, True),
            (self.code, 0.2, True),
        ):
            font = QFont(self.font())
            # In points, like every other font, so a presented page's look can scale it.
            font.setPointSizeF(max(11, qr_pixels * share) * 72 / max(1, self.logicalDpiY()))
            font.setBold(bold)
            label.setFont(font)
        self.adjustSize()


class CornerPin(QObject):
    """Keeps a child widget in its parent's bottom right corner as the parent resizes."""

    def __init__(self, widget: QWidget, margin: int = 24) -> None:
        super().__init__(widget)
        self._widget = widget
        self.margin = margin
        parent = widget.parentWidget()
        if parent is not None:
            parent.installEventFilter(self)

    def place(self) -> None:
        """Put the widget in the corner now."""
        parent = self._widget.parentWidget()
        if parent is None:
            return
        widget = self._widget
        widget.adjustSize()
        area = parent.rect()
        widget.move(
            QPoint(
                area.right() - widget.width() - self.margin,
                area.bottom() - widget.height() - self.margin,
            )
        )
        widget.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self.place()
        return False


QR_SHARE = 0.22  # the QR code's side as a share of the presented screen's height


class JoinOverlay(QObject):
    """Puts the join card where the hall looks while presenting with live participation on:
    the audience window with two screens, else the full-screen window. The page gives up
    a strip on the right for it (its margins, given back afterwards), so the card covers
    no card of the board."""

    def __init__(self, presentation: Any, live: Any) -> None:
        super().__init__(presentation)
        self._presentation = presentation
        self._live = live
        self.card: JoinCard | None = None
        self._room: tuple[QWidget, Any] | None = None  # (widget, its margins before)
        presentation.presenting_changed.connect(self.refresh)
        live.changed.connect(self.refresh)
        live.destroyed.connect(self._forget)

    def _forget(self) -> None:
        self._live = None
        self._remove()

    def _remove(self) -> None:
        if self.card is not None:
            self.card.hide()
            self.card.deleteLater()
            self.card = None
        self._give_room_back()

    def _give_room_back(self) -> None:
        if self._room is not None:
            widget, margins = self._room
            self._room = None
            with contextlib.suppress(RuntimeError):  # the audience window may be gone
                widget.setContentsMargins(margins)

    def _make_room(self, widget: QWidget, width: int) -> None:
        if self._room is None or self._room[0] is not widget:
            self._give_room_back()
            self._room = (widget, widget.contentsMargins())
        base = self._room[1]
        widget.setContentsMargins(base.left(), base.top(), base.right() + width, base.bottom())

    def refresh(self, *_args: object) -> None:
        """Show, move or take away the card as the presentation and live mode stand."""
        live, presentation = self._live, self._presentation
        if live is None or not live.running or not presentation.presenting:
            self._remove()
            return
        target = presentation.audience or presentation.parent()
        if self.card is not None and self.card.parentWidget() is not target:
            self._remove()
        if self.card is None:
            self.card = JoinCard(target)
            CornerPin(self.card)
        self.card.show_join(live.url, live.join_url, live.code)
        self.card.set_scale(round(max(200, target.height()) * QR_SHARE))
        self.card.show()
        self.card.adjustSize()
        pins = self.card.findChildren(CornerPin)
        margin = pins[0].margin if pins else 24
        window = presentation.parent()
        page_area = target if presentation.audience is not None else window.plan_view
        if page_area is not None:
            self._make_room(page_area, self.card.width() + 2 * margin)
        for pin in pins:
            pin.place()


def attach_join_overlay(presentation: Any, live: Any) -> JoinOverlay:
    """The join overlay of ``presentation`` (made once per window)."""
    overlay = getattr(presentation, "_live_join_overlay", None)
    if overlay is None:
        overlay = JoinOverlay(presentation, live)
        presentation._live_join_overlay = overlay
    overlay.refresh()
    return overlay
