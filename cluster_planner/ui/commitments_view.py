"""CommitmentsView: who committed to what, one sheet per organisation, ready to project or print."""

from __future__ import annotations

import html
from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cluster_planner.domain.action_plan import Commitment
from cluster_planner.domain.enums import ActionStatus, ContributionKind, FundingStatus
from cluster_planner.domain.roadmap import OrganisationSheet, organisation_sheets
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo

# The budget summary sits on the same page; it is importable from here as well.
from cluster_planner.ui.budget_summary import BudgetSummaryView as BudgetSummaryView
from cluster_planner.ui.budget_summary import source_label
from cluster_planner.ui.formats import (
    contribution_amount,
    format_date,
    format_days,
    format_money,
    plural,
)
from cluster_planner.ui.plan_checks_panel import DeferredRefresh
from cluster_planner.ui.vision_fields import scaled_font
from cluster_planner.ui.vocabulary import field_label, label

if TYPE_CHECKING:
    from cluster_planner.domain.entities import Action, Organisation
    from cluster_planner.ui.plan_session import PlanSession

# The tables whose change alters a sheet (the profile holds the currency).
COMMITMENT_TABLES = frozenset(
    {"action", "action_partner", "cost_line", "organisation", "objective", "cluster_profile"}
)

# Large, plain type for a projector or a laptop; tables ruled lightly so they survive print.
SHEET_STYLE = """
h2 { margin-top: 18px; margin-bottom: 2px; }
h3 { margin-top: 14px; margin-bottom: 4px; color: #333333; }
p.summary { margin-top: 0px; color: #333333; }
table { border-collapse: collapse; }
th { text-align: left; font-weight: 600; padding: 4px 12px 4px 0px;
     border-bottom: 1px solid #888888; }
td { padding: 4px 12px 4px 0px; border-bottom: 1px solid #dddddd; vertical-align: top; }
td.amount, th.amount { text-align: right; }
tr.total td { font-weight: 600; border-bottom: none; }
"""


def tr(text: str) -> str:
    """``text`` translated in the commitments' context."""
    return QCoreApplication.translate("commitments", text)


# --- content (the sheets themselves are worked out in domain.roadmap) -----------------------

__all__ = ["OrganisationSheet", "organisation_sheets"]  # still importable from here


def organisation_name(organisation: Organisation) -> str:
    """An organisation's name with its acronym, as the sheets head it."""
    if organisation.acronym:
        return tr("{name} ({acronym})").format(name=organisation.name, acronym=organisation.acronym)
    return organisation.name


def _dates(action: Action) -> str:
    if action.start_date is None and action.end_date is None:
        return tr("no dates yet")
    return tr("{start} – {end}").format(
        start=format_date(action.start_date), end=format_date(action.end_date)
    )


def _enum_labels() -> dict[Enum, str]:
    """The labels the sheets use, worded once per rendering (vocabulary builds its whole table)."""
    return {value: label(value) for value in (*ActionStatus, *ContributionKind, *FundingStatus)}


def _cell(text: str, css: str = "") -> str:
    klass = f' class="{css}"' if css else ""
    align = ' align="right"' if css == "amount" else ""
    return f"<td{klass}{align}>{html.escape(text)}</td>"


def _header(*labels: str, amounts: int = 0) -> str:
    """A header row; the last ``amounts`` columns hold amounts and align right."""
    split = len(labels) - amounts
    cells = [f"<th>{html.escape(t)}</th>" for t in labels[:split]]
    cells += [f'<th class="amount" align="right">{html.escape(t)}</th>' for t in labels[split:]]
    return "<tr>" + "".join(cells) + "</tr>"


def _table(header: str, rows: list[str]) -> str:
    # 99 %: at 100 % the cell borders round the table a pixel wider than the page,
    # which shows a horizontal scroll bar for nothing.
    return '<table width="99%" cellspacing="0">' + header + "".join(rows) + "</table>"


