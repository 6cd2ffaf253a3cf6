"""How the app writes amounts of money: one function, so every view reads the same."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_money(value: float, currency: str, locale: QLocale | None = None) -> str:
    """An amount in the plan's currency, as the locale writes money (no cents when whole)."""
    locale = locale or QLocale()
    precision = 0 if float(value).is_integer() else 2
    text = locale.toCurrencyString(float(value), currency, precision)
    # Locales that write "$1,000" would glue a three-letter code to the figure: "USD1,000".
    at = text.find(currency)
    if not currency or at < 0:
        return text
    end = at + len(currency)
    if end < len(text) and not text[end].isspace():
        text = text[:end] + "\u00a0" + text[end:]
    if at > 0 and text[at - 1].isalnum():
        text = text[:at] + "\u00a0" + text[at:]
    return text
