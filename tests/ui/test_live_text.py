"""What a phone writes is shown as the text it is, on every screen it reaches.

A participant's idea, once accepted, is a SWOT card like any other: it reaches the
board, the card form, the voting panel, the TOWS matrix, the traceability and the
undo labels. Markup in it is shown as typed, never interpreted.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget

from cluster_planner.ui.main_window import MainWindow

HOSTILE = '<img src="file:///etc/hostname"><b>Bold</b> & <a href="x">link</a>'
MARKER = "file:///etc/hostname"


def _where(widget: QWidget) -> str:
    """The widget and its named ancestors, to say where a problem is."""
    names = []
    while widget is not None and len(names) < 6:
        names.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(names))


def _size(model) -> tuple[int, int]:
    for call in (
        lambda: (model.rowCount(), model.columnCount()),
        lambda: (model.rowCount(QModelIndex()), model.columnCount(QModelIndex())),
    ):
        try:
            return call()
        except TypeError:
            continue
    return 0, 0


def _rendered_as_markup(widget: QWidget) -> list[str]:
    """Labels and tooltips that hold the text and would render it as markup."""
    found = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        if MARKER in text:
            rich = label.textFormat() == Qt.TextFormat.RichText or (
                label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
            )
            if rich and "&lt;img" not in text:
                found.append(f"label {_where(label)}: {text[:60]}")
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        rows, columns = _size(model)
        for row in range(min(rows, 200)):
            for column in range(columns):
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                markup = isinstance(tip, str) and MARKER in tip and QtGui.mightBeRichText(tip)
                if markup and "&lt;img" not in tip:
                    found.append(f"tooltip in {_where(view)}: {tip[:60]}")
    return found


def test_a_phones_markup_is_shown_as_text_everywhere_it_goes(
    qtbot, demo_window: MainWindow
) -> None:
    window = demo_window
    session = window.session
    session.document.add_pending_card("phoneAAAAAAAAAAAAAAAAA", "strength", HOSTILE)
    card = session.pending_cards()[0]
    assert card.statement == HOSTILE
    session.run(session.document.accept_pending_card, card.id)
    item = next(i for i in session.swot_items() if i.statement == HOSTILE)
    meeting = session.meetings()[-1].id
    session.run(
        session.document.add_voting_round, meeting_id=meeting, title="Now", dots_per_voter=3
    )
    round_id = session.voting_rounds()[-1].id
    session.document.set_phone_ballot(round_id, "phoneAAAAAAAAAAAAAAAAA", {item.id: 3})
    session.run(session.document.reveal_voting_round, round_id)
    problems = []
    for key in ("diagnostic", "options", "vision"):
        window.plan_view.go_to_key(key)
        page = window.plan_view.page(key)
        if key == "diagnostic":
            page.voting.choose_round(round_id)
            page.board.select(item.id)
            page.show_side_panel(page.voting)
            page.voting.tally_table.setCurrentIndex(
                page.voting.tally_model.index(page.voting.tally_model.row_of(item.id), 2)
            )
        QApplication.processEvents()
        problems += _rendered_as_markup(page)
    assert problems == [], "\n".join(problems)
    assert MARKER in session.undo_stack.text(session.undo_stack.count() - 3)
