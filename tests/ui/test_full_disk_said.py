"""A laptop whose disk is full: the unlock window and the first-run wizard say so, and what to do.

SQLite keeps a small shared-memory file beside a database in WAL mode and makes it at the first
read; on a full disk that file cannot grow and SQLite reports a plain I/O error (SQLITE_IOERR), not
SQLITE_FULL. The unlock window then said "The disk reported a problem while opening the database.",
and the facilitator, whose passphrase and database were fine, had no idea that freeing some space
was all it took. An I/O error on a disk with no room left is now said as a full disk ("The disk is
full. Free some space and try again."), and once there is room the same passphrase opens it.

A real full disk: a 2 MB tmpfs filled to its last byte (needs root; skipped where it cannot be mounted).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import backups, migrate
from desktop.core.db import create_store, open_store
from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

DISK_FULL = "The disk is full. Free some space and try again."


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    """A small disk of its own (2 MB), unmounted after the test."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"no tmpfs could be mounted here: {made.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave: int = 0) -> Path:
    """Take the disk's last free byte (SQLite's own files beside the database can then not grow), or
    all but ``leave`` bytes."""
    filler = disk / "filler"
    with open(filler, "ab", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    if leave:
        os.truncate(filler, filler.stat().st_size - leave)
    return filler


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_the_unlock_window_says_the_disk_is_full(lang: str, disk: Path, manager: LanguageManager,
                                                 qtbot: QtBot) -> None:
    path = disk / "majlis.db"
    create_store(path, PASSPHRASE, "لاپتۆپی هەولێر").close()
    filler = fill(disk)
    manager.set_language(lang)
    window = UnlockWidget(lambda passphrase: open_store(path, passphrase), path)
    qtbot.addWidget(window)
    window.show()
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    said = window.error.error()
    assert said == QCoreApplication.translate("UnlockWidget", DISK_FULL) != DISK_FULL, said
    assert window.passphrase.text() == PASSPHRASE  # kept, to try again once there is room

    filler.unlink()  # room made: the same passphrase opens it
    with qtbot.waitSignal(window.unlocked, timeout=30_000) as opened:
        window.submit()
    opened.args[0].close()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_an_upgrade_whose_backup_finds_no_room_says_the_disk_is_full(lang: str, disk: Path, manager: LanguageManager,
                                                                     qtbot: QtBot) -> None:
    """A database of an older Majlis is backed up before its upgrade; on a disk with too little room
    for that copy the unlock window said "The disk reported a problem while opening the database."."""
    path = disk / "majlis.db"
    older = fresh_store(path, PASSPHRASE, "لاپتۆپی هەولێر")
    migrate.downgrade(older.engine, "0009_rejected_devices")
    older.close()
    filler = fill(disk, leave=100 * 1024)  # room to open it, not for a copy of it
    manager.set_language(lang)
    window = UnlockWidget(lambda passphrase: open_store(path, passphrase), path)
    qtbot.addWidget(window)
    window.show()
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    said = window.error.error()
    assert said == QCoreApplication.translate("UnlockWidget", DISK_FULL) != DISK_FULL, said
    assert [p.name for p in backups.backup_dir(path).iterdir()] == []  # no copy cut short left behind

    filler.unlink()  # room made: the copy, then the upgrade
    with qtbot.waitSignal(window.unlocked, timeout=60_000) as opened:
        window.submit()
    opened.args[0].close()
    assert len(list(backups.backup_dir(path).iterdir())) == 1  # the copy made before the upgrade


def test_the_wizard_says_the_disk_is_full(disk: Path, manager: LanguageManager, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_a: said.append(text))
    manager.set_language("ckb")
    data = disk / "Majlis"
    data.mkdir()
    wizard = FirstRunWizard(manager, data)
    qtbot.addWidget(wizard)
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.device_page.name.setText("لاپتۆپی هەولێر")
    wizard.show()
    filler = fill(disk)
    wizard.accept()  # Finish
    qtbot.waitUntil(lambda: not wizard.creating, timeout=30_000)
    assert said == [QCoreApplication.translate("UnlockWidget", DISK_FULL)]
    assert sorted(p.name for p in data.iterdir() if not p.name.endswith(".lock")) == []

    filler.unlink()
    made: list[object] = []
    wizard.finishedWith.connect(lambda store, _demo: made.append(store))
    wizard.accept()
    qtbot.waitUntil(lambda: bool(made), timeout=30_000)
    made[0].close()  # type: ignore[attr-defined]
    assert (data / "majlis.db").is_file()
