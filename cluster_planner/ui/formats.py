"""How the app writes money and dates: one function each, so every view reads the same."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from cluster_planner.domain.enums import ContributionKind
from cluster_planner.ui.form_fields import date_format, qdate

# Bidi isolates: a date, a number or a count is one unit, in whatever direction the
# sentence or the cell around it runs ("1 Jun 2026" never reads "Jun 2026 1").
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
_isolating = {"on": False}


def _tr(text: str) -> str:
    return QCoreApplication.translate("formats", text)


def set_isolation(on: bool) -> None:
    """Write dates, numbers and counts as isolated units from now on (``on``: the pages are
    laid out right to left), or plainly. Left to right, isolates would change nothing on
    screen and only get in the way of copied text."""
    _isolating["on"] = on


def isolated(text: str) -> str:
    """``text`` as one unit of its own direction inside any sentence, when isolating."""
    if not _isolating["on"] or not text:
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def plural(context: str, text: str, count: int) -> str:
    """A count in words, in the language's plural form: ``text`` holds ``%n`` for the count.

    ``plural("action_plan", "%n action(s)", 3)`` reads "3 actions" (the English forms come
    from their own translation file), "3 acciones" in Spanish; Qt picks the form by the
    language's rules (French: "0 action"). Other ``{placeholders}`` are left for
    ``.format()`` after. Qt writes ``%n`` with plain digits: the count is then written
    the locale's way (digit grouping, the locale's digits).
    """
    size = abs(count)  # Qt leaves %n alone for a negative count
    text = QCoreApplication.translate(context, text, None, size)
    written = QLocale().toString(count)
    if written != str(size):
        text = re.sub(rf"(?<![\d.,]){size}(?!\d|[.,]\d)", written, text)
    return isolated(text)


def format_number(value: float) -> str:
    """A figure as the locale writes it, without decimals when it is whole."""
    locale = QLocale()
    if float(value).is_integer():
        return isolated(locale.toString(int(value)))
    return isolated(locale.toString(float(value), "f", 2))


def format_days(days: float) -> str:
    """A number of staff days, as the locale writes it."""
    if float(days).is_integer():
        return plural("formats", "%n day(s)", int(days))
    return isolated(_tr("{count} days").format(count=format_number(days)))


def contribution_amount(kind: ContributionKind, amount: float | None, currency: str) -> str:
    """What a partner brings: money for cash and in kind, days for staff days; "not stated"
    when it has not said (as the printed sheets say it)."""
    if amount is None or kind is ContributionKind.NOT_STATED:
        return _tr("not stated")
    if kind is ContributionKind.STAFF_DAYS:
        return format_days(amount)
    return format_money(amount, currency)


def format_date(value: dt.date | None) -> str:
    """A date as the app writes it (day, month name, year: never ambiguous), or a dash."""
    if value is None:
        return "—"
    return isolated(QLocale().toString(qdate(value), date_format()))


def local_time(iso: str) -> str:
    """An ISO 8601 UTC time as a local date and time, the date written as everywhere else
    ("7 Dec 2026 16:26"), or "an unknown time"."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso or _tr("an unknown time")
    locale = QLocale()
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    return isolated(locale.toString(moment.toLocalTime(), f"{date_format()} {time}"))


def format_percent(value: float) -> str:
    """A percentage as the language writes it, never broken from its sign: "50 %"; "50 %"
    in Spanish, "50 %" (a narrow space) in French, as the roadmap prints it."""
    return isolated(_tr("{value}\u00a0%").format(value=QLocale().toString(round(value))))


def percent_suffix() -> str:
    """What follows a number in a percentage field, as format_percent writes it (" %")."""
    return _tr("{value}\u00a0%").format(value="")


def format_money(value: float, currency: str, locale: QLocale | None = None) -> str:
    """An amount in the plan's currency, as the locale writes money (no cents when whole)."""
    locale = locale or QLocale()
    precision = 0 if float(value).is_integer() else 2
    text = locale.toCurrencyString(float(value), currency, precision)
    # Locales that write "$1,000" would glue a three-letter code to the figure: "USD1,000".
    at = text.find(currency)
    if not currency or at < 0:
        return isolated(text)
    end = at + len(currency)
    if end < len(text) and not text[end].isspace():
        text = text[:end] + "\u00a0" + text[end:]
    if at > 0 and text[at - 1].isalnum():
        text = text[:at] + "\u00a0" + text[at:]
    return isolated(text)
