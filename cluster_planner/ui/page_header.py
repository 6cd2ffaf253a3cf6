"""A step page's header: its title and subtitle, with the page's message line over their right.

A message (a refused value, a problem) used to appear as a banner between the header and
the page, pushing everything down by its height just as the person reached for the next
field. Here it lies over the right part of the header, in the height the title and the
subtitle take anyway, so showing or hiding it never moves anything: while it shows, it
covers the end of the subtitle, which comes back when it goes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

# The share of the header's width the message takes, on the right.
MESSAGE_SHARE = (11, 9)


class _MessagePlace(QWidget):
    """The place of a message in the header: the size the header gives it, whatever the text
    (a word-wrapped label would ask the header for the height of its lines)."""

    def __init__(self, message: QLabel) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.message = message
        message.setParent(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.message.setGeometry(self.rect())
        self.fit()

    def fit(self) -> None:
        """Show as much of the sentence as the place holds, ending in "…" when cut (the
        tooltip and the window's status line hold it whole)."""
        sentence = self.message.toolTip()
        if not sentence:
            return
        # Inside the style sheet's border and padding, with room for the last line's descenders.
        room = self.message.contentsRect().adjusted(0, 0, 0, -2)
        metrics = QFontMetrics(self.message.font())
        flags = int(Qt.TextFlag.TextWordWrap)

        def fits(text: str) -> bool:
            return metrics.boundingRect(
                QRect(0, 0, room.width(), 10_000), flags, text
            ).height() <= (room.height())

        if room.width() <= 0 or fits(sentence):
            self.message.setText(sentence)
            return
        low, high = 0, len(sentence)
        while low < high:  # the longest start of the sentence that fits with "…"
            middle = (low + high + 1) // 2
            if fits(sentence[:middle].rstrip() + "…"):
                low = middle
            else:
                high = middle - 1
        self.message.setText(sentence[:low].rstrip() + "…")


def page_header(title: QLabel, subtitle: QLabel, message: QLabel) -> QGridLayout:
    """The title over the subtitle (the whole width), ``message`` over their right part."""
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(16)
    grid.setVerticalSpacing(8)  # with the title and subtitle: room for three lines
    grid.addWidget(title, 0, 0)
    grid.addWidget(subtitle, 1, 0, 1, 2)
    message.setWordWrap(True)
    message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    message.setProperty("in_header", True)  # a tighter banner: three lines fit the header
    place = _MessagePlace(message)
    grid.addWidget(place, 0, 1, 2, 1)  # added last: drawn over the subtitle
    grid.setColumnStretch(0, MESSAGE_SHARE[0])
    grid.setColumnStretch(1, MESSAGE_SHARE[1])
    return grid


def show_page_message(message: QLabel, sentence: str) -> None:
    """Show ``sentence`` in a page's message line (the tooltip holds it whole, should it need
    more lines than the header has)."""
    message.setToolTip(sentence)
    message.setText(sentence)
    message.show()
    place = message.parentWidget()
    if isinstance(place, _MessagePlace):
        place.fit()
