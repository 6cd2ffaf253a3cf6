"""The registers of the Cluster step: which fields each shows, how it adds, filters and counts.

One definition per entity drives its table model, its details form and its tab, so the
organisation, person, meeting and baseline registers share every line of behaviour.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from cluster_planner.domain.attendance import count_by_sex, count_by_type
from cluster_planner.domain.enums import (
    BaselineKind,
    BodyRole,
    MeetingType,
    Sex,
    SizeClass,
    StakeholderType,
)
from cluster_planner.domain.text import isolate
from cluster_planner.ui.form_fields import Choices, FieldSpec, Kind
from cluster_planner.ui.formats import format_date, plural
from cluster_planner.ui.vocabulary import choices, label

if TYPE_CHECKING:
    from cluster_planner.domain.changes import ChangeRecord
    from cluster_planner.services.plan_document import PlanDocument
    from cluster_planner.ui.plan_session import PlanSession

Predicate = Callable[[Any], bool]
# Picks one of the open plan's methods, for example ``lambda d: d.update_organisation``.
DocumentAction = Callable[["PlanDocument"], Callable[..., "ChangeRecord"]]
NONE_LABEL = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("registers", text)


@dataclass(frozen=True)
class RegisterTexts:
    """The words a register tab uses."""

    add: str
    delete: str
    filter_placeholder: str
    no_selection: str
    table: str = ""  # the table's name for screen readers ("Organisations")
    filter_choice: str = ""  # the name of the drop-down list that narrows the table


@dataclass(frozen=True)
class Register:
    """Everything that differs between the registers of the Cluster step."""

    entity: str  # the table an added entry goes into; names the tab's widgets
    listing: Callable[[PlanSession], tuple[Any, ...]]  # the cached query listing the entries
    add: DocumentAction
    update: DocumentAction
    delete: DocumentAction
    watches: frozenset[str]  # tables whose change refreshes the table
    fields: tuple[FieldSpec, ...]
    columns: tuple[str, ...]
    form: tuple[str, ...]
    texts: Callable[[], RegisterTexts]
    new_entry: Callable[[PlanSession], dict[str, Any]]
    summary: Callable[[PlanSession], str]
    filters: Callable[[PlanSession], list[tuple[str, str, Predicate | None]]] | None = None
    filters_watch: frozenset[str] = frozenset()
    delete_question: Callable[[PlanSession, Any], str | None] | None = None

    def field(self, name: str) -> FieldSpec:
        """The spec of field ``name``."""
        return next(f for f in self.fields if f.name == name)

    def entries(self, session: PlanSession) -> tuple[Any, ...]:
        """The register's entries, in the order the plan keeps them."""
        return self.listing(session)

    def run_update(self, session: PlanSession, entry_id: int, name: str, value: Any) -> bool:
        """Change one field of one entry as one undo step; False when refused."""
        update = self.update(session.document)
        return session.run(update, entry_id, **{name: value}) is not None


def entry_name(entry: Any) -> str:
    """How an entry is named in sentences."""
    for attribute in ("name", "title"):
        if hasattr(entry, attribute):
            return str(getattr(entry, attribute))
    return label(entry.kind)


def _has(field: str, value: Any) -> Predicate:
    """A filter keeping the entries whose ``field`` equals ``value``."""
    return lambda entry: bool(getattr(entry, field) == value)


def _breakdown(counts: dict[Any, int]) -> str:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], label(item[0])))
    return " · ".join(f"{label(key)} {count}" for key, count in ordered)


# --- choices ---------------------------------------------------------------------------


def _with_none(items: Choices) -> Choices:
    return [(NONE_LABEL, None), *items]


def _organisation_choices(session: PlanSession) -> Choices:
    return _with_none(sorted(((o.name, o.id) for o in session.organisations()), key=_by_label))


def _people_choices(session: PlanSession) -> Choices:
    return _with_none(sorted(((p.name, p.id) for p in session.people()), key=_by_label))


