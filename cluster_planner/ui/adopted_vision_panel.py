"""AdoptedVisionPanel: the vision in force, its earlier versions, and adopting a new one."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.changes import inserted_id
from cluster_planner.ui import theme
from cluster_planner.ui.adoption_form import AdoptionForm
from cluster_planner.ui.formats import format_date, plural
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.vision_fields import (
    ID_ROLE,
    PROJECTED_SCALE,
    ListSelection,
    scaled_font,
    tr,
)
from cluster_planner.ui.vocabulary import field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import VisionVersion
    from cluster_planner.ui.plan_session import PlanSession


def vote_text(version: VisionVersion) -> str:
    """The vote of an adoption in words, e.g. ``14 for · 7 against · 1 abstention``."""
    parts = []
    if version.votes_for is not None:
        parts.append(plural("vision_page", "%n for", version.votes_for))
    if version.votes_against is not None:
        parts.append(plural("vision_page", "%n against", version.votes_against))
    if version.abstentions is not None:
        parts.append(plural("vision_page", "%n abstention(s)", version.abstentions))
    return " · ".join(parts) if parts else tr("No vote counts recorded")


class VersionView(QWidget):
    """One adopted version, read-only, in projected type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vision_version_view")
        self.heading = QLabel()
        self.heading.setObjectName("vision_version_heading")
        self.heading.setWordWrap(True)
        self.heading.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.statement = QLabel()
        self.statement.setObjectName("vision_version_statement")
        self.statement.setWordWrap(True)
        self.statement.setFont(scaled_font(self.font(), PROJECTED_SCALE))
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statement.setStyleSheet(
            "QLabel { border-left: 6px solid #1f3b63; padding: 6px 0 6px 16px; }"
        )
        self.details = QGridLayout()
        self.details.setHorizontalSpacing(18)
        self.details.setVerticalSpacing(8)
        self.details.setColumnStretch(1, 1)
        self.detail_labels: dict[str, QLabel] = {}
        names = ("meeting_id", "decision_rule", "result", "dissent", "next_review", "element_ids")
        for row, name in enumerate(names):
            caption = QLabel(field_label(name))
            caption.setFont(scaled_font(self.font(), 1.05, bold=True))
            caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            value = QLabel()
            value.setObjectName(f"vision_version_{name}")
            value.setWordWrap(True)
            value.setFont(scaled_font(self.font(), 1.05))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.addWidget(caption, row, 0)
            self.details.addWidget(value, row, 1)
            self.detail_labels[name] = value
        self.empty = QLabel(
            tr(
                "No vision adopted yet. Compare the drafts, then record the meeting's "
                "decision with “Adopt a draft…”."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setFont(scaled_font(self.font(), 1.2))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 0, 12, 0)
        layout.setSpacing(14)
        layout.addWidget(self.empty)
        layout.addWidget(self.heading)
        layout.addWidget(self.statement)
        layout.addLayout(self.details)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def show_version(self, version: VisionVersion | None, session: PlanSession) -> None:
        """Show ``version`` (None: say that no vision is adopted yet)."""
        self.empty.setVisible(version is None)
        for widget in (self.heading, self.statement):
            widget.setVisible(version is not None)
        for row in range(self.details.count()):
            item = self.details.itemAt(row)
            shown = item.widget() if item is not None else None
            if shown is not None:
                shown.setVisible(version is not None)
        if version is None:
            return
        versions = session.vision_versions()
        in_force = versions[-1].id == version.id
        template = (
            tr("Version {number}, in force since {date}")
            if in_force
            else tr("Version {number}, adopted on {date} (replaced since)")
        )
        self.heading.setText(
            template.format(number=version.number, date=format_date(version.adopted_on))
        )
        self.statement.setText(version.statement)
        meeting = next((m for m in session.meetings() if m.id == version.meeting_id), None)
        elements = {e.id: e.name for e in session.vision_elements()}
        values = {
            "meeting_id": (
                f"{meeting.title} · {format_date(meeting.date)}" if meeting else tr("Unknown")
            ),
            "decision_rule": f"{label(version.decision_rule)}: {vote_text(version)}",
            "result": version.result or "—",
            "dissent": version.dissent or tr("None recorded"),
            "next_review": format_date(version.next_review),
            "element_ids": "\n".join(
                f"• {elements[i]}" for i in version.element_ids if i in elements
            )
            or "—",
        }
        for name, text in values.items():
            self.detail_labels[name].setText(text)


class AdoptedVisionPanel(ListSelection, QWidget):
    """The versions list beside the selected version; the adoption form replaces the view.

    ``draft_started`` carries the id of a draft begun from a version, so the page can
    show it in the Drafts tab.
    """

    draft_started = Signal(int)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adopted_vision_panel")
        self._session = session
        self.list = QListWidget()
        self.list.setObjectName("vision_version_list")
        self.list.setAccessibleName(tr("Adopted versions"))
        self.list.setFont(scaled_font(self.font(), 1.1))
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.adopt_button = QPushButton(tr("Adopt a draft…"))
        self.adopt_button.setObjectName("vision_adopt")
        self.adopt_button.setToolTip(key_name("Insert"))
        self.adopt_button.clicked.connect(self.start_adoption)
        self.redraft_button = QPushButton(tr("Start a new draft from this version"))
        self.redraft_button.setObjectName("vision_redraft")
        self.redraft_button.clicked.connect(self.draft_from_selected)
        self.view = VersionView()
        self.form = AdoptionForm(session)
        self.form.adopted.connect(self._on_adopted)
        self.form.closed.connect(self.close_form)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.form)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 10, 0)
        heading = QLabel(tr("Adopted versions"))
        theme.set_role(heading, theme.HEADING)
        left_layout.addWidget(heading)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.adopt_button)
        left_layout.addWidget(self.redraft_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([260, 1000])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)
        for first, second in itertools.pairwise(
            [self.list, self.adopt_button, self.redraft_button]
        ):
            QWidget.setTabOrder(first, second)

    def shown_version(self) -> VisionVersion | None:
        """The version the view shows."""
        return next(
            (v for v in self._session.vision_versions() if v.id == self.selected_id()), None
        )

    def editing(self) -> bool:
        """True while the adoption form is open."""
        return self.stack.currentWidget() is self.form

    def refresh(self) -> None:
        """Re-read the versions; the newest is selected when the selection disappears."""
        versions = self._session.vision_versions()
        keep = self.selected_id()
        was_newest = self.list.currentRow() == 0
        self.list.blockSignals(True)
        self.list.clear()
        for version in reversed(versions):
            text = tr("Version {number} · {date}").format(
                number=version.number, date=format_date(version.adopted_on)
            )
            if version is versions[-1]:
                text += "\n" + tr("in force")
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, version.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        # The newest version stays in view when a new one is adopted (or undone).
        if was_newest or not self.select(keep):
            self.list.setCurrentRow(0)
        self._show_current()

    def _show_current(self) -> None:
        self.view.show_version(self.shown_version(), self._session)
        editable = not self._session.read_only
        self.adopt_button.setEnabled(editable and bool(self._session.vision_drafts()))
        self.redraft_button.setEnabled(editable and self.selected_id() is not None)

    def start_adoption(self) -> None:
        """Open the adoption form."""
        if self._session.read_only:
            return
        self.stack.setCurrentWidget(self.form)
        self.form.start()

    def close_form(self) -> None:
        """Back to the version view."""
        self.form.discard.done()
        self.stack.setCurrentWidget(self.view)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_adopted(self) -> None:
        self.list.setCurrentRow(0)
        self.close_form()

    def draft_from_selected(self) -> None:
        """Start a new draft from the selected version (one undo step)."""
        version = self.shown_version()
        if version is None or self._session.read_only:
            return
        title = tr("Revision of version {number}").format(number=version.number)
        record = self._session.run(self._session.document.draft_from_version, version.id, title)
        if record is not None:
            self.draft_started.emit(inserted_id(record, "vision_draft"))
