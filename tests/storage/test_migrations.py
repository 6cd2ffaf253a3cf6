"""Migrations and the head schema agree, so a new plan equals an upgraded one."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from cluster_planner.storage import schema
from cluster_planner.storage.plan_file import HEAD_REVISION, PlanFile, build_empty_plan


def test_head_revision_constant_matches_the_migrations() -> None:
    """HEAD_REVISION names the newest migration shipped in the package."""
    config = Config()
    config.set_main_option("script_location", "cluster_planner.storage:migrations")
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION


def test_migrated_schema_equals_the_declared_schema(tmp_path: Path) -> None:
    """A plan built by running every migration has exactly the tables of schema.py."""
    path = tmp_path / "migrated.clusterplan"
    build_empty_plan(path, revision="0001")
    with PlanFile.open(path) as plan, plan.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    assert diff == []


def test_new_plan_schema_equals_the_declared_schema(tmp_path: Path) -> None:
    """A new plan (built from schema.py, then stamped) has no drift either."""
    with PlanFile.create(tmp_path / "new.clusterplan") as plan, plan.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    assert diff == []


def test_schema_7_numbers_existing_cards_and_options_as_the_roadmap_did(tmp_path: Path) -> None:
    """Upgrading numbers each quadrant's cards in board order (cards on the board first)
    and each kind's options in their order, so printed codes keep their meaning."""
    import sqlite3

    from sqlalchemy import text

    path = tmp_path / "schema6.clusterplan"
    build_empty_plan(path, revision="0006")
    conn = sqlite3.connect(path)
    rows = [
        (1, "strength", "third on the board", "active", 2),
        (2, "strength", "merged away", "merged", 0),
        (3, "strength", "first on the board", "active", 1),
        (4, "threat", "only threat", "active", 0),
        (5, "strength", "second on the board", "active", 1),
    ]
    conn.executemany(
        "INSERT INTO swot_item (id, quadrant, statement, status, position) VALUES (?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO strategic_option (id, kind, statement, position) VALUES (?, ?, ?, ?)",
        [(1, "SO", "later", 2), (2, "SO", "earlier", 1), (3, "WT", "alone", 1)],
    )
    conn.commit()
    conn.close()
    with PlanFile.open(path) as plan, plan.engine.connect() as db:
        items = dict(db.execute(text("SELECT id, number FROM swot_item")).all())
        options = dict(db.execute(text("SELECT id, number FROM strategic_option")).all())
    assert items == {3: 1, 5: 2, 1: 3, 2: 4, 4: 1}
    assert options == {2: 1, 1: 2, 3: 1}
