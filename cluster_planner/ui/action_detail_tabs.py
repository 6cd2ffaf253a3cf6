"""The tabs of an action's details over its own fields: general, schedule, beneficiaries, answers.

Every field commits once, when the person finishes it: a line or a date when focus
leaves it or Enter is pressed, a drop-down when a choice is made from its list or the
keyboard leaves it, a box when it is ticked.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from cluster_planner.domain.action_plan import ordered_actions
from cluster_planner.domain.enums import (
    BUILTIN_CATEGORIES,
    ActionStatus,
    DependencyKind,
    Horizon,
    NetworkType,
)
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo
from cluster_planner.ui.action_detail_tables import (
    NONE_LABEL,
    ActionContext,
    ActionTab,
    AddBar,
    Column,
    PartSection,
    combo_items,
    fill_combo,
    make_combo,
    organisation_choices,
    tr,
)
from cluster_planner.ui.date_field import DateEditor, DateField, not_a_date
from cluster_planner.ui.form_fields import (
    CheckEditor,
    Choices,
    FieldEditor,
    FieldSpec,
    Kind,
    LongTextEditor,
    TextEditor,
    plain,
)
from cluster_planner.ui.formats import percent_suffix, plural
from cluster_planner.ui.text_undo import empty_line, forget_typing
from cluster_planner.ui.vision_fields import CheckList, OptionalCount, item_entries, option_entries
from cluster_planner.ui.vocabulary import category_label, choices, field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import Action


# --- field editors ---------------------------------------------------------------------


class SettlingCombo(QComboBox):
    """A drop-down whose keyboard changes settle when the person leaves it or presses Enter."""

    settled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing = False
        fit_combo(self, letters=12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.settled.emit()
        self.typing = True
        try:
            super().keyPressEvent(event)
        finally:
            self.typing = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.settled.emit()


class ChoiceFieldEditor(FieldEditor):
    """A drop-down field: a choice from its list commits; a keyboard choice when it settles."""

    def __init__(self, spec: FieldSpec, items: Choices) -> None:
        self.combo = SettlingCombo()
        super().__init__(spec, self.combo)
        self.set_choices(items)
        self.combo.activated.connect(self._on_activated)
        self.combo.settled.connect(self._commit)

    def _on_activated(self, _index: int) -> None:
        if not self.combo.typing:
            self._commit()

    def set_choices(self, choices: Choices) -> None:
        wanted = [(text, plain(value)) for text, value in choices]
        if wanted == combo_items(self.combo):
            return
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, value in wanted:
            self.combo.addItem(text, value)
        self._show(self.loaded)
        self.combo.blockSignals(False)

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0) if value is not None else 0)


class CategoryEditor(ChoiceFieldEditor):
    """A joint-action category: a built-in one from the list (stored by key) or any text typed."""

    def __init__(self) -> None:
        builtin = [(category_label(key), key) for key in BUILTIN_CATEGORIES]
        super().__init__(FieldSpec("category"), builtin)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # A list to pick from rather than inline completion, so custom text stays as typed.
        completer = QCompleter(self.combo.model(), self.combo)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        line = self.combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(tr("Pick one or type your own"))
        line.editingFinished.connect(self._commit)

    def value(self) -> str:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        return str(self.combo.itemData(index)) if text and index >= 0 else text

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value) if value else -1
        self.combo.setCurrentIndex(index)
        if index < 0:
            self.combo.setEditText(str(value or ""))


class PercentEditor(FieldEditor):
    """A percentage from 0 to 100."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spin = QSpinBox()
        super().__init__(spec, self.spin)
        self.spin.setRange(0, 100)
        self.spin.setSuffix(percent_suffix())
        self.spin.setMaximumWidth(self.spin.fontMetrics().horizontalAdvance("100 %") + 64)
        self.spin.editingFinished.connect(self._commit)

    def value(self) -> int:
        return self.spin.value()

    def _show(self, value: Any) -> None:
        self.spin.setValue(int(value or 0))

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)


