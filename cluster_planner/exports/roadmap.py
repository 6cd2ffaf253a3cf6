"""The roadmap's content, built once from a plan snapshot; the Word and PDF writers render it.

A roadmap is a list of parts (cover, contents, vision … endorsement), each a list of
plain blocks: headings, paragraphs, bullet lists, tables, the SWOT grid, the timeline
chart, signature lines. Writers decide how blocks look, never what they say, so the
two documents always carry the same content. Every text here is either a fixed word
(through ``Wording``) or the user's own text, cleaned of control characters; writers
still treat all of it as data, never as markup.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum

from cluster_planner.domain.action_plan import (
    Commitment,
    action_total,
    ordered_actions,
    plan_budget,
)
from cluster_planner.domain.codes import PlanCodes, code_sort_key, letters, plan_codes
from cluster_planner.domain.diff import PlanChange, changed_things
from cluster_planner.domain.entities import (
    Action,
    Indicator,
    Measurement,
    Objective,
    Organisation,
)
from cluster_planner.domain.enums import (
    ActionStatus,
    BodyRole,
    ContributionKind,
    ItemStatus,
    OptionKind,
    Quadrant,
)
from cluster_planner.domain.prioritisation import ranking
from cluster_planner.domain.review import slippage
from cluster_planner.domain.roadmap import (
    SOURCES,
    STATUSES,
    OrganisationSheet,
    budget_by_objective,
    budget_by_source,
    organisation_sheets,
)
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.domain.timeline import RowKey, TimelineChart, timeline_chart
from cluster_planner.exports.fonts import missing
from cluster_planner.exports.text import clean, one_line
from cluster_planner.exports.wording import Wording


class Section(StrEnum):
    """The parts of a roadmap a person can choose, in document order."""

    COVER = "cover"
    CONTENTS = "contents"
    VISION = "vision"
    SWOT = "swot"
    OPTIONS = "options"
    OBJECTIVES = "objectives"
    ACTION_PLAN = "action_plan"
    TIMELINE = "timeline"
    COMMITMENTS = "commitments"
    BUDGET = "budget"
    MONITORING = "monitoring"
    REVISIONS = "revisions"
    ENDORSEMENT = "endorsement"


ALL_SECTIONS: tuple[Section, ...] = tuple(Section)

# The section names people choose from (the headings of the document are worded alike).
SECTION_TITLES: dict[Section, str] = {
    Section.COVER: "Cover",
    Section.CONTENTS: "Contents",
    Section.VISION: "Vision",
    Section.SWOT: "Prioritised SWOT",
    Section.OPTIONS: "Strategic options",
    Section.OBJECTIVES: "Objectives and indicators",
    Section.ACTION_PLAN: "Action plan",
    Section.TIMELINE: "Timeline",
    Section.COMMITMENTS: "Who committed to what",
    Section.BUDGET: "Budget by source",
    Section.MONITORING: "Monitoring",
    Section.REVISIONS: "Revision history",
    Section.ENDORSEMENT: "Endorsement",
}


class Paper(StrEnum):
    """The paper sizes the PDF is laid out for (the Word file follows too)."""

    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True, slots=True)
class RevisionEntry:
    """An adopted revision of the plan as the revision history prints it."""

    number: int
    title: str = ""
    adopted_on: dt.date | None = None
    meeting: str = ""  # the meeting that endorsed it, in words
    decision: str = ""
    reason: str = ""
    changes: tuple[PlanChange, ...] = ()  # since the previous revision
    # Not an adopted revision: the changes made to the plan since revision ``number``.
    pending: bool = False


@dataclass(frozen=True, slots=True)
class Baseline:
    """The adopted revision slippage is measured against, and its actions by id."""

    number: int
    actions: Mapping[int, Action] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RoadmapOptions:
    """What to put in a roadmap and how: sections, paper, language, which revision."""

    sections: tuple[Section, ...] = ALL_SECTIONS
    paper: Paper = Paper.A4
    language: str = "en"
    revision: RevisionEntry | None = None  # the revision printed; None: the current plan
    printed_on: dt.date | None = None  # None: today
    logo: bytes | None = None  # a PNG or JPEG picture for the cover
    colour_by: str = "status"  # the timeline's bar colours: status, lead or category
    baseline: Baseline | None = None  # the adopted dates printed beside the plan's


# --- blocks ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading: level 1 starts a part (bookmarked and listed in the contents)."""

    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text; ``style`` is body, lead (larger), note (smaller, grey), quote or
    warning (a fault the reader should know of, in bold)."""

    text: str
    style: str = "body"


@dataclass(frozen=True, slots=True)
class Bullets:
    """A bulleted list."""

    items: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its title, its share of the width, and how its cells align."""

    title: str
    width: float
    align: str = "left"  # or "right" for amounts


@dataclass(frozen=True, slots=True)
class Row:
    """A table row; a ``group`` row spans the table (an objective), ``total`` rows are bold."""

    cells: tuple[str, ...]
    kind: str = "body"


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row repeated on every page."""

    columns: tuple[Column, ...]
    rows: tuple[Row, ...]


@dataclass(frozen=True, slots=True)
class SwotEntry:
    """One SWOT item in the grid: its code, statement, and its rank ("#3") and dots
    ("12 dots"), if voted."""

    code: str
    text: str
    rank: str = ""
    dots: str = ""


@dataclass(frozen=True, slots=True)
class SwotGrid:
    """The SWOT as a 2×2 grid (strengths, weaknesses / opportunities, threats)."""

    quadrants: tuple[tuple[str, tuple[SwotEntry, ...]], ...]


@dataclass(frozen=True, slots=True)
class Chart:
    """The timeline chart with its row labels and legend in words."""

    chart: TimelineChart
    labels: dict[RowKey, str]
    legend: tuple[tuple[str, str, str], ...]  # (label, colour, pattern)
    first_day: dt.date
    last_day: dt.date
    today: dt.date | None = None  # the day printed, marked by a line
    progress_label: str = ""  # the legend's words for the progress line under a bar
    today_label: str = ""  # the legend's words for the day's line
    longest_label: int = 0  # characters of the longest row label (for the label column)
    # The baseline's dates: (row, left, right) in the chart's units, drawn under the bars.
    baseline: tuple[tuple[int, float, float], ...] = ()
    baseline_label: str = ""  # the legend's words for the baseline's bands


@dataclass(frozen=True, slots=True)
class Signatures:
    """Lines for people to sign: (role, name, organisation) each, with blanks for the
    signature and the date; blank rows are spare lines for members not listed."""

    heading: tuple[str, str, str, str]
    rows: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True, slots=True)
class Cover:
    """The cover page."""

    cluster: str
    title: str
    place: str
    lines: tuple[str, ...]
    logo: bytes | None = None


@dataclass(frozen=True, slots=True)
class Contents:
    """The table of contents (the writers fill in the parts and pages)."""

    title: str


@dataclass(frozen=True, slots=True)
class RunningTitle:
    """From here, pages that continue the same sheet are titled ``text``; empty ends it.
    (The PDF prints it at the top of continuation pages; Word has no such thing.)"""

    text: str = ""


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start a new page (a long organisation's sheet starts its own)."""


