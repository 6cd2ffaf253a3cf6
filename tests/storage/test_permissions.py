"""Files and folders a person may not read or write: refused in words, nothing changed.

Each test meets the permissions as an ordinary user (see tests/unprivileged.py), so they
run, and mean something, where the tests run as root.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

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


def test_unreadable_file(folder: Path) -> None:
    """A file without read permission is reported as unreadable."""
    path = _plan(folder)
    path.chmod(0)
    python_as_user(
        OPEN
        + """
for read_only in (False, True):
    assert isinstance(refused(read_only), errors.PlanFileUnreadable)
""",
        folder,
    )


def test_write_protected_file_opens_read_only_only(folder: Path) -> None:
    """A write-protected plan is refused for editing and opens read-only."""
    path = _plan(folder)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    python_as_user(
        OPEN
        + """
assert isinstance(refused(), errors.PlanFileUnreadable)
assert refused(read_only=True) is None
""",
        folder,
    )
