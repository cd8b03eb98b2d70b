"""The unlock window where the database lives badly (issue 11): a synced folder is said before the
passphrase, translated; a read-only folder and a newer database are one translated line."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import open_store
from desktop.core.synced_folder import WARNING
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only
from tests.stores import fresh_store  # create_store's database, copied from a template made once per process


@pytest.fixture(autouse=True)
def no_onedrive_variables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def unlock_window(path: Path, qtbot: QtBot) -> UnlockWidget:
    window = UnlockWidget(lambda passphrase: open_store(path, passphrase), path)
    qtbot.addWidget(window)
    return window


def submit(window: UnlockWidget, qtbot: QtBot) -> str:
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    return window.error.error()


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_synced_folder_is_said_before_the_passphrase(tmp_path: Path, qtbot: QtBot, language: LanguageManager,
                                                       lang: str) -> None:
    path = tmp_path / "OneDrive - Tammuz" / "field.db"
    window = unlock_window(path, qtbot)
    language.set_language(lang)
    window.retranslate()
    note = window.synced_note.text()
    assert not window.synced_note.isHidden() and "OneDrive" in note
    assert str(tmp_path / "data" / "Majlis" / "Majlis") in note  # the folder it recommends
    english = WARNING.split("{service}")[0]
    assert (english in note) == (lang == "en"), note  # translated in Arabic and Kurdish


def test_an_ordinary_folder_shows_no_warning(tmp_path: Path, qtbot: QtBot, language: LanguageManager) -> None:
    window = unlock_window(tmp_path / "داتای کۆبوونەوە" / "field.db", qtbot)
    assert window.synced_note.isHidden() and window.synced_service is None


def test_a_read_only_folder_is_one_translated_line(tmp_path: Path, qtbot: QtBot, language: LanguageManager) -> None:
    folder = tmp_path / "بوخچەی تەنها خوێندنەوە"
    folder.mkdir()
    fresh_store(folder / "field.db", PASSPHRASE, "laptop").close()
    for sidecar in folder.glob("field.db?*"):
        sidecar.unlink()
    window = unlock_window(folder / "field.db", qtbot)
    language.set_language("ckb")
    with read_only(folder):
        error = submit(window, qtbot)
    assert error and "\n" not in error
    assert error != "The database is on a read-only disk or folder." and "read-only" not in error  # Kurdish
    assert window.passphrase.text() == PASSPHRASE  # kept, to try again once the file is moved


def test_a_newer_database_asks_to_update_majlis_in_arabic(tmp_path: Path, qtbot: QtBot,
                                                          language: LanguageManager) -> None:
    path = tmp_path / "مجلس البصرة.db"
    store = fresh_store(path, PASSPHRASE, "laptop")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    window = unlock_window(path, qtbot)
    language.set_language("en")
    assert submit(window, qtbot) == (
        "This database was written by a newer version of Majlis. Update Majlis to open it.")
    language.set_language("ar")
    error = submit(window, qtbot)
    assert error and "Majlis" not in error and "\n" not in error


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_cut_short_database_is_not_called_a_wrong_passphrase(tmp_path: Path, qtbot: QtBot,
                                                               language: LanguageManager, lang: str) -> None:
    """A database file cut short (copied back from a stick that was pulled out) with the right
    passphrase: the window said 'Wrong passphrase', and the facilitator, sure of it, was locked out."""
    whole = tmp_path / "whole.db"
    fresh_store(whole, PASSPHRASE, "laptop").close()
    path = tmp_path / "ناوەندی هەولێر.db"
    path.write_bytes(whole.read_bytes()[:40_000])
    window = unlock_window(path, qtbot)
    language.set_language("en")
    wrong = window.tr("Wrong passphrase. Check the keyboard language and Caps Lock, and try again.")
    language.set_language(lang)
    window.passphrase.setText(PASSPHRASE + "x")
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    wrong_here = window.error.error()
    error = submit(window, qtbot)
    assert error and "\n" not in error and error != wrong_here, error
    assert ("damaged" in error) == (lang == "en"), error  # translated in Arabic and Kurdish
    assert wrong == "Wrong passphrase. Check the keyboard language and Caps Lock, and try again."
