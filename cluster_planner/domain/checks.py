"""Plan checks: what is missing or inconsistent in a plan, as a list of warnings.

Each warning names the record to fix (``entity``, ``entity_id``) and, where there is
one, the field, so the app can take the user there; ``cluster-planner check`` prints
the same list.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from cluster_planner.domain.action_plan import (
    DEPENDENCY_WORDS,
    cash_gaps,
    ordered_actions,
    violated_dependencies,
)
from cluster_planner.domain.codes import action_codes, objective_code, objective_numbers
from cluster_planner.domain.diff_wording import short_date
from cluster_planner.domain.entities import Action, Indicator, Measurement, Milestone
from cluster_planner.domain.enums import ActionStatus, BodyRole, DependencyKind, Quadrant, Sex
from cluster_planner.domain.numbers import write_money, write_number
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.domain.traceability import objectives_without_actions, unanswered_top_items


def _days(count: int) -> str:
    return "1 day" if abs(count) == 1 else f"{count} days"


_STARTS = (DependencyKind.FINISH_TO_START, DependencyKind.START_TO_START)
TOP_PER_QUADRANT = 3  # the top items per quadrant that the action plan should answer
_PLURAL = {
    Quadrant.STRENGTH: "strengths",
    Quadrant.WEAKNESS: "weaknesses",
    Quadrant.OPPORTUNITY: "opportunities",
    Quadrant.THREAT: "threats",
}


@dataclass(frozen=True, slots=True)
class PlanWarning:
    """One finding: a stable ``code``, an English ``message``, and where to fix it."""

    code: str
    message: str
    entity: str = ""
    entity_id: int | None = None
    field: str = ""


def check_plan(snapshot: PlanSnapshot) -> list[PlanWarning]:
    """Everything worth a facilitator's attention before the plan is shared."""
    warnings: list[PlanWarning] = []
    if not snapshot.profile.name.strip():
        warnings.append(PlanWarning("profile_unnamed", "The cluster has no name yet.", "profile"))
    commission = [p for p in snapshot.people if p.commission_role is not BodyRole.NONE]
    if not commission:
        warnings.append(
            PlanWarning(
                "commission_empty", "Nobody is recorded as a member of the Cluster Commission."
            )
        )
    else:
        if not any(p.commission_role is BodyRole.CHAIR for p in commission):
            warnings.append(
                PlanWarning("commission_no_chair", "The Cluster Commission has no chair.")
            )
        if not any(p.sex is Sex.FEMALE for p in commission):
            warnings.append(
                PlanWarning("commission_no_women", "No woman sits on the Cluster Commission.")
            )
    for meeting in snapshot.meetings:
        if not meeting.attendee_ids:
            warnings.append(
                PlanWarning(
                    "meeting_no_attendance",
                    f"The meeting “{meeting.title}” has no attendance recorded.",
                    "meeting",
                    meeting.id,
                )
            )
    warnings.extend(check_action_plan(snapshot))
    return warnings


