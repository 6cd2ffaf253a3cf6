"""Field specs and the editors that show one field and commit it as one undoable change."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from cluster_planner.ui.accessible import fit_combo
from cluster_planner.ui.text_undo import forget_typing
from cluster_planner.ui.vocabulary import field_label

if TYPE_CHECKING:
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

Choices = list[tuple[str, Any]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("form_fields", text)


class Kind(StrEnum):
    """How a field is shown and edited."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    CODE = "code"  # three letters, upper case (currency)
    CHOICE = "choice"
    CHECK = "check"
    DATE = "date"
    YEAR = "year"
    NUMBER = "number"
    DERIVED = "derived"  # computed for display, never edited


@dataclass(frozen=True)
class FieldSpec:
    """One field of an entity: its kind, its choices and (for derived columns) its value."""

    name: str
    kind: Kind = Kind.TEXT
    choices: Callable[[PlanSession], Choices] | None = None
    # Tables whose change alters the choices (e.g. the organisation list of a person).
    choices_watch: frozenset[str] = frozenset()
    derive: Callable[[PlanSession, Any], Any] | None = None
    title: Callable[[], str] | None = None
    optional: bool = False  # a DATE or YEAR that may be left empty

    def label(self) -> str:
        """The field's label in forms and column headers."""
        return self.title() if self.title else field_label(self.name)


def qdate(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless scroll area, so a long form fits a laptop screen."""
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def plain(value: Any) -> Any:
    """A value as the services and combo boxes store it: enums by their value."""
    return value.value if isinstance(value, Enum) else value


class FieldEditor(QObject):
    """A widget for one field; emits ``committed`` once the person finishes a real change,
    and ``problem`` with a sentence when what was typed cannot be read (it is not taken)."""

    committed = Signal(str, object)
    problem = Signal(str)

    def __init__(self, spec: FieldSpec, widget: QWidget) -> None:
        super().__init__(widget)
        self.spec = spec
        self.widget = widget
        self.loaded: Any = None

    def load(self, value: Any) -> None:
        """Show ``value`` without committing it."""
        self.loaded = plain(value)
        self.widget.blockSignals(True)
        try:
            self._show(self.loaded)
        finally:
            self.widget.blockSignals(False)

    def revert(self) -> None:
        """Show the last loaded value again (after a refused change)."""
        self.load(self.loaded)

    def set_choices(self, choices: Choices) -> None:
        """Replace the choices of a choice field."""

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing."""
        self.widget.setEnabled(not read_only)

    def _commit(self) -> None:
        value = self.value()
        if value != self.loaded:
            self.committed.emit(self.spec.name, value)

    def commit(self) -> None:
        """Commit what is typed now (a key that moves on without leaving the field)."""
        self._commit()

    def value(self) -> Any:
        """The value the widget shows."""
        raise NotImplementedError

    def _show(self, value: Any) -> None:
        raise NotImplementedError


class TextEditor(FieldEditor):
    """A one-line text field."""

    def __init__(self, spec: FieldSpec) -> None:
        self.line = QLineEdit()
        super().__init__(spec, self.line)
        if spec.kind is Kind.CODE:
            self.line.setValidator(
                QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.line)
            )
            self.line.setMaxLength(3)
            self.line.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("MMMMMM") + 24)
        self.line.editingFinished.connect(self._commit)

    def value(self) -> str:
        text = self.line.text().strip()
        return text.upper() if self.spec.kind is Kind.CODE else text

    def _show(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))
        self.line.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.line.setReadOnly(read_only)


