"""The timeline's geometry, without Qt: dates ↔ x, scales and ticks, rows, bars, links, colours.

The screen (``ui/gantt``) and the roadmap exports draw the same timeline from these
values, so a chart on paper matches the one on the projector. Dates are whole days;
a bar covers its start day to its end day, both included.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from cluster_planner.domain.action_plan import (
    constrained_date,
    moved,
    ordered_actions,
    violated_dependencies,
)
from cluster_planner.domain.entities import Action, Dependency, Objective
from cluster_planner.domain.enums import ActionStatus, DependencyKind

DAY = dt.timedelta(days=1)


class Scale(StrEnum):
    """How much time the chart shows: the header's units and what drags snap to."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


class Unit(StrEnum):
    """A calendar unit: ticks, header cells and snapping use them."""

    DAY = "day"
    WEEK = "week"  # weeks start on Monday (ISO 8601)
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


# Pixels per day at each scale (at 100 % zoom), and the units of its two header rows.
NOMINAL_DAY_WIDTH = {Scale.WEEK: 24.0, Scale.MONTH: 4.0, Scale.QUARTER: 1.4, Scale.YEAR: 0.45}
HEADER_UNITS = {
    Scale.WEEK: (Unit.MONTH, Unit.WEEK),
    Scale.MONTH: (Unit.YEAR, Unit.MONTH),
    Scale.QUARTER: (Unit.YEAR, Unit.QUARTER),
    Scale.YEAR: (Unit.YEAR, Unit.QUARTER),
}
# What a drag snaps to at each scale: one step finer than the header's lower row.
SNAP_UNIT = {
    Scale.WEEK: Unit.DAY,
    Scale.MONTH: Unit.WEEK,
    Scale.QUARTER: Unit.MONTH,
    Scale.YEAR: Unit.MONTH,
}


def unit_start(day: dt.date, unit: Unit) -> dt.date:
    """The first day of the unit that holds ``day``."""
    if unit is Unit.DAY:
        return day
    if unit is Unit.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if unit is Unit.MONTH:
        return day.replace(day=1)
    if unit is Unit.QUARTER:
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def next_unit(day: dt.date, unit: Unit) -> dt.date:
    """The first day of the unit after the one that holds ``day`` (the last day there is,
    31 Dec 9999, after the last unit: loops over units stop there)."""
    start = unit_start(day, unit)
    try:
        if unit is Unit.DAY:
            return start + DAY
        if unit is Unit.WEEK:
            return start + dt.timedelta(days=7)
        months = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}[unit]
        month = start.month - 1 + months
        return dt.date(start.year + month // 12, month % 12 + 1, 1)
    except (OverflowError, ValueError):
        return dt.date.max


def shifted(day: dt.date, unit: Unit, count: int) -> dt.date:
    """``day`` moved by ``count`` units.

    Months keep their day, cut to the month's length; a month's last day stays the
    last day (30 Sep → 31 Oct), as an end date at the month's end should.
    """
    if unit is Unit.DAY:
        return day + DAY * count
    if unit is Unit.WEEK:
        return day + DAY * (7 * count)
    months = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12}[unit] * count
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    last = (following - DAY).day
    if (day + DAY).day == 1:  # the last day of its month
        return dt.date(year, month, last)
    return dt.date(year, month, min(day.day, last))


@dataclass(frozen=True, slots=True)
class Tick:
    """A unit boundary in view: its first day, where it is, and its unit (for the label)."""

    day: dt.date
    x: float
    unit: Unit


