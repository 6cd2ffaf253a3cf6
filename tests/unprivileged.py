"""Permission tests run as an ordinary user, also where the tests run as root (CI).

Root reads and writes every file whatever its mode, so a test of "this file is
write-protected" proves nothing as root. These helpers run the part of a test that meets
the permissions in a child process as the unprivileged user ``nobody`` (through
``setpriv``, or ``runuser``), in a folder that user owns; run as anyone else, the child
simply runs as that user.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

USER = "nobody"


def _drop() -> list[str]:
    """The command prefix that runs a program as ``USER`` (empty when not root)."""
    if os.geteuid() != 0:
        return []
    try:
        user = pwd.getpwnam(USER)
    except KeyError:
        pytest.skip(f"there is no {USER!r} user to run the permission test as")
    setpriv = shutil.which("setpriv")
    if setpriv:
        return [
            setpriv,
            f"--reuid={user.pw_uid}",
            f"--regid={user.pw_gid}",
            "--clear-groups",
            "--",
        ]
    runuser = shutil.which("runuser")
    if runuser:
        return [runuser, "-u", USER, "--"]
    pytest.skip("neither setpriv nor runuser is installed to drop root's privileges")


def owned_folder() -> Iterator[Path]:
    """A new folder the unprivileged user owns and may reach (removed afterwards)."""
    folder = Path(tempfile.mkdtemp(prefix="cluster-planner-perm-"))
    os.chmod(folder, 0o755)
    if os.geteuid() == 0:
        user = pwd.getpwnam(USER)
        os.chown(folder, user.pw_uid, user.pw_gid)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                os.chmod(path, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def run_as_user(
    args: Sequence[str], cwd: Path, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    """Run ``args`` as the unprivileged user in ``cwd``; return what it printed."""
    env = {**os.environ, "HOME": str(cwd)}
    # Files only root may read (its temporary fontconfig, a cache) would just be refused.
    env.pop("FONTCONFIG_FILE", None)
    return subprocess.run(
        [*_drop(), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def python_as_user(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run Python ``code`` (dedented) as the unprivileged user; an assertion that fails in it
    fails the test with the child's output."""
    result = run_as_user([sys.executable, "-B", "-c", textwrap.dedent(code)], cwd)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def cli_as_user(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``cluster-planner ARGS`` run as the unprivileged user."""
    return run_as_user([sys.executable, "-B", "-m", "cluster_planner", *args], cwd)


def as_user(path: Path) -> None:
    """Give ``path`` (made by the test, perhaps as root) to the unprivileged user."""
    if os.geteuid() == 0:
        user = pwd.getpwnam(USER)
        os.chown(path, user.pw_uid, user.pw_gid)
