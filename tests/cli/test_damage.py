"""A damaged plan is said to be damaged in one sentence, with what can still be done."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from cluster_planner import cli


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def behind_the_app(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        conn.execute(statement)
    conn.close()


def test_a_stored_value_no_plan_holds(demo_path: Path, capsys, tmp_path: Path) -> None:
    """An unknown status in the file: `dump` and `export` refuse in one sentence naming the
    value and its place, offer the readable revisions, and change nothing; `check` lists it."""
    behind_the_app(demo_path, "UPDATE action SET status = 'flying' WHERE id = 1")
    before = digest(demo_path)
    for args in (["dump"], ["export", "-o", str(tmp_path / "r.pdf")]):
        status, out, err = run(capsys, args[0], str(demo_path), *args[1:])
        assert status == 2 and out == ""
        assert err.count("\n") == 1, err
        assert "demo.clusterplan is damaged" in err
        assert "'flying'" in err and "Nothing was changed." in err
        assert "Revisions 1 and 2 can still be read" in err
        assert "--revision 2 > revision-2.json" in err
    status, out, _ = run(capsys, "check", str(demo_path))
    assert status == 1
    assert "damage: the plan:" in out and "'flying'" in out
    assert out.strip().splitlines()[-1].startswith("demo.clusterplan: damaged, 1 problem(s)")
    assert run(capsys, "dump", str(demo_path), "--revision", "2")[0] == 0
    assert digest(demo_path) == before


def test_a_broken_revision(demo_path: Path, capsys) -> None:
    """A revision whose compressed plan is broken: it alone is refused, `check` names it."""
    conn = sqlite3.connect(demo_path)
    blob = bytearray(conn.execute("SELECT snapshot FROM revision WHERE number = 1").fetchone()[0])
    blob[40] ^= 0xFF
    with conn:
        conn.execute("UPDATE revision SET snapshot = ? WHERE number = 1", (bytes(blob),))
    conn.close()
    status, _, err = run(capsys, "dump", str(demo_path), "--revision", "1")
    assert status == 2 and "is damaged" in err and err.count("\n") == 1
    assert "Revision 2 can still be read" in err
    assert run(capsys, "dump", str(demo_path), "--revision", "2")[0] == 0
    status, out, _ = run(capsys, "check", str(demo_path))
    assert status == 1 and "damage: revision 1:" in out


def strict_json(text: str) -> object:
    """JSON as every other reader takes it: NaN and Infinity are not JSON."""

    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    return json.loads(text, parse_constant=refuse)


def test_a_revision_holding_an_infinite_amount(demo_path: Path, capsys) -> None:
    """A revision whose frozen plan holds an infinite amount: `dump` refuses it in one
    sentence with its JSON path instead of writing `Infinity` (which no JSON reader takes),
    `diff` from it says it is damaged instead of comparing "inf", `check` names the revision;
    the other revision and the current plan still read, and nothing in the file changes."""
    conn = sqlite3.connect(demo_path)
    blob = conn.execute("SELECT snapshot FROM revision WHERE number = 1").fetchone()[0]
    stored = json.loads(zlib.decompress(blob))
    stored["actions"][0]["cost_lines"][0]["amount"] = float("inf")
    with conn:
        conn.execute(
            "UPDATE revision SET snapshot = ? WHERE number = 1",
            (zlib.compress(json.dumps(stored).encode()),),
        )
    conn.close()
    before = digest(demo_path)
    path = "revisions[0].plan.actions[0].cost_lines[0].amount: must be a finite number, not inf"
    status, out, err = run(capsys, "dump", str(demo_path))
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and path in err and "Revision 2 can still be read" in err
    for args in (["--from", "1"], ["--from", "1", "--json"], ["--from", "2", "--to", "1"]):
        status, out, err = run(capsys, "diff", str(demo_path), *args)
        assert (status, out) == (2, ""), args
        assert "is damaged (revision 1: " in err and "inf" in err and err.count("\n") == 1
    status, out, _ = run(capsys, "check", str(demo_path))
    assert status == 1
    assert "damage: revision 1: it holds a value no plan holds: actions[0].cost_lines[0]" in out
    status, out, _ = run(capsys, "dump", str(demo_path), "--revision", "2")
    assert status == 0 and strict_json(out)
    status, out, _ = run(capsys, "diff", str(demo_path), "--from", "2", "--json")
    assert status == 0 and strict_json(out)
    assert digest(demo_path) == before


def test_a_stored_infinite_value_is_never_written_as_json(demo_path: Path, capsys) -> None:
    """Infinite figures stored behind the app's back (SQLite keeps them): `dump` says where
    and writes nothing, rather than JSON that is not JSON."""
    for table, column in (
        ("cost_line", "amount"),
        ("cost_line", "spent"),
        ("baseline_figure", "value"),
        ("measurement", "value"),
    ):
        conn = sqlite3.connect(demo_path)
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table
        conn.close()
        work = demo_path.with_name(f"{table}-{column}.clusterplan")
        work.write_bytes(demo_path.read_bytes())
        behind_the_app(work, f"UPDATE {table} SET {column} = -9e999")
        status, out, err = run(capsys, "dump", str(work))
        assert (status, out) == (2, ""), (table, column, out[:200])
        assert "is damaged" in err and "-inf" in err and err.count("\n") == 1


def test_a_value_entered_before_the_rules_is_a_problem_not_damage(demo_path: Path, capsys) -> None:
    """A control character from an older version: the plan reads; `check` asks to correct it."""
    behind_the_app(demo_path, "UPDATE organisation SET name = 'CCAA' || char(7) WHERE id = 1")
    assert run(capsys, "dump", str(demo_path))[0] == 0
    status, out, _ = run(capsys, "check", str(demo_path))
    assert status == 1
    assert "problem: organisations[0].name: must not hold control characters" in out
    assert "damage:" not in out
    assert "readable, but it holds a value an edit would refuse" in out


def test_a_page_sqlite_finds_malformed(demo_path: Path, capsys) -> None:
    """Damage SQLite's own check finds on opening: one sentence for every reader."""
    conn = sqlite3.connect(demo_path)
    page = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_person_organisation_id'"
    ).fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(demo_path.read_bytes())
    data[(page - 1) * size : (page - 1) * size + 8] = b"\xff" * 8
    demo_path.write_bytes(bytes(data))
    for command in ("dump", "revisions", "diff"):
        extra = ["--from", "1"] if command == "diff" else []
        status, _, err = run(capsys, command, str(demo_path), *extra)
        assert status == 2 and err.count("\n") == 1, err
        assert "is damaged (SQLite's check:" in err
        assert "lock file" not in err  # nothing lies beside it: not "copied while open"
    status, out, _ = run(capsys, "check", str(demo_path))
    assert status == 1 and out.startswith("damage: SQLite's check:")


def test_a_failure_nothing_foresaw_is_still_one_sentence(
    demo_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last resort: one line, exit 2, no class name; CLUSTER_PLANNER_DEBUG shows it."""
    from cluster_planner.services.plan_document import PlanDocument

    def broken(self):  # type: ignore[no-untyped-def]
        raise RuntimeError("the unforeseen")

    monkeypatch.setattr(PlanDocument, "revisions", broken)
    status, _, err = run(capsys, "revisions", str(demo_path))
    assert status == 2 and err.count("\n") == 1
    assert "(the unforeseen)" in err and "RuntimeError" not in err
    monkeypatch.setenv("CLUSTER_PLANNER_DEBUG", "1")
    with pytest.raises(RuntimeError):
        cli.main(["revisions", str(demo_path)])
