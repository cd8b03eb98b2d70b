"""Where a test saves the pictures a person looks at.

Into the test's own ``tmp_path`` (pytest keeps the last runs under its base temporary folder), or
into the folder an environment variable names when someone wants to keep them (for example
``docs/screenshots/...``). Never a fixed shared path such as ``/tmp``: parallel workers, two
checkouts or another user's run would overwrite each other's files, or be refused them.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def shots_folder(tmp_path: Path, variable: str) -> Path:
    folder = Path(os.environ.get(variable) or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def private_folders(tmp_path: Path) -> list[str]:
    """The folders a picture must never name: the test's own, the system's temporary one, the home."""
    return [str(tmp_path), str(tmp_path.resolve()), tempfile.gettempdir(), str(Path.home())]


def private_paths(root: QWidget, folders: list[str]) -> list[str]:
    """Every text shown under ``root`` (labels, buttons, titles, fields) that names one of ``folders``:
    a picture of it would show where a test ran (/tmp/pytest-of-…), not where a person keeps things."""
    from PySide6.QtWidgets import QLineEdit

    from tests.i18n.test_i18n_screens import texts

    # A tooltip is not in a picture; one naming the file's folder (the unlock window's) is what it is for.
    shown = [text for where, text in texts(root) if not where.endswith("tooltip")]
    shown += [edit.text() for edit in root.findChildren(QLineEdit)]
    return [text for text in shown if any(folder in text for folder in folders if folder)]


_LOOK: list[Path] = []


def look_folder() -> Path:
    """Where a test leaves pictures for a person to look at, when it has no ``tmp_path`` at hand: the
    folder MAJLIS_SHOTS names, or one private folder of this test process (made on first use). Never a
    fixed path such as /tmp/shots: two runs would overwrite, or be refused, each other's files."""
    if not _LOOK:
        named = os.environ.get("MAJLIS_SHOTS")
        _LOOK.append(Path(named) if named else Path(tempfile.mkdtemp(prefix="majlis-shots-")))
        _LOOK[0].mkdir(parents=True, exist_ok=True)
    return _LOOK[0]
