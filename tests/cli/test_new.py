"""`new` never loses a plan: built beside the target, checked, renamed over it only when whole."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cluster_planner import cli
from cluster_planner.services.plan_document import PlanDocument


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cluster_planner", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_force_over_a_plan_open_in_the_app_is_refused(tmp_path: Path, demo_path: Path) -> None:
    """`new --force` on a plan being edited changes nothing, says who holds it, exits 2; the
    editor's next write still works."""
    document = PlanDocument.open(demo_path)
    try:
        before = digest(demo_path)
        result = run("new", str(demo_path), "--force", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
        assert "is being edited by" in result.stderr
        assert digest(demo_path) == before
        document.update_profile(name="Written after the refusal")
    finally:
        document.close()
    with PlanDocument.open(demo_path, read_only=True) as reopened:
        assert reopened.profile().name == "Written after the refusal"


def test_new_from_a_snapshot_that_fails_while_loading_keeps_the_old_plan(
    tmp_path: Path, demo_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    """A snapshot that fails half-way through loading leaves the target byte for byte and no
    half-built file beside it."""
    snapshot = tmp_path / "plan.json"
    with PlanDocument.open(demo_path, read_only=True) as document:
        snapshot.write_text(json.dumps(document.snapshot().to_dict()), encoding="utf-8")
    before = digest(demo_path)
    load = PlanDocument._load_content

    def half(self, r, data) -> None:  # type: ignore[no-untyped-def]
        load(self, r, data)
        raise cli.errors.SnapshotError("the last table could not be written")

    monkeypatch.setattr(PlanDocument, "_load_content", half)
    status = cli.main(["new", str(demo_path), "--from", str(snapshot), "--force"])
    assert status == cli.EXIT_FAILED
    assert "could not be written" in capsys.readouterr().err
    assert digest(demo_path) == before
    assert sorted(p.name for p in demo_path.parent.iterdir()) == sorted(
        [demo_path.name, snapshot.name]
    )


def test_new_from_a_snapshot_into_a_new_name_leaves_nothing_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failed `new --from` to a fresh name leaves no file by that name."""
    snapshot = tmp_path / "plan.json"
    snapshot.write_text('{"format_version": 5, "profile": {"name": "X"}}', encoding="utf-8")

    def fail(self, r, data) -> None:  # type: ignore[no-untyped-def]
        raise cli.errors.SnapshotError("refused")

    monkeypatch.setattr(PlanDocument, "_load_content", fail)
    assert cli.main(["new", str(tmp_path / "n.clusterplan"), "--from", str(snapshot)]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_new_force_replaces_a_closed_plan(tmp_path: Path, demo_path: Path) -> None:
    """With nobody editing it, `new --force` replaces the plan with the new one."""
    result = run("new", str(demo_path), "--force", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    with PlanDocument.open(demo_path, read_only=True) as document:
        assert document.organisations() == []


def _demo_dump(demo_path: Path) -> dict:
    with PlanDocument.open(demo_path, read_only=True) as document:
        return json.loads(json.dumps(document.snapshot().to_dict()))


def _surrogate(data: dict) -> None:
    data["swot_items"][0]["statement"] = "Skilled \ud800"


def _duplicate_theme(data: dict) -> None:
    data["swot_items"][0]["themes"] = ["skills", "skills"]


def _duplicate_option(data: dict) -> None:
    data["options"].append(dict(data["options"][0]))


BAD_SNAPSHOTS = {
    "huge id": lambda d: d["organisations"][0].update(id=2**63),
    "huge horizon": lambda d: d["profile"].update(horizon_end=2**64),
    "huge progress": lambda d: d["actions"][0].update(progress=2**63),
    "NaN amount": lambda d: d["actions"][0]["cost_lines"].append(
        {"id": 9999, "amount": float("nan")}
    ),
    "1e400 amount": lambda d: d["actions"][0]["cost_lines"].append({"id": 9999, "amount": 1e400}),
    "duplicated theme": _duplicate_theme,
    "duplicated option": _duplicate_option,
    "lone surrogate": _surrogate,
}


@pytest.mark.parametrize("name", sorted(BAD_SNAPSHOTS))
def test_a_bad_snapshot_is_one_sentence_and_the_plan_is_kept(
    tmp_path: Path, demo_path: Path, name: str
) -> None:
    """Each snapshot that used to end in a traceback (overflow, a refused row, a broken
    character) is refused in one line with exit 2, and the plan it would replace is kept."""
    data = _demo_dump(demo_path)
    BAD_SNAPSHOTS[name](data)
    snapshot = tmp_path / "bad.json"
    snapshot.write_text(json.dumps(data), encoding="utf-8")  # NaN and 1e400 as JSON writes them
    before = digest(demo_path)
    result = run("new", str(demo_path), "--from", str(snapshot), "--force", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert digest(demo_path) == before


def test_json_nested_far_too_deep_is_one_sentence(tmp_path: Path) -> None:
    """JSON nested 100,000 deep is refused in one line, not a RecursionError."""
    snapshot = tmp_path / "deep.json"
    snapshot.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = run("new", "x.clusterplan", "--from", str(snapshot), cwd=tmp_path)
    assert result.returncode == 2
    assert "nests its JSON far deeper" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.clusterplan").exists()
