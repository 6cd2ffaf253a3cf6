"""Linux desktop integration for one person (XDG): a menu entry, the icon, and plan files
(``*.clusterplan``, ``application/x-clusterplan``) that open with a double-click.

``install`` writes, under ``$XDG_DATA_HOME`` (default ``~/.local/share``):

- ``applications/cluster-planner.desktop``, whose ``Exec`` is the command given (the
  virtual environment's ``cluster-planner``, or the bundle's executable);
- ``mime/packages/cluster-planner.xml``, the MIME type with its ``*.clusterplan`` glob;
- ``icons/hicolor/<size>/apps/cluster-planner.png`` (and the SVG under ``scalable``),
  the same pictures as ``mimetypes/application-x-clusterplan`` for plan files;

and makes Cluster Planner the default for plans in ``$XDG_CONFIG_HOME/mimeapps.list``
unless the person already chose another program. Then it refreshes the desktop's caches
with ``update-mime-database``, ``update-desktop-database`` and ``gtk-update-icon-cache``
where they exist. ``uninstall`` removes exactly these files and that one line.

Run by ``./dev install-desktop`` / ``./dev uninstall-desktop``, and by the bundle as
``cluster-planner install-desktop`` / ``uninstall-desktop``. No Qt here.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

APP_ID = "cluster-planner"
DESKTOP_FILE = f"{APP_ID}.desktop"
MIME_TYPE = "application/x-clusterplan"
MIME_ICON = MIME_TYPE.replace("/", "-")
RESOURCES = Path(__file__).resolve().parent / "resources"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEFAULTS_GROUP = "[Default Applications]"
COMMANDS = ("install-desktop", "uninstall-desktop")


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def config_home() -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config``."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def default_command() -> Path:
    """The program to start: the bundle's executable, or this environment's script."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    script = Path(sys.executable).parent / APP_ID
    found = shutil.which(APP_ID)
    return script if script.exists() else Path(found) if found else script


def exec_quote(argument: str) -> str:
    """``argument`` as one argument of a desktop entry's ``Exec`` key.

    The desktop entry specification: an argument with a space or a reserved character
    goes in double quotes, with ``"``, `` ` ``, ``$`` and ``\\`` escaped by a backslash;
    a literal ``%`` is ``%%``; then the value's own escaping doubles every backslash.
    """
    quoted = argument.replace("%", "%%")
    if any(c in quoted for c in " \t\n\"'\\><~|&;$*?#()`"):
        for c in '\\"`$':
            quoted = quoted.replace(c, "\\" + c)
        quoted = f'"{quoted}"'
    return quoted.replace("\\", "\\\\")


def desktop_entry(command: Path) -> str:
    """The ``.desktop`` file's text, starting ``command``."""
    template = (RESOURCES / "desktop" / DESKTOP_FILE).read_text("utf-8")
    # TryExec is a plain string (not quoted like Exec): only the value's own escapes apply.
    return template.replace("@EXEC@", exec_quote(str(command))).replace(
        "@TRYEXEC@", str(command).replace("\\", "\\\\")
    )


def installed_files(data: Path) -> list[Path]:
    """Every file ``install`` writes under ``data`` (``$XDG_DATA_HOME``)."""
    icons = data / "icons" / "hicolor"
    files = [
        data / "applications" / DESKTOP_FILE,
        data / "mime" / "packages" / f"{APP_ID}.xml",
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        icons / "scalable" / "mimetypes" / f"{MIME_ICON}.svg",
    ]
    for size in ICON_SIZES:
        folder = icons / f"{size}x{size}"
        files += [folder / "apps" / f"{APP_ID}.png", folder / "mimetypes" / f"{MIME_ICON}.png"]
    return files


def _sources(data: Path) -> dict[Path, Path]:
    """Installed file → the package's file it is a copy of (the .desktop file aside)."""
    icons = RESOURCES / "icons"
    sources: dict[Path, Path] = {}
    for target in installed_files(data)[1:]:
        if target.name.endswith(".xml"):
            sources[target] = RESOURCES / "desktop" / f"{APP_ID}-mime.xml"
        elif target.suffix == ".svg":
            sources[target] = icons / f"{APP_ID}.svg"
        else:
            size = target.parent.parent.name.split("x")[0]
            sources[target] = icons / f"{APP_ID}-{size}.png"
    return sources


