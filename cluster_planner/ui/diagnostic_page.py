"""The Diagnostic step: the SWOT board, card details, imports, and dot-voting rounds."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.enums import BUILTIN_THEMES, ItemStatus, Quadrant
from cluster_planner.domain.prioritisation import ranking, top_items
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import lead_to
from cluster_planner.ui.card_details import CardDetails
from cluster_planner.ui.formats import plural
from cluster_planner.ui.key_names import key_name, undo_keys
from cluster_planner.ui.read_only_guard import mark_view_control
from cluster_planner.ui.swot_board import SwotBoard
from cluster_planner.ui.swot_card_model import CardMark
from cluster_planner.ui.swot_import_panel import SwotImportPanel, spreadsheet_filter
from cluster_planner.ui.vocabulary import label, quadrant_letter, theme_label
from cluster_planner.ui.voting_panel import VotingPanel

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import SwotItem
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

STATUS_TIMEOUT_MS = 8000
QUADRANT_KEYS = {q: n for n, q in enumerate(Quadrant, start=1)}  # S=1, W=2, O=3, T=4


def _tr(text: str) -> str:
    return QCoreApplication.translate("diagnostic_page", text)


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class DiagnosticPage(QWidget):
    """The second workshop step: capture, sort and merge the SWOT, then prioritise it."""

    status_message = Signal(str)  # a sentence for the window's status bar
    selection_changed = Signal()

    def __init__(
        self, session: PlanSession, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagnostic_page")
        self._session = session
        self._prompter = prompter

        self.title = QLabel(_tr("Diagnostic: SWOT"))
        self.title.setObjectName("diagnostic_title")
        theme.set_role(self.title, theme.TITLE)
        self.subtitle = QLabel(wordWrap=True)
        self.subtitle.setObjectName("diagnostic_subtitle")
        theme.set_role(self.subtitle, theme.SUBTITLE)

        self.board = SwotBoard(session)
        self.import_panel = SwotImportPanel(session)
        self.import_panel.finished.connect(self._on_import_finished)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.board)
        self.stack.addWidget(self.import_panel)

        self.details = CardDetails(session)
        details_scroll = QScrollArea()
        details_scroll.setWidget(self.details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.voting = VotingPanel(session)
        self.voting.round_changed.connect(self._show_marks)
        self.voting.status.connect(self.show_status)
        self.side = QTabWidget()
        self.side.setObjectName("diagnostic_side")
        self.side.setDocumentMode(True)
        self.side.addTab(details_scroll, _tr("&Card"))
        self.side.addTab(self.voting, _tr("Vot&ing"))

        self.status = QLabel()
        self.status.setObjectName("diagnostic_status")
        theme.set_role(self.status, theme.HINT)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self.status.clear)

        self._create_actions()
        self._layout()
        self.board.current_changed.connect(self._on_current_changed)
        session.changed.connect(self._on_changed)
        self._on_current_changed()
        self._show_summary()
        self._show_marks()

    # --- building -----------------------------------------------------------------------

    def _action(
        self, name: str, text: str, slot: object, shortcut: str | QKeySequence.StandardKey = ""
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        lists = [p.cards for p in self.board.panels.values()]
        self.import_action = self._action(
            "diagnostic_import", _tr("&Import SWOT…"), self.import_file, "Ctrl+I"
        )
        self.paste_action = self._action(
            "diagnostic_paste_lines", _tr("&Paste Lines…"), self.paste_lines, "Ctrl+Shift+V"
        )
        self.merge_action = self._action(
            "diagnostic_merge", _tr("&Merge Duplicates…"), self.merge_selected, "Ctrl+M"
        )
        # The toolbar's short names (the Edit menu says them whole), so that a longer
        # translation does not push the theme filter past the screen.
        self.import_action.setIconText(_tr("Import…"))
        self.merge_action.setIconText(_tr("Merge…"))
        self.delete_action = self._action(
            "diagnostic_delete",
            _tr("&Delete Card"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
        )
        self.rename_action = self._action(
            "diagnostic_rename", _tr("&Edit Statement"), self.edit_current, "F2"
        )
        self.drop_action = self._action(
            "diagnostic_drop", _tr("Drop / &Restore Card"), self.toggle_dropped, "Ctrl+D"
        )
        self.move_up_action = self._action(
            "diagnostic_move_up",
            _tr("Move Card &Up"),
            partial(self.move_selected_by, -1),
            "Ctrl+Up",
        )
        self.move_down_action = self._action(
            "diagnostic_move_down",
            _tr("Move Card Do&wn"),
            partial(self.move_selected_by, 1),
            "Ctrl+Down",
        )
        self.move_to_actions: dict[Quadrant, QAction] = {}
        for quadrant, number in QUADRANT_KEYS.items():
            self.move_to_actions[quadrant] = self._action(
                f"diagnostic_move_to_{quadrant.value}",
                _tr("{letter} · {quadrant}").format(
                    letter=quadrant_letter(quadrant), quadrant=label(quadrant)
                ),
                partial(self.move_selected_to, quadrant),
                f"Ctrl+Alt+{number}",
            )
        self.focus_actions: dict[Quadrant, QAction] = {}
        for quadrant, number in QUADRANT_KEYS.items():
            action = self._action(
                f"diagnostic_go_to_{quadrant.value}",
                _tr("Go to {quadrant}").format(quadrant=label(quadrant)),
                partial(self.board.focus_quadrant, quadrant),
                f"Alt+{number}",
            )
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            self.focus_actions[quadrant] = action
            self.board.panels[quadrant].capture.setToolTip(
                _tr(
                    "Type a card and press {enter}; the line stays ready for the next one.\n"
                    "{alt}…4 jumps to S, W, O, T; {down} goes to the cards."
                ).format(enter=key_name("Enter"), alt=key_name("Alt+1"), down=key_name("Down"))
            )
        self.reveal_action = self._action(
            "diagnostic_reveal", _tr("&Reveal Results"), self._toggle_reveal, "Ctrl+R"
        )
        self.reveal_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.reveal_action)
        for action in (self.import_action, self.paste_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # Card commands act on the card lists only: in a text field these keys edit text.
        card_actions = [
            self.delete_action,
            self.rename_action,
            self.merge_action,
            self.drop_action,
            self.move_up_action,
            self.move_down_action,
            *self.move_to_actions.values(),
        ]
        for action in card_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_menu = QMenu(_tr("Move &to"), self)
        self.move_menu.addActions(list(self.move_to_actions.values()))
        for cards in lists:
            cards.addActions(card_actions)
            cards.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cards.customContextMenuRequested.connect(partial(self._card_menu, cards))
            cards.setToolTip(
                _tr(
                    "{f2} edits the card · {delete} deletes it · {up}/{down} reorders · "
                    "{move}…4 moves it to S, W, O, T · {merge} merges the selected cards"
                ).format(
                    f2=key_name("F2"),
                    delete=key_name("Delete"),
                    up=key_name("Ctrl+Up"),
                    down=key_name("Ctrl+Down"),
                    move=key_name("Ctrl+Alt+1"),
                    merge=key_name("Ctrl+M"),
                )
            )

        self.show_dropped = QCheckBox(_tr("Show &dropped cards"))
        mark_view_control(self.show_dropped)
        self.show_dropped.setObjectName("diagnostic_show_dropped")
        self.show_dropped.toggled.connect(self.board.set_show_dropped)
        self.theme_filter = QComboBox()
        mark_view_control(self.theme_filter)
        self.theme_filter.setObjectName("diagnostic_theme_filter")
        self.theme_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.theme_filter.setMinimumContentsLength(14)
        self.theme_filter.setToolTip(_tr("Dim the cards that do not carry this theme"))
        self.theme_filter.currentIndexChanged.connect(
            lambda _i: self.board.set_theme_filter(self.theme_filter.currentData())
        )
        self._fill_theme_filter()

    def _layout(self) -> None:
        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        for action in (self.import_action, self.paste_action, self.merge_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().replace('&', '')} ({keys})")
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        theme_label_widget = lead_to(QLabel(_tr("&Theme:")), self.theme_filter)
        toolbar.addWidget(theme_label_widget)
        toolbar.addWidget(self.theme_filter)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.show_dropped)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("diagnostic_splitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([700, 390])
        self.side.setMinimumWidth(390)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addLayout(toolbar)
        layout.addSpacing(4)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

    def edit_actions(self) -> list[QAction]:
        """The card commands the window's Edit menu should offer while this page is shown."""
        return [
            self.import_action,
            self.paste_action,
            self.merge_action,
            self.rename_action,
            self.drop_action,
            self.delete_action,
        ]

    # --- summary, ranks and details -----------------------------------------------------

    def _show_summary(self) -> None:
        items = self._session.swot_items()
        active = sum(1 for i in items if i.status is ItemStatus.ACTIVE)
        merged = sum(1 for i in items if i.status is ItemStatus.MERGED)
        dropped = sum(1 for i in items if i.status is ItemStatus.DROPPED)
        parts = [plural("diagnostic_page", "%n card(s) on the board", active)]
        if merged:
            parts.append(plural("diagnostic_page", "%n merged", merged))
        if dropped:
            parts.append(plural("diagnostic_page", "%n dropped", dropped))
        voting_round = self.voting.current_round()
        if voting_round is not None:
            template = (
                _tr("results of “{round}” shown")
                if voting_round.revealed
                else _tr("results of “{round}” hidden")
            )
            parts.append(template.format(round=voting_round.title))
        self.subtitle.setText(" · ".join(parts))

    def _show_marks(self) -> None:
        voting_round = self.voting.current_round()
        marks: dict[int, CardMark] = {}
        if voting_round is not None and voting_round.revealed:
            items = self._session.swot_items()
            top = {
                r.item.id
                for ranked in top_items(voting_round, items, self.voting.top_n).values()
                for r in ranked
            }
            marks = {
                r.item.id: CardMark(r.rank, r.score, r.item.id in top)
                for r in ranking(voting_round, items)
                if r.score > 0
            }
        self.board.set_marks(marks)
        self.reveal_action.setText(
            _tr("Hide &Results")
            if voting_round is not None and voting_round.revealed
            else _tr("&Reveal Results")
        )
        self._show_summary()

    def _fill_theme_filter(self) -> None:
        current = self.theme_filter.currentData()
        custom = sorted(
            {t for i in self._session.swot_items() for t in i.themes} - set(BUILTIN_THEMES),
            key=str.casefold,
        )
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(_tr("All themes"), None)
        for key in (*BUILTIN_THEMES, *custom):
            self.theme_filter.addItem(theme_label(key), key)
        self.theme_filter.setCurrentIndex(max(0, self.theme_filter.findData(current)))
        self.theme_filter.blockSignals(False)

    def current_item(self) -> SwotItem | None:
        """The card the details panel shows."""
        item_id = self.board.current_id()
        return next((i for i in self._session.swot_items() if i.id == item_id), None)

    def _on_current_changed(self) -> None:
        self.details.load(self.current_item())
        editable = not self._session.read_only
        selected = self.board.selected_ids()
        for action in (self.delete_action, self.rename_action, self.drop_action):
            action.setEnabled(editable and bool(selected))
        for action in (self.move_up_action, self.move_down_action, *self.move_to_actions.values()):
            action.setEnabled(editable and bool(selected))
        self.merge_action.setEnabled(editable and len(selected) >= 2)
        for action in (self.import_action, self.paste_action):
            action.setEnabled(editable)
        self.selection_changed.emit()

    def _on_changed(self, record: ChangeRecord) -> None:
        tables = record.tables
        self.voting.reload(record)
        self.board.refresh(record)
        if tables & {"swot_item", "swot_item_theme"}:
            self._fill_theme_filter()
        if tables & {"swot_item", "swot_item_theme", "voting_round", "vote_tally"}:
            self._show_marks()

    # --- status ---------------------------------------------------------------------------

    def show_status(self, text: str) -> None:
        """Say what just happened, in the page and to the window's status bar."""
        self.status.setText(text)
        self._status_timer.start(STATUS_TIMEOUT_MS)
        self.status_message.emit(text)

    # --- card commands --------------------------------------------------------------------

    def _items(self, ids: list[int]) -> list[SwotItem]:
        by_id = {i.id: i for i in self._session.swot_items()}
        return [by_id[i] for i in ids if i in by_id]

    def delete_selected(self) -> None:
        """Delete the selected cards (Undo brings them back, so nothing asks first)."""
        items = self._items(self.board.selected_ids())
        if not items or self._session.read_only:
            return
        focus = self.board.focused_panel()
        row = focus.cards.currentIndex().row() if focus is not None else -1
        deleted = [i for i in items if self._session.run("delete_swot_item", i.id) is not None]
        if not deleted:
            return
        if focus is not None and focus.model.rowCount():
            index = focus.model.index(min(max(row, 0), focus.model.rowCount() - 1), 0)
            focus.cards.setCurrentIndex(index)
        if len(deleted) == 1:
            text = _tr("Deleted “{card}”. {undo} brings it back.").format(
                card=_short(deleted[0].statement), undo=undo_keys()
            )
        else:
            text = plural(
                "diagnostic_page",
                "Deleted %n card(s). {undo} brings back one at a time.",
                len(deleted),
            ).format(undo=undo_keys())
        self.show_status(text)

    def keyboard_entry(self) -> QWidget:
        """Where the keyboard goes on this page: the Strengths capture line."""
        return self.board.panels[Quadrant.STRENGTH].capture

    def edit_current(self) -> None:
        """Edit the current card's statement in place."""
        panel = self.board.focused_panel()
        if panel is not None and panel.cards.currentIndex().isValid():
            panel.cards.edit(panel.cards.currentIndex())

    def toggle_dropped(self) -> None:
        """Drop the selected card from the board, or put a dropped one back."""
        item = self.current_item()
        if item is None or self._session.read_only or item.status is ItemStatus.MERGED:
            return
        status = ItemStatus.ACTIVE if item.status is ItemStatus.DROPPED else ItemStatus.DROPPED
        if self._session.run("update_swot_item", item.id, status=status) is None:
            return
        if status is ItemStatus.DROPPED and not self.show_dropped.isChecked():
            self.show_status(
                _tr("Dropped “{card}”: it is hidden; tick Show dropped cards to see it.").format(
                    card=_short(item.statement)
                )
            )
        self.board.select(item.id, focus=True)

    def move_selected_by(self, step: int) -> None:
        """Move the current card up (-1) or down (+1) in its quadrant."""
        panel = self.board.focused_panel()
        if panel is None or self._session.read_only:
            return
        index = panel.cards.currentIndex()
        if not index.isValid():
            return
        row = index.row() + step
        if not 0 <= row < panel.model.rowCount():
            return
        item = panel.model.item(index.row())
        # Moving down lands after the next card: the gap before the card after it.
        panel.model.move_card(item.id, row + 1 if step > 0 else row)
        self.board.select(item.id, focus=True)

    def move_selected_to(self, quadrant: Quadrant) -> None:
        """Move the selected cards to the end of ``quadrant``."""
        items = self._items(self.board.selected_ids())
        if not items or self._session.read_only:
            return
        target = self.board.panels[quadrant].model
        for item in items:
            if item.quadrant is not quadrant:
                target.move_card(item.id, target.rowCount())
        self.board.select(items[0].id, focus=True)
        self.show_status(
            plural("diagnostic_page", "Moved %n card(s) to {quadrant}.", len(items)).format(
                quadrant=label(quadrant)
            )
        )

    def merge_selected(self) -> None:
        """Merge the selected cards into one: the focused card stays, or the person chooses."""
        ids = self.board.selected_ids()
        items = self._items(ids)
        if len(items) < 2 or self._session.read_only:
            return
        panel = self.board.focused_panel()
        keep: int | None = None
        if panel is not None:
            index = panel.cards.currentIndex()
            if index.isValid() and panel.cards.selectionModel().isSelected(index):
                keep = panel.model.item(index.row()).id
        if keep is None:
            answer = self._prompter.choose(
                self,
                _tr("Merge duplicates"),
                _tr("Which card stays on the board? The others are merged into it."),
                [(str(i.id), _short(i.statement, 70)) for i in items],
            )
            if answer is None:
                return
            keep = int(answer)
        sources = [i.id for i in items if i.id != keep]
        if self._session.run("merge_swot_items", keep, sources) is None:
            return
        self.board.select(keep, focus=True)
        self.show_status(
            plural(
                "diagnostic_page",
                "Merged %n card(s) into “{card}”. {undo} separates them again.",
                len(sources),
            ).format(
                card=_short(next(i.statement for i in items if i.id == keep)), undo=undo_keys()
            )
        )

    def _card_menu(self, cards: QAbstractItemView, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.rename_action)
        menu.addMenu(self.move_menu)
        menu.addAction(self.merge_action)
        menu.addAction(self.drop_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(cards.viewport().mapToGlobal(position))

    def _toggle_reveal(self) -> None:
        voting_round = self.voting.current_round()
        if voting_round is not None:
            self.voting.set_revealed(not voting_round.revealed)

    # --- imports -------------------------------------------------------------------------

    def import_file(self) -> None:
        """Choose a CSV or XLSX file and preview what it would add."""
        if self._session.read_only:
            return
        path = self._prompter.import_path(self, _tr("Import SWOT items"), spreadsheet_filter())
        if not path:
            return
        refused = self.import_panel.start_file(path)
        if refused is not None:
            self.show_status(refused)
            return
        self._show_import_panel()

    def _show_import_panel(self) -> None:
        # The preview needs the width; the card and voting panel come back afterwards.
        self.stack.setCurrentWidget(self.import_panel)
        self.side.hide()

    def paste_lines(self) -> None:
        """Show the paste box, with plain lines going to the focused quadrant."""
        if self._session.read_only:
            return
        panel = self.board.focused_panel()
        self.import_panel.start_paste("", panel.quadrant if panel is not None else None)
        self._show_import_panel()
        self.import_panel.paste_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_import_finished(self, text: str) -> None:
        self.stack.setCurrentWidget(self.board)
        self.side.show()
        if text:
            self.show_status(text)
        self.board.focus_quadrant(Quadrant.STRENGTH)