@dataclass(frozen=True, slots=True)
class Group:
    """Blocks kept together on one page when they fit (a short organisation's sheet)."""

    blocks: tuple[Block, ...]


Block = (
    Heading
    | Paragraph
    | Bullets
    | Table
    | SwotGrid
    | Chart
    | Signatures
    | Cover
    | Contents
    | RunningTitle
    | PageBreak
    | Group
)


@dataclass(frozen=True, slots=True)
class Part:
    """One section of the document; it starts on a new page, landscape when it is wide."""

    section: Section
    title: str
    blocks: tuple[Block, ...]
    landscape: bool = False
    # Nothing to say but a line ("No option has been recorded yet."): it follows the part
    # before on the same page instead of taking a page of its own.
    brief: bool = False


@dataclass(frozen=True, slots=True)
class Roadmap:
    """The whole document's content, ready for a writer."""

    title: str  # the document's title (file properties)
    plan_name: str  # the running header
    revision_label: str  # the running header's other side
    parts: tuple[Part, ...]
    paper: Paper
    wording: Wording = field(default_factory=Wording)

    def headings(self) -> list[str]:
        """The titles of the parts listed in the contents (all but the cover and contents)."""
        return [p.title for p in self.parts if p.section not in (Section.COVER, Section.CONTENTS)]


# --- building ----------------------------------------------------------------------------


def build_roadmap(
    snapshot: PlanSnapshot,
    options: RoadmapOptions | None = None,
    history: Sequence[RevisionEntry] = (),
) -> Roadmap:
    """The roadmap of ``snapshot`` with the chosen sections, and the revision history given."""
    options = options or RoadmapOptions()
    words = Wording(options.language)
    builder = _Builder(snapshot, options, words, tuple(history))
    chosen = set(options.sections)
    parts = tuple(builder.part(section) for section in ALL_SECTIONS if section in chosen)
    name = one_line(snapshot.profile.name) or words("Cluster")
    revision = options.revision
    if revision is not None:
        label = words("Revision {number}", number=revision.number)
        if revision.adopted_on is not None:
            label = words(
                "Revision {number} of {date}",
                number=revision.number,
                date=words.date(revision.adopted_on),
            )
    else:
        label = words("Current plan, {date}", date=words.date(builder.printed_on))
    return Roadmap(
        title=words("{cluster}: vision and action plan", cluster=name),
        plan_name=name,
        revision_label=label,
        parts=parts,
        paper=options.paper,
        wording=words,
    )


