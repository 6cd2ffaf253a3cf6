"""Opening, creating and copying plan files: the open protocol.

A plan is one SQLite file (``.clusterplan``). Opening it is a protocol, each step
with its own typed error (see ``domain/errors.py``): does the file exist and can it
be read; is it SQLite; is it ours (``application_id``); is it newer than this app
(refuse); is someone else editing it (lock); is it healthy (``quick_check``); is it
older (back it up beside itself, then migrate). Nothing is written to a file that
fails a check. Every connection runs with foreign keys on, a rollback journal and
``synchronous=FULL``, so an edit is on disk when its transaction returns.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, insert, text
from sqlalchemy.pool import StaticPool

from cluster_planner.domain.errors import (
    MigrationFailed,
    NotAPlanFile,
    NotSQLite,
    PlanFileDamaged,
    PlanFileExists,
    PlanFileMissing,
    PlanFileNeedsUpgrade,
    PlanFileTooNew,
    PlanFileUnreadable,
)
from cluster_planner.storage import schema
from cluster_planner.storage.lock import PlanLock

SUFFIX = ".clusterplan"
APPLICATION_ID = 0x434C504E  # "CLPN"
SCHEMA_VERSION = 8  # PRAGMA user_version written by the newest migration
HEAD_REVISION = "0008"  # the newest Alembic revision; a test keeps the two in step
SQLITE_MAGIC = b"SQLite format 3\x00"


def now_iso() -> str:
    """The current UTC time as ISO 8601 text, to the second."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def read_header(path: Path) -> tuple[int, int]:
    """Check that ``path`` is an SQLite file; return its (application_id, user_version).

    Reads the first 100 bytes only, so a wrong file is never touched.
    """
    try:
        if not path.exists():
            raise PlanFileMissing(str(path))
        if path.is_dir():
            raise PlanFileUnreadable(str(path), "it is a folder")
        with path.open("rb") as f:
            header = f.read(100)
    except PermissionError as exc:
        raise PlanFileUnreadable(str(path), exc.strerror or "permission denied") from exc
    except OSError as exc:
        raise PlanFileUnreadable(str(path), exc.strerror or str(exc)) from exc
    if not header:
        raise NotSQLite(str(path), "the file is empty")
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise NotSQLite(str(path), "not an SQLite database")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def _connector(path: Path, read_only: bool) -> Callable[[], sqlite3.Connection]:
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if not read_only:
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = FULL")
        return conn

    return connect


