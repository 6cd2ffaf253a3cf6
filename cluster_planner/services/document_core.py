"""The core of the plan façade: opening, the one-transaction action runner, undo and redo.

Contract: every public action method of the façade is one user action. It runs
in one transaction, is on disk (``synchronous=FULL``) when it returns, and returns
the ChangeRecord that ``undo``/``redo`` replay. Queries return immutable entities,
never live database objects. Listeners hear every applied record, including undo
and redo, so views can refresh what changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self, TypeVar

from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError

from cluster_planner.domain.changes import ChangeRecord, inserted_id
from cluster_planner.domain.errors import (
    NotFound,
    PlanError,
    PlanFileDamaged,
    PlanFileUnreadable,
    ReadOnlyPlan,
    SnapshotError,
    ValidationError,
)
from cluster_planner.domain.languages import DEFAULT_LANGUAGE, plan_language_code
from cluster_planner.domain.records import from_mapping, from_rows, to_row
from cluster_planner.domain.rules import check_record
from cluster_planner.services.recorder import Recorder, replay
from cluster_planner.storage import schema
from cluster_planner.storage.plan_file import PlanFile, now_iso

E = TypeVar("E")
Listener = Callable[[ChangeRecord], None]


def validated_entity(cls: type[E], data: Mapping[str, Any]) -> E:
    """Build an entity from edited values and check it against the plan's rules
    (``domain/rules.py``, which reading a snapshot applies too); raise ValidationError."""
    try:
        entity = from_mapping(cls, data)
    except SnapshotError as exc:
        raise ValidationError(exc.field or "value", exc.problem or str(exc)) from None
    check_record(entity)
    return entity


# What reading a damaged file fails with, deep in SQLite, SQLAlchemy's converters or zlib.
_DAMAGE = (
    ValueError,
    LookupError,
    TypeError,
    OverflowError,
    UnicodeError,
    RecursionError,
    zlib.error,
)
_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED: another program holds the file, not damage
_IO = 10  # SQLITE_IOERR: the disk or the network failed while reading


@contextlib.contextmanager
def reporting_damage(path: Path) -> Iterator[None]:
    """Turn what reading a damaged plan fails with into PlanFileDamaged, naming what broke.

    A stored value no plan holds (an unknown code, a date that is no date, a revision
    whose compressed snapshot is broken) or a page SQLite finds malformed all end here,
    so every reader of stored values reports damage in one sentence, never a traceback.
    """
    try:
        yield
    except SnapshotError as exc:
        raise PlanFileDamaged(str(path), f"it holds a value no plan holds: {exc}") from None
    except PlanError:
        raise
    except DBAPIError as exc:
        code = getattr(exc.orig, "sqlite_errorcode", None)
        if code in _BUSY or code == _IO:
            raise PlanFileUnreadable(str(path), str(exc.orig)) from None
        raise PlanFileDamaged(str(path), str(exc.orig)) from None
    except _DAMAGE as exc:
        detail = str(exc) or "a stored value cannot be read"
        raise PlanFileDamaged(str(path), f"a stored value cannot be read: {detail}") from None


def check_fields(cls: type[Any], fields: Mapping[str, Any]) -> None:
    known = {f.name for f in dataclasses.fields(cls)} - {"id"}
    unknown = set(fields) - known
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {sorted(unknown)}")


class DocumentCore:
    """One open plan file: the action runner, undo/redo and shared query helpers."""

    def __init__(self, plan_file: PlanFile) -> None:
        self._file = plan_file
        self._listeners: list[Listener] = []

    # --- opening and closing -------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, read_only: bool = False, take_over_lock: bool = False
    ) -> Self:
        """Open a plan file (see storage.plan_file for the protocol and its errors)."""
        return cls(PlanFile.open(path, read_only=read_only, take_over_lock=take_over_lock))

    @classmethod
    def open_to_salvage(cls, path: Path | str) -> Self:
        """Open a damaged plan read-only without SQLite's health check, to read what it
        still holds (``readable_revisions``); nothing else should use it."""
        return cls(PlanFile.open(path, read_only=True, salvage=True))

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        overwrite: bool = False,
        fill: Callable[[Self], object] | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> Self:
        """Create a new plan file written in ``language`` (a plan language code) and open
        it; ``fill`` writes its content first. The language is part of the new plan, not an
        edit to undo.

        The plan is built and filled beside ``path`` and renamed into place only when
        ``fill`` has finished and the file checks whole; a plan someone is editing is
        refused before anything is touched (see ``PlanFile.create``).
        """
        code = plan_language_code(language)
        if code is None:
            raise ValidationError("language", "must be a language code such as en, es, fr or ar")

        def fill_file(plan_file: PlanFile) -> None:
            if code != DEFAULT_LANGUAGE:
                with plan_file.engine.begin() as conn:
                    conn.execute(update(schema.cluster_profile).values(language=code))
            if fill is not None:
                fill(cls(plan_file))

        return cls(PlanFile.create(path, overwrite=overwrite, fill=fill_file))

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def recovered(self) -> bool:
        """True when the plan had been left in the middle of a save and is read as it was
        last saved whole (read-only opens; the next editing open finishes the recovery)."""
        return self._file.recovered

    def reporting_damage(self) -> contextlib.AbstractContextManager[None]:
        """``with document.reporting_damage():`` reads that fail on damage say so (see
        ``reporting_damage``)."""
        return reporting_damage(self.path)

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(record)`` after every applied action, undo and redo."""
        self._listeners.append(listener)

    def _all(self, cls: type[E], table: Any) -> list[E]:
        with self._file.engine.connect() as conn:
            result = conn.execute(select(table).order_by(table.c.id))
            return from_rows(cls, list(result.keys()), result)

    def _exists(self, table: Any, entity_id: int) -> bool:
        """True when ``table`` has a row with ``entity_id``."""
        with self._file.engine.connect() as conn:
            found = conn.execute(select(table.c.id).where(table.c.id == entity_id)).first()
        return found is not None

    def _one(self, cls: type[E], table: Any, entity_id: int) -> E:
        with self._file.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.id == entity_id)).mappings().first()
        if row is None:
            raise NotFound(table.name, entity_id)
        return from_mapping(cls, row)

    def _checked_links(self, entity: E) -> E:
        """``entity`` when every option, SWOT item and vision element it names exists."""
        tables = {
            "option_ids": schema.strategic_option,
            "item_ids": schema.swot_item,
            "element_ids": schema.vision_element,
        }
        with self._file.engine.connect() as conn:
            for field, table in tables.items():
                named = set(getattr(entity, field, ()))
                if not named:
                    continue
                found = {
                    r[0] for r in conn.execute(select(table.c.id).where(table.c.id.in_(named)))
                }
                if named - found:
                    raise ValidationError(field, "names something that does not exist")
        return entity

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

    # --- shared shapes -------------------------------------------------------------------

    def _edited(self, cls: type[E], current: E, fields: Mapping[str, Any]) -> E:
        check_fields(cls, fields)
        return validated_entity(cls, {**dataclasses.asdict(current), **fields})  # type: ignore[call-overload]

    def _update(
        self, action: str, subject: str, table: Any, entity: Any, fields: Mapping[str, Any]
    ) -> ChangeRecord:
        row = {k: v for k, v in to_row(entity).items() if k in fields}
        return self._run(action, subject, lambda r: r.update(table, {"id": entity.id}, row))


