"""After Majlis locks (Ctrl+L, or the idle lock while the note-taker listens) and is unlocked, the
typing goes on in the field it was in.

The roundtable's editor took the focus back to its title on unlocking: a note-taker writing the venue,
or an agenda item's notes, locked out by the idle delay while listening, typed the passphrase, Enter,
and went on writing; the words went into the session's title, its heading renamed. Now the field that
had the keyboard before the lock has it again (where it is still there and usable; else as before).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.conftest import PASSPHRASE
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import focused, main_window, new_roundtable_in

IDLE_MS = 300


def _roundtable(window: MainWindow, qtbot: QtBot) -> RoundtableEditor:
    editor = new_roundtable_in(window, qtbot)
    type_text(editor.edits["title"], "طاولة البصرة")
    return editor


def _unlock_by_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    settle()
    assert window.is_locked()
    QTest.keyClicks(focused(), PASSPHRASE)  # the lock screen's passphrase field has the keyboard
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked(), timeout=20_000)
    settle()


@pytest.mark.parametrize(("lang", "how"), [("ar", "ctrl+l"), ("ckb", "idle")])
def test_typing_goes_on_in_the_field_it_was_in(lang: str, how: str, manager: LanguageManager, store: Store,
                                               qtbot: QtBot) -> None:
    window = main_window(manager, store, qtbot, lang, active=True)
    editor = _roundtable(window, qtbot)
    venue = editor.edits["venue"]
    venue.setFocus()
    type_text(venue, "قاعة")
    if how == "ctrl+l":
        QTest.keyClick(venue, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    else:
        window.idle.set_interval(IDLE_MS)  # nobody touches the laptop from now on
        qtbot.waitUntil(window.is_locked, timeout=30_000)
        window.idle.set_interval(60_000)
    _unlock_by_keyboard(window, qtbot)
    assert focused() is venue
    type_text(focused(), " الشعب")
    assert venue.text() == "قاعة الشعب"
    assert editor.edits["title"].text() == "طاولة البصرة"


def test_a_field_gone_meanwhile_leaves_the_focus_in_the_editor(manager: LanguageManager, store: Store,
                                                                qtbot: QtBot) -> None:
    window = main_window(manager, store, qtbot, "ar", active=True)
    editor = _roundtable(window, qtbot)
    editor.tabs.setCurrentIndex(3)  # Decisions
    editor.decisions.add_button.click()
    settle()
    assert editor.decisions.add_button.isVisible()
    editor.decisions.add_button.setFocus()
    window.lock()
    editor.decisions.add_button.hide()  # not there any more when the lock ends
    _unlock_by_keyboard(window, qtbot)
    assert editor.isAncestorOf(focused())
