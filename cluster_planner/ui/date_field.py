"""The one date field of every form: a date typed as text, in the person's own way.

A QDateEdit cannot be typed into as people type dates: Tab moves between its day, month
and year instead of leaving it, "2025-12-01" does not fit its sections, and an empty date
is a special minimum (1 January 1900) that its calendar then opens on. ``DateField`` is a
line of text read as a date when editing finishes: the locale's own short and long
forms, ISO (2026-03-01) and the usual written forms (1 Mar 2026, 1/3/2026 …).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from cluster_planner.ui.form_fields import FieldEditor, FieldSpec, date_format, qdate
from cluster_planner.ui.key_names import key_name

# Ways people write dates, tried after the locale's own short and long formats.
_DATE_FORMATS = (
    "d MMM yyyy",
    "d MMMM yyyy",
    "MMM d yyyy",
    "MMMM d yyyy",
    "yyyy-M-d",
    "d/M/yyyy",
    "d.M.yyyy",
    "d-M-yyyy",
    "dMMMyyyy",
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("date_field", text)


def _forms(locale: QLocale) -> list[str]:
    """The formats to try for ``locale``: its own, its short one with a four-digit year,
    then the usual ones (so 12/1/2026 is 1 December in the United States, 12 January in
    Spain)."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    full_year = re.sub(r"(?<!y)yy(?!y)", "yyyy", short)
    return list(dict.fromkeys([short, full_year, long, *_DATE_FORMATS]))


def parse_date(text: str) -> dt.date | None:
    """A date typed in a usual way (1 Mar 2026, 2026-03-01, 1/3/2026 …), or None."""
    cleaned = " ".join(re.sub(r"(?<=[^\W\d_])\.", "", text).replace(",", " ").split())
    if not cleaned:
        return None
    # Two-digit years fall within fifty years of today, not in the 1900s.
    base_year = dt.date.today().year - 50
    for locale in (QLocale(), QLocale.c()):
        for form in _forms(locale):
            found = locale.toDate(cleaned, form, base_year)
            if found.isValid():
                day: dt.date = found.toPython()  # type: ignore[assignment]
                return day
    return None


def date_text(value: dt.date | None) -> str:
    """A date as date fields show it (1 Mar 2026), or nothing."""
    return QLocale().toString(qdate(value), date_format()) if value is not None else ""


def not_a_date(text: str) -> str:
    """The sentence for text that could not be read as a date."""
    return _tr("“{text}” is not a date; type one such as 1 Mar 2026 or 2026-03-01.").format(
        text=text
    )


class DateField(QLineEdit):
    """A date typed as text (1 Mar 2026, 2026-03-01 …); Up and Down step it, Alt+Down or F4
    opens a calendar.

    Contract: when editing finishes the text is read as a date and shown again in the
    usual form; unreadable text is replaced by the last date and reported by
    ``unreadable``. Slots connected to ``editingFinished`` after construction see the
    date read. ``suggestion`` gives the date an empty field's calendar opens on.
    """

    unreadable = Signal(str)

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.suggestion: Callable[[], dt.date] = dt.date.today
        self._date: dt.date | None = None if optional else dt.date.today()
        self.setPlaceholderText(_tr("— (e.g. 1 Mar 2026)") if optional else _tr("e.g. 1 Mar 2026"))
        self.setToolTip(
            _tr(
                "Type a date such as 1 Mar 2026 or 2026-03-01; {up} and {down} change it by "
                "a day, {calendar} opens a calendar"
            ).format(up=key_name("Up"), down=key_name("Down"), calendar=key_name("Alt+Down"))
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("30 Sep 2026") + 48)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("30 September 2026") + 64)
        calendar = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
            QLineEdit.ActionPosition.TrailingPosition,
        )
        calendar.setText(_tr("Calendar"))  # its button's name for screen readers
        calendar.setToolTip(_tr("Calendar ({keys})").format(keys=key_name("Alt+Down")))
        calendar.triggered.connect(self.open_calendar)
        self._calendar_button = calendar
        self.editingFinished.connect(self._settle)
        self._show_date()

    def value(self) -> dt.date | str | None:
        """The date typed (None when empty), or the text itself while it is not a date."""
        text = self.text().strip()
        if not text:
            return None if self.optional else text
        found = parse_date(text)
        return found if found is not None else text

    def date(self) -> dt.date | None:
        """The date typed, or the last date shown while the text is not one."""
        value = self.value()
        return value if not isinstance(value, str) else self._date

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None: empty)."""
        self._date = value
        self._show_date()

    def _show_date(self) -> None:
        self.setText(date_text(self._date))
        self.setCursorPosition(0)

    def _settle(self) -> None:
        value = self.value()
        if isinstance(value, str):
            self.unreadable.emit(value)
        else:
            self._date = value
        self._show_date()

    def _step(self, days: int) -> None:
        value = self.value()
        if isinstance(value, dt.date):
            self.setText(date_text(value + dt.timedelta(days=days)))
        else:  # the first press in an empty field starts from the last date or the suggestion
            self.setText(date_text(self._date or self.suggestion()))

    def changeEvent(self, event: QEvent) -> None:
        """A read-only date shows no calendar button: nothing here can be picked."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.ReadOnlyChange:
            self._calendar_button.setVisible(not self.isReadOnly())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if self.isReadOnly():
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.open_calendar()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(1 if key == Qt.Key.Key_Up else -1)
        else:
            super().keyPressEvent(event)

    def open_calendar(self) -> QCalendarWidget | None:
        """Pick the date from a calendar under the field; an empty field's calendar opens on
        the suggestion (today, or a date the form knows better)."""
        if self.isReadOnly() or not self.isEnabled():
            return None
        value = self.value()
        calendar = QCalendarWidget(self)
        calendar.setObjectName("date_calendar")
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        calendar.setSelectedDate(qdate(value if isinstance(value, dt.date) else self.suggestion()))
        calendar.activated.connect(lambda day: self._pick(calendar, day))
        calendar.clicked.connect(lambda day: self._pick(calendar, day))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)
        return calendar

    def _pick(self, calendar: QCalendarWidget, day: QDate) -> None:
        calendar.close()
        self.setText(date_text(day.toPython()))  # type: ignore[arg-type]
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()


class DateEditor(FieldEditor):
    """A form's date field (empty allowed when the spec is optional); committed on Enter,
    on leaving it or on a calendar pick."""

    def __init__(self, spec: FieldSpec) -> None:
        self.date = DateField(optional=spec.optional)
        super().__init__(spec, self.date)
        self.date.editingFinished.connect(self._commit)
        self.date.unreadable.connect(lambda text: self.problem.emit(not_a_date(text)))

    def value(self) -> dt.date | str | None:
        return self.date.value()

    def _show(self, value: Any) -> None:
        self.date.set_value(value)

    def set_read_only(self, read_only: bool) -> None:
        self.date.setReadOnly(read_only)
