"""CardDetails: the selected SWOT card's statement, evidence, source, themes, status, merges."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.enums import BUILTIN_THEMES, ItemStatus
from cluster_planner.ui import theme
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.plan_codes import quadrant_letter
from cluster_planner.ui.vocabulary import field_label, label, theme_label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import SwotItem
    from cluster_planner.ui.plan_session import PlanSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("card_details", text)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text when the person leaves it (Tab moves on)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


class CardDetails(QWidget):
    """Edits one card; every field commits as one undo step when the person leaves it."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_details")
        self._session = session
        self._item: SwotItem | None = None

        self.heading = QLabel(wordWrap=True)
        theme.set_role(self.heading, theme.HEADING)
        self.empty = QLabel(
            _tr(
                "Select a card to see its evidence, themes and merged duplicates. "
                "Type new cards in the line at the top of each quadrant."
            ),
            wordWrap=True,
        )
        theme.set_role(self.empty, theme.HINT)

        self.statement = CommitTextEdit()
        self.statement.setObjectName("details_statement")
        self.statement.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.statement.committed.connect(lambda text: self._commit("statement", text.strip()))
        self.evidence = CommitTextEdit()
        self.evidence.setObjectName("details_evidence")
        self.evidence.setPlaceholderText(_tr("Figures, studies or testimonies behind the card"))
        self.evidence.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.evidence.committed.connect(lambda text: self._commit("evidence", text.strip()))
        self.source = QLineEdit()
        self.source.setObjectName("details_source")
        self.source.setPlaceholderText(_tr("Who or what said so"))
        self.source.editingFinished.connect(
            lambda: self._commit("source", self.source.text().strip())
        )

        self.theme_boxes: dict[str, QCheckBox] = {}
        self._theme_grid = QGridLayout()
        self._theme_grid.setHorizontalSpacing(12)
        self._theme_grid.setVerticalSpacing(2)
        self.new_theme = QLineEdit()
        self.new_theme.setObjectName("details_new_theme")
        self.new_theme.setPlaceholderText(
            _tr("Another theme: type it, press {key}").format(key=key_name("Enter"))
        )
        self.new_theme.returnPressed.connect(self._add_custom_theme)

        self.dropped = QCheckBox(_tr("Dropped: kept in the plan, off the board"))
        self.dropped.setObjectName("details_dropped")
        self.dropped.toggled.connect(self._toggle_dropped)

        self.merged_heading = QLabel(_tr("Merged into this card"))
        self.merged_heading.setStyleSheet("font-weight: 600;")
        self.merged = QListWidget()
        self.merged.setObjectName("details_merged")
        self.merged.setWordWrap(True)
        self.merged.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.unmerge = QPushButton(_tr("&Unmerge"))
        self.unmerge.setObjectName("details_unmerge")
        self.unmerge.setToolTip(_tr("Put the selected duplicate back on the board as its own card"))
        self.unmerge.clicked.connect(self._unmerge)
        self.merged.currentRowChanged.connect(lambda *_: self._update_unmerge())

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)
        form.addRow(field_label("statement"), self.statement)
        form.addRow(field_label("evidence"), self.evidence)
        form.addRow(field_label("source"), self.source)
        themes = QVBoxLayout()
        themes.setSpacing(6)
        themes.addLayout(self._theme_grid)
        themes.addWidget(self.new_theme)
        form.addRow(field_label("themes"), themes)
        form.addRow(self.dropped)
        merged_box = QVBoxLayout()
        merged_box.addWidget(self.merged)
        unmerge_row = QHBoxLayout()
        unmerge_row.addWidget(self.unmerge)
        unmerge_row.addStretch(1)
        merged_box.addLayout(unmerge_row)
        form.addRow(self.merged_heading)
        form.addRow(merged_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.form)
        layout.addStretch(1)
        self._set_tab_order()
        self.load(None)

    @property
    def item(self) -> SwotItem | None:
        """The card shown."""
        return self._item

    def load(self, item: SwotItem | None) -> None:
        """Show ``item`` (None: a hint); fields being typed in keep their text."""
        same = item is not None and self._item is not None and item.id == self._item.id
        self._item = item
        self.empty.setVisible(item is None)
        self.form.setVisible(item is not None)
        self.heading.setVisible(item is not None)
        if item is None:
            return
        self.heading.setText(
            _tr("{letter} · {quadrant} card").format(
                letter=quadrant_letter(item.quadrant), quadrant=label(item.quadrant)
            )
        )
        for edit, text in ((self.statement, item.statement), (self.evidence, item.evidence)):
            if not (same and edit.hasFocus()) and edit.toPlainText() != text:
                edit.setPlainText(text)
        if not (same and self.source.hasFocus()) and self.source.text() != item.source:
            self.source.setText(item.source)
        self._fill_themes(item)
        self.dropped.blockSignals(True)
        self.dropped.setChecked(item.status is ItemStatus.DROPPED)
        self.dropped.setEnabled(item.status is not ItemStatus.MERGED)
        self.dropped.blockSignals(False)
        merged = [
            i
            for i in self._session.swot_items()
            if i.status is ItemStatus.MERGED and i.merged_into_id == item.id
        ]
        self.merged.clear()
        for duplicate in merged:
            entry = QListWidgetItem(duplicate.statement)
            entry.setData(Qt.ItemDataRole.UserRole, duplicate.id)
            self.merged.addItem(entry)
        if merged:
            self.merged.setCurrentRow(0)
        self.merged.setVisible(bool(merged))
        self.unmerge.setVisible(bool(merged))
        self.merged_heading.setText(
            _tr("Merged into this card ({count})").format(count=len(merged))
            if merged
            else _tr("No duplicates merged into this card")
        )
        read_only = self._session.read_only
        for widget in (self.statement, self.evidence, self.source):
            widget.setReadOnly(read_only)
        self.new_theme.setEnabled(not read_only)
        self._update_unmerge()

    def _fill_themes(self, item: SwotItem) -> None:
        custom = sorted(
            {t for i in self._session.swot_items() for t in i.themes} - set(BUILTIN_THEMES),
            key=str.casefold,
        )
        wanted = [*BUILTIN_THEMES, *custom]
        if list(self.theme_boxes) != wanted:
            for box in self.theme_boxes.values():
                self._theme_grid.removeWidget(box)
                box.deleteLater()
            self.theme_boxes = {}
            for number, key in enumerate(wanted):
                box = QCheckBox(theme_label(key).replace("&", "&&"))  # & is not a mnemonic here
                box.setObjectName(f"theme_{key}")
                box.toggled.connect(lambda _checked: self._commit_themes())
                self._theme_grid.addWidget(box, number // 2, number % 2)
                self.theme_boxes[key] = box
            self._set_tab_order()
        for key, box in self.theme_boxes.items():
            box.blockSignals(True)
            box.setChecked(key in item.themes)
            box.setEnabled(not self._session.read_only)
            box.blockSignals(False)

    def _set_tab_order(self) -> None:
        """Tab goes down the form: texts, the theme boxes row by row, then the rest."""
        chain = [
            self.statement,
            self.evidence,
            self.source,
            *self.theme_boxes.values(),
            self.new_theme,
            self.dropped,
            self.merged,
            self.unmerge,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _update_unmerge(self) -> None:
        self.unmerge.setEnabled(
            not self._session.read_only and self.merged.currentItem() is not None
        )

    # --- committing -----------------------------------------------------------------------

    def _commit(self, name: str, value: object) -> None:
        item = self._item
        if item is None or self._session.read_only or getattr(item, name) == value:
            return
        if (
            self._session.run(self._session.document.update_swot_item, item.id, **{name: value})
            is None
        ):
            self.load(self._item)  # refused: show what the plan holds

    def _commit_themes(self) -> None:
        chosen = tuple(k for k, box in self.theme_boxes.items() if box.isChecked())
        if self._item is not None and set(chosen) != set(self._item.themes):
            self._commit("themes", chosen)

    def _add_custom_theme(self) -> None:
        name = self.new_theme.text().strip()
        item = self._item
        if not name or item is None:
            return
        if name in item.themes or self._session.run(
            self._session.document.update_swot_item, item.id, themes=(*item.themes, name)
        ):
            self.new_theme.clear()

    def _toggle_dropped(self, dropped: bool) -> None:
        self._commit("status", ItemStatus.DROPPED if dropped else ItemStatus.ACTIVE)

    def _unmerge(self) -> None:
        entry = self.merged.currentItem()
        if entry is not None and not self._session.read_only:
            self._session.run(
                self._session.document.unmerge_swot_item, int(entry.data(Qt.ItemDataRole.UserRole))
            )
