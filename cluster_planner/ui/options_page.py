"""The Strategic options step: the TOWS matrix, the option editor and the impact/effort 2×2.

Screenshots: ``QT_QPA_PLATFORM=offscreen python -m cluster_planner.ui.options_page docs/images``
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.enums import OptionKind
from cluster_planner.ui import theme
from cluster_planner.ui.form_fields import ask_before_discarding
from cluster_planner.ui.formats import plural
from cluster_planner.ui.impact_effort_view import ImpactEffortView
from cluster_planner.ui.option_editor import OptionEditor
from cluster_planner.ui.option_model import OPTION_ID_ROLE, WATCHED_TABLES, OptionModel
from cluster_planner.ui.page_header import page_header, show_page_message
from cluster_planner.ui.tows_matrix import TowsMatrix

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

DEFAULT_TOP = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("options_page", text)


class OptionsPage(QWidget):
    """The third workshop step: derive SO, ST, WO and WT options from the prioritised SWOT.

    Contract: every edit is one ``session.run`` call (one undo step). Refusals arrive as
    a sentence on ``session.failed`` and show in the page's message line, never in a
    dialog. ``add_action``, ``edit_action`` and ``delete_action`` are meant for the Edit
    menu; they act on the option selected in the view shown.
    """

    status_message = Signal(str)  # a sentence for the window's status line

    def __init__(
        self, session: PlanSession, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("options_page")
        self._session = session
        self._prompter = prompter
        self.model = OptionModel(session, self)

        self.title = QLabel(_tr("Strategic options (TOWS)"))
        self.title.setObjectName("options_title")
        theme.set_role(self.title, theme.TITLE)
        self.subtitle = QLabel(wordWrap=True)
        self.subtitle.setObjectName("options_source")
        theme.set_role(self.subtitle, theme.SUBTITLE)
        self.message = QLabel(wordWrap=True)
        self.message.setObjectName("options_message")
        theme.set_role(self.message, theme.BANNER)
        self.message.hide()

        self.top_spin = QSpinBox()
        self.top_spin.setObjectName("options_top_count")
        self.top_spin.setRange(1, 20)
        self.top_spin.setValue(DEFAULT_TOP)
        self.top_spin.valueChanged.connect(self.model.set_per_quadrant)
        self.top_caption = QLabel(_tr("&Top items per quadrant"))
        self.top_caption.setBuddy(self.top_spin)

        self.matrix = TowsMatrix(self.model)
        self.editor = OptionEditor(self.model)
        self.editor.set_session(None if session.read_only else session)
        ask_before_discarding(self.editor.discard, prompter, self)
        self.impact_effort = ImpactEffortView(self.model)
        self.impact_effort.set_session(session, session.read_only)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.matrix)
        self.stack.addWidget(self.editor)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("options_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.stack, _tr("TOWS &matrix"))
        self.tabs.addTab(self.impact_effort, _tr("&Impact and effort"))

        self._make_actions()
        self._layout()

        self.matrix.add_requested.connect(self.add_option)
        self.matrix.edit_requested.connect(self.edit_option)
        self.matrix.current_changed.connect(self._update_actions)
        self.impact_effort.list.doubleClicked.connect(
            lambda index: self.edit_option(int(index.data(OPTION_ID_ROLE)))
        )
        self.impact_effort.list.selectionModel().currentChanged.connect(self._update_actions)
        self.tabs.currentChanged.connect(self._update_actions)
        self.editor.saved.connect(self._on_saved)
        self.editor.closed.connect(self.close_editor)
        session.changed.connect(self._on_changed)
        session.failed.connect(self.show_message)
        self._show_source()
        self._update_actions()

    # --- building ------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.add_action = QAction(_tr("Add option"), self)
        self.add_action.setObjectName("edit_add_option")
        self.add_action.setShortcut(QKeySequence(Qt.Key.Key_Insert))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(lambda: self.add_option(self.matrix.current_kind()))
        self.addAction(self.add_action)
        self.edit_action = QAction(_tr("Change option…"), self)
        self.edit_action.setObjectName("edit_change_option")
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self._edit_selected)
        self.addAction(self.edit_action)
        self.delete_action = QAction(_tr("Delete option"), self)
        self.delete_action.setObjectName("edit_delete_option")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        # Only on the option lists: in the editor's fields, Delete deletes text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        for cell in self.matrix.cells.values():
            cell.list.addAction(self.delete_action)
        self.impact_effort.list.addAction(self.delete_action)

    def _layout(self) -> None:
        commands = QHBoxLayout()
        commands.setSpacing(8)
        commands.addWidget(self.top_caption)
        commands.addWidget(self.top_spin)
        commands.addSpacing(16)
        self.command_buttons: list[QToolButton] = []
        for action in (self.add_action, self.edit_action, self.delete_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            commands.addWidget(button)
            self.command_buttons.append(button)

        corner = QWidget()
        corner.setLayout(commands)
        commands.setContentsMargins(0, 0, 0, 4)
        # The commands sit beside the tabs: every line of height goes to the matrix.
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(4)
        layout.addLayout(page_header(self.title, self.subtitle, self.message))
        layout.addSpacing(6)
        layout.addWidget(self.tabs, 1)
        chain: list[QWidget] = [self.top_spin, *self.command_buttons, *self.matrix.tab_chain()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the commands --------------------------------------------------------------------

    def current_option_id(self) -> int | None:
        """The id of the option selected in the view shown, or None."""
        if self.tabs.currentWidget() is self.impact_effort:
            return self.impact_effort.selected_id()
        if self.stack.currentWidget() is self.editor:
            return self.editor.option_id
        return self.matrix.selected_id()

    def select_option(self, option_id: int) -> bool:
        """Select the option with ``option_id`` in the matrix and the 2×2 list."""
        found = self.matrix.select(option_id)
        self.impact_effort.select(option_id)
        self._update_actions()
        return found

    def editing(self) -> bool:
        """True while the option editor is open."""
        return self.stack.currentWidget() is self.editor

    def edit_actions(self) -> list[QAction]:
        """The commands the main window puts in its Edit menu while this page is shown."""
        return [self.add_action, self.edit_action, self.delete_action]

    def add_option(self, kind: OptionKind | str = OptionKind.SO) -> None:
        """Open the editor on a new option of ``kind``."""
        if self._session.read_only:
            return
        self.tabs.setCurrentWidget(self.stack)
        self.stack.setCurrentWidget(self.editor)
        self.editor.start_new(OptionKind(kind))
        self._update_actions()

    def edit_option(self, option_id: int) -> None:
        """Open the editor on the option with ``option_id``."""
        option = self.model.find(option_id)
        if option is None or self._session.read_only:
            return
        self.tabs.setCurrentWidget(self.stack)
        self.stack.setCurrentWidget(self.editor)
        self.editor.start_edit(option)
        self._update_actions()

    def _edit_selected(self) -> None:
        option_id = self.current_option_id()
        if option_id is not None and not self.editing():
            self.edit_option(option_id)

    def delete_selected(self) -> None:
        """Delete the selected option (one undo step, so no question asked)."""
        option_id = self.current_option_id()
        if option_id is None or self._session.read_only or self.editing():
            return
        in_chart = self.tabs.currentWidget() is self.impact_effort
        kind = self.matrix.current_kind()
        row = self.matrix.cells[kind].list.currentIndex().row()
        if self._session.run(self._session.document.delete_option, option_id) is None:
            return
        # Keep the keyboard where it was: select the next option in the same place.
        if in_chart:
            index = self.model.index(min(row, self.model.rowCount() - 1), 0)
            self.impact_effort.list.setCurrentIndex(index)
        else:
            view = self.matrix.cells[kind].list
            if view.proxy.rowCount():
                view.setCurrentIndex(
                    view.proxy.index(min(max(row, 0), view.proxy.rowCount() - 1), 0)
                )
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def close_editor(self) -> None:
        """Go back to the matrix, keyboard focus in the cell of the option edited."""
        self.editor.discard.done()
        self.stack.setCurrentWidget(self.matrix)
        if self.editor.option_id is not None:
            self.matrix.select(self.editor.option_id)
        self.matrix.focus_current()
        self._update_actions()

    def _on_saved(self, record: ChangeRecord) -> None:
        if self.editor.option_id is None:
            self.editor.option_id = inserted_id(record, "strategic_option")
        self.close_editor()
        self.impact_effort.select(self.editor.option_id)

    def show_message(self, sentence: str) -> None:
        """Show a refusal or a problem in the page, without interrupting anyone."""
        show_page_message(self.message, sentence)
        self.status_message.emit(sentence)  # the window's status line holds it whole too

    # --- refreshing ----------------------------------------------------------------------

    def _on_changed(self, record: ChangeRecord) -> None:
        self.message.hide()
        if record.tables & WATCHED_TABLES:
            self._show_source()
            if (
                self.editing()
                and self.editor.option_id is not None
                and self.model.find(self.editor.option_id) is None
            ):
                self.editor.option_id = None
                self.close_editor()
        self._update_actions()

    def _show_source(self) -> None:
        items = self.model.items
        count = len(self.model.options())
        options = plural("options_page", "%n option(s)", count)
        if items.voting_round is not None:
            source = _tr("Top items from “{title}”, revealed").format(
                title=items.voting_round.title
            )
            self.top_spin.setEnabled(True)
        else:
            source = _tr("No voting round revealed yet: the matrix lists every item on the board")
            self.top_spin.setEnabled(False)
        self.subtitle.setText(f"{source} · {options}")

    def _update_actions(self, *_args: Any) -> None:
        editable = not self._session.read_only and not self.editing()
        selected = self.current_option_id() is not None
        self.add_action.setEnabled(editable)
        self.edit_action.setEnabled(editable and selected)
        self.delete_action.setEnabled(editable and selected)
        for cell in self.matrix.cells.values():
            cell.add_button.setEnabled(editable)