def check_action_plan(snapshot: PlanSnapshot) -> list[PlanWarning]:
    """What the action plan still lacks before the Commission can endorse it."""
    warnings: list[PlanWarning] = []
    if not snapshot.objectives:
        return warnings
    codes = action_codes(snapshot.objectives, snapshot.actions)
    titles = {o.id: o.title for o in snapshot.objectives}
    numbers = objective_numbers(snapshot.objectives)
    ordered_objectives = sorted(snapshot.objectives, key=lambda o: (o.position, o.id))
    organisations = {o.id: o for o in snapshot.organisations}
    currency = snapshot.profile.currency.strip()
    for objective_id in objectives_without_actions(snapshot):
        warnings.append(
            PlanWarning(
                "objective_no_actions",
                f"Objective {objective_code(numbers[objective_id])} “{titles[objective_id]}” "
                "has no action yet.",
                "objective",
                objective_id,
            )
        )
    live = [
        a
        for a in ordered_actions(snapshot.objectives, snapshot.actions)
        if a.status is not ActionStatus.DROPPED
    ]
    for action in live:
        name = f"{codes[action.id]} “{action.title}”"
        if action.lead_id is None:
            warnings.append(
                PlanWarning(
                    "action_no_lead",
                    f"{name} has no lead organisation.",
                    "action",
                    action.id,
                    "lead_id",
                )
            )
        if action.start_date is None or action.end_date is None:
            missing = "start or end date" if action.start_date or action.end_date else "dates"
            warnings.append(
                PlanWarning(
                    "action_no_dates",
                    f"{name} has no {missing}.",
                    "action",
                    action.id,
                    "start_date" if action.start_date is None else "end_date",
                )
            )
        elif action.end_date < action.start_date:
            warnings.append(
                PlanWarning(
                    "action_end_before_start",
                    f"{name} ends before it starts.",
                    "action",
                    action.id,
                    "end_date",
                )
            )
        unsourced = [line for line in action.cost_lines if line.source is None]
        if unsourced:
            warnings.append(
                PlanWarning(
                    "cost_line_no_source",
                    f"{name} has "
                    + ("a cost line" if len(unsourced) == 1 else f"{len(unsourced)} cost lines")
                    + " without a source of funds.",
                    "action",
                    action.id,
                    "cost_lines",
                )
            )
    live_ids = {a.id for a in live}
    for dependency, late in violated_dependencies(live, snapshot.dependencies):
        if dependency.successor_id not in live_ids:
            continue
        successor = codes[dependency.successor_id]
        predecessor = codes[dependency.predecessor_id]
        warnings.append(
            PlanWarning(
                "dependency_violated",
                f"{successor} is scheduled {_days(late)} too early: it waits for {predecessor} "
                f"({DEPENDENCY_WORDS[dependency.kind]}"
                + (f", lag {_days(dependency.lag_days)}" if dependency.lag_days else "")
                + ").",
                "action",
                dependency.successor_id,
                # The fix is usually the date the link constrains: the start for FS and
                # SS, the end for FF and SF.
                "start_date"
                if dependency.kind
                in (DependencyKind.FINISH_TO_START, DependencyKind.START_TO_START)
                else "end_date",
            )
        )
    for action in live:
        warnings.extend(_milestones_outside(action, codes[action.id]))
    for gap in cash_gaps(live, snapshot.organisations):
        partner = organisations.get(gap.organisation_id)
        brought, held, missing = (
            write_money(amount, currency, "en") for amount in (gap.brought, gap.held, gap.missing)
        )
        warnings.append(
            PlanWarning(
                "partner_cash_unbudgeted",
                f"{codes[gap.action.id]} “{gap.action.title}”: "
                f"{partner.name if partner else '?'} brings {brought} in "
                f"cash, but the action's cost lines hold {held} of it; "
                f"{missing} is in no cost line of the budget.",
                "action",
                gap.action.id,
                "cost_lines",
            )
        )
    for objective in ordered_objectives:
        if not objective.indicators:
            warnings.append(
                PlanWarning(
                    "objective_no_indicator",
                    f"Objective {objective_code(numbers[objective.id])} “{objective.title}” "
                    "has no indicator: nobody can tell whether it is reached.",
                    "objective",
                    objective.id,
                    "indicators",
                )
            )
    warnings.extend(_implausible_values(snapshot, live, codes, numbers))
    if live and not any(a.addresses_women for a in live):
        warnings.append(
            PlanWarning(
                "no_women_action",
                "No action is marked as addressing the constraints women face in the cluster.",
                "action_plan",
            )
        )
    for ranked in unanswered_top_items(snapshot, TOP_PER_QUADRANT, by="actions"):
        warnings.append(
            PlanWarning(
                "top_item_unanswered",
                f"No action answers “{ranked.item.statement}”, one of the top "
                f"{TOP_PER_QUADRANT} {_PLURAL[ranked.item.quadrant]} of the SWOT.",
                "swot_item",
                ranked.item.id,
            )
        )
    return warnings


def milestones_outside(action: Action) -> list[Milestone]:
    """An action's milestones dated before it starts or after it ends, by date."""
    start, end = action.start_date, action.end_date
    if start is None or end is None:
        return []
    return [
        m
        for m in sorted(action.milestones, key=lambda m: (m.date, m.id))
        if not start <= m.date <= end
    ]


def _milestones_outside(action: Action, code: str) -> list[PlanWarning]:
    return [
        PlanWarning(
            "milestone_outside_action",
            f"{code} “{action.title}”: milestone “{milestone.title}” on "
            f"{short_date(milestone.date)} is outside the action's dates "
            f"({short_date(action.start_date)} – {short_date(action.end_date)}).",
            "action",
            action.id,
            "milestones",
        )
        for milestone in milestones_outside(action)
        if action.start_date is not None and action.end_date is not None
    ]


# Units whose values are shares of a hundred, and units that count whole things (in the
# three languages the plan is written in). Any other unit (USD, tonnes, hours) is left alone.
_PERCENT_UNITS = frozenset(
    {"%", "percent", "per cent", "pct", "por ciento", "porcentaje", "pour cent", "pourcentage"}
)
_COUNTED = (
    "firm firms enterprise enterprises company companies business businesses workshop "
    "workshops member members people person persons woman women man men youth worker "
    "workers job jobs household households participant participants trainee trainees "
    "graduate graduates buyer buyers contract contracts licence licences license "
    "licenses product products design designs event events visit visits machine machines "
    "count number empresa empresas persona personas mujer mujeres hombre hombres joven "
    "jóvenes trabajador trabajadores empleo empleos hogar hogares miembro miembros socio "
    "socios participante participantes taller talleres número entreprise entreprises "
    "personne personnes femme femmes homme hommes jeune jeunes travailleur travailleurs "
    "emploi emplois ménage ménages membre membres atelier ateliers nombre"
)
_COUNT_WORDS = frozenset(_COUNTED.split())


