"""The commands meet permissions as an ordinary user: refused in one line, nothing changed.

Run as the unprivileged user (tests/unprivileged.py), so they run where the tests run as root.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
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


def test_export_refuses_to_replace_a_write_protected_file(folder: Path) -> None:
    """A write-protected roadmap of the same name is kept, as a save dialog would keep it."""
    kept = folder / "roadmap.pdf"
    kept.write_bytes(b"%PDF-1.4 the printed one")
    as_user(kept)
    kept.chmod(0o444)
    result = cli_as_user("export", "plan.clusterplan", "-o", "roadmap.pdf", cwd=folder)
    assert result.returncode == 2
    assert "write-protected" in _one_line(result)
    assert kept.read_bytes() == b"%PDF-1.4 the printed one"
    assert sorted(p.name for p in folder.iterdir()) == ["plan.clusterplan", "roadmap.pdf"]


def test_an_export_is_an_ordinary_file_of_its_user(folder: Path) -> None:
    """A new roadmap is readable by others as any new file (0644 under the usual umask)."""
    result = cli_as_user("export", "plan.clusterplan", "-o", "roadmap.docx", cwd=folder)
    assert result.returncode == 0, result.stderr
    written = folder / "roadmap.docx"
    umask = os.umask(0o022)
    os.umask(umask)
    assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~0o022
    if os.geteuid() == 0:
        assert written.stat().st_uid != 0


def test_commands_in_a_write_protected_folder(folder: Path) -> None:
    """Reading commands work; the ones that write say the folder is write-protected, exit 2,
    and leave the plan byte for byte."""
    plan = folder / "plan.clusterplan"
    (folder / "swot.csv").write_text("quadrant,statement\nS,Skilled workers\n", encoding="utf-8")
    before = digest(plan)
    folder.chmod(0o555)
    checked = cli_as_user("check", "plan.clusterplan", cwd=folder)
    assert checked.returncode in (0, 1), checked.stderr
    assert cli_as_user("dump", "plan.clusterplan", cwd=folder).returncode == 0
    for args in (
        ("import-swot", "plan.clusterplan", "swot.csv"),
        ("new", "plan.clusterplan", "--force"),
        ("new", "other.clusterplan"),
    ):
        result = cli_as_user(*args, cwd=folder)
        assert result.returncode == 2, (args, result.stderr)
        assert "write-protected" in _one_line(result), args
    assert digest(plan) == before
    assert sorted(p.name for p in folder.iterdir()) == ["plan.clusterplan", "swot.csv"]


def test_new_force_keeps_a_private_plan_private(folder: Path) -> None:
    """Replacing a private plan with `new --force` leaves a private plan."""
    plan = folder / "plan.clusterplan"
    plan.chmod(0o600)
    result = cli_as_user("new", "plan.clusterplan", "--force", cwd=folder)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(plan.stat().st_mode) == 0o600