class CountField(OptionalCount):
    """An optional count: its text is selected when the keyboard comes in; emptied, it is none."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if not text.strip():
            return QValidator.State.Acceptable, text, pos
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> int:
        return self.minimum() if not text.strip() else super().valueFromText(text)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.selectAll()


class CountEditor(FieldEditor):
    """A count of people or firms that may be left empty."""

    def __init__(self, spec: FieldSpec) -> None:
        self.spin = CountField()
        super().__init__(spec, self.spin)
        self.spin.setMaximumWidth(self.spin.minimumWidth() + 24)
        self.spin.editingFinished.connect(self._commit)

    def value(self) -> int | None:
        return self.spin.count()

    def _show(self, value: Any) -> None:
        self.spin.set_count(value)

    def set_read_only(self, read_only: bool) -> None:
        self.spin.setReadOnly(read_only)


class FieldGroup(QObject):
    """The field editors of one tab; each finished edit runs update_action as one undo step."""

    def __init__(self, context: ActionContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.editors: dict[str, FieldEditor] = {}

    def add(self, editor: FieldEditor) -> QWidget:
        """Take ``editor`` into the group; its widget is returned for the layout."""
        name = editor.spec.name
        self.editors[name] = editor
        editor.widget.setObjectName(f"field_{name}")
        editor.committed.connect(self._on_committed)
        return editor.widget

    def load(self, action: Action, same: bool) -> None:
        """Show ``action``'s fields; a field being typed in keeps its text (and still commits)."""
        for name, editor in self.editors.items():
            stored = plain(getattr(action, name))
            if same and editor.value() != editor.loaded:
                editor.loaded = stored
            elif not same or stored != editor.loaded:
                editor.load(stored)

    def set_read_only(self, read_only: bool) -> None:
        """Allow or forbid editing on every field."""
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def _on_committed(self, name: str, value: object) -> None:
        editor = self.editors[name]
        if self._context.update(name, value):
            editor.loaded = value
            forget_typing(editor.widget)  # saved: Ctrl+Z is the plan's undo now
        else:
            editor.revert()


# --- tabs ------------------------------------------------------------------------------


