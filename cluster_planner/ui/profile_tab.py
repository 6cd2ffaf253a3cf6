"""The Profile tab of the Cluster step: the cluster profile form and the baseline figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from cluster_planner.domain.languages import PLAN_LANGUAGES
from cluster_planner.ui import theme
from cluster_planner.ui.form_fields import DetailsForm, FieldSpec, Kind
from cluster_planner.ui.register_tab import RegisterTab
from cluster_planner.ui.registers import BASELINE_FIGURES

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

PROFILE_FIELDS = (
    FieldSpec("name"),
    FieldSpec("sector"),
    FieldSpec("main_products"),
    FieldSpec("country"),
    FieldSpec("region"),
    FieldSpec("town"),
    FieldSpec("currency", Kind.CODE),
    FieldSpec(
        "language",
        Kind.CHOICE,
        choices=lambda session: plan_language_choices(session.profile().language),
        choices_watch=frozenset({"cluster_profile"}),
    ),
    FieldSpec("horizon_start", Kind.YEAR),
    FieldSpec("horizon_end", Kind.YEAR),
    FieldSpec("description", Kind.LONG_TEXT),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("profile_tab", text)


def plan_language_choices(stored: str) -> list[tuple[str, str]]:
    """The plan languages, each named in itself; a plan from elsewhere that holds another
    value keeps it listed (as typed), so opening its profile changes nothing."""
    choices = [(name, code) for code, name in PLAN_LANGUAGES.items()]
    if stored not in PLAN_LANGUAGES:
        choices.append((stored or "—", stored))
    return choices


class ProfileTab(QWidget):
    """Every field of the cluster profile (one undo step per field) beside the baseline table."""

    def __init__(
        self, session: PlanSession, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.form = DetailsForm(session, PROFILE_FIELDS, self._commit)
        self.form.editors["currency"].widget.setToolTip(
            _tr("The three-letter ISO 4217 code, such as USD, EUR or ETB.")
        )
        self.form.editors["language"].widget.setToolTip(
            _tr(
                "The language the plan is written in: the roadmap is printed in it (English, "
                "Spanish or French, else English), the vision composer proposes its sentence "
                "in it, and a right-to-left language lays the plan's pages out mirrored."
            )
        )
        self.baseline = RegisterTab(session, BASELINE_FIGURES, prompter)

        profile_heading = QLabel(_tr("Cluster profile"))
        theme.set_role(profile_heading, theme.HEADING)
        profile = QWidget()
        profile_layout = QVBoxLayout(profile)
        profile_layout.setContentsMargins(12, 12, 16, 12)
        profile_layout.setSpacing(12)
        profile_layout.addWidget(profile_heading)
        profile_layout.addWidget(self.form)
        profile_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(profile)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        baseline_heading = QLabel(_tr("Baseline figures"))
        theme.set_role(baseline_heading, theme.HEADING)
        baseline = QWidget()
        baseline_layout = QVBoxLayout(baseline)
        baseline_layout.setContentsMargins(4, 12, 0, 0)
        baseline_layout.setSpacing(0)
        baseline_layout.addWidget(baseline_heading)
        baseline_layout.addWidget(self.baseline, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(scroll)
        splitter.addWidget(baseline)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.form.load(session.profile())
        session.changed.connect(self._on_changed)

    def _commit(self, name: str, value: object) -> bool:
        return self._session.run(self._session.document.update_profile, **{name: value}) is not None

    def _on_changed(self, record: ChangeRecord) -> None:
        if "cluster_profile" in record.tables:
            self.form.refresh_choices(record.tables)
            self.form.load(self._session.profile())