class _FinishingTextEdit(QPlainTextEdit):
    """A multi-line text box that says when focus leaves it, like QLineEdit.editingFinished."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class LongTextEditor(FieldEditor):
    """A multi-line text field; Tab moves on rather than typing a tab."""

    def __init__(self, spec: FieldSpec) -> None:
        self.text = _FinishingTextEdit()
        super().__init__(spec, self.text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 16)
        self.text.editing_finished.connect(self._commit)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def _show(self, value: Any) -> None:
        self.text.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.text.setReadOnly(read_only)


class ChoiceEditor(FieldEditor):
    """A drop-down list of labelled values; choosing one commits it."""

    def __init__(self, spec: FieldSpec, choices: Choices) -> None:
        self.combo = QComboBox()
        super().__init__(spec, self.combo)
        # Long labels ("Donor / international organisation") must not widen the whole form.
        fit_combo(self.combo, letters=12)
        self.set_choices(choices)
        self.combo.activated.connect(self._commit)

    def set_choices(self, choices: Choices) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, value in choices:
            self.combo.addItem(text, plain(value))
        self._show(self.loaded)
        self.combo.blockSignals(False)

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value) if value is not None else 0)


class CheckEditor(FieldEditor):
    """A yes/no field; clicking commits it."""

    def __init__(self, spec: FieldSpec) -> None:
        self.check = QCheckBox()
        super().__init__(spec, self.check)
        self.check.clicked.connect(self._commit)

    def value(self) -> bool:
        return self.check.isChecked()

    def _show(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class YearEditor(FieldEditor):
    """A year, or none (shown as a dash)."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spin = QSpinBox()
        super().__init__(spec, self.spin)
        self.spin.setRange(1989, 2100)
        self.spin.setSpecialValueText("—")
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("20300") + 48)
        self.spin.editingFinished.connect(self._commit)

    def value(self) -> int | None:
        year = self.spin.value()
        return None if year == self.spin.minimum() else year

    def _show(self, value: Any) -> None:
        self.spin.setValue(self.spin.minimum() if value is None else int(value))


def date_format() -> str:
    """The date format of tables and date fields: day, month name, year (never ambiguous)."""
    return "d MMM yyyy"


def make_editor(spec: FieldSpec, session: PlanSession) -> FieldEditor:
    """The editor for ``spec``."""
    if spec.kind in (Kind.TEXT, Kind.CODE):
        return TextEditor(spec)
    if spec.kind is Kind.LONG_TEXT:
        return LongTextEditor(spec)
    if spec.kind is Kind.CHOICE:
        assert spec.choices is not None
        return ChoiceEditor(spec, spec.choices(session))
    if spec.kind is Kind.CHECK:
        return CheckEditor(spec)
    if spec.kind is Kind.DATE:
        from cluster_planner.ui.date_field import DateEditor  # it builds on this module

        return DateEditor(spec)
    if spec.kind is Kind.YEAR:
        return YearEditor(spec)
    raise ValueError(f"no form editor for {spec.kind}")


