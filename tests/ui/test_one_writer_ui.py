"""An open window whose database file is replaced under it locks itself and writes nothing more."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest

from desktop.core import sessions as svc
from desktop.core.db import open_store
from desktop.core.models import Session
from desktop.core.store_file import DatabaseReplaced
from desktop.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

REPLACED = "The database file was replaced or its passphrase was changed by another program."


@pytest.fixture(autouse=True)
def _isolated_settings():  # type: ignore[no-untyped-def]
    QStandardPaths.setTestModeEnabled(True)
    yield
    QStandardPaths.setTestModeEnabled(False)


@pytest.fixture
def window(make_ctx, store, qtbot):  # type: ignore[no-untyped-def]
    w = MainWindow(make_ctx(store, user_name="Huda"), idle_ms=0,
                   file_check_ms=50)
    qtbot.addWidget(w)
    with qtbot.waitExposed(w):
        w.show()
    yield w
    w.ctx.tasks.wait(20000)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


def test_replaced_file_locks_the_window_and_nothing_is_written(window, qtbot, db_path: Path,  # type: ignore[no-untyped-def]
                                                                tmp_path: Path) -> None:
    page = window.pages["sessions"]
    page.new_session("roundtable")
    qtbot.waitUntil(lambda: window.editor is not None)  # stored on the DB worker, then opened
    sid = window.editor.session_id
    type_text(window.editor.edits["title"], "قبل")
    window.editor.flush()
    qtbot.waitUntil(lambda: svc.load_minutes(window.ctx.store, sid).fields["title"] == "قبل", timeout=20000)

    # Another program (an old Majlis, a file manager, a sync tool) puts another database in its place.
    fresh_store(tmp_path / "other.db", PASSPHRASE, "other").close()
    os.replace(tmp_path / "other.db", db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    before = digest(db_path)

    type_text(window.editor.edits["title"], " بعد")  # typing continues; autosave will try
    qtbot.waitUntil(window.is_locked, timeout=20000)
    assert window.store_lost
    assert REPLACED in window.lock_screen.error.error()

    # The right passphrase does not unlock a window whose file is gone.
    QTest.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    QTest.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock_screen.busy, timeout=20000)  # checked off the UI thread
    assert window.is_locked()
    assert REPLACED in window.lock_screen.error.error()

    with pytest.raises(DatabaseReplaced), window.ctx.store.transaction() as s:
        s.add(Session(kind="roundtable", title="never"))
    window.ctx.tasks.wait(20000)
    assert digest(db_path) == before
    fresh = open_store(db_path, PASSPHRASE)
    with fresh.session() as s:
        assert s.query(Session).count() == 0
    fresh.close()


def test_window_stays_open_while_the_file_is_unchanged(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.wait(300)  # several checks go by
    window.ctx.tasks.wait(20000)
    assert not window.is_locked() and not window.store_lost


def test_an_older_copy_is_named_in_the_status_bar(db_path: Path, make_ctx, qtbot) -> None:  # type: ignore[no-untyped-def]
    from desktop.core import exported_position

    store = fresh_store(db_path, PASSPHRASE, "laptop")
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title="one change"))
    # This laptop had already sent changes up to 5 of this epoch: the file is an older copy.
    exported_position.record_export(store.device_id, store.epoch, 5, "not in this copy")
    store.close()
    reopened = open_store(db_path, PASSPHRASE)
    try:
        assert reopened.rollback is not None
        w = MainWindow(make_ctx(reopened), idle_ms=0)
        qtbot.addWidget(w)
        assert "older copy of what this laptop had already sent" in w.statusBar().currentMessage()
        w.ctx.tasks.wait(20000)
    finally:
        reopened.close()