class _Builder:
    """Builds each part from the snapshot (lookups are made once)."""

    def __init__(
        self,
        snapshot: PlanSnapshot,
        options: RoadmapOptions,
        words: Wording,
        history: tuple[RevisionEntry, ...],
    ) -> None:
        self.snapshot = snapshot
        self.options = options
        self.words = words
        self.history = history
        self.printed_on = options.printed_on or dt.date.today()
        self.currency = one_line(snapshot.profile.currency)
        self.organisations = {o.id: o for o in snapshot.organisations}
        self.objectives = sorted(snapshot.objectives, key=lambda o: (o.position, o.id))
        self.actions = ordered_actions(snapshot.objectives, snapshot.actions)
        # Every code in the document's language, from the one scheme the screen uses too.
        self.plan_codes = plan_codes(
            words.language,
            items=snapshot.swot_items,
            options=snapshot.options,
            objectives=snapshot.objectives,
            actions=snapshot.actions,
        )
        self.codes = self.plan_codes.actions
        # The latest value measured for each indicator (the monitoring table's "actual").
        self.latest: dict[int, Measurement] = {}
        for measurement in sorted(snapshot.measurements, key=lambda m: (m.measured_on, m.id)):
            self.latest[measurement.indicator_id] = measurement

    def part(self, section: Section) -> Part:
        title = self.words(SECTION_TITLES[section])
        blocks = SECTION_BUILDERS[section](self, title)
        wide = section in (Section.ACTION_PLAN, Section.TIMELINE, Section.MONITORING)
        brief = (
            section not in (Section.COVER, Section.CONTENTS, Section.ENDORSEMENT)
            and len(blocks) == 2
            and isinstance(blocks[1], Paragraph)
        )
        return Part(section, title, blocks, landscape=wide and not brief, brief=brief)

    # --- helpers ---

    def _org(self, organisation_id: int | None) -> str:
        organisation = self.organisations.get(organisation_id or -1)
        return organisation_label(organisation) if organisation else "—"

    def _objective_code(self, objective: Objective) -> str:
        return self.plan_codes.objectives.get(objective.id, "")

    def _money(self, amount: float) -> str:
        return self.words.money(amount, self.currency) if amount else "—"

    def _measure(self, value: float | None, unit: str) -> str:
        return measure_text(self.words, value, unit)

    # --- the parts ---

    def _cover(self, title: str) -> tuple[Block, ...]:
        words, profile = self.words, self.snapshot.profile
        place = ", ".join(
            one_line(p) for p in (profile.town, profile.region, profile.country) if one_line(p)
        )
        lines: list[str] = []
        if one_line(profile.sector):
            lines.append(one_line(profile.sector))
        if profile.horizon_start and profile.horizon_end:
            lines.append(
                words(
                    "Plan period {start}–{end}",
                    start=profile.horizon_start,
                    end=profile.horizon_end,
                )
            )
        revision = self.options.revision
        if revision is not None:
            if revision.adopted_on is not None:
                lines.append(
                    words(
                        "Revision {number}, adopted on {date}",
                        number=revision.number,
                        date=words.date(revision.adopted_on),
                    )
                )
            else:
                lines.append(words("Revision {number}", number=revision.number))
            if one_line(revision.meeting):
                lines.append(words("Endorsed at: {meeting}", meeting=one_line(revision.meeting)))
        else:
            lines.append(words("Current plan (not an adopted revision)"))
            adopted = [r for r in self.history if not r.pending]
            if adopted:
                last = max(adopted, key=lambda r: r.number)
                if last.adopted_on is not None:
                    lines.append(
                        words(
                            "Based on revision {number} of {date}",
                            number=last.number,
                            date=words.date(last.adopted_on),
                        )
                    )
                else:
                    lines.append(words("Based on revision {number}", number=last.number))
        lines.append(words("Printed on {date}", date=words.date(self.printed_on)))
        return (
            Cover(
                cluster=one_line(profile.name) or words("Cluster"),
                title=words("Vision and action plan"),
                place=place,
                lines=tuple(lines),
                logo=self.options.logo,
            ),
        )

    def _contents(self, title: str) -> tuple[Block, ...]:
        return (Contents(title),)

    def _vision(self, title: str) -> tuple[Block, ...]:
        words, snapshot = self.words, self.snapshot
        blocks: list[Block] = [Heading(title)]
        elements = {e.id: e for e in snapshot.vision_elements}
        meetings = {m.id: m for m in snapshot.meetings}
        versions = sorted(snapshot.vision_versions, key=lambda v: v.number)
        if versions:
            adopted = versions[-1]
            blocks.append(Paragraph(clean(adopted.statement), "lead"))
            meeting = meetings.get(adopted.meeting_id)
            blocks.append(
                Paragraph(
                    words(
                        "Vision version {number}, adopted on {date} at {meeting} ({rule}).",
                        number=adopted.number,
                        date=words.date(adopted.adopted_on),
                        meeting=one_line(meeting.title) if meeting else "—",
                        rule=words.label(adopted.decision_rule).lower(),
                    ),
                    "note",
                )
            )
            chosen = [elements[i] for i in adopted.element_ids if i in elements]
        else:
            blocks.append(Paragraph(words("No vision has been adopted yet."), "lead"))
            chosen = list(elements.values())
        chosen.sort(key=lambda e: (e.position, e.id))
        if chosen:
            blocks.append(Heading(words("Elements of the vision"), 2))
            blocks.append(
                Bullets(
                    tuple(
                        words(
                            "{name}: {description}",
                            name=one_line(e.name),
                            description=one_line(e.description),
                        )
                        if one_line(e.description)
                        else one_line(e.name)
                        for e in chosen
                    )
                )
            )
        return tuple(blocks)

    def _swot(self, title: str) -> tuple[Block, ...]:
        words, snapshot = self.words, self.snapshot
        blocks: list[Block] = [Heading(title)]
        codes = self.plan_codes.items
        active = [i for i in snapshot.swot_items if i.status is ItemStatus.ACTIVE]
        revealed = [r for r in snapshot.voting_rounds if r.revealed]
        ranks: dict[int, tuple[int, int]] = {}
        if revealed:
            voting_round = revealed[-1]
            for ranked in ranking(voting_round, active):
                if ranked.score > 0:
                    ranks[ranked.item.id] = (ranked.rank, ranked.score)
            meeting = next((m for m in snapshot.meetings if m.id == voting_round.meeting_id), None)
            blocks.append(
                Paragraph(
                    words(
                        "Ranked by the dots given in “{round}” ({date}); rank 1 is the most "
                        "voted. Items without votes follow.",
                        round=one_line(voting_round.title),
                        date=words.date(meeting.date) if meeting else "—",
                    ),
                    "note",
                )
            )
        else:
            blocks.append(Paragraph(words("The SWOT has not been prioritised yet."), "note"))
        quadrants = []
        for quadrant in Quadrant:
            items = [i for i in active if i.quadrant is quadrant]
            items.sort(key=lambda i: (ranks.get(i.id, (10**9, 0))[0], i.position, i.id))
            entries = []
            for item in items:
                rank = dots = ""
                if item.id in ranks:
                    position, score = ranks[item.id]
                    rank = words("rank {rank}", rank=position).replace(" ", "\u00a0")
                    dots = words("{dots} dots", dots=score) if score != 1 else words("1 dot")
                entries.append(SwotEntry(codes[item.id], one_line(item.statement), rank, dots))
            quadrants.append((words.label(quadrant), tuple(entries)))
        blocks.append(SwotGrid(tuple(quadrants)))
        return tuple(blocks)

    def _options(self, title: str) -> tuple[Block, ...]:
        words, snapshot = self.words, self.snapshot
        blocks: list[Block] = [Heading(title)]
        if not snapshot.options:
            blocks.append(Paragraph(words("No strategic option has been recorded yet.")))
            return tuple(blocks)
        codes = self.plan_codes.options
        items = self.plan_codes.items
        marks = letters(words.language).quadrants
        blocks.append(
            Paragraph(
                words(
                    "Options pair the cluster's strengths ({S}) or weaknesses ({W}) with "
                    "opportunities ({O}) or threats ({T}). Impact and effort are rated 1 (low) "
                    "to 5 (high).",
                    S=marks[Quadrant.STRENGTH],
                    W=marks[Quadrant.WEAKNESS],
                    O=marks[Quadrant.OPPORTUNITY],
                    T=marks[Quadrant.THREAT],
                ),
                "note",
            )
        )
        rows: list[Row] = []
        ordered = sorted(
            snapshot.options, key=lambda o: (list(OptionKind).index(o.kind), o.position, o.id)
        )
        kind: OptionKind | None = None
        for option in ordered:
            if option.kind is not kind:
                kind = option.kind
                rows.append(Row((words.label(kind),), "group"))
            used = ", ".join(
                sorted((items[i] for i in option.item_ids if i in items), key=self._item_order)
            )
            rows.append(
                Row(
                    (
                        codes[option.id],
                        one_line(option.statement),
                        used or "—",
                        str(option.impact) if option.impact is not None else "—",
                        str(option.effort) if option.effort is not None else "—",
                    )
                )
            )
        columns = (
            Column(words("Code"), 7),
            Column(words("Option"), 57),
            Column(words("Draws on"), 16),
            Column(words("Impact"), 10, "right"),
            Column(words("Effort"), 10, "right"),
        )
        blocks.append(Table(columns, tuple(rows)))
        return tuple(blocks)

    def _item_order(self, code: str) -> tuple[int, tuple[str, tuple[int, ...]]]:
        """SWOT codes in the quadrants' order (S, W, O, T), then by number."""
        order = list(letters(self.words.language).quadrants.values())
        mark, _numbers = code_sort_key(code)
        return (order.index(mark) if mark in order else len(order), code_sort_key(code))

    def _objectives(self, title: str) -> tuple[Block, ...]:
        words = self.words
        blocks: list[Block] = [Heading(title)]
        if not self.objectives:
            blocks.append(Paragraph(words("No objective has been set yet.")))
            return tuple(blocks)
        elements = {e.id: e for e in self.snapshot.vision_elements}
        for objective in self.objectives:
            blocks.append(
                Heading(f"{self._objective_code(objective)}  {one_line(objective.title)}", 2)
            )
            if clean(objective.description).strip():
                blocks.append(Paragraph(clean(objective.description)))
            named = [one_line(elements[i].name) for i in objective.element_ids if i in elements]
            if named:
                blocks.append(
                    Paragraph(
                        words("Serves the vision elements: {names}.", names="; ".join(named)),
                        "note",
                    )
                )
            own = [a for a in self.actions if a.objective_id == objective.id]
            dropped = sum(a.status is ActionStatus.DROPPED for a in own)
            count = len(own) - dropped
            text = words("{count} actions", count=count) if count != 1 else words("1 action")
            if dropped:
                text += ", " + (
                    words("{count} dropped", count=dropped) if dropped != 1 else words("1 dropped")
                )
            blocks.append(Paragraph(f"{text}.", "note"))
            if objective.indicators:
                rows = tuple(
                    Row(
                        (
                            one_line(i.name),
                            self._baseline(i),
                            self._target(i),
                            one_line(i.means_of_verification) or "—",
                        )
                    )
                    for i in sorted(objective.indicators, key=lambda i: (i.position, i.id))
                )
                blocks.append(
                    Table(
                        (
                            Column(words("Indicator"), 34),
                            Column(words("Baseline"), 20),
                            Column(words("Target"), 20),
                            Column(words("Means of verification"), 26),
                        ),
                        rows,
                    )
                )
            else:
                blocks.append(Paragraph(words("No indicator yet."), "note"))
        return tuple(blocks)

    def _baseline(self, indicator: Indicator) -> str:
        text = self._measure(indicator.baseline_value, indicator.unit)
        if indicator.baseline_value is not None and indicator.baseline_date is not None:
            text += f" ({self.words.short_date(indicator.baseline_date)})"
        return text

    def _target(self, indicator: Indicator) -> str:
        return target_text(self.words, indicator)

    def _action_plan(self, title: str) -> tuple[Block, ...]:
        words = self.words
        blocks: list[Block] = [Heading(title)]
        if not self.actions:
            blocks.append(Paragraph(words("No action has been planned yet.")))
            return tuple(blocks)
        blocks.append(
            Paragraph(
                words(
                    "Each action has one accountable lead organisation; partners bring cash, "
                    "goods in kind or staff time. Budgets are the sums of the actions' "
                    "cost-share lines."
                ),
                "note",
            )
        )
        rows: list[Row] = []
        for objective in self.objectives:
            own = [a for a in self.actions if a.objective_id == objective.id]
            rows.append(
                Row((f"{self._objective_code(objective)}  {one_line(objective.title)}",), "group")
            )
            for action in own:
                rows.append(self._action_row(action))
        columns: tuple[Column, ...] = (
            Column(words("Code"), 6),
            Column(words("Action"), 27),
            Column(words("Lead"), 15),
            Column(words("Partners"), 17),
            Column(words("Start"), 8.5),
            Column(words("End"), 8.5),
            Column(words("Budget"), 9.5, "right"),
            Column(words("Status"), 8.5),
        )
        baseline = self.options.baseline
        if baseline is not None:
            # How far each action moved since the adopted revision (days, signed).
            columns = (
                *columns[:1],
                Column(words("Action"), 23),
                Column(words("Lead"), 13),
                Column(words("Partners"), 14),
                *columns[4:7],
                Column(
                    words("Moved since revision {number}", number=baseline.number), 9.5, "right"
                ),
                columns[7],
            )
        total = plan_budget(self.actions).total
        cells = ["", words("Plan total (dropped actions left out)"), "", "", "", ""]
        cells += [self._money(total), *([""] * (len(columns) - 7))]
        rows.append(Row(tuple(cells), "total"))
        blocks.append(Table(columns, tuple(rows)))
        return tuple(blocks)

    def _action_row(self, action: Action) -> Row:
        words = self.words
        partners = ", ".join(dict.fromkeys(self._org(p.organisation_id) for p in action.partners))
        cells = [
            self.codes.get(action.id, ""),
            one_line(action.title),
            self._org(action.lead_id),
            partners or "—",
            words.short_date(action.start_date),
            words.short_date(action.end_date),
            self._money(action_total(action)),
        ]
        if self.options.baseline is not None:
            cells.append(self._moved(action, self.options.baseline))
        cells.append(words.label(action.status))
        return Row(tuple(cells))

    def _moved(self, action: Action, baseline: Baseline) -> str:
        """How many days the action's end (else its start) moved since the baseline."""
        moved = slippage(action, baseline.actions)
        if moved.new:
            return self.words("new")
        days = moved.end_days if moved.end_days is not None else moved.start_days
        if days is None:
            return "—"
        if days == 0:
            return "0"
        sign = "+" if days > 0 else "−"
        return sign + self.words.days(abs(days))

    def _timeline(self, title: str) -> tuple[Block, ...]:
        words = self.words
        blocks: list[Block] = [Heading(title)]
        chart = timeline_chart(
            self.snapshot.objectives,
            self.snapshot.actions,
            self.snapshot.dependencies,
            width=1000.0,
            row_height=1.0,
            colour_by=self.options.colour_by,
        )
        if chart is None:
            blocks.append(Paragraph(words("No action has dates yet, so there is no timeline.")))
            return tuple(blocks)
        labels: dict[RowKey, str] = {}
        objectives = {o.id: o for o in self.objectives}
        titles = {a.id: a.title for a in self.actions}
        for key in chart.rows:
            kind, record_id = key
            if kind == "objective":
                objective = objectives[record_id]
                labels[key] = f"{self._objective_code(objective)}  {one_line(objective.title)}"
            else:
                labels[key] = f"{self.codes.get(record_id, '')}  {one_line(titles[record_id])}"
        legend = tuple(
            (self._legend_label(key), colour, pattern) for key, colour, pattern in chart.legend
        )
        dated = [a for a in self.actions if a.start_date is not None and a.end_date is not None]
        first = min(a.start_date for a in dated if a.start_date is not None)
        last = max(a.end_date for a in dated if a.end_date is not None)
        blocks.append(
            Paragraph(
                words(
                    "Bars run from an action's start to its end; diamonds are milestones "
                    "(filled when reached); arrows are dependencies. Each status has its own "
                    "pattern, so the chart reads in black and white."
                ),
                "note",
            )
        )
        bands: list[tuple[int, float, float]] = []
        baseline_label = ""
        baseline = self.options.baseline
        if baseline is not None:
            rows = {key: n for n, key in enumerate(chart.rows)}
            for action_id, adopted in baseline.actions.items():
                row = rows.get(("action", action_id))
                if row is None or adopted.start_date is None or adopted.end_date is None:
                    continue
                left, right = chart.grid.span(adopted.start_date, adopted.end_date)
                bands.append((row, left, right))
            if bands:
                baseline_label = words(
                    "Revision {number}'s dates (the baseline)", number=baseline.number
                )
        blocks.append(
            Chart(
                chart,
                labels,
                legend,
                first,
                last,
                today=self.printed_on,
                progress_label=words("Progress (line along the bar's foot)"),
                today_label=words("Today, {date}", date=words.short_date(self.printed_on)),
                longest_label=max((len(label) for label in labels.values()), default=0),
                baseline=tuple(sorted(bands)),
                baseline_label=baseline_label,
            )
        )
        return tuple(blocks)

    def _legend_label(self, key: object) -> str:
        if self.options.colour_by == "lead":
            return self._org(key if isinstance(key, int) else None)
        if self.options.colour_by == "category":
            return self.words.category(str(key)) if key else self.words("No category")
        return self.words.label(key) if isinstance(key, Enum) else str(key)

    def _commitments(self, title: str) -> tuple[Block, ...]:
        words = self.words
        blocks: list[Block] = [Heading(title)]
        sheets = organisation_sheets(
            self.snapshot.objectives,
            self.snapshot.actions,
            self.snapshot.organisations,
            with_indicators=True,
        )
        if not sheets:
            blocks.append(Paragraph(words("No organisation has committed to an action yet.")))
            return tuple(blocks)
        blocks.append(
            Paragraph(
                words(
                    "A sheet per organisation: the actions it leads, what it brings as a "
                    "partner, the part of the budget it pays and the indicators it reports "
                    "on. Dropped actions are left out."
                ),
                "note",
            )
        )
        for index, sheet in enumerate(sheets):
            content = sheet_blocks(sheet, words, self.currency, self.plan_codes)
            # A long sheet starts a page of its own; short ones follow each other, each
            # kept whole on one page (sixteen one-line sheets are not sixteen pages).
            long = sum(len(b.rows) for b in content if isinstance(b, Table)) > SHORT_SHEET_ROWS
            if not long:
                blocks.append(Group(tuple(content)))
                continue
            if index:
                blocks.append(PageBreak())
            # The pages a long sheet continues on say whose sheet they are.
            name = organisation_label(sheet.organisation)
            blocks.append(RunningTitle(words("{organisation} (continued)", organisation=name)))
            blocks.extend(content)
            blocks.append(RunningTitle())
        return tuple(blocks)

    def _budget(self, title: str) -> tuple[Block, ...]:
        words = self.words
        actions = self.actions
        whole = plan_budget(actions)
        blocks: list[Block] = [
            Heading(title),
            Paragraph(words("Plan budget: {amount}", amount=self._money(whole.total)), "lead"),
            Paragraph(
                words(
                    "Sums of the actions' cost-share lines; dropped actions are left out. "
                    "Pledged: promised; secured: confirmed; spent: already paid out."
                ),
                "note",
            ),
            Heading(words("Who pays, and how sure it is"), 2),
        ]
        by_source = budget_by_source(actions)
        rows = []
        for source in SOURCES:
            summary = by_source[source]
            name = words.label(source) if source is not None else words("No source yet")
            rows.append(
                Row(
                    (
                        name,
                        *(self._money(summary.by_status.get(s, 0.0)) for s in STATUSES),
                        self._money(summary.total),
                    )
                )
            )
        rows.append(
            Row(
                (
                    words("Total"),
                    *(self._money(whole.by_status.get(s, 0.0)) for s in STATUSES),
                    self._money(whole.total),
                ),
                "total",
            )
        )
        blocks.append(
            Table(
                (
                    Column(words("Source of funds"), 28),
                    *(Column(words.label(s), 18, "right") for s in STATUSES),
                    Column(words("Total"), 18, "right"),
                ),
                tuple(rows),
            )
        )
        blocks.append(Heading(words("Budget by objective"), 2))
        lines = budget_by_objective(self.snapshot.objectives, actions)
        objective_rows = [
            Row(
                (
                    f"{self.plan_codes.objectives.get(line.objective_id, '')}  "
                    f"{one_line(line.title)}",
                    self._money(line.amount),
                    self._share(line.amount, whole.total),
                )
            )
            for line in lines
        ]
        objective_rows.append(
            Row(
                (
                    words("Plan total"),
                    self._money(whole.total),
                    self._share(whole.total, whole.total),
                ),
                "total",
            )
        )
        blocks.append(
            Table(
                (
                    Column(words("Objective"), 60),
                    Column(words("Budget"), 22, "right"),
                    Column(words("Share of the plan"), 18, "right"),
                ),
                tuple(objective_rows),
            )
        )
        return tuple(blocks)

    def _share(self, amount: float, total: float) -> str:
        if not total or not amount or not math.isfinite(amount / total):
            return "—"
        return self.words("{percent} %", percent=round(amount / total * 100))

    def _monitoring(self, title: str) -> tuple[Block, ...]:
        words = self.words
        blocks: list[Block] = [Heading(title)]
        rows: list[Row] = []
        for objective in self.objectives:
            own: list[Row] = []
            for indicator in sorted(objective.indicators, key=lambda i: (i.position, i.id)):
                own.append(self._indicator_row(self._objective_code(objective), indicator))
            for action in self.actions:
                if action.objective_id != objective.id:
                    continue
                for indicator in sorted(action.indicators, key=lambda i: (i.position, i.id)):
                    own.append(self._indicator_row(self.codes.get(action.id, ""), indicator))
            if own:
                title = f"{self._objective_code(objective)}  {one_line(objective.title)}"
                rows.append(Row((title,), "group"))
                rows.extend(own)
        if not rows:
            blocks.append(Paragraph(words("No indicator has been set yet.")))
            return tuple(blocks)
        blocks.append(
            Paragraph(
                words(
                    "The indicators of the objectives ({objective}) and of the actions "
                    "({action}): where the cluster started, where it aims to be, and how and "
                    "by whom progress is checked. Actual: the latest value recorded, with its "
                    "date.",
                    objective=letters(words.language).objective,
                    action=letters(words.language).action,
                ),
                "note",
            )
        )
        blocks.append(
            Table(
                (
                    Column(words("For"), 5),
                    Column(words("Indicator"), 20),
                    Column(words("Baseline"), 12),
                    Column(words("Target"), 13),
                    Column(words("Actual"), 12),
                    Column(words("Means of verification"), 15),
                    Column(words("How often"), 9),
                    Column(words("Responsible"), 14),
                ),
                tuple(rows),
            )
        )
        return tuple(blocks)

    def _indicator_row(self, code: str, indicator: Indicator) -> Row:
        return Row(
            (
                code,
                one_line(indicator.name),
                self._baseline(indicator),
                self._target(indicator),
                self._actual(indicator),
                one_line(indicator.means_of_verification) or "—",
                one_line(indicator.frequency) or "—",
                self._org(indicator.responsible_id),
            )
        )

    def _actual(self, indicator: Indicator) -> str:
        measurement = self.latest.get(indicator.id)
        if measurement is None:
            return "—"
        text = self._measure(measurement.value, indicator.unit)
        return f"{text} ({self.words.short_date(measurement.measured_on)})"

    def _revisions(self, title: str) -> tuple[Block, ...]:
        words = self.words
        blocks: list[Block] = [Heading(title)]
        history = sorted((r for r in self.history if not r.pending), key=lambda r: r.number)
        pending = next((r for r in self.history if r.pending), None)
        if not history:
            blocks.append(Paragraph(words("No revision of this plan has been adopted yet.")))
            return tuple(blocks)
        blocks.append(
            Table(
                (
                    Column(words("Revision"), 12),
                    Column(words("Adopted on"), 20),
                    Column(words("Meeting"), 34),
                    Column(words("Decision"), 34),
                ),
                tuple(
                    Row(
                        (
                            str(r.number),
                            words.date(r.adopted_on),
                            one_line(r.meeting) or "—",
                            one_line(r.decision) or "—",
                        )
                    )
                    for r in history
                ),
            )
        )
        previous: RevisionEntry | None = None
        for revision in history:
            if one_line(revision.title):
                heading = words(
                    "Revision {number}: {title}",
                    number=revision.number,
                    title=one_line(revision.title),
                )
            else:
                heading = words("Revision {number}", number=revision.number)
            blocks.append(Heading(heading, 2))
            if clean(revision.reason).strip():
                blocks.append(Paragraph(clean(revision.reason)))
            if previous is None:
                blocks.append(Paragraph(words("The first adopted plan."), "note"))
            else:
                blocks.extend(self._changes(revision.changes, previous.number))
            previous = revision
        if pending is not None and self.options.revision is None:
            blocks.append(
                Heading(
                    words(
                        "Changes since revision {number} (not yet adopted)",
                        number=pending.number,
                    ),
                    2,
                )
            )
            blocks.extend(self._changes(pending.changes, pending.number, note=False))
        return tuple(blocks)

    def _changes(
        self, changes: Sequence[PlanChange], since: int, *, note: bool = True
    ) -> list[Block]:
        """The changes since revision ``since``: one bullet per action, its changes joined."""
        words = self.words
        if not changes:
            return [Paragraph(words("No change since revision {number}.", number=since), "note")]
        blocks: list[Block] = []
        if note:
            blocks.append(
                Paragraph(words("Changes since revision {number}:", number=since), "note")
            )
        blocks.append(Bullets(change_lines(changes, words)))
        return blocks

    def _endorsement(self, title: str) -> tuple[Block, ...]:
        words = self.words
        cluster = one_line(self.snapshot.profile.name) or words("the cluster")
        revision = self.options.revision
        if revision is not None and one_line(revision.meeting):
            meeting = _COMMISSION_PREFIX.sub("", one_line(revision.meeting)) or one_line(
                revision.meeting
            )
            if revision.adopted_on is not None:
                sentence = words(
                    "This roadmap was endorsed by the Cluster Commission of {cluster} at its "
                    "meeting “{meeting}” on {date}.",
                    cluster=cluster,
                    meeting=meeting,
                    date=words.date(revision.adopted_on),
                )
            else:
                sentence = words(
                    "This roadmap was endorsed by the Cluster Commission of {cluster} at its "
                    "meeting “{meeting}”.",
                    cluster=cluster,
                    meeting=meeting,
                )
        else:
            # The blank stays with the words before it (no-break spaces): never alone.
            sentence = words(
                "This roadmap was endorsed by the Cluster Commission of {cluster} at its "
                "meeting\u00a0of\u00a0______________.",
                cluster=cluster,
            )
        # One line per Commission seat, in the order of the roles, then spare lines.
        roles = (
            BodyRole.CHAIR,
            BodyRole.VICE_CHAIR,
            BodyRole.SECRETARY,
            BodyRole.MEMBER,
            BodyRole.OBSERVER,
        )
        seated = sorted(
            (p for p in self.snapshot.people if p.commission_role in roles),
            key=lambda p: (roles.index(p.commission_role), p.name.casefold(), p.id),
        )
        rows = [
            (words.label(p.commission_role), one_line(p.name), self._org(p.organisation_id))
            for p in seated
        ]
        rows = [(r, n, o if o != "—" else "") for r, n, o in rows]
        if not seated:
            rows = [
                (words.label(BodyRole.CHAIR), "", ""),
                (words.label(BodyRole.SECRETARY), "", ""),
            ]
        rows += [("", "", "")] * SPARE_SIGNATURES
        return (
            Heading(title),
            Paragraph(sentence),
            Signatures(
                (words("Role"), words("Name"), words("Signature"), words("Date")), tuple(rows)
            ),
        )


