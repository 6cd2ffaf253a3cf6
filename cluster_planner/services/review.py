"""Actions and queries of the review cycle: progress, measurements, reviews and revisions.

A revision freezes the whole plan as a snapshot inside the plan file. Revisions are
the plan's history, not its content: restoring one replaces the content and leaves
the history as it is (plus a line saying it was restored).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zlib
from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import delete, func, select, update

from cluster_planner.domain.changes import ChangeRecord, RowChange
from cluster_planner.domain.diff import PlanChange, diff_plans
from cluster_planner.domain.entities import (
    Action,
    ActionReview,
    Measurement,
    ProgressEntry,
    Revision,
)
from cluster_planner.domain.enums import ActionStatus
from cluster_planner.domain.errors import NotFound, ValidationError
from cluster_planner.domain.records import from_mapping, to_row
from cluster_planner.domain.review import percentage_fits
from cluster_planner.domain.snapshot import FrozenRevision, PlanHistory, PlanSnapshot, Restore
from cluster_planner.services.document_core import DocumentCore, check_fields, validated_entity
from cluster_planner.services.participation import SESSION_TABLES
from cluster_planner.services.recorder import Recorder
from cluster_planner.storage import schema
from cluster_planner.storage.plan_file import now_iso

E = TypeVar("E")

# Tables that are the plan's history rather than its content: a restore keeps them.
HISTORY_TABLES = frozenset({"plan_info", "revision", "revision_restore"})
# What a progress entry may carry besides its date and note, written onto the action too.
_PROGRESS_FIELDS = ("status", "progress", "actual_start", "actual_end")


def pack_snapshot(snapshot: PlanSnapshot) -> bytes:
    """A snapshot as stored in a revision: compact JSON, zlib-compressed."""
    text = json.dumps(snapshot.to_stored(), ensure_ascii=False, separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 1)


def unpack_snapshot(
    data: bytes, like: tuple[Mapping[str, Any], PlanSnapshot] | None = None
) -> tuple[dict[str, Any], PlanSnapshot]:
    """The stored data a revision holds and the snapshot read from it (see ``from_stored``)."""
    stored = json.loads(zlib.decompress(data).decode("utf-8"))
    return stored, PlanSnapshot.from_stored(stored, like)


def _revision(row: Any) -> Revision:
    fields = Revision.__dataclass_fields__
    return from_mapping(Revision, {k: v for k, v in row.items() if k in fields})


class ReviewActions(DocumentCore):
    """The Review step: what happened since the plan was adopted, and adopting it anew."""

    def snapshot(self) -> PlanSnapshot:  # provided by PlanDocument
        raise NotImplementedError

    def _load_content(self, r: Recorder, snapshot: PlanSnapshot) -> None:  # by PlanDocument
        raise NotImplementedError

    # --- queries ---------------------------------------------------------------------------

    def measurements(self, indicator_id: int | None = None) -> list[Measurement]:
        """Indicator measurements (all, or one indicator's), oldest first."""
        m = schema.measurement
        return self._listed(
            Measurement, m, (m.c.measured_on, m.c.id), m.c.indicator_id, indicator_id
        )

    def action_reviews(self, meeting_id: int | None = None) -> list[ActionReview]:
        """What was said about each action at review meetings (all, or one meeting's)."""
        t = schema.action_review
        return self._listed(ActionReview, t, (t.c.meeting_id, t.c.id), t.c.meeting_id, meeting_id)

    def _listed(
        self, cls: type[E], table: Any, order: tuple[Any, ...], owner: Any, owner_id: int | None
    ) -> list[E]:
        """The rows of ``table`` as ``cls`` in ``order`` (only ``owner_id``'s, when given)."""
        query = select(table).order_by(*order)
        if owner_id is not None:
            query = query.where(owner == owner_id)
        with self._file.engine.connect() as conn:
            return [from_mapping(cls, row) for row in conn.execute(query).mappings()]

    def revisions(self) -> list[Revision]:
        """The adopted revisions, oldest first (without their snapshots)."""
        rev = schema.revision
        columns = [rev.c[name] for name in Revision.__dataclass_fields__]
        with self._file.engine.connect() as conn:
            rows = conn.execute(select(*columns).order_by(rev.c.number)).mappings()
            return [_revision(row) for row in rows]

    def revision(self, number: int) -> Revision:
        """One adopted revision by its number."""
        for revision in self.revisions():
            if revision.number == number:
                return revision
        raise NotFound("revision", number)

    def revision_snapshot(self, number: int) -> PlanSnapshot:
        """The whole plan as revision ``number`` froze it."""
        return self._revision_snapshots(number)[0]

    def _revision_snapshots(self, *numbers: int) -> list[PlanSnapshot]:
        """Revisions' snapshots, read once per document; read together, they share records."""
        rev = schema.revision
        cache: dict[tuple[int, str], PlanSnapshot] = self.__dict__.setdefault("_revision_cache", {})
        found: list[PlanSnapshot] = []
        like: tuple[Mapping[str, Any], PlanSnapshot] | None = None
        with self._file.engine.connect() as conn:
            for number in numbers:
                row = conn.execute(
                    select(rev.c.id, rev.c.created_at).where(rev.c.number == number)
                ).first()
                if row is None:
                    raise NotFound("revision", number)
                key = (int(row[0]), str(row[1]))  # an undone adoption's number comes back
                if key not in cache:
                    data = conn.execute(
                        select(rev.c.snapshot).where(rev.c.id == key[0])
                    ).scalar_one()
                    stored, cache[key] = unpack_snapshot(data, like)
                    like = (stored, cache[key])
                found.append(cache[key])
        return found

    def baseline(self) -> PlanSnapshot | None:
        """The last adopted revision's plan: what the timeline shows slippage against."""
        with self._file.engine.connect() as conn:
            number = conn.execute(select(func.max(schema.revision.c.number))).scalar()
        return self.revision_snapshot(int(number)) if number is not None else None

    def compare(self, from_number: int, to_number: int | None = None) -> list[PlanChange]:
        """What changed from revision ``from_number`` to ``to_number`` (default: the plan now)."""
        if to_number is None:
            return diff_plans(self.revision_snapshot(from_number), self.snapshot())
        before, after = self._revision_snapshots(from_number, to_number)
        return diff_plans(before, after)

    def history(self) -> PlanHistory:
        """The adopted revisions with the plans they froze, and the restores: what ``dump``
        writes beside the content and ``new --from`` loads back."""
        rev, res = schema.revision, schema.revision_restore
        columns = [rev.c[name] for name in Revision.__dataclass_fields__]
        frozen = []
        with self._file.engine.connect() as conn:
            rows = conn.execute(select(*columns, rev.c.snapshot).order_by(rev.c.number)).mappings()
            for row in rows:
                _, plan = unpack_snapshot(row["snapshot"])
                frozen.append(FrozenRevision(_revision(row), plan))
            restores = [
                Restore(int(r.id), int(r.revision_id), str(r.restored_at))
                for r in conn.execute(select(res).order_by(res.c.id))
            ]
        return PlanHistory(tuple(frozen), tuple(restores))

    def _load_history(self, r: Recorder, history: PlanHistory) -> None:
        """Write a snapshot's history into a plan that has none (``load_snapshot``)."""
        for item in history.revisions:
            live = " ".join(
                str(a.id) for a in item.plan.actions if a.status is not ActionStatus.DROPPED
            )
            r.insert(
                schema.revision,
                {
                    **to_row(item.revision),
                    "snapshot": pack_snapshot(item.plan),
                    "action_ids": live,
                },
            )
        for restore in history.restores:
            r.insert(schema.revision_restore, dataclasses.asdict(restore))

    def restores(self) -> list[tuple[int, str]]:
        """(revision number, when) for each time a revision was restored, oldest first."""
        rev, res = schema.revision, schema.revision_restore
        query = (
            select(rev.c.number, res.c.restored_at)
            .join(rev, rev.c.id == res.c.revision_id)
            .order_by(res.c.id)
        )
        with self._file.engine.connect() as conn:
            return [(int(n), str(at)) for n, at in conn.execute(query)]

    # --- progress --------------------------------------------------------------------------

    def record_progress(
        self, action_id: int, recorded_on: dt.date, *, note: str = "", **fields: Any
    ) -> ChangeRecord:
        """Report on an action: any of status, progress, actual_start, actual_end, and a note.

        The entry is kept in the action's history and what it reports becomes the
        action's current status, progress and actual dates. Dropping an action an
        adopted revision holds needs a note: it becomes the drop reason.
        """
        unknown = set(fields) - set(_PROGRESS_FIELDS)
        if unknown:
            raise TypeError(f"record_progress cannot set {sorted(unknown)}")
        entry = validated_entity(
            ProgressEntry, {"id": 0, "recorded_on": recorded_on, "note": note, **fields}
        )
        current = self._action(action_id)
        action = self._reported(current, entry)
        was, now = to_row(current), to_row(action)
        row = {k: now[k] for k in (*fields, "drop_reason") if k in now and was[k] != now[k]}

        def body(r: Recorder) -> None:
            entry_row = to_row(entry, exclude=("id",))
            r.insert(schema.progress_entry, {**entry_row, "action_id": action_id})
            if row:
                r.update(schema.action, {"id": action_id}, row)

        return self._run("record_progress", action.title, body)

    def _reported(self, current: Action, entry: ProgressEntry) -> Action:
        """The action as the progress entry leaves it, checked."""
        values: dict[str, Any] = {
            k: getattr(entry, k) for k in _PROGRESS_FIELDS if getattr(entry, k) is not None
        }
        start = values.get("actual_start", current.actual_start)
        end = values.get("actual_end", current.actual_end)
        if start is not None and end is not None and end < start:
            raise ValidationError("actual_end", "must not be before the actual start")
        if entry.status is ActionStatus.DROPPED and current.status is not ActionStatus.DROPPED:
            values["drop_reason"] = entry.note.strip() or current.drop_reason
        action = self._edited(Action, current, values)
        if "drop_reason" in values:
            self._check_drop_reason(action)  # type: ignore[attr-defined]
        return action

    def update_progress_entry(self, entry_id: int, **fields: Any) -> ChangeRecord:
        """Correct a progress entry (the action's current state is not recomputed)."""
        return self._update_child(entry_id, "progress_entries", "update_progress", fields)  # type: ignore[attr-defined, no-any-return]

    def delete_progress_entry(self, entry_id: int) -> ChangeRecord:
        """Remove a progress entry from an action's history."""
        return self._delete_child(entry_id, "progress_entries", "delete_progress")  # type: ignore[attr-defined, no-any-return]

    def _action(self, action_id: int) -> Action:
        return self.action(action_id)  # type: ignore[attr-defined, no-any-return]

    # --- measurements ----------------------------------------------------------------------

    def record_measurement(self, indicator_id: int, **fields: Any) -> ChangeRecord:
        """Record an indicator's value: measured_on, value, source."""
        check_fields(Measurement, fields)
        indicator = self._indicator(indicator_id)  # type: ignore[attr-defined]
        measurement = validated_entity(
            Measurement, {"id": 0, **fields, "indicator_id": indicator_id}
        )
        if not percentage_fits(indicator, measurement.value):
            raise ValidationError("value", "is a percentage from 0 to 100")
        return self._run(
            "record_measurement",
            indicator.name,
            lambda r: r.insert(schema.measurement, to_row(measurement, exclude=("id",))),
        )

    def update_measurement(self, measurement_id: int, **fields: Any) -> ChangeRecord:
        """Correct a measurement's date, value or source."""
        if "indicator_id" in fields:
            raise TypeError("a measurement stays with its indicator")
        current = self._measurement(measurement_id)
        measurement = self._edited(Measurement, current, fields)
        indicator = self._indicator(current.indicator_id)  # type: ignore[attr-defined]
        if not percentage_fits(indicator, measurement.value):
            raise ValidationError("value", "is a percentage from 0 to 100")
        return self._update(
            "update_measurement", indicator.name, schema.measurement, measurement, fields
        )

    def delete_measurement(self, measurement_id: int) -> ChangeRecord:
        """Remove a measurement."""
        current = self._measurement(measurement_id)
        indicator = self._indicator(current.indicator_id)  # type: ignore[attr-defined]
        return self._run(
            "delete_measurement",
            indicator.name,
            lambda r: r.delete(schema.measurement, {"id": measurement_id}),
        )

    def _measurement(self, measurement_id: int) -> Measurement:
        m = schema.measurement
        with self._file.engine.connect() as conn:
            row = conn.execute(select(m).where(m.c.id == measurement_id)).mappings().first()
        if row is None:
            raise NotFound("measurement", measurement_id)
        return from_mapping(Measurement, row)

    # --- review meetings -------------------------------------------------------------------

    def review_action(self, meeting_id: int, action_id: int, **fields: Any) -> ChangeRecord:
        """Record, for one action at one meeting, any of done, next_steps, help_needed, decision."""
        check_fields(ActionReview, fields)
        if {"id", "meeting_id", "action_id"} & set(fields):
            raise TypeError("review_action names the meeting and the action itself")
        self.meeting(meeting_id)  # type: ignore[attr-defined]
        action = self._action(action_id)
        t = schema.action_review
        with self._file.engine.connect() as conn:
            row = (
                conn.execute(
                    select(t).where(t.c.meeting_id == meeting_id, t.c.action_id == action_id)
                )
                .mappings()
                .first()
            )
        if row is None:
            review = validated_entity(
                ActionReview, {"id": 0, **fields, "meeting_id": meeting_id, "action_id": action_id}
            )
            return self._run(
                "review_action",
                action.title,
                lambda r: r.insert(t, to_row(review, exclude=("id",))),
            )
        current = from_mapping(ActionReview, row)
        review = self._edited(ActionReview, current, fields)
        return self._update("review_action", action.title, t, review, fields)

    # --- revisions -------------------------------------------------------------------------

    def adopt_revision(
        self,
        title: str,
        adopted_on: dt.date,
        *,
        meeting_id: int | None = None,
        decision: str = "",
        reason: str = "",
    ) -> ChangeRecord:
        """Adopt the plan as it is now as the next numbered revision, frozen whole."""
        if not title.strip():
            raise ValidationError("title", "must not be empty")
        meeting_label = ""
        if meeting_id is not None:
            meeting = self.meeting(meeting_id)  # type: ignore[attr-defined]
            meeting_label = meeting.title
        snapshot = self.snapshot()
        live = " ".join(str(a.id) for a in snapshot.actions if a.status is not ActionStatus.DROPPED)
        packed = pack_snapshot(snapshot)

        def body(r: Recorder) -> None:
            last = r.conn.execute(select(func.max(schema.revision.c.number))).scalar()
            r.insert(
                schema.revision,
                {
                    "number": (last or 0) + 1,
                    "title": title.strip(),
                    "adopted_on": adopted_on,
                    "meeting_id": meeting_id,
                    "meeting": meeting_label,
                    "decision": decision,
                    "reason": reason,
                    "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
                    "snapshot": packed,
                    "action_ids": live,
                },
            )

        return self._run("adopt_revision", title.strip(), body)

    def restore_revision(self, number: int) -> ChangeRecord:
        """Make revision ``number`` the current plan again (one undo step; recorded)."""
        revision = self.revision(number)
        snapshot = self.revision_snapshot(number)

        def body(r: Recorder) -> None:
            clear_content(r)
            self._load_content(r, snapshot)
            r.insert(
                schema.revision_restore, {"revision_id": revision.id, "restored_at": now_iso()}
            )

        return self._run("restore_revision", f"{number}", body)


def clear_content(r: Recorder) -> None:
    """Delete every row of the plan's content, a statement per table, each row recorded.

    Rows that point at rows of their own table (a merged SWOT item) are unlinked
    first, so that undo can insert them back in any order.
    """
    for table in reversed(schema.metadata.sorted_tables):
        if table.name in HISTORY_TABLES | SESSION_TABLES or table.name == "cluster_profile":
            continue
        rows = [dict(row) for row in r.conn.execute(select(table)).mappings()]
        if not rows:
            continue
        keys = [c.name for c in table.primary_key.columns]
        for column in _self_references(table):
            linked = [row for row in rows if row[column] is not None]
            if linked:
                r.conn.execute(update(table).values({column: None}))
                for row in linked:
                    unlinked = {**row, column: None}
                    r.changes.append(
                        RowChange(table.name, {k: row[k] for k in keys}, dict(row), unlinked)
                    )
                    row[column] = None
        r.conn.execute(delete(table))
        r.changes.extend(
            RowChange(table.name, {k: row[k] for k in keys}, row, None) for row in rows
        )


def _self_references(table: Any) -> list[str]:
    """Columns of ``table`` that name another row of the same table."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table.name == table.name]
