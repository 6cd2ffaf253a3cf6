"""PlanChecksPanel: what to fix before the Commission endorses the plan, one entry per finding."""

from __future__ import annotations

import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import CashGap, cash_gaps, counted, violated_dependencies
from cluster_planner.domain.checks import (
    TOP_PER_QUADRANT,
    ImplausibleValue,
    PlanWarning,
    check_plan,
    implausible_values,
    milestones_outside,
)
from cluster_planner.domain.codes import action_codes, objective_code, objective_numbers
from cluster_planner.domain.enums import DependencyKind, Quadrant
from cluster_planner.domain.text import isolate
from cluster_planner.ui import theme
from cluster_planner.ui.formats import format_date, format_money, format_number, plural
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.plan_codes import screen_language
from cluster_planner.ui.vision_fields import ID_ROLE, scaled_font
from cluster_planner.ui.vocabulary import field_label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import Action, Dependency, Milestone
    from cluster_planner.domain.snapshot import PlanSnapshot
    from cluster_planner.ui.plan_session import PlanSession

# Long enough to coalesce a burst of edits (held Ctrl+Z, a pasted list), short enough to feel live.
REFRESH_DELAY_MS = 100

GROUP_ROLE = ID_ROLE + 1
K = TypeVar("K")
V = TypeVar("V")


class DeferredRefresh(QObject):
    """Calls ``refresh`` once after a burst of plan changes, and only while its widget is shown.

    Contract: changes that touch none of ``tables`` (every change when None) are ignored;
    changes seen while the widget is hidden only mark it stale, and the widget calls
    ``catch_up()`` from its ``showEvent``. The widget calls ``settle()`` whenever it has
    just refreshed. Only a weak reference to ``refresh`` is kept, so the widget and its
    helper never hold each other alive.
    """

    def __init__(
        self,
        widget: QWidget,
        session: PlanSession,
        refresh: Callable[[], None],
        tables: frozenset[str] | None = None,
        delay_ms: int = REFRESH_DELAY_MS,
    ) -> None:
        super().__init__(widget)
        self._refresh = weakref.WeakMethod(refresh)
        self._tables = tables
        self.stale = True
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._fire)
        session.changed.connect(self._on_changed)

    @property
    def pending(self) -> bool:
        """True while a refresh is scheduled."""
        return self._timer.isActive()

    def settle(self) -> None:
        """The widget is up to date: forget the stale mark and any scheduled refresh."""
        self.stale = False
        self._timer.stop()

    def catch_up(self) -> None:
        """Refresh now if changes came while the widget was hidden (call it from showEvent)."""
        if self.stale:
            self._call()

    def _shown(self) -> bool:
        widget = self.parent()
        return isinstance(widget, QWidget) and widget.isVisible()

    def _on_changed(self, record: ChangeRecord) -> None:
        if self._tables is not None and not (record.tables & self._tables):
            return
        self.stale = True
        if self._shown():
            self._timer.start()

    def _fire(self) -> None:
        if self.stale and self._shown():
            self._call()

    def _call(self) -> None:
        refresh = self._refresh()
        if refresh is not None:
            refresh()


# --- wording ------------------------------------------------------------------------------

# The groups of the list, in the order they are shown, and the codes each gathers.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("profile", ("profile_unnamed",)),
    ("commission", ("commission_empty", "commission_no_chair", "commission_no_women")),
    ("meetings", ("meeting_no_attendance",)),
    ("objectives", ("objective_no_actions",)),
    ("leads", ("action_no_lead",)),
    ("dates", ("action_no_dates", "action_end_before_start")),
    ("funding", ("cost_line_no_source",)),
    ("cash", ("partner_cash_unbudgeted",)),
    ("dependencies", ("dependency_violated",)),
    ("milestones", ("milestone_outside_action",)),
    ("indicators", ("objective_no_indicator", "indicator_value_implausible")),
    ("women", ("no_women_action",)),
    ("priorities", ("top_item_unanswered",)),
)
OTHER_GROUP = "other"
_GROUP_OF = {code: group for group, codes in GROUPS for code in codes}


