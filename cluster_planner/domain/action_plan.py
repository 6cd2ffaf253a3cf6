"""Pure rules of the action plan: order, dependencies, budget totals, commitments, filters.

Dates are whole days and an action occupies every day from its start to its end,
both included. A dependency says when the successor may start or finish:

- finish-to-start (FS): it starts after the predecessor's last day, plus the lag;
- start-to-start (SS): it starts no earlier than the predecessor starts, plus the lag;
- finish-to-finish (FF): it finishes no earlier than the predecessor finishes, plus the lag;
- start-to-finish (SF): it finishes no earlier than the day before the predecessor
  starts, plus the lag.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cluster_planner.domain.entities import (
    Action,
    CostLine,
    Dependency,
    Objective,
    Organisation,
    Partner,
)
from cluster_planner.domain.enums import (
    ActionStatus,
    ContributionKind,
    DependencyKind,
    FundingSource,
    FundingStatus,
    Horizon,
    StakeholderType,
)

# --- order ---------------------------------------------------------------------------------


def ordered_actions(objectives: Sequence[Objective], actions: Iterable[Action]) -> list[Action]:
    """Actions in plan order: by objective order, then by their place under it."""
    rank = {o.id: i for i, o in enumerate(sorted(objectives, key=lambda o: (o.position, o.id)))}
    return sorted(actions, key=lambda a: (rank.get(a.objective_id, len(rank)), a.position, a.id))


# --- dependencies ---------------------------------------------------------------------------

# The kinds of dependency in words, for English sentences (the UI has its own labels).
DEPENDENCY_WORDS = {
    DependencyKind.FINISH_TO_START: "finish-to-start",
    DependencyKind.START_TO_START: "start-to-start",
    DependencyKind.FINISH_TO_FINISH: "finish-to-finish",
    DependencyKind.START_TO_FINISH: "start-to-finish",
}


def moved(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the first and last days there are (1 Jan 1,
    31 Dec 9999) instead of failing: a plan may hold any date."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def constrained_date(dependency: Dependency, predecessor: Action) -> tuple[str, dt.date] | None:
    """(successor field, earliest allowed date) a dependency imposes, if the dates are known."""
    lag = dependency.lag_days
    kind = dependency.kind
    if kind is DependencyKind.FINISH_TO_START and predecessor.end_date is not None:
        return "start_date", moved(predecessor.end_date, 1 + lag)
    if kind is DependencyKind.START_TO_START and predecessor.start_date is not None:
        return "start_date", moved(predecessor.start_date, lag)
    if kind is DependencyKind.FINISH_TO_FINISH and predecessor.end_date is not None:
        return "end_date", moved(predecessor.end_date, lag)
    if kind is DependencyKind.START_TO_FINISH and predecessor.start_date is not None:
        return "end_date", moved(predecessor.start_date, lag - 1)
    return None


def days_late(dependency: Dependency, predecessor: Action, successor: Action) -> int:
    """How many days too early the successor is placed (0 when the dependency holds)."""
    constraint = constrained_date(dependency, predecessor)
    if constraint is None:
        return 0
    field, earliest = constraint
    actual: dt.date | None = getattr(successor, field)
    if actual is None or actual >= earliest:
        return 0
    return (earliest - actual).days


def violated_dependencies(
    actions: Iterable[Action], dependencies: Iterable[Dependency]
) -> list[tuple[Dependency, int]]:
    """Every dependency the dates break, with how many days too early the successor is."""
    by_id = {a.id: a for a in actions}
    found = []
    for dependency in dependencies:
        predecessor = by_id.get(dependency.predecessor_id)
        successor = by_id.get(dependency.successor_id)
        if predecessor is None or successor is None:
            continue
        late = days_late(dependency, predecessor, successor)
        if late:
            found.append((dependency, late))
    return found


def dependency_cycle(
    dependencies: Iterable[Dependency], predecessor_id: int, successor_id: int
) -> list[int] | None:
    """The loop a new link predecessor → successor would close, as action ids, or None.

    The loop starts and ends with the predecessor: [p, s, …, p].
    """
    if predecessor_id == successor_id:
        return [predecessor_id, predecessor_id]
    followers: dict[int, list[int]] = defaultdict(list)
    for d in dependencies:
        followers[d.predecessor_id].append(d.successor_id)
    # Breadth-first from the successor: if it already leads to the predecessor, the link loops.
    came_from: dict[int, int] = {successor_id: successor_id}
    frontier = [successor_id]
    while frontier:
        following: list[int] = []
        for node in frontier:
            for nxt in followers.get(node, ()):
                if nxt in came_from:
                    continue
                came_from[nxt] = node
                if nxt == predecessor_id:
                    path = [nxt]
                    while path[-1] != successor_id:
                        path.append(came_from[path[-1]])
                    return [predecessor_id, *reversed(path)]
                following.append(nxt)
        frontier = following
    return None


def successors_of(dependencies: Iterable[Dependency], action_id: int) -> set[int]:
    """Every action that waits, directly or through others, for ``action_id``."""
    following: dict[int, list[int]] = defaultdict(list)
    for dependency in dependencies:
        following[dependency.predecessor_id].append(dependency.successor_id)
    found: set[int] = set()
    stack = [action_id]
    while stack:
        for successor in following.get(stack.pop(), ()):
            if successor not in found and successor != action_id:
                found.add(successor)
                stack.append(successor)
    return found


def has_cycle(dependencies: Iterable[Dependency]) -> bool:
    """True when some actions wait on each other in a loop."""
    followers: dict[int, list[int]] = defaultdict(list)
    waiting: dict[int, int] = defaultdict(int)
    nodes: set[int] = set()
    for d in dependencies:
        followers[d.predecessor_id].append(d.successor_id)
        waiting[d.successor_id] += 1
        nodes.update((d.predecessor_id, d.successor_id))
    ready = [n for n in nodes if not waiting[n]]
    done = 0
    while ready:
        node = ready.pop()
        done += 1
        for nxt in followers[node]:
            waiting[nxt] -= 1
            if not waiting[nxt]:
                ready.append(nxt)
    return done < len(nodes)


# --- budget -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BudgetSummary:
    """Totals of cost-share lines: all together, by source and by status."""

    total: float
    by_source: Mapping[FundingSource | None, float]
    by_status: Mapping[FundingStatus, float]


def budget_summary(lines: Iterable[CostLine]) -> BudgetSummary:
    """Add up cost-share lines (None as a source: lines nobody has said who pays)."""
    total = 0.0
    by_source: dict[FundingSource | None, float] = defaultdict(float)
    by_status: dict[FundingStatus, float] = defaultdict(float)
    for line in lines:
        total += line.amount
        by_source[line.source] += line.amount
        by_status[line.status] += line.amount
    return BudgetSummary(total, dict(by_source), dict(by_status))


def counted(actions: Iterable[Action]) -> list[Action]:
    """The actions whose budget and commitments count: all but the dropped ones."""
    return [a for a in actions if a.status is not ActionStatus.DROPPED]


def action_total(action: Action) -> float:
    """An action's budget: the sum of its cost-share lines."""
    return sum(line.amount for line in action.cost_lines)


