"""SwotBoard: the four SWOT quadrants as a 2×2 grid of card lists, each with a capture line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.enums import Quadrant
from cluster_planner.ui.formats import plural
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.plan_codes import quadrant_letter
from cluster_planner.ui.swot_card_delegate import SwotCardDelegate, card_font
from cluster_planner.ui.swot_card_model import CARD_TABLES, ITEM_ID_ROLE, CardMark, SwotCardModel
from cluster_planner.ui.text_undo import empty_line
from cluster_planner.ui.vocabulary import label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.ui.plan_session import PlanSession

# Okabe–Ito hues, safe for colour-blind viewers; the letter and name carry the meaning.
QUADRANT_COLOURS = {
    Quadrant.STRENGTH: "#0072b2",
    Quadrant.WEAKNESS: "#d55e00",
    Quadrant.OPPORTUNITY: "#009e73",
    Quadrant.THREAT: "#8e3b74",
}
# Reading order of the grid: S W on top, O T below, as every SWOT is drawn.
GRID = {
    Quadrant.STRENGTH: (0, 0),
    Quadrant.WEAKNESS: (0, 1),
    Quadrant.OPPORTUNITY: (1, 0),
    Quadrant.THREAT: (1, 1),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("swot_board", text)


def capture_placeholder(quadrant: Quadrant) -> str:
    """What a quadrant's capture line invites people to type."""
    texts = {
        Quadrant.STRENGTH: _tr("Type a strength, press {key}"),
        Quadrant.WEAKNESS: _tr("Type a weakness, press {key}"),
        Quadrant.OPPORTUNITY: _tr("Type an opportunity, press {key}"),
        Quadrant.THREAT: _tr("Type a threat, press {key}"),
    }
    return texts[quadrant].format(key=key_name("Enter"))


def capture_name(quadrant: Quadrant) -> str:
    """The capture line's name for screen readers (its placeholder goes once typing starts)."""
    names = {
        Quadrant.STRENGTH: _tr("New strength"),
        Quadrant.WEAKNESS: _tr("New weakness"),
        Quadrant.OPPORTUNITY: _tr("New opportunity"),
        Quadrant.THREAT: _tr("New threat"),
    }
    return names[quadrant]


def tint(colour: str, amount: float) -> str:
    """``colour`` mixed with white (amount 0: white, 1: the colour), as #rrggbb."""
    c = QColor(colour)
    mix = [round(255 - (255 - v) * amount) for v in (c.red(), c.green(), c.blue())]
    return "#{:02x}{:02x}{:02x}".format(*mix)


