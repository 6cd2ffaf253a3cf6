"""PlanDocument: the façade over one open plan.

Contract: every public action method is one user action. It runs in one
transaction, is on disk (``synchronous=FULL``) when it returns, and returns the
ChangeRecord that ``undo``/``redo`` replay. Queries return immutable entities,
never live database objects. Listeners hear every applied record, including
undo and redo, so views can refresh what changed.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select, update

from cluster_planner.domain.changes import ChangeRecord, inserted_id
from cluster_planner.domain.entities import (
    BaselineFigure,
    ClusterProfile,
    Meeting,
    Organisation,
    Person,
)
from cluster_planner.domain.errors import NotFound, ReadOnlyPlan, SnapshotError, ValidationError
from cluster_planner.domain.records import from_mapping, to_row
from cluster_planner.domain.snapshot import PlanSnapshot
from cluster_planner.services.recorder import Recorder, replay
from cluster_planner.storage import schema
from cluster_planner.storage.plan_file import PlanFile, now_iso

E = TypeVar("E")
Listener = Callable[[ChangeRecord], None]


def _validated(cls: type[E], data: Mapping[str, Any]) -> E:
    """Build an entity from edited values, turning type problems into ValidationError."""
    try:
        entity = from_mapping(cls, data)
    except SnapshotError as exc:
        field = str(exc).split(" ")[0].split(".")[-1]
        raise ValidationError(field, str(exc)) from None
    for name in ("name", "title"):
        if hasattr(entity, name) and not str(getattr(entity, name)).strip():
            raise ValidationError(name, "must not be empty")
    return entity


def _check_fields(cls: type[Any], fields: Mapping[str, Any]) -> None:
    known = {f.name for f in dataclasses.fields(cls)} - {"id"}
    unknown = set(fields) - known
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {sorted(unknown)}")


class PlanDocument:
    """One open plan: queries, user actions, undo and redo."""

    def __init__(self, plan_file: PlanFile) -> None:
        self._file = plan_file
        self._listeners: list[Listener] = []

    # --- opening and closing -------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, read_only: bool = False, take_over_lock: bool = False
    ) -> PlanDocument:
        """Open a plan file (see storage.plan_file for the protocol and its errors)."""
        return cls(PlanFile.open(path, read_only=read_only, take_over_lock=take_over_lock))

    @classmethod
    def create(cls, path: Path | str, *, overwrite: bool = False) -> PlanDocument:
        """Create a new, empty plan file and open it."""
        return cls(PlanFile.create(path, overwrite=overwrite))

    @property
    def path(self) -> Path:
        """Where the plan file is."""
        return self._file.path

    @property
    def read_only(self) -> bool:
        """True when the plan was opened for reading only."""
        return self._file.read_only

    @property
    def upgrade_backup(self) -> Path | None:
        """The backup written before an older plan was upgraded on open, if any."""
        return self._file.upgrade_backup

    def save_copy(self, destination: Path | str) -> None:
        """Write a consistent copy of the plan elsewhere; the open plan stays this one."""
        self._file.save_copy(destination)

    def close(self) -> None:
        """Close the plan file and release its lock."""
        self._file.close()

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(record)`` after every applied action, undo and redo."""
        self._listeners.append(listener)

    # --- queries -------------------------------------------------------------------

    def profile(self) -> ClusterProfile:
        """The cluster profile."""
        with self._file.engine.connect() as conn:
            row = conn.execute(select(schema.cluster_profile)).mappings().one()
        return from_mapping(ClusterProfile, row)

    def baseline_figures(self) -> list[BaselineFigure]:
        """Baseline figures, ordered by kind and date."""
        return self._all(BaselineFigure, schema.baseline_figure)

    def organisations(self) -> list[Organisation]:
        """The organisations of the register, in the order they were added."""
        return self._all(Organisation, schema.organisation)

    def people(self) -> list[Person]:
        """The people of the register, in the order they were added."""
        return self._all(Person, schema.person)

    def meetings(self) -> list[Meeting]:
        """The meetings with their attendance, by date."""
        with self._file.engine.connect() as conn:
            attendees: dict[int, list[int]] = defaultdict(list)
            for meeting_id, person_id in conn.execute(
                select(schema.attendance.c.meeting_id, schema.attendance.c.person_id).order_by(
                    schema.attendance.c.person_id
                )
            ):
                attendees[meeting_id].append(person_id)
            rows = conn.execute(
                select(schema.meeting).order_by(schema.meeting.c.date, schema.meeting.c.id)
            ).mappings()
            return [
                from_mapping(Meeting, {**row, "attendee_ids": attendees.get(row["id"], [])})
                for row in rows
            ]

    def organisation(self, organisation_id: int) -> Organisation:
        """One organisation, or NotFound."""
        return self._one(Organisation, schema.organisation, organisation_id)

    def person(self, person_id: int) -> Person:
        """One person, or NotFound."""
        return self._one(Person, schema.person, person_id)

    def meeting(self, meeting_id: int) -> Meeting:
        """One meeting with its attendance, or NotFound."""
        for meeting in self.meetings():
            if meeting.id == meeting_id:
                return meeting
        raise NotFound("meeting", meeting_id)

    def snapshot(self) -> PlanSnapshot:
        """The whole plan as one immutable snapshot."""
        with self._file.engine.connect() as conn:
            info = conn.execute(select(schema.plan_info)).mappings().one()
        return PlanSnapshot(
            profile=self.profile(),
            baseline_figures=tuple(self.baseline_figures()),
            organisations=tuple(self.organisations()),
            people=tuple(self.people()),
            meetings=tuple(self.meetings()),
            created_at=info["created_at"],
            modified_at=info["modified_at"],
        )

    def _all(self, cls: type[E], table: Any) -> list[E]:
        with self._file.engine.connect() as conn:
            rows = conn.execute(select(table).order_by(table.c.id)).mappings()
            return [from_mapping(cls, row) for row in rows]

    def _one(self, cls: type[E], table: Any, entity_id: int) -> E:
        with self._file.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == entity_id)).mappings().first()
        if row is None:
            raise NotFound(table.name, entity_id)
        return from_mapping(cls, row)

    # --- the transaction behind every action -----------------------------------------

    def _run(self, action: str, subject: str, body: Callable[[Recorder], object]) -> ChangeRecord:
        """Run ``body`` in one transaction and return what it changed as a record."""
        if self.read_only:
            raise ReadOnlyPlan(str(self.path))
        with self._file.engine.begin() as conn:
            recorder = Recorder(conn)
            body(recorder)
            if recorder.changes:
                conn.execute(update(schema.plan_info).values(modified_at=now_iso()))
        record = ChangeRecord(action, subject, tuple(recorder.changes))
        self._notify(record)
        return record

    def _notify(self, record: ChangeRecord) -> None:
        if record.is_empty:
            return
        for listener in list(self._listeners):
            listener(record)

    def undo(self, record: ChangeRecord) -> ChangeRecord:
        """Reverse an applied action in a new transaction; return the record applied."""
        return self.apply(record.inverse())

    def redo(self, record: ChangeRecord) -> ChangeRecord:
        """Apply an undone action again (``record`` is the original, not its inverse)."""
        return self.apply(record)

    def apply(self, record: ChangeRecord) -> ChangeRecord:
        """Replay a change record exactly, in one transaction."""
        if self.read_only:
            raise ReadOnlyPlan(str(self.path))
        with self._file.engine.begin() as conn:
            replay(conn, record.changes)
            conn.execute(update(schema.plan_info).values(modified_at=now_iso()))
        self._notify(record)
        return record

    # --- cluster profile and baseline --------------------------------------------------

    def update_profile(self, **fields: Any) -> ChangeRecord:
        """Change fields of the cluster profile."""
        _check_fields(ClusterProfile, fields)
        current = dataclasses.asdict(self.profile())
        profile = _validated(ClusterProfile, {**current, **fields})
        if (
            profile.horizon_start is not None
            and profile.horizon_end is not None
            and profile.horizon_end < profile.horizon_start
        ):
            raise ValidationError("horizon_end", "the planning horizon ends before it starts")
        if len(profile.currency) != 3 or not profile.currency.isalpha():
            raise ValidationError("currency", "must be a three-letter ISO 4217 code such as USD")
        row = {k: v for k, v in to_row(profile).items() if k in fields}
        if "currency" in row:
            row["currency"] = row["currency"].upper()
        return self._run(
            "update_profile",
            profile.name,
            lambda r: r.update(schema.cluster_profile, {"id": 1}, row),
        )

    def add_baseline_figure(self, **fields: Any) -> ChangeRecord:
        """Record a baseline figure (kind, value, as_of, source, note)."""
        _check_fields(BaselineFigure, fields)
        figure = _validated(BaselineFigure, {"id": 0, **fields})
        if figure.value < 0:
            raise ValidationError("value", "must not be negative")
        return self._run(
            "add_baseline_figure",
            figure.kind.value,
            lambda r: r.insert(schema.baseline_figure, to_row(figure, exclude=("id",))),
        )

    def update_baseline_figure(self, figure_id: int, **fields: Any) -> ChangeRecord:
        """Change fields of a baseline figure."""
        current = self._one(BaselineFigure, schema.baseline_figure, figure_id)
        figure = self._edited(BaselineFigure, current, fields)
        if figure.value < 0:
            raise ValidationError("value", "must not be negative")
        return self._update(
            "update_baseline_figure", figure.kind.value, schema.baseline_figure, figure, fields
        )

    def delete_baseline_figure(self, figure_id: int) -> ChangeRecord:
        """Remove a baseline figure."""
        figure = self._one(BaselineFigure, schema.baseline_figure, figure_id)
        return self._run(
            "delete_baseline_figure",
            figure.kind.value,
            lambda r: r.delete(schema.baseline_figure, {"id": figure_id}),
        )

    # --- organisations ---------------------------------------------------------------

    def add_organisation(self, **fields: Any) -> ChangeRecord:
        """Register an organisation (name and stakeholder_type required)."""
        _check_fields(Organisation, fields)
        org = _validated(Organisation, {"id": 0, **fields})
        return self._run(
            "add_organisation",
            org.name,
            lambda r: r.insert(schema.organisation, to_row(org, exclude=("id",))),
        )

    def update_organisation(self, organisation_id: int, **fields: Any) -> ChangeRecord:
        """Change fields of an organisation."""
        org = self._edited(Organisation, self.organisation(organisation_id), fields)
        return self._update("update_organisation", org.name, schema.organisation, org, fields)

    def organisation_dependents(self, organisation_id: int) -> list[Person]:
        """The people who would be removed with an organisation."""
        return [p for p in self.people() if p.organisation_id == organisation_id]

    def delete_organisation(self, organisation_id: int) -> ChangeRecord:
        """Remove an organisation together with its people and their attendance."""
        org = self.organisation(organisation_id)
        people = self.organisation_dependents(organisation_id)

        def body(r: Recorder) -> None:
            for person in people:
                self._delete_person_rows(r, person.id)
            r.delete(schema.organisation, {"id": organisation_id})

        return self._run("delete_organisation", org.name, body)

    # --- people ----------------------------------------------------------------------

    def add_person(self, **fields: Any) -> ChangeRecord:
        """Register a person (name required)."""
        _check_fields(Person, fields)
        person = _validated(Person, {"id": 0, **fields})
        self._require_organisation(person.organisation_id)
        return self._run(
            "add_person",
            person.name,
            lambda r: r.insert(schema.person, to_row(person, exclude=("id",))),
        )

    def update_person(self, person_id: int, **fields: Any) -> ChangeRecord:
        """Change fields of a person, including their Commission and Steering Committee seats."""
        person = self._edited(Person, self.person(person_id), fields)
        self._require_organisation(person.organisation_id)
        return self._update("update_person", person.name, schema.person, person, fields)

    def delete_person(self, person_id: int) -> ChangeRecord:
        """Remove a person and their attendance; meetings they facilitated keep no facilitator."""
        person = self.person(person_id)
        return self._run(
            "delete_person", person.name, lambda r: self._delete_person_rows(r, person_id)
        )

    def _delete_person_rows(self, r: Recorder, person_id: int) -> None:
        conn = r.conn
        for (meeting_id,) in conn.execute(
            select(schema.attendance.c.meeting_id).where(schema.attendance.c.person_id == person_id)
        ).all():
            r.delete(schema.attendance, {"meeting_id": meeting_id, "person_id": person_id})
        for (meeting_id,) in conn.execute(
            select(schema.meeting.c.id).where(schema.meeting.c.facilitator_id == person_id)
        ).all():
            r.update(schema.meeting, {"id": meeting_id}, {"facilitator_id": None})
        r.delete(schema.person, {"id": person_id})

    def _require_organisation(self, organisation_id: int | None) -> None:
        if organisation_id is not None:
            try:
                self.organisation(organisation_id)
            except NotFound:
                raise ValidationError("organisation_id", "no such organisation") from None

    # --- meetings ----------------------------------------------------------------------

    def add_meeting(self, **fields: Any) -> ChangeRecord:
        """Record a meeting (title and date required; attendee_ids optional)."""
        _check_fields(Meeting, fields)
        meeting = _validated(Meeting, {"id": 0, **fields})
        self._require_people(meeting)

        def body(r: Recorder) -> None:
            row = r.insert(schema.meeting, to_row(meeting, exclude=("id", "attendee_ids")))
            for person_id in dict.fromkeys(meeting.attendee_ids):
                r.insert(schema.attendance, {"meeting_id": row["id"], "person_id": person_id})

        return self._run("add_meeting", meeting.title, body)

    def update_meeting(self, meeting_id: int, **fields: Any) -> ChangeRecord:
        """Change fields of a meeting; ``attendee_ids`` replaces the attendance."""
        current = self.meeting(meeting_id)
        meeting = self._edited(Meeting, current, fields)
        self._require_people(meeting)
        row_fields = {
            k: v for k, v in to_row(meeting).items() if k in fields and k != "attendee_ids"
        }

        def body(r: Recorder) -> None:
            if row_fields:
                r.update(schema.meeting, {"id": meeting_id}, row_fields)
            if "attendee_ids" in fields:
                self._set_attendance_rows(r, meeting_id, current.attendee_ids, meeting.attendee_ids)

        return self._run("update_meeting", meeting.title, body)

    def set_attendance(self, meeting_id: int, person_ids: Iterable[int]) -> ChangeRecord:
        """Replace who attended a meeting."""
        return self.update_meeting(meeting_id, attendee_ids=tuple(person_ids))

    def delete_meeting(self, meeting_id: int) -> ChangeRecord:
        """Remove a meeting and its attendance."""
        meeting = self.meeting(meeting_id)

        def body(r: Recorder) -> None:
            self._set_attendance_rows(r, meeting_id, meeting.attendee_ids, ())
            r.delete(schema.meeting, {"id": meeting_id})

        return self._run("delete_meeting", meeting.title, body)

    def _set_attendance_rows(
        self, r: Recorder, meeting_id: int, old: Iterable[int], new: Iterable[int]
    ) -> None:
        old_set, new_list = set(old), list(dict.fromkeys(new))
        for person_id in sorted(old_set - set(new_list)):
            r.delete(schema.attendance, {"meeting_id": meeting_id, "person_id": person_id})
        for person_id in new_list:
            if person_id not in old_set:
                r.insert(schema.attendance, {"meeting_id": meeting_id, "person_id": person_id})

    def _require_people(self, meeting: Meeting) -> None:
        known = {p.id for p in self.people()}
        if meeting.facilitator_id is not None and meeting.facilitator_id not in known:
            raise ValidationError("facilitator_id", "no such person")
        if set(meeting.attendee_ids) - known:
            raise ValidationError("attendee_ids", "lists someone who is not in the register")

    # --- shared shapes -------------------------------------------------------------------

    def _edited(self, cls: type[E], current: E, fields: Mapping[str, Any]) -> E:
        _check_fields(cls, fields)
        return _validated(cls, {**dataclasses.asdict(current), **fields})  # type: ignore[call-overload]

    def _update(
        self, action: str, subject: str, table: Any, entity: Any, fields: Mapping[str, Any]
    ) -> ChangeRecord:
        row = {k: v for k, v in to_row(entity).items() if k in fields}
        return self._run(action, subject, lambda r: r.update(table, {"id": entity.id}, row))

    # --- whole-plan loading ----------------------------------------------------------------

    def load_snapshot(self, snapshot: PlanSnapshot) -> ChangeRecord:
        """Fill an empty plan from a snapshot, keeping its ids (for ``new --from``)."""

        def body(r: Recorder) -> None:
            if any(
                r.conn.execute(select(t.c.id).limit(1)).first()
                for t in (
                    schema.organisation,
                    schema.person,
                    schema.meeting,
                    schema.baseline_figure,
                )
            ):
                raise ValidationError("plan", "a snapshot can only be loaded into an empty plan")
            r.update(schema.cluster_profile, {"id": 1}, to_row(snapshot.profile))
            for figure in snapshot.baseline_figures:
                r.insert(schema.baseline_figure, to_row(figure))
            for org in snapshot.organisations:
                r.insert(schema.organisation, to_row(org))
            for person in snapshot.people:
                r.insert(schema.person, to_row(person))
            for meeting in snapshot.meetings:
                r.insert(schema.meeting, to_row(meeting, exclude=("attendee_ids",)))
                for person_id in meeting.attendee_ids:
                    r.insert(schema.attendance, {"meeting_id": meeting.id, "person_id": person_id})

        return self._run("load_snapshot", snapshot.profile.name, body)


def new_id(record: ChangeRecord, entity: str) -> int:
    """The id of the entity an ``add_…`` action created."""
    return inserted_id(record, entity)