def plan_budget(actions: Iterable[Action]) -> BudgetSummary:
    """The budget of the plan (dropped actions left out)."""
    return budget_summary(line for a in counted(actions) for line in a.cost_lines)


def objective_totals(actions: Iterable[Action]) -> dict[int, float]:
    """Each objective's budget: the sum over its actions (dropped actions left out)."""
    totals: dict[int, float] = defaultdict(float)
    for action in counted(actions):
        totals[action.objective_id] += action_total(action)
    return dict(totals)


# --- commitments ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Commitment:
    """What one organisation committed to: the actions it leads, what it brings, what it pays."""

    organisation_id: int
    leads: tuple[Action, ...] = ()
    contributions: tuple[tuple[Action, Partner], ...] = ()
    funding: tuple[tuple[Action, CostLine], ...] = ()

    def contributed(self, kind: ContributionKind) -> float:
        """The total amount of one kind of contribution (money, or days for staff days)."""
        return sum(p.amount or 0.0 for _, p in self.contributions if p.contribution is kind)

    @property
    def committed(self) -> bool:
        """True when it leads, takes part in or pays for any action."""
        return bool(self.leads or self.contributions or self.funding)

    @property
    def funding_total(self) -> float:
        """The total of the cost-share lines this organisation pays."""
        return sum(line.amount for _, line in self.funding)

    @property
    def partnered(self) -> tuple[Action, ...]:
        """The actions it takes part in as a partner, each once, in plan order."""
        return tuple(dict.fromkeys(a for a, _ in self.contributions))

    @property
    def unstated(self) -> tuple[Action, ...]:
        """The actions it takes part in without saying what it brings (kind or amount)."""
        return tuple(
            dict.fromkeys(
                a
                for a, p in self.contributions
                if p.contribution is ContributionKind.NOT_STATED or p.amount is None
            )
        )

    def cash_in_budget(self) -> float:
        """How much of the cash it brings as a partner is in cost lines it pays on the same
        actions (per action, the smaller of the two)."""
        paid = _by_action((a.id, line.amount) for a, line in self.funding)
        return sum(min(cash, paid.get(action_id, 0.0)) for action_id, cash in self._cash().items())

    def _cash(self) -> dict[int, float]:
        return _by_action(
            (a.id, p.amount or 0.0)
            for a, p in self.contributions
            if p.contribution is ContributionKind.CASH and p.amount
        )