class CardList(QListView):
    """A quadrant's cards: keyboard navigation, F2 to edit, drag within and across lists;
    Ctrl+wheel asks the board to zoom."""

    leave_up = Signal()
    zoom_requested = Signal(int)  # +1 larger, -1 smaller

    def __init__(self, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"cards_{quadrant.value}")
        self.setAccessibleName(label(quadrant))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        # Lay out in batches: a long quadrant shows its first cards before measuring the rest.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(40)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setItemDelegate(SwotCardDelegate(self))

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps:
                self.zoom_requested.emit(1 if steps > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if (
            event.key() == Qt.Key.Key_Up
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and (not index.isValid() or index.row() == 0)
        ):
            self.leave_up.emit()
            return
        super().keyPressEvent(event)


class CaptureLine(QLineEdit):
    """The line where a quadrant's new cards are typed; Down goes to the cards."""

    leave_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.leave_down.emit()
            return
        super().keyPressEvent(event)


class QuadrantPanel(QFrame):
    """One quadrant: header with letter, name and count; capture line; card list."""

    def __init__(
        self, session: PlanSession, quadrant: Quadrant, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self._session = session
        colour = QUADRANT_COLOURS[quadrant]
        self.setObjectName(f"quadrant_{quadrant.value}")
        self.setStyleSheet(
            f"""
            QFrame#quadrant_{quadrant.value} {{
                background: {tint(colour, 0.07)}; border: 1px solid {tint(colour, 0.45)};
                border-top: 4px solid {colour}; border-radius: 6px;
            }}
            QListView {{ background: transparent; }}
            QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
            QScrollBar::handle:vertical {{
                background: {tint(colour, 0.35)}; border-radius: 3px; min-height: 32px;
            }}
            QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
            QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
            """
        )
        self.letter = QLabel(quadrant_letter(quadrant))
        self.letter.setObjectName("quadrant_letter")
        self.letter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        letter_font = card_font(self.font())
        letter_font.setBold(True)
        self.letter.setFont(letter_font)
        side = self.letter.fontMetrics().height() + 6
        self.letter.setFixedSize(side, side)
        self.letter.setStyleSheet(
            f"background: {colour}; color: white; border-radius: 4px; border: none;"
        )
        self.name = QLabel(label(quadrant))
        name_font = card_font(self.font())
        name_font.setBold(True)
        self.name.setFont(name_font)
        self.name.setStyleSheet("border: none; background: transparent;")
        self.count = QLabel()
        self.count.setObjectName("quadrant_count")
        self.count.setFont(card_font(self.font()))
        self.count.setStyleSheet("border: none; background: transparent; color: #4a525c;")

        self.capture = CaptureLine()
        self.capture.setObjectName(f"capture_{quadrant.value}")
        self.capture.setAccessibleName(capture_name(quadrant))
        self.capture.setClearButtonEnabled(True)
        self.capture.setFont(card_font(self.font()))
        self.capture.setPlaceholderText(capture_placeholder(quadrant))
        self.capture.setStyleSheet(
            f"QLineEdit {{ background: white; border: 1px solid {tint(colour, 0.5)};"
            " border-radius: 4px; padding: 4px 6px; }"
            f"QLineEdit:focus {{ border: 2px solid {colour}; }}"
        )
        self.capture.returnPressed.connect(self.capture_card)

        self.model = SwotCardModel(session, quadrant, self)
        self.cards = CardList(quadrant)
        self.cards.setModel(self.model)
        self.capture.leave_down.connect(self._enter_cards)
        self.cards.leave_up.connect(
            lambda: self.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.letter)
        header.addWidget(self.name)
        header.addStretch(1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 4, 4)
        layout.setSpacing(6)
        layout.addLayout(header)
        capture_row = QHBoxLayout()
        capture_row.setContentsMargins(0, 0, 6, 0)
        capture_row.addWidget(self.capture)
        layout.addLayout(capture_row)
        layout.addWidget(self.cards, 1)
        self.set_read_only(session.read_only)
        self._show_count()

    def set_read_only(self, read_only: bool) -> None:
        """Disable capture (and editing, through the model's flags) in a read-only plan."""
        self.capture.setEnabled(not read_only)
        if read_only:
            self.capture.setPlaceholderText(_tr("Read-only: cards cannot be added"))
            self.cards.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)

    def capture_card(self) -> None:
        """Add the typed statement as the quadrant's last card; focus stays for the next one."""
        text = self.capture.text().strip()
        if not text or self._session.read_only:
            return
        record = self._session.run(
            self._session.document.add_swot_item, quadrant=self.quadrant, statement=text
        )
        if record is None:
            return
        empty_line(self.capture)  # Ctrl+Z now takes the card back, not the text
        row = self.model.row_of(inserted_id(record, "swot_item"))
        if row >= 0:
            self.cards.scrollTo(self.model.index(row, 0))

    def _enter_cards(self) -> None:
        self.cards.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.cards.currentIndex().isValid() and self.model.rowCount():
            self.cards.setCurrentIndex(self.model.index(0, 0))

    def refresh(self) -> None:
        """Re-read the cards and the count."""
        self.model.refresh()
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.active_count()
        self.count.setText(plural("swot_board", "%n card(s)", count))
        self.count.setToolTip(plural("swot_board", "%n card(s) on the board", count))


ZOOM_RANGE = (0.6, 1.6)


class SwotBoard(QWidget):
    """The SWOT board: four quadrant panels; selection spans them with Ctrl held."""

    current_changed = Signal()
    zoom_changed = Signal(float)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swot_board")
        self._session = session
        self.panels = {q: QuadrantPanel(session, q) for q in Quadrant}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        for quadrant, (row, column) in GRID.items():
            grid.addWidget(self.panels[quadrant], row, column)
        for panel in self.panels.values():
            selection = panel.cards.selectionModel()
            selection.selectionChanged.connect(lambda *_a, p=panel: self._on_selection_changed(p))
            selection.currentChanged.connect(lambda *_a: self.current_changed.emit())
            panel.cards.zoom_requested.connect(lambda step: self.set_zoom(self.zoom + step * 0.1))
        self._last_panel: QuadrantPanel = self.panels[Quadrant.STRENGTH]
        self.zoom: float = 1.0
        self._base_point_size = self.panels[Quadrant.STRENGTH].cards.font().pointSizeF()

    # --- selection ----------------------------------------------------------------------

    def _on_selection_changed(self, panel: QuadrantPanel) -> None:
        if panel.cards.selectionModel().hasSelection():
            self._last_panel = panel
            # Selecting in one quadrant starts afresh unless Ctrl adds to the selection.
            if not QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier:
                for other in self.panels.values():
                    if other is not panel:
                        other.cards.selectionModel().clearSelection()
        self.current_changed.emit()

    def focused_panel(self) -> QuadrantPanel | None:
        """The panel holding the keyboard focus, if any."""
        focus = QApplication.focusWidget()
        for panel in self.panels.values():
            if focus is not None and (focus is panel or panel.isAncestorOf(focus)):
                return panel
        return None

    def current_id(self) -> int | None:
        """The card the details show: the focused (or last used) list's current card."""
        panel = self.focused_panel() or self._last_panel
        index = panel.cards.currentIndex()
        if index.isValid() and panel.cards.selectionModel().isSelected(index):
            return int(index.data(ITEM_ID_ROLE))
        selected = self.selected_ids()
        return selected[0] if len(selected) == 1 else None

    def selected_ids(self) -> list[int]:
        """The selected cards of every quadrant, in board order."""
        ids: list[int] = []
        for panel in self.panels.values():
            rows = sorted(i.row() for i in panel.cards.selectionModel().selectedIndexes())
            ids.extend(panel.model.item(r).id for r in rows)
        return ids

    def select(self, item_id: int, *, focus: bool = False) -> bool:
        """Make card ``item_id`` the only selected card; False when it is not shown."""
        for panel in self.panels.values():
            row = panel.model.row_of(item_id)
            if row >= 0:
                index = panel.model.index(row, 0)
                panel.cards.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
                panel.cards.scrollTo(index)
                self._last_panel = panel
                if focus:
                    panel.cards.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def index_of(self, item_id: int) -> tuple[QuadrantPanel, QModelIndex] | None:
        """The panel and index showing card ``item_id``."""
        for panel in self.panels.values():
            row = panel.model.row_of(item_id)
            if row >= 0:
                return panel, panel.model.index(row, 0)
        return None

    def focus_quadrant(self, quadrant: Quadrant) -> None:
        """Put the keyboard in ``quadrant``'s capture line (or its cards when read-only)."""
        panel = self.panels[quadrant]
        self._last_panel = panel
        if panel.capture.isEnabled():
            panel.capture.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            panel.cards.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- what is shown ------------------------------------------------------------------

    def refresh(self, record: ChangeRecord | None = None) -> None:
        """Re-read the cards when ``record`` touched them."""
        if record is not None and not (record.tables & CARD_TABLES):
            return
        for panel in self.panels.values():
            panel.refresh()
        self.current_changed.emit()

    def set_show_dropped(self, shown: bool) -> None:
        """Show or hide dropped cards."""
        for panel in self.panels.values():
            panel.model.set_show_dropped(shown)

    def set_sorted_by_votes(self, by_votes: bool) -> None:
        """Show each quadrant's cards most voted first (while results are revealed)."""
        for panel in self.panels.values():
            panel.model.set_sorted_by_votes(by_votes)
            panel.cards.scrollToTop()  # the most voted first, or the board from its start

    def set_zoom(self, zoom: float) -> None:
        """Draw the cards ``zoom`` times their usual size (0.6 to 1.6): smaller to see more
        of a long quadrant on a small screen, larger for the back of the hall."""
        zoom = round(min(max(zoom, ZOOM_RANGE[0]), ZOOM_RANGE[1]), 2)
        if zoom == self.zoom:
            return
        self.zoom = zoom
        for panel in self.panels.values():
            font = QFont(panel.cards.font())
            font.setPointSizeF(self._base_point_size * zoom)
            panel.cards.setFont(font)
            panel.model.refresh()  # the cards are measured again at the new size
        self.zoom_changed.emit(zoom)

    def set_theme_filter(self, theme: str | None) -> None:
        """Dim cards without ``theme``."""
        for panel in self.panels.values():
            panel.model.set_theme_filter(theme)

    def set_marks(self, marks: dict[int, CardMark]) -> None:
        """Show a revealed round's ranks (empty: none)."""
        for panel in self.panels.values():
            panel.model.set_marks(marks)
