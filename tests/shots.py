"""Where a test saves the pictures a person looks at.

Into the test's own ``tmp_path`` (pytest keeps the last runs under its base temporary folder), or
into the folder an environment variable names when someone wants to keep them (for example
``docs/screenshots/...``). Never a fixed shared path such as ``/tmp``: parallel workers, two
checkouts or another user's run would overwrite each other's files, or be refused them.
"""

from __future__ import annotations

import os
from pathlib import Path


def shots_folder(tmp_path: Path, variable: str) -> Path:
    folder = Path(os.environ.get(variable) or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
