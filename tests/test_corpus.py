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
            if name.startswith("dump"):
                strict_json(out)
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


# What each bad snapshot's sentence says: the JSON path of the value, what is wrong, and the
# value found or the values allowed.
SAYS = {
    "action-number-twice.json": "actions[1].number: 1 is the number of actions[0] too",
    "amount-1e400.json": "actions[0].cost_lines[0].amount: must be a finite number, not inf",
    "amount-nan.json": "actions[0].cost_lines[0].amount: must be a finite number, not nan",
    "amount-negative.json": "actions[0].cost_lines[0].amount: must not be negative, not -5.0",
    "control-character.json": "organisations[0].notes: must not hold control characters",
    "format-version-0.json": "format_version: must be 1 or more, not 0",
    "format-version-float.json": "format_version: must be a whole number, not 5.0",
    "format-version-minus-1.json": "format_version: must be 1 or more, not -1",
    "format-version-text.json": "format_version: must be a whole number, not '5'",
    "horizon-2-64.json": "profile.horizon_end: is far too large, not 18446744073709551616",
    "horizon-reversed.json": "profile.horizon_end: the planning horizon ends before it starts",
    "id-2-63.json": "organisations[0].id: is far too large, not 9223372036854775808",
    "impact-99.json": "options[0].impact: rate it from 1 (low) to 5 (high), not 99",
    "lone-surrogate.json": "swot_items[0].statement: holds a broken character",
    "merged-into-each-other.json": "swot_items[1].merged_into_id: the cards are merged into "
    "each other in a loop (2 → 3 → 2)",
    "merged-into-itself.json": "swot_items[1].merged_into_id: cannot name the card itself",
    "missing-lead.json": "actions[0].lead_id: names organisation (the lead) 99, which is not",
    "name-empty.json": "organisations[0].name: must not be empty",
    "nested-100000.json": "nests its JSON far deeper than a plan snapshot does",
    "objective-number-twice.json": "objectives[1].number: 1 is the number of objectives[0] too",
    "option-twice.json": "options[1].id: 1 is the id of options[0] too",
    "progress-150.json": "actions[0].progress: is a percentage from 0 to 100, not 150",
    "progress-2-63.json": "actions[0].progress: is far too large, not 9223372036854775808",
    "progress-minus-20.json": "actions[0].progress: is a percentage from 0 to 100, not -20",
    "revision-plan-broken.json": "revisions[0].plan.actions[0].status: 'flying' is not one of: "
    "proposed, approved, in_progress, completed, delayed, on_hold, dropped",
    "theme-twice.json": "swot_items[0].themes[1]: lists the theme 'skills' twice",
    "unknown-stakeholder-type.json": "organisations[0].stakeholder_type: 'cooperative / "
    "producer group' is not one of: enterprise, business_association, cooperative",
    "women-led-1.json": "organisations[0].women_led: must be true or false, not 1",
}


def test_each_bad_snapshot_has_its_sentence() -> None:
    bad = {Path(e["file"]).name for e in SNAPSHOTS if e["expect"]["new"] == 2}
    assert bad == set(SAYS)


def strict_json(text: str) -> Any:
    """JSON as other readers take it: NaN and Infinity are not JSON."""

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


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
        assert SAYS[Path(entry["file"]).name] in err, err
        assert fingerprint(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
