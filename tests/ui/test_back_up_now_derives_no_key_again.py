"""Settings → Back up now… checks the passphrase typed before it writes a backup (a backup nobody can open
is refused first). The passphrase the open database was unlocked with is checked with the key the store
derived at the unlock, asked of the file: it was derived again (0.2 s of CPU, seconds on a busy laptop, on
the DB worker). A wrong one is still derived and refused. Counted with the real derivation, in Python and
inside SQLCipher (tests/key_derivations.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from desktop.core import backups
from desktop.core.sqlcipher_file import verify_key
from desktop.ui.context import AppContext
from tests.conftest import PASSPHRASE
from tests.key_derivations import count_derivations
from tests.ui_helpers import language_fixture, settings_page

language = language_fixture("en")

pytestmark = pytest.mark.usefixtures("real_key_derivation")


def test_back_up_now_derives_no_key_the_store_holds(ctx: AppContext, qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = settings_page(ctx, qtbot, "en")
    box = page.backups_box
    seen = count_derivations(monkeypatch)
    for typed in (PASSPHRASE + " typed wrong", PASSPHRASE):
        seen.clear()
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, typed=typed, **k: (typed, True)))
        box.button.click()
        qtbot.waitUntil(lambda: not box.working, timeout=20_000)
        if typed != PASSPHRASE:
            assert "Wrong passphrase" in box.status.text() and backups.list_backups(ctx.store.path) == []
            assert seen.of(ctx.store.path, typed) == 1, seen  # derived once, and refused
    (made,) = backups.list_backups(ctx.store.path)
    assert made.name in box.status.text(), box.status.text()
    assert seen.of(ctx.store.path, PASSPHRASE) == 0, seen  # the store's own key, asked of the file
    verify_key(made, PASSPHRASE)
