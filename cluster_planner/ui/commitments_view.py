"""CommitmentsView: who committed to what, one sheet per organisation, ready to project or print."""

from __future__ import annotations

import html
from collections.abc import Sequence
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

from cluster_planner.domain.codes import PlanCodes
from cluster_planner.domain.roadmap import OrganisationSheet, organisation_sheets
from cluster_planner.exports.roadmap import (
    Block,
    Group,
    Heading,
    Paragraph,
    Table,
    organisation_label,
    sheet_blocks,
)
from cluster_planner.exports.wording import Wording
from cluster_planner.ui import theme
from cluster_planner.ui.accessible import fit_combo

# The budget summary sits on the same page; it is importable from here as well.
from cluster_planner.ui.budget_summary import BudgetSummaryView as BudgetSummaryView
from cluster_planner.ui.plan_checks_panel import DeferredRefresh
from cluster_planner.ui.plan_codes import session_codes
from cluster_planner.ui.vision_fields import scaled_font
from cluster_planner.ui.vocabulary import field_label

if TYPE_CHECKING:
    from cluster_planner.ui.plan_session import PlanSession

# The tables whose change alters a sheet (the profile holds the currency).
COMMITMENT_TABLES = frozenset(
    {
        "action",
        "action_partner",
        "cost_line",
        "organisation",
        "objective",
        "indicator",
        "cluster_profile",
    }
)

# Large, plain type for a projector or a laptop; tables ruled lightly so they survive print.
SHEET_STYLE = """
h2 { margin-top: 18px; margin-bottom: 2px; }
h3 { margin-top: 14px; margin-bottom: 4px; color: #333333; }
p.summary { margin-top: 0px; color: #333333; }
p.warning { font-weight: 600; color: #8a4b00; }
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


# --- content: the roadmap's own sheets (exports.roadmap.sheet_blocks), written as HTML ------

__all__ = ["OrganisationSheet", "organisation_sheets"]  # still importable from here


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


def _table_html(table: Table) -> str:
    amounts = [c.align == "right" for c in table.columns]

    def cell(tag: str, text: str, right: bool, css: str = "") -> str:
        classes = " ".join(c for c in (css, "amount" if right else "") if c)
        klass = f' class="{classes}"' if classes else ""
        align = ' align="right"' if right else ""
        return f"<{tag}{klass}{align}>{_escaped(text)}</{tag}>"

    head = "".join(
        cell("th", c.title, right) for c, right in zip(table.columns, amounts, strict=True)
    )
    rows = [f"<tr>{head}</tr>"]
    for row in table.rows:
        css = ' class="total"' if row.kind == "total" else ""
        cells = "".join(cell("td", t, right) for t, right in zip(row.cells, amounts, strict=False))
        rows.append(f"<tr{css}>{cells}</tr>")
    # 99 %: at 100 % the cell borders round the table a pixel wider than the page,
    # which shows a horizontal scroll bar for nothing.
    return '<table width="99%" cellspacing="0">' + "".join(rows) + "</table>"


def blocks_html(blocks: Sequence[Block]) -> str:
    """The HTML body of a sheet's blocks (every user text escaped)."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            level = min(max(block.level, 2), 3)
            out.append(f"<h{level}>{_escaped(block.text)}</h{level}>")
        elif isinstance(block, Paragraph):
            css = {"lead": "summary", "warning": "warning"}.get(block.style, block.style)
            out.append(f'<p class="{css}">{_escaped(block.text)}</p>')
        elif isinstance(block, Table):
            out.append(_table_html(block))
        elif isinstance(block, Group):
            out.append(blocks_html(block.blocks))
    return "\n".join(out)


def sheets_html(sheets: Sequence[OrganisationSheet], currency: str, codes: PlanCodes) -> str:
    """A whole document of sheets, one after another, in the codes' language, as the
    roadmap prints them; says so when there are none."""
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
        words = Wording(codes.language)
        body = "\n<hr/>\n".join(
            blocks_html(sheet_blocks(sheet, words, currency, codes)) for sheet in sheets
        )
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
        """The sheets of one organisation, or of every organisation with commitments or
        indicators to report on (None), as the printed roadmap has them."""
        session = self._session
        return organisation_sheets(
            session.objectives(),
            session.actions(),
            session.organisations(),
            organisation_id,
            with_indicators=True,
        )

    def sheet_html(self, organisation_id: int | None = None) -> str:
        """The HTML of one organisation's sheet, or of all of them (None), from the plan now."""
        currency = self._session.profile().currency.strip()
        return sheets_html(self.sheets(organisation_id), currency, session_codes(self._session))

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
            self.organisation.addItem(organisation_label(organisation), organisation.id)
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