def summary_text(commitment: Commitment, currency: str) -> str:
    """One sentence of totals: actions led, what the organisation brings and what it pays."""
    parts = []
    led = len(commitment.leads)
    if led:
        parts.append(plural("commitments", "leads %n action(s)", led))
    cash = commitment.contributed(ContributionKind.CASH)
    in_kind = commitment.contributed(ContributionKind.IN_KIND)
    days = commitment.contributed(ContributionKind.STAFF_DAYS)
    if cash:
        parts.append(tr("brings {amount} in cash").format(amount=format_money(cash, currency)))
    if in_kind:
        parts.append(tr("brings {amount} in kind").format(amount=format_money(in_kind, currency)))
    if days:
        parts.append(tr("gives {days} of staff time").format(days=format_days(days)))
    if commitment.funding:
        parts.append(
            tr("pays {amount} of the budget").format(
                amount=format_money(commitment.funding_total, currency)
            )
        )
    if not parts:
        return tr("Has not committed to any action yet.")
    return tr("In this plan it {commitments}.").format(commitments="; ".join(parts))


def sheet_html(
    sheet: OrganisationSheet, currency: str, labels: dict[Enum, str] | None = None
) -> str:
    """The HTML body of one organisation's sheet (every user text escaped)."""
    labels = labels or _enum_labels()
    commitment = sheet.commitment
    codes = sheet.codes
    out = [
        f"<h2>{html.escape(organisation_name(sheet.organisation))}</h2>",
        f'<p class="summary">{html.escape(summary_text(commitment, currency))}</p>',
    ]
    if commitment.leads:
        out.append(f"<h3>{html.escape(tr('Actions it leads'))}</h3>")
        rows = [
            "<tr>"
            + _cell(codes.get(a.id, ""))
            + _cell(a.title)
            + _cell(_dates(a))
            + _cell(labels[a.status])
            + "</tr>"
            for a in commitment.leads
        ]
        out.append(_table(_header(tr("Code"), tr("Action"), tr("Dates"), tr("Status")), rows))
    if commitment.contributions:
        out.append(f"<h3>{html.escape(tr('What it contributes'))}</h3>")
        rows = [
            "<tr>"
            + _cell(codes.get(a.id, ""))
            + _cell(a.title)
            + _cell(labels[p.contribution])
            + _cell(p.description)
            + _cell(contribution_amount(p.contribution, p.amount, currency), "amount")
            + "</tr>"
            for a, p in commitment.contributions
        ]
        for kind in ContributionKind:
            total = commitment.contributed(kind)
            if total:
                rows.append(
                    '<tr class="total">'
                    + _cell("")
                    + _cell(tr("Total"))
                    + _cell(labels[kind])
                    + _cell("")
                    + _cell(contribution_amount(kind, total, currency), "amount")
                    + "</tr>"
                )
        header = _header(tr("Code"), tr("Action"), tr("Kind"), tr("What"), tr("Amount"), amounts=1)
        out.append(_table(header, rows))
    if commitment.funding:
        out.append(f"<h3>{html.escape(tr('What it pays'))}</h3>")
        rows = [
            "<tr>"
            + _cell(codes.get(a.id, ""))
            + _cell(a.title)
            + _cell(line.description)
            + _cell(source_label(line.source))
            + _cell(labels[line.status])
            + _cell(format_money(line.amount, currency), "amount")
            + "</tr>"
            for a, line in commitment.funding
        ]
        rows.append(
            '<tr class="total">'
            + _cell("")
            + _cell(tr("Total"))
            + _cell("")
            + _cell("")
            + _cell("")
            + _cell(format_money(commitment.funding_total, currency), "amount")
            + "</tr>"
        )
        header = _header(
            tr("Code"),
            tr("Action"),
            tr("Cost"),
            tr("Source"),
            tr("Status"),
            tr("Amount"),
            amounts=1,
        )
        out.append(_table(header, rows))
    return "\n".join(out)


def sheets_html(sheets: Sequence[OrganisationSheet], currency: str) -> str:
    """A whole document of sheets, one after another; says so when there are none."""
    if not sheets:
        body = "<p>{}</p>".format(
            html.escape(
                tr(
                    "No organisation has committed to an action yet: commitments appear here "
                    "as actions get a lead organisation, partners and cost-share lines."
                )
            )
        )
    else:
        labels = _enum_labels()
        body = "\n<hr/>\n".join(sheet_html(sheet, currency, labels) for sheet in sheets)
    right_to_left = QLocale().textDirection() == Qt.LayoutDirection.RightToLeft
    direction = "rtl" if right_to_left else "ltr"
    return f'<html><body dir="{direction}">{body}</body></html>'


