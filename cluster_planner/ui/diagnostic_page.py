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
from cluster_planner.domain.prioritisation import ranking, scores, top_items
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo, lead_to
from cluster_planner.ui.card_details import CardDetails
from cluster_planner.ui.formats import plural
from cluster_planner.ui.key_names import key_name, undo_keys
from cluster_planner.ui.page_header import page_header, show_page_message
from cluster_planner.ui.pending_tray import PendingTray
from cluster_planner.ui.plan_codes import quadrant_letter
from cluster_planner.ui.read_only_guard import mark_view_control
from cluster_planner.ui.swot_board import SwotBoard
from cluster_planner.ui.swot_card_model import CardMark
from cluster_planner.ui.swot_import_panel import SwotImportPanel, spreadsheet_filter
from cluster_planner.ui.vocabulary import label, theme_label
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
        self.pending = PendingTray(session, lambda: self.board.current_id())
        self.pending.status.connect(self.show_status)
        self.pending.count_changed.connect(self._show_pending_count)
        self.side.addTab(self.pending, "")
        self._show_pending_count(len(self.pending.pending()))

        self.status = QLabel()
        self.status.setObjectName("diagnostic_status")
        theme.set_role(self.status, theme.BANNER)
        self.status.hide()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self._clear_status)

        self._panel_closed_on_purpose = False
        self._side_before_import = False
        self._create_actions()
        self._layout()
        self.board.current_changed.connect(self._on_current_changed)
        self.board.current_changed.connect(self.pending.board_selection_changed)
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
        self.sort_action = self._action(
            "diagnostic_sort_by_votes",
            _tr("&Sort by Votes"),
            self._sort_by_votes,
            "Ctrl+Shift+R",
        )
        self.sort_action.setCheckable(True)
        self.sort_action.setToolTip(
            _tr(
                "Show each quadrant's most voted cards first ({keys}); the board keeps its "
                "own order"
            ).format(keys=key_name("Ctrl+Shift+R"))
        )
        self.panel_action = self._action(
            "diagnostic_side_panel", _tr("Side Pa&nel"), self._toggle_panel, "F6"
        )
        self.panel_action.setCheckable(True)
        self.panel_action.setToolTip(
            _tr(
                "Show or hide the card's details and the voting panel beside the board "
                "({keys}); it opens by itself when a card is selected"
            ).format(keys=key_name("F6"))
        )
        self.zoom_in_action = self._action(
            "diagnostic_zoom_in",
            _tr("Larger Cards"),
            lambda: self.board.set_zoom(self.board.zoom + 0.1),
            "Ctrl+=",
        )
        self.zoom_out_action = self._action(
            "diagnostic_zoom_out",
            _tr("Smaller Cards"),
            lambda: self.board.set_zoom(self.board.zoom - 0.1),
            "Ctrl+-",
        )
        self.zoom_reset_action = self._action(
            "diagnostic_zoom_reset",
            _tr("Cards at Usual Size"),
            lambda: self.board.set_zoom(1.0),
            "Ctrl+0",
        )
        for action in (
            self.sort_action,
            self.panel_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
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
        self.theme_filter.setToolTip(_tr("Dim the cards that do not carry this theme"))
        # Narrow beside the sort button at 1280 pixels; the entry reads whole in its tooltip.
        fit_combo(self.theme_filter, letters=9)
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
        self.view_buttons: dict[str, QToolButton] = {}
        # Zooming has its keys (Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+wheel) and the Edit menu: the
        # toolbar keeps to what fits a 1280-pixel screen.
        sort_button = QToolButton()
        sort_button.setObjectName("diagnostic_sort_button")
        sort_button.setDefaultAction(self.sort_action)
        sort_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(sort_button)
        self.view_buttons["sort"] = sort_button
        theme_label_widget = lead_to(QLabel(_tr("&Theme:")), self.theme_filter)
        toolbar.addWidget(theme_label_widget)
        toolbar.addWidget(self.theme_filter)
        toolbar.addWidget(self.show_dropped)
        panel_button = QToolButton()
        panel_button.setObjectName("diagnostic_panel_button")
        panel_button.setDefaultAction(self.panel_action)
        panel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addWidget(panel_button)
        self.view_buttons["panel"] = panel_button

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("diagnostic_splitter")
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([700, 390])
        self.side.setMinimumWidth(390)
        # The board has the width until a card is chosen (or F6): at 1280x720 the cards of a
        # quadrant need it more than an empty panel does.
        self.side.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        layout.setSpacing(4)
        # What just happened is said beside the title: the board keeps the height.
        layout.addLayout(page_header(self.title, self.subtitle, self.status))
        layout.addSpacing(6)
        layout.addLayout(toolbar)
        layout.addSpacing(4)
        layout.addWidget(self.splitter, 1)

    def edit_actions(self) -> list[QAction]:
        """The card commands the window's Edit menu should offer while this page is shown."""
        return [
            self.import_action,
            self.paste_action,
            self.merge_action,
            self.rename_action,
            self.drop_action,
            self.delete_action,
            self.sort_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.zoom_reset_action,
            self.panel_action,
        ]

    def _show_pending_count(self, count: int) -> None:
        """The phones tab names how many ideas wait."""
        index = self.side.indexOf(self.pending)
        self.side.setTabText(
            index,
            _tr("From &Phones ({count})").format(count=count) if count else _tr("From &Phones"),
        )

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
        self.sort_action.setEnabled(voting_round is not None and voting_round.revealed)
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

    def _sort_by_votes(self, by_votes: bool) -> None:
        self.board.set_sorted_by_votes(by_votes)
        self._on_current_changed()

    def _toggle_panel(self, shown: bool) -> None:
        """Show or hide the side panel, as the person asked (it stays so until asked again)."""
        self._panel_closed_on_purpose = not shown
        self._set_panel(shown)

    def _set_panel(self, shown: bool) -> None:
        self.side.setVisible(shown)
        self.panel_action.setChecked(shown)
        current = self.board.current_id()
        if current is not None:  # the chosen card stays in sight as the board narrows
            found = self.board.index_of(current)
            if found is not None:
                found[0].cards.scrollTo(found[1])

    def show_side_panel(self, tab: QWidget | None = None) -> None:
        """Open the side panel (on ``tab``: the card or the voting)."""
        if tab is not None:
            self.side.setCurrentWidget(tab)
        self._panel_closed_on_purpose = False
        self._set_panel(True)

    def _on_current_changed(self) -> None:
        item = self.current_item()
        if (
            item is not None
            and self.side.isHidden()
            and not self._panel_closed_on_purpose
            and not self.property("presented")  # the hall sees the board alone
            and self.stack.currentWidget() is self.board
        ):
            self.side.setCurrentIndex(0)
            self._set_panel(True)
        self.details.load(self.current_item())
        editable = not self._session.read_only
        selected = self.board.selected_ids()
        for action in (self.delete_action, self.rename_action, self.drop_action):
            action.setEnabled(editable and bool(selected))
        for action in (self.move_up_action, self.move_down_action, *self.move_to_actions.values()):
            action.setEnabled(editable and bool(selected))
        sorted_by_votes = any(p.model.sorted_by_votes() for p in self.board.panels.values())
        for action in (self.move_up_action, self.move_down_action):  # the vote sets the order
            action.setEnabled(action.isEnabled() and not sorted_by_votes)
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
        if not text:
            self._clear_status()
            return
        show_page_message(self.status, text)
        self._status_timer.start(STATUS_TIMEOUT_MS)
        self.status_message.emit(text)

    def _clear_status(self) -> None:
        self.status.clear()
        self.status.hide()

    # --- card commands --------------------------------------------------------------------

    def _items(self, ids: list[int]) -> list[SwotItem]:
        by_id = {i.id: i for i in self._session.swot_items()}
        return [by_id[i] for i in ids if i in by_id]

    def delete_selected(self) -> None:
        """Delete the selected cards; a card that was voted on or that options, vision
        elements or actions use is deleted only after a question naming them."""
        items = self._items(self.board.selected_ids())
        if not items or self._session.read_only:
            return
        question = self._delete_question(items)
        if question and not self._prompter.confirm(
            self, _tr("Delete Card"), question, _tr("Delete")
        ):
            return
        focus = self.board.focused_panel()
        row = focus.cards.currentIndex().row() if focus is not None else -1
        deleted = [
            i
            for i in items
            if self._session.run(self._session.document.delete_swot_item, i.id) is not None
        ]
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

    def _delete_question(self, items: list[SwotItem]) -> str:
        """What deleting ``items`` takes with it, as a question; "" when nothing."""
        rounds = self._session.voting_rounds()
        options = self._session.options()
        elements = self._session.vision_elements()
        actions = self._session.actions()
        cards = self._session.swot_items()
        dots_of = [scores(r, cards) for r in rounds]
        lines = []
        for item in items:
            dots = sum(found.get(item.id, 0) for found in dots_of)
            uses = []
            if dots:
                uses.append(plural("diagnostic_page", "%n dot(s) of the voting", dots))
            used = sum(1 for o in options if item.id in o.item_ids)
            if used:
                uses.append(plural("diagnostic_page", "%n strategic option(s)", used))
            used = sum(1 for e in elements if item.id in e.item_ids)
            if used:
                uses.append(plural("diagnostic_page", "%n vision element(s)", used))
            used = sum(1 for a in actions if item.id in a.item_ids)
            if used:
                uses.append(plural("diagnostic_page", "%n action(s) answering it", used))
            if uses:
                lines.append(
                    _tr("“{card}” has {uses}.").format(
                        card=_short(item.statement), uses=", ".join(uses)
                    )
                )
        if not lines:
            return ""
        return "\n".join(
            [
                *lines,
                _tr(
                    "Deleting takes the votes and these links with it ({undo} brings them "
                    "back). To take a card off the board but keep it, drop it ({drop})."
                ).format(undo=key_name("Ctrl+Z"), drop=key_name("Ctrl+D")),
            ]
        )

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
        if (
            self._session.run(self._session.document.update_swot_item, item.id, status=status)
            is None
        ):
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
        if self._session.run(self._session.document.merge_swot_items, keep, sources) is None:
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
        self._side_before_import = not self.side.isHidden()
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
        self.side.setVisible(self._side_before_import)
        if text:
            self.show_status(text)
        self.board.focus_quadrant(Quadrant.STRENGTH)
