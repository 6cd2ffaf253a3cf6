"""Shared fixtures: real plan files in tmp_path, copied from templates built once.

Fonts: every test run sees the fonts bundled with the package and no other (a private
fontconfig configuration, set here before any Qt application exists), so text is measured
and drawn the same on every machine, whatever fonts it has installed.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluster_planner.services.demo import create_demo_plan
from cluster_planner.services.plan_document import PlanDocument

BUNDLED_FONTS = Path(__file__).parent.parent / "cluster_planner" / "resources" / "fonts"


def _bundled_fonts_only() -> None:
    """Point fontconfig (Qt's font database on Linux) at the bundled fonts alone.

    The configuration includes no system file, so the machine's fonts are neither listed
    nor used as fallbacks; the generic families all mean Noto Sans. Subprocesses the tests
    start inherit it through the environment.
    """
    folder = Path(tempfile.mkdtemp(prefix="cluster-planner-fonts-"))
    atexit.register(shutil.rmtree, folder, True)
    aliases = "".join(
        f"<alias><family>{generic}</family><prefer><family>Noto Sans</family></prefer></alias>"
        for generic in ("sans-serif", "serif", "monospace", "Sans Serif")
    )
    (folder / "fonts.conf").write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{BUNDLED_FONTS}</dir><cachedir>{folder / 'cache'}</cachedir>{aliases}"
        "</fontconfig>",
        encoding="utf-8",
    )
    os.environ["FONTCONFIG_FILE"] = str(folder / "fonts.conf")
    os.environ.pop("FONTCONFIG_PATH", None)
    os.environ["QT_QPA_FONTDIR"] = str(BUNDLED_FONTS)  # for Qt builds without fontconfig


_bundled_fonts_only()

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