# Which builder writes each section: a table, so a reader (and a dead-code tool) can follow it.
SECTION_BUILDERS: Mapping[Section, Callable[[_Builder, str], tuple[Block, ...]]] = {
    Section.COVER: _Builder._cover,
    Section.CONTENTS: _Builder._contents,
    Section.VISION: _Builder._vision,
    Section.SWOT: _Builder._swot,
    Section.OPTIONS: _Builder._options,
    Section.OBJECTIVES: _Builder._objectives,
    Section.ACTION_PLAN: _Builder._action_plan,
    Section.TIMELINE: _Builder._timeline,
    Section.COMMITMENTS: _Builder._commitments,
    Section.BUDGET: _Builder._budget,
    Section.MONITORING: _Builder._monitoring,
    Section.REVISIONS: _Builder._revisions,
    Section.ENDORSEMENT: _Builder._endorsement,
}


def organisation_label(organisation: Organisation) -> str:
    """An organisation's name with its acronym: Cámara de Comercio de Antonio Ante (CCAA)."""
    name = one_line(organisation.name)
    acronym = one_line(organisation.acronym)
    return f"{name} ({acronym})" if acronym else name


SHORT_SHEET_ROWS = 10  # an organisation's sheet with more table rows starts a page


def sheet_blocks(
    sheet: OrganisationSheet, words: Wording, currency: str, codes: PlanCodes
) -> list[Block]:
    """One organisation's sheet of who committed to what: its name, one sentence of what it
    committed to (true sums: the cash it brings is said to be in what it pays only as far
    as cost lines it pays on the same actions hold it), a warning for partner cash in no
    cost line, then the actions it leads, what it brings, what it pays and the indicators it
    reports on. The printed roadmap and the Action plan page both show exactly this."""
    return _Sheet(words, currency, codes).blocks(sheet)


