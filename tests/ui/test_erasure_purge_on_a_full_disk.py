"""The app, when the purge after an erasure finds the disk full (see tests/cli/test_erasure_on_a_full_disk.py
for the command line).

The erasure is committed first, then the file is rebuilt so that the erased bytes leave it; a full disk
refuses the rebuild. The Consent page then said "… the disk refused the write; nothing was erased",
which was false (the participant was erased), and nothing in the app ever purged the file afterwards:
the erased words' bytes stayed in it. Now the line says what was erased and that the file is cleared
at the next start, and every start tries the purge left pending (a real tmpfs disk, real SQLCipher
stores; root only).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.erasure import mark_purge_pending
from desktop.core.erasure_file import purge_pending
from desktop.ui import pending_purge
from desktop.ui.app import make_context
from desktop.ui.consent import withdrawal_flow
from desktop.ui.consent.withdraw_dialog import WithdrawDialog
from desktop.ui.qt_i18n import LanguageManager
from tests.cli.test_erasure_on_a_full_disk import ROOM, fill_to, small_disk
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import leaks, make_study, raw_pages
from tests.stores import fresh_store
from tests.ui_helpers import main_window

NOT_PURGED = ("The disk refused to clear the erased words out of the database file (it is full or read-only): "
              "free some space; Majlis clears them when it next starts.")
ERASED = "Erased what %1 said, their signatures and their identity."


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_a_withdrawal_whose_purge_finds_the_disk_full_says_what_was_erased_and_a_start_purges(
        tmp_path: Path, qtbot: QtBot, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    with small_disk(tmp_path / "laptop") as laptop:
        db = laptop / "field.db"
        store = fresh_store(db, PASSPHRASE, "Basra laptop 2")
        try:
            study = make_study(store)
            manager.set_language(lang)
            ctx = make_context(store, manager)
            window = QMainWindow()  # a status bar to speak in, as the main window's
            qtbot.addWidget(window)
            monkeypatch.setattr(WithdrawDialog, "ask", staticmethod(lambda *_a, **_k: (dt.date.today(), "all", "")))
            fill_to(laptop, ROOM)
            said: list[object] = []
            assert withdrawal_flow.start(ctx, window, study.withdrawn, study.pseudonym, said.append)
            qtbot.waitUntil(lambda: bool(said), timeout=30_000)
            words = said[-1]
            line = words() if callable(words) else str(words)
            erased = QCoreApplication.translate("WithdrawalFlow", ERASED).replace("%1", study.pseudonym)
            not_purged = QCoreApplication.translate("PendingPurge", NOT_PURGED)
            assert line == f"{erased} {not_purged}", line  # what was erased, not "nothing was erased"
            if lang == "ckb":  # in the window's language
                assert erased != ERASED.replace("%1", study.pseudonym) and not_purged != NOT_PURGED
            assert purge_pending(store)

            pending_purge.finish_at_start(ctx, window)  # a start while the disk is still full: said
            qtbot.waitUntil(lambda: window.statusBar().currentMessage() == not_purged, timeout=30_000)
            assert ctx.tasks.drain(30_000) and purge_pending(store)

            fill_to(laptop, 0)  # room again: the next start purges
            pending_purge.finish_at_start(ctx, window)
            qtbot.waitUntil(lambda: not purge_pending(store), timeout=30_000)
            assert ctx.tasks.drain(30_000)
        finally:
            store.close()
        assert leaks(raw_pages(db)) == []


def test_the_main_window_tries_a_pending_purge_when_it_opens(manager: LanguageManager, store: Store,
                                                            qtbot: QtBot) -> None:
    with store.engine.begin() as conn:
        mark_purge_pending(conn)
    assert purge_pending(store)
    window = main_window(manager, store, qtbot, "ar")
    qtbot.waitUntil(lambda: not purge_pending(store), timeout=30_000)
    assert window.ctx.tasks.drain(30_000)


def test_the_end_of_a_study_whose_purge_finds_the_disk_full_says_identities_were_erased(
        tmp_path: Path, qtbot: QtBot, manager: LanguageManager) -> None:
    from desktop.core import retention
    from desktop.ui import retention_offer

    with small_disk(tmp_path / "laptop") as laptop:
        db = laptop / "field.db"
        store = fresh_store(db, PASSPHRASE, "Basra laptop 2")
        try:
            make_study(store)
            retention.set_months(store, 1)
            manager.set_language("ar")
            ctx = make_context(store, manager)
            window = QMainWindow()
            qtbot.addWidget(window)
            fill_to(laptop, ROOM)
            retention_offer.run(ctx, window)  # Erase identities, pressed
            expected = (QCoreApplication.translate("RetentionOffer", "Identities erased; pseudonyms and pseudonymous "
                                                   "data stay.") + " " + QCoreApplication.translate("PendingPurge",
                                                                                                   NOT_PURGED))
            qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=30_000)
            assert ctx.tasks.drain(30_000) and purge_pending(store)
            assert not retention.status(store).names  # erased all the same
        finally:
            store.close()
