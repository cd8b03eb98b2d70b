"""The database file moved away or deleted while the window is open (a USB stick taken out, a file
manager, the IT helper tidying folders): the window locks and writes nothing more, as for a file
replaced, and says what happened. It said 'The database file was replaced or its passphrase was
changed by another program', and the facilitator looked for another program."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.unsaved_text import UnsavedTextDialog
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest

GONE = ("The database file is no longer where Majlis opened it: it was moved or deleted, or the USB stick it is on "
        "was taken out. Nothing more was written to it. Put it back, then close Majlis and open it again.")


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_database_moved_away_under_the_window_is_said_so(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                           db_path: Path, tmp_path: Path, lang: str) -> None:
    manager.set_language(lang)
    sid = svc.create_session(store, "roundtable", title="طاولة البصرة")
    window = MainWindow(make_context(store, manager), idle_ms=0, file_check_ms=50)
    qtbot.addWidget(window)
    window.show()
    assert window.ctx.tasks.drain(10_000)
    editor = window.open_session(sid)
    assert isinstance(editor, RoundtableEditor)
    # Moved to another folder, its log with it (what a file manager's move does to what it sees).
    moved = tmp_path / "elsewhere" / "field.db"
    moved.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):
        if Path(f"{db_path}{suffix}").exists():
            os.replace(f"{db_path}{suffix}", f"{moved}{suffix}")
    before = digest(moved)

    type_text(editor.edits["title"], " عن الماء")  # typing goes on; the autosave tries
    qtbot.waitUntil(window.is_locked, timeout=20_000)
    assert window.store_lost
    said = window.lock_screen.error.error()
    assert said == QCoreApplication.translate("UnlockWidget", GONE) and said != GONE
    # The passphrase does not open a window whose file is gone, and the same is said; it shows what
    # was typed since the last save, to copy (unsaved_text.py).
    window.lock_screen.passphrase.setText(PASSPHRASE)
    window.lock_screen.submit()
    qtbot.waitUntil(lambda: not window.lock_screen.busy, timeout=20_000)
    assert window.is_locked() and window.lock_screen.error.error() == said
    shown = [d for d in window.findChildren(UnsavedTextDialog) if d.isVisible()]
    assert len(shown) == 1 and "طاولة البصرة عن الماء" in shown[0].text.toPlainText()
    shown[0].close()
    window.ctx.tasks.wait(20_000)
    assert digest(moved) == before  # nothing written into the file through the connections still open on it
    # Nor was a new, empty database made at the old place by a connection opened since (the next start
    # took it for the database: 'This file is not a Majlis database' after the passphrase).
    assert sorted(p.name for p in db_path.parent.glob("field.db*")) == ["field.db.lock"]
    for suffix in ("", "-wal", "-shm"):  # put back, as the words say, before Majlis is closed
        if Path(f"{moved}{suffix}").exists():
            os.replace(f"{moved}{suffix}", f"{db_path}{suffix}")
    window.close()
