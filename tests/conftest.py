"""Shared fixtures: real plan files in tmp_path, copied from templates built once."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluster_planner.services.demo import create_demo_plan
from cluster_planner.services.plan_document import PlanDocument

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo plan, built once per test run through the services."""
    path = tmp_path_factory.mktemp("templates") / "demo.clusterplan"
    create_demo_plan(path).close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo plan file for one test."""
    path = tmp_path / "demo.clusterplan"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_document(demo_path: Path) -> Iterator[PlanDocument]:
    """The demo plan, open for editing; closed after the test."""
    document = PlanDocument.open(demo_path)
    yield document
    document.close()


@pytest.fixture
def empty_document(tmp_path: Path) -> Iterator[PlanDocument]:
    """A new, empty plan, open for editing; closed after the test."""
    document = PlanDocument.create(tmp_path / "empty.clusterplan")
    yield document
    document.close()
