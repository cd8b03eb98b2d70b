"""A dialog with a busy look (desktop/ui/widgets/busy.BusyState), dropped by Python, then a language switch.

The Change passphrase dialog has no parent when a test makes it, and Python deletes it when its last
reference goes. Qt hides the window while deleting it, and the hide and deactivation events still
passed through the BusyState's event filter after Python had cleared the filter's attributes:
"AttributeError: 'BusyState' object has no attribute '_owner'", seen once between two language
switches. The filter now looks only at resizes, and at its attributes only if they are still there.
"""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from tests.i18n.test_i18n_screens import settle


def test_a_dropped_dialog_with_a_busy_look_says_nothing_wrong(ctx: AppContext, qtbot: QtBot) -> None:
    # pytest-qt fails the test on an exception in a Python override called by Qt (the event filter).
    ctx.language.set_language("ar")
    held = [ChangePassphraseDialog(ctx, lambda _changed: None)]  # its only reference
    held[0].show()
    held[0].busy.begin()
    qtbot.waitUntil(lambda: held[0].busy.shown)  # the note on screen, the filter placing it
    ctx.language.set_language("ckb")
    settle()
    held.clear()
    gc.collect()  # dropped: Qt deletes the window, hiding it
    ctx.language.set_language("en")
    settle()
    # Gone indeed: a lambda holding the dialog, connected to its fields' signal, kept it alive and on
    # screen (Python's collector does not see a connection's callable), and a later test found its
    # passphrase field holding the keyboard (tests/ui/test_lock_cover_gives_the_keyboard_back.py).
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ChangePassphraseDialog)]
