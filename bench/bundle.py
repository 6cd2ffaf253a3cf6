"""The bundle against the virtual environment: start-up, first run and size.

Run after ``./dev bundle``::

    .venv/bin/python -m bench.bundle [dist/cluster-planner]

Each start is a fresh process timed, as in ``bench/startup.py``, from just before it is
spawned to the marks it prints (``CLUSTER_PLANNER_STARTUP_PROBE=1``): ``first_paint``
(the main window on screen) and ``ready`` (the demo plan's Cluster page shown). The
venv's start is ``.venv/bin/cluster-planner --demo``, the bundle's
``dist/cluster-planner/cluster-planner --demo``; runs alternate, medians of 9.

*First start*: each with settings and data folders never used (the demo template is
built once), the bundle's right after it was built, before any other start of it, so
the system has not yet read its files (nearest to a facilitator's first double-click
that can be had without emptying the machine's file cache).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

from bench.startup import _run

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 1.5  # the bundle's start over the venv's


def _size(folder: Path) -> int:
    """Bytes on disk, each file once (the bundle links some libraries under two names)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def measure(bundle: Path, runs: int = 9) -> dict[str, float]:
    venv = [str(ROOT / ".venv" / "bin" / "cluster-planner"), "--demo"]
    frozen = [str(bundle / "cluster-planner"), "--demo"]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["CLUSTER_PLANNER_STARTUP_PROBE"] = "1"
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as first_home, tempfile.TemporaryDirectory() as other:
        for name, command, home in (("bundle", frozen, first_home), ("venv", venv, other)):
            marks = _run(command, dict(env, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home))
            results[f"{name}_first_start_first_paint_s"] = marks["first_paint"]
            results[f"{name}_first_start_ready_s"] = marks["ready"]
    samples: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as home:
        env.update(XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        _run(venv, env)  # the demo template, built once for both
        for _ in range(runs):
            for name, command in (("venv", venv), ("bundle", frozen)):
                marks = _run(command, env)
                samples.setdefault(f"{name}_first_paint_s", []).append(marks["first_paint"])
                samples.setdefault(f"{name}_ready_s", []).append(marks["ready"])
    results.update({key: statistics.median(values) for key, values in samples.items()})
    results["first_paint_ratio"] = results["bundle_first_paint_s"] / results["venv_first_paint_s"]
    results["ready_ratio"] = results["bundle_ready_s"] / results["venv_ready_s"]
    results["bundle_mb"] = _size(bundle) / 1e6
    return results


def main(argv: list[str]) -> int:
    bundle = Path(argv[0] if argv else ROOT / "dist" / "cluster-planner").resolve()
    if not (bundle / "cluster-planner").is_file():
        print(f"no bundle in {bundle}: run ./dev bundle first", file=sys.stderr)
        return 2
    results = measure(bundle)
    for key, value in results.items():
        print(f"{key}: {value:.3f}")
    within = results["first_paint_ratio"] <= BUDGET and results["ready_ratio"] <= BUDGET
    print(f"bundle start ≤ {BUDGET}× the venv's: {'yes' if within else 'NO'}")
    return 0 if within else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
