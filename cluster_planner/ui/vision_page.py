"""The Vision step: elements, drafts compared, the adopted vision, objectives, traceability.

Screenshots: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.vision_page docs/images``
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cluster_planner.ui import theme
from cluster_planner.ui.adopted_vision_panel import AdoptedVisionPanel
from cluster_planner.ui.form_fields import ask_before_discarding
from cluster_planner.ui.formats import plural
from cluster_planner.ui.objectives_panel import ObjectivesPanel
from cluster_planner.ui.page_header import page_header, show_page_message
from cluster_planner.ui.traceability_view import TraceabilityView
from cluster_planner.ui.vision_drafts_panel import DraftsPanel
from cluster_planner.ui.vision_elements_panel import ElementsPanel
from cluster_planner.ui.vision_fields import WATCHED_TABLES, tr

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

# Which tables each tab reads: a change elsewhere leaves the tab as it is.
_ELEMENT_TABLES = frozenset(
    {
        "vision_element",
        "element_option",
        "element_item",
        "strategic_option",
        "option_item",
        "swot_item",
        "voting_round",
        "vote_tally",
    }
)
_DRAFT_TABLES = frozenset({"vision_draft", "draft_element", "vision_element", "cluster_profile"})
_VERSION_TABLES = frozenset(
    {"vision_version", "version_element", "vision_draft", "meeting", "vision_element"}
)
_OBJECTIVE_TABLES = frozenset(
    {
        "objective",
        "objective_element",
        "objective_option",
        "indicator",
        "vision_element",
        "strategic_option",
        "organisation",
        "baseline_figure",
    }
)


class VisionPage(QWidget):
    """The fourth workshop step: from the top options to an adopted vision and its objectives.

    Contract: every edit is one ``session.run`` call (one undo step). Refusals arrive as
    a sentence on ``session.failed`` and show in the page's message line, never in a
    dialog. ``add_action``, ``edit_action`` and ``delete_action`` are meant for the Edit
    menu; they act on the tab shown.
    """

    status_message = Signal(str)  # a sentence for the window's status line

    def __init__(
        self, session: PlanSession, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vision_page")
        self._session = session
        self._prompter = prompter

        self.title = QLabel(tr("Vision and strategic objectives"))
        self.title.setObjectName("vision_title")
        theme.set_role(self.title, theme.TITLE)
        self.subtitle = QLabel(wordWrap=True)
        self.subtitle.setObjectName("vision_subtitle")
        theme.set_role(self.subtitle, theme.SUBTITLE)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("vision_message")
        theme.set_role(self.message, theme.BANNER)
        self.message.hide()

        self.elements = ElementsPanel(session)
        self.drafts = DraftsPanel(session)
        self.adopted = AdoptedVisionPanel(session)
        self.objectives = ObjectivesPanel(session)
        self.traceability = TraceabilityView(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("vision_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.elements, tr("E&lements"))
        self.tabs.addTab(self.drafts, tr("&Drafts"))
        self.tabs.addTab(self.adopted, tr("&Adopted vision"))
        self.tabs.addTab(self.objectives, tr("&Objectives"))
        self.tabs.addTab(self.traceability, tr("&Traceability"))
        self.tabs.currentChanged.connect(self._update_actions)

        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addLayout(page_header(self.title, self.subtitle, self.message))
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)

        for guard in (
            self.drafts.composer.discard,
            self.objectives.indicator_form.discard,
            self.adopted.form.discard,
        ):
            ask_before_discarding(guard, prompter, self)
        self.adopted.draft_started.connect(self._show_draft)
        self.adopted.form.problem.connect(self.show_message)
        self.objectives.indicator_form.problem.connect(self.show_message)
        session.changed.connect(self._on_changed)
        session.failed.connect(self.show_message)
        self._show_source()
        self._update_actions()

    def _make_actions(self) -> None:
        self.add_action = QAction(tr("Add"), self)
        self.add_action.setObjectName("edit_add_vision_entry")
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_entry)
        self.addAction(self.add_action)
        self.edit_action = QAction(tr("Change…"), self)
        self.edit_action.setObjectName("edit_change_vision_entry")
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_entry)
        self.addAction(self.edit_action)
        self.delete_action = QAction(tr("Delete"), self)
        self.delete_action.setObjectName("edit_delete_vision_entry")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only on the lists: in the forms' fields, Delete deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_entry)
        for view in (
            self.elements.list,
            self.drafts.list,
            self.objectives.list,
            self.objectives.indicators,
        ):
            view.addAction(self.delete_action)

    # --- the Edit menu commands, routed to the tab shown ------------------------------------

    def edit_actions(self) -> list[QAction]:
        """The commands the main window puts in its Edit menu while this page is shown."""
        return [self.add_action, self.edit_action, self.delete_action]

    def add_entry(self) -> None:
        """Add an element, a draft, an adoption or an objective (indicator in its table)."""
        if self._session.read_only:
            return
        shown = self.tabs.currentWidget()
        if shown is self.elements:
            self.elements.add()
        elif shown is self.drafts:
            self.drafts.add()
        elif shown is self.adopted:
            self.adopted.start_adoption()
        elif shown is self.objectives:
            if self.objectives.indicators.hasFocus():
                self.objectives.add_indicator()
            else:
                self.objectives.add()

    def edit_entry(self) -> None:
        """Open the selected entry of the tab shown for editing."""
        if self._session.read_only:
            return
        shown = self.tabs.currentWidget()
        if shown is self.elements:
            self.elements.edit()
        elif shown is self.drafts:
            self.drafts.edit()
        elif shown is self.objectives:
            if self.objectives.indicators.hasFocus():
                self.objectives.edit_indicator()
            else:
                self.objectives.edit()

    def delete_entry(self) -> None:
        """Delete the selected entry of the tab shown (one undo step, no question asked)."""
        shown = self.tabs.currentWidget()
        if shown is self.elements:
            self.elements.delete_selected()
        elif shown is self.drafts:
            self.drafts.delete_selected()
        elif shown is self.objectives:
            if self.objectives.indicators.hasFocus():
                self.objectives.delete_indicator()
            else:
                self._delete_objective()

    def _delete_objective(self) -> None:
        """Delete the selected objective; say so when its actions went with it."""
        objective_id = self.objectives.selected_id()
        carried = [a for a in self._session.actions() if a.objective_id == objective_id]
        count = len(self._session.objectives())
        self.objectives.delete_selected()
        if carried and len(self._session.objectives()) < count:
            self.show_message(
                plural(
                    "vision_page",
                    "The objective and its %n action(s) were deleted, with their partners, "
                    "milestones and budget lines. Edit ▸ Undo brings them all back.",
                    len(carried),
                )
            )

    def show_message(self, sentence: str) -> None:
        """Show a refusal or a problem in the page, without interrupting anyone."""
        show_page_message(self.message, sentence)
        self.status_message.emit(sentence)  # the window's status line holds it whole too

    def _show_draft(self, draft_id: int) -> None:
        self.tabs.setCurrentWidget(self.drafts)
        self.drafts.select(draft_id)
        self.drafts.edit()

    # --- refreshing ----------------------------------------------------------------------

    def _on_changed(self, record: ChangeRecord) -> None:
        self.message.hide()
        tables = record.tables
        if not tables & WATCHED_TABLES:
            return
        if tables & _ELEMENT_TABLES:
            self.elements.refresh()
        if tables & _DRAFT_TABLES:
            self.drafts.refresh()
        if tables & _VERSION_TABLES:
            self.adopted.refresh()
        if tables & _OBJECTIVE_TABLES:
            self.objectives.refresh()
        self.traceability.mark_changed()
        self._show_source()
        self._update_actions()

    def _show_source(self) -> None:
        versions = self._session.vision_versions()
        objectives = self._session.objectives()
        unmeasured = sum(1 for o in objectives if not o.indicators)
        parts = [
            tr("Vision version {number} in force").format(number=versions[-1].number)
            if versions
            else tr("No vision adopted yet"),
            plural("vision_page", "%n objective(s)", len(objectives)),
        ]
        if unmeasured:
            parts.append(plural("vision_page", "%n not measurable yet", unmeasured))
        if self._session.read_only:
            parts.append(tr("read-only"))
        self.subtitle.setText(" · ".join(parts))

    def _update_actions(self, *_args: Any) -> None:
        editable = not self._session.read_only
        shown = self.tabs.currentWidget()
        self.add_action.setEnabled(editable and shown is not self.traceability)
        self.edit_action.setEnabled(editable and shown not in (self.traceability, self.adopted))
        self.delete_action.setEnabled(editable and shown not in (self.traceability, self.adopted))
