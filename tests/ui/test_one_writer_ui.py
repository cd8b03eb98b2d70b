"""An open window whose database file is replaced under it locks itself and writes nothing more."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.core import sessions as svc
from desktop.core.db import open_store
from desktop.core.models import Session
from desktop.core.store_file import DatabaseReplaced
from desktop.ui.main_window import MainWindow
from desktop.ui.unsaved_text import UnsavedTextDialog
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

    # The right passphrase does not unlock a window whose file is gone: it shows what was not saved.
    submit(window, qtbot, PASSPHRASE)
    assert window.is_locked()
    qtbot.waitUntil(lambda: unsaved_dialog(window) is not None)
    unsaved_dialog(window).close()

    with pytest.raises(DatabaseReplaced), window.ctx.store.transaction() as s:
        s.add(Session(kind="roundtable", title="never"))
    window.ctx.tasks.wait(20000)
    assert digest(db_path) == before
    fresh = open_store(db_path, PASSPHRASE)
    with fresh.session() as s:
        assert s.query(Session).count() == 0
    fresh.close()


def submit(window, qtbot, passphrase: str) -> None:  # type: ignore[no-untyped-def]
    window.lock_screen.passphrase.clear()
    QTest.keyClicks(window.lock_screen.passphrase, passphrase)
    QTest.keyClick(window.lock_screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.lock_screen.busy, timeout=20000)  # checked off the UI thread


def unsaved_dialog(window):  # type: ignore[no-untyped-def]
    found = [d for d in window.findChildren(UnsavedTextDialog) if d.isVisible()]
    return found[0] if found else None


def replace_database(db_path: Path, tmp_path: Path) -> str:
    """Another program puts another database in the file's place; the new file's digest."""
    fresh_store(tmp_path / "other.db", PASSPHRASE, "other").close()
    os.replace(tmp_path / "other.db", db_path)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return digest(db_path)


def test_typing_the_lost_file_never_got_is_shown_again_by_the_passphrase(  # type: ignore[no-untyped-def]
        window, qtbot, db_path: Path, tmp_path: Path) -> None:
    page = window.pages["sessions"]
    page.new_session("roundtable")
    qtbot.waitUntil(lambda: window.editor is not None)
    sid = window.editor.session_id
    type_text(window.editor.edits["title"], "اجتماع")
    window.editor.flush()
    qtbot.waitUntil(lambda: svc.load_minutes(window.ctx.store, sid).fields["title"] == "اجتماع", timeout=20000)
    before = replace_database(db_path, tmp_path)
    type_text(window.editor.edits["title"], " المياه")  # never saved: the file is another one now
    qtbot.waitUntil(window.is_locked, timeout=20000)
    assert window.lock_screen.note.isVisibleTo(window.lock_screen)
    assert "since its last save" in window.lock_screen.note.text()
    assert window.lock_screen.button.text() == "&Show the text not saved"  # not Unlock: it never unlocks

    submit(window, qtbot, "not the passphrase")
    assert "Wrong passphrase" in window.lock_screen.error.error()
    assert unsaved_dialog(window) is None

    submit(window, qtbot, PASSPHRASE)
    qtbot.waitUntil(lambda: unsaved_dialog(window) is not None)
    dialog = unsaved_dialog(window)
    assert window.is_locked()  # the window itself never opens again on a file that is not its own
    shown = dialog.text.toPlainText()
    assert "اجتماع المياه" in shown
    assert dialog.text.isReadOnly()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "اجتماع المياه" in QApplication.clipboard().text()
    assert dialog.copied.text()
    QApplication.clipboard().clear()
    dialog.close()
    window.ctx.tasks.wait(20000)
    assert digest(db_path) == before  # showing it wrote nothing


def test_with_nothing_unsaved_the_passphrase_only_says_the_file_was_replaced(  # type: ignore[no-untyped-def]
        window, qtbot, db_path: Path, tmp_path: Path) -> None:
    page = window.pages["sessions"]
    page.new_session("roundtable")
    qtbot.waitUntil(lambda: window.editor is not None)
    type_text(window.editor.edits["title"], "محفوظ")
    window.editor.flush()
    window.ctx.tasks.wait(20000)
    replace_database(db_path, tmp_path)
    qtbot.waitUntil(window.is_locked, timeout=20000)  # the file check, not a save, finds it
    assert not window.lock_screen.note.isVisibleTo(window.lock_screen)
    assert window.lock_screen.button.text() == "&Unlock"
    submit(window, qtbot, PASSPHRASE)
    assert REPLACED in window.lock_screen.error.error()
    assert unsaved_dialog(window) is None
    assert window.is_locked()


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