def group_of(warning: PlanWarning) -> str:
    """The key of the group a warning is listed under."""
    return _GROUP_OF.get(warning.code, OTHER_GROUP)


def group_title(group: str, count: int) -> str:
    """The heading of one group of the list, with how many entries it holds."""
    translate = QCoreApplication.translate
    titles = {
        "profile": translate("plan_checks", "Cluster profile"),
        "commission": translate("plan_checks", "Cluster Commission"),
        "meetings": translate("plan_checks", "Meetings without attendance"),
        "objectives": translate("plan_checks", "Objectives without actions"),
        "leads": translate("plan_checks", "Actions without a lead organisation"),
        "dates": translate("plan_checks", "Action dates"),
        "funding": translate("plan_checks", "Cost lines without a source of funds"),
        "cash": translate("plan_checks", "Partner cash in no cost line"),
        "dependencies": translate("plan_checks", "Actions scheduled before what they wait for"),
        "milestones": translate("plan_checks", "Milestones outside their action's dates"),
        "indicators": translate("plan_checks", "Indicators missing or implausible"),
        "women": translate("plan_checks", "Women in the cluster"),
        "priorities": translate("plan_checks", "Top SWOT priorities no action answers"),
        OTHER_GROUP: translate("plan_checks", "Other findings"),
    }
    return translate("plan_checks", "{title} ({count})").format(
        title=titles.get(group, titles[OTHER_GROUP]), count=count
    )


def _days(count: int) -> str:
    return plural("plan_checks", "%n day(s)", count)


# Findings whose wording needs nothing from the plan, worded when asked (the language may change).
_FIXED_WORDING: dict[str, Callable[[], str]] = {
    "profile_unnamed": lambda: QCoreApplication.translate(
        "plan_checks", "The cluster has no name yet."
    ),
    "commission_empty": lambda: QCoreApplication.translate(
        "plan_checks", "Nobody is recorded as a member of the Cluster Commission."
    ),
    "commission_no_chair": lambda: QCoreApplication.translate(
        "plan_checks", "The Cluster Commission has no chair."
    ),
    "commission_no_women": lambda: QCoreApplication.translate(
        "plan_checks", "No woman sits on the Cluster Commission."
    ),
    "no_women_action": lambda: QCoreApplication.translate(
        "plan_checks",
        "No action is marked as addressing the constraints women face in the cluster.",
    ),
}


