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
