"""The commands meet permissions as an ordinary user: refused in one line, nothing changed.

Run as the unprivileged user (tests/unprivileged.py), so they run where the tests run as root.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unprivileged import as_user, cli_as_user, owned_folder


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(demo_template: Path) -> Iterator[Path]:
    """A folder of the unprivileged user holding a copy of the demo plan."""
    for made in owned_folder():
        plan = made / "plan.clusterplan"
        shutil.copy(demo_template, plan)
        as_user(plan)
        yield made


def _one_line(result) -> str:  # type: ignore[no-untyped-def]
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_export_into_a_write_protected_folder(folder: Path) -> None:
    """Writing into a read-only folder fails in one line; no partial file remains."""
    locked = folder / "locked"
    locked.mkdir()
    as_user(locked)
    locked.chmod(0o555)
    result = cli_as_user("export", "plan.clusterplan", "-o", "locked/r.pdf", cwd=folder)
    assert result.returncode == 2
    assert "cannot be written" in _one_line(result)
    assert list(locked.iterdir()) == []
