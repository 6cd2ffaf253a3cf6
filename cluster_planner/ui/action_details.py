"""ActionDetails: the selected action in tabs, with its partners, budget and indicators tabs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import budget_summary
from cluster_planner.domain.enums import ContributionKind, FundingSource, FundingStatus
from cluster_planner.domain.review import spent_amount
from cluster_planner.ui import theme
from cluster_planner.ui.action_detail_tables import (
    ActionContext,
    ActionTab,
    AddBar,
    Column,
    PartSection,
    PartTable,
    PartTableModel,
    fill_combo,
    make_combo,
    organisation_choices,
    tr,
)
from cluster_planner.ui.action_detail_tabs import (
    AnswersTab,
    BeneficiariesTab,
    GeneralTab,
    ScheduleTab,
)
from cluster_planner.ui.form_fields import Choices, Kind, ask_before_discarding
from cluster_planner.ui.formats import contribution_amount, format_money
from cluster_planner.ui.indicator_form import IndicatorForm, parse_number
from cluster_planner.ui.key_names import key_name
from cluster_planner.ui.text_undo import empty_line
from cluster_planner.ui.vocabulary import choices, field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.domain.entities import Action, Indicator
    from cluster_planner.ui.plan_session import PlanSession
    from cluster_planner.ui.prompter import Prompter

# The tables whose change alters what the details show.
WATCHED_TABLES = frozenset(
    {
        "action",
        "action_option",
        "action_item",
        "action_partner",
        "milestone",
        "cost_line",
        "indicator",
        "dependency",
        "objective",
        "organisation",
        "strategic_option",
        "option_item",
        "swot_item",
        "voting_round",
        "vote_tally",
        "cluster_profile",
        "baseline_figure",
    }
)


def _line(name: str, title: str, placeholder: str = "") -> QLineEdit:
    """A text field of an add bar, named ``title``; the placeholder shows an example."""
    line = QLineEdit()
    line.setObjectName(name)
    line.setAccessibleName(title)
    line.setPlaceholderText(placeholder or title)
    return line


def _amount(bar_input: QLineEdit, tab: ActionTab, optional: bool) -> tuple[bool, float | None]:
    """(readable, amount) typed in ``bar_input``; an unreadable amount is reported by ``tab``."""
    text = bar_input.text().strip()
    amount = parse_number(text) if text else None
    if amount is None and (text or not optional):
        tab.problem.emit(
            tr("“{text}” is not an amount: type a number such as 1500.").format(text=text)
            if text
            else tr("Type the amount first.")
        )
        bar_input.setFocus(Qt.FocusReason.OtherFocusReason)
        return False, None
    return True, amount


class PartnersTab(ActionTab):
    """The organisations taking part besides the lead, with what each brings."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("action_partners_tab")
        hint = QLabel(tr("The lead organisation is set on the General tab."))
        theme.set_role(hint, theme.HINT)
        self.form.addRow(hint)
        self.organisation = make_combo("partner_organisation")
        self.contribution = make_combo("partner_contribution", field_label("contribution"))
        fill_combo(self.contribution, choices(ContributionKind))
        self.amount = _line("partner_amount", tr("Amount or days"))
        self.description = _line(
            "partner_description",
            field_label("description"),
            tr("What it brings, e.g. stand design"),
        )
        bar = AddBar(
            [[self.organisation, self.contribution], [self.amount, self.description]],
            tr("Add partner"),
            "partner_add",
        )
        bar.submitted.connect(self.add_partner)
        columns = [
            Column(
                "organisation_id",
                Kind.CHOICE,
                choices=self._table_choices,
                describe=context.organisation_name,
            ),
            Column("contribution", Kind.CHOICE, choices=lambda: choices(ContributionKind)),
            Column(
                "amount",
                Kind.NUMBER,
                optional=True,
                title=lambda: tr("Amount or days"),
                describe_entry=lambda partner: contribution_amount(
                    partner.contribution, partner.amount, context.session.profile().currency
                ),
            ),
            Column("description", stretch=True),
        ]
        self.parts = PartSection(
            self,
            "partners",
            columns,
            (self.context.document.update_partner, self.context.document.delete_partner),
            bar,
            (tr("&Organisations"), tr("New pa&rtner")),
            tr("Re&move partner"),
        )
        self.set_chain(self.parts.chain())

    def _table_choices(self) -> Choices:
        action = self.context.action
        lead = action.lead_id if action is not None else None
        return organisation_choices(self.context.session, None, leave_out=[lead])

    def load(self, action: Action, same: bool) -> None:
        self.parts.model.set_rows(action.partners)
        taken = [action.lead_id, *(p.organisation_id for p in action.partners)]
        fill_combo(self.organisation, organisation_choices(self.context.session, None, taken))

    def add_partner(self) -> None:
        """Add the organisation chosen in the bar as a partner (one undo step)."""
        action = self.context.action
        organisation_id = self.organisation.currentData()
        if action is None:
            return
        if organisation_id is None:
            self.problem.emit(tr("Every organisation of the register already takes part."))
            return
        readable, amount = _amount(self.amount, self, optional=True)
        if not readable:
            return
        record = self.context.run(
            self.context.document.add_partner,
            action.id,
            organisation_id=organisation_id,
            contribution=self.contribution.currentData(),
            amount=amount,
            description=self.description.text().strip(),
        )
        if self.parts.added(record, "action_partner"):
            empty_line(self.amount)
            empty_line(self.description)

    def set_read_only(self, read_only: bool) -> None:
        self.parts.set_read_only(read_only)

    def focus_widget(self, field: str) -> QWidget | None:
        return self.parts.focus_widget() if field == "partners" else None


