"""The open protocol of plan files: every bad file gets its typed error and stays untouched."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from cluster_planner.domain import errors
from cluster_planner.storage.lock import lock_path_for
from cluster_planner.storage.plan_file import (
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_VERSION,
    PlanFile,
)

FIXTURES = Path(__file__).parent.parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def test_new_plan_has_our_id_and_the_newest_schema(tmp_path: Path) -> None:
    """A new plan carries Cluster Planner's application_id and the head schema version."""
    path = tmp_path / "new.clusterplan"
    PlanFile.create(path).close()
    assert pragma(path, "application_id") == APPLICATION_ID
    assert pragma(path, "user_version") == SCHEMA_VERSION


def test_connections_use_full_sync_rollback_journal_and_foreign_keys(tmp_path: Path) -> None:
    """Every connection runs with synchronous=FULL, a rollback journal and foreign keys on."""
    with PlanFile.create(tmp_path / "p.clusterplan") as plan, plan.engine.connect() as conn:
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "delete"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    """Creating a plan over an existing file is refused and the file is kept."""
    path = tmp_path / "keep.clusterplan"
    path.write_text("precious")
    with pytest.raises(errors.PlanFileExists):
        PlanFile.create(path)
    assert path.read_text() == "precious"


def _text_file(path: Path) -> None:
    path.write_text("Minutes of the vision workshop\n")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _docx_like(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + b"\x00" * 200)


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()


def _newer_plan(path: Path) -> None:
    PlanFile.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()


