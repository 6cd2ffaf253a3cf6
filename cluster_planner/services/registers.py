"""The cluster register: profile, baseline figures, organisations, people and meetings."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select

from cluster_planner.domain.changes import ChangeRecord
from cluster_planner.domain.entities import (
    BaselineFigure,
    ClusterProfile,
    Meeting,
    Organisation,
    Person,
)
from cluster_planner.domain.errors import InUse, NotFound, ValidationError
from cluster_planner.domain.languages import plan_language_code
from cluster_planner.domain.records import from_mapping, to_row
from cluster_planner.services.action_plan import organisation_uses
from cluster_planner.services.diagnostic import delete_round_rows
from cluster_planner.services.document_core import (
    DocumentCore,
    check_fields,
    read_with_links,
    replace_links,
    validated_entity,
)
from cluster_planner.services.recorder import Recorder
from cluster_planner.storage import schema


class RegisterActions(DocumentCore):
    """The Cluster step: who and what the cluster is, and its meetings."""

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
        t = schema.meeting
        links = {"attendee_ids": (schema.attendance, "meeting_id", "person_id")}
        with self._file.engine.connect() as conn:
            return read_with_links(conn, Meeting, t, (t.c.date, t.c.id), links)

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

    # --- cluster profile and baseline --------------------------------------------------

    def update_profile(self, **fields: Any) -> ChangeRecord:
        """Change fields of the cluster profile."""
        check_fields(ClusterProfile, fields)
        current = dataclasses.asdict(self.profile())
        profile = validated_entity(ClusterProfile, {**current, **fields})
        language = plan_language_code(profile.language)
        if "language" in fields and language is None:
            raise ValidationError("language", "must be a language code such as en, es, fr or ar")
        row = {k: v for k, v in to_row(profile).items() if k in fields}
        if "currency" in row:
            row["currency"] = row["currency"].upper()
        if "language" in row:
            row["language"] = language
        return self._run(
            "update_profile",
            profile.name,
            lambda r: r.update(schema.cluster_profile, {"id": 1}, row),
        )

    def add_baseline_figure(self, **fields: Any) -> ChangeRecord:
        """Record a baseline figure (kind, value, as_of, source, note)."""
        check_fields(BaselineFigure, fields)
        figure = validated_entity(BaselineFigure, {"id": 0, **fields})
        return self._run(
            "add_baseline_figure",
            figure.kind.value,
            lambda r: r.insert(schema.baseline_figure, to_row(figure, exclude=("id",))),
        )

    def update_baseline_figure(self, figure_id: int, **fields: Any) -> ChangeRecord:
        """Change fields of a baseline figure."""
        current = self._one(BaselineFigure, schema.baseline_figure, figure_id)
        figure = self._edited(BaselineFigure, current, fields)
        return self._update(
            "update_baseline_figure", figure.kind.value, schema.baseline_figure, figure, fields
        )

    def delete_baseline_figure(self, figure_id: int) -> ChangeRecord:
        """Remove a baseline figure."""
        figure = self._one(BaselineFigure, schema.baseline_figure, figure_id)

        def body(r: Recorder) -> None:
            # Indicators whose baseline came from it keep their values, not the link.
            r.update_where(
                schema.indicator, {"baseline_figure_id": None}, baseline_figure_id=figure_id
            )
            r.delete(schema.baseline_figure, {"id": figure_id})

        return self._run("delete_baseline_figure", figure.kind.value, body)

    # --- organisations ---------------------------------------------------------------

    def add_organisation(self, **fields: Any) -> ChangeRecord:
        """Register an organisation (name and stakeholder_type required)."""
        check_fields(Organisation, fields)
        org = validated_entity(Organisation, {"id": 0, **fields})
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

    def organisation_commitments(self, organisation_id: int) -> list[str]:
        """Codes of the actions an organisation leads, takes part in or pays for."""
        with self._file.engine.connect() as conn:
            return organisation_uses(conn, organisation_id)

    def delete_organisation(self, organisation_id: int) -> ChangeRecord:
        """Remove an organisation with its people and their attendance (indicators it was
        responsible for keep no responsible organisation). An organisation that leads,
        takes part in or pays for an action is kept (InUse names the actions)."""
        org = self.organisation(organisation_id)
        people = self.organisation_dependents(organisation_id)
        uses = self.organisation_commitments(organisation_id)
        if uses:
            raise InUse("organisation", org.name, tuple(uses))

        def body(r: Recorder) -> None:
            for person in people:
                self._delete_person_rows(r, person.id)
            r.update_where(
                schema.indicator, {"responsible_id": None}, responsible_id=organisation_id
            )
            r.delete(schema.organisation, {"id": organisation_id})

        return self._run("delete_organisation", org.name, body)

    # --- people ----------------------------------------------------------------------

    def add_person(self, **fields: Any) -> ChangeRecord:
        """Register a person (name required)."""
        check_fields(Person, fields)
        person = validated_entity(Person, {"id": 0, **fields})
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
        r.delete_where(schema.attendance, person_id=person_id)
        r.update_where(schema.meeting, {"facilitator_id": None}, facilitator_id=person_id)
        r.delete(schema.person, {"id": person_id})

    def _require_organisation(self, organisation_id: int | None) -> None:
        if organisation_id is not None and not self._exists(schema.organisation, organisation_id):
            raise ValidationError("organisation_id", "no such organisation")

    # --- meetings ----------------------------------------------------------------------

    def add_meeting(self, **fields: Any) -> ChangeRecord:
        """Record a meeting (title and date required; attendee_ids optional)."""
        check_fields(Meeting, fields)
        meeting = validated_entity(Meeting, {"id": 0, **fields})
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
                replace_links(
                    r,
                    schema.attendance,
                    "meeting_id",
                    meeting_id,
                    "person_id",
                    current.attendee_ids,
                    tuple(dict.fromkeys(meeting.attendee_ids)),
                )

        return self._run("update_meeting", meeting.title, body)

    def set_attendance(self, meeting_id: int, person_ids: Iterable[int]) -> ChangeRecord:
        """Replace who attended a meeting."""
        return self.update_meeting(meeting_id, attendee_ids=tuple(person_ids))

    def delete_meeting(self, meeting_id: int) -> ChangeRecord:
        """Remove a meeting with its attendance and the voting rounds held at it.

        A meeting that adopted a vision is part of the record and cannot be deleted.
        """
        meeting = self.meeting(meeting_id)
        with self._file.engine.connect() as conn:
            adopted = conn.execute(
                select(schema.vision_version.c.number).where(
                    schema.vision_version.c.meeting_id == meeting_id
                )
            ).first()
        if adopted is not None:
            raise ValidationError(
                "meeting_id", f"this meeting adopted vision version {adopted[0]} and is kept"
            )

        def body(r: Recorder) -> None:
            r.delete_where(schema.action_review, meeting_id=meeting_id)
            for key in r.keys_where(schema.voting_round, meeting_id=meeting_id):
                delete_round_rows(r, key["id"])
            replace_links(
                r,
                schema.attendance,
                "meeting_id",
                meeting_id,
                "person_id",
                meeting.attendee_ids,
                (),
            )
            r.delete(schema.meeting, {"id": meeting_id})

        return self._run("delete_meeting", meeting.title, body)

    def _require_people(self, meeting: Meeting) -> None:
        known = {p.id for p in self.people()}
        if meeting.facilitator_id is not None and meeting.facilitator_id not in known:
            raise ValidationError("facilitator_id", "no such person")
        if set(meeting.attendee_ids) - known:
            raise ValidationError("attendee_ids", "lists someone who is not in the register")
