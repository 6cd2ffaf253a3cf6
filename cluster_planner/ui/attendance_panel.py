"""The attendance of one meeting: a checkable list of the register and its live tallies."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from cluster_planner.domain.attendance import tally
from cluster_planner.domain.enums import Sex
from cluster_planner.ui import theme
from cluster_planner.ui.fixed_ticks import ItemDelegate
from cluster_planner.ui.formats import plural
from cluster_planner.ui.registers import NONE_LABEL
from cluster_planner.ui.vocabulary import label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import Meeting
    from cluster_planner.ui.plan_session import PlanSession

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("attendance_panel", text)


class AttendancePanel(QWidget):
    """Who attended the selected meeting; ticking a person is one undoable change."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._meeting: Meeting | None = None
        heading = QLabel(_tr("Attendance"))
        theme.set_role(heading, theme.HEADING)
        hint = QLabel(
            _tr("Tick everyone who attended. Space ticks the highlighted person."), wordWrap=True
        )
        theme.set_role(hint, theme.HINT)
        self.people_list = QListWidget()
        self.people_list.setObjectName("attendance_list")
        self.people_list.setAlternatingRowColors(True)
        # In a read-only plan nobody can be ticked: the boxes are drawn greyed.
        self.people_list.setItemDelegate(ItemDelegate(self.people_list))
        self.people_list.setMinimumHeight(200)
        self.people_list.itemChanged.connect(self._on_item_changed)
        self.tally_label = QLabel(wordWrap=True)
        self.tally_label.setObjectName("attendance_tally")
        self.tally_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tally_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(self.tally_label)
        layout.addWidget(self.people_list, 1)
        session.changed.connect(self._on_changed)

    def load(self, meeting: Meeting | None) -> None:
        """Show the attendance of ``meeting`` (None: nothing)."""
        self._meeting = meeting
        self._fill()

    def checked_ids(self) -> list[int]:
        """The people ticked in the list, in list order."""
        return [
            int(item.data(PERSON_ID_ROLE))
            for item in map(self.people_list.item, range(self.people_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _fill(self) -> None:
        meeting = self._meeting
        people = sorted(self._session.people(), key=lambda p: p.name.casefold())
        organisations = {o.id: o for o in self._session.organisations()}
        attended = set(meeting.attendee_ids) if meeting is not None else set()
        wanted = [p.id for p in people]
        current = [
            self.people_list.item(row).data(PERSON_ID_ROLE)
            for row in range(self.people_list.count())
        ]
        self.people_list.blockSignals(True)
        # Rebuilding would lose the scroll position while people are being ticked.
        if current != wanted:
            self.people_list.clear()
            for person in people:
                item = QListWidgetItem()
                item.setData(PERSON_ID_ROLE, person.id)
                self.people_list.addItem(item)
        for row, person in enumerate(people):
            item = self.people_list.item(row)
            org = organisations.get(person.organisation_id) if person.organisation_id else None
            # The acronym keeps the line short enough to read in a narrow column.
            where = (org.acronym or org.name) if org else NONE_LABEL
            item.setText(f"{person.name} — {where}")
            item.setToolTip(org.name if org else "")
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if not self._session.read_only:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in attended else Qt.CheckState.Unchecked
            )
        self.people_list.blockSignals(False)
        self._show_tally()

    def _show_tally(self) -> None:
        meeting = self._meeting
        self._reserve()
        if meeting is None:
            self.tally_label.clear()
            return
        self.tally_label.setText(self._tally_text(meeting))

    def _reserve(self) -> None:
        """Hold the tally's height at what the longest tally needs (everyone ticked) at this
        width: ticking people changes its words, never where the list starts."""
        width = self.tally_label.contentsRect().width()
        if width <= 0 or self._meeting is None:
            return
        everyone = dataclasses.replace(
            self._meeting, attendee_ids=tuple(p.id for p in self._session.people())
        )
        metrics = self.tally_label.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        height = max(
            metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height()
            for text in (self._tally_text(everyone), self._tally_text(self._meeting))
        )
        margins = self.tally_label.contentsMargins()
        self.tally_label.setFixedHeight(height + margins.top() + margins.bottom() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrower column wraps the tally into more lines: reserve them."""
        super().resizeEvent(event)
        self._reserve()

    def _tally_text(self, meeting: Meeting) -> str:
        people = {p.id: p for p in self._session.people()}
        organisations = {o.id: o for o in self._session.organisations()}
        counts = tally(meeting, people, organisations)
        if not counts.total:
            return _tr("Nobody is recorded as attending yet.")
        by_sex = plural(
            "attendance_panel", "%n attended: {women}, {men}, {unrecorded}", counts.total
        ).format(
            women=plural("attendance_panel", "%n women", counts.by_sex.get(Sex.FEMALE, 0)),
            men=plural("attendance_panel", "%n men", counts.by_sex.get(Sex.MALE, 0)),
            unrecorded=plural(
                "attendance_panel", "%n not recorded", counts.by_sex.get(Sex.UNSPECIFIED, 0)
            ),
        )
        types = sorted(
            counts.by_stakeholder_type.items(),
            key=lambda item: (-item[1], label(item[0]) if item[0] else ""),
        )
        by_type = " · ".join(
            f"{label(kind) if kind is not None else _tr('No organisation')} {count}"
            for kind, count in types
        )
        return _tr("{by_sex}\nBy stakeholder type: {by_type}").format(
            by_sex=by_sex, by_type=by_type
        )

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        if self._meeting is None:
            return
        if (
            self._session.run(
                self._session.document.set_attendance, self._meeting.id, self.checked_ids()
            )
            is None
        ):
            self._fill()

    def _on_changed(self, record: ChangeRecord) -> None:
        if self._meeting is None or not record.tables & {"person", "organisation", "attendance"}:
            return
        self._meeting = next(
            (m for m in self._session.meetings() if m.id == self._meeting.id), None
        )
        self._fill()