def _engine(path: Path, read_only: bool) -> Engine:
    # One long-lived connection per open plan: the app is single-user and
    # single-threaded towards the file, and a pool would only hide that.
    engine = create_engine("sqlite://", creator=_connector(path, read_only), poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _no_pysqlite_autobegin(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself so every transaction covers all its statements.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def _quick_check(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except Exception as exc:
        raise PlanFileDamaged(str(path), str(getattr(exc, "orig", exc))) from exc
    if rows != ["ok"]:
        raise PlanFileDamaged(str(path), "; ".join(str(r) for r in rows[:3]))


def _temporary_file(folder: Path, prefix: str) -> Path:
    """A new empty file in ``folder`` with the permissions an ordinary new file gets."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=SUFFIX, dir=folder)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    return Path(name)


def copy_database(source: sqlite3.Connection, destination: Path) -> None:
    """Copy a live database to ``destination`` with SQLite's backup API, atomically."""
    tmp = _temporary_file(destination.parent, ".copy-")
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
        os.replace(tmp, destination)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _alembic_upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "cluster_planner.storage:migrations")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def build_empty_plan(path: Path, *, overwrite: bool = False, revision: str = "head") -> None:
    """Write a new, empty plan file at ``path`` (not opened).

    The file is built under a temporary name and renamed into place, so a failure
    never leaves half a plan. A new plan gets the head schema straight from
    ``schema.metadata`` (no Alembic import: that keeps "New plan" fast);
    ``revision`` other than head runs the migrations up to it, for tests that
    need a plan at an old schema.
    """
    if path.exists() and not overwrite:
        raise PlanFileExists(str(path))
    if not path.parent.is_dir():
        raise PlanFileUnreadable(str(path), "the folder does not exist")
    tmp = _temporary_file(path.parent, ".new-")
    try:
        init = sqlite3.connect(tmp)
        init.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        init.close()
        engine = _engine(tmp, read_only=False)
        if revision == "head":
            schema.metadata.create_all(engine)
            with engine.begin() as conn:
                conn.exec_driver_sql(
                    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                    "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"
                )
                conn.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": HEAD_REVISION})
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        else:
            _alembic_upgrade(engine, revision)
        with engine.begin() as conn:
            stamp = now_iso()
            conn.execute(insert(schema.plan_info).values(id=1, created_at=stamp, modified_at=stamp))
            conn.execute(insert(schema.cluster_profile).values(id=1))
        engine.dispose()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def restamp(path: Path) -> None:
    """Mark a closed plan file as created now (for a fresh copy of a template)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            stamp = now_iso()
            conn.execute("UPDATE plan_info SET created_at = ?, modified_at = ?", (stamp, stamp))
    finally:
        conn.close()


class PlanFile:
    """An open plan file: its engine, whether it is read-only, and its lock."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        read_only: bool,
        lock: PlanLock | None,
        upgrade_backup: Path | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self._lock = lock
        self.upgrade_backup = upgrade_backup

    # --- creating ----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, overwrite: bool = False) -> PlanFile:
        """Create a new, empty plan at ``path`` and open it for editing."""
        path = Path(path)
        build_empty_plan(path, overwrite=overwrite)
        return cls.open(path)

    # --- opening -----------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | str, *, read_only: bool = False, take_over_lock: bool = False
    ) -> PlanFile:
        """Open an existing plan, running the whole protocol; raise a typed error on any failure."""
        path = Path(path)
        application_id, user_version = read_header(path)
        if application_id != APPLICATION_ID:
            raise NotAPlanFile(str(path), "an SQLite database of another application")
        if user_version > SCHEMA_VERSION:
            raise PlanFileTooNew(str(path), user_version, SCHEMA_VERSION)
        if user_version < SCHEMA_VERSION and read_only:
            raise PlanFileNeedsUpgrade(str(path), f"schema version {user_version}")
        if not read_only and not os.access(path, os.W_OK):
            raise PlanFileUnreadable(str(path), "the file is write-protected")
        lock = None if read_only else PlanLock.acquire(path, take_over=take_over_lock)
        engine: Engine | None = None
        try:
            engine = _engine(path, read_only)
            _quick_check(engine, path)
            backup = None
            if user_version < SCHEMA_VERSION:
                backup = cls._upgrade(engine, path, user_version)
            return cls(path, engine, read_only, lock, backup)
        except BaseException:
            if engine is not None:
                engine.dispose()
            if lock is not None:
                lock.release()
            raise

    @staticmethod
    def _upgrade(engine: Engine, path: Path, old_version: int) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.schema{old_version}-backup-{stamp}{SUFFIX}")
        with engine.connect() as conn:
            copy_database(conn.connection.driver_connection, backup)  # type: ignore[arg-type]
        try:
            _alembic_upgrade(engine)
        except Exception as exc:
            engine.dispose()
            restore = sqlite3.connect(backup)
            try:
                copy_database(restore, path)
            finally:
                restore.close()
            raise MigrationFailed(
                str(path), f"{exc}; the original is kept in {backup.name}"
            ) from exc
        return backup

    # --- using -------------------------------------------------------------------

    def save_copy(self, destination: Path | str) -> None:
        """Write a consistent copy of the plan to ``destination`` (SQLite backup API)."""
        destination = Path(destination)
        if destination.resolve() == self.path.resolve():
            raise PlanFileExists(str(destination), "a copy cannot replace the plan itself")
        with self.engine.connect() as conn:
            copy_database(conn.connection.driver_connection, destination)  # type: ignore[arg-type]

    def close(self) -> None:
        """Close the database and give up the lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
