"""Every command against every damaged plan and bad snapshot of the corpus (tests/corpus).

Whatever a file holds: no traceback; a refusal is one sentence on stderr with exit 2 (1 for
`check` finding damage); what can be read is read; the file keeps every byte; and no command
calls a damaged plan healthy or a healthy one damaged. The window's open meets the same
files in tests/ui/test_corpus_open.py.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from cluster_planner import cli

CORPUS = Path(__file__).parent / "corpus"
MANIFEST: list[dict[str, Any]] = json.loads((CORPUS / "manifest.json").read_text("utf-8"))
PLANS = [entry for entry in MANIFEST if entry["file"].startswith("plans/")]
SNAPSHOTS = [entry for entry in MANIFEST if entry["file"].startswith("snapshots/")]
COMPANIONS = ("-journal", ".lock")


def copy_of(entry: dict[str, Any], folder: Path) -> Path:
    """The corpus file (with its journal or lock file) copied into ``folder``."""
    source = CORPUS / entry["file"]
    target = folder / source.name
    shutil.copyfile(source, target)
    for suffix in COMPANIONS:
        companion = source.with_name(source.name + suffix)
        if companion.exists():
            shutil.copyfile(companion, folder / companion.name)
    return target


def fingerprint(path: Path) -> dict[str, str]:
    """The digest of the plan and of each file beside it that belongs to it."""
    found = {}
    for candidate in (path, *(path.with_name(path.name + s) for s in COMPANIONS)):
        if candidate.exists():
            found[candidate.name] = hashlib.sha256(candidate.read_bytes()).hexdigest()
    return found


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_sentence(err: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for internal in ("Traceback", "Error:", "sqlite3.", "sqlalchemy", "zlib"):
        assert internal not in lines[0], lines[0]


def _commands(path: Path, folder: Path) -> dict[str, list[str]]:
    return {
        "check": ["check", str(path)],
        "dump": ["dump", str(path)],
        "revisions": ["revisions", str(path)],
        "export": ["export", str(path), "-o", str(folder / "roadmap.pdf")],
        "dump --revision 1": ["dump", str(path), "--revision", "1"],
        "dump --revision 2": ["dump", str(path), "--revision", "2"],
        "diff": ["diff", str(path), "--from", "1"],
    }


@pytest.mark.parametrize("entry", PLANS, ids=[e["file"] for e in PLANS])
def test_every_read_of_a_corpus_plan_reads_or_refuses_in_one_sentence(
    entry: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each reading command on each plan: the status it must give (or any, for a flip that
    lands anywhere), one sentence when refused, every byte kept, verdicts that agree."""
    path = copy_of(entry, tmp_path)
    before = fingerprint(path)
    statuses: dict[str, int] = {}
    healthy = False
    for name, args in _commands(path, tmp_path).items():
        status, out, err = run(capsys, *args)
        if name == "check":
            # A healthy file whose plan checks warn exits with 1 too: it is still healthy.
            healthy = status == 0 or (status == 1 and "the file is healthy" in out)
            status = 0 if healthy else status
        statuses[name] = status
        expected = entry["expect"].get(name, "any")
        if expected != "any":
            assert status == expected, (name, out, err)
        assert status in ((0, 1, 2) if name == "check" else (0, 2)), (name, err)
        if status == 2:
            assert_one_sentence(err)
            assert not out.strip() or name == "check", out[:200]
        elif name == "check" and status == 1:
            assert "damage:" in out or "problem:" in out, out
            assert err == "", err
        else:
            assert "Traceback" not in err
            assert all(line.startswith("note: ") for line in err.splitlines()), err
        assert fingerprint(path) == before, f"{name} changed the file"
        (tmp_path / "roadmap.pdf").unlink(missing_ok=True)
    if healthy:  # a plan called healthy must read whole
        assert statuses["dump"] == statuses["export"] == statuses["revisions"] == 0, statuses
    if statuses["dump"] == 2:
        assert statuses["check"] != 0, statuses


@pytest.mark.parametrize("entry", PLANS, ids=[e["file"] for e in PLANS])
def test_writing_into_a_corpus_plan_writes_whole_or_refuses(
    entry: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """import-swot on each plan: imported, or refused in one sentence with the file kept."""
    path = copy_of(entry, tmp_path)
    source = tmp_path / "swot.csv"
    source.write_text("quadrant,statement\nS,Skilled cutters\n", encoding="utf-8")
    before = fingerprint(path)
    status, _out, err = run(capsys, "import-swot", str(path), str(source))
    assert status in (0, 2), err
    if status == 2:
        assert_one_sentence(err)
        assert fingerprint(path) == before


@pytest.mark.parametrize("entry", SNAPSHOTS, ids=[e["file"] for e in SNAPSHOTS])
def test_every_corpus_snapshot_loads_or_is_refused_in_one_sentence(
    entry: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`new --from … --force` over a plan: the good snapshot replaces it whole; each bad one
    is one sentence with exit 2, and the plan it would replace keeps every byte."""
    target = copy_of({"file": "plans/healthy.clusterplan"}, tmp_path)
    before = fingerprint(target)
    status, _out, err = run(
        capsys, "new", str(target), "--from", str(CORPUS / entry["file"]), "--force"
    )
    assert status == entry["expect"]["new"], err
    if status == 2:
        assert_one_sentence(err)
        assert fingerprint(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