class BudgetTab(ActionTab):
    """Cost-share lines (who pays what, how sure it is) and the action's totals."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("action_budget")
        self.description = _line(
            "cost_line_description", tr("What it pays for"), tr("What it pays for, e.g. rental")
        )
        self.amount = _line("cost_line_amount", field_label("amount"))
        self.source = make_combo("cost_line_source", field_label("source"))
        fill_combo(self.source, _source_choices())
        self.status = make_combo("cost_line_status", field_label("status"))
        fill_combo(self.status, choices(FundingStatus))
        self.payer = make_combo("cost_line_payer", tr("Paid by"))
        bar = AddBar(
            [[self.description, self.amount], [self.source, self.status, self.payer]],
            tr("Add line"),
            "cost_line_add",
        )
        bar.submitted.connect(self.add_line)
        columns = [
            Column("description", stretch=True),
            Column("amount", Kind.NUMBER),
            Column("spent", Kind.NUMBER, title=lambda: tr("Spent so far"), optional=True),
            Column("source", Kind.CHOICE, choices=_source_choices),
            Column("status", Kind.CHOICE, choices=lambda: choices(FundingStatus)),
            Column(
                "organisation_id",
                Kind.CHOICE,
                title=lambda: tr("Paid by"),
                choices=self._payer_choices,
            ),
        ]
        self.parts = PartSection(
            self,
            "cost_lines",
            columns,
            (self.context.document.update_cost_line, self.context.document.delete_cost_line),
            bar,
            (tr("Cost-share &lines"), tr("New li&ne")),
            tr("Re&move line"),
        )
        self.total = QLabel()
        self.total.setObjectName("budget_total")
        theme.set_role(self.total, theme.HEADING)
        self.by_source = QLabel()
        self.by_source.setObjectName("budget_by_source")
        self.by_status = QLabel()
        self.by_status.setObjectName("budget_by_status")
        totals = QGridLayout()
        totals.setHorizontalSpacing(32)
        for column, (caption, text) in enumerate(
            ((tr("By source"), self.by_source), (tr("By status"), self.by_status))
        ):
            heading = QLabel(caption)
            heading.setStyleSheet("font-weight: 600;")
            totals.addWidget(heading, 0, column, Qt.AlignmentFlag.AlignTop)
            totals.addWidget(text, 1, column, Qt.AlignmentFlag.AlignTop)
        totals.setColumnStretch(2, 1)
        self.form.addRow(tr("Total"), self.total)
        self.form.addRow("", totals)
        self.set_chain(self.parts.chain())

    def _payer_choices(self) -> Choices:
        return organisation_choices(self.context.session, tr("— none named —"))

    def load(self, action: Action, same: bool) -> None:
        self.parts.model.set_rows(action.cost_lines)
        fill_combo(self.payer, self._payer_choices())
        currency = self.context.session.profile().currency
        summary = budget_summary(action.cost_lines)
        self.total.setText(format_money(summary.total, currency))
        sources: list[FundingSource | None] = [*FundingSource, None]
        self.by_source.setText(
            "\n".join(
                f"{_source_label(source)}: {format_money(summary.by_source[source], currency)}"
                for source in sources
                if source in summary.by_source
            )
            or tr("No cost-share line yet.")
        )
        spent = sum(spent_amount(line) for line in action.cost_lines)
        self.by_status.setText(
            "\n".join(
                [
                    f"{label(status)}: {format_money(summary.by_status.get(status, 0.0), currency)}"
                    for status in FundingStatus
                ]
                + [tr("Paid out so far: {amount}").format(amount=format_money(spent, currency))]
            )
        )

    def add_line(self) -> None:
        """Add the cost-share line typed in the bar (one undo step)."""
        action = self.context.action
        if action is None:
            return
        readable, amount = _amount(self.amount, self, optional=False)
        if not readable:
            return
        record = self.context.run(
            self.context.document.add_cost_line,
            action.id,
            amount=amount,
            description=self.description.text().strip(),
            source=self.source.currentData(),
            status=self.status.currentData(),
            organisation_id=self.payer.currentData(),
        )
        if self.parts.added(record, "cost_line"):
            empty_line(self.description)
            empty_line(self.amount)

    def set_read_only(self, read_only: bool) -> None:
        self.parts.set_read_only(read_only)

    def focus_widget(self, field: str) -> QWidget | None:
        return self.parts.focus_widget() if field == "cost_lines" else None


def _source_label(source: FundingSource | None) -> str:
    return label(source) if source is not None else tr("Source not said")


def _source_choices() -> Choices:
    return [(tr("— source not said —"), None), *choices(FundingSource)]


class ActionIndicatorForm(IndicatorForm):
    """The indicator form for an action's indicators (added with add_action_indicator)."""

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("action_indicator_form")
        self.action_id: int | None = None

    def start(self, action_id: int, indicator: Indicator | None) -> None:
        """Fill the form with ``indicator`` of ``action_id`` (None: a new one)."""
        self.action_id = action_id
        super().start(action_id, indicator)
        self.heading.setText(
            tr("Change the indicator") if indicator else tr("A new indicator for this action")
        )

    def save(self) -> None:
        """Add or change the indicator (one undo step)."""
        if self.action_id is None or self._session.read_only:
            return
        values = self.values()
        for name in ("baseline_value", "target_value"):
            text = self.fields[name].text().strip()
            from_figure = name == "baseline_value" and self._chosen_figure() is not None
            if text and values[name] is None and not from_figure:
                self.problem.emit(
                    tr("{field} was not saved: “{text}” is not a number.").format(
                        field=field_label(name), text=text
                    )
                )
                return
        if self.indicator_id is None:
            record = self._session.run(
                self._session.document.add_action_indicator, self.action_id, **values
            )
        else:
            record = self._session.run(
                self._session.document.update_indicator, self.indicator_id, **values
            )
        if record is not None:
            self.saved.emit()


