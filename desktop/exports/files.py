"""Writing an export: a private temporary file beside the target, renamed into place at the end."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_file_atomically(path: Path, data: bytes) -> Path:
    """The whole file or nothing under ``path``: the temporary file is removed on every error."""
    fd, tmp = tempfile.mkstemp(prefix=".majlis-export-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.remove(tmp)
        raise
    return path
