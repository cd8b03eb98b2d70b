"""A database in a folder that takes no new file (a write-protected USB stick, a CD, a shared folder)
was told at unlock "The database is on a read-only disk or folder.": no folder named, no way on. The
unlock window names the folder and says what to do (copy the database to a folder that can be
written to, or have this one made writable), in one translated line; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.ui.app import show_unlock
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest
from tests.readonly_folder import read_only
from tests.stores import fresh_store  # create_store's database, copied from a template made once per process

ENGLISH = ("Majlis cannot write in the database's folder, %1: it writes a small file beside the database while it "
           "is open. Copy the database to a folder you can write to, such as the Majlis data folder, and open it "
           "from there, or ask whoever helps you to make this folder writable.")


@pytest.mark.parametrize("lang", ["en", "ckb", "ar"])
def test_a_read_only_folder_is_named_with_what_to_do(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                     lang: str) -> None:
    folder = tmp_path / "USB" / "بوخچەی هەولێر"
    folder.mkdir(parents=True)
    path = folder / "field.db"
    fresh_store(path, PASSPHRASE, "Erbil laptop").close()
    for sidecar in folder.glob("field.db?*"):
        sidecar.unlink()
    manager.set_language(lang)
    holder: dict[str, object] = {}
    window = show_unlock(path, manager, holder)
    qtbot.addWidget(window)
    before = digest(path)
    with read_only(folder):
        qtbot.keyClicks(window.passphrase, PASSPHRASE)
        window.submit()
        qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
        said = window.error.error()
    assert said == QCoreApplication.translate("UnlockWidget", ENGLISH).replace("%1", shown_path(folder)), said
    assert shown_path(folder) in said and "\n" not in said
    assert "main" not in holder and digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["field.db"]  # nothing written beside it
    assert window.passphrase.text() == PASSPHRASE  # kept, to try again once the database is moved
