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


def as_if_written_in(root: QWidget, written: Path, folder: str) -> None:
    """The lines on screen under ``root`` that name ``written`` (a file a test wrote in its own folder:
    an export's done line names the whole path) name it in ``folder`` instead (``E:\\Majlis``, where a
    person keeps it), for a picture: in the lists' lines (said again the same way after a language
    switch), the labels and the status bar's message. What the line says is checked before, not hidden."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QListWidget, QStatusBar, QWidget

    from desktop.i18n.invisible import WORD_JOINER, ZWSP

    stand_in = f"{folder}\\{written.name}"

    def moved(text: str) -> str:
        for real in {str(written), str(written.resolve())}:
            text = text.replace(real, stand_in)
        return text

    say = Qt.ItemDataRole.UserRole + 1  # how a Sync results line is said again (desktop/ui/sync/results_log.py)
    for view in [root, *root.findChildren(QWidget)]:
        if isinstance(view, QListWidget):
            for row in range(view.count()):
                item = view.item(row)
                line = item.data(say)
                if callable(line):
                    item.setData(say, lambda line=line: moved(line()))
                item.setText(moved(item.text()))
        elif isinstance(view, QLabel):  # the status bar's long line too: its path breakable (invisible marks)
            plain = view.text().replace(WORD_JOINER, "").replace(ZWSP, "")
            if str(written.parent) in plain:
                view.setText(moved(plain))
                view.setAccessibleName(moved(view.accessibleName()))
        elif isinstance(view, QStatusBar) and view.currentMessage():
            view.showMessage(moved(view.currentMessage()))


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
