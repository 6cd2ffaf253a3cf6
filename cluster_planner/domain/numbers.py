"""How each language writes a figure and an amount: one rule for the roadmap documents and
the comparison of revisions, which the screen's formats (Qt's locale data) are tested
against.

English groups thousands with commas (8,000; 1,205,100.50), Spanish with points but leaves
a four-digit figure whole (8000; 12.500; 1.205.100,50), French with a narrow no-break space
(8 000). Spanish and French write the currency after the amount (12.500 USD), English
before (USD 12,500). Other languages are written as English.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _Figures:
    thousands: str  # between groups of three digits
    decimal: str
    min_grouping: int  # group only figures with at least this many digits beyond three
    currency_first: bool  # USD 12,500 (True) or 12 500 USD


_FIGURES = {
    "en": _Figures(",", ".", 1, True),
    "es": _Figures(".", ",", 2, False),
    "fr": _Figures("\u202f", ",", 1, False),
}


def _figures(language: str) -> _Figures:
    return _FIGURES.get(language, _FIGURES["en"])


def write_number(value: float, language: str) -> str:
    """``value`` as ``language`` writes it, without decimals when it is whole, else two.

    Infinity and not-a-number (values no form accepts, which an old file may still hold)
    are written as the signs ∞ and ? rather than refused.
    """
    if value != value:  # not a number
        return "?"
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    figures = _figures(language)
    whole = float(value).is_integer()
    text = f"{abs(int(value)):d}" if whole else f"{abs(value):.2f}"
    digits, _, cents = text.partition(".")
    if len(digits) >= 3 + figures.min_grouping:
        groups: list[str] = []
        while len(digits) > 3:
            digits, group = digits[:-3], digits[-3:]
            groups.insert(0, group)
        digits = figures.thousands.join([digits, *groups])
    written = f"{digits}{figures.decimal}{cents}" if cents else digits
    return f"-{written}" if value < 0 else written


def write_money(value: float, currency: str, language: str) -> str:
    """An amount in ``currency``: USD 12,500 / 12.500 USD / 12 500 USD (a no-break space)."""
    amount = write_number(value, language)
    if not currency:
        return amount
    if _figures(language).currency_first:
        return f"{currency}\u00a0{amount}"
    return f"{amount}\u00a0{currency}"
