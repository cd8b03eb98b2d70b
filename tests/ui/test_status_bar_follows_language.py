"""The main window's status-bar notices follow a language switch while they are shown.

A coordinator reading the window in Arabic who switched to Kurdish (or back) kept the notice that
was on the status bar in the first language for the rest of its 10 to 60 seconds: the 'older copy'
notice, 'cannot be opened in this version', an export written or refused, a PDF, the identities
erased at the end of a study. They are made again in the new language, for the time that is left;
a message put there by other means meanwhile is left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo, exported_position, retention
from desktop.core.db import Store, open_store
from desktop.core.models import Participant, Session
from desktop.ui import retention_offer
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import live_status
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import settle
from tests.stores import fresh_store
from tests.ui_helpers import main_window

T = QApplication.translate


def _shown(window: MainWindow) -> str:
    settle()
    return window.statusBar().currentMessage()


def _in_both(window: MainWindow, manager: LanguageManager, line: Callable[[], str]) -> None:
    """``line`` (a function of the language of the moment) is on the status bar in Arabic, then in
    Kurdish after a switch, and in neither as the English source."""
    arabic = line()
    assert _shown(window) == arabic
    manager.set_language("ckb")
    kurdish = line()
    assert kurdish != arabic
    assert _shown(window) == kurdish


def test_the_older_copy_notice_follows_a_switch(db_path: Path, manager: LanguageManager, qtbot: QtBot) -> None:
    store = fresh_store(db_path, PASSPHRASE, "laptop")
    with store.transaction() as s:
        s.add(Session(kind="roundtable", title="one change"))
    exported_position.record_export(store.device_id, store.epoch, 5, "not in this copy")
    store.close()
    reopened = open_store(db_path, PASSPHRASE)
    try:
        assert reopened.rollback is not None
        window = main_window(manager, reopened, qtbot, "ar")
        _in_both(window, manager, lambda: T(
            "MainWindow", "This database is an older copy of what this laptop had already sent. A new numbering "
                          "has started, so the centre accepts the new work."))
        assert window.ctx.tasks.wait(20_000)
    finally:
        reopened.close()


def test_a_session_of_an_unknown_kind_and_an_export_follow_a_switch(
        manager: LanguageManager, store: Store, qtbot: QtBot, tmp_path: Path) -> None:
    demo.generate(store, sessions=1, seed=3)
    with store.transaction() as s:
        newer = Session(kind="from-a-newer-majlis", title="x")
        s.add(newer)
        s.flush()
        newer_id = newer.id
    window = main_window(manager, store, qtbot, "ar")
    assert window.open_session(newer_id) is None
    _in_both(window, manager, lambda: T("MainWindow", "This kind of session cannot be opened in this version yet."))

    manager.set_language("ar")
    window.export_xlsx(str(tmp_path / "stick" / "basra.xlsx"))  # the stick was pulled out
    assert window.ctx.tasks.wait(30_000)
    _in_both(window, manager, lambda: T("MainWindow", "The export failed: %1").replace("%1", T(
        "WriteFailure", "The folder is not there any more (was the USB stick removed?). Choose another place.")))

    manager.set_language("ar")
    window.export_qdpx(str(tmp_path / "basra.qdpx"))
    assert window.ctx.tasks.wait(30_000)
    assert (tmp_path / "basra.qdpx").exists()
    _in_both(window, manager, lambda: T("MainWindow", "REFI-QDA project written: %1").replace(
        "%1", shown_path(tmp_path / "basra.qdpx")))


def test_a_pdf_and_the_end_of_a_study_follow_a_switch(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                       tmp_path: Path) -> None:
    demo.generate(store, sessions=2, seed=3)
    window = main_window(manager, store, qtbot, "ar")
    window.go_to("sessions")
    from sqlalchemy import select, update

    with store.transaction() as s:
        sid = s.execute(select(Session.id).where(Session.kind == "roundtable").limit(1)).scalar_one()
    editor = window.open_session(sid)
    assert editor is not None
    target = tmp_path / "minutes.pdf"
    editor.pdf_button.export("minutes", str(target))  # type: ignore[attr-defined]
    qtbot.waitUntil(target.exists, timeout=30_000)
    assert window.ctx.tasks.wait(30_000)
    _in_both(window, manager, lambda: T("PdfButton", "PDF written: %1").replace("%1", shown_path(target)))

    manager.set_language("ar")
    with store.transaction() as s:  # a name to erase (the demo's participants have none: the run then only travels)
        s.execute(update(Participant).where(Participant.id == s.scalars(select(Participant.id).limit(1)).one())
                  .values(real_name="سارا"))
    retention.set_months(store, 1)
    retention_offer.run(window.ctx, window)
    assert window.ctx.tasks.wait(30_000)
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()) and "PDF" not in _shown(window))
    erased = (T("RetentionOffer", "Identities erased; pseudonyms and pseudonymous data stay."),
              T("RetentionOffer", "Nothing was left to erase."))
    assert _shown(window) in erased
    was = erased.index(_shown(window))
    manager.set_language("ckb")
    assert _shown(window) == (T("RetentionOffer", "Identities erased; pseudonyms and pseudonymous data stay."),
                              T("RetentionOffer", "Nothing was left to erase."))[was] != erased[was]


def test_a_message_put_there_meanwhile_is_left_alone_and_the_time_left_is_kept(
        manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    window = main_window(manager, store, qtbot, "ar")
    # Long enough for a language switch on a loaded machine (400 ms had run out before the switch was
    # over in a CI run under load), short enough to wait for.
    live_status.show(window, lambda: T("MainWindow", "Exporting…"), 2500)
    manager.set_language("ckb")
    assert _shown(window) == T("MainWindow", "Exporting…")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=15_000)  # its timeout still runs
    manager.set_language("ar")
    assert _shown(window) == ""  # not brought back after it went

    live_status.show(window, lambda: T("MainWindow", "Exporting…"))
    window.statusBar().showMessage("12 / 200")
    manager.set_language("ckb")
    assert _shown(window) == "12 / 200"
