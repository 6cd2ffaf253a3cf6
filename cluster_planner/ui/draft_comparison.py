"""DraftComparison: two or three draft statements side by side in projected type, with votes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.participation import draft_total
from cluster_planner.ui import theme
from cluster_planner.ui.formats import plural
from cluster_planner.ui.vision_fields import PROJECTED_SCALE, scaled_font, tr

if TYPE_CHECKING:
    from cluster_planner.domain.entities import VisionDraft, VisionElement


def leaders(drafts: Sequence[VisionDraft], phones_hidden: bool = False) -> list[int]:
    """The ids of the drafts with the most votes (several on a tie; none without votes);
    phones' votes count unless they are hidden while the phones still vote."""
    totals = {d.id: d.votes if phones_hidden else draft_total(d) for d in drafts}
    counted = {i: n for i, n in totals.items() if n is not None}
    if not counted:
        return []
    top = max(counted.values())
    if top == 0:
        return []
    return [i for i, n in counted.items() if n == top]


def votes_text(draft: VisionDraft, phones_hidden: bool = False) -> str:
    """A draft's tally in words: those counted in the hall and those from phones, apart."""
    if phones_hidden:
        counted = (
            tr("No votes counted yet")
            if draft.votes is None
            else plural("vision_page", "%n vote(s)", draft.votes)
        )
        return tr("{counted}; phones still voting").format(counted=counted)
    total = draft_total(draft)
    if total is None:
        return tr("No votes counted yet")
    text = plural("vision_page", "%n vote(s)", total)
    if draft.phone_votes:
        return tr("{total} ({hall} in the hall, {phones} from phones)").format(
            total=text,
            hall=QLocale().toString(draft.votes or 0),
            phones=QLocale().toString(len(draft.phone_votes)),
        )
    return text


class DraftColumn(QFrame):
    """One draft in the comparison: title, lead mark, statement, votes, elements."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_column")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        base = self.font()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(base, 1.25, bold=True))
        self.lead = QLabel()
        self.lead.setObjectName("draft_lead")
        self.statement = QLabel()
        self.statement.setObjectName("draft_statement_projected")
        self.statement.setWordWrap(True)
        self.statement.setFont(scaled_font(base, PROJECTED_SCALE))
        self.statement.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.votes = QLabel()
        self.votes.setObjectName("draft_votes")
        self.votes.setFont(scaled_font(base, 1.4, bold=True))
        self.elements = QLabel()
        self.elements.setWordWrap(True)
        theme.set_role(self.elements, theme.HINT)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        # Votes right under the title, so the columns' tallies sit on one line.
        votes_row = QHBoxLayout()
        votes_row.addWidget(self.votes)
        votes_row.addStretch(1)
        votes_row.addWidget(self.lead)
        layout.addLayout(votes_row)
        layout.addWidget(self.statement)
        layout.addWidget(self.elements)
        layout.addStretch(1)

    def show_draft(
        self,
        draft: VisionDraft,
        lead: str,
        elements: dict[int, VisionElement],
        phones_hidden: bool = False,
    ) -> None:
        """Show ``draft``, marked with ``lead`` (words; empty when it does not lead)."""
        self.title.setText(draft.title)
        self.statement.setText(draft.statement)
        self.votes.setText(votes_text(draft, phones_hidden))
        self.lead.setText(lead)
        self.lead.setVisible(bool(lead))
        # The words carry the meaning; the heavier frame only helps the eye find it.
        self.lead.setStyleSheet(
            "QLabel { background: #1f3b63; color: white; font-weight: 600;"
            " padding: 4px 10px; border-radius: 3px; }"
        )
        self.setStyleSheet(
            "QFrame#draft_column { border: 3px solid #1f3b63; border-radius: 6px;"
            " background: palette(base); }"
            if lead
            else "QFrame#draft_column { border: 1px solid palette(mid); border-radius: 6px;"
            " background: palette(base); }"
        )
        names = [elements[i].name for i in draft.element_ids if i in elements]
        self.elements.setText(
            tr("Draws on: {elements}").format(elements="; ".join(names))
            if names
            else tr("Draws on no vision element yet")
        )


class DraftComparison(QWidget):
    """Up to three drafts in columns; the leader named in words, not by colour alone."""

    MAX_COLUMNS = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_comparison")
        self.heading = QLabel(tr("Drafts side by side"))
        theme.set_role(self.heading, theme.HEADING)
        self.summary = QLabel()
        self.summary.setObjectName("draft_comparison_summary")
        self.summary.setWordWrap(True)
        self.summary.setFont(scaled_font(self.font(), 1.2))
        self.columns: list[DraftColumn] = [DraftColumn() for _ in range(self.MAX_COLUMNS)]
        self.empty = QLabel(tr("Tick two or three drafts in the list to compare them here."))
        self.empty.setWordWrap(True)
        theme.set_role(self.empty, theme.HINT)
        row = QHBoxLayout()
        row.setSpacing(14)
        for column in self.columns:
            row.addWidget(column, 1)
        row.addWidget(self.empty, 1)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(row, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        self.drafts: list[VisionDraft] = []
        self.phones_hidden = False

    def show_drafts(
        self,
        drafts: Sequence[VisionDraft],
        elements: Sequence[VisionElement] = (),
        phones_hidden: bool = False,
    ) -> None:
        """Show the first three of ``drafts`` in columns (``phones_hidden``: the phones still
        vote, so their votes are not shown yet)."""
        self.drafts = list(drafts[: self.MAX_COLUMNS])
        self.phones_hidden = phones_hidden
        leading = leaders(self.drafts, phones_hidden)
        by_id = {e.id: e for e in elements}
        for index, column in enumerate(self.columns):
            if index < len(self.drafts):
                draft = self.drafts[index]
                lead = ""
                if draft.id in leading:
                    lead = tr("★ Leading") if len(leading) == 1 else tr("★ Tied for the lead")
                column.show_draft(draft, lead, by_id, phones_hidden)
                column.show()
            else:
                column.hide()
        self.empty.setVisible(len(self.drafts) < 2)
        self.summary.setText(self.leader_sentence())

    def leader_sentence(self) -> str:
        """Who leads the compared drafts, in one sentence."""
        hidden = self.phones_hidden
        leading = [d for d in self.drafts if d.id in leaders(self.drafts, hidden)]

        def votes(draft: VisionDraft) -> int:
            return (draft.votes if hidden else draft_total(draft)) or 0

        if len(self.drafts) < 2:
            return ""
        if not leading:
            return tr("No votes counted yet between these drafts.")
        if len(leading) == 1:
            runner_up = max((votes(d) for d in self.drafts if d.id != leading[0].id), default=0)
            return plural(
                "vision_page",
                "“{title}” leads with %n vote(s) against {other}.",
                votes(leading[0]),
            ).format(title=leading[0].title, other=runner_up)
        return plural(
            "vision_page", "Tied: {titles} have %n vote(s) each.", votes(leading[0])
        ).format(titles=" · ".join(f"“{d.title}”" for d in leading))