class _Sheet:
    """Words one organisation's sheet (see ``sheet_blocks``)."""

    def __init__(self, words: Wording, currency: str, codes: PlanCodes) -> None:
        self.words = words
        self.currency = currency
        self.codes = codes

    def money(self, amount: float) -> str:
        return self.words.money(amount, self.currency) if amount else "—"

    def blocks(self, sheet: OrganisationSheet) -> list[Block]:
        words = self.words
        commitment = sheet.commitment
        codes = self.codes.actions
        blocks: list[Block] = [
            Heading(organisation_label(sheet.organisation), 2),
            Paragraph(self.summary(commitment, sheet.indicators), "lead"),
        ]
        gaps = sheet.cash_gaps
        if gaps:
            missing = sum(g.missing for g in gaps)
            blocks.append(
                Paragraph(
                    words(
                        "⚠ {amount} of the cash it brings is in no cost line of the budget "
                        "({codes}): add the cost lines it pays there, or correct the amounts.",
                        amount=self.money(missing),
                        codes=", ".join(codes.get(g.action.id, "") for g in gaps),
                    ),
                    "warning",
                )
            )
        if commitment.leads:
            blocks.append(Heading(words("Actions it leads"), 3))
            blocks.append(
                Table(
                    (
                        Column(words("Code"), 10),
                        Column(words("Action"), 50),
                        Column(words("Dates"), 25),
                        Column(words("Status"), 15),
                    ),
                    tuple(
                        Row(
                            (
                                codes.get(a.id, ""),
                                one_line(a.title),
                                self.dates(a),
                                words.label(a.status),
                            )
                        )
                        for a in commitment.leads
                    ),
                )
            )
        if commitment.contributions:
            blocks.append(Heading(words("What it contributes"), 3))
            rows = [
                Row(
                    (
                        codes.get(a.id, ""),
                        one_line(a.title),
                        words.label(p.contribution),
                        one_line(p.description) or "—",
                        self.contribution(p.contribution, p.amount),
                    )
                )
                for a, p in commitment.contributions
            ]
            for kind in ContributionKind:
                total = commitment.contributed(kind)
                if total and kind is not ContributionKind.NOT_STATED:
                    rows.append(
                        Row(
                            (
                                "",
                                words("Total"),
                                words.label(kind),
                                "",
                                self.contribution(kind, total),
                            ),
                            "total",
                        )
                    )
            blocks.append(
                Table(
                    (
                        Column(words("Code"), 10),
                        Column(words("Action"), 34),
                        Column(words("Kind"), 14),
                        Column(words("What"), 24),
                        Column(words("Amount"), 18, "right"),
                    ),
                    tuple(rows),
                )
            )
        if commitment.funding:
            blocks.append(Heading(words("What it pays"), 3))
            rows = [
                Row(
                    (
                        codes.get(a.id, ""),
                        one_line(a.title),
                        one_line(line.description) or "—",
                        words.label(line.source) if line.source else words("No source yet"),
                        words.label(line.status),
                        self.money(line.amount),
                    )
                )
                for a, line in commitment.funding
            ]
            rows.append(
                Row(
                    ("", words("Total"), "", "", "", self.money(commitment.funding_total)),
                    "total",
                )
            )
            blocks.append(
                Table(
                    (
                        Column(words("Code"), 9),
                        Column(words("Action"), 30),
                        Column(words("Cost"), 19),
                        Column(words("Source"), 14),
                        Column(words("Status"), 12),
                        Column(words("Amount"), 16, "right"),
                    ),
                    tuple(rows),
                )
            )
        if sheet.indicators:
            blocks.append(Heading(words("Indicators it reports on"), 3))
            blocks.append(
                Table(
                    (
                        Column(words("For"), 10),
                        Column(words("Indicator"), 36),
                        Column(words("Target"), 22),
                        Column(words("How often"), 14),
                        Column(words("Means of verification"), 18),
                    ),
                    tuple(
                        Row(
                            (
                                self.owner_code(owner),
                                one_line(indicator.name),
                                target_text(words, indicator),
                                one_line(indicator.frequency) or "—",
                                one_line(indicator.means_of_verification) or "—",
                            )
                        )
                        for owner, indicator in sheet.indicators
                    ),
                )
            )
        return blocks

    def owner_code(self, owner: Objective | Action) -> str:
        if isinstance(owner, Objective):
            return self.codes.objectives.get(owner.id, "")
        return self.codes.actions.get(owner.id, "")

    def contribution(self, kind: ContributionKind, amount: float | None) -> str:
        if amount is None or kind is ContributionKind.NOT_STATED:
            return self.words("not stated")
        if kind is ContributionKind.STAFF_DAYS:
            return self.words.days(amount)
        return self.words.money(amount, self.currency)

    def dates(self, action: Action) -> str:
        words = self.words
        if action.start_date is None and action.end_date is None:
            return words("no dates yet")
        return f"{words.short_date(action.start_date)} – {words.short_date(action.end_date)}"

    def summary(
        self, commitment: Commitment, reports: Sequence[tuple[Objective | Action, Indicator]]
    ) -> str:
        words = self.words
        parts = []
        led = len(commitment.leads)
        if led:
            parts.append(
                words("leads 1 action") if led == 1 else words("leads {count} actions", count=led)
            )
        partnered = len(commitment.partnered)
        if partnered:
            parts.append(
                words("takes part in 1 action as a partner")
                if partnered == 1
                else words("takes part in {count} actions as a partner", count=partnered)
            )
        cash = commitment.contributed(ContributionKind.CASH)
        in_kind = commitment.contributed(ContributionKind.IN_KIND)
        days = commitment.contributed(ContributionKind.STAFF_DAYS)
        if cash and in_kind:
            parts.append(
                words(
                    "brings {cash} in cash and {in_kind} in kind",
                    cash=self.money(cash),
                    in_kind=self.money(in_kind),
                )
            )
        elif cash:
            parts.append(words("brings {amount} in cash", amount=self.money(cash)))
        elif in_kind:
            parts.append(words("brings {amount} in kind", amount=self.money(in_kind)))
        if days:
            parts.append(words("gives {days} of staff time", days=words.days(days)))
        unstated = len(commitment.unstated)
        if unstated:
            parts.append(
                words("has not yet said what it brings to 1 action")
                if unstated == 1
                else words("has not yet said what it brings to {count} actions", count=unstated)
            )
        if commitment.funding:
            parts.append(
                words("pays {amount} of the budget", amount=self.money(commitment.funding_total))
            )
            # Only what the arithmetic holds: the cash it brings is in what it pays as far
            # as cost lines it pays on the same actions hold it (see the warning otherwise).
            held = commitment.cash_in_budget()
            if held and abs(held - cash) < 0.005:
                parts.append(
                    words("the {amount} in cash it brings is part of it", amount=self.money(cash))
                )
            elif held:
                parts.append(words("{amount} of it is the cash it brings", amount=self.money(held)))
        if not parts:
            if reports:
                count = len(reports)
                return (
                    words("It reports on 1 indicator of the plan.")
                    if count == 1
                    else words("It reports on {count} indicators of the plan.", count=count)
                )
            return words("Has not committed to any action yet.")
        if reports:
            count = len(reports)
            parts.append(
                words("reports on 1 indicator")
                if count == 1
                else words("reports on {count} indicators", count=count)
            )
        return words("In this plan it {commitments}.", commitments=words.clauses(parts))