def _by_label(item: tuple[str, Any]) -> str:
    return item[0].casefold()


def _enum_choices(enum_type: type, optional: bool = False) -> Callable[[PlanSession], Choices]:
    def build(_session: PlanSession) -> Choices:
        items = choices(enum_type)
        return _with_none(items) if optional else items

    return build


# --- organisations -----------------------------------------------------------------------


def _organisation_texts() -> RegisterTexts:
    return RegisterTexts(
        add=_tr("Add Organisation"),
        delete=_tr("Delete Organisation"),
        filter_placeholder=_tr("Filter organisations by name, town, type…"),
        no_selection=_tr("Select an organisation to see and edit its details."),
        table=_tr("Organisations"),
        filter_choice=_tr("Stakeholder type shown"),
    )


def _organisation_summary(session: PlanSession) -> str:
    organisations = session.organisations()
    if not organisations:
        return _tr("No organisations yet. Add the firms and institutions of the cluster.")
    women_led = sum(1 for o in organisations if o.women_led)
    return plural(
        "registers", "Organisations: {count}, of which %n women-led\n{types}", women_led
    ).format(
        count=len(organisations),
        types=_breakdown(dict(count_by_type(organisations))),
    )


def _organisation_filters(_session: PlanSession) -> list[tuple[str, str, Predicate | None]]:
    filters: list[tuple[str, str, Predicate | None]] = [("all", _tr("All stakeholder types"), None)]
    for kind in StakeholderType:
        filters.append((kind.value, label(kind), _has("stakeholder_type", kind)))
    return filters


def _organisation_delete_question(session: PlanSession, organisation: Any) -> str | None:
    if session.document.organisation_commitments(organisation.id):
        return None  # refused without asking: the core names the actions it is committed to
    people = session.document.organisation_dependents(organisation.id)
    if not people:
        return None
    ids = {p.id for p in people}
    attendances = sum(len(ids & set(m.attendee_ids)) for m in session.meetings())
    return plural(
        "registers",
        "“{name}” has %n person(s) in the register: {names}. Deleting the organisation "
        "deletes them too, with their {attendances}. Edit ▸ Undo brings everything back.",
        len(people),
    ).format(
        name=organisation.name,
        names=", ".join(isolate(p.name) for p in people),
        attendances=plural("registers", "%n meeting attendance(s)", attendances),
    )


def _people_count(session: PlanSession, organisation: Any) -> int:
    return sum(1 for p in session.people() if p.organisation_id == organisation.id)


ORGANISATIONS = Register(
    entity="organisation",
    listing=lambda session: session.organisations(),
    add=lambda document: document.add_organisation,
    update=lambda document: document.update_organisation,
    delete=lambda document: document.delete_organisation,
    watches=frozenset({"organisation", "person"}),
    fields=(
        FieldSpec("name"),
        FieldSpec("acronym"),
        FieldSpec("stakeholder_type", Kind.CHOICE, _enum_choices(StakeholderType)),
        FieldSpec("size_class", Kind.CHOICE, _enum_choices(SizeClass, optional=True)),
        FieldSpec("women_led", Kind.CHECK),
        FieldSpec("town"),
        FieldSpec("notes", Kind.LONG_TEXT),
        FieldSpec("people", Kind.DERIVED, derive=_people_count, title=lambda: _tr("People")),
    ),
    columns=("name", "acronym", "stakeholder_type", "size_class", "women_led", "town", "people"),
    form=("name", "acronym", "stakeholder_type", "size_class", "women_led", "town", "notes"),
    texts=_organisation_texts,
    new_entry=lambda _s: {
        "name": _tr("New organisation"),
        "stakeholder_type": StakeholderType.ENTERPRISE,
    },
    summary=_organisation_summary,
    filters=_organisation_filters,
    delete_question=_organisation_delete_question,
)


