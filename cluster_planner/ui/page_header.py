"""A step page's header: its title and subtitle, with the page's message line beside them.

A message (a refused value, a problem) used to appear as a banner between the header and
the page, pushing everything down by its height just as the person reached for the next
field. Here it has its own place to the right of the title, in a row whose height the
title and subtitle set, so showing or hiding it never moves anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout


def page_header(title: QLabel, subtitle: QLabel, message: QLabel) -> QHBoxLayout:
    """The row of ``title`` over ``subtitle``, with ``message`` beside them."""
    names = QVBoxLayout()
    names.setSpacing(4)
    names.addWidget(title)
    names.addWidget(subtitle)
    names.addStretch(1)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    policy.setRetainSizeWhenHidden(True)  # hidden, it keeps its place: nothing moves
    message.setSizePolicy(policy)
    message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    message.setWordWrap(True)
    row = QHBoxLayout()
    row.setSpacing(16)
    row.addLayout(names, 3)
    row.addWidget(message, 2)
    return row


def show_page_message(message: QLabel, sentence: str) -> None:
    """Show ``sentence`` in a page's message line (the tooltip holds it whole, should it need
    more lines than the header has)."""
    message.setText(sentence)
    message.setToolTip(sentence)
    message.show()
