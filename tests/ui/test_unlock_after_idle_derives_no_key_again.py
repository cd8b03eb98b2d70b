"""The unlock after an idle lock asks the file with the key the open store holds.

The passphrase the window was unlocked with was derived again at every unlock after an idle lock
(PBKDF2-SHA512, 0.2 s of CPU, seconds on a busy laptop, while the facilitator waits at the cover).
A wrong passphrase is still derived, and refused. Counted with the real derivation, in Python and
inside SQLCipher (tests/key_derivations.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.unlock import UnlockWidget
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import settle
from tests.key_derivations import count_derivations
from tests.ui_helpers import focused, main_window

pytestmark = pytest.mark.usefixtures("real_key_derivation")


def test_the_passphrase_of_the_open_store_unlocks_without_deriving(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window(manager, store, qtbot, "en", active=True)
    seen = count_derivations(monkeypatch)
    window.lock()
    settle()
    cover = window.findChild(UnlockWidget)
    assert cover is not None and window.is_locked()
    wrong = PASSPHRASE + " typed wrong"
    QTest.keyClicks(focused(), wrong)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: seen.of(store.path, wrong) == 1, timeout=20_000)  # derived, and refused
    qtbot.waitUntil(lambda: focused() is not None and focused().isEnabled(), timeout=20_000)
    assert window.is_locked()
    seen.clear()
    field = focused()
    assert isinstance(field, QLineEdit)
    field.selectAll()
    QTest.keyClicks(field, PASSPHRASE)
    QTest.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20_000)
    assert seen.of(store.path, PASSPHRASE) == 0, seen  # the store's own key, asked of the file