@dataclass
class WarningWords:
    """What the wording of the warnings needs from one snapshot: codes, titles, late links."""

    snapshot: PlanSnapshot
    codes: dict[int, str] = field(default_factory=dict)
    objective_number: dict[int, int] = field(default_factory=dict)
    actions: dict[int, Action] = field(default_factory=dict)
    # Per successor, the dependencies its dates break, in the order the checks report them.
    late: dict[int, list[tuple[Dependency, int]]] = field(default_factory=dict)
    # Per action, its milestones outside its dates and the partner cash no line holds; per
    # objective or action, its implausible indicator values: in the checks' order.
    outside: dict[int, list[Milestone]] = field(default_factory=dict)
    gaps: dict[int, list[CashGap]] = field(default_factory=dict)
    implausible: dict[tuple[str, int], list[ImplausibleValue]] = field(default_factory=dict)

    @classmethod
    def of(cls, snapshot: PlanSnapshot) -> WarningWords:
        """The wording context of ``snapshot``."""
        live = counted(snapshot.actions)
        late: dict[int, list[tuple[Dependency, int]]] = defaultdict(list)
        for dependency, days in violated_dependencies(live, snapshot.dependencies):
            late[dependency.successor_id].append((dependency, days))
        return cls(
            snapshot,
            action_codes(snapshot.objectives, snapshot.actions),
            objective_numbers(snapshot.objectives),
            {a.id: a for a in snapshot.actions},
            dict(late),
            {a.id: milestones_outside(a) for a in live},
            _grouped(cash_gaps(live, snapshot.organisations), lambda g: g.action.id),
            _grouped(implausible_values(snapshot), lambda v: (v.owner, v.owner_id)),
        )

    def texts(self, warnings: Sequence[PlanWarning]) -> list[str]:
        """Each warning in the UI's words, in order."""
        queues = {key: list(value) for key, value in self.late.items()}
        outside = {key: list(value) for key, value in self.outside.items()}
        gaps = {key: list(value) for key, value in self.gaps.items()}
        implausible = {key: list(value) for key, value in self.implausible.items()}
        texts = []
        for warning in warnings:
            link = None
            key = warning.entity_id or 0
            if warning.code == "dependency_violated" and queues.get(key):
                link = queues[key].pop(0)
            text = ""
            if warning.code == "milestone_outside_action" and outside.get(key):
                text = self._outside(key, outside[key].pop(0))
            elif warning.code == "partner_cash_unbudgeted" and gaps.get(key):
                text = self._gap(gaps[key].pop(0))
            elif warning.code == "indicator_value_implausible":
                found = implausible.get((warning.entity, key))
                if found:
                    text = self._implausible(found.pop(0))
            texts.append(text or self.text(warning, link))
        return texts

    def _outside(self, action_id: int, milestone: Milestone) -> str:
        action = self.actions[action_id]
        return QCoreApplication.translate(
            "plan_checks",
            "{action}: milestone “{title}” on {date} is outside the action's dates "
            "({start} – {end}).",
        ).format(
            action=self._action_name(action_id),
            title=milestone.title,
            date=format_date(milestone.date),
            start=format_date(action.start_date),
            end=format_date(action.end_date),
        )

    def _gap(self, gap: CashGap) -> str:
        currency = self.snapshot.profile.currency.strip()
        organisation = next(
            (o.name for o in self.snapshot.organisations if o.id == gap.organisation_id), "?"
        )
        return QCoreApplication.translate(
            "plan_checks",
            "{action}: {organisation} brings {brought} in cash, but the action's cost lines "
            "hold {held} of it; {missing} is in no cost line of the budget.",
        ).format(
            action=self._action_name(gap.action.id),
            organisation=isolate(organisation),
            brought=format_money(gap.brought, currency),
            held=format_money(gap.held, currency),
            missing=format_money(gap.missing, currency),
        )

    def _implausible(self, bad: ImplausibleValue) -> str:
        translate = QCoreApplication.translate
        indicator = bad.indicator
        if bad.owner == "objective":
            owner = objective_code(self.objective_number.get(bad.owner_id, 0), screen_language())
        else:
            owner = self.codes.get(bad.owner_id, "")
        what = {
            "target": translate("plan_checks", "the target of “{name}”"),
            "baseline": translate("plan_checks", "the baseline of “{name}”"),
            "measured": translate("plan_checks", "the value of “{name}” measured on {date}"),
        }[bad.which].format(name=indicator.name, date=format_date(bad.measured_on))
        template = {
            "over_100": translate("plan_checks", "{owner}: {what} is {value}, more than 100 %."),
            "below_0": translate("plan_checks", "{owner}: {what} is {value}, below 0 %."),
            "decimals": translate(
                "plan_checks", "{owner}: {what} is {value}: a count has no decimals."
            ),
            "negative": translate(
                "plan_checks", "{owner}: {what} is {value}: a count is never below 0."
            ),
            "not_a_number": translate(
                "plan_checks", "{owner}: {what} is {value}: that is not a number."
            ),
        }[bad.why]
        value = f"{format_number(bad.value)} {indicator.unit.strip()}".strip()
        return template.format(owner=owner, what=what, value=value)

    def _action_name(self, action_id: int | None) -> str:
        action = self.actions.get(action_id or 0)
        if action is None:
            return ""
        return QCoreApplication.translate("plan_checks", "{code} “{title}”").format(
            code=self.codes.get(action.id, ""), title=isolate(action.title)
        )

    def text(self, warning: PlanWarning, link: tuple[Dependency, int] | None = None) -> str:
        """One warning in the UI's words; the core's English sentence for codes it does not know.

        ``link`` is the broken dependency and its days late, for ``dependency_violated``.
        """
        translate = QCoreApplication.translate
        code = warning.code
        if code in _FIXED_WORDING:
            return _FIXED_WORDING[code]()
        if code == "meeting_no_attendance":
            meeting = next((m for m in self.snapshot.meetings if m.id == warning.entity_id), None)
            if meeting is not None:
                return translate(
                    "plan_checks", "The meeting “{title}” has no attendance recorded."
                ).format(title=meeting.title)
        elif code == "objective_no_indicator":
            objective = next(
                (o for o in self.snapshot.objectives if o.id == warning.entity_id), None
            )
            if objective is not None:
                code_text = objective_code(
                    self.objective_number.get(objective.id, 0), screen_language()
                )
                return translate(
                    "plan_checks",
                    "Objective {code} “{title}” has no indicator: nobody can tell whether it "
                    "is reached.",
                ).format(code=code_text, title=objective.title)
        elif code == "objective_no_actions":
            objective = next(
                (o for o in self.snapshot.objectives if o.id == warning.entity_id), None
            )
            if objective is not None:
                code = objective_code(self.objective_number.get(objective.id, 0), screen_language())
                return translate(
                    "plan_checks", "Objective {code} “{title}” has no action yet."
                ).format(code=code, title=objective.title)
        elif code == "top_item_unanswered":
            text = self._unanswered(warning)
            if text:
                return text
        elif code == "dependency_violated":
            text = self._late(warning, link)
            if text:
                return text
        else:
            text = self._action_text(warning)
            if text:
                return text
        return warning.message

    def _action_text(self, warning: PlanWarning) -> str:
        translate = QCoreApplication.translate
        action = self.actions.get(warning.entity_id or 0)
        if action is None:
            return ""
        name = self._action_name(action.id)
        if warning.code == "action_no_lead":
            return translate("plan_checks", "{action} has no lead organisation.").format(
                action=name
            )
        if warning.code == "action_no_dates":
            if action.start_date is None and action.end_date is None:
                template = translate("plan_checks", "{action} has no dates yet.")
            elif action.start_date is None:
                template = translate("plan_checks", "{action} has no start date.")
            else:
                template = translate("plan_checks", "{action} has no end date.")
            return template.format(action=name)
        if warning.code == "action_end_before_start":
            return translate("plan_checks", "{action} ends before it starts.").format(action=name)
        if warning.code == "cost_line_no_source":
            count = sum(1 for line in action.cost_lines if line.source is None)
            return plural(
                "plan_checks", "{action} has %n cost line(s) that do not say who pays.", count
            ).format(action=name)
        return ""

    def _late(self, warning: PlanWarning, link: tuple[Dependency, int] | None) -> str:
        if link is None:
            return ""
        translate = QCoreApplication.translate
        dependency, days = link
        templates = {
            DependencyKind.FINISH_TO_START: translate(
                "plan_checks",
                "{action} starts {days} too early: it waits until {predecessor} has finished.",
            ),
            DependencyKind.START_TO_START: translate(
                "plan_checks",
                "{action} starts {days} too early: it waits until {predecessor} has started.",
            ),
            DependencyKind.FINISH_TO_FINISH: translate(
                "plan_checks",
                "{action} finishes {days} too early: it may finish only once {predecessor} "
                "has finished.",
            ),
            DependencyKind.START_TO_FINISH: translate(
                "plan_checks",
                "{action} finishes {days} too early: it may finish only once {predecessor} "
                "is about to start.",
            ),
        }
        text = templates[dependency.kind].format(
            action=self._action_name(dependency.successor_id),
            days=_days(days),
            predecessor=self._action_name(dependency.predecessor_id),
        )
        if dependency.lag_days:
            text += " " + translate("plan_checks", "The link adds a lag of {days}.").format(
                days=_days(dependency.lag_days)
            )
        return text

    def _unanswered(self, warning: PlanWarning) -> str:
        item = next((i for i in self.snapshot.swot_items if i.id == warning.entity_id), None)
        if item is None:
            return ""
        top = TOP_PER_QUADRANT
        templates = {
            Quadrant.STRENGTH: plural(
                "plan_checks", "No action builds on “{item}”, one of the top %n strength(s).", top
            ),
            Quadrant.WEAKNESS: plural(
                "plan_checks", "No action answers “{item}”, one of the top %n weakness(es).", top
            ),
            Quadrant.OPPORTUNITY: plural(
                "plan_checks",
                "No action seizes “{item}”, one of the top %n opportunity(ies).",
                top,
            ),
            Quadrant.THREAT: plural(
                "plan_checks", "No action counters “{item}”, one of the top %n threat(s).", top
            ),
        }
        return templates[item.quadrant].format(item=item.statement)