def _damaged_plan(path: Path) -> None:
    PlanFile.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE filler (x TEXT)")
    conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(200)])
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # Scribble over the middle of the file, leaving the header intact.
    for offset in range(3 * page_size, 6 * page_size, 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def _truncated_plan(path: Path) -> None:
    PlanFile.create(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


BAD_FILES: list[tuple[str, Callable[[Path], None], type[errors.PlanFileError], str]] = [
    ("text", _text_file, errors.NotSQLite, "not an SQLite database"),
    ("empty", _empty_file, errors.NotSQLite, "the file is empty"),
    ("docx", _docx_like, errors.NotSQLite, "not an SQLite database"),
    ("other-sqlite", _other_sqlite, errors.NotAPlanFile, "another application"),
    ("newer", _newer_plan, errors.PlanFileTooNew, f"schema version {SCHEMA_VERSION + 1}"),
    ("damaged", _damaged_plan, errors.PlanFileDamaged, ""),
    ("truncated", _truncated_plan, errors.PlanFileDamaged, ""),
]


@pytest.mark.parametrize(
    ("name", "make", "error", "detail"), BAD_FILES, ids=[b[0] for b in BAD_FILES]
)
@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_bad_files_are_refused_and_left_byte_for_byte(
    tmp_path: Path,
    name: str,
    make: Callable[[Path], None],
    error: type[errors.PlanFileError],
    detail: str,
    read_only: bool,
) -> None:
    """Each kind of bad file raises its own error, and its bytes are not changed."""
    path = tmp_path / f"{name}.clusterplan"
    make(path)
    before = digest(path)
    with pytest.raises(error) as caught:
        PlanFile.open(path, read_only=read_only)
    assert detail in caught.value.detail
    assert caught.value.path == str(path)
    assert digest(path) == before
    assert not lock_path_for(path).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_missing_file_is_not_created(tmp_path: Path) -> None:
    """Opening a file that does not exist fails and creates nothing."""
    path = tmp_path / "nowhere.clusterplan"
    with pytest.raises(errors.PlanFileMissing):
        PlanFile.open(path)
    assert list(tmp_path.iterdir()) == []


def test_folder_is_unreadable(tmp_path: Path) -> None:
    """A folder named like a plan is reported as unreadable, not opened."""
    folder = tmp_path / "folder.clusterplan"
    folder.mkdir()
    with pytest.raises(errors.PlanFileUnreadable):
        PlanFile.open(folder)


def test_second_opener_is_told_who_holds_the_plan(tmp_path: Path) -> None:
    """A plan open for editing is locked; a second opener learns user, host and since when."""
    path = tmp_path / "shared.clusterplan"
    first = PlanFile.create(path)
    try:
        before = digest(path)
        with pytest.raises(errors.PlanFileLocked) as caught:
            PlanFile.open(path)
        owner = caught.value.owner
        assert owner.pid == os.getpid()
        assert owner.user and owner.host and owner.since
        assert caught.value.same_host
        assert digest(path) == before
        second = PlanFile.open(path, read_only=True)
        second.close()
    finally:
        first.close()
    assert not lock_path_for(path).exists()
    PlanFile.open(path).close()


def test_lock_of_another_process_is_seen(tmp_path: Path) -> None:
    """A plan held by another process cannot be opened for editing here."""
    import subprocess
    import sys

    path = tmp_path / "other.clusterplan"
    PlanFile.create(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from cluster_planner.storage.plan_file import PlanFile;"
            f"p = PlanFile.open({str(path)!r}); print('ready', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(errors.PlanFileLocked) as caught:
            PlanFile.open(path)
        assert caught.value.owner.pid == holder.pid
        assert caught.value.same_host is True and caught.value.path == str(path)
    finally:
        holder.kill()
        holder.wait()
    # The holder died without releasing: its lock is stale and is recovered.
    assert lock_path_for(path).exists()
    PlanFile.open(path).close()


def test_stale_lock_from_this_host_is_recovered(tmp_path: Path) -> None:
    """A lock file left by a crashed process on this computer does not block opening."""
    path = tmp_path / "crashed.clusterplan"
    PlanFile.create(path).close()
    import json
    import socket

    lock_path_for(path).write_text(
        json.dumps(
            {
                "user": "ghost",
                "host": socket.gethostname(),
                "pid": 999999,
                "since": "2026-01-01T00:00:00+00:00",
            }
        )
    )
    PlanFile.open(path).close()


def test_lock_from_another_computer_needs_taking_over(tmp_path: Path) -> None:
    """A lock naming another computer is reported; taking over opens the plan."""
    import json

    path = tmp_path / "usb.clusterplan"
    PlanFile.create(path).close()
    lock_path_for(path).write_text(
        json.dumps(
            {
                "user": "amara",
                "host": "field-laptop",
                "pid": 4242,
                "since": "2026-05-02T08:00:00+00:00",
            }
        )
    )
    with pytest.raises(errors.PlanFileLocked) as caught:
        PlanFile.open(path)
    assert caught.value.owner.host == "field-laptop"
    assert caught.value.same_host is False
    assert caught.value.path == str(path)  # the file the sentence names
    PlanFile.open(path, take_over_lock=True).close()


def test_save_a_copy_is_a_complete_plan(tmp_path: Path) -> None:
    """Save a copy writes a consistent plan that opens on its own."""
    path = tmp_path / "orig.clusterplan"
    copy = tmp_path / "copy.clusterplan"
    with PlanFile.create(path) as plan:
        with plan.engine.begin() as conn:
            conn.execute(text("UPDATE cluster_profile SET name = 'Copied'"))
        plan.save_copy(copy)
    with PlanFile.open(copy) as reopened, reopened.engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM cluster_profile")).scalar() == "Copied"


def test_old_plan_is_backed_up_then_migrated(tmp_path: Path) -> None:
    """A plan saved at schema 1 is copied beside itself, then upgraded, keeping its data."""
    path = tmp_path / "ambato.clusterplan"
    shutil.copy(FIXTURES / "plan-schema1.clusterplan", path)
    original = digest(path)
    with PlanFile.open(path) as plan:
        assert plan.upgrade_backup is not None
        assert plan.upgrade_backup.parent == tmp_path
        with plan.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM organisation")).scalar() == (
                "Cámara de Calzado de Tungurahua"
            )
            assert conn.execute(text("SELECT count(*) FROM meeting")).scalar() == 0
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == HEAD_REVISION
            )
        backup = plan.upgrade_backup
    assert pragma(path, "user_version") == SCHEMA_VERSION
    assert pragma(backup, "user_version") == 1
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT name FROM person").fetchone()[0] == "Ana Pérez"
    conn.close()
    assert digest(path) != original


def test_old_plan_opened_read_only_is_not_upgraded(tmp_path: Path) -> None:
    """An old plan cannot be upgraded read-only: a clear error, the file untouched."""
    path = tmp_path / "old.clusterplan"
    shutil.copy(FIXTURES / "plan-schema1.clusterplan", path)
    before = digest(path)
    with pytest.raises(errors.PlanFileNeedsUpgrade):
        PlanFile.open(path, read_only=True)
    assert digest(path) == before


def test_the_lock_names_who_holds_the_plan_and_since_when(tmp_path: Path) -> None:
    """The lock of an open plan says who opened it, where, in which process and since when
    (UTC): what another opener is told ("being edited by … since …")."""
    import datetime as dt
    import getpass
    import socket

    from cluster_planner.storage.lock import read_owner

    path = tmp_path / "held.clusterplan"
    PlanFile.create(path).close()
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    plan = PlanFile.open(path)
    try:
        owner = read_owner(lock_path_for(path))
        assert owner is not None
        assert (owner.user, owner.host, owner.pid) == (
            getpass.getuser(),
            socket.gethostname(),
            os.getpid(),
        )
        since = dt.datetime.fromisoformat(owner.since)
        assert since.utcoffset() == dt.timedelta(0)
        assert before <= since <= dt.datetime.now(dt.UTC)
    finally:
        plan.close()
