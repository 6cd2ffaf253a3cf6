"""Writing a plan over a file: built beside it, whole or not at all, never over an open plan."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from cluster_planner.domain import errors
from cluster_planner.storage.plan_file import PlanFile

FIXTURES = Path(__file__).parent.parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _named(path: Path, name: str) -> None:
    with PlanFile.create(path) as plan, plan.engine.begin() as conn:
        conn.execute(text("UPDATE cluster_profile SET name = :n"), {"n": name})


def _name(path: Path) -> str:
    with PlanFile.open(path, read_only=True) as plan, plan.engine.connect() as conn:
        return str(conn.execute(text("SELECT name FROM cluster_profile")).scalar())


def test_a_plan_open_for_editing_is_never_replaced(tmp_path: Path) -> None:
    """Creating over a plan someone is editing is refused before anything is touched, and the
    editor can go on writing."""
    path = tmp_path / "plan.clusterplan"
    _named(path, "Kept")
    with PlanFile.open(path) as editing:
        before = digest(path)
        with pytest.raises(errors.PlanFileLocked):
            PlanFile.create(path, overwrite=True)
        assert digest(path) == before
        with editing.engine.begin() as conn:
            conn.execute(text("UPDATE cluster_profile SET name = 'Still mine'"))
    assert _name(path) == "Still mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.clusterplan"]


def test_a_failure_while_filling_leaves_the_old_plan_whole(tmp_path: Path) -> None:
    """A new plan that fails half-way through being filled never reaches the target's name."""
    path = tmp_path / "plan.clusterplan"
    _named(path, "Original")
    before = digest(path)

    def half_then_fail(plan: PlanFile) -> None:
        with plan.engine.begin() as conn:
            conn.execute(text("UPDATE cluster_profile SET name = 'Half'"))
        raise RuntimeError("the snapshot failed while loading")

    with pytest.raises(RuntimeError):
        PlanFile.create(path, overwrite=True, fill=half_then_fail)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.clusterplan"]


def test_a_filled_plan_replaces_the_old_one_and_keeps_its_permissions(tmp_path: Path) -> None:
    """A private plan replaced by a new one stays private; the new content is in place."""
    path = tmp_path / "plan.clusterplan"
    _named(path, "Old")
    os.chmod(path, 0o600)

    def fill(plan: PlanFile) -> None:
        with plan.engine.begin() as conn:
            conn.execute(text("UPDATE cluster_profile SET name = 'New'"))

    PlanFile.create(path, overwrite=True, fill=fill).close()
    assert _name(path) == "New"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.clusterplan"]


def test_a_folder_is_not_a_plan_to_replace(tmp_path: Path) -> None:
    """A folder at the target's name is refused as a folder, not replaced or said missing."""
    folder = tmp_path / "plans.clusterplan"
    folder.mkdir()
    with pytest.raises(errors.PlanFileUnreadable, match="folder"):
        PlanFile.create(folder, overwrite=True)
    assert folder.is_dir()


def test_the_upgrade_backup_is_as_private_as_the_plan(tmp_path: Path) -> None:
    """The copy kept before an upgrade has the plan's permissions, not a new file's."""
    path = tmp_path / "old.clusterplan"
    shutil.copy(FIXTURES / "plan-schema1.clusterplan", path)
    os.chmod(path, 0o600)
    with PlanFile.open(path) as plan:
        backup = plan.upgrade_backup
    assert backup is not None
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("spelling", ["dot", "symlink", "hardlink", "folder dots"])
def test_save_a_copy_never_replaces_the_plan_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    """The open plan is refused as the copy's destination however its path is spelled."""
    path = tmp_path / "plan.clusterplan"
    _named(path, "Open")
    monkeypatch.chdir(tmp_path)
    other = tmp_path / "sub"
    other.mkdir()
    destination = {
        "dot": Path("./plan.clusterplan"),
        "symlink": tmp_path / "link.clusterplan",
        "hardlink": tmp_path / "hard.clusterplan",
        "folder dots": other / ".." / "plan.clusterplan",
    }[spelling]
    if spelling == "symlink":
        destination.symlink_to(path)
    if spelling == "hardlink":
        os.link(path, destination)
    with PlanFile.open(path) as plan:
        before = digest(path)
        with pytest.raises(errors.PlanFileExists):
            plan.save_copy(destination)
        assert digest(path) == before


def test_save_a_copy_never_replaces_a_plan_someone_is_editing(tmp_path: Path) -> None:
    """A copy written over another open plan is refused; that plan is untouched."""
    mine, theirs = tmp_path / "mine.clusterplan", tmp_path / "theirs.clusterplan"
    _named(mine, "Mine")
    _named(theirs, "Theirs")
    with PlanFile.open(theirs), PlanFile.open(mine) as plan:
        before = digest(theirs)
        with pytest.raises(errors.PlanFileLocked):
            plan.save_copy(theirs)
        assert digest(theirs) == before


def test_save_a_copy_over_a_closed_plan_keeps_its_permissions(tmp_path: Path) -> None:
    """Replacing a closed private file with a copy keeps it private."""
    mine, old = tmp_path / "mine.clusterplan", tmp_path / "old.clusterplan"
    _named(mine, "Mine")
    _named(old, "Old")
    os.chmod(old, 0o600)
    with PlanFile.open(mine) as plan:
        plan.save_copy(old)
    assert _name(old) == "Mine"
    assert stat.S_IMODE(old.stat().st_mode) == 0o600