class DetailsForm(QWidget):
    """A form over some fields of one entity; every finished edit is handed to ``commit``."""

    def __init__(
        self,
        session: PlanSession,
        specs: Sequence[FieldSpec],
        commit: Callable[[str, Any], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._commit = commit
        self.editors: dict[str, FieldEditor] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.setVerticalSpacing(10)
        layout.setHorizontalSpacing(14)
        layout.setContentsMargins(0, 0, 0, 0)
        previous: QWidget | None = None
        for spec in specs:
            editor = make_editor(spec, session)
            editor.widget.setObjectName(f"field_{spec.name}")
            editor.committed.connect(self._on_committed)
            editor.problem.connect(session.failed)  # said where refusals are said
            self.editors[spec.name] = editor
            layout.addRow(spec.label(), editor.widget)
            if isinstance(editor.widget, QComboBox):
                editor.widget.setAccessibleName(spec.label())
            if previous is not None:
                QWidget.setTabOrder(previous, editor.widget)
            previous = editor.widget
        self.set_read_only(session.read_only)

    def load(self, values: object | None) -> None:
        """Show the fields of ``values`` (an entity), or clear and disable the form for None."""
        self.setEnabled(values is not None)
        for name, editor in self.editors.items():
            editor.load(getattr(values, name) if values is not None else None)

    def refresh_choices(self, tables: frozenset[str]) -> None:
        """Rebuild the choices that depend on any of ``tables``."""
        for editor in self.editors.values():
            spec = editor.spec
            if spec.choices is not None and spec.choices_watch & tables:
                editor.set_choices(spec.choices(self._session))

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing on every field."""
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def chain(self) -> list[QWidget]:
        """The fields in tab order: top to bottom."""
        return [editor.widget for editor in self.editors.values()]

    def first_field(self) -> QWidget | None:
        """The first field, where focus goes after adding an entry."""
        return next(iter(self.editors.values())).widget if self.editors else None

    def _on_committed(self, name: str, value: object) -> None:
        editor = self.editors[name]
        if self._commit(name, value):
            editor.loaded = value
            forget_typing(editor.widget)  # saved: Ctrl+Z is the plan's undo now
        else:
            editor.revert()


def form_state(form: QWidget) -> tuple[object, ...]:
    """What every input of ``form`` holds: texts, numbers, choices, ticks."""
    state: list[object] = []
    for widget in form.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
                state.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            state.append(widget.toPlainText())
        elif isinstance(widget, QAbstractSpinBox):
            state.append(widget.text())
        elif isinstance(widget, QComboBox):
            state.append(widget.currentIndex())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.append(widget.isChecked())
        elif isinstance(widget, QListWidget):
            state.append(tuple(widget.item(row).checkState() for row in range(widget.count())))
    return tuple(state)


class UnsavedForms(QObject):
    """The forms open with typing not yet saved into the plan (a draft being written …):
    the only things in the window a crash or a quit could lose."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._forms: list[QWidget] = []

    def set_unsaved(self, form: QWidget, unsaved: bool) -> None:
        """Record whether ``form`` holds unsaved typing."""
        if unsaved and form not in self._forms:
            self._forms.append(form)
        elif not unsaved and form in self._forms:
            self._forms.remove(form)
        else:
            return
        self.changed.emit()

    def within(self, widget: QWidget) -> list[QWidget]:
        """The unsaved forms inside ``widget``."""
        return [f for f in self._forms if widget is f or widget.isAncestorOf(f)]


_unsaved: UnsavedForms | None = None


def unsaved_forms() -> UnsavedForms:
    """The application's record of forms with unsaved typing."""
    global _unsaved
    if _unsaved is None:
        _unsaved = UnsavedForms()
    return _unsaved


class DiscardGuard(QObject):
    """Closing a form without saving asks first when something in it was changed since it
    opened (``ask`` answers: True to throw it away); unchanged, it just closes.

    Contract: the form calls ``mark_clean`` once filled and ``done`` once closed (saved or
    not); in between, the guard tells ``unsaved_forms()`` whether the form holds changes.
    """

    def __init__(self, form: QWidget, close: Callable[[], object]) -> None:
        super().__init__(form)
        self.ask: Callable[[], bool] | None = None
        self._form = form
        self._close = close
        self._clean: tuple[object, ...] = ()
        self._open = False
        self._watched: set[int] = set()
        form.destroyed.connect(lambda *_: unsaved_forms().set_unsaved(form, False))

    def mark_clean(self) -> None:
        """What the form holds now is what it opened with (call after filling it)."""
        self._clean = form_state(self._form)
        self._open = True
        self._watch()
        self._recheck()

    def done(self) -> None:
        """The form was closed: nothing in it is pending any more."""
        self._open = False
        self._recheck()

    def changed(self) -> bool:
        """True when something was typed, chosen or ticked since the form opened."""
        return form_state(self._form) != self._clean

    def request_close(self) -> bool:
        """Close the form, asking first when that throws away changes; False when kept."""
        if self.changed() and self.ask is not None and not self.ask():
            return False
        self._close()
        self.done()
        return True

    def _recheck(self, *_args: object) -> None:
        unsaved_forms().set_unsaved(self._form, self._open and self.changed())

    def _watch(self) -> None:
        """Recheck on every change of an input (inputs added since are watched too)."""
        for widget in self._form.findChildren(QWidget):
            if id(widget) in self._watched:
                continue
            signal = None
            if isinstance(widget, QLineEdit | QAbstractSpinBox):
                signal = getattr(widget, "textChanged", None)
            elif isinstance(widget, QPlainTextEdit):
                signal = widget.textChanged
            elif isinstance(widget, QComboBox):
                signal = widget.currentIndexChanged
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                signal = widget.toggled
            elif isinstance(widget, QListWidget):
                signal = widget.itemChanged
            if signal is not None:
                signal.connect(self._recheck)
                self._watched.add(id(widget))


def ask_before_discarding(guard: DiscardGuard, prompter: Prompter, parent: QWidget) -> None:
    """Let ``guard`` ask through ``prompter`` (a dialog, or a question in the page while
    presenting) before a changed form is closed without saving."""

    def ask() -> bool:
        return prompter.confirm(
            parent,
            _tr("Close without Saving"),
            _tr("What was typed or chosen in this form since it opened is not saved. Close it?"),
            _tr("Close without Saving"),
        )

    guard.ask = ask


def install_form_keys(
    form: QWidget, submit: Callable[[], object], close: Callable[[], object]
) -> DiscardGuard:
    """Ctrl+Enter submits ``form`` and Escape closes it, while focus is inside it; closing
    goes through the returned guard, which asks before throwing changes away."""
    guard = DiscardGuard(form, close)
    for keys in (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")):
        shortcut = QShortcut(keys, form)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(submit)
    escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), form)
    escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    escape.activated.connect(guard.request_close)
    return guard