def install(command: Path | None = None, *, refresh: bool = True) -> list[str]:
    """Install the entry, MIME type and icons for this person; the lines to report."""
    command = command or default_command()
    data = data_home()
    report = []
    entry = data / "applications" / DESKTOP_FILE
    _write(entry, desktop_entry(command).encode("utf-8"))
    for target, source in _sources(data).items():
        _write(target, source.read_bytes())
    report.append(f"Installed {entry} (starts {command}), the plan file type and the icons.")
    if _set_default(config_home() / "mimeapps.list"):
        report.append(f"Plans ({MIME_TYPE}) now open with Cluster Planner.")
    else:
        report.append(f"Plans ({MIME_TYPE}) keep the program already chosen for them.")
    if refresh:
        report += _refresh(data)
    return report


def uninstall(*, refresh: bool = True) -> list[str]:
    """Remove what ``install`` wrote (and only that); the lines to report."""
    data = data_home()
    removed = 0
    for path in installed_files(data):
        if path.exists():
            path.unlink()
            removed += 1
    _remove_default(config_home() / "mimeapps.list")
    report = [f"Removed {removed} files of Cluster Planner's desktop entry from {data}."]
    if refresh:
        report += _refresh(data)
    return report


def _write(path: Path, content: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(content)
    partial.replace(path)


def _default_line() -> str:
    return f"{MIME_TYPE}={DESKTOP_FILE};"


def _set_default(mimeapps: Path) -> bool:
    """Add plans' default program to ``mimeapps.list`` unless one is set; True if ours."""
    lines = mimeapps.read_text("utf-8").splitlines() if mimeapps.exists() else []
    group = None
    start = None
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("["):
            group = stripped
            if group == DEFAULTS_GROUP:
                start = number
        elif group == DEFAULTS_GROUP and stripped.split("=", 1)[0].strip() == MIME_TYPE:
            return stripped.split("=", 1)[1].strip().split(";")[0] == DESKTOP_FILE
    if start is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines += [DEFAULTS_GROUP, _default_line()]
    else:
        lines.insert(start + 1, _default_line())
    _write(mimeapps, ("\n".join(lines) + "\n").encode("utf-8"))
    return True


def _remove_default(mimeapps: Path) -> None:
    """Remove the line ``_set_default`` adds, and nothing else."""
    if not mimeapps.exists():
        return
    lines = mimeapps.read_text("utf-8").splitlines()
    kept = [line for line in lines if line.strip() != _default_line()]
    if kept != lines:
        _write(mimeapps, ("\n".join(kept) + "\n").encode("utf-8"))


def _refresh(data: Path) -> list[str]:
    """Let the desktop see the changes at once (each tool only where it is installed)."""
    report = []
    steps = [
        ("update-mime-database", [str(data / "mime")]),
        ("update-desktop-database", [str(data / "applications")]),
        ("gtk-update-icon-cache", ["-f", "-t", str(data / "icons" / "hicolor")]),
    ]
    for tool, arguments in steps:
        path = shutil.which(tool)
        if path is None:
            report.append(f"({tool} is not installed: the desktop sees the change at next login.)")
            continue
        subprocess.run([path, *arguments], capture_output=True, check=False)
    return report


def main(argv: Sequence[str]) -> int:
    """``install-desktop [--exec COMMAND]`` or ``uninstall-desktop``; 2 when not possible."""
    import argparse

    parser = argparse.ArgumentParser(
        prog=f"cluster-planner {argv[0] if argv else COMMANDS[0]}",
        description="Add Cluster Planner to this person's desktop menu and open plan files "
        "with it (Linux, XDG), or remove it again.",
    )
    parser.add_argument("command", choices=COMMANDS)
    parser.add_argument(
        "--exec", dest="command_path", type=Path, help="the program the menu entry starts"
    )
    options = parser.parse_args(list(argv))
    if sys.platform in ("win32", "darwin"):
        print(
            "The desktop entry is for Linux; on Windows and macOS the installer registers "
            "Cluster Planner (see docs/install.md).",
            file=sys.stderr,
        )
        return 2
    try:
        if options.command == "install-desktop":
            command = options.command_path
            if command is not None and not command.is_file():
                print(f"{command} is not a program that can be started.", file=sys.stderr)
                return 2
            lines = install(command.resolve() if command else None)
        else:
            lines = uninstall()
    except OSError as error:
        print(f"The desktop entry could not be changed: {error}", file=sys.stderr)
        return 2
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
