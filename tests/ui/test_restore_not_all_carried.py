"""Restore from a backup… when the backup is put in place but carrying what was recorded after it fails.

The core puts the backup in place, then carries into it what the database replaced held from after the
backup (erasures, consent withdrawals, records of exports). When that carrying failed (here the disk
fills up as the erasure is applied to the restored database: no file may grow past the backup's
size), the unlock window still said "Nothing was restored … The database is as it was", which was false
and dangerous: the database was the backup's, words erased since could be back in it, and the person
would restore again. The line now says the backup is in place, what could not be carried, not to
restore again and where the database as it was is kept; the restore is not offered again, and the
backup's passphrase opens the restored database. Real SQLCipher databases, a real backup, a real
erasure, a real full disk (RLIMIT_FSIZE)."""

from __future__ import annotations

from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import backups, withdrawal
from desktop.core.db import Store, open_store
from desktop.core.models import Erasure
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.disk_room import disk_room
from tests.erasure_helpers import make_study
from tests.ui.test_restore_in_the_app import (  # noqa: F401 (held: the fixture closing the windows made)
    Asked,
    click_restore,
    handed_over,
    held,
    settings_in_window,
    unlock_with,
)

T = QCoreApplication.translate


def erasures(store: Store) -> int:
    with store.session() as s:
        return len(s.scalars(select(Erasure)).all())


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_restore_whose_carrying_fails_says_the_backup_is_in_place(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        held: dict[str, Any], lang: str) -> None:  # noqa: F811 (the fixture imported above)
    pytest.importorskip("resource", reason="file-size limits are POSIX only")
    study = make_study(store)
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    assert erasures(store) == 1
    window, page = settings_in_window(manager, store, qtbot, lang)
    Asked(monkeypatch, old, PASSPHRASE)
    # Room for the backup put in place, none for the erasure written into it afterwards.
    with disk_room(old.stat().st_size):
        click_restore(page, qtbot)
        unlock = handed_over(qtbot, held)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    said = unlock.note.text()
    assert said and "\n" not in said, said
    # Not "Nothing was restored … the database is as it was": it is the backup's now.
    assert T("RestoreBackup", "The database is as it was: enter its passphrase to open it.") not in said, said
    assert not said.startswith(T("RestoreBackup", "Nothing was restored: the disk is full. Free some space, "
                                                  "then try again.")[:12]), said
    (kept,) = backups.backup_dir(store.path).glob("*-before-restore.db")
    assert kept.name in said, said  # where the database as it was (with the erasure) is kept
    if lang == "en":
        assert said.startswith("The backup was restored, but the erasures and consent withdrawals"), said
        assert "Do not restore again" in said
    assert unlock.restore_button is None or unlock.restore_button.isHidden()
    main = unlock_with(unlock, qtbot, held, PASSPHRASE)  # the backup's passphrase opens the database restored
    assert main.isVisible() and main.ctx.store.path == store.path
    kept_store = open_store(kept, PASSPHRASE, backup_before_upgrade=False)
    try:
        assert erasures(kept_store) == 1  # and the copy named holds it
    finally:
        kept_store.close()
