"""SwotImportPanel: what an import from a spreadsheet or pasted lines would add, before it does."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.enums import Quadrant
from cluster_planner.domain.errors import ImportRefused
from cluster_planner.services.swot_import import (
    ImportPreview,
    ImportRow,
    RowProblem,
    already_on_the_board,
    preview_file,
    preview_pasted,
)
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo, lead_to
from cluster_planner.ui.formats import plural
from cluster_planner.ui.plan_codes import quadrant_letter
from cluster_planner.ui.vocabulary import field_label, label, theme_label

if TYPE_CHECKING:
    from cluster_planner.ui.plan_session import PlanSession

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("swot_import", text)


def spreadsheet_filter() -> str:
    """The file chooser's filter for SWOT imports."""
    return _tr("Spreadsheets (*.csv *.xlsx)")


def problem_sentence(problem: RowProblem, *, pasted: bool = False) -> str:
    """One skipped row as a sentence that says what to fix."""
    if problem.code == "no_statement":
        return _tr("Row {row} has no statement.").format(row=problem.row)
    if problem.code == "unknown_quadrant":
        return _tr(
            "Row {row}: “{value}” is not a quadrant — use S, W, O, T or their names."
        ).format(row=problem.row, value=problem.value)
    if problem.code == "no_quadrant" and pasted:
        return _tr(
            "Line {row} (“{text}”) has no quadrant: start it with S:, W:, O: or T:, "
            "or choose a quadrant for plain lines."
        ).format(row=problem.row, text=problem.value)
    if problem.code == "no_quadrant":
        return _tr("Row {row} names no quadrant — put S, W, O or T in its quadrant column.").format(
            row=problem.row
        )
    if problem.code == "formula_without_value":
        return _tr(
            "Row {row} holds a formula without a computed value ({formula}): open and save the "
            "workbook in Excel or LibreOffice, then import it again."
        ).format(row=problem.row, formula=problem.value)
    return _tr("Row {row} cannot be imported ({code}).").format(row=problem.row, code=problem.code)


def repeated_sentence(row: ImportRow, *, pasted: bool = False) -> str:
    """A row skipped because a card of its quadrant already says the same."""
    if pasted:
        return _tr("Line {row} is already on the board under {quadrant}.").format(
            row=row.row, quadrant=label(row.quadrant)
        )
    return _tr("Row {row} is already on the board under {quadrant}.").format(
        row=row.row, quadrant=label(row.quadrant)
    )


def note_sentence(note: str) -> str:
    """A remark of the reader about the whole file, worded for people."""
    if note.startswith("read as Windows-1252"):
        return _tr(
            "The file is not in UTF-8, so it was read as Windows-1252: check accented "
            "letters in the preview."
        )
    return note


def refused_sentence(error: ImportRefused, file: str) -> str:
    """Why a file cannot be imported at all; nothing was added."""
    return _tr("“{file}” cannot be imported: {detail}. Nothing was added to the plan.").format(
        file=file, detail=str(error).rstrip(".")
    )


