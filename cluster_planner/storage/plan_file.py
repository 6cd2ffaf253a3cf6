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

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import stat
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
    PlanFileError,
    PlanFileExists,
    PlanFileMissing,
    PlanFileNeedsUpgrade,
    PlanFileTooNew,
    PlanFileUnreadable,
)
from cluster_planner.storage import schema
from cluster_planner.storage.lock import PlanLock, lock_path_for

SUFFIX = ".clusterplan"
APPLICATION_ID = 0x434C504E  # "CLPN"
SCHEMA_VERSION = 8  # PRAGMA user_version written by the newest migration
HEAD_REVISION = "0008"  # the newest Alembic revision; a test keeps the two in step
SQLITE_MAGIC = b"SQLite format 3\x00"
_UNLOCKED: Any = object()  # ``PlanFile.open(lock=_UNLOCKED)``: a file only this process knows


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
            raise PlanFileUnreadable(str(path), "it is a folder", PlanFileUnreadable.FOLDER)
        with path.open("rb") as f:
            header = f.read(100)
    except PermissionError as exc:
        raise PlanFileUnreadable(
            str(path), exc.strerror or "permission denied", PlanFileUnreadable.NO_ACCESS
        ) from exc
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


SQLITE_READONLY_ROLLBACK = 776  # a hot journal that a read-only connection cannot roll back


def journal_path(path: Path) -> Path:
    """The rollback journal SQLite keeps beside a plan while it saves."""
    return path.with_name(path.name + "-journal")


def _hot_journal(path: Path) -> bool:
    """True when ``path`` has a journal no process is writing (it needs rolling back)."""
    if not journal_path(path).exists():
        return False
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK
    finally:
        conn.close()
    return False


def _roll_back(path: Path, named: Path | None = None) -> None:
    """Let SQLite roll back a hot journal of ``path`` (a no-op when there is none)."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, timeout=5)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise PlanFileDamaged(
            str(named or path), f"the save it was left in cannot be rolled back ({exc})"
        ) from None


def _quick_check(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except Exception as exc:
        raise PlanFileDamaged(str(path), str(getattr(exc, "orig", exc))) from exc
    if rows != ["ok"]:
        raise PlanFileDamaged(str(path), sqlite_findings(rows[:3]))


def sqlite_findings(rows: list[Any]) -> str:
    """SQLite's integrity findings on one line: "SQLite's check: … ; …"."""
    found = [" ".join(str(r).replace("*** in database main ***", "").split()) for r in rows]
    return "SQLite's check: " + "; ".join(f for f in found if f)


def _temporary_file(folder: Path, prefix: str) -> Path:
    """A new empty file in ``folder`` with the permissions an ordinary new file gets."""
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=SUFFIX, dir=folder)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(name, 0o666 & ~umask)
    return Path(name)