@dataclass(frozen=True, slots=True)
class TimeGrid:
    """Maps days to x and back for one scale and zoom; x = 0 is the start of ``origin``."""

    origin: dt.date
    scale: Scale
    day_width: float

    @classmethod
    def at(cls, scale: Scale, origin: dt.date, zoom: float = 1.0) -> TimeGrid:
        """The grid of ``scale`` at ``zoom`` (1.0: the scale's usual width)."""
        return cls(origin, scale, NOMINAL_DAY_WIDTH[scale] * zoom)

    def x(self, day: dt.date) -> float:
        """The left edge of ``day``."""
        return (day - self.origin).days * self.day_width

    def date_at(self, x: float) -> dt.date:
        """The day under ``x`` (held within the days there are)."""
        # The tiny nudge keeps a day's own left edge in that day despite rounding.
        days = x / self.day_width + 1e-9
        if not math.isfinite(days):
            return dt.date.max if days > 0 else dt.date.min
        return moved(self.origin, math.floor(max(min(days, 4e6), -4e6)))

    def span(self, start: dt.date, end: dt.date) -> tuple[float, float]:
        """Left and right edges of a bar from ``start`` to ``end`` (both days included)."""
        return self.x(start), self.x(end) + self.day_width

    @property
    def snap_unit(self) -> Unit:
        """What drags snap to at this scale."""
        return SNAP_UNIT[self.scale]

    def snap(self, day: dt.date) -> dt.date:
        """The unit boundary nearest ``day`` (a bar's start snaps to it)."""
        start = unit_start(day, self.snap_unit)
        following = next_unit(day, self.snap_unit)
        return start if (day - start) <= (following - day) else following

    def snap_x(self, x: float) -> dt.date:
        """The unit boundary nearest the point ``x`` (between days)."""
        day = self.date_at(x + self.day_width / 2)
        return self.snap(day)

    def ticks(self, first: dt.date, last: dt.date, unit: Unit) -> list[Tick]:
        """The boundaries of ``unit`` from the one holding ``first`` to the one after ``last``."""
        ticks = []
        day = unit_start(first, unit)
        while day <= last:
            ticks.append(Tick(day, self.x(day), unit))
            following = next_unit(day, unit)
            if following <= day:  # the last day there is
                return ticks
            day = following
        ticks.append(Tick(day, self.x(day), unit))
        return ticks

    def header_units(self) -> tuple[Unit, Unit]:
        """The units of the header's upper and lower rows."""
        return HEADER_UNITS[self.scale]

    def unit_width(self, unit: Unit) -> float:
        """The typical width of one ``unit`` on this grid (for deciding what fits)."""
        days = {Unit.DAY: 1, Unit.WEEK: 7, Unit.MONTH: 30.4, Unit.QUARTER: 91.3, Unit.YEAR: 365.2}
        return days[unit] * self.day_width


def fit_grid(first: dt.date, last: dt.date, width: float, margin_days: int = 14) -> TimeGrid:
    """The grid that shows ``first`` to ``last`` in ``width`` pixels, on the nearest scale."""
    origin = moved(first, -margin_days)
    days = max((last - first).days + 1 + 2 * margin_days, 1)
    day_width = max(width, 1.0) / days
    scale = min(Scale, key=lambda s: abs(math.log(NOMINAL_DAY_WIDTH[s] / day_width)))
    return TimeGrid(origin, scale, day_width)


# --- rows ------------------------------------------------------------------------------------


RowKey = tuple[str, int]  # ("objective", id) or ("action", id)


