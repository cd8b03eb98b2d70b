"""Paths as deep as a coordinator's folders make them: folder after folder named in Arabic, to a given
length in UTF-8 bytes (SQLite on Linux and macOS takes a database's path of at most 504)."""

from __future__ import annotations

from pathlib import Path

FOLDER = "مشروع المجالس المجتمعية في البصرة"  # 33 letters, 62 bytes


def deep_path(tmp_path: Path, name: str, length: int) -> Path:
    """``name`` in folders made under ``tmp_path`` of ``FOLDER``s (the last one shortened, in Kurdish
    letters), its whole path ``length`` bytes long in UTF-8."""
    folder = tmp_path.resolve()
    while len(str(folder / FOLDER / FOLDER / name).encode()) <= length:
        folder /= FOLDER
    rest = length - len(str(folder / "" / name).encode()) - 1  # what the last folder's name takes
    folder /= "ە" * (rest // 2) + "x" * (rest % 2)
    folder.mkdir(parents=True)
    path = folder / name
    assert len(str(path).encode()) == length
    return path
