"""AdoptionForm: the in-page record of a meeting adopting a draft as the next vision version."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.enums import DecisionRule
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_form_fields
from cluster_planner.ui.date_field import DateField, not_a_date
from cluster_planner.ui.form_fields import install_form_keys
from cluster_planner.ui.formats import format_date
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.plan_checks_panel import open_checks_text
from cluster_planner.ui.vision_fields import OptionalCount, tr
from cluster_planner.ui.vocabulary import field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import VisionDraft
    from cluster_planner.ui.plan_session import PlanSession


class AdoptionForm(QWidget):
    """Draft, meeting, date, decision rule, votes, result, dissent and next review.

    Contract: ``adopt`` runs one action (adopt_vision) and emits ``adopted``; the plan
    refuses an adoption without a recorded meeting or with a review before the adoption.
    """

    adopted = Signal()
    closed = Signal()
    problem = Signal(str)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adoption_form")
        self._session = session
        self._taken_votes: tuple[int | None, int | None] = (None, None)
        self.heading = QLabel(tr("Adopt a draft as the next version of the vision"))
        theme.set_role(self.heading, theme.HEADING)
        # The plan checks still open, said in the form (never a dialog in a meeting).
        self.checks = QLabel(wordWrap=True)
        self.checks.setObjectName("adoption_checks")
        theme.set_role(self.checks, theme.BANNER)
        self.checks.hide()
        self.draft = QComboBox()
        self.draft.setObjectName("adoption_draft")
        self.draft.currentIndexChanged.connect(self._show_statement)
        self.statement = QLabel()
        self.statement.setObjectName("adoption_statement")
        self.statement.setWordWrap(True)
        theme.set_role(self.statement, theme.HINT)
        self.meeting = QComboBox()
        self.meeting.setObjectName("adoption_meeting")
        self.meeting.currentIndexChanged.connect(self._meeting_date)
        self.adopted_on = DateField(optional=False)
        self.adopted_on.setObjectName("adoption_date")
        self.decision_rule = QComboBox()
        self.decision_rule.setObjectName("adoption_rule")
        for rule in DecisionRule:
            self.decision_rule.addItem(label(rule), rule.value)
        self.votes_for = OptionalCount()
        self.votes_for.setObjectName("adoption_votes_for")
        self.votes_for.setToolTip(
            tr("Taken from the drafts' votes: change it if the adoption was voted on its own")
        )
        self.votes_against = OptionalCount()
        self.votes_against.setObjectName("adoption_votes_against")
        self.abstentions = OptionalCount()
        self.abstentions.setObjectName("adoption_abstentions")
        self.result = QLineEdit()
        self.result.setObjectName("adoption_result")
        self.result.setPlaceholderText(tr("e.g. Draft A adopted, with Draft B's inclusion target"))
        self.dissent = QPlainTextEdit()
        self.dissent.setObjectName("adoption_dissent")
        self.dissent.setTabChangesFocus(True)
        self.dissent.setPlaceholderText(tr("Who disagreed, and what they asked for"))
        self.dissent.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.next_review = DateField(optional=True)
        self.next_review.setObjectName("adoption_next_review")
        for field in (self.adopted_on, self.next_review):
            field.unreadable.connect(lambda text: self.problem.emit(not_a_date(text)))
        self.adopt_button = QPushButton(tr("Adopt"))
        self.adopt_button.setObjectName("adoption_adopt")
        self.adopt_button.setDefault(True)
        self.adopt_button.setToolTip(key_name("Ctrl+Enter"))
        self.adopt_button.clicked.connect(self.adopt)
        self.cancel_button = QPushButton(tr("Close without adopting"))
        self.cancel_button.setToolTip(key_name("Escape"))
        self.discard = install_form_keys(self, self.adopt, self.closed.emit)
        self.cancel_button.clicked.connect(self.discard.request_close)
        self.adopted.connect(self.discard.done)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        # Dates and counts keep their natural width; the draft, meeting and texts grow.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for combo in (self.draft, self.meeting):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        form.setVerticalSpacing(8)
        # Each count under its caption: three captions in a row would widen the form past
        # a laptop's screen once translated ("Votos en contra").
        votes = QGridLayout()
        votes.setHorizontalSpacing(18)
        votes.setVerticalSpacing(2)
        for column, (name, box) in enumerate(
            (
                ("votes_for", self.votes_for),
                ("votes_against", self.votes_against),
                ("abstentions", self.abstentions),
            )
        ):
            caption = QLabel(field_label(name))
            caption.setBuddy(box)
            votes.addWidget(caption, 0, column)
            votes.addWidget(box, 1, column)
        votes.setColumnStretch(3, 1)
        rows: list[tuple[str, QWidget | None]] = [
            (tr("Draft"), self.draft),
            ("", self.statement),
            (field_label("meeting_id"), self.meeting),
            (field_label("adopted_on"), self.adopted_on),
            (field_label("decision_rule"), self.decision_rule),
            (tr("Vote"), None),
            (field_label("result"), self.result),
            (field_label("dissent"), self.dissent),
            (field_label("next_review"), self.next_review),
        ]
        for text, field in rows:
            if field is None:
                form.addRow(text, votes)
                continue
            caption = QLabel(text)
            caption.setBuddy(field)
            form.addRow(caption, field)
        fit_form_fields(form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.adopt_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.checks)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.draft,
            self.meeting,
            self.adopted_on,
            self.decision_rule,
            self.votes_for,
            self.votes_against,
            self.abstentions,
            self.result,
            self.dissent,
            self.next_review,
            self.cancel_button,
            self.adopt_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def start(self, draft_id: int | None = None) -> None:
        """Fill the choices afresh; preselect ``draft_id`` (else the leading draft)."""
        drafts = self._session.vision_drafts()
        if draft_id is None and drafts:
            draft_id = max(drafts, key=lambda d: (d.votes or 0, -d.position)).id
        self.draft.blockSignals(True)
        self.draft.clear()
        for draft in drafts:
            self.draft.addItem(draft.title, draft.id)
        self.draft.setCurrentIndex(max(self.draft.findData(draft_id), 0))
        self.draft.blockSignals(False)
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for meeting in self._session.meetings():
            self.meeting.addItem(f"{meeting.title} · {format_date(meeting.date)}", meeting.id)
        # The latest meeting is most often the one being held.
        self.meeting.setCurrentIndex(self.meeting.count() - 1)
        self.meeting.blockSignals(False)
        self._meeting_date()
        self.decision_rule.setCurrentIndex(0)
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.set_count(None)
        self._taken_votes = (None, None)
        self._show_statement()
        self.result.clear()
        self.dissent.clear()
        self.next_review.set_value(None)
        checks = open_checks_text(self._session.snapshot())
        self.checks.setText(checks)
        self.checks.setVisible(bool(checks))
        self.discard.mark_clean()
        self.draft.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_statement(self, *_args: Any) -> None:
        drafts = self._session.vision_drafts()
        draft = next((d for d in drafts if d.id == self.draft.currentData()), None)
        self.statement.setText(draft.statement if draft else tr("There is no draft to adopt yet."))
        self._take_draft_votes(draft, drafts)

    def _take_draft_votes(self, draft: VisionDraft | None, drafts: Sequence[VisionDraft]) -> None:
        """Start the vote from the drafts' votes, already entered when they were compared: for
        the chosen draft, against it those for the others. A vote typed here stays."""
        boxes = (self.votes_for, self.votes_against)
        if tuple(box.count() for box in boxes) != self._taken_votes:
            return  # typed by the person: theirs
        counted = [d.votes for d in drafts if d.votes is not None]
        if draft is None or draft.votes is None:
            taken: tuple[int | None, int | None] = (None, None)
        else:
            taken = (draft.votes, sum(counted) - draft.votes if len(counted) > 1 else None)
        for box, value in zip(boxes, taken, strict=True):
            box.set_count(value)
        self._taken_votes = taken

    def _meeting_date(self, *_args: Any) -> None:
        meeting = next(
            (m for m in self._session.meetings() if m.id == self.meeting.currentData()), None
        )
        self.adopted_on.set_value(meeting.date if meeting else dt.date.today())

    def decision(self) -> dict[str, Any]:
        """The adoption as adopt_vision's keyword arguments."""
        return {
            "meeting_id": self.meeting.currentData(),
            "adopted_on": self.adopted_on.date(),
            "decision_rule": DecisionRule(self.decision_rule.currentData()),
            "votes_for": self.votes_for.count(),
            "votes_against": self.votes_against.count(),
            "abstentions": self.abstentions.count(),
            "result": self.result.text().strip(),
            "dissent": self.dissent.toPlainText().strip(),
            "next_review": self.next_review.value(),
        }

    def adopt(self) -> None:
        """Adopt the chosen draft (one undo step)."""
        draft_id = self.draft.currentData()
        if draft_id is None or self._session.read_only:
            return
        if self.meeting.currentData() is None:
            self.problem.emit(
                tr(
                    "A vision is adopted at a recorded meeting: "
                    "add the meeting in the Cluster step first."
                )
            )
            return
        for field in (self.adopted_on, self.next_review):
            typed = field.value()
            if isinstance(typed, str):
                self.problem.emit(not_a_date(typed))
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if (
            self._session.run(self._session.document.adopt_vision, draft_id, **self.decision())
            is not None
        ):
            self.adopted.emit()
