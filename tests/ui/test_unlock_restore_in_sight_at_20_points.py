"""The unlock window of a damaged database at 20 points on a 1366x768 laptop at 150 % (910x512).

The reason the window gives ("…restore a backup of it with Restore from a backup… below") takes eight
lines in Kurdish there, and the button it points to was below the window's edge: only Tab brought it
into sight, and a person reading the line saw no such button. The actions now stay in sight with the
reason and the passphrase field, in Arabic and in Kurdish, without scrolling or a key pressed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui import app
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.conftest import PASSPHRASE
from tests.ui_helpers import in_view

SHOTS = os.environ.get("MAJLIS_SHOTS", "")


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_restore_button_is_in_sight_without_scrolling(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    path = Path(store.path)
    store.close()
    path.write_bytes(path.read_bytes()[:40_000])  # cut short: a copy interrupted, a stick pulled out
    manager.set_language(lang)
    manager.set_font_size(20)
    unlock = app.show_unlock(path, manager, {})
    qtbot.addWidget(unlock)
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not unlock.busy, timeout=30_000)
    button = unlock.restore_button
    assert button is not None
    qtbot.waitUntil(lambda: button.isVisible() and unlock.error.isVisible())
    qtbot.wait(50)  # the window grown to its lines (within the screen) and scrolled
    assert unlock.width() <= 910 and unlock.height() <= 512  # within the laptop's screen
    if SHOTS:
        unlock.grab().save(f"{SHOTS}/unlock-damaged-{lang}-20pt.png")
    # In sight at once: the reason's words, the field and the button the reason points to.
    assert in_view(button), (button.mapTo(unlock, button.rect().topLeft()), unlock.size())
    assert in_view(unlock.passphrase)
    assert button.mapTo(unlock, button.rect().bottomLeft()).y() <= unlock.height()
