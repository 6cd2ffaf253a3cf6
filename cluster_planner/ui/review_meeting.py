"""The review meeting: pick the meeting, walk through the actions with the four questions,
report progress, and end by adopting a revision of the plan."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import counted, ordered_actions
from cluster_planner.domain.changes import inserted_id
from cluster_planner.domain.codes import action_codes
from cluster_planner.domain.diff import changed_things, comparison_heading, diff_plans
from cluster_planner.domain.enums import ActionStatus, MeetingType
from cluster_planner.domain.review import slippage, spent_amount
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo
from cluster_planner.ui.attendance_panel import AttendancePanel
from cluster_planner.ui.bidi import fit_rows
from cluster_planner.ui.date_field import DateField, not_a_date
from cluster_planner.ui.form_fields import (
    FieldSpec,
    Kind,
    LongTextEditor,
    TextEditor,
    scrolled,
)
from cluster_planner.ui.formats import (
    format_date,
    format_days,
    format_money,
    format_percent,
    percent_suffix,
    plural,
)
from cluster_planner.ui.plan_checks_panel import open_checks_text
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.text_undo import empty_line
from cluster_planner.ui.vocabulary import field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import Action, ActionReview, Meeting
    from cluster_planner.domain.snapshot import PlanSnapshot
    from cluster_planner.ui.plan_session import PlanSession

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
REVIEW_MEETINGS = (MeetingType.REVIEW_MEETING, MeetingType.COMMISSION_MEETING)
QUESTIONS = ("done", "next_steps", "help_needed")


def _tr(text: str) -> str:
    return QCoreApplication.translate("review_meeting", text)


def _question_title(name: str) -> str:
    return {
        "done": _tr("What we did"),
        "next_steps": _tr("What we do next"),
        "help_needed": _tr("What help we need"),
        "decision": _tr("Decision"),
    }[name]


class ProgressReport(QGroupBox):
    """Report an action's progress: date, status, percent, actual dates and a note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Report progress"), parent)
        self.on = DateField(optional=False)
        self.on.setObjectName("report_date")
        self.status = QComboBox()
        fit_combo(self.status, field_label("status"))
        for status in ActionStatus:
            self.status.addItem(label(status), status.value)
        self.percent = QSpinBox(suffix=percent_suffix(), maximum=100, singleStep=5)
        self.percent.setAccessibleName(field_label("progress"))
        self.started = QCheckBox(_tr("Started on"))
        self.start = DateField(optional=False)
        self.finished = QCheckBox(_tr("Finished on"))
        self.end = DateField(optional=False)
        for box, edit in ((self.started, self.start), (self.finished, self.end)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
        self.note = QLineEdit(placeholderText=_tr("What happened (for a dropped action: why)"))
        self.milestones = QListWidget()
        self.milestones.setObjectName("review_milestones")
        self.milestones.setToolTip(_tr("Tick a milestone when it is reached"))
        self.record_button = QPushButton(_tr("Record progress"))
        self.record_button.setObjectName("record_progress")
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.history = QListWidget()
        self.history.setObjectName("progress_history")
        self.history.setMaximumHeight(self.history.fontMetrics().lineSpacing() * 6 + 12)
        dates = QHBoxLayout()
        for widget in (self.started, self.start, self.finished, self.end):
            dates.addWidget(widget)
        dates.addStretch(1)
        form = QFormLayout(self)
        form.addRow(_tr("Reported on"), self.on)
        state = QHBoxLayout()
        state.addWidget(self.status, 1)
        state.addWidget(self.percent)
        form.addRow(_tr("Status"), state)
        form.addRow(_tr("Actual dates"), dates)
        form.addRow(_tr("Note"), self.note)
        form.addRow("", self.record_button)
        form.addRow(_tr("Milestones"), self.milestones)
        form.addRow(_tr("History"), self.history)

    def load(self, action: Action, today: dt.date) -> None:
        """Start a report from the action's current state."""
        self.on.set_value(today)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.percent.setValue(action.progress)
        for box, edit, value, fallback in (
            (self.started, self.start, action.actual_start, action.start_date),
            (self.finished, self.end, action.actual_end, action.end_date),
        ):
            box.setChecked(value is not None)
            edit.set_value(value or fallback or today)
        empty_line(self.note)
        self.show_lists(action)

    def show_lists(self, action: Action) -> None:
        """Show the action's milestones and its reports so far (the form is left as it is)."""
        self.milestones.blockSignals(True)
        self.milestones.clear()
        for milestone in action.milestones:
            item = QListWidgetItem(f"{milestone.title} · {format_date(milestone.date)}")
            item.setData(ACTION_ID_ROLE, milestone.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if milestone.done else Qt.CheckState.Unchecked)
            self.milestones.addItem(item)
        if not action.milestones:
            self.milestones.addItem(_tr("No milestones."))
        lines = max(1, len(action.milestones))
        self.milestones.setFixedHeight(self.milestones.fontMetrics().lineSpacing() * lines + 14)
        self.milestones.blockSignals(False)
        self.history.clear()
        for entry in reversed(action.progress_entries):
            parts = [format_date(entry.recorded_on)]
            if entry.status is not None:
                parts.append(label(entry.status))
            if entry.progress is not None:
                parts.append(format_percent(entry.progress))
            if entry.note:
                parts.append(entry.note)
            self.history.addItem(" · ".join(parts))
        if not action.progress_entries:
            self.history.addItem(_tr("No progress reported yet."))

    def _status_chosen(self) -> None:
        """Completed means done: 100 % and a finish date (the report's, until changed)."""
        if self.status.currentData() == ActionStatus.COMPLETED.value:
            self.percent.setValue(100)
            if not self.finished.isChecked():
                self.finished.setChecked(True)
                self.end.set_value(self.on.date())

    def set_read_only(self, read_only: bool) -> None:
        """Show the reports without letting them be added to."""
        for widget in (
            self.on,
            self.status,
            self.percent,
            self.started,
            self.finished,
            self.start,
            self.end,
            self.note,
            self.record_button,
        ):
            widget.setEnabled(not read_only)
        self.milestones.setEnabled(not read_only)

    def fields(self, action: Action) -> dict[str, Any]:
        """What the report says, as record_progress takes it (only what changed)."""
        status = ActionStatus(self.status.currentData())
        fields: dict[str, Any] = {}
        if status is not action.status:
            fields["status"] = status
        if self.percent.value() != action.progress:
            fields["progress"] = self.percent.value()
        start = self.start.date() if self.started.isChecked() else None
        end = self.end.date() if self.finished.isChecked() else None
        if start is not None and start != action.actual_start:
            fields["actual_start"] = start
        if end is not None and end != action.actual_end:
            fields["actual_end"] = end
        return fields


class AdoptionForm(QGroupBox):
    """Adopt the plan as it stands as the next revision: title, date, decision, reason."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Adopt a revision of the plan"), parent)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("revision_title")
        self.on = DateField(optional=False)
        self.on.setObjectName("revision_date")
        self.decision = QLineEdit(placeholderText=_tr("As minuted, e.g. “Adopted unanimously”"))
        self.reason = QLineEdit(placeholderText=_tr("Why the plan was revised"))
        self.adopt_button = QPushButton()
        self.adopt_button.setObjectName("adopt_revision")
        self.hint = QLabel(wordWrap=True)
        theme.set_role(self.hint, theme.HINT)
        self.warning = QLabel(wordWrap=True)
        self.warning.setObjectName("adoption_warning")
        theme.set_role(self.warning, theme.BANNER)
        self.warning.hide()
        # The plan checks still open, said in the form (never a dialog in a meeting).
        self.checks = QLabel(wordWrap=True)
        self.checks.setObjectName("adoption_checks")
        theme.set_role(self.checks, theme.BANNER)
        self.checks.hide()
        self.meeting = QLabel()
        self.meeting.setObjectName("adoption_meeting")
        form = QFormLayout(self)
        form.addRow(self.hint)
        form.addRow(self.warning)
        form.addRow(self.checks)
        form.addRow(_tr("Endorsed at"), self.meeting)
        form.addRow(_tr("Title"), self.title_edit)
        form.addRow(_tr("Adopted on"), self.on)
        form.addRow(_tr("Decision"), self.decision)
        form.addRow(_tr("Reason"), self.reason)
        form.addRow("", self.adopt_button)


class ReviewMeetingTab(QWidget):
    """Walk through the actions at a review meeting and adopt the revised plan."""

    adopted = Signal(int)  # the number of the revision just adopted

    def __init__(
        self, session: PlanSession, today: dt.date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today = today or dt.date.today()
        self._action_id: int | None = None
        self._loaded = False  # an action's answers and report form have been shown

        self.meeting = QComboBox()
        self.meeting.setObjectName("review_meeting_choice")
        fit_combo(self.meeting, field_label("meeting_id"), letters=30)
        self.new_meeting_button = QPushButton(_tr("New review meeting"))
        self.attendance_button = QPushButton(_tr("Attendance"))
        self.attendance_button.setCheckable(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Meeting")))
        top.addWidget(self.meeting, 1)
        top.addWidget(self.new_meeting_button)
        top.addWidget(self.attendance_button)

        self.actions_list = QListWidget()
        self.actions_list.setObjectName("review_actions")
        self.actions_list.setAccessibleName(_tr("Actions to review"))
        fit_rows(self.actions_list)
        self.progress_label = QLabel()
        theme.set_role(self.progress_label, theme.HINT)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.progress_label)
        left_layout.addWidget(self.actions_list, 1)

        self.heading = QLabel(wordWrap=True)
        theme.set_role(self.heading, theme.HEADING)
        self.said = QLabel(wordWrap=True)
        self.said.setObjectName("what_we_said")
        self.said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        said_box = QGroupBox(_tr("What we said we would do"))
        QVBoxLayout(said_box).addWidget(self.said)
        self.questions: dict[str, LongTextEditor | TextEditor] = {}
        answers = QGroupBox(_tr("At this meeting"))
        answers_form = QFormLayout(answers)
        for name in (*QUESTIONS, "decision"):
            spec = FieldSpec(
                name,
                Kind.LONG_TEXT if name in QUESTIONS else Kind.TEXT,
                title=lambda n=name: _question_title(n),  # type: ignore[misc]
            )
            editor = LongTextEditor(spec) if name in QUESTIONS else TextEditor(spec)
            if isinstance(editor, LongTextEditor):
                editor.text.setFixedHeight(editor.text.fontMetrics().lineSpacing() * 3 + 14)
            editor.widget.setObjectName(f"review_{name}")
            editor.committed.connect(self._save_answer)
            answers_form.addRow(spec.label(), editor.widget)
            self.questions[name] = editor
        self.report = ProgressReport()
        self.report.record_button.clicked.connect(self._record_progress)
        self.report.milestones.itemChanged.connect(self._milestone_ticked)
        self.previous_button = QPushButton(_tr("◀ Previous action"))
        self.next_button = QPushButton(_tr("Next action ▶"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.adopt_toggle = QPushButton()
        self.adopt_toggle.setObjectName("show_adoption")
        self.adopt_toggle.setCheckable(True)
        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        steps.addStretch(1)
        steps.addWidget(self.adopt_toggle)
        self.walk = QWidget()
        walk_layout = QVBoxLayout(self.walk)
        walk_layout.setContentsMargins(0, 0, 0, 0)
        walk_layout.addWidget(self.heading)
        walk_layout.addWidget(said_box)
        walk_layout.addWidget(answers)
        walk_layout.addWidget(self.report)
        walk_layout.addStretch(1)

        self.attendance = AttendancePanel(session)
        self.attendance.setVisible(False)
        self.attendance_button.toggled.connect(self.attendance.setVisible)
        scroll = scrolled(self.walk)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(scroll)
        split.addWidget(self.attendance)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 4)
        split.setStretchFactor(2, 2)
        split.setChildrenCollapsible(False)
        split.setSizes([420, 900, 300])

        self.adoption = AdoptionForm()
        self.adoption.setVisible(False)
        self.adoption.adopt_button.clicked.connect(self._adopt)
        self.adopt_toggle.toggled.connect(self._show_adoption)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(steps)
        layout.addWidget(self.adoption)

        for key, delta in (("Alt+PgDown", 1), ("Alt+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda d=delta: self.step(d))
        self.meeting.currentIndexChanged.connect(self._on_meeting_changed)
        self.new_meeting_button.clicked.connect(self._new_meeting)
        self.actions_list.currentItemChanged.connect(self._on_action_changed)
        session.changed.connect(self._on_changed)
        self.refresh()
        if session.read_only:
            self.set_read_only()

    def set_read_only(self) -> None:
        """Show the meeting's record without letting it be changed (a past revision)."""
        for editor in self.questions.values():
            editor.set_read_only(True)
        self.report.set_read_only(True)
        for widget in (self.new_meeting_button, self.adopt_toggle, self.adoption):
            widget.hide()

    # --- state -------------------------------------------------------------------------

    def meeting_id(self) -> int | None:
        """The meeting being held."""
        data = self.meeting.currentData()
        return int(data) if data is not None else None

    def action_id(self) -> int | None:
        """The action being walked through."""
        return self._action_id

    def refresh(self) -> None:
        """Re-read the meetings, the actions and the answers."""
        self._fill_meetings()
        self._fill_actions()
        self._fill_adoption()

    def _fill_meetings(self) -> None:
        current = self.meeting_id()
        meetings = sorted(self._session.meetings(), key=lambda m: (m.date, m.id))
        self.meeting.blockSignals(True)
        self.meeting.clear()
        for meeting in meetings:
            self.meeting.addItem(f"{meeting.title} · {format_date(meeting.date)}", meeting.id)
        if current is None:
            review = [m for m in meetings if m.meeting_type in REVIEW_MEETINGS] or meetings
            current = review[-1].id if review else None
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(current)))
        self.meeting.blockSignals(False)
        self.attendance.load(self._meeting())

    def _meeting(self) -> Meeting | None:
        meeting_id = self.meeting_id()
        return next((m for m in self._session.meetings() if m.id == meeting_id), None)

    def _reviews(self) -> dict[int, ActionReview]:
        meeting_id = self.meeting_id()
        return {
            r.action_id: r for r in self._session.action_reviews() if r.meeting_id == meeting_id
        }

    def _fill_actions(self) -> None:
        objectives = self._session.objectives()
        actions = ordered_actions(objectives, self._session.actions())
        codes = action_codes(objectives, actions)
        reviewed = self._reviews()
        keep = self._action_id
        self.actions_list.blockSignals(True)
        self.actions_list.clear()
        for action in actions:
            mark = "✓ " if action.id in reviewed else "   "
            text = f"{mark}{codes[action.id]}  {action.title} — {label(action.status)}"
            item = QListWidgetItem(text)
            item.setData(ACTION_ID_ROLE, action.id)
            item.setToolTip(text.strip())  # the whole line, which the list may shorten
            self.actions_list.addItem(item)
        self.actions_list.blockSignals(False)
        # Counted as the Action plan counts: a dropped action stays listed (its reason may
        # come up) but is not one of the plan's actions to review.
        live = counted(actions)
        progress = plural(
            "review_meeting", "{done} of %n action(s) reviewed at this meeting", len(live)
        ).format(done=QLocale().toString(sum(1 for a in live if a.id in reviewed)))
        dropped = len(actions) - len(live)
        if dropped:
            progress += " · " + plural(
                "review_meeting", "%n dropped action(s) listed but not counted", dropped
            )
        self.progress_label.setText(progress)
        row = next(
            (
                i
                for i in range(self.actions_list.count())
                if self.actions_list.item(i).data(ACTION_ID_ROLE) == keep
            ),
            0 if actions else -1,
        )
        self.actions_list.setCurrentRow(row)
        self._show_action()

    def _fill_adoption(self) -> None:
        revisions = self._session.revisions()
        number = (revisions[-1].number if revisions else 0) + 1
        self.adoption.adopt_button.setText(_tr("Adopt as revision {number}").format(number=number))
        self.adopt_toggle.setText(_tr("Adopt revision {number}…").format(number=number))
        meeting = self._meeting()
        if not self.adoption.title_edit.text().strip():
            self.adoption.title_edit.setText(_tr("Revised action plan"))
        self.adoption.on.set_value(meeting.date if meeting else self._today)
        self.adoption.meeting.setText(
            f"{meeting.title} · {format_date(meeting.date)}" if meeting else _tr("— none —")
        )
        endorsed = [r for r in revisions if meeting is not None and r.meeting_id == meeting.id]
        if endorsed:
            self.adoption.warning.setText(
                _tr(
                    "This meeting already endorsed revision {number}. Pick the meeting that "
                    "endorses this one above, or create it with New review meeting."
                ).format(number=endorsed[-1].number)
            )
        self.adoption.warning.setVisible(bool(endorsed))
        if not self.adopt_toggle.isChecked():
            return  # what changed is worked out when the form is opened
        checks = open_checks_text(self._session.snapshot())
        self.adoption.checks.setText(checks)
        self.adoption.checks.setVisible(bool(checks))
        if revisions:
            last = revisions[-1]
            language = screen_language()
            changes = diff_plans(
                self._session.revision_snapshot(last.number), self._session.snapshot(), language
            )
            # Counted by the things that changed, as the History tab and diff count them.
            heading = comparison_heading(changed_things(changes), last.number, None, language)
            since = _tr("{changes} (see History).").format(changes=heading.rstrip("."))
            self.adoption.hint.setText(
                _tr(
                    "The plan as it stands now is frozen whole as revision {number}. {since}"
                ).format(number=number, since=since)
            )
        else:
            self.adoption.hint.setText(
                _tr(
                    "No revision has been adopted yet: the plan as it stands now becomes "
                    "revision 1, the baseline its progress is measured against."
                )
            )

    # --- the action walked through -------------------------------------------------------

    def _current_action(self) -> Action | None:
        return next((a for a in self._session.actions() if a.id == self._action_id), None)

    def _show_action(self) -> None:
        item = self.actions_list.currentItem()
        previous = self._action_id
        self._action_id = item.data(ACTION_ID_ROLE) if item is not None else None
        # The same action shown again after a change: keep what is being typed.
        same = self._action_id is not None and self._action_id == previous and self._loaded
        self._loaded = True
        action = self._current_action()
        self.walk.setEnabled(action is not None)
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        if action is None:
            self.heading.setText(_tr("No actions to review yet."))
            self.said.clear()
            return
        objectives = self._session.objectives()
        code = action_codes(objectives, [action])[action.id]
        self.heading.setText(f"{code}  {action.title}")
        self.said.setText(self._said_text(action))
        review = self._reviews().get(action.id)
        for name, editor in self.questions.items():
            stored = getattr(review, name) if review is not None else ""
            if not same or editor.value() == editor.loaded:
                editor.load(stored)
        if same:
            self.report.show_lists(action)
        else:
            self.report.load(action, self._today)
        row = self.actions_list.currentRow()
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.actions_list.count() - 1)

    def _promised(self) -> PlanSnapshot | None:
        """The plan in force before this meeting: the revision its actions are held to."""
        meeting = self._meeting()
        revisions = self._session.revisions()
        if meeting is not None:
            revisions = tuple(
                r
                for r in revisions
                if r.adopted_on < meeting.date
                or (r.adopted_on == meeting.date and r.meeting_id != meeting.id)
            )
        if not revisions:
            return None
        return self._session.revision_snapshot(revisions[-1].number)

    def _said_text(self, action: Action) -> str:
        baseline = self._promised()
        adopted = {a.id: a for a in baseline.actions} if baseline is not None else {}
        was = adopted.get(action.id, action)
        names = {o.id: o.name for o in self._session.organisations()}
        lines = []
        if baseline is None:
            lines.append(
                _tr("No revision was adopted before this meeting: this is the plan as it stands.")
            )
        elif action.id not in adopted:
            lines.append(_tr("New since the revision in force."))
        lines.append(
            _tr("{start} to {end}, led by {lead}").format(
                start=format_date(was.start_date) or "—",
                end=format_date(was.end_date) or "—",
                lead=names.get(was.lead_id or 0, "—"),
            )
        )
        moved = slippage(action, adopted) if baseline is not None else None
        if moved is not None and not moved.new:
            for days, what in ((moved.start_days, _tr("Start")), (moved.end_days, _tr("End"))):
                if days:
                    lines.append(
                        _tr("{what} now {days} {direction} than adopted").format(
                            what=what,
                            days=format_days(abs(days)),
                            direction=_tr("later") if days > 0 else _tr("earlier"),
                        )
                    )
            if moved.lead_changed:
                lines.append(
                    _tr("Lead now {lead}").format(lead=names.get(action.lead_id or 0, "—"))
                )
        for milestone in was.milestones:
            done = next((m.done for m in action.milestones if m.id == milestone.id), False)
            lines.append(
                f"{'☑' if done else '☐'} {milestone.title} · {format_date(milestone.date)}"
            )
        total = sum(line.amount for line in was.cost_lines)
        if total:
            spent = sum(spent_amount(line) for line in action.cost_lines)
            currency = self._session.profile().currency
            lines.append(
                _tr("Budget {total}, spent so far {spent}").format(
                    total=format_money(total, currency), spent=format_money(spent, currency)
                )
            )
        return "\n".join(lines)

    def commit_answers(self) -> None:
        """Keep what was typed in the four questions of the action shown."""
        for editor in self.questions.values():
            editor.commit()

    def step(self, delta: int) -> None:
        """Walk to the next (1) or previous (-1) action, keeping what was typed."""
        self.commit_answers()
        row = self.actions_list.currentRow() + delta
        if 0 <= row < self.actions_list.count():
            self.actions_list.setCurrentRow(row)

    def _on_action_changed(self, *_: object) -> None:
        self._show_action()

    def _save_answer(self, name: str, value: Any) -> None:
        meeting, action = self.meeting_id(), self._action_id
        if meeting is None or action is None:
            self.questions[name].revert()
            return
        if (
            self._session.run(
                self._session.document.review_action, meeting, action, **{name: value}
            )
            is None
        ):
            self.questions[name].revert()

    def _record_progress(self) -> None:
        action = self._current_action()
        if action is None:
            return
        for field in (self.report.on, self.report.start, self.report.end):
            typed = field.value()
            if isinstance(typed, str) and field.isEnabled():
                self._session.failed.emit(not_a_date(typed))
                field.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        reported_on = self.report.on.date()
        if reported_on is None or reported_on > self._today:  # a report tells what happened
            self._session.failed.emit(
                _tr("A progress report tells what has happened: date it today or earlier.")
            )
            self.report.on.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        fields = self.report.fields(action)
        note = self.report.note.text().strip()
        if not fields and not note:
            return
        record = self._session.run(
            self._session.document.record_progress, action.id, reported_on, note=note, **fields
        )
        if record is not None:
            self.report.load(self._current_action() or action, self._today)

    def _milestone_ticked(self, item: QListWidgetItem) -> None:
        milestone_id = item.data(ACTION_ID_ROLE)
        if milestone_id is not None:
            done = item.checkState() == Qt.CheckState.Checked
            self._session.run(self._session.document.update_milestone, int(milestone_id), done=done)

    # --- meetings and adoption -----------------------------------------------------------

    def _on_meeting_changed(self, *_: object) -> None:
        self._loaded = False  # another meeting's answers
        self.attendance.load(self._meeting())
        self._fill_actions()
        self._fill_adoption()

    def _new_meeting(self) -> None:
        record = self._session.run(
            self._session.document.add_meeting,
            title=_tr("Cluster Commission: review meeting"),
            date=self._today,
            meeting_type=MeetingType.REVIEW_MEETING,
        )
        if record is not None:
            self._fill_meetings()
            self.meeting.setCurrentIndex(self.meeting.findData(inserted_id(record, "meeting")))
            self.attendance_button.setChecked(True)

    def _show_adoption(self, shown: bool) -> None:
        self.adoption.setVisible(shown)
        if shown:
            self._fill_adoption()
            self.adoption.title_edit.setFocus()
            self.adoption.title_edit.selectAll()

    def _adopt(self) -> None:
        form = self.adoption
        typed = form.on.value()
        if not isinstance(typed, dt.date):
            self._session.failed.emit(not_a_date(str(typed or "")))
            form.on.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        record = self._session.run(
            self._session.document.adopt_revision,
            form.title_edit.text(),
            typed,
            meeting_id=self.meeting_id(),
            decision=form.decision.text().strip(),
            reason=form.reason.text().strip(),
        )
        if record is not None:
            for line in (form.title_edit, form.decision, form.reason):
                empty_line(line)
            self.adopt_toggle.setChecked(False)
            self._fill_adoption()
            self.adopted.emit(self._session.revisions()[-1].number)

    def _on_changed(self, record: ChangeRecord) -> None:
        tables = record.tables
        if tables & {"meeting", "attendance"}:
            self._fill_meetings()
        if (
            tables
            & {
                "action",
                "objective",
                "progress_entry",
                "action_review",
                "milestone",
                "cost_line",
                "revision",
            }
            or "meeting" in tables
        ):
            self._fill_actions()
        if tables & {"revision", "meeting"}:
            self._fill_adoption()