class RowLayout:
    """Rows of equal height, top to bottom; finds a row by y in logarithmic time."""

    def __init__(self, keys: Sequence[RowKey], row_height: float) -> None:
        self.keys = list(keys)
        self.row_height = float(row_height)
        self._index = {key: n for n, key in enumerate(self.keys)}

    @property
    def height(self) -> float:
        """The height of all rows."""
        return len(self.keys) * self.row_height

    def index_of(self, key: RowKey) -> int | None:
        """The row number of ``key``, or None when it is not shown."""
        return self._index.get(key)

    def top(self, key: RowKey) -> float | None:
        """The top y of ``key``'s row, or None when it is not shown."""
        index = self._index.get(key)
        return None if index is None else index * self.row_height

    def row_at(self, y: float) -> int | None:
        """The row number under ``y``, or None outside the rows."""
        if y < 0:
            return None
        index = int(y // self.row_height)
        return index if index < len(self.keys) else None

    def rows_between(self, y0: float, y1: float) -> range:
        """The row numbers that meet the band from ``y0`` to ``y1``."""
        first = max(0, int(y0 // self.row_height))
        last = min(len(self.keys), math.ceil(y1 / self.row_height))
        return range(first, max(first, last))


# --- dependencies drawn ---------------------------------------------------------------------


def link_points(
    kind: DependencyKind,
    predecessor: tuple[float, float, float],
    successor: tuple[float, float, float],
    step: float = 8.0,
) -> list[tuple[float, float]]:
    """An elbowed line from predecessor to successor bar; each bar is (left, right, middle y).

    It leaves the predecessor at its end (FS, FF) or start (SS, SF) and enters the
    successor at its start (FS, SS) or end (FF, SF), with an arrow head at the last point.
    """
    p_left, p_right, p_y = predecessor
    s_left, s_right, s_y = successor
    from_end = kind in (DependencyKind.FINISH_TO_START, DependencyKind.FINISH_TO_FINISH)
    to_start = kind in (DependencyKind.FINISH_TO_START, DependencyKind.START_TO_START)
    x0 = p_right if from_end else p_left
    x1 = s_left if to_start else s_right
    out = x0 + step if from_end else x0 - step
    into = x1 - step if to_start else x1 + step
    if (to_start and out <= into) or (not to_start and out >= into):
        return [(x0, p_y), (out, p_y), (out, s_y), (x1, s_y)]
    middle = (p_y + s_y) / 2
    return [(x0, p_y), (out, p_y), (out, middle), (into, middle), (into, s_y), (x1, s_y)]


# --- moving successors along ------------------------------------------------------------------


def successors_moved(
    actions: Iterable[Action],
    dependencies: Iterable[Dependency],
    moved_id: int,
    start: dt.date | None,
    end: dt.date | None,
) -> dict[int, tuple[dt.date, dt.date]]:
    """New (start, end) of the actions that must move so the links from ``moved_id`` hold.

    The moved action gets ``start``/``end``; each successor (and theirs, in turn) moves
    later by as many days as a dependency needs, keeping its length. Successors never
    move earlier, and undated actions stay where they are. The moved action itself is
    not in the answer.
    """
    by_id = {a.id: a for a in actions}
    if moved_id not in by_id:
        return {}
    followers: dict[int, list[Dependency]] = defaultdict(list)
    for dependency in dependencies:
        followers[dependency.predecessor_id].append(dependency)
    placed: dict[int, Action] = {moved_id: _placed(by_id[moved_id], start, end)}
    moved: dict[int, tuple[dt.date, dt.date]] = {}
    queue = [moved_id]
    while queue:
        predecessor = placed[queue.pop(0)]
        for dependency in followers.get(predecessor.id, ()):
            current = placed.get(dependency.successor_id) or by_id.get(dependency.successor_id)
            if current is None or current.start_date is None or current.end_date is None:
                continue
            constraint = constrained_date(dependency, predecessor)
            if constraint is None:
                continue
            field, earliest = constraint
            actual = current.start_date if field == "start_date" else current.end_date
            late = (earliest - actual).days
            if late <= 0 or current.id == moved_id:
                continue
            shift = dt.timedelta(days=late)
            new = _placed(current, current.start_date + shift, current.end_date + shift)
            placed[current.id] = new
            moved[current.id] = (new.start_date, new.end_date)  # type: ignore[assignment]
            queue.append(current.id)
    return moved


def _placed(action: Action, start: dt.date | None, end: dt.date | None) -> Action:
    return replace(action, start_date=start, end_date=end)


# --- colours that survive a washed-out projector and black-and-white paper ------------------

# Okabe & Ito's colour-blind-safe palette, and hatch patterns for grey-scale prints.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#7F7F7F")
PATTERNS = ("solid", "diagonal", "cross", "dots", "horizontal", "vertical", "back_diagonal")

# Each status has its own hatching too, so no two look alike on grey-scale paper.
STATUS_STYLE: dict[ActionStatus, tuple[str, str]] = {
    ActionStatus.PROPOSED: ("#BBBBBB", "dots"),
    ActionStatus.APPROVED: ("#0072B2", "solid"),
    ActionStatus.IN_PROGRESS: ("#56B4E9", "diagonal"),
    ActionStatus.COMPLETED: ("#009E73", "vertical"),
    ActionStatus.DELAYED: ("#D55E00", "cross"),
    ActionStatus.ON_HOLD: ("#E69F00", "horizontal"),
    ActionStatus.DROPPED: ("#7F7F7F", "back_diagonal"),
}


def styles_for(keys: Iterable[object]) -> dict[object, tuple[str, str]]:
    """A (colour, pattern) per key, stable for the same set of keys.

    Keys are ordered by their text; the first eight get a colour each, and each
    round of eight after that adds a pattern, so no two keys look alike in print.
    """
    ordered = sorted(set(keys), key=lambda k: "" if k is None else str(k))
    return {
        key: (PALETTE[n % len(PALETTE)], PATTERNS[(n // len(PALETTE)) % len(PATTERNS)])
        for n, key in enumerate(ordered)
    }


def plan_span(actions: Iterable[Action]) -> tuple[dt.date, dt.date] | None:
    """The first and last day the timeline shows: the dated actions' starts and ends and
    their milestones (a milestone outside its action's dates still shows), or None."""
    starts: list[dt.date] = []
    ends: list[dt.date] = []
    for action in actions:
        if action.start_date is not None:
            starts.append(action.start_date)
        if action.end_date is not None:
            ends.append(action.end_date)
        if action.start_date is not None and action.end_date is not None:
            days = [m.date for m in action.milestones]
            starts += days
            ends += days
    if not starts or not ends:
        return None
    return min(starts), max(ends)


def visible_ticks(grid: TimeGrid, x0: float, x1: float, unit: Unit) -> list[Tick]:
    """The ticks of ``unit`` between ``x0`` and ``x1``."""
    return grid.ticks(grid.date_at(x0), grid.date_at(x1), unit)


# --- the whole chart as drawing instructions (for printed roadmaps) ------------------------


@dataclass(frozen=True, slots=True)
class ChartBar:
    """An action's bar: its row, left and right x, progress, and its colour and hatching."""

    action_id: int
    row: int
    left: float
    right: float
    progress: int
    colour: str
    pattern: str
    colour_key: object


@dataclass(frozen=True, slots=True)
class ChartSummary:
    """An objective's summary bar over its actions."""

    objective_id: int
    row: int
    left: float
    right: float


@dataclass(frozen=True, slots=True)
class ChartMilestone:
    """A milestone's diamond: its row and the x of its day's middle."""

    milestone_id: int
    action_id: int
    row: int
    x: float
    done: bool


@dataclass(frozen=True, slots=True)
class ChartLink:
    """A dependency's elbowed arrow (the last point is the arrow's tip)."""

    dependency_id: int
    points: tuple[tuple[float, float], ...]
    late_days: int  # 0 when the dates keep the dependency


@dataclass(frozen=True, slots=True)
class TimelineChart:
    """Everything a renderer needs to draw the timeline, in chart coordinates.

    x = 0 is the start of ``grid.origin``; row n spans y = n·row_height to
    (n + 1)·row_height. Colour keys are ActionStatus values, organisation ids or
    category keys, for the renderer to label in its own language.
    """

    grid: TimeGrid
    rows: tuple[RowKey, ...]
    row_height: float
    width: float
    bars: tuple[ChartBar, ...]
    summaries: tuple[ChartSummary, ...]
    milestones: tuple[ChartMilestone, ...]
    links: tuple[ChartLink, ...]
    legend: tuple[tuple[object, str, str], ...]  # (colour key, colour, pattern)

    @property
    def height(self) -> float:
        """The height of all rows."""
        return len(self.rows) * self.row_height


def _colour_key(action: Action, colour_by: str) -> object:
    if colour_by == "lead":
        return action.lead_id
    if colour_by == "category":
        return action.category
    return action.status


def timeline_chart(
    objectives: Sequence[Objective],
    actions: Sequence[Action],
    dependencies: Sequence[Dependency],
    *,
    width: float,
    row_height: float,
    colour_by: str = "status",
    scale: Scale | None = None,
) -> TimelineChart | None:
    """The whole timeline laid out to ``width`` (fitted, or at ``scale``), or None if undated.

    Rows are the objectives in order, each followed by its actions (dropped ones too,
    in their grey, as the screen shows them). The roadmap exports draw this with their
    own means (vectors in a PDF, a picture in a Word file), so paper shows what the
    screen shows.
    """
    live = ordered_actions(objectives, actions)
    span = plan_span(live)
    if span is None:
        return None
    grid = fit_grid(span[0], span[1], width)
    if scale is not None:
        grid = TimeGrid.at(scale, grid.origin)
    keys: list[RowKey] = []
    for objective in sorted(objectives, key=lambda o: (o.position, o.id)):
        keys.append(("objective", objective.id))
        keys.extend(("action", a.id) for a in live if a.objective_id == objective.id)
    index = {key: n for n, key in enumerate(keys)}
    if colour_by == "status":
        styles: dict[object, tuple[str, str]] = {k: v for k, v in STATUS_STYLE.items()}
    else:
        styles = styles_for(_colour_key(a, colour_by) for a in live)
    bars, summaries, milestones = [], [], []
    spans: dict[int, tuple[float, float, float]] = {}
    for action in live:
        if action.start_date is None or action.end_date is None:
            continue
        row = index[("action", action.id)]
        left, right = grid.span(action.start_date, action.end_date)
        colour, pattern = styles[_colour_key(action, colour_by)]
        key = _colour_key(action, colour_by)
        bars.append(ChartBar(action.id, row, left, right, action.progress, colour, pattern, key))
        spans[action.id] = (left, right, (row + 0.5) * row_height)
        for milestone in action.milestones:
            x = grid.x(milestone.date) + grid.day_width / 2
            milestones.append(ChartMilestone(milestone.id, action.id, row, x, milestone.done))
    for objective in objectives:
        own = [spans[a.id] for a in live if a.objective_id == objective.id and a.id in spans]
        if own:
            row = index[("objective", objective.id)]
            summaries.append(
                ChartSummary(objective.id, row, min(s[0] for s in own), max(s[1] for s in own))
            )
    late = {d.id: days for d, days in violated_dependencies(live, dependencies)}
    links = [
        ChartLink(
            d.id,
            tuple(link_points(d.kind, spans[d.predecessor_id], spans[d.successor_id])),
            late.get(d.id, 0),
        )
        for d in dependencies
        if d.predecessor_id in spans and d.successor_id in spans
    ]
    used = {bar.colour_key for bar in bars}
    legend = tuple((key, *styles[key]) for key in styles if key in used)
    right_edge = grid.x(span[1]) + 15 * grid.day_width
    return TimelineChart(
        grid,
        tuple(keys),
        float(row_height),
        max(width, right_edge),
        tuple(bars),
        tuple(summaries),
        tuple(milestones),
        tuple(links),
        legend,
    )
