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


def label_width(total: float) -> float:
    """The width of the row-label column for a chart ``total`` points wide."""
    return min(max(total * 0.36, 60 * MM), 100 * MM)


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


def rows_per_page(height: float) -> int:
    """How many rows fit under the header in ``height`` points (at least three)."""
    return max(3, int((height - HEADER - 2) // ROW))