def target_text(words: Wording, indicator: Indicator) -> str:
    """An indicator's target with its unit and date: 40 firms by 30 Sep 2027."""
    text = measure_text(words, indicator.target_value, indicator.unit)
    if indicator.target_value is not None and indicator.target_date is not None:
        text += " " + words("by {date}", date=words.short_date(indicator.target_date))
    return text


def measure_text(words: Wording, value: float | None, unit: str) -> str:
    """A figure with its unit, or a dash."""
    if value is None:
        return "—"
    return f"{words.number(value)} {one_line(unit)}".strip()


SPARE_SIGNATURES = 3  # blank lines under the Commission's seats
# A meeting's title often starts with the body's name, which the sentence already says.
_COMMISSION_PREFIX = re.compile(r"^cluster commission\s*[:–—-]\s*", re.IGNORECASE)


def change_lines(changes: Iterable[PlanChange], words: Wording) -> tuple[str, ...]:
    """One line per thing that changed: its code and own title once, then what changed about
    it, in the document's language (the comparison's phrasebook words it; dates and
    amounts as the document writes them)."""
    colon = "\u00a0: " if words.language == "fr" else ": "
    lines = []
    for thing in changed_things(changes):
        parts = [one_line(text) for text in thing.lines(words.language)]
        heading = one_line(thing.heading(words.language))
        if heading:
            lines.append(f"{heading}{colon}{words.clauses(parts)}.")
        else:
            lines.extend(parts)
    return tuple(lines)


