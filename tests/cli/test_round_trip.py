"""A dump is the plan's whole backup: `dump` → `new --from` → `dump` gives the same JSON,
adopted revisions and restores included, apart from when the new plan was made."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cluster_planner import cli
from cluster_planner.services.plan_document import PlanDocument


def _dump(path: Path, capsys: pytest.CaptureFixture[str], *more: str) -> dict:
    assert cli.main(["dump", str(path), *more]) == 0
    return json.loads(capsys.readouterr().out)


def _content(data: dict) -> dict:
    return {k: v for k, v in data.items() if k not in ("created_at", "modified_at")}


def test_dump_new_dump_keeps_revisions_and_restores(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Revisions (with the plans they froze, their meetings, decisions, reasons, times) and
    restores come back as they were; so do `revisions`, `dump --revision` and `diff`."""
    with PlanDocument.open(demo_path) as document:
        document.restore_revision(1)
        document.update_profile(sector="Garments, knitwear")
        document.adopt_revision("After the restore", dt.date(2027, 1, 15), reason="Restart")
    original = _dump(demo_path, capsys)
    assert [r["number"] for r in original["revisions"]] == [1, 2, 3]
    assert len(original["restores"]) == 1
    assert original["revisions"][0]["plan"]["format_version"] == original["format_version"]
    snapshot = tmp_path / "plan.json"
    snapshot.write_text(json.dumps(original, ensure_ascii=False), encoding="utf-8")
    copy = tmp_path / "copy.clusterplan"
    assert cli.main(["new", str(copy), "--from", str(snapshot)]) == 0
    capsys.readouterr()
    again = _dump(copy, capsys)
    assert _content(again) == _content(original)
    for number in ("1", "2", "3"):
        assert _dump(copy, capsys, "--revision", number) == _dump(
            demo_path, capsys, "--revision", number
        )
    outputs = []
    for path in (demo_path, copy):
        assert cli.main(["revisions", str(path)]) == 0
        assert cli.main(["diff", str(path), "--from", "1", "--to", "3"]) == 0
        outputs.append(capsys.readouterr().out.replace(path.name, "PLAN"))
    assert outputs[0] == outputs[1]
    assert "restored revision 1" in outputs[0]


def test_a_dump_without_history_loads_as_before(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A snapshot written before dumps carried the history (no `revisions`) still loads."""
    data = _dump(demo_path, capsys)
    del data["revisions"], data["restores"]
    snapshot = tmp_path / "old.json"
    snapshot.write_text(json.dumps(data), encoding="utf-8")
    copy = tmp_path / "copy.clusterplan"
    assert cli.main(["new", str(copy), "--from", str(snapshot)]) == 0
    capsys.readouterr()
    again = _dump(copy, capsys)
    assert again["revisions"] == [] and again["restores"] == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["revisions"][1].update(number=1),
            "revisions[1].number: 1 is the number of revisions[0] too",
        ),
        (
            lambda d: d["revisions"][0]["plan"]["actions"][0].update(status="flying"),
            "revisions[0].plan.actions[0].status: 'flying' is not one of:",
        ),
        (lambda d: d["revisions"][0].update(plan=None), "revisions[0].plan: must be the plan"),
        (
            lambda d: d["restores"].append({"id": 1, "revision_id": 99, "restored_at": "x"}),
            "restores[0].revision_id: names revision 99, which is not in the snapshot",
        ),
    ],
)
def test_a_bad_history_is_one_sentence(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], change, message: str
) -> None:
    """Revisions and restores are checked like the rest, with their JSON paths."""
    data = _dump(demo_path, capsys)
    change(data)
    snapshot = tmp_path / "bad.json"
    snapshot.write_text(json.dumps(data), encoding="utf-8")
    assert cli.main(["new", str(tmp_path / "x.clusterplan"), "--from", str(snapshot)]) == 2
    error = capsys.readouterr().err
    assert message in error and error.count("\n") == 1
    assert not (tmp_path / "x.clusterplan").exists()
