"""A plan left in the middle of a save (a crash, a power cut, kill -9) is recovered, never
called damaged: read-only opens read it as last saved whole without writing to it, the next
editing open rolls it back, and an upgrade cut short runs again."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import text

from cluster_planner.storage.plan_file import SCHEMA_VERSION, PlanFile, journal_path

FIXTURES = Path(__file__).parent.parent / "fixtures"

# Dies in the middle of a transaction that has already written pages of the plan (a small
# cache spills them), leaving a hot journal: exactly what kill -9 during a save leaves.
DIE_MID_SAVE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute("UPDATE cluster_profile SET name = 'Half-saved'")
conn.execute("CREATE TABLE ballast (x)")
conn.executemany("INSERT INTO ballast VALUES (?)", [("x" * 900,)] * 400)
conn.execute("PRAGMA user_version = 99")
conn.execute("UPDATE cluster_profile SET name = 'Half-saved'")
os._exit(9)
"""

# Dies in the middle of upgrading an old plan, its pages partly written (a small cache spills
# them) and the journal holding the originals.
DIE_MID_UPGRADE = """
import os, sys
from sqlalchemy import event
from cluster_planner.storage import plan_file

real = plan_file._alembic_upgrade

def upgrade(engine, revision="head"):
    count = [0]

    @event.listens_for(engine, "after_cursor_execute")
    def spill(conn, cursor, statement, parameters, context, executemany):
        count[0] += 1
        if count[0] == 1:
            cursor.execute("PRAGMA cache_size = 1")
        if count[0] == 80:
            os._exit(9)

    real(engine, revision)

plan_file._alembic_upgrade = upgrade
plan_file.PlanFile.open(sys.argv[1])
"""


def torn_commit(path: Path, version: int) -> None:
    """Write the new schema version into the plan's header, as a commit does when it writes
    page 1 just before the process dies with the journal still beside the plan."""
    with path.open("r+b") as f:
        f.seek(60)
        f.write(version.to_bytes(4, "big"))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _die(code: str, path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), str(path)], capture_output=True, timeout=120
    )
    assert result.returncode != 0, result.stderr
    assert journal_path(path).exists(), "the child left no journal"


def _name(plan: PlanFile) -> str:
    with plan.engine.connect() as conn:
        return str(conn.execute(text("SELECT name FROM cluster_profile")).scalar())


def test_a_plan_left_mid_save_reads_as_last_saved_without_being_written(tmp_path: Path) -> None:
    """Read-only: the last whole state, from a private copy; the plan and its journal keep
    every byte (the person may want them as they are), and the copy goes on close."""
    path = tmp_path / "plan.clusterplan"
    with PlanFile.create(path) as plan, plan.engine.begin() as conn:
        conn.execute(text("UPDATE cluster_profile SET name = 'Saved whole'"))
    _die(DIE_MID_SAVE, path)
    before = (digest(path), digest(journal_path(path)))
    with PlanFile.open(path, read_only=True) as plan:
        assert plan.recovered and plan.path == path
        assert _name(plan) == "Saved whole"
        copy = plan.recovered_in
        assert copy is not None and copy.exists()
    assert not copy.exists()
    assert (digest(path), digest(journal_path(path))) == before


def test_the_next_editing_open_rolls_the_plan_back(tmp_path: Path) -> None:
    """Opening for editing rolls the half-made save back in the plan itself."""
    path = tmp_path / "plan.clusterplan"
    with PlanFile.create(path) as plan, plan.engine.begin() as conn:
        conn.execute(text("UPDATE cluster_profile SET name = 'Saved whole'"))
    _die(DIE_MID_SAVE, path)
    with PlanFile.open(path) as plan:
        assert not plan.recovered
        assert _name(plan) == "Saved whole"
    assert not journal_path(path).exists()
    with PlanFile.open(path, read_only=True) as plan:
        assert not plan.recovered and _name(plan) == "Saved whole"


def test_an_upgrade_cut_short_runs_again(tmp_path: Path) -> None:
    """The schema version is read after the journal is rolled back, so a plan whose upgrade
    was cut short is upgraded again instead of opening as the old schema."""
    path = tmp_path / "old.clusterplan"
    shutil.copy(FIXTURES / "plan-schema1.clusterplan", path)
    _die(DIE_MID_UPGRADE, path)
    torn_commit(path, SCHEMA_VERSION)
    with PlanFile.open(path) as plan:
        assert plan.upgrade_backup is not None
        with plan.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM revision")).scalar() == 0
            assert conn.execute(text("SELECT name FROM organisation")).scalar() == (
                "Cámara de Calzado de Tungurahua"
            )
            tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
            assert "ballast" not in tables