class ImportPreviewModel(QAbstractTableModel):
    """The rows an import would add: row number, quadrant, statement, themes, evidence."""

    COLUMNS = ("row", "quadrant", "statement", "themes", "evidence")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._preview = ImportPreview()

    def set_preview(self, preview: ImportPreview) -> None:
        """Show ``preview``'s good rows."""
        self.beginResetModel()
        self._preview = preview
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._preview.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            name = self.COLUMNS[section]
            return _tr("Row") if name == "row" else field_label(name)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._preview.rows):
            return None
        row = self._preview.rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "row":
                return str(row.row)
            if name == "quadrant":
                return f"{quadrant_letter(row.quadrant)} · {label(row.quadrant)}"
            if name == "themes":
                return ", ".join(theme_label(t) for t in row.themes)
            return getattr(row, name)
        if role == Qt.ItemDataRole.ToolTipRole and name in ("statement", "evidence"):
            return getattr(row, name) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SwotImportPanel(QWidget):
    """Previews an import in the page; Import adds the rows in one undo step, Cancel nothing."""

    finished = Signal(str)  # a status sentence ("" when cancelled)

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("swot_import_panel")
        self._session = session
        self._preview = ImportPreview()
        self._repeated: tuple[ImportRow, ...] = ()  # rows a card of the board already says
        self._pasted = False

        self.heading = QLabel(wordWrap=True)
        self.heading.setObjectName("import_heading")
        theme.set_role(self.heading, theme.HEADING)
        self.explanation = QLabel(wordWrap=True)
        theme.set_role(self.explanation, theme.HINT)

        self.paste_box = QPlainTextEdit()
        self.paste_box.setObjectName("import_paste_box")
        self.paste_box.setPlaceholderText(
            _tr("S: Skilled knitters\nW: No common brand\nFortaleza: …\nor plain lines")
        )
        self.paste_box.setTabChangesFocus(True)
        self.paste_box.textChanged.connect(self._preview_pasted)
        self.default_quadrant = QComboBox()
        self.default_quadrant.setObjectName("import_default_quadrant")
        self.default_quadrant.addItem(_tr("nowhere: skip them"), None)
        for quadrant in Quadrant:
            self.default_quadrant.addItem(label(quadrant), quadrant.value)
        self.default_quadrant.currentIndexChanged.connect(self._preview_pasted)
        self.paste_area = QWidget()
        paste_layout = QVBoxLayout(self.paste_area)
        paste_layout.setContentsMargins(0, 0, 0, 0)
        paste_layout.addWidget(self.paste_box, 1)
        default_row = QHBoxLayout()
        default_row.addWidget(
            lead_to(QLabel(_tr("Lines without S:, W:, O: or T: go to")), self.default_quadrant)
        )
        default_row.addWidget(fit_combo(self.default_quadrant))
        default_row.addStretch(1)
        paste_layout.addLayout(default_row)

        self.summary = QLabel(wordWrap=True)
        self.summary.setObjectName("import_summary")
        self.model = ImportPreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("import_preview_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.problems_heading = QLabel(_tr("Rows that will be left out"))
        self.problems_heading.setStyleSheet("font-weight: 600;")
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.problems.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.only_valid = QCheckBox()
        self.only_valid.setObjectName("import_only_valid")
        self.only_valid.toggled.connect(lambda _c: self._update_buttons())
        self.with_repeated = QCheckBox()
        self.with_repeated.setObjectName("import_with_repeated")
        self.with_repeated.toggled.connect(lambda _c: self._show_counts())

        self.import_button = QPushButton()
        self.import_button.setObjectName("import_confirm")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.cancel_button.setObjectName("import_cancel")
        self.cancel_button.clicked.connect(self.cancel)

        buttons = QHBoxLayout()
        choices = QVBoxLayout()
        choices.addWidget(self.only_valid)
        choices.addWidget(self.with_repeated)
        buttons.addLayout(choices, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.paste_area, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self.setStyleSheet(
            "QWidget#swot_import_panel { background: palette(base); border: 1px solid #c4cad3;"
            " border-radius: 6px; }"
        )

    @property
    def preview(self) -> ImportPreview:
        """The preview shown."""
        return self._preview

    def rows_to_import(self) -> tuple[ImportRow, ...]:
        """The rows Import adds: the preview's, less those already on the board unless
        "Also import" is ticked (the rule `import-swot` follows too)."""
        if self.with_repeated.isChecked():
            return self._preview.rows
        repeated = {row.row for row in self._repeated}
        return tuple(row for row in self._preview.rows if row.row not in repeated)

    # --- starting -----------------------------------------------------------------------

    def start_file(self, path: str) -> str | None:
        """Preview ``path``; the sentence of the refusal when it cannot be read at all."""
        try:
            preview = preview_file(path)
        except ImportRefused as error:
            return refused_sentence(error, Path(path).name)
        self._pasted = False
        self.heading.setText(_tr("Import SWOT items from “{file}”").format(file=Path(path).name))
        self.explanation.setText(
            _tr(
                "Check what will be added. The cards go to the end of their quadrants; "
                "one Undo takes the whole import back."
            )
        )
        self.paste_area.hide()
        self._show(preview)
        self.import_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return None

    def start_paste(self, text: str = "", default: Quadrant | None = None) -> None:
        """Show the paste box (with ``text``) and its live preview."""
        self._pasted = True
        self.heading.setText(_tr("Paste SWOT lines"))
        self.explanation.setText(
            _tr(
                "One card per line. Start a line with its quadrant (S:, W:, O:, T:, or "
                "Fortaleza:, Menace: …), or choose where plain lines go."
            )
        )
        self.paste_area.show()
        self.default_quadrant.blockSignals(True)
        self.default_quadrant.setCurrentIndex(
            max(0, self.default_quadrant.findData(default.value if default else None))
        )
        self.default_quadrant.blockSignals(False)
        self.paste_box.setPlainText(text)
        self._preview_pasted()
        self.paste_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _preview_pasted(self) -> None:
        value = self.default_quadrant.currentData()
        default = Quadrant(value) if value else None
        self._show(preview_pasted(self.paste_box.toPlainText(), default))

    def _show(self, preview: ImportPreview) -> None:
        self._preview = preview
        cards = [(item.quadrant, item.statement) for item in self._session.swot_items()]
        self._repeated = already_on_the_board(preview.rows, cards)[1]
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column) + 12, 420))
        self.only_valid.blockSignals(True)
        self.only_valid.setChecked(False)
        self.only_valid.blockSignals(False)
        self.with_repeated.blockSignals(True)
        self.with_repeated.setChecked(False)
        self.with_repeated.blockSignals(False)
        self._show_counts()

    def _show_counts(self) -> None:
        """The summary, the rows left out, the choices and the Import button's count."""
        preview = self._preview
        skipped = () if self.with_repeated.isChecked() else self._repeated
        good, bad = len(self.rows_to_import()), len(preview.problems)
        notes = " ".join(note_sentence(n) for n in preview.notes)
        counts = (
            plural("swot_import", "%n card(s) will be added.", good)
            if bad == 0
            else plural("swot_import", "%n card(s) can be added; {problems}", good).format(
                problems=plural("swot_import", "%n row(s) have problems.", bad)
            )
        )
        repeated = (
            plural("swot_import", "%n row(s) already on the board will be skipped.", len(skipped))
            if skipped
            else ""
        )
        self.summary.setText(" ".join(p for p in (counts, repeated, notes) if p))
        self.problems.clear()
        for problem in preview.problems:
            self.problems.addItem(problem_sentence(problem, pasted=self._pasted))
        for row in skipped:
            self.problems.addItem(repeated_sentence(row, pasted=self._pasted))
        self.problems.setVisible(bool(bad or skipped))
        self.problems_heading.setVisible(bool(bad or skipped))
        self.only_valid.setVisible(bool(bad) and good > 0)
        self.with_repeated.setVisible(bool(self._repeated))
        self.with_repeated.setText(
            plural(
                "swot_import", "Also import the %n row(s) already on the board", len(self._repeated)
            )
        )
        self.only_valid.setText(plural("swot_import", "Import only the %n valid row(s)", good))
        self.import_button.setText(plural("swot_import", "&Import %n card(s)", good))
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self._preview
        self.import_button.setEnabled(
            bool(self.rows_to_import())
            and not self._session.read_only
            and (preview.clean or self.only_valid.isChecked())
        )

    # --- finishing ----------------------------------------------------------------------

    def confirm(self) -> None:
        """Add the good rows as one undo step, then go back to the board."""
        if not self.import_button.isEnabled():
            return
        rows = list(self.rows_to_import())
        if self._session.run(self._session.document.import_swot_items, rows) is None:
            return
        self.finished.emit(
            plural("swot_import", "Imported %n card(s). Undo takes them all back.", len(rows))
        )

    def cancel(self) -> None:
        """Go back to the board without adding anything."""
        self.finished.emit("")