def commitments(actions: Sequence[Action]) -> dict[int, Commitment]:
    """Per organisation id, what it leads, contributes and pays (dropped actions left out)."""
    leads: dict[int, list[Action]] = defaultdict(list)
    contributions: dict[int, list[tuple[Action, Partner]]] = defaultdict(list)
    funding: dict[int, list[tuple[Action, CostLine]]] = defaultdict(list)
    for action in counted(actions):
        if action.lead_id is not None:
            leads[action.lead_id].append(action)
        for partner in action.partners:
            contributions[partner.organisation_id].append((action, partner))
        for line in action.cost_lines:
            if line.organisation_id is not None:
                funding[line.organisation_id].append((action, line))
    ids = set(leads) | set(contributions) | set(funding)
    return {
        org_id: Commitment(
            org_id,
            tuple(leads.get(org_id, ())),
            tuple(contributions.get(org_id, ())),
            tuple(funding.get(org_id, ())),
        )
        for org_id in sorted(ids)
    }


@dataclass(frozen=True, slots=True)
class CashGap:
    """Cash a partner says it brings to an action that no cost line of that action holds:
    the budget does not show where that money goes."""

    action: Action
    organisation_id: int
    brought: float
    held: float  # by lines it pays there, or shared lines of its kind of source

    @property
    def missing(self) -> float:
        """The cash in no cost line."""
        return self.brought - self.held


_CENT = 0.005  # amounts closer than this are the same

# The source of funds an organisation's own money is counted under, by its type.
SOURCE_OF_TYPE: Mapping[StakeholderType, FundingSource] = {
    StakeholderType.ENTERPRISE: FundingSource.CLUSTER_FIRMS,
    StakeholderType.LEAD_FIRM: FundingSource.CLUSTER_FIRMS,
    StakeholderType.SUPPLIER: FundingSource.CLUSTER_FIRMS,
    StakeholderType.COOPERATIVE: FundingSource.CLUSTER_FIRMS,
    StakeholderType.BUSINESS_ASSOCIATION: FundingSource.ASSOCIATION,
    StakeholderType.PUBLIC_AUTHORITY: FundingSource.GOVERNMENT,
    StakeholderType.DONOR: FundingSource.DONOR,
    StakeholderType.FINANCIAL: FundingSource.BANK,
}


