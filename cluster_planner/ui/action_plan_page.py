"""The Action plan step: objectives → actions, the selected action's details, and what to fix.

Screenshots: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.screenshots docs/images``
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from cluster_planner.domain.action_plan import counted, plan_budget
from cluster_planner.ui import theme
from cluster_planner.ui.action_details import ActionDetails
from cluster_planner.ui.action_tree import ActionTree
from cluster_planner.ui.commitments_view import BudgetSummaryView, CommitmentsView
from cluster_planner.ui.formats import format_money, plural
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.page_header import page_header, show_page_message
from cluster_planner.ui.plan_checks_panel import PlanChecksPanel

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.checks import PlanWarning
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter
    from cluster_planner.ui.settings import AppSettings

# The step that holds what a plan check points at, when it is not on this page.
_STEP_OF_ENTITY = {"profile": "cluster", "meeting": "cluster", "": "cluster"}
_SUMMARY_TABLES = frozenset({"action", "cost_line", "objective", "cluster_profile"})


def tr(text: str) -> str:
    return QCoreApplication.translate("action_plan", text)


class ActionPlanPage(QWidget):
    """The fifth workshop step: joint actions under the objectives, with what they need.

    Contract: every edit is one ``session.run`` call (one undo step); refusals arrive as
    a sentence on ``session.failed`` and show in the page's message line, never in a
    dialog. ``step_requested`` asks the window to show another step (a plan check about
    the Commission points to the Cluster step).
    """

    status_message = Signal(str)
    step_requested = Signal(str)

    def __init__(
        self,
        session: PlanSession,
        prompter: Prompter,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("action_plan_page")
        self._session = session
        self.title = QLabel(tr("Action plan"))
        self.title.setObjectName("action_plan_title")
        theme.set_role(self.title, theme.TITLE)
        self.subtitle = QLabel(wordWrap=True)
        self.subtitle.setObjectName("action_plan_subtitle")
        theme.set_role(self.subtitle, theme.SUBTITLE)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("action_plan_message")
        theme.set_role(self.message, theme.BANNER)
        self.message.hide()

        self.tree = ActionTree(
            session, prompter, settings=settings.store if settings is not None else None
        )
        self.details = ActionDetails(session, prompter)
        self.checks = PlanChecksPanel(session)
        self.commitments = CommitmentsView(session)
        self.budget = BudgetSummaryView(session)
        # The tree over the details, both the page's full width: titles stay readable and
        # the partner and budget tables get room (as in a project planner's task form).
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("action_plan_splitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.details)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        # The tree gets the larger share: at 1280x720 it shows eight rows or more even in a
        # font with tall lines (Noto Sans, Segoe UI), and the details below keep their tabs
        # and first fields in sight (they scroll).
        self.splitter.setSizes([640, 360])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("action_plan_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.splitter, tr("A&ctions"))
        self.tabs.addTab(self.checks, tr("Plan chec&ks"))
        self.tabs.addTab(self.commitments, tr("&Who committed to what"))
        self.tabs.addTab(self.budget, tr("&Budget"))

        # Ctrl+PgDown / Ctrl+PgUp turn the details' tabs from the tree too, as the guide says.
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            turner = QShortcut(QKeySequence(keys), self.tree)
            turner.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            turner.activated.connect(partial(self._turn_details, step))

        self.find_action = QAction(tr("Find actions"), self)
        self.find_action.setObjectName("find_actions")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addLayout(page_header(self.title, self.subtitle, self.message))
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)

        self.tree.action_selected.connect(self.details.show_action)
        self.tree.objective_selected.connect(self._objective_selected)
        self.details.problem.connect(self.show_message)
        self.checks.jump_requested.connect(self.jump_to)
        session.changed.connect(self._on_changed)
        session.failed.connect(self.show_message)
        self._show_summary()
        self.details.show_action(self.tree.current_action_id())

    # --- commands --------------------------------------------------------------------------

    def edit_actions(self) -> list[QAction]:
        """The commands the main window puts in its Edit menu while this page is shown."""
        return [*self.tree.edit_actions(), self.find_action]

    def keyboard_entry(self) -> QWidget:
        """Where the keyboard goes on this page: the tree, where Insert adds an action."""
        if self.tabs.currentWidget() is self.splitter:
            return self.tree.view
        return self.tabs.currentWidget() or self.tree.view

    def _turn_details(self, step: int) -> None:
        if self.details.action_id is not None:
            self.details.turn_tab(step)

    def focus_search(self) -> None:
        """Show the actions and put the cursor in the search field (Ctrl+F)."""
        self.tabs.setCurrentWidget(self.splitter)
        self.tree.focus_filter()

    def show_message(self, sentence: str) -> None:
        """Show a refusal or a problem in the page, without interrupting anyone."""
        show_page_message(self.message, sentence)
        self.status_message.emit(sentence)

    def jump_to(self, warning: PlanWarning) -> None:
        """Take the user to the place that fixes a plan check."""
        entity, entity_id = warning.entity, warning.entity_id
        if entity in _STEP_OF_ENTITY:
            self.step_requested.emit(_STEP_OF_ENTITY[entity])
            return
        self.tabs.setCurrentWidget(self.splitter)
        if entity == "action" and entity_id is not None:
            self.tree.select_action(entity_id)
            self.details.show_action(entity_id)
            self.details.focus_field(warning.field or "title")
        elif entity == "objective" and entity_id is not None:
            self.tree.select_objective(entity_id)
            self.tree.view.setFocus()
        elif entity == "swot_item":
            current = self.tree.current_action_id()
            if current is not None:
                self.details.focus_field("item_ids")
            self.show_message(
                tr(
                    "Select the action that answers this SWOT item and tick it on the "
                    "action's Answers tab, or add an action for it ({key})."
                ).format(key=key_name("Insert"))
            )
        elif entity == "action_plan":
            self.tree.view.setFocus()
            self.show_message(
                tr(
                    "Mark the actions that address constraints women face (General tab), "
                    "or add one that does."
                )
            )

    def _objective_selected(self, objective_id: object) -> None:
        if objective_id is not None:
            self.details.show_action(None)

    # --- refreshing ---------------------------------------------------------------------------

    def _on_changed(self, record: ChangeRecord) -> None:
        self.message.hide()
        if record.tables & _SUMMARY_TABLES:
            self._show_summary()

    def _show_summary(self, *_args: Any) -> None:
        actions = self._session.actions()
        live = counted(actions)
        currency = self._session.profile().currency
        total = plan_budget(actions).total
        parts = [
            plural("action_plan", "%n action(s) under {objectives}", len(live)).format(
                objectives=plural("action_plan", "%n objective(s)", len(self._session.objectives()))
            ),
            tr("budget {amount}").format(amount=format_money(total, currency)),
        ]
        if self._session.read_only:
            parts.append(tr("read-only"))
        self.subtitle.setText(" · ".join(parts))