def unit_kind(unit: str) -> str | None:
    """ "percent" for a share of a hundred, "count" for a number of whole things (firms,
    women, jobs …), None for any other unit."""
    text = " ".join(unit.casefold().split())
    if text in _PERCENT_UNITS or text.endswith("%"):
        return "percent"
    words = text.split()
    if words and words[0] in _COUNT_WORDS:
        return "count"
    return None


def implausible(value: float, unit: str) -> str:
    """Why ``value`` cannot be right for ``unit`` ("" when it can): over_100 or below_0 for
    a share, decimals or negative for a count, not_a_number for either."""
    kind = unit_kind(unit)
    if kind is None:
        return ""
    if not math.isfinite(value):
        return "not_a_number"
    if kind == "percent" and not 0 <= value <= 100:
        return "over_100" if value > 100 else "below_0"
    if kind == "count" and value < 0:
        return "negative"
    if kind == "count" and not float(value).is_integer():
        return "decimals"
    return ""


@dataclass(frozen=True, slots=True)
class ImplausibleValue:
    """An indicator's value that cannot be right for its unit."""

    owner: str  # "objective" or "action"
    owner_id: int
    indicator: Indicator
    which: str  # "target", "baseline" or "measured"
    value: float
    why: str  # "over_100", "below_0", "decimals", "negative", "not_a_number"
    measured_on: dt.date | None = None


def implausible_values(
    snapshot: PlanSnapshot, actions: Sequence[Action] | None = None
) -> list[ImplausibleValue]:
    """Every target, baseline and measured value implausible for its indicator's unit, the
    objectives' indicators first, then the actions' (``actions``: default the live ones)."""
    live = ordered_actions(snapshot.objectives, snapshot.actions) if actions is None else actions
    owners: list[tuple[str, int, Indicator]] = []
    for objective in sorted(snapshot.objectives, key=lambda o: (o.position, o.id)):
        owners += [
            ("objective", objective.id, i)
            for i in sorted(objective.indicators, key=lambda i: (i.position, i.id))
        ]
    for action in live:
        if action.status is not ActionStatus.DROPPED:
            owners += [
                ("action", action.id, i)
                for i in sorted(action.indicators, key=lambda i: (i.position, i.id))
            ]
    measured: dict[int, list[Measurement]] = {}
    for measurement in sorted(snapshot.measurements, key=lambda m: (m.measured_on, m.id)):
        measured.setdefault(measurement.indicator_id, []).append(measurement)
    found = []
    for owner, owner_id, indicator in owners:
        values: list[tuple[str, float | None, dt.date | None]] = [
            ("target", indicator.target_value, None),
            ("baseline", indicator.baseline_value, None),
        ]
        values += [("measured", m.value, m.measured_on) for m in measured.get(indicator.id, ())]
        for which, value, day in values:
            if value is None:
                continue
            why = implausible(value, indicator.unit)
            if why:
                found.append(ImplausibleValue(owner, owner_id, indicator, which, value, why, day))
    return found


_WHY_WORDS = {
    "over_100": ", more than 100 %",
    "below_0": ", below 0 %",
    "decimals": ": a count has no decimals",
    "negative": ": a count is never below 0",
    "not_a_number": ": that is not a number",
}


def _implausible_values(
    snapshot: PlanSnapshot,
    live: Sequence[Action],
    codes: dict[int, str],
    numbers: dict[int, int],
) -> list[PlanWarning]:
    found = []
    for bad in implausible_values(snapshot, live):
        indicator = bad.indicator
        code = (
            objective_code(numbers[bad.owner_id])
            if bad.owner == "objective"
            else codes[bad.owner_id]
        )
        what = {
            "target": f"the target of “{indicator.name}”",
            "baseline": f"the baseline of “{indicator.name}”",
            "measured": f"the value of “{indicator.name}” measured on "
            f"{short_date(bad.measured_on) if bad.measured_on else '—'}",
        }[bad.which]
        shown = f"{write_number(bad.value, 'en')} {indicator.unit.strip()}".strip()
        found.append(
            PlanWarning(
                "indicator_value_implausible",
                f"{code}: {what} is {shown}{_WHY_WORDS[bad.why]}.",
                bad.owner,
                bad.owner_id,
                "indicators",
            )
        )
    return found