# --- view --------------------------------------------------------------------------------


class CommitmentsView(QWidget):
    """Pick an organisation (or all) and read what each one committed to in the plan.

    Contract: read-only; the sheet is rebuilt from the session's cached queries shortly
    after a change to actions, partners, cost lines, organisations or the currency, and
    only while shown.
    """

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitments_view")
        self._session = session
        self._markup = ""
        self.organisation = QComboBox()
        self.organisation.setObjectName("commitments_organisation")
        self.organisation.setFont(scaled_font(self.font(), 1.1))
        fit_combo(self.organisation, field_label("organisation"), letters=30)
        self.organisation.currentIndexChanged.connect(self._organisation_chosen)
        self.browser = QTextBrowser()
        self.browser.setObjectName("commitments_sheet")
        self.browser.setAccessibleName(tr("Commitments sheet"))
        self.browser.setOpenLinks(False)
        self.browser.setFont(scaled_font(self.font(), 1.25))
        self.browser.document().setDefaultStyleSheet(SHEET_STYLE)
        self.browser.document().setDocumentMargin(14)
        caption = QLabel(tr("Organisation"))
        caption.setBuddy(self.organisation)
        heading = QLabel(tr("Who committed to what"))
        theme.set_role(heading, theme.HEADING)
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(caption)
        row.addWidget(self.organisation)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        QWidget.setTabOrder(self.organisation, self.browser)
        self._updates = DeferredRefresh(self, session, self.refresh, COMMITMENT_TABLES)

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while the view was hidden."""
        super().showEvent(event)
        self._updates.catch_up()

    def shown_organisation(self) -> int | None:
        """The organisation whose sheet is shown, or None for all organisations."""
        data = self.organisation.currentData()
        return int(data) if data is not None else None

    def show_organisation(self, organisation_id: int | None) -> None:
        """Show one organisation's sheet, or every organisation's (None)."""
        if self._updates.stale or self.organisation.count() == 0:
            self._fill_choices()
        index = self.organisation.findData(organisation_id) if organisation_id is not None else 0
        self.organisation.setCurrentIndex(max(index, 0))
        self._show_chosen(keep_place=False)

    def sheets(self, organisation_id: int | None = None) -> list[OrganisationSheet]:
        """The sheets of one organisation, or of every organisation with commitments (None)."""
        session = self._session
        return organisation_sheets(
            session.objectives(), session.actions(), session.organisations(), organisation_id
        )

    def sheet_html(self, organisation_id: int | None = None) -> str:
        """The HTML of one organisation's sheet, or of all of them (None), from the plan now."""
        return sheets_html(self.sheets(organisation_id), self._session.profile().currency)

    def refresh(self) -> None:
        """Re-read the organisations and rebuild the sheet shown."""
        self._fill_choices()
        self._show_chosen()

    def _fill_choices(self) -> None:
        keep = self.shown_organisation()
        organisations = sorted(self._session.organisations(), key=lambda o: o.name.casefold())
        self.organisation.blockSignals(True)
        self.organisation.clear()
        self.organisation.addItem(tr("All organisations"), None)
        for organisation in organisations:
            self.organisation.addItem(organisation_name(organisation), organisation.id)
        index = self.organisation.findData(keep) if keep is not None else 0
        self.organisation.setCurrentIndex(max(index, 0))
        self.organisation.blockSignals(False)

    def _organisation_chosen(self, _index: int) -> None:
        self._show_chosen(keep_place=False)

    def _show_chosen(self, keep_place: bool = True) -> None:
        self._updates.settle()
        markup = self.sheet_html(self.shown_organisation())
        if markup == self._markup:
            return  # laying out every organisation's sheet again is the slow part
        self._markup = markup
        scroll = self.browser.verticalScrollBar().value() if keep_place else 0
        self.browser.setHtml(markup)
        self.browser.verticalScrollBar().setValue(scroll)
