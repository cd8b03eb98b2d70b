"""A database of an older Majlis whose backups folder cannot be written (write-protected, or made by
another account): the upgrade makes a backup first, and cannot. The unlock window said only 'The
database could not be opened.' (a PermissionError from the backup's temporary file, unexplained); it
now says why, translated, and majlis-cli says it of the folder. Nothing is changed either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import backups, migrate
from desktop.core.db import make_engine
from desktop.ui.app import show_unlock
from desktop.ui.qt_i18n import LanguageManager
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest
from tests.readonly_folder import read_only
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")

ENGLISH = ("This database must be upgraded for this version of Majlis, and a backup of it is made first, but the "
           "backups folder beside it cannot be written to. Nothing was changed. Ask whoever helps you to make "
           "that folder writable, and try again.")


def _older(path: Path) -> Path:
    store = fresh_store(path, PASSPHRASE, "Basra laptop")
    migrate.downgrade(store.engine, "0009_rejected_devices")
    store.close()
    backups.backup_dir(path).mkdir()
    return path


def _revision(path: Path) -> str | None:
    engine = make_engine(path, PASSPHRASE)
    try:
        return migrate.current_revision(engine)
    finally:
        engine.dispose()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_unlock_window_says_why(manager: LanguageManager, qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    path = _older(tmp_path / "field.db")
    manager.set_language(lang)
    holder: dict[str, object] = {}
    window = show_unlock(path, manager, holder)
    qtbot.addWidget(window)
    before = digest(path)
    with read_only(backups.backup_dir(path)):
        window.passphrase.setText(PASSPHRASE)
        window.submit()
        qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert "main" not in holder
    said = window.error.error()
    assert said == QCoreApplication.translate("UnlockWidget", ENGLISH) and said != ENGLISH
    assert digest(path) == before and _revision(path) == "0009_rejected_devices"


def test_majlis_cli_names_the_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _older(tmp_path / "field.db")
    folder = backups.backup_dir(path)
    with read_only(folder):
        code, out, err = run(capsys, "status", "--db", path)
    assert code == 4 and out == ""
    assert err.count("\n") == 1 and str(folder.absolute()) in err and "must be upgraded" in err, err
    assert ".majlis-" not in err  # not the hidden temporary file the backup starts with
    assert _revision(path) == "0009_rejected_devices"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_a_file_where_the_backups_folder_goes_is_said(manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                      lang: str) -> None:
    """A file of the backups folder's name: the unlock window said "The disk reported a problem while
    opening the database.", which named neither the file nor a way on."""
    path = _older(tmp_path / "field.db")
    there = backups.backup_dir(path)
    there.rmdir()
    there.write_text("notes", encoding="utf-8")
    manager.set_language(lang)
    holder: dict[str, object] = {}
    window = show_unlock(path, manager, holder)
    qtbot.addWidget(window)
    before = digest(path)
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=60_000)
    assert "main" not in holder
    said = window.error.error()
    assert said and "\n" not in said and ("Move or rename that file" in said) == (lang == "en"), said
    assert said != QCoreApplication.translate("UnlockWidget", "The disk reported a problem while opening the database.")
    assert digest(path) == before and _revision(path) == "0009_rejected_devices"
    assert there.read_text(encoding="utf-8") == "notes"
