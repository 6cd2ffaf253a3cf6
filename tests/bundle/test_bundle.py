"""Smoke test of the one-folder bundle itself (not the virtual environment): the
headless commands, both roadmap documents with the fonts and the Word template found
inside the bundle, and the window started offscreen to its first paint, in Spanish.

`./dev bundle` builds the bundle and runs this with CLUSTER_PLANNER_BUNDLE set to the
bundle's folder; without it (as in `./dev check`) the tests are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from cluster_planner import __version__

BUNDLE = os.environ.get("CLUSTER_PLANNER_BUNDLE", "")
NAME = "cluster-planner.exe" if sys.platform == "win32" else "cluster-planner"

pytestmark = pytest.mark.skipif(
    not BUNDLE, reason="the bundle is built and tested by ./dev bundle (CLUSTER_PLANNER_BUNDLE)"
)


@pytest.fixture(scope="module")
def program() -> Path:
    path = Path(BUNDLE).resolve() / NAME
    assert path.is_file(), f"no bundle at {path}: run ./dev bundle"
    return path


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """An environment with private settings and data, and no trace of the source tree."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "CLUSTER_PLANNER"))
    }
    env.update(
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


CHOOSE = """
import sys
from PySide6.QtCore import QSettings
settings = QSettings("Cluster Planner", "Cluster Planner")
print(settings.value("language", ""))
settings.setValue("language", sys.argv[1])
settings.sync()
"""


def choose_language(code: str, env: dict[str, str]) -> str:
    """Choose the interface language where the app reads it (an INI file under
    $XDG_CONFIG_HOME on Linux, the registry on Windows, a .plist on macOS), as View ▸
    Language does; returns the language chosen before."""
    result = subprocess.run(
        [sys.executable, "-c", CHOOSE, code],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return result.stdout.strip()


def run(
    program: Path, *args: str | Path, env: dict[str, str], cwd: Path, ok: tuple[int, ...] = (0,)
) -> str:
    """What the bundled program prints, after it exits with one of the ``ok`` codes."""
    result = subprocess.run(
        [str(program), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=180,
    )
    assert result.returncode in ok, f"{args}: {result.returncode}\n{result.stderr[-3000:]}"
    return result.stdout


def bundled(program: Path) -> Path:
    """Where the bundle keeps its files: ``_internal`` beside the program, or the macOS
    app's ``Contents/Resources``."""
    if program.parent.name == "MacOS":
        return program.parent.parent / "Resources"
    return program.parent / "_internal"


def test_the_bundle_runs_without_the_source_tree(program: Path) -> None:
    """The bundle's modules and resources are its own copies, not the source tree's."""
    internal = bundled(program)
    resources = internal / "cluster_planner" / "resources"
    for name in ("cluster_planner_en.qm", "cluster_planner_es.qm", "cluster_planner_fr.qm"):
        assert (resources / "translations" / name).is_file()
    assert (resources / "fonts" / "NotoSans-Regular.ttf").is_file()
    assert (resources / "fonts" / "OFL.txt").is_file()
    assert (resources / "templates" / "roadmap.docx").is_file()
    assert (resources / "LICENSE.txt").is_file()
    assert list(internal.rglob("qtbase_es.qm")), "Qt's own Spanish is missing"
    assert not list(internal.rglob("*.ts"))


def test_version(program: Path, home: dict[str, str], tmp_path: Path) -> None:
    assert run(program, "--version", env=home, cwd=tmp_path).strip() == (
        f"cluster-planner {__version__}"
    )


def test_new_demo_check_and_both_roadmaps(
    program: Path, home: dict[str, str], tmp_path: Path
) -> None:
    """`new --demo`, `check`, and `export` to PDF and Word, read back independently."""
    plan = tmp_path / "atuntaqui.clusterplan"
    assert "Created" in run(program, "new", plan, "--demo", env=home, cwd=tmp_path)
    # The demo is a healthy file whose plan checks find something to say (exit 1).
    checked = run(program, "check", plan, env=home, cwd=tmp_path, ok=(0, 1))
    assert "the file is healthy" in checked

    pdf = tmp_path / "roadmap.pdf"
    run(program, "export", plan, "--format", "pdf", "-o", pdf, env=home, cwd=tmp_path)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Atuntaqui garment cluster" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    embedded = [line for line in fonts.stdout.splitlines()[2:] if line.strip()]
    assert embedded and all("NotoSans" in line for line in embedded), fonts.stdout
    assert all(line.split()[-5] == "yes" for line in embedded), fonts.stdout  # emb column

    docx = tmp_path / "roadmap.docx"
    run(
        program,
        "export",
        plan,
        "--format",
        "docx",
        "-o",
        docx,
        "--lang",
        "es",
        env=home,
        cwd=tmp_path,
    )
    from docx import Document

    document = Document(str(docx))
    assert "Roadmap Table" in {style.name for style in document.styles}  # our template's
    body = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Atuntaqui garment cluster" in body
    assert "Hoja de ruta" in body or "hoja de ruta" in body


def test_the_window_paints_in_spanish_and_quits(
    program: Path, home: dict[str, str], tmp_path: Path
) -> None:
    """The window starts offscreen on the demo plan, paints, and quits; with Spanish chosen
    its menus are Spanish (the compiled translations were found inside the bundle)."""
    previous = choose_language("es", home)
    try:
        output = run(
            program, "--demo", env={**home, "CLUSTER_PLANNER_STARTUP_PROBE": "1"}, cwd=tmp_path
        )
    finally:
        choose_language(previous, home)
    marks = [line.split()[1] for line in output.splitlines() if line.startswith("startup-probe ")]
    assert marks == ["first_paint", "ready"]
    window = next(
        json.loads(line.split(" ", 1)[1])
        for line in output.splitlines()
        if line.startswith("startup-probe-window ")
    )
    assert window["menus"] == ["&Archivo", "&Editar", "&Ver", "A&yuda"]
    assert window["title"].startswith("Atuntaqui garment cluster — demo-")


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the Linux desktop entry")
def test_the_bundle_installs_its_own_desktop_entry(
    program: Path, home: dict[str, str], tmp_path: Path
) -> None:
    """`cluster-planner install-desktop` from the bundle: the menu entry starts the bundle's
    program; `uninstall-desktop` takes it away."""
    run(program, "install-desktop", env=home, cwd=tmp_path)
    entry = Path(home["XDG_DATA_HOME"]) / "applications" / "cluster-planner.desktop"
    assert f"\nTryExec={program}\n" in entry.read_text("utf-8")
    icon = Path(home["XDG_DATA_HOME"]) / "icons" / "hicolor" / "256x256" / "apps"
    assert (icon / "cluster-planner.png").is_file()
    run(program, "uninstall-desktop", env=home, cwd=tmp_path)
    assert not entry.exists()


@pytest.fixture
def x_server() -> Iterator[str]:
    """A virtual X server (Xvfb) of 1366×768 on a free display; its display name."""
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb (./dev bundle installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as lines:
        display = ":" + lines.readline().strip()
    yield display
    server.terminate()
    server.wait(timeout=10)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="X11")
def test_the_window_paints_on_a_real_x_server(
    program: Path, home: dict[str, str], tmp_path: Path, x_server: str
) -> None:
    """On an X server (Qt's xcb platform plugin and the libraries it links, as a Linux
    desktop starts it), the window paints the demo plan and quits."""
    env = {**home, "DISPLAY": x_server, "QT_QPA_PLATFORM": "xcb"}
    env["CLUSTER_PLANNER_STARTUP_PROBE"] = "1"
    output = run(program, "--demo", env=env, cwd=tmp_path)
    marks = [line.split()[1] for line in output.splitlines() if line.startswith("startup-probe ")]
    assert marks == ["first_paint", "ready"]


def test_the_bundle_serves_the_phone_page_on_loopback(
    program: Path, home: dict[str, str], tmp_path: Path
) -> None:
    """`live --capture` from the bundle: the page, its script and an idea, on 127.0.0.1."""
    import http.client
    import json
    import re
    import signal

    plan = tmp_path / "hall.clusterplan"
    run(program, "new", plan, "--demo", env=home, cwd=tmp_path)
    process = subprocess.Popen(
        [str(program), "live", str(plan), "--capture", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=home,
        cwd=tmp_path,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(2)]
        found = re.search(r"127\.0\.0\.1:(\d+) with the code (\d{4})", "".join(lines))
        assert found, lines
        port, code = int(found.group(1)), found.group(2)
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
        for path in ("/", "/static/phone.js", "/static/phone.css", "/static/icon.svg"):
            connection.request("GET", path)
            response = connection.getresponse()
            assert response.status == 200 and response.read(), path
        connection.request(
            "POST",
            "/api/join",
            body=json.dumps({"code": code}),
            headers={"Content-Type": "application/json"},
        )
        token = json.loads(connection.getresponse().read())["token"]
        connection.request(
            "POST",
            "/api/ideas",
            body=json.dumps({"quadrant": "threat", "text": "From the bundle"}),
            headers={
                "Content-Type": "application/json",
                "X-Session-Code": code,
                "Authorization": f"Bearer {token}",
            },
        )
        assert connection.getresponse().status == 201
        connection.close()
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
