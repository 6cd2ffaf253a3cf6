"""Tables whose rows and columns follow what they hold, not the moment they were filled.

Two mistakes this replaces: rows measured for their wrapped text before the table had its
width (a revision's row 200 pixels tall in a 110-pixel view, on the first visit), and
columns sized while the table was empty and never again ("María Cac…").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


class RowFitter(QObject):
    """Measures ``table``'s rows again whenever its columns change width or it is shown, once
    the layout has settled (a batch of resizes measures once)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(table.resizeRowsToContents)
        table.horizontalHeader().sectionResized.connect(lambda *_: self._timer.start())
        table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self._timer.start()
        return False


def keep_rows_fitted(table: QTableView) -> RowFitter:
    """Keep ``table``'s row heights fitted to their text at the columns' current widths."""
    return RowFitter(table)


class ColumnGrower(QObject):
    """Widens ``table``'s columns (up to ``widest`` pixels) to the contents of rows as they
    arrive, and fits them afresh when the table goes from empty to filled. Never narrows a
    column: a width the person chose stays unless new text needs more."""

    def __init__(self, table: QTableView, widest: int, padding: int = 16) -> None:
        super().__init__(table)
        self._table = table
        self._widest = widest
        self._padding = padding
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._grow)
        model = table.model()
        for signal in (
            model.rowsInserted,
            model.modelReset,
            model.layoutChanged,
            model.dataChanged,
        ):
            signal.connect(lambda *_: self._timer.start())

    def _grow(self) -> None:
        table = self._table
        header: QHeaderView = table.horizontalHeader()
        for column in range(header.count()):
            if header.isSectionHidden(column) or (
                header.sectionResizeMode(column) is not QHeaderView.ResizeMode.Interactive
            ):
                continue
            wanted = min(
                max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
                + self._padding,
                self._widest,
            )
            if header.sectionSize(column) < wanted and column != header.count() - 1:
                header.resizeSection(column, wanted)


def grow_columns(table: QTableView, widest: int) -> ColumnGrower:
    """Let ``table``'s columns widen to fit the rows that arrive (see ``ColumnGrower``)."""
    return ColumnGrower(table, widest)
