"""How the printed timeline is laid out, shared by the PDF (vectors) and Word (a picture).

Sizes are in points. The chart is fitted to the page width; its rows continue over as
many pages as they need, each page repeating the calendar header and the row labels.
"""

from __future__ import annotations

import datetime as dt

from cluster_planner.domain.timeline import Unit
from cluster_planner.exports.wording import Wording

ROW = 12.0  # the height of one row
HEADER = 24.0  # the calendar header: years above, months or quarters below
MM = 72 / 25.4


LABEL_SIZE = 7.5  # the row labels' type size
ORPHAN_ROWS = 8  # a last page of fewer rows is avoided by closer rows, when they can be
MIN_ROW = 9.0  # the closest rows may be


def label_width(total: float, longest: int = 0) -> float:
    """The width of the row-label column for a chart ``total`` points wide whose longest
    label has ``longest`` characters: room for it, within a third to a half of the width
    (a longer title is cut with "…")."""
    usual = min(max(total * 0.36, 60 * MM), 100 * MM)
    needed = longest * LABEL_SIZE * 0.54 + 16  # Noto Sans' average advance, and the indent
    return min(max(usual, needed), total * 0.5)


def slices(total: int, first: float, rest: float) -> tuple[float, list[tuple[int, int]]]:
    """(row height, [(first row, last row)] per page) for ``total`` rows, the first page
    ``first`` points high and the others ``rest``: rows of the usual height, or closer
    (down to ``MIN_ROW``) when that saves a page holding only a few rows."""

    def cut(row: float) -> list[tuple[int, int]]:
        pages, start = [], 0
        capacity = max(3, int((first - HEADER - 2) // row))
        while start < total:
            end = min(total, start + capacity)
            pages.append((start, end))
            start, capacity = end, max(3, int((rest - HEADER - 2) // row))
        return pages

    pages = cut(ROW)
    if len(pages) > 1 and pages[-1][1] - pages[-1][0] < ORPHAN_ROWS:
        row = ROW
        while row > MIN_ROW:
            row = max(MIN_ROW, row - 0.25)
            fewer = cut(row)
            if len(fewer) < len(pages):
                return row, fewer
    return ROW, pages


def calendar_units(day_width: float) -> tuple[Unit | None, Unit]:
    """The upper and lower header units that fit ``day_width`` points per day."""
    if day_width * 30.4 >= 22:
        return Unit.YEAR, Unit.MONTH
    if day_width * 91.3 >= 22:
        return Unit.YEAR, Unit.QUARTER
    return None, Unit.YEAR


def unit_label(words: Wording, day: dt.date, unit: Unit, room: float) -> str:
    """A header cell's text for the unit starting on ``day``, shorter when room is tight."""
    if unit is Unit.YEAR:
        return str(day.year)
    if unit is Unit.QUARTER:
        return words("Q{number}", number=(day.month - 1) // 3 + 1)
    name = words.month(day, short=True)
    return name if room >= 20 else name[:1]
