"""The crash soak: kill -9 Cluster Planner's work at random moments and look at what is left.

Run with ``./dev soak`` (``--kills N`` landing inside the work per scenario, default 60;
``--seed S``). Five scenarios, each a child process killed with SIGKILL at a random moment
of its work:

- edits: a stream of edits (each one transaction), each logged once it returned;
- new --force: a plan replaced by ``new --from SNAPSHOT --force``;
- upgrade: a schema-1 plan opened for editing, so upgraded;
- revisions: adopting and restoring revisions in turn;
- export: the roadmap PDF written again and again over the same name.

After each kill the file is looked at the way a person would: read-only first (``check``:
it must never call the plan damaged), then opened for editing, then checked whole. Counted:
lost commits (an edit that returned but is not in the file), corrupt files (SQLite's
integrity check fails, or the plan does not open), wrong "damaged" verdicts, half-written
outputs (a target that is neither the old file nor the whole new one), and litter (temporary
files a killed writer leaves beside its target; harmless, counted to be seen). The table
goes to stdout, for docs/robustness.md.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA1 = ROOT / "tests" / "fixtures" / "plan-schema1.clusterplan"


@dataclass
class Tally:
    """What the kills of one scenario left behind."""

    name: str
    kills: int = 0
    killed_mid_work: int = 0  # kills that landed before the child had finished
    mid_save: int = 0  # kills that left the plan in the middle of a save (a journal beside it)
    lost_commits: int = 0
    corrupt_files: int = 0
    wrong_damaged: int = 0
    half_written: int = 0
    litter: int = 0
    changed_by_reading: int = 0  # read-only checks that changed the plan or its journal
    notes: list[str] = field(default_factory=list)

    def row(self) -> str:
        return (
            f"| {self.name} | {self.kills} | {self.killed_mid_work} | {self.mid_save} | "
            f"{self.lost_commits} | "
            f"{self.corrupt_files} | {self.wrong_damaged} | {self.half_written} | {self.litter} |"
        )


@dataclass
class Aim:
    """When to kill a child whose work is one run (``new --force``, an upgrade): a random
    moment up to ``span`` seconds after it says "ready". The span, first measured on a run
    left alone, narrows when a kill finds the work already done and widens a little when
    it lands inside, so the kills keep landing in the work however loaded the machine is."""

    span: float

    def wait(self, rng: random.Random) -> float:
        return rng.uniform(0, self.span)

    def landed(self, working: bool) -> bool:
        self.span *= 1.05 if working else 0.7
        return working


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def cli(*args: str) -> tuple[int, str, str]:
    """A headless command, in this process (quicker than a child, same code)."""
    from cluster_planner import cli as commands

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = commands.main(list(args))
    return status, out.getvalue(), err.getvalue()


def integrity(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def run_and_kill(code: str, args: list[str], folder: Path, wait: float) -> bool:
    """Start ``code`` as a child, let it work ``wait`` seconds after it says "ready", SIGKILL
    it; True when it was still working (not finished) when killed."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert child.stdout is not None
    child.stdout.readline()  # "ready": imports done, the work begins
    time.sleep(wait)
    working = child.poll() is None
    with contextlib.suppress(ProcessLookupError):
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    return working


def read_only_verdict(tally: Tally, path: Path) -> None:
    """``check`` before anyone edits: damage here would be a wrong verdict (nothing damaged a
    plan a kill left mid-save; its journal only has to be rolled back)."""
    before = {p.name: digest(p) for p in path.parent.iterdir() if p.name.startswith(path.name)}
    tally.mid_save += path.with_name(path.name + "-journal").exists()
    status, out, err = cli("check", str(path))
    if status != 0 or "damage" in out + err:
        tally.wrong_damaged += 1
        tally.notes.append(f"check said: {(out + err).strip()[:160]}")
    after = {p.name: digest(p) for p in path.parent.iterdir() if p.name.startswith(path.name)}
    if before != after:
        tally.changed_by_reading += 1
        tally.notes.append("a read-only check changed the plan or its journal")


def open_for_editing(tally: Tally, path: Path) -> object | None:
    from cluster_planner.domain.errors import PlanError
    from cluster_planner.services.plan_document import PlanDocument

    try:
        return PlanDocument.open(path)
    except PlanError as error:
        tally.corrupt_files += 1
        tally.notes.append(f"opening for editing: {error}")
        return None


EDITS = """
import os, sys
from cluster_planner.services.plan_document import PlanDocument
from cluster_planner.domain.enums import Quadrant
doc = PlanDocument.open(sys.argv[1])
log = os.open("log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
print("ready", flush=True)
number = 0
while True:
    number += 1
    doc.add_swot_item(quadrant=Quadrant.STRENGTH, statement=f"edit {number}")
    if number % 3 == 0:
        doc.update_profile(description=f"after edit {number}")
    os.write(log, f"{number}\\n".encode())
    os.fsync(log)
"""


