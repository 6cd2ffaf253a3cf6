"""The entities of a plan as immutable values. Storage rows use the same field names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cluster_planner.domain.enums import (
    ActionStatus,
    BaselineKind,
    BodyRole,
    ContributionKind,
    DecisionRule,
    DependencyKind,
    FundingSource,
    FundingStatus,
    Horizon,
    ItemStatus,
    MeetingType,
    NetworkType,
    OptionKind,
    Quadrant,
    Sex,
    SizeClass,
    StakeholderType,
)


@dataclass(frozen=True, slots=True)
class ClusterProfile:
    """Who and where the cluster is; one per plan."""

    name: str = ""
    sector: str = ""
    main_products: str = ""
    country: str = ""
    region: str = ""
    town: str = ""
    currency: str = "USD"
    language: str = "en"
    horizon_start: int | None = None
    horizon_end: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class BaselineFigure:
    """One measured figure of the cluster at a date, with its source."""

    id: int
    kind: BaselineKind
    value: float
    as_of: dt.date | None = None
    source: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Organisation:
    """A firm or support institution in the stakeholder register."""

    id: int
    name: str
    stakeholder_type: StakeholderType
    acronym: str = ""
    size_class: SizeClass | None = None
    women_led: bool = False
    town: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    """A person of the cluster, with their seats on the Commission and Steering Committee."""

    id: int
    name: str
    sex: Sex = Sex.UNSPECIFIED
    organisation_id: int | None = None
    role: str = ""
    email: str = ""
    phone: str = ""
    commission_role: BodyRole = BodyRole.NONE
    steering_role: BodyRole = BodyRole.NONE
    notes: str = ""


@dataclass(frozen=True, slots=True)
class Meeting:
    """A workshop or committee meeting, with who attended."""

    id: int
    title: str
    date: dt.date
    meeting_type: MeetingType = MeetingType.OTHER
    venue: str = ""
    facilitator_id: int | None = None
    notes: str = ""
    attendee_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SwotItem:
    """A card on the SWOT board.

    ``themes`` holds built-in theme keys (``enums.BUILTIN_THEMES``) or custom theme
    names. A merged item keeps its text, evidence and votes and points at the item
    it was merged into; its votes count for that item.
    """

    id: int
    quadrant: Quadrant
    statement: str
    evidence: str = ""
    source: str = ""
    status: ItemStatus = ItemStatus.ACTIVE
    merged_into_id: int | None = None
    position: int = 0
    themes: tuple[str, ...] = ()
    number: int = 0  # the stable number in its code (S3); 0 until the plan assigns one


@dataclass(frozen=True, slots=True)
class Tally:
    """Dots counted for one item in one round, optionally for one group of voters."""

    item_id: int
    count: int
    stakeholder_type: StakeholderType | None = None
    sex: Sex | None = None


@dataclass(frozen=True, slots=True)
class PhoneDot:
    """Dots one phone placed on one card."""

    item_id: int
    count: int


@dataclass(frozen=True, slots=True)
class PhoneBallot:
    """One phone's dots in a voting round (live participation), with the group it chose.

    ``device`` is the phone's pseudonymous id (random, from its signed token); one
    ballot per device and round, replaced whole when the phone changes it.
    """

    device: str
    dots: tuple[PhoneDot, ...] = ()
    stakeholder_type: StakeholderType | None = None
    sex: Sex | None = None


@dataclass(frozen=True, slots=True)
class VotingRound:
    """A prioritisation round held at a meeting; results stay hidden until revealed.

    ``tallies`` are the dots entered from paper; ``phone_ballots`` those placed from
    phones in the hall. Both count (``prioritisation.scores``); each is shown apart.
    """

    id: int
    meeting_id: int
    title: str
    dots_per_voter: int = 3
    voters: int | None = None
    revealed: bool = False
    tallies: tuple[Tally, ...] = ()
    phone_ballots: tuple[PhoneBallot, ...] = ()


@dataclass(frozen=True, slots=True)
class PendingCard:
    """An idea a participant sent from a phone, waiting for the facilitator.

    Not part of the plan's content (nor of its snapshot) until it is accepted, merged
    or dropped, when it becomes a SWOT item like any other.
    """

    id: int
    quadrant: Quadrant
    statement: str
    device: str
    submitted_at: str


@dataclass(frozen=True, slots=True)
class StrategicOption:
    """A TOWS option pairing internal and external SWOT items, rated by impact and effort."""

    id: int
    kind: OptionKind
    statement: str
    item_ids: tuple[int, ...] = ()
    impact: int | None = None
    effort: int | None = None
    position: int = 0
    notes: str = ""
    number: int = 0  # the stable number in its code (SO2); 0 until the plan assigns one


@dataclass(frozen=True, slots=True)
class VisionElement:
    """A named theme of the vision, traced to the options and SWOT items it comes from."""

    id: int
    name: str
    description: str = ""
    position: int = 0
    option_ids: tuple[int, ...] = ()
    item_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class VisionDraft:
    """A draft vision statement with the parts the composer asked for."""

    id: int
    title: str
    statement: str
    positioning: str = ""
    horizon_year: int | None = None
    economic_target: str = ""
    inclusion_target: str = ""
    commitment: str = ""
    votes: int | None = None
    position: int = 0
    element_ids: tuple[int, ...] = ()
    phone_votes: tuple[str, ...] = ()  # the devices that voted for it from a phone


@dataclass(frozen=True, slots=True)
class VisionVersion:
    """An adopted vision: version N, frozen, with the meeting and decision that adopted it."""

    id: int
    number: int
    statement: str
    adopted_on: dt.date
    meeting_id: int
    decision_rule: DecisionRule = DecisionRule.CONSENSUS
    votes_for: int | None = None
    votes_against: int | None = None
    abstentions: int | None = None
    result: str = ""
    dissent: str = ""
    next_review: dt.date | None = None
    draft_id: int | None = None
    element_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Indicator:
    """How progress towards an objective is measured: baseline, target, verification."""

    id: int
    name: str
    unit: str = ""
    baseline_value: float | None = None
    baseline_date: dt.date | None = None
    baseline_source: str = ""
    target_value: float | None = None
    target_date: dt.date | None = None
    means_of_verification: str = ""
    frequency: str = ""
    responsible_id: int | None = None
    baseline_figure_id: int | None = None
    position: int = 0


@dataclass(frozen=True, slots=True)
class Objective:
    """A strategic objective under the vision, traced to vision elements and options."""

    id: int
    title: str
    description: str = ""
    position: int = 0
    number: int = 0  # the stable number in its code (O2); 0 until the plan assigns one
    element_ids: tuple[int, ...] = ()
    option_ids: tuple[int, ...] = ()
    indicators: tuple[Indicator, ...] = ()


@dataclass(frozen=True, slots=True)
class Partner:
    """An organisation taking part in an action, with what it brings."""

    id: int
    organisation_id: int
    contribution: ContributionKind = ContributionKind.CASH
    amount: float | None = None  # money for cash and in kind, days for staff days
    description: str = ""


@dataclass(frozen=True, slots=True)
class Milestone:
    """A dated point an action passes."""

    id: int
    title: str
    date: dt.date
    done: bool = False


@dataclass(frozen=True, slots=True)
class CostLine:
    """A cost-share line of an action's budget: an amount, who pays it and how sure it is."""

    id: int
    amount: float
    description: str = ""
    source: FundingSource | None = None
    status: FundingStatus = FundingStatus.PLEDGED
    organisation_id: int | None = None  # the paying organisation, when one is named
    spent: float | None = None  # how much of the line has been paid out so far


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    """What was reported about an action on one day: where it stands and what happened."""

    id: int
    recorded_on: dt.date
    status: ActionStatus | None = None
    progress: int | None = None  # percent
    actual_start: dt.date | None = None
    actual_end: dt.date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Action:
    """A joint action under an objective, with one accountable lead organisation."""

    id: int
    objective_id: int
    title: str
    number: int = 0  # the stable number in its code (A1.2), kept when other actions move
    description: str = ""
    category: str = ""  # a BUILTIN_CATEGORIES key or the user's own text
    network_type: NetworkType | None = None
    horizon: Horizon | None = None
    lead_id: int | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    status: ActionStatus = ActionStatus.PROPOSED
    progress: int = 0  # percent
    risks: str = ""
    addresses_women: bool = False  # answers constraints women face in the cluster
    beneficiary_firms: int | None = None
    beneficiary_women: int | None = None
    beneficiary_youth: int | None = None
    beneficiary_poor_households: int | None = None
    position: int = 0
    actual_start: dt.date | None = None  # when it really started, as last reported
    actual_end: dt.date | None = None
    drop_reason: str = ""  # why it was dropped, once it had been part of an adopted revision
    option_ids: tuple[int, ...] = ()
    item_ids: tuple[int, ...] = ()
    partners: tuple[Partner, ...] = ()
    milestones: tuple[Milestone, ...] = ()
    cost_lines: tuple[CostLine, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    progress_entries: tuple[ProgressEntry, ...] = ()  # oldest first


@dataclass(frozen=True, slots=True)
class Dependency:
    """A link between two actions' dates: the successor waits for the predecessor."""

    id: int
    predecessor_id: int
    successor_id: int
    kind: DependencyKind = DependencyKind.FINISH_TO_START
    lag_days: int = 0


@dataclass(frozen=True, slots=True)
class Measurement:
    """An indicator's value measured on one day, and where the figure comes from."""

    id: int
    indicator_id: int
    measured_on: dt.date
    value: float
    source: str = ""


@dataclass(frozen=True, slots=True)
class ActionReview:
    """One action walked through at a review meeting: the four questions and the decision."""

    id: int
    meeting_id: int
    action_id: int
    done: str = ""  # what we did
    next_steps: str = ""  # what we do next
    help_needed: str = ""  # what help we need
    decision: str = ""


@dataclass(frozen=True, slots=True)
class Revision:
    """An adopted revision of the plan: the whole plan frozen at adoption, numbered 1, 2 …

    The frozen plan itself is a snapshot stored beside this record; it is read on demand.
    """

    id: int
    number: int
    title: str
    adopted_on: dt.date
    meeting_id: int | None = None  # the endorsing meeting
    meeting: str = ""  # its title, kept though a restore may remove the meeting
    decision: str = ""  # the meeting's decision, as minuted
    reason: str = ""  # why the plan was revised
    created_at: str = ""
