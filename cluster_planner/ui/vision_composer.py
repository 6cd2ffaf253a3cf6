"""VisionComposer: the guided, in-page form that writes or changes a draft vision statement."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.vision import VisionParts, compose
from cluster_planner.ui import theme
from cluster_planner.ui.form_fields import install_form_keys
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.vision_fields import CheckList, element_entries, scaled_font, tr
from cluster_planner.ui.vocabulary import field_label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import VisionDraft
    from cluster_planner.ui.plan_session import PlanSession

PART_FIELDS = ("positioning", "economic_target", "inclusion_target", "commitment")


def _examples() -> dict[str, str]:
    return {
        "positioning": tr("e.g. a recognised brand of quality knitwear in export markets"),
        "economic_target": tr("e.g. cluster firms raise their sales by 30 %"),
        "inclusion_target": tr(
            "e.g. at least 250 poor weaver families raise their turnover by 20 % "
            "(poor households, women, youth)"
        ),
        "commitment": tr("e.g. workshops cut their energy use and keep workers safe"),
    }


class VisionComposer(QWidget):
    """Asks for the parts of a vision, proposes a statement, and saves the edited draft.

    Contract: ``save`` runs one action (add_vision_draft or update_vision_draft) and
    emits ``saved`` with the draft's id; nothing here is modal, Escape closes the form.
    """

    saved = Signal(int)
    closed = Signal()

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vision_composer")
        self._session = session
        self.draft_id: int | None = None

        self.heading = QLabel()
        theme.set_role(self.heading, theme.HEADING)
        self.draft_title = QLineEdit()
        self.draft_title.setObjectName("draft_title")
        self.draft_title.setPlaceholderText(tr("e.g. Draft C: exports first"))
        self.parts: dict[str, QLineEdit] = {}
        examples = _examples()
        for name in PART_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"draft_{name}")
            edit.setPlaceholderText(examples[name])
            edit.textChanged.connect(self._propose)
            self.parts[name] = edit
        self.horizon_year = QSpinBox()
        self.horizon_year.setObjectName("draft_horizon_year")
        self.horizon_year.setRange(1999, 2100)
        self.horizon_year.setSpecialValueText("—")
        self.horizon_year.setMinimumWidth(self.fontMetrics().horizontalAdvance("20300") + 48)
        self.horizon_year.valueChanged.connect(self._propose)

        self.proposal = QLabel()
        self.proposal.setObjectName("draft_proposal")
        self.proposal.setWordWrap(True)
        self.proposal.setFont(scaled_font(self.font(), 1.3))
        self.proposal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proposal.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposal.setMargin(10)
        self.missing = QLabel()
        self.missing.setObjectName("draft_missing")
        self.missing.setWordWrap(True)
        theme.set_role(self.missing, theme.HINT)
        self.use_button = QPushButton(tr("Use proposal"))
        self.use_button.setObjectName("draft_use_proposal")
        self.use_button.setToolTip(tr("Copy the proposed statement into the statement box"))
        self.use_button.clicked.connect(self.use_proposal)
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("draft_statement")
        self.statement.setTabChangesFocus(True)
        self.statement.setFont(scaled_font(self.font(), 1.2))
        self.statement.setPlaceholderText(
            tr("The statement the room will vote on: type it, or start from the proposal")
        )
        self.elements = CheckList(tr("It draws on these vision elements"), "draft_elements")
        self.save_button = QPushButton(tr("Save draft"))
        self.save_button.setObjectName("draft_save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(key_name("Ctrl+Enter"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(tr("Close without saving"))
        self.cancel_button.setObjectName("draft_cancel")
        self.cancel_button.setToolTip(key_name("Escape"))
        self.discard = install_form_keys(self, self.save, self.closed.emit)
        self.cancel_button.clicked.connect(self.discard.request_close)
        self.saved.connect(lambda _draft: self.discard.done())
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self._add_row(form, tr("Title"), self.draft_title)
        self._add_row(form, field_label("positioning"), self.parts["positioning"])
        self._add_row(form, field_label("horizon_year"), self.horizon_year)
        for name in PART_FIELDS[1:]:
            self._add_row(form, field_label(name), self.parts[name])

        proposal_heading = QLabel(tr("Proposed statement"))
        theme.set_role(proposal_heading, theme.HEADING)
        use_row = QHBoxLayout()
        use_row.addWidget(self.missing, 1)
        use_row.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignTop)
        statement_heading = QLabel(tr("Statement (edit freely)"))
        theme.set_role(statement_heading, theme.HEADING)
        statement_heading.setBuddy(self.statement)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addSpacing(8)
        left.addWidget(proposal_heading)
        left.addWidget(self.proposal)
        left.addLayout(use_row)
        left.addWidget(statement_heading)
        left.addWidget(self.statement, 1)
        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 3)
        columns.addWidget(self.elements, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.draft_title,
            self.parts["positioning"],
            self.horizon_year,
            *(self.parts[n] for n in PART_FIELDS[1:]),
            self.use_button,
            self.statement,
            self.elements.list,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget) -> None:
        caption = QLabel(text)
        caption.setBuddy(field)
        form.addRow(caption, field)

    # --- the proposal --------------------------------------------------------------------

    def parts_value(self) -> VisionParts:
        """The parts typed so far, with the cluster's name."""
        year = self.horizon_year.value()
        return VisionParts(
            cluster=self._session.profile().name,
            horizon_year=None if year == self.horizon_year.minimum() else year,
            **{name: self.parts[name].text().strip() for name in PART_FIELDS},
        )

    def _propose(self, *_args: Any) -> None:
        parts = self.parts_value()
        self.proposal.setText(compose(parts, self._session.profile().language))
        if parts.missing:
            names = ", ".join(field_label(name).lower() for name in parts.missing)
            self.missing.setText(tr("A complete vision still needs: {parts}.").format(parts=names))
        else:
            self.missing.setText(tr("The proposal has every part a cluster vision needs."))

    def use_proposal(self) -> None:
        """Copy the proposed statement into the statement box, keyboard there to edit it."""
        self.statement.setPlainText(self.proposal.text())
        self.statement.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- loading and saving --------------------------------------------------------------

    def start_new(self) -> None:
        """Empty the form for a new draft, keyboard in its title."""
        number = len(self._session.vision_drafts()) + 1
        self._load(None)
        self.draft_title.setText(tr("Draft {number}").format(number=number))
        self.discard.mark_clean()
        self.draft_title.selectAll()
        self.draft_title.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_edit(self, draft: VisionDraft) -> None:
        """Fill the form with ``draft``."""
        self._load(draft)
        self.discard.mark_clean()
        self.statement.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load(self, draft: VisionDraft | None) -> None:
        self.draft_id = draft.id if draft is not None else None
        self.heading.setText(
            tr("Change “{title}”").format(title=draft.title) if draft else tr("A new draft")
        )
        self.draft_title.setText(draft.title if draft else "")
        for name in PART_FIELDS:
            self.parts[name].setText(getattr(draft, name) if draft else "")
        year = draft.horizon_year if draft else None
        self.horizon_year.setValue(year if year is not None else self.horizon_year.minimum())
        self.statement.setPlainText(draft.statement if draft else "")
        self.elements.load(element_entries(self._session), draft.element_ids if draft else ())
        self._propose()

    def refresh_elements(self) -> None:
        """Re-list the elements after a change, keeping the ticks."""
        self.elements.load(element_entries(self._session), self.elements.checked_ids())

    def save(self) -> None:
        """Add or change the draft (one undo step); the parts are kept with it."""
        if self._session.read_only:
            return
        parts = self.parts_value()
        fields: dict[str, Any] = {
            "title": self.draft_title.text().strip() or tr("Untitled draft"),
            "statement": self.statement.toPlainText().strip(),
            "horizon_year": parts.horizon_year,
            "element_ids": self.elements.checked_ids(),
            **{name: getattr(parts, name) for name in PART_FIELDS},
        }
        if self.draft_id is None:
            record = self._session.run(self._session.document.add_vision_draft, **fields)
            if record is not None:
                self.draft_id = inserted_id(record, "vision_draft")
                self.saved.emit(self.draft_id)
        elif (
            self._session.run(self._session.document.update_vision_draft, self.draft_id, **fields)
            is not None
        ):
            self.saved.emit(self.draft_id)