def unprintable(snapshot: PlanSnapshot, language: str = "en") -> list[tuple[str, str]]:
    """(character, where it is) for each character of the plan's text that no bundled font
    draws (it prints as �), in plan order; each character once, at its first place."""
    codes = plan_codes(
        language,
        items=snapshot.swot_items,
        options=snapshot.options,
        objectives=snapshot.objectives,
        actions=snapshot.actions,
    )
    places: list[tuple[str, object]] = [("the cluster profile", snapshot.profile)]
    places += [(f"organisation “{_short(o.name)}”", o) for o in snapshot.organisations]
    places += [(f"person “{_short(p.name)}”", p) for p in snapshot.people]
    places += [(f"meeting “{_short(m.title)}”", m) for m in snapshot.meetings]
    places += [(f"SWOT item {codes.items.get(i.id, '')}", i) for i in snapshot.swot_items]
    places += [(f"option {codes.options.get(o.id, '')}", o) for o in snapshot.options]
    places += [(f"vision element “{_short(e.name)}”", e) for e in snapshot.vision_elements]
    places += [(f"vision version {v.number}", v) for v in snapshot.vision_versions]
    for objective in snapshot.objectives:
        code = codes.objectives.get(objective.id, "")
        places.append((f"objective {code}", objective))
        places += [(f"objective {code}, indicator", i) for i in objective.indicators]
    for action in ordered_actions(snapshot.objectives, snapshot.actions):
        code = codes.actions.get(action.id, "")
        places.append((f"action {code}", action))
        for kind, records in (
            ("milestone", action.milestones),
            ("partner", action.partners),
            ("cost line", action.cost_lines),
            ("indicator", action.indicators),
        ):
            places += [(f"action {code}, {kind}", r) for r in records]
    found: dict[str, str] = {}
    for where, record in places:
        for name in getattr(record, "__dataclass_fields__", {}):
            value = getattr(record, name)
            if isinstance(value, str):
                for char in missing(value):
                    found.setdefault(char, f"{where} ({name.replace('_', ' ')})")
    return list(found.items())


def unprintable_warning(snapshot: PlanSnapshot, language: str = "en") -> str:
    """One English sentence naming the characters no bundled font draws and where they are,
    or an empty string when every character prints."""
    found = unprintable(snapshot, language)
    if not found:
        return ""
    shown = "; ".join(f"{char} (U+{ord(char):04X}) in {where}" for char, where in found[:12])
    more = f"; and {len(found) - 12} more" if len(found) > 12 else ""
    count = "1 character" if len(found) == 1 else f"{len(found)} characters"
    return f"{count} no bundled font has print as �: {shown}{more}."


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"
