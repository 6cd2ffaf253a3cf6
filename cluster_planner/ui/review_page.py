"""The Review step: the review meeting, indicator actuals and the plan's revisions."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cluster_planner.ui import theme
from cluster_planner.ui.indicator_progress import IndicatorsTab
from cluster_planner.ui.review_history import HistoryTab
from cluster_planner.ui.review_meeting import ReviewMeetingTab

if TYPE_CHECKING:
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter


def _tr(text: str) -> str:
    return QCoreApplication.translate("review_page", text)


class ReviewPage(QWidget):
    """What happened since the plan was adopted, and adopting it anew."""

    status_message = Signal(str)
    open_revision_requested = Signal(int)  # a revision number to open read-only

    def __init__(
        self,
        session: PlanSession,
        prompter: Prompter,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        title = QLabel(_tr("Review"))
        theme.set_role(title, theme.TITLE)
        subtitle = QLabel(
            _tr(
                "What we said we would do, what we did, what we do next, what help we need; "
                "then the Commission adopts the revised plan."
            ),
            wordWrap=True,
        )
        theme.set_role(subtitle, theme.SUBTITLE)
        self.meeting_tab = ReviewMeetingTab(session, today)
        self.indicators_tab = IndicatorsTab(session, today)
        self.history_tab = HistoryTab(session, prompter)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("review_tabs")
        self.tabs.addTab(self.meeting_tab, _tr("Review &meeting"))
        self.tabs.addTab(self.indicators_tab, _tr("&Indicators"))
        self.tabs.addTab(self.history_tab, _tr("Hi&story"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.tabs, 1)
        self.meeting_tab.adopted.connect(self._on_adopted)
        self.history_tab.open_requested.connect(self.open_revision_requested)

    def _on_adopted(self, number: int) -> None:
        self.status_message.emit(
            _tr("Revision {number} adopted: the plan is kept as it stands now.").format(
                number=number
            )
        )
        self.tabs.setCurrentWidget(self.history_tab)
        self.history_tab.select(number)
