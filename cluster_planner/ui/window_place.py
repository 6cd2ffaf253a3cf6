"""Where the main window opens: inside the screen's available area, at the size it last had
on that screen.

Projectors and laptops are often 1280×720 or 1366×768, with a task bar: a window opened at
a fixed 1280×800 put its status bar and its bottom rows below the screen. The window now
opens at most as large as the available area (less its frame), and each screen remembers
its own size, so the projector's does not spoil the laptop's.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QScreen

DEFAULT_SIZE = QSize(1280, 800)
# The frame a window manager typically adds (title bar above, thin borders), before the
# window is shown and its real frame is known.
TYPICAL_FRAME = QMargins(4, 32, 4, 4)


def screen_key(screen: QScreen) -> str:
    """A name for ``screen`` to remember a size under: its name and resolution."""
    size = screen.geometry().size()
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", screen.name()) or "screen"
    return f"{name}_{size.width()}x{size.height()}"


def fitted(frame: QRect, available: QRect, margins: QMargins = TYPICAL_FRAME) -> QRect:
    """The window geometry (without its frame) closest to ``frame`` that, with ``margins``
    around it, lies inside ``available``: shrunk if too large, moved if off the edges."""
    inner = available.marginsRemoved(margins)
    width = min(frame.width(), inner.width())
    height = min(frame.height(), inner.height())
    x = min(max(frame.x(), inner.left()), inner.right() - width + 1)
    y = min(max(frame.y(), inner.top()), inner.bottom() - height + 1)
    return QRect(x, y, width, height)


def default_geometry(available: QRect, margins: QMargins = TYPICAL_FRAME) -> QRect:
    """A first window: 1280×800 or as much of the screen as there is, centred."""
    inner = available.marginsRemoved(margins)
    size = DEFAULT_SIZE.boundedTo(inner.size())
    corner = inner.center() - QPoint(size.width() // 2, size.height() // 2)
    return QRect(corner, size)
