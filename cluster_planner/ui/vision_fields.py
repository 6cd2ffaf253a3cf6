"""The small inputs, checklists and codes the Vision page's panels share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain import codes
from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.enums import ItemStatus, OptionKind, Quadrant
from cluster_planner.domain.text import isolate
from cluster_planner.ui import theme
from cluster_planner.ui.plan_codes import screen_language

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import Objective
    from cluster_planner.ui.plan_session import PlanSession

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# Projected in a hall: statements the room reads together are at least this much larger.
PROJECTED_SCALE = 1.6

# The tables whose change alters what the Vision page shows.
WATCHED_TABLES = frozenset(
    {
        "action",  # the traceability view lists the actions that carry each objective
        "action_option",
        "action_item",
        "cluster_profile",
        "baseline_figure",
        "organisation",
        "meeting",
        "swot_item",
        "voting_round",
        "vote_tally",
        "strategic_option",
        "option_item",
        "vision_element",
        "element_option",
        "element_item",
        "vision_draft",
        "draft_element",
        "vision_version",
        "version_element",
        "objective",
        "objective_element",
        "objective_option",
        "indicator",
    }
)


def tr(text: str) -> str:
    """``text`` translated in the Vision page's context."""
    return QCoreApplication.translate("vision_page", text)


def scaled_font(font: QFont, scale: float, bold: bool = False) -> QFont:
    """``font`` at ``scale`` times its size, optionally bold."""
    result = QFont(font)
    result.setPointSizeF(font.pointSizeF() * scale)
    result.setBold(bold)
    return result


def objective_codes(objectives: Iterable[Objective]) -> dict[int, str]:
    """The objectives' codes on screen: Obj1, Obj2 …"""
    return codes.objective_codes(objectives, screen_language())


def item_codes(session: PlanSession) -> dict[int, str]:
    """SWOT item codes on screen (S1, W2 …)."""
    return codes.item_codes(session.swot_items(), screen_language())


def option_entries(session: PlanSession) -> list[tuple[int, str]]:
    """(id, "SO1  statement") for every option, in code order."""
    shown = codes.option_codes(session.options(), screen_language())
    kinds = list(OptionKind)
    options = sorted(
        session.options(), key=lambda o: (kinds.index(o.kind), codes.code_sort_key(shown[o.id]))
    )
    return [(o.id, f"{shown[o.id]}  {isolate(o.statement)}") for o in options]


def item_entries(session: PlanSession, keep: Iterable[int] = ()) -> list[tuple[int, str]]:
    """(id, "W1  statement") for active SWOT items (and ``keep``), in code order."""
    shown = item_codes(session)
    numbers = codes.item_numbers(session.swot_items())
    kept = set(keep)
    items = [i for i in session.swot_items() if i.status is ItemStatus.ACTIVE or i.id in kept]
    quadrants = list(Quadrant)
    items.sort(key=lambda i: (quadrants.index(i.quadrant), numbers[i.id]))
    return [(i.id, f"{shown[i.id]}  {isolate(i.statement)}") for i in items]


def element_entries(session: PlanSession) -> list[tuple[int, str]]:
    """(id, name) for every vision element, in order."""
    return [(e.id, e.name) for e in session.vision_elements()]


class ListSelection:
    """Selection by entity id in a panel's ``list`` (a QListWidget whose items carry ID_ROLE)."""

    list: QListWidget

    def selected_id(self) -> int | None:
        """The id of the entry selected in the list, or None."""
        entry = self.list.currentItem()
        return int(entry.data(ID_ROLE)) if entry is not None else None

    def select(self, entry_id: int | None) -> bool:
        """Select the entry with ``entry_id``; False when the list has none."""
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry is not None and entry.data(ID_ROLE) == entry_id:
                self.list.setCurrentRow(row)
                return True
        return False


class FormActions(NamedTuple):
    """The open plan's methods a list-and-form panel runs."""

    add: Callable[..., ChangeRecord]
    update: Callable[..., ChangeRecord]
    delete: Callable[[int], ChangeRecord]


class EntityFormEditing(ListSelection):
    """Add, change and delete the entity in a panel's form, each one undo step.

    The panel names the table its entries go into (``ENTITY``) and the plan's methods
    it runs (``_actions``), and supplies the form's values and first field;
    ``entry_id`` is the entity in the form (None: a new one).
    """

    ENTITY: str
    entry_id: int | None
    _session: PlanSession

    def _actions(self) -> FormActions:
        raise NotImplementedError

    def _form_values(self) -> dict[str, object]:
        raise NotImplementedError

    def _first_field(self) -> QWidget:
        raise NotImplementedError

    def _load(self, entity: Any) -> None:
        raise NotImplementedError

    def _show_current(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        """Empty the form for a new entry, keyboard in its first field."""
        if self._session.read_only:
            return
        self._load(None)
        self._first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def edit(self) -> None:
        """Put the keyboard in the selected entry's first field."""
        self._show_current()
        self._first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Add or change the entry in the form (one undo step)."""
        if self._session.read_only:
            return
        values = self._form_values()
        if self.entry_id is None:
            record = self._session.run(self._actions().add, **values)
            if record is not None:
                self.entry_id = inserted_id(record, self.ENTITY)
                self.select(self.entry_id)
        else:
            self._session.run(self._actions().update, self.entry_id, **values)

    def delete_selected(self) -> None:
        """Delete the selected entry (one undo step, so no question asked)."""
        entry_id = self.selected_id()
        if entry_id is None or self._session.read_only:
            return
        row = self.list.currentRow()
        if self._session.run(self._actions().delete, entry_id) is not None:
            self.list.setCurrentRow(min(row, self.list.count() - 1))


class CheckList(QWidget):
    """A heading over a list of entries to tick; Space ticks the current one."""

    changed = Signal()

    def __init__(self, heading: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(heading)
        theme.set_role(self.heading, theme.HEADING)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def load(self, entries: Sequence[tuple[int, str]], checked: Iterable[int]) -> None:
        """List ``entries`` (id, text), ticking those in ``checked``."""
        ticked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for entry_id, text in entries:
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, entry_id)
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            entry.setCheckState(
                Qt.CheckState.Checked if entry_id in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if self.list.count():
            # A current row for the keyboard, without a highlight that looks like a tick.
            self.list.selectionModel().setCurrentIndex(
                self.list.model().index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def checked_ids(self) -> list[int]:
        """The ids of the ticked entries, in list order."""
        return [
            int(self.list.item(row).data(ID_ROLE))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, entry_id: int, checked: bool = True) -> None:
        """Tick (or untick) the entry with ``entry_id``."""
        for row in range(self.list.count()):
            entry = self.list.item(row)
            if entry.data(ID_ROLE) == entry_id:
                entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_read_only(self, read_only: bool) -> None:
        """Stop (or allow) ticking; the list stays readable and scrollable."""
        for row in range(self.list.count()):
            entry = self.list.item(row)
            flags = entry.flags()
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            entry.setFlags(flags)


class OptionalCount(QSpinBox):
    """A count of votes or people that may be left empty (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, 100_000)
        self.setSpecialValueText("—")
        self.setValue(-1)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("100000") + 48)

    def count(self) -> int | None:
        """The count, or None when empty."""
        return None if self.value() < 0 else self.value()

    def set_count(self, value: int | None) -> None:
        """Show ``value`` (None: empty)."""
        self.setValue(-1 if value is None else value)
