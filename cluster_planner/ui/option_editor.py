"""OptionEditor: the in-page form that writes or changes one strategic option."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.enums import ItemStatus, OptionKind, Quadrant
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_form_fields
from cluster_planner.ui.form_fields import DiscardGuard
from cluster_planner.ui.formats import plural
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.tows_matrix import scaled_font
from cluster_planner.ui.vocabulary import label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import StrategicOption
    from cluster_planner.ui.option_model import OptionModel, RankedItem
    from cluster_planner.ui.plan_session import PlanSession

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("options_page", text)


def rating_box() -> QSpinBox:
    """A 1–5 rating with "Not rated" below 1."""
    spin = QSpinBox()
    spin.setRange(0, 5)
    spin.setSpecialValueText(_tr("Not rated"))
    spin.setMinimumWidth(spin.fontMetrics().horizontalAdvance(_tr("Not rated")) + 56)
    return spin


def rating_value(spin: QSpinBox) -> int | None:
    """The rating a box shows, or None for "Not rated"."""
    return spin.value() or None


class ItemChecklist(QWidget):
    """The items of two quadrants to tick (S and W, or O and T), the kind's own shown first."""

    changed = Signal()

    def __init__(self, internal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.internal = internal
        self.quadrants = (
            (Quadrant.STRENGTH, Quadrant.WEAKNESS)
            if internal
            else (Quadrant.OPPORTUNITY, Quadrant.THREAT)
        )
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.1, bold=True))
        self.show_all = QCheckBox()
        self.show_all.toggled.connect(self._apply_filter)
        self.list = QListWidget()
        self.list.setObjectName("internal_items" if internal else "external_items")
        self.list.setFont(scaled_font(self.font(), 1.05))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self._primary = self.quadrants[0]
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)

    def load(self, model: OptionModel, kind: OptionKind, checked: set[int]) -> None:
        """List the items of both quadrants, ``kind``'s quadrant first, ticking ``checked``."""
        primary = kind.quadrants[0] if self.internal else kind.quadrants[1]
        other = next(q for q in self.quadrants if q is not primary)
        self._primary = primary
        self.heading.setText(label(primary))
        self.show_all.setText(_tr("Show {quadrant} too").format(quadrant=label(other).lower()))
        self.list.blockSignals(True)
        self.list.clear()
        for quadrant in (primary, other):
            for ranked in model.items.by_quadrant.get(quadrant, []):
                if ranked.item.status is ItemStatus.ACTIVE or ranked.item.id in checked:
                    self.list.addItem(self._entry(ranked, ranked.item.id in checked))
        self.list.blockSignals(False)
        # An option that already uses an item of the other quadrant shows it.
        self.show_all.setChecked(any(self._quadrant_of(i) is other for i in self.checked_ids()))
        self._apply_filter()
        if self.list.count():
            # A current row for the keyboard, without a highlight that looks like a tick.
            self.list.selectionModel().setCurrentIndex(
                self.list.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def _entry(self, ranked: RankedItem, checked: bool) -> QListWidgetItem:
        text = f"{ranked.code}  {ranked.item.statement}"
        if ranked.score:
            text += "  " + plural("options_page", "(%n dot(s))", ranked.score)
        if ranked.item.status is not ItemStatus.ACTIVE:
            text += "  " + _tr("(no longer on the board)")
        entry = QListWidgetItem(text)
        entry.setData(ITEM_ID_ROLE, ranked.item.id)
        entry.setData(Qt.ItemDataRole.UserRole + 2, ranked.item.quadrant.value)
        entry.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return entry

    def _quadrant_of(self, item_id: int) -> Quadrant | None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(ITEM_ID_ROLE) == item_id:
                return Quadrant(entry.data(Qt.ItemDataRole.UserRole + 2))
        return None

    def _apply_filter(self) -> None:
        show_all = self.show_all.isChecked()
        for row in range(self.list.count()):
            entry = self.list.item(row)
            own = entry.data(Qt.ItemDataRole.UserRole + 2) == self._primary.value
            entry.setHidden(not (own or show_all or entry.checkState() == Qt.CheckState.Checked))

    def checked_ids(self) -> list[int]:
        """The ids of the ticked items."""
        return [
            int(self.list.item(row).data(ITEM_ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, item_id: int, checked: bool = True) -> None:
        """Tick (or untick) the item with ``item_id``."""
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(ITEM_ID_ROLE) == item_id:
                entry.setHidden(False)
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


class OptionEditor(QWidget):
    """Writes a new option or changes one: statement, kind, items used, ratings, notes.

    Contract: ``save`` runs one session action (add_option or update_option); the
    page shows the refusal sentence if the core still refuses it. Nothing here is
    modal: Escape closes the editor without saving.
    """

    saved = Signal(object)  # the ChangeRecord
    closed = Signal()

    def __init__(self, model: OptionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("option_editor")
        self._model = model
        self._session: PlanSession | None = None
        self.option_id: int | None = None
        self.title = QLabel()
        theme.set_role(self.title, theme.HEADING)
        self.title.setObjectName("option_editor_title")

        self.statement = QLineEdit()
        self.statement.setObjectName("option_statement")
        self.statement.setFont(scaled_font(self.font(), 1.15))
        self.statement.setPlaceholderText(
            _tr("What the cluster will do, e.g. “Joint bulk purchase of yarn”")
        )
        self.kind = QComboBox()
        self.kind.setObjectName("option_kind")
        for kind in OptionKind:
            self.kind.addItem(label(kind), kind.value)
        self.internal = ItemChecklist(internal=True)
        self.external = ItemChecklist(internal=False)
        self.impact = rating_box()
        self.impact.setObjectName("option_impact")
        self.effort = rating_box()
        self.effort.setObjectName("option_effort")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("option_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 16)
        self.hint = QLabel(wordWrap=True)
        self.hint.setObjectName("option_hint")
        theme.set_role(self.hint, theme.HINT)
        self.save_button = QPushButton(_tr("Save option"))
        self.save_button.setObjectName("option_save")
        self.save_button.setToolTip(_tr("Save ({keys})").format(keys=key_name("Ctrl+Enter")))
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.cancel_button.setObjectName("option_cancel")
        self.cancel_button.setToolTip(
            _tr("Close without saving ({key})").format(key=key_name("Escape"))
        )

        self.save_action = QAction(_tr("Save option"), self)
        self.save_action.setObjectName("edit_save_option")
        self.save_action.setShortcuts(
            [
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
                QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
            ]
        )
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        self.discard = DiscardGuard(self, self.closed.emit)
        self.saved.connect(lambda _record: self.discard.done())
        self.cancel_action = QAction(_tr("Cancel"), self)
        self.cancel_action.setObjectName("edit_cancel_option")
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_action.triggered.connect(self.cancel)
        self.addAction(self.cancel_action)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.statement.returnPressed.connect(self.save)
        self.statement.textChanged.connect(self._check)
        self.internal.changed.connect(self._check)
        self.external.changed.connect(self._check)
        self.kind.activated.connect(self._on_kind_chosen)
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.addRow(_tr("&Statement"), self.statement)
        form.addRow(_tr("&Kind"), self.kind)
        items = QLabel(
            _tr("&Items used — tick at least one internal (S/W) and one external (O/T) item:")
        )
        items.setBuddy(self.internal.list)
        lists = QGridLayout()
        lists.setHorizontalSpacing(16)
        lists.addWidget(self.internal, 0, 0)
        lists.addWidget(self.external, 0, 1)
        ratings = QHBoxLayout()
        ratings.setSpacing(10)
        for text, spin in ((_tr("Im&pact"), self.impact), (_tr("Eff&ort"), self.effort)):
            caption = QLabel(text)
            caption.setBuddy(spin)
            ratings.addWidget(caption)
            ratings.addWidget(spin)
            ratings.addSpacing(16)
        ratings.addWidget(QLabel(_tr("1 = low, 5 = high")))
        ratings.addStretch(1)
        notes_caption = QLabel(_tr("&Notes"))
        notes_caption.setBuddy(self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addLayout(form)
        fit_form_fields(form)
        layout.addWidget(items)
        layout.addLayout(lists, 1)
        layout.addLayout(ratings)
        layout.addWidget(notes_caption)
        layout.addWidget(self.notes)
        layout.addLayout(buttons)
        chain: list[QWidget] = [
            self.statement,
            self.kind,
            self.internal.show_all,
            self.internal.list,
            self.external.show_all,
            self.external.list,
            self.impact,
            self.effort,
            self.notes,
            self.cancel_button,
            self.save_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def set_session(self, session: PlanSession | None) -> None:
        """The session whose ``run`` saves the option (None: the plan cannot be edited)."""
        self._session = session

    # --- opening -------------------------------------------------------------------------

    def start_new(self, kind: OptionKind) -> None:
        """Show an empty option of ``kind``; focus goes to the statement."""
        self.option_id = None
        self.title.setText(_tr("New {kind} option").format(kind=kind.value))
        self.statement.clear()
        self.notes.clear()
        self.impact.setValue(0)
        self.effort.setValue(0)
        self._set_kind(kind, set())
        self.discard.mark_clean()
        self.statement.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_edit(self, option: StrategicOption) -> None:
        """Show ``option`` for changing; focus goes to the statement."""
        self.option_id = option.id
        self.title.setText(
            _tr("Change {code}").format(code=self._model.code(option.id) or option.kind.value)
        )
        self.statement.setText(option.statement)
        self.statement.setCursorPosition(0)
        self.notes.setPlainText(option.notes)
        self.impact.setValue(option.impact or 0)
        self.effort.setValue(option.effort or 0)
        self._set_kind(option.kind, set(option.item_ids))
        self.discard.mark_clean()
        self.statement.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_kind(self, kind: OptionKind, checked: set[int]) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.internal.load(self._model, kind, checked)
        self.external.load(self._model, kind, checked)
        self._check()

    def _on_kind_chosen(self) -> None:
        checked = set(self.internal.checked_ids()) | set(self.external.checked_ids())
        self._set_kind(self.current_kind(), checked)

    def current_kind(self) -> OptionKind:
        """The kind chosen."""
        return OptionKind(self.kind.currentData())

    # --- checking and saving -------------------------------------------------------------

    def problem(self) -> str:
        """Why the option cannot be saved yet, or an empty string."""
        if not self.statement.text().strip():
            return _tr("Write the option's statement.")
        if not self.internal.checked_ids() or not self.external.checked_ids():
            return _tr(
                "An option uses at least one internal (S/W) and one external (O/T) item: "
                "tick one of each."
            )
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.hint.setText(
            problem or _tr("Ready to save: {keys}.").format(keys=key_name("Ctrl+Enter"))
        )
        self.save_button.setEnabled(not problem and self._session is not None)
        self.save_action.setEnabled(self.save_button.isEnabled())

    def fields(self) -> dict[str, Any]:
        """The option as the service takes it."""
        return {
            "kind": self.current_kind().value,
            "statement": self.statement.text().strip(),
            "item_ids": sorted({*self.internal.checked_ids(), *self.external.checked_ids()}),
            "impact": rating_value(self.impact),
            "effort": rating_value(self.effort),
            "notes": self.notes.toPlainText().strip(),
        }

    def save(self) -> None:
        """Add or change the option as one undoable step; the editor closes on success."""
        if self.problem() or self._session is None:
            self._check()
            return
        fields = self.fields()
        if self.option_id is None:
            record = self._session.run(self._session.document.add_option, **fields)
        else:
            current = self._model.find(self.option_id)
            if current is not None:
                # Only what changed, so the undo step names a real change.
                fields = {k: v for k, v in fields.items() if v != _plain(getattr(current, k))}
            if not fields:
                self.closed.emit()
                return
            record = self._session.run(
                self._session.document.update_option, self.option_id, **fields
            )
        if record is not None:
            self.saved.emit(record)

    def cancel(self) -> None:
        """Close without saving (asking first when something was changed)."""
        self.discard.request_close()


def _plain(value: Any) -> Any:
    if isinstance(value, OptionKind):
        return value.value
    if isinstance(value, tuple):
        return sorted(value)
    return value