def _by_action(amounts: Iterable[tuple[int, float]]) -> dict[int, float]:
    totals: dict[int, float] = {}
    for action_id, amount in amounts:
        totals[action_id] = totals.get(action_id, 0.0) + amount
    return totals


def cash_gaps(actions: Iterable[Action], organisations: Iterable[Organisation]) -> list[CashGap]:
    """Every partner's cash that the cost lines of the same action do not hold (dropped
    actions left out), in the order of the actions and partners given.

    A partner's cash is held by the cost lines it pays on that action, then by the
    action's shared lines that name no payer (the firms' shares of a stand): those of the
    source its type pays under (cluster firms for an enterprise), of "other", or of no
    source yet, each shared line holding no more than its amount across partners.
    """
    types = {o.id: o.stakeholder_type for o in organisations}
    gaps = []
    for action in counted(actions):
        cash: dict[int, float] = {}
        for partner in action.partners:
            if partner.contribution is ContributionKind.CASH and partner.amount:
                cash[partner.organisation_id] = cash.get(partner.organisation_id, 0.0) + (
                    partner.amount
                )
        if not cash:
            continue
        named: dict[int, float] = {}
        shared: dict[FundingSource | None, float] = {}
        for line in action.cost_lines:
            if line.organisation_id is not None:
                named[line.organisation_id] = named.get(line.organisation_id, 0.0) + line.amount
            else:
                shared[line.source] = shared.get(line.source, 0.0) + line.amount
        for organisation_id, brought in cash.items():
            held = min(brought, named.get(organisation_id, 0.0))
            kind = types.get(organisation_id)
            source = SOURCE_OF_TYPE.get(kind, FundingSource.OTHER) if kind else FundingSource.OTHER
            for key in dict.fromkeys((source, FundingSource.OTHER, None)):
                taken = min(brought - held, max(shared.get(key, 0.0), 0.0))
                held += taken
                if key in shared:
                    shared[key] -= taken
            if brought - held > _CENT:
                gaps.append(CashGap(action, organisation_id, brought, held))
    return gaps


# --- find and filter ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActionFilter:
    """Which actions to show: every criterion given must hold (text matches words anywhere)."""

    text: str = ""
    lead_id: int | None = None
    partner_id: int | None = None
    status: ActionStatus | None = None
    category: str | None = None
    objective_id: int | None = None
    horizon: Horizon | None = None

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every action through."""
        return self == ActionFilter()

    def matches(self, action: Action, code: str = "", also: str = "") -> bool:
        """True when ``action`` (shown with ``code``) meets every criterion.

        The text's words are looked for in the code, title, description, risks and
        ``also`` (names the screen shows, such as the lead and the category). A word
        written like a code ("A3.1", or "A3" for objective 3) matches that code only,
        not A3.10.
        """
        if self.lead_id is not None and action.lead_id != self.lead_id:
            return False
        if self.partner_id is not None and all(
            p.organisation_id != self.partner_id for p in action.partners
        ):
            return False
        if self.status is not None and action.status is not self.status:
            return False
        if self.category is not None and action.category != self.category:
            return False
        if self.objective_id is not None and action.objective_id != self.objective_id:
            return False
        if self.horizon is not None and action.horizon is not self.horizon:
            return False
        words = self.text.casefold().split()
        if words:
            own_code = code.casefold()
            haystack = " ".join((action.title, action.description, action.risks, also)).casefold()
            for word in words:
                if _CODE.fullmatch(word):
                    if own_code != word and not own_code.startswith(word + "."):
                        return False
                elif word not in haystack and word not in own_code:
                    return False
        return True


_CODE = re.compile(r"a\d+(\.\d+)?")  # an action code as typed in a search, casefolded