def _grouped(values: Iterable[V], key: Callable[[V], K]) -> dict[K, list[V]]:
    found: dict[K, list[V]] = defaultdict(list)
    for value in values:
        found[key(value)].append(value)
    return dict(found)


def warning_texts(snapshot: PlanSnapshot, warnings: Sequence[PlanWarning]) -> list[str]:
    """Each warning of ``snapshot`` in the UI's words, in order."""
    return WarningWords.of(snapshot).texts(warnings)


def open_checks_text(snapshot: PlanSnapshot) -> str:
    """A line for a form that adopts the plan or the vision: how many plan checks are still
    open (empty when none), so the meeting knows before it adopts; adopting stays allowed."""
    count = len(check_plan(snapshot))
    if not count:
        return ""
    return plural(
        "plan_checks",
        "The plan checks list %n thing(s) to fix (Action plan ▸ Plan checks); adopting now "
        "keeps them as they are.",
        count,
    )


def heading_text(count: int) -> str:
    """The panel's heading: how many things are left to fix."""
    translate = QCoreApplication.translate
    if count == 0:
        return translate("plan_checks", "Nothing to fix: the plan is ready to be endorsed")
    return plural("plan_checks", "%n thing(s) to fix before the plan is endorsed", count)


def _key(warning: PlanWarning) -> tuple[str, str, int | None, str]:
    return warning.code, warning.entity, warning.entity_id, warning.field


