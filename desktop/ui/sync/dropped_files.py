"""Files dragged onto the Sync page: which it takes, from their names alone (the drag waits for the
answer); what each file is, and which are passed over, is read on the DB worker once they are dropped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent

from desktop.sync.sniff import is_team_update_file, may_be_bundle


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files and folders a drag carries (none for a web link or text)."""
    mime = event.mimeData()
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime.hasUrls() else []


def taken(paths: list[Path], *, coordinator: bool) -> str:
    """Whether the page takes ``paths`` dragged over it, from the first one it takes: "folder" (a USB
    stick, searched on the worker: for bundles at the centre, for team updates on a laptop), "file",
    or "" (none). The drag waits for the answer,
    so it stops at the first: a bundle's name or a folder is known without reading the file; what
    each file is, and which are passed over, is read on the worker once they are dropped."""
    for path in paths:
        if path.is_dir():  # a USB stick: searched for bundles at the centre, for team updates on a laptop
            return "folder"
        # A laptop takes team update files (and says what else came with them).
        if may_be_bundle(path) and (coordinator or path.is_file() and is_team_update_file(path)):
            return "file"
    return ""
