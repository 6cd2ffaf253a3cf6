"""Rules of the review cycle: where indicators stand, and how an action moved since adoption."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cluster_planner.domain.entities import Action, CostLine, Indicator, Measurement
from cluster_planner.domain.enums import FundingStatus


@dataclass(frozen=True, slots=True)
class IndicatorStanding:
    """An indicator's latest measurement and how far it has come from baseline to target."""

    indicator: Indicator
    latest: Measurement | None
    progress: float | None  # 0.0 at the baseline, 1.0 at the target; None when unknown
    measurements: tuple[Measurement, ...]


def measurements_by_indicator(
    measurements: Iterable[Measurement],
) -> dict[int, tuple[Measurement, ...]]:
    """Each indicator's measurements, oldest first."""
    found: dict[int, list[Measurement]] = defaultdict(list)
    for measurement in measurements:
        found[measurement.indicator_id].append(measurement)
    return {
        indicator_id: tuple(sorted(values, key=lambda m: (m.measured_on, m.id)))
        for indicator_id, values in found.items()
    }


def standing(indicator: Indicator, measurements: Sequence[Measurement]) -> IndicatorStanding:
    """Where ``indicator`` stands given its measurements (any order).

    Progress is the share of the way from baseline to target the latest value has
    come: it may be negative (going the wrong way) or above 1 (past the target).
    A falling target (fewer accidents) works the same way.
    """
    ordered = tuple(sorted(measurements, key=lambda m: (m.measured_on, m.id)))
    latest = ordered[-1] if ordered else None
    progress = None
    baseline, target = indicator.baseline_value, indicator.target_value
    if latest is not None and baseline is not None and target is not None and target != baseline:
        progress = (latest.value - baseline) / (target - baseline)
    return IndicatorStanding(indicator, latest, progress, ordered)


_PERCENT_WORDS = frozenset(
    {"percent", "per cent", "percentage", "porcentaje", "por ciento", "pourcentage", "pour cent"}
)


def is_percentage(indicator: Indicator) -> bool:
    """True when ``indicator`` is measured in per cent ("%", "% of firms", "percent" …)."""
    unit = indicator.unit.strip()
    return unit.startswith("%") or unit.casefold() in _PERCENT_WORDS


def percentage_fits(indicator: Indicator, value: float) -> bool:
    """False when ``value`` cannot be a value of ``indicator``: a percentage outside 0–100."""
    return not is_percentage(indicator) or 0 <= value <= 100


@dataclass(frozen=True, slots=True)
class Slippage:
    """How an action's dates and lead differ from the adopted revision."""

    start_days: int | None  # positive: later than adopted
    end_days: int | None
    lead_changed: bool
    new: bool  # not in the adopted revision


def slippage(action: Action, adopted: Mapping[int, Action]) -> Slippage:
    """``action`` against its adopted self (``adopted`` by id)."""
    was = adopted.get(action.id)
    if was is None:
        return Slippage(None, None, False, True)
    return Slippage(
        _days(was.start_date, action.start_date),
        _days(was.end_date, action.end_date),
        was.lead_id != action.lead_id,
        False,
    )


def _days(before: dt.date | None, after: dt.date | None) -> int | None:
    if before is None or after is None:
        return None
    return (after - before).days


def spent_amount(line: CostLine) -> float:
    """What a cost line has paid out: its recorded spending, or all of it once marked spent."""
    if line.spent is not None:
        return line.spent
    return line.amount if line.status is FundingStatus.SPENT else 0.0
