"""The idle lock leaves nothing readable: a coding window (a session's transcript) goes out of sight
and comes back after the passphrase; a consent form left open on the screen is cancelled. Before,
only the main window locked, and both stayed on screen and usable beside the lock screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from desktop.core import participants, sessions
from desktop.core.db import Store
from desktop.core.models import TranscriptTurn
from desktop.ui.app import make_context
from desktop.ui.coding.window import open_coding_window
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager

IDLE_MS = 400


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    manager.set_language("ckb")
    win = MainWindow(make_context(store, manager), idle_ms=IDLE_MS)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def session_id(store: Store) -> str:
    sid = sessions.create_session(store, "focus_group", title="گفتوگۆی هەولێر", governorate="erbil",
                                  date=dt.date(2026, 11, 20), language="ckb")
    with store.transaction() as s:
        s.add(TranscriptTurn(session_id=sid, position=1.0, text="دەنگی ئێمە دەبێت بگات."))
    return sid


def test_a_coding_window_goes_out_of_sight_while_locked(window: MainWindow, session_id: str, qtbot: QtBot) -> None:
    coding = open_coding_window(window.ctx, session_id)
    qtbot.addWidget(coding)
    assert coding.isVisible()
    window.idle.restart()
    qtbot.waitUntil(window.is_locked, timeout=10_000)  # nobody touched the laptop
    assert not coding.isVisible()
    window.unlock()  # the lock screen's passphrase was right
    assert coding.isVisible()


def test_a_consent_form_left_open_is_cancelled_by_the_lock(window: MainWindow, session_id: str,
                                                           qtbot: QtBot) -> None:
    with window.ctx.store.transaction() as s:
        pid = participants.add_to_session(s, session_id).id
    dialog = ConsentDialog(window.ctx, pid, session_id, window, full_screen=False)
    qtbot.addWidget(dialog)
    waited_for_ever: list[bool] = []

    def give_up() -> None:  # without the fix the dialog would wait for an answer for ever
        waited_for_ever.append(True)
        dialog.reject()

    safety = QTimer(dialog)  # goes with the dialog: never fires into a later test
    safety.setSingleShot(True)
    safety.timeout.connect(give_up)
    safety.start(10_000)
    window.idle.restart()
    assert dialog.exec() == 0  # as if Cancel was pressed: nothing recorded
    safety.stop()
    assert window.is_locked() and not waited_for_ever
    assert not dialog.isVisible()
    assert window.ctx.store.path.exists()
    with window.ctx.store.session() as s:
        assert not participants.session_participants(s, session_id)[0].can_speak