def copy_database(source: sqlite3.Connection, destination: Path, mode: int | None = None) -> None:
    """Copy a live database to ``destination`` with SQLite's backup API, atomically.

    The copy gets permission bits ``mode`` when given; otherwise it keeps those of
    the file it replaces, or an ordinary new file's.
    """
    tmp = _temporary_file(destination.parent, ".copy-")
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
        finally:
            target.close()
        _put_in_place(tmp, destination, mode)
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
    never leaves half a plan; a plan someone is editing is never replaced (see
    ``PlanFile.create``). A new plan gets the head schema straight from
    ``schema.metadata`` (no Alembic import: that keeps "New plan" fast);
    ``revision`` other than head runs the migrations up to it, for tests that
    need a plan at an old schema.
    """
    lock = _lock_target(path, overwrite)
    try:
        tmp = _build_beside(path, revision)
        try:
            _put_in_place(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    finally:
        lock.release()


def _same_file(one: Path, other: Path) -> bool:
    """True when two paths name one file (however spelled, through links too)."""
    if one.resolve() == other.resolve():
        return True
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _lock_target(path: Path, overwrite: bool) -> PlanLock:
    """Take the edit lock of a plan about to be (re)written, refusing before anything is
    touched: an existing file without ``overwrite``, a folder, a missing folder, a plan
    someone is editing (``PlanFileLocked``)."""
    if path.is_dir():
        raise PlanFileUnreadable(str(path), "it is a folder", PlanFileUnreadable.FOLDER)
    if path.exists() and not overwrite:
        raise PlanFileExists(str(path))
    if not path.parent.is_dir():
        raise PlanFileUnreadable(
            str(path), "the folder does not exist", PlanFileUnreadable.NO_FOLDER
        )
    return _acquire(path, take_over=False)


def _acquire(path: Path, take_over: bool) -> PlanLock:
    """``PlanLock.acquire`` with a folder nobody may write in said in words."""
    try:
        return PlanLock.acquire(path, take_over=take_over)
    except PermissionError as exc:
        raise _folder_problem(path, exc) from None
    except OSError as exc:
        raise PlanFileUnreadable(str(path), exc.strerror or str(exc)) from None


def _folder_problem(path: Path, exc: OSError) -> PlanFileUnreadable:
    """Why a file beside ``path`` cannot be written."""
    lock = lock_path_for(path)
    if lock.exists() and not os.access(lock, os.W_OK):
        return PlanFileUnreadable(
            str(path),
            "its lock file belongs to another user and the folder does not let it be replaced",
            PlanFileUnreadable.FOREIGN_LOCK,
        )
    if not os.access(path.parent, os.W_OK):
        return PlanFileUnreadable(
            str(path), "the folder is write-protected", PlanFileUnreadable.FOLDER_READ_ONLY
        )
    return PlanFileUnreadable(str(path), exc.strerror or "permission denied")


def _build_beside(path: Path, revision: str = "head") -> Path:
    """Build a new, empty plan under a temporary name in ``path``'s folder; return its path."""
    try:
        tmp = _temporary_file(path.parent, ".new-")
    except PermissionError as exc:
        raise _folder_problem(path, exc) from None
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
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _put_in_place(tmp: Path, path: Path, mode: int | None = None) -> None:
    """Check the finished file ``tmp`` and rename it over ``path`` in one step.

    The file is flushed to disk first and the folder after, so a power cut leaves
    either the old file or the whole new one. It gets permission bits ``mode`` when
    given, else a replaced file's are kept (a private plan stays private).
    """
    engine = _engine(tmp, read_only=True)
    try:
        _quick_check(engine, tmp)
    finally:
        engine.dispose()
    if mode is None:
        with contextlib.suppress(FileNotFoundError):
            mode = stat.S_IMODE(path.stat().st_mode)
    if mode is not None:
        os.chmod(tmp, mode)
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk, where the system allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows opens no folders
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse
        pass
    finally:
        os.close(fd)


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
        # Set when the plan was left in the middle of a save and is read from a private
        # copy rolled back to its last whole state (read-only opens); removed on close.
        self.recovered_in: Path | None = None

    # --- creating ----------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        overwrite: bool = False,
        fill: Callable[[PlanFile], None] | None = None,
    ) -> PlanFile:
        """Create a new plan at ``path`` and open it for editing.

        The plan is built beside ``path`` under a temporary name, filled by ``fill``
        (given the new file open for editing), checked, and only then renamed over
        ``path`` in one step while ``path``'s edit lock is held. A plan someone is
        editing is refused before anything is touched (``PlanFileLocked``); any
        failure leaves ``path`` as it was.
        """
        path = Path(path)
        lock = _lock_target(path, overwrite)
        try:
            tmp = _build_beside(path)
            try:
                if fill is not None:
                    building = cls.open(tmp, lock=_UNLOCKED)
                    try:
                        fill(building)
                    finally:
                        building.close()
                _put_in_place(tmp, path)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            return cls.open(path, lock=lock)
        except BaseException:
            lock.release()
            raise

    # --- opening -----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        take_over_lock: bool = False,
        lock: PlanLock | None = None,
        salvage: bool = False,
    ) -> PlanFile:
        """Open an existing plan, running the whole protocol; raise a typed error on any failure.

        ``lock`` is the plan's edit lock when the caller holds it already (``create``).
        ``salvage`` opens a plan read-only without SQLite's health check, to read what a
        damaged plan still holds (its revisions); nothing else should use it.
        """
        if salvage and not read_only:
            raise ValueError("a plan is salvaged read-only")
        path = Path(path)
        application_id, user_version = read_header(path)
        if lock is _UNLOCKED:
            lock = None  # a file being built under a temporary name nobody else knows
        elif journal_path(path).exists():
            # Left in the middle of a save (a crash, a power cut): the header may not be
            # the plan's until the journal is rolled back, so recover first, then look.
            if read_only:
                return cls._open_recovered(path, salvage)
            if not os.access(path, os.W_OK):
                raise PlanFileUnreadable(
                    str(path), "the file is write-protected", PlanFileUnreadable.FILE_READ_ONLY
                )
            if lock is None:
                lock = _acquire(path, take_over=take_over_lock)
            try:
                _roll_back(path)
                application_id, user_version = read_header(path)
            except BaseException:
                lock.release()
                raise
        try:
            if application_id != APPLICATION_ID:
                raise NotAPlanFile(str(path), "an SQLite database of another application")
            if user_version > SCHEMA_VERSION:
                raise PlanFileTooNew(str(path), user_version, SCHEMA_VERSION)
            if user_version < SCHEMA_VERSION and read_only:
                raise PlanFileNeedsUpgrade(str(path), f"schema version {user_version}")
            if not read_only and not os.access(path, os.W_OK):
                raise PlanFileUnreadable(
                    str(path), "the file is write-protected", PlanFileUnreadable.FILE_READ_ONLY
                )
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if lock is None and not read_only:
            lock = _acquire(path, take_over=take_over_lock)
        engine: Engine | None = None
        try:
            engine = _engine(path, read_only)
            if not salvage:
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

    @classmethod
    def _open_recovered(cls, path: Path, salvage: bool = False) -> PlanFile:
        """Open read-only a plan whose journal may be hot, without writing to it.

        A journal a saving process is still writing is not hot: SQLite reads the plan as
        last committed. A hot one (the saving process died) cannot be rolled back
        without writing, so it is rolled back on a private copy, which is read instead;
        the next editing open rolls the plan itself back.
        """
        if not _hot_journal(path):
            return cls.open(path, read_only=True, lock=_UNLOCKED, salvage=salvage)
        folder = Path(tempfile.mkdtemp(prefix="cluster-planner-recovered-"))
        try:
            copy = folder / path.name
            try:
                shutil.copyfile(path, copy)
                shutil.copyfile(journal_path(path), journal_path(copy))
            except OSError as exc:
                raise PlanFileUnreadable(
                    str(path), exc.strerror or str(exc), PlanFileUnreadable.NO_ACCESS
                ) from None
            _roll_back(copy, path)
            plan = cls.open(copy, read_only=True, lock=_UNLOCKED, salvage=salvage)
        except PlanFileError as error:
            shutil.rmtree(folder, ignore_errors=True)
            error.path = str(path)  # the person's file, not the private copy
            raise
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        plan.path = path
        plan.recovered_in = folder
        return plan

    @staticmethod
    def _upgrade(engine: Engine, path: Path, old_version: int) -> Path:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.stem}.schema{old_version}-backup-{stamp}{SUFFIX}")
        mode = stat.S_IMODE(path.stat().st_mode)  # the backup is as private as the plan
        with engine.connect() as conn:
            copy_database(conn.connection.driver_connection, backup, mode)  # type: ignore[arg-type]
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
        """Write a consistent copy of the plan to ``destination`` (SQLite backup API).

        The plan itself is refused as a destination under any spelling of its path
        (``./plan``, a symbolic or hard link), and so is a plan someone is editing.
        """
        destination = Path(destination)
        if _same_file(destination, self.path):
            raise PlanFileExists(str(destination), "a copy cannot replace the plan itself")
        lock = _lock_target(destination, overwrite=True)
        try:
            with self.engine.connect() as conn:
                copy_database(conn.connection.driver_connection, destination)  # type: ignore[arg-type]
        finally:
            lock.release()

    def integrity(self) -> list[str]:
        """What SQLite's full integrity check and foreign-key check find wrong (empty: none)."""
        found: list[str] = []
        with self.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
            if rows != ["ok"]:
                found += [sqlite_findings([row]) for row in rows]
            for table, rowid, parent, _ in conn.exec_driver_sql("PRAGMA foreign_key_check"):
                found.append(f"{table} row {rowid} names a missing {parent}")
        return found

    @property
    def recovered(self) -> bool:
        """True when the plan had been left in the middle of a save (see ``open``)."""
        return self.recovered_in is not None

    def close(self) -> None:
        """Close the database and give up the lock."""
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if self.recovered_in is not None:
            shutil.rmtree(self.recovered_in, ignore_errors=True)
            self.recovered_in = None

    def __enter__(self) -> PlanFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
