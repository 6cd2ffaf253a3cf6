"""Linux desktop integration: what `./dev install-desktop` writes for one person, that the
desktop's own tools accept it, that plan files are recognised by their name, and that
`uninstall-desktop` takes away exactly what was added."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cluster_planner import desktop
from cluster_planner.app import main as app_main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A private $XDG_DATA_HOME and $XDG_CONFIG_HOME."""
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return data, config


def entry(data: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(data / "applications" / "cluster-planner.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_install_writes_the_entry_the_type_and_every_icon(xdg, tmp_path: Path, capsys) -> None:
    """`cluster-planner install-desktop --exec PROGRAM`: an entry starting that program on
    the file given, the MIME type with its glob, the icon at every size for the app and
    for plan files, and plans opening with Cluster Planner by default."""
    data, config = xdg
    program = tmp_path / "bin" / "cluster-planner"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    assert app_main(["install-desktop", "--exec", str(program)]) == 0
    assert "now open with Cluster Planner" in capsys.readouterr().out
    for path in desktop.installed_files(data):
        assert path.is_file(), path
    values = entry(data)
    assert values["Exec"] == f"{program} %f"
    assert values["TryExec"] == str(program)
    assert values["MimeType"] == "application/x-clusterplan;"
    assert values["Icon"] == "cluster-planner"
    assert values["Terminal"] == "false"
    mime = (data / "mime" / "packages" / "cluster-planner.xml").read_text("utf-8")
    assert 'type="application/x-clusterplan"' in mime and 'pattern="*.clusterplan"' in mime
    png = data / "icons" / "hicolor" / "48x48" / "apps" / "cluster-planner.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    from PIL import Image

    for size in desktop.ICON_SIZES:
        folder = data / "icons" / "hicolor" / f"{size}x{size}"
        with Image.open(folder / "mimetypes" / "application-x-clusterplan.png") as picture:
            assert picture.size == (size, size)
    mimeapps = (config / "mimeapps.list").read_text("utf-8")
    assert "[Default Applications]\napplication/x-clusterplan=cluster-planner.desktop;\n" in (
        mimeapps
    )


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils"
)
def test_the_entry_passes_the_desktop_file_validator(xdg, tmp_path: Path) -> None:
    """desktop-file-validate finds nothing wrong, with a program path holding spaces."""
    data, _ = xdg
    program = tmp_path / "My Programs" / "cluster-planner"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    desktop.install(program, refresh=False)
    result = subprocess.run(
        ["desktop-file-validate", str(data / "applications" / "cluster-planner.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    assert entry(data)["Exec"] == f'"{program}" %f'


def test_exec_arguments_are_quoted_as_the_specification_asks() -> None:
    """Spaces and reserved characters are quoted, `%` doubled, backslashes escaped twice."""
    assert desktop.exec_quote("/opt/cluster-planner/cluster-planner") == (
        "/opt/cluster-planner/cluster-planner"
    )
    assert desktop.exec_quote("/home/ana/My Apps/cp") == '"/home/ana/My Apps/cp"'
    assert desktop.exec_quote("/home/ana/100%/cp") == "/home/ana/100%%/cp"
    assert desktop.exec_quote('/a "b"/$x') == '"/a \\\\"b\\\\"/\\\\$x"'


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="needs shared-mime-info")
def test_the_desktop_knows_a_plan_by_its_name(xdg, tmp_path: Path, demo_path: Path) -> None:
    """After install, the shared MIME database (read by Qt, as file managers read it) calls
    a .clusterplan file application/x-clusterplan, a kind of SQLite database."""
    data, _ = xdg
    desktop.install(tmp_path / "cluster-planner", refresh=True)
    assert (data / "mime" / "mime.cache").exists()
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "kind = QMimeDatabase().mimeTypeForFile(sys.argv[1])\n"
        "print(kind.name(), kind.inherits('application/vnd.sqlite3'), kind.comment())\n"
    )
    env = dict(os.environ, XDG_DATA_HOME=str(data), LANGUAGE="en", LC_ALL="C.UTF-8")
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert result.stdout.split()[:2] == ["application/x-clusterplan", "True"]


def test_install_keeps_the_program_already_chosen_for_plans(xdg, tmp_path: Path) -> None:
    """A default the person set for plans stays; the rest of mimeapps.list is untouched."""
    _, config = xdg
    config.mkdir()
    before = (
        "# mine\n[Added Associations]\ntext/plain=gedit.desktop;\n\n"
        "[Default Applications]\napplication/x-clusterplan=other.desktop;\n"
    )
    (config / "mimeapps.list").write_text(before, "utf-8")
    lines = desktop.install(tmp_path / "cluster-planner", refresh=False)
    assert "keep the program already chosen" in lines[-1]
    assert (config / "mimeapps.list").read_text("utf-8") == before
    desktop.uninstall(refresh=False)
    assert (config / "mimeapps.list").read_text("utf-8") == before


def test_uninstall_removes_exactly_what_install_added(xdg, tmp_path: Path, capsys) -> None:
    """Uninstall leaves the person's other entries, icons and defaults as they were."""
    data, config = xdg
    other = data / "applications" / "other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    config.mkdir()
    (config / "mimeapps.list").write_text("[Default Applications]\ntext/plain=gedit.desktop;\n")
    desktop.install(tmp_path / "cluster-planner", refresh=False)
    assert app_main(["uninstall-desktop"]) == 0
    assert "Removed 20 files" in capsys.readouterr().out
    for path in desktop.installed_files(data):
        assert not path.exists(), path
    assert other.exists()
    assert (config / "mimeapps.list").read_text("utf-8") == (
        "[Default Applications]\ntext/plain=gedit.desktop;\n"
    )


def test_install_refuses_a_program_that_does_not_exist(xdg, tmp_path: Path, capsys) -> None:
    """A wrong --exec is one sentence and exit status 2; nothing is written."""
    data, _ = xdg
    assert app_main(["install-desktop", "--exec", str(tmp_path / "nothing")]) == 2
    assert (
        capsys.readouterr().err.strip()
        == f"{tmp_path / 'nothing'} is not a program that can be started."
    )
    assert not data.exists()


def test_dev_install_desktop_points_at_the_environments_program(tmp_path: Path) -> None:
    """`./dev install-desktop` and `./dev uninstall-desktop`, as a person runs them."""
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path))
    subprocess.run([str(ROOT / "dev"), "install-desktop"], env=env, check=True, capture_output=True)
    assert entry(tmp_path / "data")["TryExec"] == str(ROOT / ".venv" / "bin" / "cluster-planner")
    subprocess.run(
        [str(ROOT / "dev"), "uninstall-desktop"], env=env, check=True, capture_output=True
    )
    assert not (tmp_path / "data" / "applications" / "cluster-planner.desktop").exists()
