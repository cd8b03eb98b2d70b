"""Settings files are upgraded by version, once, in order; a newer file is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.ui import settings_store
from desktop.ui.settings_store import LAST_DB, SETTINGS_VERSION, VERSION_KEY, SettingsStore


def _ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "majlis.ini"), QSettings.Format.IniFormat)


def test_an_unversioned_file_is_brought_to_the_current_version_once(tmp_path: Path) -> None:
    qs = _ini(tmp_path)
    qs.setValue("language", "ckb")
    store = SettingsStore(qs)
    assert store.version == 0
    assert store.upgrade() == list(range(1, SETTINGS_VERSION + 1))
    assert SettingsStore(_ini(tmp_path)).version == SETTINGS_VERSION  # written to the file
    assert store.upgrade() == []  # nothing runs twice
    assert store.language == "ckb"  # the values themselves are kept


def test_hooks_run_in_version_order_from_the_files_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[int] = []

    def rename_last_db(qs: QSettings) -> None:  # what a real layout change would look like
        ran.append(3)
        qs.setValue(LAST_DB.key, qs.value("last_database", ""))
        qs.remove("last_database")

    upgrades = {1: lambda qs: ran.append(1), 2: lambda qs: ran.append(2), 3: rename_last_db}
    monkeypatch.setattr(settings_store, "UPGRADES", upgrades)
    qs = _ini(tmp_path)
    qs.setValue(VERSION_KEY, 1)
    qs.setValue("last_database", "/data/field.db")
    store = SettingsStore(qs)
    assert store.upgrade() == [2, 3] and ran == [2, 3]
    assert store.get(LAST_DB) == "/data/field.db" and store.version == 3


def test_a_file_from_a_newer_majlis_is_not_downgraded(tmp_path: Path) -> None:
    qs = _ini(tmp_path)
    qs.setValue(VERSION_KEY, SETTINGS_VERSION + 5)
    qs.setValue("idle_lock_minutes", "junk")
    store = SettingsStore(qs)
    assert store.upgrade() == []
    assert store.version == SETTINGS_VERSION + 5
    assert store.idle_lock_minutes == 10  # still validated on reading
