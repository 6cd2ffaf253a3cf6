"""Writing an export: to a temporary file beside the target, then renamed over it."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


def write_whole(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all; raises OSError when it cannot.

    The bytes go to a hidden temporary file in the same folder, reach the disk, and then
    replace ``path`` in one rename, so a failed or interrupted export never leaves half a
    file (nor spoils an earlier export of the same name). A write-protected file of that
    name is refused, as a save dialog would, rather than silently replaced by the rename.
    """
    if path.exists() and not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, "the file is write-protected", str(path))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        # mkstemp makes the file private (0600); an export is shared like any new file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path