class FieldTab(ActionTab):
    """A tab of field editors over the action's own fields."""

    def __init__(self, context: ActionContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName(name)
        self.fields = FieldGroup(context, self)

    def add_field(self, caption: str, editor: FieldEditor) -> QWidget:
        """A row for ``editor`` under ``caption`` (its label, with a mnemonic)."""
        widget = self.fields.add(editor)
        self.add_row(caption, widget)
        return widget

    def field_widgets(self) -> list[QWidget]:
        """The editors' widgets, in the order they were added."""
        return [editor.widget for editor in self.fields.editors.values()]

    def load(self, action: Action, same: bool) -> None:
        self.fields.load(action, same)

    def set_read_only(self, read_only: bool) -> None:
        self.fields.set_read_only(read_only)

    def focus_widget(self, field: str) -> QWidget | None:
        editor = self.fields.editors.get(field)
        return editor.widget if editor is not None else None


class GeneralTab(FieldTab):
    """Title, description, category, network type, horizon, lead, status, progress, drop reason."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "action_general", parent)
        title = TextEditor(FieldSpec("title"))
        title.line.setPlaceholderText(tr("e.g. Joint stand at the national textile fair"))
        self.add_field(tr("&Title"), title)
        self.add_field(tr("Desc&ription"), LongTextEditor(FieldSpec("description", Kind.LONG_TEXT)))
        self.start_second_column()
        self.add_field(tr("Categor&y"), CategoryEditor())
        self.add_field(tr("&Network type"), _choice("network_type", _optional(NetworkType)))
        self.add_field(tr("Hori&zon"), _choice("horizon", _optional(Horizon)))
        self.add_field(tr("&Lead organisation"), _choice("lead_id", self._lead_choices()))
        self.add_field(tr("Stat&us"), _choice("status", choices(ActionStatus)))
        self.add_field(tr("Pr&ogress"), PercentEditor(FieldSpec("progress")))
        reason = TextEditor(FieldSpec("drop_reason"))
        reason.line.setPlaceholderText(tr("Why it is dropped (needed once a revision holds it)"))
        self.add_field(tr("Drop reason"), reason)
        women = CheckEditor(FieldSpec("addresses_women", Kind.CHECK))
        women.check.setText(tr("Addresses wo&men's constraints"))
        women.check.setToolTip(tr("It answers constraints women face in the cluster"))
        self.form.addRow("", self.fields.add(women))
        self.set_chain(self.field_widgets())

    def _lead_choices(self) -> Choices:
        return organisation_choices(self.context.session, tr("— none —"))

    def load(self, action: Action, same: bool) -> None:
        self.fields.editors["lead_id"].set_choices(self._lead_choices())
        super().load(action, same)


def _choice(name: str, items: Choices) -> ChoiceFieldEditor:
    return ChoiceFieldEditor(FieldSpec(name, Kind.CHOICE), items)


def _optional(enum_type: type) -> Choices:
    return [(NONE_LABEL, None), *choices(enum_type)]


class BeneficiariesTab(FieldTab):
    """Who the action is for (firms, women, young people, poor households) and its risks."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "action_beneficiaries", parent)
        hint = QLabel(tr("Planned beneficiaries; leave a count empty (a dash) when not known."))
        hint.setWordWrap(True)
        theme.set_role(hint, theme.HINT)
        self.form.addRow(hint)
        captions = {
            "beneficiary_firms": tr("Fi&rms"),
            "beneficiary_women": tr("W&omen"),
            "beneficiary_youth": tr("&Young people"),
            "beneficiary_poor_households": tr("Poor ho&useholds"),
        }
        for name, caption in captions.items():
            self.add_field(caption, CountEditor(FieldSpec(name)))
        risks = LongTextEditor(FieldSpec("risks", Kind.LONG_TEXT))
        risks.text.setPlaceholderText(tr("What could stop it, and what it takes for granted"))
        risks.text.setFixedHeight(risks.text.fontMetrics().lineSpacing() * 8 + 16)
        self.add_field(tr("Risks a&nd assumptions"), risks)
        self.set_chain(self.field_widgets())


class AnswersTab(ActionTab):
    """Which strategic options and SWOT items the action answers; each tick is one undo step."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("action_answers")
        self.lists = {
            "option_ids": CheckList(tr("Strategic &options it answers"), "action_options"),
            "item_ids": CheckList(tr("SWOT i&tems it answers"), "action_items"),
        }
        self._entries: dict[str, list[tuple[int, str]]] = {}
        for name, check_list in self.lists.items():
            check_list.setMinimumHeight(check_list.fontMetrics().lineSpacing() * 10)
            check_list.changed.connect(lambda name=name: self._commit(name))
            self.form.addRow(check_list)
        self.set_chain([c.list for c in self.lists.values()])

    def load(self, action: Action, same: bool) -> None:
        session = self.context.session
        found = {
            "option_ids": option_entries(session),
            "item_ids": item_entries(session, keep=action.item_ids),
        }
        for name, entries in found.items():
            check_list = self.lists[name]
            checked = sorted(getattr(action, name))
            shown = entries == self._entries.get(name)
            if same and shown and sorted(check_list.checked_ids()) == checked:
                continue  # as shown already: keep the keyboard's place in the list
            row = check_list.list.currentRow() if same else 0
            check_list.load(entries, checked)
            self._entries[name] = entries
            self._lock(check_list, session.read_only)
            if 0 < row < check_list.list.count():
                check_list.list.selectionModel().setCurrentIndex(
                    check_list.list.model().index(row, 0),
                    QItemSelectionModel.SelectionFlag.NoUpdate,
                )

    def _commit(self, name: str) -> None:
        action = self.context.action
        checked = self.lists[name].checked_ids()
        # The list also reports changes of flags and text; only a new tick is an edit.
        if action is None or sorted(checked) == sorted(getattr(action, name)):
            return
        if not self.context.update(name, checked):
            self._entries.pop(name, None)
            self.load(action, same=True)

    @staticmethod
    def _lock(check_list: CheckList, read_only: bool) -> None:
        blocked = check_list.list.blockSignals(True)
        check_list.set_read_only(read_only)
        check_list.list.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        for check_list in self.lists.values():
            self._lock(check_list, read_only)

    def focus_widget(self, field: str) -> QWidget | None:
        check_list = self.lists.get(field)
        return check_list.list if check_list is not None else None


class ScheduleTab(FieldTab):
    """Start and end, milestones, the actions this one waits for and those that wait for it."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "action_schedule", parent)
        start = DateEditor(FieldSpec("start_date", Kind.DATE, optional=True))
        end = DateEditor(FieldSpec("end_date", Kind.DATE, optional=True))
        end.date.suggestion = self._end_suggestion
        for caption, editor in ((tr("Sta&rt"), start), (tr("E&nd"), end)):
            editor.problem.connect(self.problem.emit)
            self.add_field(caption, editor)
        self.milestones = self._milestone_section()
        self.start_second_column()
        self.dependencies = self._dependency_section()
        self.followers = QLabel()
        self.followers.setObjectName("action_followers")
        self.followers.setWordWrap(True)
        self.add_row(tr("Waited for by"), self.followers)
        self.set_chain(
            [*self.field_widgets(), *self.milestones.chain(), *self.dependencies.chain()]
        )

    def _milestone_section(self) -> PartSection:
        self.milestone_title = QLineEdit()
        self.milestone_title.setObjectName("milestone_title")
        self.milestone_title.setAccessibleName(tr("New milestone"))
        self.milestone_title.setPlaceholderText(tr("e.g. Stand booked"))
        self.milestone_date = DateField(optional=False)
        self._milestone_default: dt.date | None = None
        self.milestone_date.setObjectName("milestone_date")
        self.milestone_date.setAccessibleName(tr("Date of the new milestone"))
        self.milestone_date.unreadable.connect(self._unreadable_date)
        bar = AddBar(
            [[self.milestone_title, self.milestone_date]], tr("Add milestone"), "milestone_add"
        )
        bar.submitted.connect(self.add_milestone)
        return PartSection(
            self,
            "milestones",
            [Column("title", stretch=True), Column("date", Kind.DATE), Column("done", Kind.CHECK)],
            (self.context.document.update_milestone, self.context.document.delete_milestone),
            bar,
            (tr("&Milestones"), tr("New mi&lestone")),
            tr("Remove milestone"),
        )

    def _dependency_section(self) -> PartSection:
        self.predecessor = make_combo("dependency_predecessor")
        self.dependency_kind = make_combo("dependency_kind", tr("Kind of link"))
        fill_combo(self.dependency_kind, _dependency_kinds())
        self.lag = QSpinBox()
        self.lag.setObjectName("dependency_lag")
        self.lag.setAccessibleName(field_label("lag_days"))
        self.lag.setRange(-365, 365)
        self.lag.setSuffix(tr(" days lag"))
        bar = AddBar(
            [[self.predecessor], [self.dependency_kind, self.lag]], tr("Add link"), "dependency_add"
        )
        bar.submitted.connect(self.add_dependency)
        columns = [
            Column(
                "predecessor_id",
                title=lambda: tr("Action"),
                describe=self.context.action_text,
                editable=False,
                stretch=True,
            ),
            Column("kind", Kind.CHOICE, title=lambda: tr("Kind"), choices=_dependency_kinds),
            Column("lag_days", Kind.NUMBER, whole=True),
        ]
        return PartSection(
            self,
            "dependencies",
            columns,
            (self.context.document.update_dependency, self.context.document.delete_dependency),
            bar,
            (tr("Wai&ts for"), tr("Wait f&or")),
            tr("Remove link"),
        )

    def _unreadable_date(self, text: str) -> None:
        self.problem.emit(not_a_date(text))

    def _end_suggestion(self) -> dt.date:
        action = self.context.action
        start = action.start_date if action is not None else None
        return start if start is not None else dt.date.today()

    def load(self, action: Action, same: bool) -> None:
        super().load(action, same)
        default = action.start_date or dt.date.today()
        # A new milestone is dated from the action's start, also once a start is typed,
        # unless the person has already chosen another date for it.
        if not same or self.milestone_date.value() == self._milestone_default:
            self.milestone_date.set_value(default)
        self._milestone_default = default
        self.milestones.model.set_rows(action.milestones)
        session = self.context.session
        dependencies = session.dependencies()
        waits = [d for d in dependencies if d.successor_id == action.id]
        self.dependencies.model.set_rows(waits)
        linked = {d.predecessor_id for d in waits} | {action.id}
        codes = self.context.codes()
        others = [
            (f"{codes.get(a.id, '')}  {a.title}", a.id)
            for a in ordered_actions(session.objectives(), session.actions())
            if a.id not in linked
        ]
        fill_combo(self.predecessor, others)
        followers = [
            self._follower_text(d.successor_id, d.kind, d.lag_days)
            for d in dependencies
            if d.predecessor_id == action.id
        ]
        self.followers.setText("\n".join(followers) or tr("No action waits for this one."))

    def _follower_text(self, action_id: int, kind: DependencyKind, lag: int) -> str:
        how = label(kind)
        if lag:
            how = plural("action_plan", "{kind}, lag %n day(s)", lag).format(kind=how)
        return f"{self.context.action_text(action_id)} ({how})"

    def add_milestone(self) -> None:
        """Add the milestone typed in the bar (one undo step)."""
        action = self.context.action
        title = self.milestone_title.text().strip()
        day = self.milestone_date.value()
        if action is None:
            return
        if not title or not isinstance(day, dt.date):
            self.problem.emit(tr("Type the milestone's title and date, e.g. 15 Apr 2026."))
            return
        record = self.context.run(
            self.context.document.add_milestone, action.id, title=title, date=day
        )
        if self.milestones.added(record, "milestone"):
            empty_line(self.milestone_title)

    def add_dependency(self) -> None:
        """Make the action wait for the one chosen in the bar (one undo step)."""
        action = self.context.action
        predecessor_id = self.predecessor.currentData()
        if action is None:
            return
        if predecessor_id is None:
            self.problem.emit(tr("There is no other action for this one to wait for."))
            return
        record = self.context.run(
            self.context.document.add_dependency,
            predecessor_id,
            action.id,
            kind=self.dependency_kind.currentData(),
            lag_days=self.lag.value(),
        )
        if self.dependencies.added(record, "dependency"):
            self.lag.setValue(0)

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.milestones.set_read_only(read_only)
        self.dependencies.set_read_only(read_only)

    def focus_widget(self, field: str) -> QWidget | None:
        if field == "milestones":
            return self.milestones.focus_widget()
        if field == "dependencies":
            return self.dependencies.focus_widget()
        return super().focus_widget(field)


def _dependency_kinds() -> Choices:
    return choices(DependencyKind)
