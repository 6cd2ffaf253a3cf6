"""TowsMatrix: the top SWOT items as row and column headers, the options in the four cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.enums import OptionKind, Quadrant
from cluster_planner.ui import theme
from cluster_planner.ui.formats import plural
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.option_model import (
    CODE_ROLE,
    MARKS_ROLE,
    OPTION_ID_ROLE,
    RATING_ROLE,
    STATEMENT_ROLE,
    KindFilterModel,
    OptionModel,
    RankedItem,
)
from cluster_planner.ui.vocabulary import label

if TYPE_CHECKING:
    from cluster_planner.ui.option_model import TowsItems

Index = QModelIndex | QPersistentModelIndex

PADDING = 8
# Statements on the matrix are read from the back of a hall: a step above the base font.
STATEMENT_SCALE = 1.1


def _tr(text: str) -> str:
    return QCoreApplication.translate("options_page", text)


def scaled_font(font: QFont, scale: float, bold: bool = False) -> QFont:
    """``font`` at ``scale`` times its size, optionally bold."""
    result = QFont(font)
    result.setPointSizeF(font.pointSizeF() * scale)
    result.setBold(bold)
    return result


class OptionDelegate(QStyledItemDelegate):
    """Paints an option as its code, its wrapped statement, and a line of marks and ratings."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = option.font
        return (
            scaled_font(base, STATEMENT_SCALE, bold=True),
            scaled_font(base, STATEMENT_SCALE),
            scaled_font(base, 0.95),
        )

    def _code_width(self, code_font: QFont) -> int:
        return QFontMetrics(code_font).horizontalAdvance("WT00") + 10

    def _text_width(self, option: QStyleOptionViewItem, code_font: QFont) -> int:
        width = option.rect.width()
        view = option.widget
        if isinstance(view, QListView):
            width = view.viewport().width()
        return max(80, width - 2 * PADDING - self._code_width(code_font))

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        self.initStyleOption(option, index)
        code_font, statement_font, detail_font = self._fonts(option)
        width = self._text_width(option, code_font)
        flags = int(Qt.TextFlag.TextWordWrap)
        statement = QFontMetrics(statement_font).boundingRect(
            QRect(0, 0, width, 10_000), flags, str(index.data(STATEMENT_ROLE) or "")
        )
        detail = QFontMetrics(detail_font).height()
        height = statement.height() + detail + 2 * PADDING + 4
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        view = option.widget
        style = view.style() if view is not None else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, view)
        option.text = text
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        code_font, statement_font, detail_font = self._fonts(option)
        code_width = self._code_width(code_font)
        width = self._text_width(option, code_font)
        painter.save()
        painter.setPen(palette.color(text_role))
        painter.setFont(code_font)
        top = rect.top() + PADDING
        painter.drawText(
            QRect(rect.left() + PADDING, top, code_width, rect.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            str(index.data(CODE_ROLE) or ""),
        )
        painter.setFont(statement_font)
        left = rect.left() + PADDING + code_width
        statement_rect = painter.boundingRect(
            QRect(left, top, width, 10_000),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data(STATEMENT_ROLE) or ""),
        )
        painter.drawText(
            QRect(left, top, width, statement_rect.height()),
            int(Qt.TextFlag.TextWordWrap),
            str(index.data(STATEMENT_ROLE) or ""),
        )
        painter.setFont(detail_font)
        if not selected:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText).darker(150))
        marks = str(index.data(MARKS_ROLE) or "")
        rating = str(index.data(RATING_ROLE) or "")
        painter.drawText(
            QRect(
                left, top + statement_rect.height() + 4, width, QFontMetrics(detail_font).height()
            ),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            f"{marks}   ·   {rating}" if marks else rating,
        )
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(
            rect.left() + PADDING, rect.bottom(), rect.right() - PADDING, rect.bottom()
        )
        painter.restore()