def soak_edits(tally: Tally, work: Path, demo: Path, rng: random.Random) -> None:
    path = work / "plan.clusterplan"
    shutil.copy(demo, path)
    (work / "log").unlink(missing_ok=True)
    tally.killed_mid_work += run_and_kill(EDITS, [path.name], work, rng.uniform(0.05, 0.8))
    logged = [int(n) for n in (work / "log").read_text().split()] if (work / "log").exists() else []
    read_only_verdict(tally, path)
    doc = open_for_editing(tally, path)
    if doc is None:
        return
    statements = {i.statement for i in doc.swot_items()}  # type: ignore[attr-defined]
    doc.close()  # type: ignore[attr-defined]
    tally.lost_commits += sum(1 for n in logged if f"edit {n}" not in statements)
    tally.corrupt_files += not integrity(path)


NEW_FORCE = """
import sys
from cluster_planner import cli
print("ready", flush=True)
cli.main(["new", sys.argv[1], "--from", sys.argv[2], "--force"])
"""


def soak_new_force(
    tally: Tally, work: Path, demo: Path, snapshot: Path, rng: random.Random, aim: Aim
) -> None:
    path = work / "plan.clusterplan"
    shutil.copy(demo, path)
    with sqlite3.connect(path) as conn:  # an old plan of another content, to tell them apart
        conn.execute("UPDATE cluster_profile SET name = 'The old plan'")
    conn.close()
    old = digest(path)
    tally.killed_mid_work += aim.landed(
        run_and_kill(NEW_FORCE, [path.name, str(snapshot)], work, aim.wait(rng))
    )
    tally.litter += sum(1 for p in work.iterdir() if p.name.startswith(".new-"))
    for leftover in work.glob(".new-*"):
        leftover.unlink()
    if digest(path) == old:
        return  # the old plan, whole
    status, out, _ = cli("dump", str(path))
    if status != 0:
        tally.half_written += 1
        tally.notes.append("new --force left neither the old plan nor the new one")
        return
    wanted = json.loads(snapshot.read_text("utf-8"))
    found = json.loads(out)
    for data in (wanted, found):
        data.pop("created_at"), data.pop("modified_at")
    if found != wanted:
        tally.half_written += 1
        tally.notes.append("new --force left a plan that is not the snapshot")


UPGRADE = """
import sys
from cluster_planner.services.plan_document import PlanDocument
print("ready", flush=True)
PlanDocument.open(sys.argv[1]).close()
"""


def soak_upgrade(tally: Tally, work: Path, rng: random.Random, aim: Aim) -> None:
    path = work / "old.clusterplan"
    for stale in work.iterdir():
        if stale.is_file():
            stale.unlink()
    shutil.copy(SCHEMA1, path)
    tally.killed_mid_work += aim.landed(run_and_kill(UPGRADE, [path.name], work, aim.wait(rng)))
    tally.mid_save += path.with_name(path.name + "-journal").exists()
    _, out, err = cli("check", str(path))
    if "damage" in out + err:
        tally.wrong_damaged += 1
        tally.notes.append(f"check after a cut upgrade: {(out + err).strip()[:160]}")
    doc = open_for_editing(tally, path)
    if doc is None:
        return
    try:
        names = [o.name for o in doc.organisations()]  # type: ignore[attr-defined]
        doc.revisions()  # type: ignore[attr-defined]  # the newest schema's table is there
    except Exception as error:  # noqa: BLE001 - what a wrong schema raises is the finding
        tally.corrupt_files += 1
        tally.notes.append(f"after a cut upgrade: {error}")
        names = []
    finally:
        doc.close()  # type: ignore[attr-defined]
    if names != ["Cámara de Calzado de Tungurahua"]:
        tally.lost_commits += 1
        tally.notes.append("an upgrade cut short lost the plan's organisation")
    tally.corrupt_files += not integrity(path)


REVISIONS = """
import datetime as dt, os, sys
from cluster_planner.services.plan_document import PlanDocument
doc = PlanDocument.open(sys.argv[1])
log = os.open("log", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
print("ready", flush=True)
number = 0
while True:
    number += 1
    record = doc.adopt_revision(f"soak {number}", dt.date(2027, 1, 1))
    os.write(log, f"adopted {number}\\n".encode())
    os.fsync(log)
    doc.restore_revision(1 + number % 2)
    os.write(log, f"restored {number}\\n".encode())
    os.fsync(log)
"""


