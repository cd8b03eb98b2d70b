"""The unlock window of a damaged database at 20 points on a 1366x768 laptop at 150 % (910x512).

The reason the window gives ("…restore a backup of it with Restore from a backup… below") takes eight
lines in Kurdish there, and the button it points to was below the window's edge: only Tab brought it
into sight, and a person reading the line saw no such button. The actions now stay in sight with the
reason and the passphrase field, in Arabic and in Kurdish, without scrolling or a key pressed."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.conftest import PASSPHRASE
from tests.ui_helpers import damaged_database_unlock, in_view

SHOTS = os.environ.get("MAJLIS_SHOTS", "")


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_the_restore_button_is_in_sight_without_scrolling(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(910, 512))
    unlock = damaged_database_unlock(manager, store, qtbot, lang, PASSPHRASE, 20)
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