class OptionListView(QListView):
    """The options of one cell; says what to do when it is empty; keeps its selection by id."""

    def __init__(self, kind: OptionKind, model: OptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"options_{kind.value}")
        self.setAccessibleName(_tr("{kind} options").format(kind=kind.value))
        self.proxy = KindFilterModel(kind, self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setItemDelegate(OptionDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_text = ""
        self._kept_id: int | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)

    def selected_id(self) -> int | None:
        """The id of the selected option, or None."""
        indexes = self.selectionModel().selectedIndexes()
        return int(indexes[0].data(OPTION_ID_ROLE)) if indexes else None

    def select_id(self, option_id: int) -> bool:
        """Select the option with ``option_id`` if this cell shows it."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OPTION_ID_ROLE) == option_id:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        return False

    def _remember(self) -> None:
        self._kept_id = self.selected_id()

    def _restore(self) -> None:
        if self._kept_id is not None:
            self.select_id(self._kept_id)
        self._kept_id = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.proxy.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(PADDING, PADDING, -PADDING, -PADDING),
                int(
                    Qt.AlignmentFlag.AlignLeft
                    | Qt.AlignmentFlag.AlignTop
                    | Qt.TextFlag.TextWordWrap
                ),
                self.empty_text,
            )


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrow; the full text is in its tooltip."""

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(120, super().sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)


class ItemHeader(QFrame):
    """A header of the matrix: a quadrant's name and its top items with code and dots."""

    def __init__(self, quadrant: Quadrant, wrap: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = quadrant
        self.setObjectName("tows_header")
        self.heading = QLabel(label(quadrant))
        self.heading.setObjectName("tows_header_title")
        self.heading.setFont(scaled_font(self.font(), 1.2, bold=True))
        self._wrap = wrap
        self._rows: list[list[QLabel]] = []
        self._codes: list[str] = []
        self.body = QWidget()
        self.body.setObjectName(f"top_{quadrant.value}")
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4 if wrap else 1)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        # The items may outgrow a short row on a small screen (or in large presentation
        # type): scroll, never squeeze the lines onto each other.
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(self.body)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("tows_header_scroll")
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        holder.setAutoFillBackground(False)
        layout.addWidget(scroll, 1)

    def show_items(self, rows: list[RankedItem], placeholder: str) -> None:
        """List ``rows`` (their code, statement and dots), or ``placeholder`` when empty."""
        for labels in self._rows:
            for widget in labels:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self._rows = []
        self._codes = [r.code for r in rows]
        font = scaled_font(self.font(), STATEMENT_SCALE)
        top = Qt.AlignmentFlag.AlignTop
        for row, ranked in enumerate(rows):
            code = QLabel(ranked.code)
            code.setFont(scaled_font(font, 1.0, bold=True))
            statement: QLabel = (
                QLabel(ranked.item.statement) if self._wrap else ElidedLabel(ranked.item.statement)
            )
            statement.setTextFormat(Qt.TextFormat.PlainText)  # a card's text, as typed
            statement.setWordWrap(self._wrap)
            statement.setFont(font)
            dots = QLabel(
                plural("options_page", "%n dot(s)", ranked.score)
                if ranked.score is not None
                else ""
            )
            dots.setFont(font)
            dots.setAlignment(Qt.AlignmentFlag.AlignRight | top)
            tip = ranked.item.statement
            if ranked.rank is not None:
                tip = plural(
                    "options_page",
                    "{code}: {statement}\nRank {rank} of all items, %n dot(s)",
                    ranked.score or 0,
                ).format(code=ranked.code, statement=tip, rank=ranked.rank)
            for column, widget in enumerate((code, statement, dots)):
                widget.setToolTip(tip)
                self.grid.addWidget(widget, row, column, top)
            self._rows.append([code, statement, dots])
        if not rows:
            empty = QLabel(placeholder, wordWrap=True)
            empty.setFont(font)
            theme.set_role(empty, theme.HINT)
            self.grid.addWidget(empty, 0, 0, 1, 3)
            self._rows.append([empty])

    def codes(self) -> list[str]:
        """The codes listed, top to bottom (for tests and screen readers)."""
        return list(self._codes)


class OptionCell(QFrame):
    """One cell of the matrix: the kind's name, an Add button and the options of that kind."""

    def __init__(self, kind: OptionKind, model: OptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName("tows_cell")
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        code, _, purpose = label(kind).partition(":")
        self.heading.setText(f"<b>{code}</b>&nbsp; {purpose.strip()}")
        self.heading.setFont(scaled_font(self.font(), 1.1))
        self.heading.setWordWrap(True)
        self.add_button = QToolButton()
        self.add_button.setObjectName(f"add_{kind.value}")
        self.add_button.setText(_tr("+ Add"))
        add_text = _tr("Add a {kind} option ({key})").format(
            kind=kind.value, key=key_name("Insert")
        )
        self.add_button.setToolTip(add_text)
        self.add_button.setAccessibleName(add_text)
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.list = OptionListView(kind, model)
        self.list.empty_text = _tr(
            "No {kind} option yet. Press {key} here, or Add, to write one."
        ).format(kind=kind.value, key=key_name("Insert"))
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)


class TowsMatrix(QWidget):
    """The TOWS matrix: external items across the top, internal items down the side."""

    add_requested = Signal(object)  # OptionKind
    edit_requested = Signal(int)  # option id
    current_changed = Signal()

    def __init__(self, model: OptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tows_matrix")
        self.model = model
        self.headers = {
            Quadrant.OPPORTUNITY: ItemHeader(Quadrant.OPPORTUNITY, wrap=False),
            Quadrant.THREAT: ItemHeader(Quadrant.THREAT, wrap=False),
            Quadrant.STRENGTH: ItemHeader(Quadrant.STRENGTH, wrap=True),
            Quadrant.WEAKNESS: ItemHeader(Quadrant.WEAKNESS, wrap=True),
        }
        self.cells = {kind: OptionCell(kind, model) for kind in OptionKind}
        self._current_kind = OptionKind.SO
        corner = QLabel(
            _tr("<b>TOWS</b><br>Pair the internal items on the left with the external items above.")
        )
        corner.setObjectName("tows_corner")
        corner.setWordWrap(True)
        corner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.corner = corner

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        grid.addWidget(corner, 0, 0)
        grid.addWidget(self.headers[Quadrant.OPPORTUNITY], 0, 1)
        grid.addWidget(self.headers[Quadrant.THREAT], 0, 2)
        grid.addWidget(self.headers[Quadrant.STRENGTH], 1, 0)
        grid.addWidget(self.headers[Quadrant.WEAKNESS], 2, 0)
        for kind, (row, column) in {
            OptionKind.SO: (1, 1),
            OptionKind.ST: (1, 2),
            OptionKind.WO: (2, 1),
            OptionKind.WT: (2, 2),
        }.items():
            cell = self.cells[kind]
            grid.addWidget(cell, row, column)
            cell.add_button.clicked.connect(lambda _=False, k=kind: self.add_requested.emit(k))
            cell.list.activated.connect(self._on_activated)
            cell.list.selectionModel().currentChanged.connect(
                lambda current, _previous, k=kind: self._on_current(k, current)
            )
        grid.setColumnStretch(0, 4)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 5)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(2, 1)
        self.setStyleSheet(
            """
            QFrame#tows_header {
                background: #eef1f4; border: 1px solid #c9cfd6; border-radius: 6px;
            }
            QFrame#tows_cell {
                background: palette(base); border: 1px solid #aab2bb; border-radius: 6px;
            }
            QScrollArea#tows_header_scroll { background: transparent; }
            QLabel#tows_corner { color: #444444; padding: 8px; }
            """
        )
        model.modelReset.connect(self.refresh_headers)
        self.refresh_headers()

    def tab_chain(self) -> list[QWidget]:
        """The focusable widgets in reading order: SO, ST, WO, WT."""
        chain: list[QWidget] = []
        for kind in OptionKind:
            chain += [self.cells[kind].list, self.cells[kind].add_button]
        return chain

    def refresh_headers(self) -> None:
        """List the top items of each quadrant again."""
        items: TowsItems = self.model.items
        placeholder = (
            _tr("No item in this quadrant received votes.")
            if items.voting_round is not None
            else _tr("No item on the board yet.")
        )
        for quadrant, header in self.headers.items():
            header.show_items(items.top(quadrant), placeholder)

    # --- selection ---------------------------------------------------------------------

    def current_kind(self) -> OptionKind:
        """The kind of the cell that last had a current option (where Insert adds)."""
        for kind, cell in self.cells.items():
            if cell.list.hasFocus() or cell.add_button.hasFocus():
                return kind
        return self._current_kind

    def selected_id(self) -> int | None:
        """The id of the option selected in the current cell, or None."""
        return self.cells[self._current_kind].list.selected_id()

    def select(self, option_id: int) -> bool:
        """Select the option with ``option_id`` in its cell and make that cell current."""
        for kind, cell in self.cells.items():
            if cell.list.select_id(option_id):
                self._current_kind = kind
                return True
        return False

    def focus_current(self) -> None:
        """Put keyboard focus in the current cell."""
        self.cells[self._current_kind].list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_current(self, kind: OptionKind, current: QModelIndex) -> None:
        if not current.isValid():
            return
        self._current_kind = kind
        for other, cell in self.cells.items():
            if other is not kind:
                cell.list.clearSelection()
        self.current_changed.emit()

    def _on_activated(self, index: QModelIndex) -> None:
        self.edit_requested.emit(int(index.data(OPTION_ID_ROLE)))

    def source_model(self) -> QAbstractItemModel:
        """The model the cells filter."""
        return self.model