def soak_revisions(tally: Tally, work: Path, demo: Path, rng: random.Random) -> None:
    path = work / "plan.clusterplan"
    shutil.copy(demo, path)
    (work / "log").unlink(missing_ok=True)
    tally.killed_mid_work += run_and_kill(REVISIONS, [path.name], work, rng.uniform(0.05, 2.0))
    logged = (work / "log").read_text().split("\n") if (work / "log").exists() else []
    adopted = sum(1 for line in logged if line.startswith("adopted"))
    restored = sum(1 for line in logged if line.startswith("restored"))
    read_only_verdict(tally, path)
    doc = open_for_editing(tally, path)
    if doc is None:
        return
    titles = {r.title for r in doc.revisions()}  # type: ignore[attr-defined]
    restores = len(doc.restores())  # type: ignore[attr-defined]
    doc.close()  # type: ignore[attr-defined]
    tally.lost_commits += sum(1 for n in range(1, adopted + 1) if f"soak {n}" not in titles)
    tally.lost_commits += max(0, restored - restores)
    tally.corrupt_files += not integrity(path)


EXPORT = """
import sys
from cluster_planner import cli
print("ready", flush=True)
while True:
    cli.main(["export", sys.argv[1], "-o", "roadmap.pdf"])
"""


def soak_export(tally: Tally, work: Path, demo: Path, rng: random.Random) -> None:
    from pypdf import PdfReader

    path = work / "plan.clusterplan"
    shutil.copy(demo, path)
    (work / "roadmap.pdf").unlink(missing_ok=True)
    tally.killed_mid_work += run_and_kill(EXPORT, [path.name], work, rng.uniform(0.2, 6.0))
    tally.litter += sum(1 for p in work.iterdir() if p.name.endswith(".part"))
    for leftover in work.glob("*.part"):
        leftover.unlink()
    output = work / "roadmap.pdf"
    if output.exists():
        try:
            pages = len(PdfReader(output).pages)
        except Exception:  # noqa: BLE001 - any failure to read it back is the finding
            pages = 0
        if pages < 2:
            tally.half_written += 1
            tally.notes.append("the roadmap PDF was left half written")
    tally.corrupt_files += not integrity(path)


def _span(code: str, args: list[str], work: Path) -> float:
    """How long the work of ``code`` takes once it says "ready", to aim the kills inside it."""
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=work,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert child.stdout is not None
    child.stdout.readline()
    start = time.perf_counter()
    child.wait()
    child.stdout.close()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    """Run the soak; exit 1 when anything was lost, corrupt, wrongly damaged or half written,
    or a read-only check changed a byte (listed under the table)."""
    parser = argparse.ArgumentParser(prog="./dev soak", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--kills", type=int, default=60, help="kills inside the work per scenario (default 60)"
    )
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--only", help="one scenario: edits, new, upgrade, revisions, export")
    args = parser.parse_args(argv)
    from cluster_planner.services.demo import create_demo_plan

    rng = random.Random(args.seed)
    tallies: list[Tally] = []
    with tempfile.TemporaryDirectory(prefix="cluster-planner-soak-") as scratch:
        folder = Path(scratch)
        demo = folder / "demo.clusterplan"
        create_demo_plan(demo).close()
        snapshot = folder / "demo.json"
        snapshot.write_text(cli("dump", str(demo))[1], encoding="utf-8")
        work = folder / "work"
        work.mkdir()
        shutil.copy(demo, work / "plan.clusterplan")
        new_aim = Aim(_span(NEW_FORCE, ["plan.clusterplan", str(snapshot)], work))
        shutil.copy(SCHEMA1, work / "old.clusterplan")
        upgrade_aim = Aim(_span(UPGRADE, ["old.clusterplan"], work))
        scenarios: list[tuple[str, Callable[[Tally], None]]] = [
            ("edits", lambda t: soak_edits(t, work, demo, rng)),
            ("new --force", lambda t: soak_new_force(t, work, demo, snapshot, rng, new_aim)),
            ("upgrade", lambda t: soak_upgrade(t, work, rng, upgrade_aim)),
            ("revisions", lambda t: soak_revisions(t, work, demo, rng)),
            ("export", lambda t: soak_export(t, work, demo, rng)),
        ]
        for name, scenario in scenarios:
            if args.only and not name.startswith(args.only):
                continue
            tally = Tally(name)
            # A kill that finds the work done proves nothing: kill again until N landed
            # inside the work (at most 2N kills).
            while tally.killed_mid_work < args.kills and tally.kills < 2 * args.kills:
                for stale in work.iterdir():
                    if stale.is_file():
                        stale.unlink()
                scenario(tally)
                tally.kills += 1
            tallies.append(tally)
            print(f"{name}: {tally.kills} kills done", file=sys.stderr)
    print(
        "| scenario | kills | killed mid-work | left mid-save | lost commits | corrupt files | "
        'wrong "damaged" | half-written outputs | litter left |'
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for tally in tallies:
        print(tally.row())
    for tally in tallies:
        for note in tally.notes[:5]:
            print(f"- {tally.name}: {note}")
    bad = sum(
        t.lost_commits + t.corrupt_files + t.wrong_damaged + t.half_written + t.changed_by_reading
        for t in tallies
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
