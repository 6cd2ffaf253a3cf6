"""Files and folders a person may not read or write: refused in words, nothing changed.

Each test meets the permissions as an ordinary user (see tests/unprivileged.py), so they
run, and mean something, where the tests run as root.
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluster_planner.storage.lock import lock_path_for
from cluster_planner.storage.plan_file import PlanFile
from tests.unprivileged import as_user, owned_folder, python_as_user

OPEN = """
from pathlib import Path
from cluster_planner.domain import errors
from cluster_planner.storage.plan_file import PlanFile

def refused(read_only=False):
    try:
        PlanFile.open(Path("plan.clusterplan"), read_only=read_only).close()
    except errors.PlanFileError as error:
        return error
    return None
"""


@pytest.fixture
def folder() -> Iterator[Path]:
    yield from owned_folder()


def _plan(folder: Path) -> Path:
    path = folder / "plan.clusterplan"
    PlanFile.create(path).close()
    as_user(path)
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_permission_tests_really_run_unprivileged(folder: Path) -> None:
    """The child process meets permissions: it is not root and cannot write a root file."""
    python_as_user(
        """
import os
assert os.geteuid() != 0
try:
    open("/etc/passwd", "a")
except PermissionError:
    pass
else:
    raise AssertionError("wrote a root file")
""",
        folder,
    )


def test_a_file_nobody_may_read_is_refused_both_ways(folder: Path) -> None:
    """A plan without read permission is refused for editing and for reading, in words."""
    path = _plan(folder)
    path.chmod(0)
    python_as_user(
        OPEN
        + """
for read_only in (False, True):
    error = refused(read_only)
    assert isinstance(error, errors.PlanFileUnreadable), error
    assert error.reason == errors.PlanFileUnreadable.NO_ACCESS, error.reason
""",
        folder,
    )
    assert _listing(folder) == ["plan.clusterplan"]


def test_a_write_protected_file_opens_read_only_only(folder: Path) -> None:
    """A write-protected plan is refused for editing and opens read-only; nothing changes."""
    path = _plan(folder)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    before = path.read_bytes()
    python_as_user(
        OPEN
        + """
error = refused()
assert isinstance(error, errors.PlanFileUnreadable), error
assert error.reason == errors.PlanFileUnreadable.FILE_READ_ONLY, error.reason
assert refused(read_only=True) is None
""",
        folder,
    )
    assert path.read_bytes() == before
    assert _listing(folder) == ["plan.clusterplan"]


def test_a_plan_in_a_write_protected_folder_opens_read_only_only(folder: Path) -> None:
    """No lock file or journal can be written beside it: editing is refused (the folder is
    named as the reason), reading works, and nothing is left in the folder."""
    path = _plan(folder)
    before = path.read_bytes()
    folder.chmod(0o555)
    python_as_user(
        OPEN
        + """
error = refused()
assert isinstance(error, errors.PlanFileUnreadable), error
assert error.reason == errors.PlanFileUnreadable.FOLDER_READ_ONLY, error.reason
assert refused(read_only=True) is None
""",
        folder,
    )
    assert path.read_bytes() == before
    assert _listing(folder) == ["plan.clusterplan"]


def _foreign_lock(path: Path, pid: int = 999_999) -> Path:
    """A lock file left by another user (root) on this computer."""
    lock = lock_path_for(path)
    owner = {"user": "root", "host": socket.gethostname(), "pid": pid, "since": "2026-01-01"}
    lock.write_text(json.dumps(owner), encoding="utf-8")
    lock.chmod(0o644)
    return lock


needs_root = pytest.mark.skipif(
    os.geteuid() != 0, reason="needs a file of another user, which only root can make"
)


@needs_root
def test_a_stale_lock_of_another_user_is_taken_over(folder: Path) -> None:
    """A lock file another user's crashed session left (nobody holds it) is replaced, and the
    plan opens for editing."""
    path = _plan(folder)
    _foreign_lock(path)
    python_as_user(
        OPEN
        + """
plan = PlanFile.open(Path("plan.clusterplan"))
assert Path("plan.clusterplan.lock").stat().st_uid != 0
plan.close()
""",
        folder,
    )
    assert _listing(folder) == ["plan.clusterplan"]


@needs_root
def test_a_live_lock_of_another_user_names_the_holder(folder: Path) -> None:
    """While another user's process holds the plan, the opener learns who, and may read."""
    path = _plan(folder)
    lock = _foreign_lock(path, pid=os.getpid())
    fd = os.open(lock, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    try:
        python_as_user(
            OPEN
            + """
error = refused()
assert isinstance(error, errors.PlanFileLocked), error
assert error.owner.user == "root" and error.same_host
assert refused(read_only=True) is None
""",
            folder,
        )
    finally:
        os.close(fd)
    assert lock.exists()


@needs_root
def test_a_lock_of_another_user_that_cannot_be_removed_is_said_so(folder: Path) -> None:
    """In a shared folder that lets nobody remove another's files (the sticky bit), a stale
    lock of another user is named as the reason, and the plan still opens read-only."""
    path = _plan(folder)
    _foreign_lock(path)
    os.chown(folder, 0, 0)
    folder.chmod(0o1777)
    python_as_user(
        OPEN
        + """
error = refused()
assert isinstance(error, errors.PlanFileUnreadable), error
assert error.reason == errors.PlanFileUnreadable.FOREIGN_LOCK, error.reason
assert refused(read_only=True) is None
""",
        folder,
    )


def test_no_new_plan_in_a_write_protected_folder(folder: Path) -> None:
    """Creating a plan where nothing may be written is refused, naming the folder."""
    folder.chmod(0o555)
    python_as_user(
        """
from pathlib import Path
from cluster_planner.domain import errors
from cluster_planner.storage.plan_file import PlanFile
try:
    PlanFile.create(Path("new.clusterplan"))
except errors.PlanFileUnreadable as error:
    assert error.reason == errors.PlanFileUnreadable.FOLDER_READ_ONLY, error.reason
else:
    raise AssertionError("created")
""",
        folder,
    )
    assert _listing(folder) == []
