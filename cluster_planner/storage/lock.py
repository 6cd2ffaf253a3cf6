"""The edit lock: a small file beside the plan that says who is editing it.

On one computer the lock is an OS file lock (``flock``) on that file, which the
system releases when a process ends, so a crashed process leaves a lock that the
next opener recognises as stale and takes over. The file's text names the holder
(user, host, process, since when) for the message another opener sees. A lock left
by another computer (a plan on a shared drive or a USB stick) cannot be checked
from here: the opener is told who holds it and may open read-only or take over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
from pathlib import Path

from cluster_planner.domain.errors import LockOwner, PlanFileLocked

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def lock_path_for(plan_path: Path) -> Path:
    """The lock file of a plan: ``name.clusterplan.lock`` beside it."""
    return plan_path.with_name(plan_path.name + ".lock")


def _me() -> LockOwner:
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors without a login name
        user = "unknown"
    return LockOwner(
        user=user,
        host=socket.gethostname(),
        pid=os.getpid(),
        since=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )


def read_owner(lock_path: Path) -> LockOwner | None:
    """The holder named in a lock file, or None when it names nobody readable."""
    try:
        data = json.loads(lock_path.read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class PlanLock:
    """A held edit lock; ``release()`` gives it up."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, plan_path: Path, take_over: bool = False) -> PlanLock:
        """Take the lock of ``plan_path`` or raise PlanFileLocked naming the holder."""
        path = lock_path_for(plan_path)
        me = _me()
        fd = cls._open_locked(path, plan_path, me, take_over)
        try:
            owner = read_owner(path)
            if owner is not None and not take_over:
                # We hold the OS lock, so no process on this computer holds the plan:
                # a lock from this host is stale. One from another host may be live.
                if owner.host != me.host:
                    raise PlanFileLocked(str(plan_path), owner, same_host=False)
                if fcntl is None and owner.pid != me.pid and _pid_alive(owner.pid):
                    raise PlanFileLocked(str(plan_path), owner, same_host=True)
            data = json.dumps(
                {"user": me.user, "host": me.host, "pid": me.pid, "since": me.since}
            ).encode("utf-8")
            os.ftruncate(fd, 0)
            os.pwrite(fd, data, 0)
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        return cls(path, fd)

    @staticmethod
    def _open_locked(path: Path, plan_path: Path, me: LockOwner, take_over: bool) -> int:
        """Open the lock file and hold its OS lock (where the OS has one)."""
        while True:
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            except PermissionError:
                if not path.exists():
                    raise  # the folder is write-protected
                # A lock file another user left: replaced when nobody holds it any more.
                PlanLock._remove_if_stale(path, plan_path, me, take_over)
                continue
            if fcntl is None:
                return fd
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                owner = read_owner(path) or LockOwner("unknown", me.host, 0, "")
                raise PlanFileLocked(str(plan_path), owner, same_host=True) from None
            try:
                same_file = os.fstat(fd).st_ino == os.stat(path).st_ino
            except FileNotFoundError:
                same_file = False
            if same_file:
                return fd
            # The holder released (and removed) the file between our open and lock.
            os.close(fd)

    @staticmethod
    def _remove_if_stale(path: Path, plan_path: Path, me: LockOwner, take_over: bool) -> None:
        """Remove a lock file this user may not write once sure no process holds it.

        Raises PlanFileLocked when a process on this computer holds it, or when it names
        another computer (unless ``take_over``), and PermissionError when the file cannot
        be read or removed (the folder forbids it).
        """
        fd = os.open(path, os.O_RDONLY)
        try:
            owner = read_owner(path)
            if owner is not None and owner.host != me.host and not take_over:
                raise PlanFileLocked(str(plan_path), owner, same_host=False)
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    owner = read_owner(path) or LockOwner("unknown", me.host, 0, "")
                    raise PlanFileLocked(str(plan_path), owner, same_host=True) from None
            else:  # pragma: no cover - Windows
                owner = read_owner(path)
                if owner is not None and _pid_alive(owner.pid):
                    raise PlanFileLocked(str(plan_path), owner, same_host=True)
            path.unlink()
        finally:
            os.close(fd)

    def release(self) -> None:
        """Give the lock up and remove the lock file."""
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        """True until ``release()``."""
        return self._fd is not None


def stale_lock_beside(plan_path: Path) -> bool:
    """True when a lock file lies beside the plan and no process on this computer holds it:
    the plan was copied or left while it was open (a copy taken with its folder, a crash)."""
    path = lock_path_for(plan_path)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        if fcntl is None:  # pragma: no cover - Windows
            owner = read_owner(path)
            return owner is None or not _pid_alive(owner.pid)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    finally:
        os.close(fd)