# --- people ----------------------------------------------------------------------------


def _people_texts() -> RegisterTexts:
    return RegisterTexts(
        add=_tr("Add Person"),
        delete=_tr("Delete Person"),
        filter_placeholder=_tr("Filter people by name, organisation, role…"),
        no_selection=_tr("Select a person to see and edit their details."),
        table=_tr("People"),
        filter_choice=_tr("People shown"),
    )


def _people_summary(session: PlanSession) -> str:
    people = session.people()
    if not people:
        return _tr("No people yet. Add the representatives of the organisations.")
    by_sex = count_by_sex(people)
    commission = sum(1 for p in people if p.commission_role is not BodyRole.NONE)
    return _tr(
        "People: {count} — {women}, {men}, {unrecorded}\n"
        "{commission}, {steering} on the Steering Committee"
    ).format(
        count=len(people),
        women=plural("registers", "%n women", by_sex.get(Sex.FEMALE, 0)),
        men=plural("registers", "%n men", by_sex.get(Sex.MALE, 0)),
        unrecorded=plural("registers", "%n not recorded", by_sex.get(Sex.UNSPECIFIED, 0)),
        commission=plural("registers", "%n sit(s) on the Cluster Commission", commission),
        steering=sum(1 for p in people if p.steering_role is not BodyRole.NONE),
    )


def _people_filters(session: PlanSession) -> list[tuple[str, str, Predicate | None]]:
    filters: list[tuple[str, str, Predicate | None]] = [
        ("all", _tr("Everyone"), None),
        (
            "commission",
            _tr("Cluster Commission members"),
            lambda p: p.commission_role is not BodyRole.NONE,
        ),
        (
            "steering",
            _tr("Steering Committee members"),
            lambda p: p.steering_role is not BodyRole.NONE,
        ),
        ("no_organisation", _tr("Without an organisation"), lambda p: p.organisation_id is None),
    ]
    for name, org_id in _organisation_choices(session)[1:]:
        filters.append((f"organisation:{org_id}", name, _has("organisation_id", org_id)))
    return filters


PEOPLE = Register(
    entity="person",
    listing=lambda session: session.people(),
    add=lambda document: document.add_person,
    update=lambda document: document.update_person,
    delete=lambda document: document.delete_person,
    watches=frozenset({"person", "organisation"}),
    fields=(
        FieldSpec("name"),
        FieldSpec("sex", Kind.CHOICE, _enum_choices(Sex)),
        FieldSpec(
            "organisation_id",
            Kind.CHOICE,
            _organisation_choices,
            choices_watch=frozenset({"organisation"}),
        ),
        FieldSpec("role"),
        FieldSpec("email"),
        FieldSpec("phone"),
        FieldSpec("commission_role", Kind.CHOICE, _enum_choices(BodyRole)),
        FieldSpec("steering_role", Kind.CHOICE, _enum_choices(BodyRole)),
        FieldSpec("notes", Kind.LONG_TEXT),
    ),
    columns=("name", "sex", "organisation_id", "role", "commission_role", "steering_role"),
    form=(
        "name",
        "sex",
        "organisation_id",
        "role",
        "email",
        "phone",
        "commission_role",
        "steering_role",
        "notes",
    ),
    texts=_people_texts,
    new_entry=lambda _s: {"name": _tr("New person")},
    summary=_people_summary,
    filters=_people_filters,
    filters_watch=frozenset({"organisation"}),
)


# --- meetings --------------------------------------------------------------------------


def _meeting_texts() -> RegisterTexts:
    return RegisterTexts(
        add=_tr("Add Meeting"),
        delete=_tr("Delete Meeting"),
        filter_placeholder=_tr("Filter meetings by title, venue, facilitator…"),
        no_selection=_tr("Select a meeting to see its details and record who attended."),
        table=_tr("Meetings"),
        filter_choice=_tr("Meeting type shown"),
    )


