"""Write the corpus of damaged plans and bad snapshots the tests run every command against.

Run ``.venv/bin/python tests/corpus/make_corpus.py`` to build it again; the files are
checked in so every test run meets the same ones. Random choices use fixed seeds, so the
same script makes the same bit flips and truncations (SQLite's own journal headers carry
a random nonce, so a journal's bytes differ between builds, not what it does).

- ``plans/``: a small healthy plan (two adopted revisions, a restore), single-bit flips
  and truncations of it at seeded places, and damage made on purpose: a revision whose
  compressed plan is broken, stored values no plan holds (an unknown code, a date that is
  no date, text that is not UTF-8, a reference to nothing), a value entered before
  today's rules, a plan left in the middle of a save (with its hot journal), an upgrade
  cut short, a copy made with the lock file of an open plan, a page SQLite finds malformed.
- ``snapshots/``: the small plan's dump, and one bad snapshot per way a snapshot used to
  end in a traceback or a wrong plan (see issue #16).
- ``manifest.json``: each file, what it is, and what the commands must do with it
  (``tests/test_corpus.py``).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from cluster_planner.domain.enums import (  # noqa: E402
    ActionStatus,
    MeetingType,
    OptionKind,
    Quadrant,
    Sex,
    StakeholderType,
)
from cluster_planner.services.plan_document import PlanDocument, new_id  # noqa: E402
from cluster_planner.storage.plan_file import SCHEMA_VERSION  # noqa: E402

PLANS = HERE / "plans"
SNAPSHOTS = HERE / "snapshots"
FLIPS = 20
TRUNCATIONS = (0, 64, 100, 512, 4096, 0.5, -512)  # bytes kept (fractions of the file)

# Every command's exit status on a file, or "any" where a flip may land anywhere.
Expect = dict[str, Any]
D = dt.date


def build_small(document: PlanDocument) -> None:
    """A small plan holding one of most things, two adopted revisions and a restore."""
    document.update_profile(
        name="Ambato footwear cluster", country="Ecuador", horizon_start=2026, horizon_end=2029
    )
    caltu = new_id(
        document.add_organisation(
            name="Cámara de Calzado de Tungurahua",
            stakeholder_type=StakeholderType.BUSINESS_ASSOCIATION,
            acronym="CALTU",
        ),
        "organisation",
    )
    liwi = new_id(
        document.add_organisation(
            name="Calzado Liwi", stakeholder_type=StakeholderType.ENTERPRISE, women_led=True
        ),
        "organisation",
    )
    ana = new_id(
        document.add_person(name="Ana Pérez", sex=Sex.FEMALE, organisation_id=caltu), "person"
    )
    meeting = new_id(
        document.add_meeting(
            title="Vision workshop",
            date=D(2026, 3, 10),
            meeting_type=MeetingType.VISION_WORKSHOP,
            attendee_ids=[ana],
        ),
        "meeting",
    )
    items = [
        new_id(document.add_swot_item(quadrant=q, statement=s, themes=t), "swot_item")
        for q, s, t in (
            (Quadrant.STRENGTH, "Skilled cutters and stitchers", ["skills"]),
            (Quadrant.WEAKNESS, "Old machines", ["production_technology"]),
            (Quadrant.OPPORTUNITY, "Andean trade agreement", ["markets"]),
            (Quadrant.THREAT, "Cheap imports", ["markets"]),
        )
    ]
    option = new_id(
        document.add_option(
            kind=OptionKind.SO, statement="Sell to the Andean market", item_ids=items[::2]
        ),
        "strategic_option",
    )
    element = new_id(
        document.add_vision_element(name="Known for quality", option_ids=[option]),
        "vision_element",
    )
    draft = new_id(
        document.add_vision_draft(
            title="Draft A",
            statement="By 2029 Ambato's shoes sell across the Andes.",
            element_ids=[element],
        ),
        "vision_draft",
    )
    document.adopt_vision(draft, meeting_id=meeting, adopted_on=D(2026, 3, 10))
    objective = new_id(
        document.add_objective(title="Export to the Andes", element_ids=[element]), "objective"
    )
    document.add_indicator(objective, name="Export sales", unit="USD", target_value=50000.0)
    fair = new_id(
        document.add_action(
            objective,
            title="Stand at the Lima fair",
            lead_id=caltu,
            start_date=D(2026, 5, 1),
            end_date=D(2026, 9, 30),
        ),
        "action",
    )
    catalogue = new_id(
        document.add_action(objective, title="Joint catalogue", lead_id=liwi), "action"
    )
    document.add_partner(fair, organisation_id=liwi, amount=1500.0)
    document.add_cost_line(fair, amount=8000.0, description="Stand and travel")
    document.add_milestone(fair, title="Stand booked", date=D(2026, 6, 1))
    document.add_dependency(catalogue, fair)
    document.adopt_revision("Action plan 2026", D(2026, 4, 2), meeting_id=meeting)
    document.record_progress(fair, D(2026, 6, 15), status=ActionStatus.IN_PROGRESS, progress=30)
    document.adopt_revision("Mid-year review", D(2026, 7, 1), reason="The fair moved")
    document.restore_revision(2)


def _small_plan(path: Path) -> None:
    PlanDocument.create(path, fill=build_small).close()
    conn = sqlite3.connect(path)  # small pages keep every corpus file small
    conn.execute("PRAGMA page_size = 512")
    conn.execute("VACUUM")
    conn.close()


def _sql(path: Path, *statements: str) -> None:
    """Write to a copy of the plan behind the app's back (foreign keys off), as damage does."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def _break_revision(path: Path) -> None:
    conn = sqlite3.connect(path)
    blob = bytearray(conn.execute("SELECT snapshot FROM revision WHERE number = 2").fetchone()[0])
    blob[len(blob) // 2] ^= 0x5A
    with conn:
        conn.execute("UPDATE revision SET snapshot = ? WHERE number = 2", (bytes(blob),))
    conn.close()


def _not_utf8(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE organisation SET notes = CAST(x'4F6CE9' AS TEXT) WHERE id = 1")
    conn.close()


def _malformed_page(path: Path) -> None:
    """Scribble over the middle of an index page, as a bad sector would."""
    conn = sqlite3.connect(path)
    page = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_person_organisation_id'"
    ).fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * 512
    data[start : start + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


DIE_MID_SAVE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")
conn.execute("BEGIN")
conn.execute("UPDATE cluster_profile SET name = 'Half-saved'")
conn.execute("CREATE TABLE ballast (x)")
conn.executemany("INSERT INTO ballast VALUES (?)", [("x" * 400,)] * 60)
os._exit(9)
"""

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


def _die(code: str, path: Path) -> None:
    subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), str(path)],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert path.with_name(path.name + "-journal").exists(), f"no journal beside {path}"


def _plans(base: Path, manifest: list[dict[str, Any]]) -> None:
    def add(name: str, what: str, expect: Expect, make: Callable[[Path], None]) -> None:
        path = PLANS / name
        shutil.copy(base, path)
        make(path)
        manifest.append({"file": f"plans/{name}", "what": what, "expect": expect})

    healthy = {"check": 0, "dump": 0, "revisions": 0, "export": 0, "open": "opens"}
    add("healthy.clusterplan", "the small plan, whole", healthy, lambda p: None)
    data = base.read_bytes()
    flips = random.Random(16)
    for number in range(FLIPS):
        at = flips.randrange(100, len(data))  # the header's flips are refused up front
        bit = flips.randrange(8)

        def flip(path: Path, at: int = at, bit: int = bit) -> None:
            changed = bytearray(path.read_bytes())
            changed[at] ^= 1 << bit
            path.write_bytes(bytes(changed))

        add(
            f"flip-{number:02d}.clusterplan",
            f"bit {bit} of byte {at} flipped",
            {"check": "any", "dump": "any", "revisions": "any", "export": "any", "open": "any"},
            flip,
        )
    for keep in TRUNCATIONS:
        size = int(len(data) * keep) if isinstance(keep, float) else keep % len(data)

        def cut(path: Path, size: int = size) -> None:
            path.write_bytes(path.read_bytes()[:size])

        refused = 2 if size < 100 else "any"
        add(
            f"truncated-{size:06d}.clusterplan",
            f"cut to its first {size} bytes",
            {
                "check": refused,
                "dump": refused,
                "revisions": refused,
                "export": refused,
                "open": "refused" if size < 100 else "any",
            },
            cut,
        )
    damaged = {"check": 1, "dump": 2, "revisions": "any", "export": 2, "open": "refused"}
    add(
        "revision-broken.clusterplan",
        "revision 2's compressed plan broken (the content is whole; a dump, which carries "
        "the history, is refused)",
        {
            "check": 1,
            "dump": 2,
            "revisions": 0,
            "open": "opens",
            "dump --revision 2": 2,
            "dump --revision 1": 0,
        },
        _break_revision,
    )
    add(
        "unknown-code.clusterplan",
        "an action's status is 'flying'",
        damaged,
        lambda p: _sql(p, "UPDATE action SET status = 'flying' WHERE id = 1"),
    )
    add(
        "impossible-date.clusterplan",
        "a meeting on 2026-13-45",
        damaged,
        lambda p: _sql(p, "UPDATE meeting SET date = '2026-13-45'"),
    )
    add("not-utf8.clusterplan", "an organisation's notes are not UTF-8 text", damaged, _not_utf8)
    add(
        "dangling-reference.clusterplan",
        "a person of organisation 99, which is gone",
        damaged,
        lambda p: _sql(p, "UPDATE person SET organisation_id = 99"),
    )
    add("malformed-page.clusterplan", "an index page scribbled over", damaged, _malformed_page)
    add(
        "older-rules.clusterplan",
        "a name with a control character, entered before today's rules",
        {"check": 1, "dump": 0, "revisions": 0, "export": 0, "open": "opens"},
        lambda p: _sql(p, "UPDATE organisation SET name = 'CALTU' || char(7) WHERE id = 1"),
    )

    def left_open(path: Path) -> None:
        _malformed_page(path)
        lock = {"user": "maria", "host": "field-laptop", "pid": 4242, "since": "2026-11-30"}
        path.with_name(path.name + ".lock").write_text(json.dumps(lock), encoding="utf-8")

    add(
        "copied-while-open.clusterplan",
        "damaged, with the lock file of the open plan it was copied from",
        damaged,
        left_open,
    )
    add(
        "left-mid-save.clusterplan",
        "left in the middle of a save (kill -9): a hot journal beside it",
        {"check": 0, "dump": 0, "revisions": 0, "export": 0, "open": "opens"},
        lambda p: _die(DIE_MID_SAVE, p),
    )

    def torn(path: Path) -> None:
        shutil.copy(ROOT / "tests" / "fixtures" / "plan-schema1.clusterplan", path)
        _die(DIE_MID_UPGRADE, path)
        with path.open("r+b") as f:  # the commit had written the new header when it died
            f.seek(60)
            f.write(SCHEMA_VERSION.to_bytes(4, "big"))

    add(
        "upgrade-cut-short.clusterplan",
        "an old plan whose upgrade was cut short (the new version in its header)",
        {"check": 2, "dump": 2, "revisions": 2, "export": 2, "open": "upgrades"},
        torn,
    )


def _snapshots(base: Path, manifest: list[dict[str, Any]]) -> None:
    with PlanDocument.open(base, read_only=True) as document:
        good = document.verified_snapshot().to_dict() | document.history().to_dict()
    (SNAPSHOTS / "healthy.json").write_text(
        json.dumps(good, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    manifest.append(
        {"file": "snapshots/healthy.json", "what": "the small plan's dump", "expect": {"new": 0}}
    )

    def bad(name: str, what: str, change: Callable[[dict[str, Any]], Any]) -> None:
        data = json.loads(json.dumps(good))
        change(data)
        # ASCII JSON: a lone surrogate is written as the escape \ud800, as JSON allows.
        (SNAPSHOTS / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
        manifest.append({"file": f"snapshots/{name}.json", "what": what, "expect": {"new": 2}})

    def at(*keys: Any) -> Callable[[Any], None]:
        def set_value(data: dict[str, Any]) -> None:
            *parents, last, value = keys
            for key in parents:
                data = data[key]
            data[last] = value

        return set_value

    def both(*changes: Callable[[Any], None]) -> Callable[[Any], None]:
        return lambda data: [change(data) for change in changes]

    bad("id-2-63", "an id of 2^63", at("organisations", 0, "id", 2**63))
    bad("horizon-2-64", "a horizon year of 2^64", at("profile", "horizon_end", 2**64))
    bad("progress-2-63", "progress of 2^63", at("actions", 0, "progress", 2**63))
    bad("amount-nan", "an amount NaN", at("actions", 0, "cost_lines", 0, "amount", float("nan")))
    bad("amount-1e400", "an amount 1e400", at("actions", 0, "cost_lines", 0, "amount", 1e400))
    bad("theme-twice", "a card's theme twice", at("swot_items", 0, "themes", ["skills"] * 2))
    bad("option-twice", "an option row twice", lambda d: d["options"].append(d["options"][0]))
    bad(
        "lone-surrogate",
        "a lone surrogate in a statement",
        at("swot_items", 0, "statement", "Skilled \ud800"),
    )
    bad("impact-99", "impact 99", at("options", 0, "impact", 99))
    bad("progress-150", "progress 150", at("actions", 0, "progress", 150))
    bad("progress-minus-20", "progress -20", at("actions", 0, "progress", -20))
    bad("amount-negative", "a negative amount", at("actions", 0, "cost_lines", 0, "amount", -5))
    bad(
        "horizon-reversed",
        "a horizon that starts after it ends",
        at("profile", "horizon_start", 2031),
    )
    bad(
        "merged-into-itself",
        "a card merged into itself",
        both(
            at("swot_items", 1, "status", "merged"),
            at("swot_items", 1, "merged_into_id", good["swot_items"][1]["id"]),
        ),
    )
    bad(
        "merged-into-each-other",
        "two cards merged into each other",
        both(
            at("swot_items", 1, "status", "merged"),
            at("swot_items", 1, "merged_into_id", good["swot_items"][2]["id"]),
            at("swot_items", 2, "status", "merged"),
            at("swot_items", 2, "merged_into_id", good["swot_items"][1]["id"]),
        ),
    )
    bad(
        "objective-number-twice",
        "two objectives numbered 1",
        lambda d: d["objectives"].append({**d["objectives"][0], "id": 999, "indicators": []}),
    )
    bad(
        "action-number-twice",
        "two actions numbered 1 under one objective",
        at("actions", 1, "number", good["actions"][0]["number"]),
    )
    bad("format-version-minus-1", "format_version -1", at("format_version", -1))
    bad("format-version-0", "format_version 0", at("format_version", 0))
    bad("format-version-text", 'format_version "5"', at("format_version", "5"))
    bad("format-version-float", "format_version 5.0", at("format_version", 5.0))
    bad("name-empty", "an organisation's name empty", at("organisations", 0, "name", ""))
    bad("women-led-1", "women_led 1", at("organisations", 0, "women_led", 1))
    bad("control-character", "a control character", at("organisations", 0, "notes", "bell\x07"))
    bad(
        "unknown-stakeholder-type",
        "a stakeholder type not in the list",
        at("organisations", 0, "stakeholder_type", "cooperative / producer group"),
    )
    bad("missing-lead", "a lead organisation not in the snapshot", at("actions", 0, "lead_id", 99))
    bad(
        "revision-plan-broken",
        "a revision's plan with an unknown status",
        at("revisions", 0, "plan", "actions", 0, "status", "flying"),
    )
    (SNAPSHOTS / "nested-100000.json").write_text("[" * 100_000 + "]" * 100_000)
    manifest.append(
        {
            "file": "snapshots/nested-100000.json",
            "what": "JSON nested 100,000 deep",
            "expect": {"new": 2},
        }
    )


def main() -> None:
    """Build the corpus beside this script, replacing the old one."""
    for folder in (PLANS, SNAPSHOTS):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    manifest: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch:
        base = Path(scratch) / "small.clusterplan"
        _small_plan(base)
        _plans(base, manifest)
        _snapshots(base, manifest)
    (HERE / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(manifest)} files in {HERE}")


if __name__ == "__main__":
    main()
