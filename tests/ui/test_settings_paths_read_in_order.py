"""Settings → Where your data is, and the backups folder: a database on a stick's Kurdish folder under an
Arabic name ("…/ڕاپۆرتی هەولێر/مركز البصرة.db") is shown with folder and file in their order, and what
the person copies from the line (to paste in the file manager's address bar) is the path itself. The two
right-to-left names and the separator between them made one right-to-left run: the file's name stood
where the folder's does ("…/مركز البصرة/ڕاپۆرتی هەولێر.db"). Real store, real page, real clipboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.db import Store
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.ui_helpers import pieces_left_to_right, settings_page

STICK, NAME = "ڕاپۆرتی هەولێر", "مركز البصرة"


@pytest.fixture
def stick_store(tmp_path: Path) -> Iterator[Store]:
    folder = tmp_path / "media" / STICK
    folder.mkdir(parents=True)
    store = fresh_store(folder / f"{NAME}.db", PASSPHRASE, "centre")
    yield store
    store.close()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_database_and_backups_folder_read_in_order_and_copy_as_they_are(
        stick_store: Store, make_ctx: Any, qtbot: QtBot, lang: str) -> None:
    page = settings_page(make_ctx(stick_store), qtbot, lang)
    path, folder = stick_store.path, backups.backup_dir(stick_store.path)
    for label, shown, pieces in ((page.database_path, path, ["media", STICK, NAME, ".db"]),
                                 (page.backups_box.folder, folder, ["media", STICK, NAME, ".db.backups"])):
        assert pieces_left_to_right(label, label.text(), pieces) == pieces, label.text()
        QGuiApplication.clipboard().clear()
        label.setFocus()
        label.setSelection(0, len(label.text()))
        qtbot.keySequence(label, QKeySequence.StandardKey.Copy)
        assert QGuiApplication.clipboard().text() == str(shown)  # no invisible mark pasted into a name
        assert label.layoutDirection() == Qt.LayoutDirection.LeftToRight
