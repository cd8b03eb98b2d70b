"""Write a whole file or nothing: a crash mid-write never leaves a half bundle or key file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike[str], data: bytes, *, mode: int = 0o600) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same directory and ``os.replace``.

    The temporary file lives beside the target so the rename stays on one file system (atomic);
    ``mkstemp`` creates it private (0600) so key material is never readable by others, even briefly.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".majlis-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    return target
