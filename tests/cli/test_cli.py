"""The headless commands, run as real processes: new, dump, check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cluster_planner.domain.snapshot import FORMAT_VERSION


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cluster_planner", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _without_timestamps(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ("created_at", "modified_at")}


def test_new_demo_then_dump_and_check(tmp_path: Path) -> None:
    """`new --demo` makes a healthy plan whose dump is the documented snapshot."""
    assert run("new", "demo.clusterplan", "--demo", cwd=tmp_path).returncode == 0
    dumped = run("dump", "demo.clusterplan", cwd=tmp_path)
    assert dumped.returncode == 0, dumped.stderr
    data = json.loads(dumped.stdout)
    assert data["format_version"] == FORMAT_VERSION
    assert data["profile"]["name"] == "Atuntaqui garment cluster"
    assert len(data["organisations"]) >= 12
    assert len({o["stakeholder_type"] for o in data["organisations"]}) >= 6
    assert len(data["people"]) >= 15
    assert len(data["meetings"]) >= 2 and all(m["attendee_ids"] for m in data["meetings"])
    checked = run("check", "demo.clusterplan", cwd=tmp_path)
    assert checked.returncode == 1  # the demo keeps two findings to show the checks
    assert checked.stdout.endswith(
        "demo.clusterplan: the file is healthy; the plan checks found 2 warnings\n"
    )


def test_new_from_snapshot_dumps_the_same_snapshot(tmp_path: Path) -> None:
    """`dump` of a plan made with `new --from X` equals X apart from timestamps."""
    run("new", "a.clusterplan", "--demo", cwd=tmp_path)
    original = run("dump", "a.clusterplan", cwd=tmp_path).stdout
    (tmp_path / "a.json").write_text(original, encoding="utf-8")
    made = run("new", "b.clusterplan", "--from", "a.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    copy = run("dump", "b.clusterplan", cwd=tmp_path).stdout
    assert _without_timestamps(json.loads(copy)) == _without_timestamps(json.loads(original))


@pytest.mark.parametrize(
    ("setup", "args", "message"),
    [
        (
            lambda p: (p / "notes.clusterplan").write_text("hello"),
            ("check", "notes.clusterplan"),
            "is not a Cluster Planner plan",
        ),
        (lambda p: None, ("dump", "missing.clusterplan"), "no such file"),
        (
            lambda p: (p / "x.clusterplan").write_text(""),
            ("new", "x.clusterplan"),
            "already exists",
        ),
        (
            lambda p: (p / "bad.json").write_text("{not json"),
            ("new", "y.clusterplan", "--from", "bad.json"),
            "not a JSON file",
        ),
        (
            lambda p: (p / "v9.json").write_text('{"format_version": 9}'),
            ("new", "y.clusterplan", "--from", "v9.json"),
            "reads up to",
        ),
    ],
)
def test_failures_are_one_clear_line_and_a_nonzero_exit(
    tmp_path: Path, setup, args, message: str
) -> None:
    """Every failure prints one line on stderr, no traceback, and exits non-zero."""
    setup(tmp_path)
    result = run(*args, cwd=tmp_path)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "y.clusterplan").exists()


def test_headless_commands_never_import_qt_widgets(tmp_path: Path) -> None:
    """The CLI runs on a server: QtWidgets (or any Qt) is never imported (check exits 1:
    the demo keeps two findings)."""
    code = (
        "import sys; from cluster_planner.app import main;"
        f"rc = main(['new', {str(tmp_path / 'q.clusterplan')!r}, '--demo']);"
        f"rc |= main(['check', {str(tmp_path / 'q.clusterplan')!r}]) - 1;"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported';"
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_import_swot_all_or_nothing_unless_valid_only(tmp_path: Path) -> None:
    """import-swot refuses a file with bad rows (naming them) unless --valid-only is given."""
    run("new", "p.clusterplan", cwd=tmp_path)
    (tmp_path / "swot.csv").write_text(
        "Cuadrante;Enunciado;Evidencia\nFortaleza;Tejedoras hábiles;Encuesta\nZ;Mal\n",
        encoding="utf-8",
    )
    refused = run("import-swot", "p.clusterplan", "swot.csv", cwd=tmp_path)
    assert refused.returncode == 1
    assert "row 3" in refused.stderr and "nothing imported" in refused.stderr
    dumped = json.loads(run("dump", "p.clusterplan", cwd=tmp_path).stdout)
    assert dumped["swot_items"] == []
    accepted = run("import-swot", "p.clusterplan", "swot.csv", "--valid-only", cwd=tmp_path)
    assert accepted.returncode == 0, accepted.stderr
    dumped = json.loads(run("dump", "p.clusterplan", cwd=tmp_path).stdout)
    assert [i["statement"] for i in dumped["swot_items"]] == ["Tejedoras hábiles"]
    assert dumped["swot_items"][0]["evidence"] == "Encuesta"


def test_import_swot_refuses_a_wrong_file_type(tmp_path: Path) -> None:
    """import-swot of a .docx is one clear line and exit 2; the plan is unchanged."""
    run("new", "p.clusterplan", cwd=tmp_path)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    result = run("import-swot", "p.clusterplan", "notes.docx", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: Cannot import: .docx cannot be imported; use .csv or .xlsx."
    ]


def test_check_lists_what_the_action_plan_lacks(tmp_path: Path) -> None:
    """`check` prints the same findings the Plan checks panel shows."""
    snapshot = {
        "format_version": FORMAT_VERSION,
        "profile": {"name": "Test cluster"},
        "objectives": [{"id": 1, "title": "Brand", "number": 1}, {"id": 2, "title": "Credit"}],
        "actions": [
            {"id": 1, "objective_id": 1, "number": 1, "title": "Yarn", "start_date": "2026-01-01"}
        ],
    }
    (tmp_path / "plan.json").write_text(json.dumps(snapshot), encoding="utf-8")
    assert run("new", "plan.clusterplan", "--from", "plan.json", cwd=tmp_path).returncode == 0
    checked = run("check", "plan.clusterplan", cwd=tmp_path)
    assert checked.returncode == 1, checked.stderr  # the checks found problems
    lines = checked.stdout.splitlines()
    count = sum(line.startswith("warning: ") for line in lines)
    assert (
        lines[-1]
        == f"plan.clusterplan: the file is healthy; the plan checks found {count} warnings"
    )
    assert "warning: A1.1 “Yarn” has no lead organisation." in lines
    assert "warning: A1.1 “Yarn” has no start or end date." in lines
    assert "warning: Objective Obj2 “Credit” has no action yet." in lines


def test_check_exits_0_for_a_healthy_plan_1_for_warnings_2_for_an_unreadable_file(
    tmp_path: Path,
) -> None:
    """0: the file is healthy and the checks find nothing; 1: they find something, said in
    the right number; 2: the file cannot be read."""
    healthy = {
        "format_version": FORMAT_VERSION,
        "profile": {"name": "Healthy cluster"},
        "people": [{"id": 1, "name": "Ana", "sex": "female", "commission_role": "chair"}],
    }
    (tmp_path / "healthy.json").write_text(json.dumps(healthy), encoding="utf-8")
    assert run("new", "healthy.clusterplan", "--from", "healthy.json", cwd=tmp_path).returncode == 0
    checked = run("check", "healthy.clusterplan", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout
    assert (
        checked.stdout
        == "healthy.clusterplan: the file is healthy; the plan checks found nothing\n"
    )
    one = dict(
        healthy, people=[{"id": 1, "name": "Ben", "sex": "male", "commission_role": "chair"}]
    )
    (tmp_path / "one.json").write_text(json.dumps(one), encoding="utf-8")
    assert run("new", "one.clusterplan", "--from", "one.json", cwd=tmp_path).returncode == 0
    checked = run("check", "one.clusterplan", cwd=tmp_path)
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [
        "warning: No woman sits on the Cluster Commission.",
        "one.clusterplan: the file is healthy; the plan checks found 1 warning",
    ]
    (tmp_path / "broken.clusterplan").write_bytes(b"not a plan at all")
    broken = run("check", "broken.clusterplan", cwd=tmp_path)
    assert broken.returncode == 2
    assert broken.stdout == "" and broken.stderr.startswith("error: ")
    helped = run("check", "--help", cwd=tmp_path)
    assert "0" in helped.stdout and "exit status" in helped.stdout
