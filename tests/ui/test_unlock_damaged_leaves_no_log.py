"""The unlock window on a database cut short says it is damaged; the failed open left an empty
``-wal`` and a ``-shm`` beside it, which the person then copied with it to whoever helps. Gone now."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.db import open_store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store  # create_store's database, copied from a template made once per process


def test_unlocking_a_cut_short_database_leaves_nothing_beside_it(tmp_path: Path, qtbot: QtBot,
                                                                 language: LanguageManager) -> None:
    whole = tmp_path / "whole.db"
    fresh_store(whole, PASSPHRASE, "laptop").close()
    path = tmp_path / "ناوەندی هەولێر.db"
    path.write_bytes(whole.read_bytes()[:40_000])
    window = UnlockWidget(lambda passphrase: open_store(path, passphrase), path)
    qtbot.addWidget(window)
    language.set_language("ckb")
    window.retranslate()
    window.passphrase.setText(PASSPHRASE)
    window.submit()
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert window.error.error()  # said (damaged), translated: tests/ui/test_unlock_bad_input.py
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name) and p != path)
    assert [name for name in left if not name.endswith(".lock")] == [], left