class PlanChecksPanel(QWidget):
    """The plan's checks as a list grouped by kind; activating an entry asks to go and fix it.

    Contract: reads a session snapshot (plain queries); after changes it recomputes once,
    shortly after the last one, and only while shown (or when ``refresh`` is called).
    """

    jump_requested = Signal(object)  # the PlanWarning whose record and field to open

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plan_checks_panel")
        self._session = session
        self._warnings: list[PlanWarning] = []
        self._texts: list[str] = []
        self._collapsed: set[str] = set()

        self.heading = QLabel(heading_text(0))
        self.heading.setObjectName("plan_checks_heading")
        self.heading.setWordWrap(True)
        theme.set_role(self.heading, theme.HEADING)
        self.list = QTreeWidget()
        self.list.setObjectName("plan_checks_list")
        self.list.setHeaderHidden(True)
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setIndentation(18)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        # One column as wide as the list, so long findings wrap instead of running off.
        self.list.header().setStretchLastSection(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setFont(scaled_font(self.font(), 1.1))
        self.list.itemActivated.connect(self._activated)
        self.list.itemCollapsed.connect(self._remember_expansion)
        self.list.itemExpanded.connect(self._remember_expansion)
        self.heading.setBuddy(self.list)
        self.hint = QLabel(
            QCoreApplication.translate(
                "plan_checks", "Double-click an entry, or select it and press {key}, to fix it."
            ).format(key=key_name("Enter"))
        )
        self.hint.setObjectName("plan_checks_hint")
        self.hint.setWordWrap(True)
        theme.set_role(self.hint, theme.HINT)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self._updates = DeferredRefresh(self, session, self.refresh)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the panel was hidden."""
        super().showEvent(event)
        self._updates.catch_up()

    # --- reading -------------------------------------------------------------------------

    def warnings(self) -> list[PlanWarning]:
        """The warnings listed, as of the last refresh, in the order the checks found them."""
        return list(self._warnings)

    def texts(self) -> list[str]:
        """The entries' texts, as listed (group by group)."""
        return [entry.text(0) for entry in self._entries()]

    @property
    def refresh_pending(self) -> bool:
        """True when changes wait to be reflected (the panel is hidden or about to refresh)."""
        return self._updates.stale

    def refresh(self) -> None:
        """Run the checks on a fresh snapshot and list what they find, keeping the selection."""
        self._updates.settle()
        snapshot = self._session.snapshot()
        warnings = check_plan(snapshot)
        if warnings == self._warnings and self.list.topLevelItemCount() > 0:
            return
        texts = warning_texts(snapshot, warnings)
        current = self.current_warning()
        entry = self.list.currentItem()
        row = self._entries().index(entry) if current is not None and entry is not None else -1
        self._warnings, self._texts = warnings, texts
        self._fill()
        self.heading.setText(heading_text(len(warnings)))
        self._restore(current, row)

    def current_warning(self) -> PlanWarning | None:
        """The warning of the selected entry, or None (no selection, or a group heading)."""
        entry = self.list.currentItem()
        if entry is None or entry.data(0, ID_ROLE) is None:
            return None
        return self._warnings[int(entry.data(0, ID_ROLE))]

    def select_warning(self, warning: PlanWarning) -> bool:
        """Select the entry of ``warning``; False when it is not listed."""
        for entry in self._entries():
            if _key(self._warnings[int(entry.data(0, ID_ROLE))]) == _key(warning):
                self.list.setCurrentItem(entry)
                return True
        return False

    # --- list ----------------------------------------------------------------------------

    def _fill(self) -> None:
        grouped: dict[str, list[int]] = defaultdict(list)
        for index, warning in enumerate(self._warnings):
            grouped[group_of(warning)].append(index)
        order = [group for group, _codes in GROUPS] + [OTHER_GROUP]
        bold = scaled_font(self.list.font(), 1.0, bold=True)
        fields: dict[str, str] = {}  # field labels, worded once per refresh
        self.list.setUpdatesEnabled(False)
        self.list.blockSignals(True)
        self.list.clear()
        for group in order:
            indexes = grouped.get(group)
            if not indexes:
                continue
            heading = QTreeWidgetItem(self.list, [group_title(group, len(indexes))])
            heading.setData(0, GROUP_ROLE, group)
            heading.setFont(0, bold)
            heading.setForeground(0, QBrush(QColor("#8a4b00")))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for index in indexes:
                text = self._texts[index]
                entry = QTreeWidgetItem(heading, [text])
                entry.setData(0, ID_ROLE, index)
                entry.setToolTip(0, self._tooltip(self._warnings[index], text, fields))
            heading.setExpanded(group not in self._collapsed)
        self.list.blockSignals(False)
        self.list.setUpdatesEnabled(True)

    @staticmethod
    def _tooltip(warning: PlanWarning, text: str, fields: dict[str, str]) -> str:
        if not warning.field:
            return text
        if warning.field not in fields:
            fields[warning.field] = field_label(warning.field)
        return QCoreApplication.translate("plan_checks", "{text}\nTo fix: {field}").format(
            text=text, field=fields[warning.field]
        )

    def _restore(self, current: PlanWarning | None, row: int) -> None:
        if current is not None and self.select_warning(current):
            return
        entries = self._entries()
        if entries:
            # The entry just fixed is gone: its neighbour is the next thing to fix
            # (or, at first, the first thing), so Enter works straight away.
            self.list.setCurrentItem(entries[min(max(row, 0), len(entries) - 1)])

    def _entries(self) -> list[QTreeWidgetItem]:
        entries = []
        for group_row in range(self.list.topLevelItemCount()):
            heading = self.list.topLevelItem(group_row)
            if heading is None:
                continue
            for row in range(heading.childCount()):
                child = heading.child(row)
                if child is not None:
                    entries.append(child)
        return entries

    def _remember_expansion(self, item: QTreeWidgetItem) -> None:
        group = item.data(0, GROUP_ROLE)
        if group is None:
            return
        if item.isExpanded():
            self._collapsed.discard(str(group))
        else:
            self._collapsed.add(str(group))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        index = item.data(0, ID_ROLE)
        if index is None:
            return
        self.jump_requested.emit(self._warnings[int(index)])
