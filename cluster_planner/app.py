"""Composition root: parse the command line, then run a headless command or the app.

Kept light on purpose: nothing heavy is imported before the window is on screen.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cluster_planner import __version__

if TYPE_CHECKING:
    import argparse

HEADLESS_COMMANDS = frozenset(
    {"new", "dump", "check", "import-swot", "revisions", "diff", "export"}
)
# Linux: add or remove the menu entry and plan file type for this person (desktop.py).
DESKTOP_COMMANDS = frozenset({"install-desktop", "uninstall-desktop"})


def _gui_arguments(argv: Sequence[str]) -> argparse.Namespace:
    import argparse

    parser = argparse.ArgumentParser(
        prog="cluster-planner",
        description=(
            "Plan an industrial cluster initiative: SWOT, vision, action plan, timeline "
            "and roadmap. Without FILE the welcome screen opens. Headless commands: "
            + ", ".join(sorted(HEADLESS_COMMANDS))
            + " (cluster-planner COMMAND --help)."
        ),
    )
    parser.add_argument("file", nargs="?", help="a .clusterplan file to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the demo plan")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run Cluster Planner with ``argv`` (default: the process's arguments)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in HEADLESS_COMMANDS:
        from cluster_planner.cli import main as cli_main

        return cli_main(args)
    if args and args[0] in DESKTOP_COMMANDS:
        from cluster_planner.desktop import main as desktop_main

        return desktop_main(args)
    if args in ([], ["--demo"]) or (len(args) == 1 and not args[0].startswith("-")):
        # The everyday launches need no parser (argparse costs a noticeable slice of start-up).
        demo = args == ["--demo"]
        file = None if demo or not args else args[0]
    else:
        options = _gui_arguments(args)
        demo, file = options.demo, options.file
    from cluster_planner.ui.application import run

    return int(run(file=file, demo=demo))