class IndicatorsTab(ActionTab):
    """How the action's results are measured; cells edit in place, the form does the rest."""

    def __init__(self, context: ActionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("action_indicators_tab")
        columns = [
            Column("name", stretch=True),
            Column("unit"),
            Column("baseline_value", Kind.NUMBER, optional=True),
            Column("target_value", Kind.NUMBER, optional=True),
            Column("means_of_verification"),
            Column("frequency"),
            Column("responsible_id", Kind.CHOICE, choices=self._responsible_choices),
        ]
        self.model = PartTableModel(
            columns, context.updater(context.document.update_indicator), self
        )
        self.model.problem.connect(self.problem.emit)
        self.table = PartTable(self.model, "action_indicators")
        self.table.setAccessibleName(tr("Indicators of the action"))
        self.table.remove_requested.connect(self.delete_indicator)
        self.new_button = QPushButton(tr("&New indicator"))
        self.new_button.setObjectName("action_indicator_add")
        self.new_button.clicked.connect(self.add_indicator)
        self.edit_button = QPushButton(tr("Change indica&tor"))
        self.edit_button.setObjectName("action_indicator_edit")
        self.edit_button.clicked.connect(self.edit_indicator)
        self.delete_button = QPushButton(tr("De&lete indicator"))
        self.delete_button.setObjectName("action_indicator_delete")
        self.delete_button.clicked.connect(self.delete_indicator)
        self.indicator_form = ActionIndicatorForm(context.session)
        self.indicator_form.saved.connect(self.close_form)
        self.indicator_form.closed.connect(self.close_form)
        self.indicator_form.problem.connect(self.problem.emit)
        table_page = QWidget()
        page_layout = QVBoxLayout(table_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        page_layout.addLayout(buttons)
        self.table_page = table_page
        self.stack = QStackedWidget()
        self.stack.addWidget(table_page)
        self.stack.addWidget(self.indicator_form)
        self.add_row(tr("&Measured by"), self.stack, self.table)
        self.set_chain([self.table, self.new_button, self.edit_button, self.delete_button])
        self._read_only = False

    def _responsible_choices(self) -> Choices:
        return organisation_choices(self.context.session, tr("— none —"))

    def editing(self) -> bool:
        """True while the indicator form is open."""
        return self.stack.currentWidget() is self.indicator_form

    def load(self, action: Action, same: bool) -> None:
        self.model.set_rows(action.indicators)
        if self.editing() and self.indicator_form.action_id != action.id:
            self.close_form()
        self._update_buttons()

    def add_indicator(self) -> None:
        """Open the form on a new indicator of the action."""
        action = self.context.action
        if action is None or self._read_only:
            return
        self.stack.setCurrentWidget(self.indicator_form)
        self.indicator_form.start(action.id, None)

    def edit_indicator(self) -> None:
        """Open the form on the selected indicator."""
        action = self.context.action
        indicator_id = self.table.selected_id()
        if action is None or indicator_id is None or self._read_only:
            return
        indicator = next(i for i in action.indicators if i.id == indicator_id)
        self.stack.setCurrentWidget(self.indicator_form)
        self.indicator_form.start(action.id, indicator)

    def close_form(self) -> None:
        """Back to the indicators table."""
        self.indicator_form.discard.done()
        self.stack.setCurrentWidget(self.table_page)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_indicator(self) -> None:
        """Delete the selected indicator (one undo step)."""
        indicator_id = self.table.selected_id()
        if indicator_id is not None and not self.editing():
            self.context.run(self.context.document.delete_indicator, indicator_id)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.model.read_only = read_only
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.new_button.setEnabled(not self._read_only)
        self.edit_button.setEnabled(not self._read_only and has_rows)
        self.delete_button.setEnabled(not self._read_only and has_rows)

    def focus_widget(self, field: str) -> QWidget | None:
        if field != "indicators":
            return None
        return self.table if self.model.rowCount() else self.new_button


class WheelGuard(QObject):
    """Lets drop-downs and number boxes take wheel turns only while they have the keyboard.

    Scrolling the details with the mouse wheel must never change (and save) the field
    the pointer happens to cross; the turn scrolls the tab instead.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() != QEvent.Type.Wheel
            or not isinstance(watched, QWidget)
            or watched.hasFocus()
        ):
            return False
        area = watched.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QCoreApplication.sendEvent(area.verticalScrollBar(), event)
        return True


TabT = TypeVar("TabT", bound=ActionTab)

# The tabs in order: (name, how to build it, its title with a mnemonic).
_TABS: tuple[tuple[str, Callable[[ActionContext], ActionTab], Callable[[], str]], ...] = (
    ("general", GeneralTab, lambda: tr("&General")),
    ("schedule", ScheduleTab, lambda: tr("&Schedule")),
    ("partners", PartnersTab, lambda: tr("&Partners")),
    ("budget", BudgetTab, lambda: tr("Bu&dget")),
    # No mnemonic: Alt+K goes to the page's Plan checks (Ctrl+PgDown reaches this tab).
    ("beneficiaries", BeneficiariesTab, lambda: tr("Beneficiaries && risks")),
    ("indicators", IndicatorsTab, lambda: tr("&Indicators")),
    ("answers", AnswersTab, lambda: tr("&Answers")),
)


class ActionDetails(QWidget):
    """The selected action's details in tabs; every finished edit is one undo step.

    Contract: edits go through ``session.run`` only; after ``session.changed`` the form
    reloads from the session, and a field being typed in keeps its text and focus.
    ``problem`` carries sentences about input the form could not read (a refused edit
    is worded by the session's ``failed`` signal instead).
    """

    problem = Signal(str)

    def __init__(
        self, session: PlanSession, prompter: Prompter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("action_details")
        self._session = session
        self._prompter = prompter
        self._context = ActionContext(session)

        self.heading = QLabel()
        self.heading.setObjectName("action_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        theme.set_role(self.heading, theme.HEADING)
        self.empty = QLabel(
            tr("Select an action, or press {key} to add one.").format(key=key_name("Insert"))
        )
        self.empty.setObjectName("action_details_empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_role(self.empty, theme.HINT)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("action_tabs")
        self.tabs.setDocumentMode(True)
        # Each tab is built the first time it is needed (shown, focused or asked for), so
        # the page opens quickly; until then its scroll area stands empty in the tab bar.
        self._scrolls: dict[str, QScrollArea] = {}
        self._built: dict[str, ActionTab] = {}
        self._wheel_guard = WheelGuard(self)
        for name, _, title in _TABS:
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the fields
            self._scrolls[name] = scroll
            self.tabs.addTab(scroll, title())
        self.tabs.currentChanged.connect(lambda index: self._tab(_TABS[index][0]))
        self._tab("general")

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.heading)
        body_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(body)
        self._body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.turn_tab(step))
        session.changed.connect(self._on_changed)
        self.show_action(None)

    @property
    def action_id(self) -> int | None:
        """The id of the action shown, or None."""
        return self._context.action_id

    def tab_pages(self) -> list[ActionTab]:
        """The tabs, in order (building any not built yet)."""
        return [self._tab(name) for name, _, _ in _TABS]

    @property
    def general(self) -> GeneralTab:
        """Title, description, category, network, horizon, lead, status, progress."""
        return self._tab_as("general", GeneralTab)

    @property
    def schedule(self) -> ScheduleTab:
        """Dates, milestones and dependencies."""
        return self._tab_as("schedule", ScheduleTab)

    @property
    def partners(self) -> PartnersTab:
        """The partners and their contributions."""
        return self._tab_as("partners", PartnersTab)

    @property
    def budget(self) -> BudgetTab:
        """The cost-share lines and the action's totals."""
        return self._tab_as("budget", BudgetTab)

    @property
    def beneficiaries(self) -> BeneficiariesTab:
        """Planned beneficiaries, risks and assumptions."""
        return self._tab_as("beneficiaries", BeneficiariesTab)

    @property
    def indicators(self) -> IndicatorsTab:
        """The action's indicators."""
        return self._tab_as("indicators", IndicatorsTab)

    @property
    def answers(self) -> AnswersTab:
        """The options and SWOT items the action answers."""
        return self._tab_as("answers", AnswersTab)

    def _tab_as(self, name: str, kind: type[TabT]) -> TabT:
        """The tab ``name``, which ``_TABS`` makes a ``kind``."""
        tab = self._tab(name)
        if not isinstance(tab, kind):
            raise TypeError(f"the {name} tab is a {type(tab).__name__}, not a {kind.__name__}")
        return tab

    def _tab(self, name: str) -> ActionTab:
        """The tab ``name``, built (and loaded with the action shown) on first use."""
        tab = self._built.get(name)
        if tab is not None:
            return tab
        make = next(make for key, make, _ in _TABS if key == name)
        tab = make(self._context)
        self._built[name] = tab
        self._scrolls[name].setWidget(tab)
        tab.problem.connect(self.problem.emit)
        tab.set_read_only(self._session.read_only)
        for form in tab.findChildren(IndicatorForm):
            ask_before_discarding(form.discard, self._prompter, self)
        for field in tab.findChildren(QWidget):
            if isinstance(field, (QComboBox, QAbstractSpinBox)):
                field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                field.installEventFilter(self._wheel_guard)
        if self._context.action is not None:
            tab.load(self._context.action, False)
        return tab

    def show_action(self, action_id: int | None) -> None:
        """Show the action with ``action_id`` (None, or an unknown id: a hint to select one)."""
        action = self._find(action_id)
        same = action is not None and action.id == self._context.action_id
        self._context.action = action
        if action is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self._body)
        if not same:
            for tab in self._built.values():
                for bar in tab.findChildren(AddBar):
                    bar.clear()
        self._load(action, same)

    def focus_field(self, field: str) -> bool:
        """Bring forward the tab that edits ``field`` and put the keyboard there.

        ``field`` is an Action field name or one of "partners", "milestones",
        "cost_lines", "dependencies", "indicators". False when no action is shown or
        no tab edits that field.
        """
        if self._context.action is None:
            return False
        for name, _, _ in _TABS:
            scroll = self._scrolls[name]
            widget = self._tab(name).focus_widget(field)
            if widget is not None:
                self.tabs.setCurrentWidget(scroll)
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                scroll.ensureWidgetVisible(widget)
                return True
        return False

    def turn_tab(self, step: int) -> None:
        """Show the next (``step`` 1) or previous (-1) tab, the keyboard in its first field."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())
        self._tab(_TABS[self.tabs.currentIndex()][0]).enter()

    def _find(self, action_id: int | None) -> Action | None:
        if action_id is None:
            return None
        return next((a for a in self._session.actions() if a.id == action_id), None)

    def _load(self, action: Action, same: bool) -> None:
        code = self._context.codes().get(action.id, "")
        self.heading.setText(f"{code}  {action.title}".strip())
        for tab in self._built.values():
            tab.load(action, same)

    def _on_changed(self, record: ChangeRecord) -> None:
        if self._context.action is None or not (record.tables & WATCHED_TABLES):
            return
        self.show_action(self._context.action.id)
