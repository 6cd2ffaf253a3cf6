"""The wheel, as a facilitator's ``pip install`` gets it: built from a clean copy of the
sources (no compiled translations in it), installed into a fresh virtual environment
outside the source tree, and started in Spanish."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cluster_planner import __version__

ROOT = Path(__file__).resolve().parents[2]
# What a source distribution holds: the build's files and the package (not tests, docs, .venv).
SOURCES = ("pyproject.toml", "setup.py", "README.md", "cluster_planner")
LANGUAGES = ("en", "es", "fr")

pytestmark = pytest.mark.slow


def clean_copy(target: Path) -> Path:
    """The sources without anything a previous build or run left (compiled translations,
    bytecode, build folders)."""
    target.mkdir()
    ignore = shutil.ignore_patterns("*.qm", "__pycache__", "*.pyc", "*.egg-info", "build")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    assert not list(target.rglob("*.qm"))
    return target


def run(*command: str | Path, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, f"{command}:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result.stdout


def outside_env(home: Path) -> dict[str, str]:
    """An environment that knows nothing of the source tree or its virtual environment."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONSAFEPATH"}
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    env["PIP_CACHE_DIR"] = os.environ.get("PIP_CACHE_DIR", str(Path.home() / ".cache" / "pip"))
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the wheel, the fresh environment's bin folder, its environment)."""
    work = tmp_path_factory.mktemp("wheel")
    sources = clean_copy(work / "src")
    env = outside_env(work / "home")
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", work / "dist", sources, cwd=work)
    (wheel,) = (work / "dist").glob("cluster_planner-*.whl")
    run(sys.executable, "-m", "venv", work / "venv", cwd=work, env=env)
    bin_folder = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    run(bin_folder / "python", "-m", "pip", "install", "-q", wheel, cwd=work, env=env)
    return wheel, bin_folder, env


def test_the_wheel_carries_the_compiled_translations(installed) -> None:
    """The build step compiled every language into the wheel; the version is the package's."""
    wheel, _, _ = installed
    assert wheel.name == f"cluster_planner-{__version__}-py3-none-any.whl"
    names = zipfile.ZipFile(wheel).namelist()
    for code in LANGUAGES:
        qm = f"cluster_planner/resources/translations/cluster_planner_{code}.qm"
        assert qm in names
        assert zipfile.ZipFile(wheel).read(qm)[:16].startswith(bytes.fromhex("3cb86418caef9c95"))
    for resource in (
        "cluster_planner/resources/fonts/NotoSans-Regular.ttf",
        "cluster_planner/resources/fonts/OFL.txt",
        "cluster_planner/resources/templates/roadmap.docx",
        "cluster_planner/storage/migrations/versions/0001_initial.py",
    ):
        assert resource in names


def test_the_installed_app_starts_in_spanish(installed, tmp_path: Path) -> None:
    """`cluster-planner --demo` from the fresh environment, with Spanish chosen, opens the
    demo with its menus in Spanish; the package it runs is the installed one."""
    _, bin_folder, env = installed
    where = run(
        bin_folder / "python",
        "-c",
        "import cluster_planner; print(cluster_planner.__file__)",
        cwd=tmp_path,
        env=env,
    )
    assert Path(where.strip()).is_relative_to(bin_folder.parent)
    settings = Path(env["XDG_CONFIG_HOME"]) / "Cluster Planner" / "Cluster Planner.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[General]\nlanguage=es\n", encoding="utf-8")
    output = run(
        bin_folder / "cluster-planner",
        "--demo",
        cwd=tmp_path,
        env={**env, "CLUSTER_PLANNER_STARTUP_PROBE": "1"},
    )
    window = next(
        json.loads(line.split(" ", 1)[1])
        for line in output.splitlines()
        if line.startswith("startup-probe-window ")
    )
    assert window["menus"] == ["&Archivo", "&Editar", "&Ver", "A&yuda"]
    assert window["title"].startswith("Atuntaqui garment cluster — demo-")


def test_the_installed_command_line_says_its_version(installed, tmp_path: Path) -> None:
    """`cluster-planner --version` names the version the wheel was built as."""
    _, bin_folder, env = installed
    output = run(bin_folder / "cluster-planner", "--version", cwd=tmp_path, env=env)
    assert output.strip() == f"cluster-planner {__version__}"