def replace_links(
    r: Recorder,
    table: Any,
    owner_column: str,
    owner_id: int,
    value_column: str,
    old: Iterable[Any],
    new: Iterable[Any],
) -> None:
    """Make ``owner_id``'s link rows in ``table`` hold exactly ``new``, recording each change."""
    old_set, new_list = set(old), list(new)
    for value in sorted(old_set - set(new_list), key=str):
        r.delete(table, {owner_column: owner_id, value_column: value})
    for value in new_list:
        if value not in old_set:
            r.insert(table, {owner_column: owner_id, value_column: value})


Links = Mapping[str, tuple[Any, str, str]]  # list field -> (link table, owner column, value column)


def read_with_links(
    conn: Any, cls: type[E], table: Any, order: Sequence[Any], links: Links
) -> list[E]:
    """Entities of ``cls`` from ``table`` with their list fields filled from link tables."""
    lists: dict[str, dict[Any, list[Any]]] = {}
    for field, (link, owner, value) in links.items():
        found: dict[Any, list[Any]] = defaultdict(list)
        for owner_id, value_id in conn.execute(
            select(link.c[owner], link.c[value]).order_by(link.c[value])
        ):
            found[owner_id].append(value_id)
        lists[field] = found
    rows = conn.execute(select(table).order_by(*order)).mappings()
    return [
        from_mapping(cls, {**row, **{f: ids.get(row["id"], []) for f, ids in lists.items()}})
        for row in rows
    ]


def new_id(record: ChangeRecord, entity: str) -> int:
    """The id of the entity an ``add_…`` action created."""
    return inserted_id(record, entity)