def _meeting_summary(session: PlanSession) -> str:
    meetings = session.meetings()
    if not meetings:
        return _tr("No meetings yet. Record each workshop and who attended it.")
    attendances = sum(len(m.attendee_ids) for m in meetings)
    return plural(
        "registers", "Meetings: {count} — %n attendance(s) recorded, latest on {date}", attendances
    ).format(
        count=len(meetings),
        date=format_date(max(m.date for m in meetings)),
    )


def _meeting_filters(_session: PlanSession) -> list[tuple[str, str, Predicate | None]]:
    filters: list[tuple[str, str, Predicate | None]] = [("all", _tr("All meeting types"), None)]
    for kind in MeetingType:
        filters.append((kind.value, label(kind), _has("meeting_type", kind)))
    return filters


MEETINGS = Register(
    entity="meeting",
    listing=lambda session: session.meetings(),
    add=lambda document: document.add_meeting,
    update=lambda document: document.update_meeting,
    delete=lambda document: document.delete_meeting,
    watches=frozenset({"meeting", "attendance", "person"}),
    fields=(
        FieldSpec("title"),
        FieldSpec("date", Kind.DATE),
        FieldSpec("meeting_type", Kind.CHOICE, _enum_choices(MeetingType)),
        FieldSpec("venue"),
        FieldSpec(
            "facilitator_id", Kind.CHOICE, _people_choices, choices_watch=frozenset({"person"})
        ),
        FieldSpec("notes", Kind.LONG_TEXT),
        FieldSpec(
            "attended",
            Kind.DERIVED,
            derive=lambda _s, m: len(m.attendee_ids),
            title=lambda: _tr("Attended"),
        ),
    ),
    columns=("date", "title", "meeting_type", "venue", "facilitator_id", "attended"),
    form=("title", "date", "meeting_type", "venue", "facilitator_id", "notes"),
    texts=_meeting_texts,
    new_entry=lambda _s: {"title": _tr("New meeting"), "date": dt.date.today()},
    summary=_meeting_summary,
    filters=_meeting_filters,
)


# --- baseline figures ----------------------------------------------------------------------


def _baseline_texts() -> RegisterTexts:
    return RegisterTexts(
        add=_tr("Add Baseline Figure"),
        delete=_tr("Delete Baseline Figure"),
        filter_placeholder=_tr("Filter figures…"),
        no_selection="",
        table=_tr("Baseline figures"),
    )


def _baseline_summary(session: PlanSession) -> str:
    figures = session.baseline_figures()
    if not figures:
        return _tr("No baseline figures yet. Add what the diagnostic measured.")
    kinds = Counter(f.kind for f in figures)
    return plural("registers", "Baseline figures: {count}, of %n kind(s)", len(kinds)).format(
        count=len(figures)
    )


def _new_baseline_figure(session: PlanSession) -> dict[str, Any]:
    used = {f.kind for f in session.baseline_figures()}
    kind = next((k for k in BaselineKind if k not in used), BaselineKind.FIRMS_MICRO)
    return {"kind": kind, "value": 0.0, "as_of": dt.date.today()}


BASELINE_FIGURES = Register(
    entity="baseline_figure",
    listing=lambda session: session.baseline_figures(),
    add=lambda document: document.add_baseline_figure,
    update=lambda document: document.update_baseline_figure,
    delete=lambda document: document.delete_baseline_figure,
    watches=frozenset({"baseline_figure"}),
    fields=(
        FieldSpec("kind", Kind.CHOICE, _enum_choices(BaselineKind)),
        FieldSpec("value", Kind.NUMBER),
        FieldSpec("as_of", Kind.DATE, optional=True),
        FieldSpec("source"),
        FieldSpec("note"),
    ),
    columns=("kind", "value", "as_of", "source", "note"),
    form=(),
    texts=_baseline_texts,
    new_entry=_new_baseline_figure,
    summary=_baseline_summary,
)
