"""The headless review commands, run as real processes: revisions, diff, dump --revision."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("revisions")
    assert run("new", "demo.clusterplan", "--demo", cwd=folder).returncode == 0
    return folder


def test_revisions_lists_the_adopted_revisions(demo: Path) -> None:
    listed = run("revisions", "demo.clusterplan", cwd=demo)
    assert listed.returncode == 0, listed.stderr
    lines = [line for line in listed.stdout.splitlines() if line.split()[0].isdigit()]
    assert lines[0].split()[:2] == ["1", "2026-05-21"]
    assert lines[1].split()[:2] == ["2", "2026-11-12"]
    assert "half-year review" in listed.stdout and "reason:" in listed.stdout
    assert "decision: Adopted unanimously" in listed.stdout


def test_diff_between_revisions_reads_in_plain_words(demo: Path) -> None:
    """Revision 1 → 2 shows the demo's slipped dates, dropped action, new action, new lead."""
    diffed = run("diff", "demo.clusterplan", "--from", "1", "--to", "2", cwd=demo)
    assert diffed.returncode == 0, diffed.stderr
    text = diffed.stdout
    assert "end moved 98 days later (22 Dec 2028 → 30 Mar 2029)" in text
    assert "was dropped. Reason: The organiser cancelled" in text
    assert "“An online shop for women-led workshops” was added under O4." in text
    assert "lead changed from Universidad Técnica del Norte to Municipality" in text
    since = run("diff", "demo.clusterplan", "--from", "2", cwd=demo)
    assert since.stdout.startswith("From revision 2 to the current plan: 4 changes")


@pytest.mark.parametrize(
    ("lang", "heading", "dropped"),
    [
        ("es", "De la revisión 1 a la revisión 2: ", "fue descartada. Motivo: The organiser"),
        ("fr", "De la révision 1 à la révision 2\u00a0: ", "a été abandonnée. Motif\u00a0: The"),
    ],
)
def test_diff_in_spanish_and_french(demo: Path, lang: str, heading: str, dropped: str) -> None:
    """--lang words the heading and every change in that language, dates its own way."""
    diffed = run("diff", "demo.clusterplan", "--from", "1", "--to", "2", "--lang", lang, cwd=demo)
    assert diffed.returncode == 0, diffed.stderr
    assert diffed.stdout.startswith(heading)
    assert dropped in diffed.stdout
    assert "2029-03-30" not in diffed.stdout and " changed " not in diffed.stdout
    english = run("diff", "demo.clusterplan", "--from", "1", "--to", "2", cwd=demo)
    assert len(diffed.stdout.splitlines()) == len(english.stdout.splitlines())


def test_diff_as_json(demo: Path) -> None:
    diffed = run("diff", "demo.clusterplan", "--from", "1", "--json", cwd=demo)
    data = json.loads(diffed.stdout)
    assert (data["from"], data["to"]) == (1, None)
    changes = data["changes"]
    dropped = [c for c in changes if c["kind"] == "action_dropped"]
    assert len(dropped) == 1 and dropped[0]["reason"].startswith("The organiser cancelled")
    assert all({"kind", "text", "code", "before", "after"} <= set(c) for c in changes)


def test_dump_a_revision_prints_the_plan_as_it_was(demo: Path) -> None:
    first = json.loads(run("dump", "demo.clusterplan", "--revision", "1", cwd=demo).stdout)
    now = json.loads(run("dump", "demo.clusterplan", cwd=demo).stdout)
    titles = {a["title"] for a in first["actions"]}
    assert "An online shop for women-led workshops" not in titles
    assert any(a["title"] == "An online shop for women-led workshops" for a in now["actions"])
    assert all(a["progress"] == 0 for a in first["actions"])


@pytest.mark.parametrize("args", [["diff", "--from", "3"], ["dump", "--revision", "9"]])
def test_a_missing_revision_is_one_clear_line(demo: Path, args: list[str]) -> None:
    command, *options = args
    result = run(command, "demo.clusterplan", *options, cwd=demo)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.strip().endswith("lists them.")
    assert "has no revision" in result.stderr and "revisions 1 to 2" in result.stderr


def test_a_plan_without_revisions_says_so(tmp_path: Path) -> None:
    assert run("new", "empty.clusterplan", cwd=tmp_path).returncode == 0
    listed = run("revisions", "empty.clusterplan", cwd=tmp_path)
    assert listed.stdout.strip() == "empty.clusterplan: no revision adopted yet"
    missing = run("diff", "empty.clusterplan", "--from", "1", cwd=tmp_path)
    assert missing.returncode == 2
    assert "no revision has been adopted yet (the Review step adopts them)" in missing.stderr
