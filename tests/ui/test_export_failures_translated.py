"""An export to a place that cannot take it (a write-protected USB stick, a stick pulled out, a full
disk) says why in the interface's language: never the system's English words, never a path or the
private temporary file's name."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.write_failure import write_failure_text
from tests.demo_stores import demo_store_fixture
from tests.i18n.test_i18n_screens import settle
from tests.readonly_folder import read_only
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui_helpers import main_window

T = QApplication.translate
READ_ONLY = ("WriteFailure", "This folder cannot be written to (a read-only or write-protected USB stick?). "
                             "Choose another place.")
GONE = ("WriteFailure", "The folder is not there any more (was the USB stick removed?). Choose another place.")


# The demo's two sessions (seed 3) the window shows: a copy of them generated once per process
# (tests/demo_stores.py).
store = demo_store_fixture(sessions=2, seed=3)


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    return main_window(manager, store, qtbot, "ar")


def _said(window: MainWindow) -> str:
    assert window.ctx.tasks.wait(30_000)
    settle()
    return window.statusBar().currentMessage()


def _expected(context: str, text: str, reason: tuple[str, str]) -> str:
    line = T(context, text).replace("%1", T(*reason))
    assert line != text and T(*reason) != reason[1]  # really in Arabic
    return line


def test_excel_and_refi_qda_exports_to_a_read_only_stick(window: MainWindow, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):
        window.export_xlsx(str(stick / "basra.xlsx"))
        said_xlsx = _said(window)
        window.export_qdpx(str(stick / "basra.qdpx"))
        said_qdpx = _said(window)
    expected = _expected("MainWindow", "The export failed: %1", READ_ONLY)
    assert said_xlsx == expected and said_qdpx == expected
    assert list(stick.iterdir()) == []
    assert window.export_xlsx_action.isEnabled() and window.export_qdpx_action.isEnabled()


def test_excel_export_to_a_stick_that_was_pulled_out(window: MainWindow, tmp_path: Path) -> None:
    window.export_xlsx(str(tmp_path / "stick" / "basra.xlsx"))
    said = _said(window)
    assert said == _expected("MainWindow", "The export failed: %1", GONE)
    assert str(tmp_path) not in said and "Errno" not in said


def test_session_pdf_to_a_read_only_stick(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    window.go_to("sessions")
    from sqlalchemy import select

    from desktop.core.models import Session

    with window.ctx.store.transaction() as s:
        sid = s.execute(select(Session.id).where(Session.kind == "roundtable").limit(1)).scalar_one()
    editor = window.open_session(sid)
    assert editor is not None
    button = editor.pdf_button  # type: ignore[attr-defined]
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick), qtbot.waitSignal(button.message, timeout=30_000,
                                            check_params_cb=lambda words: words() != T("PdfButton", "Writing the PDF…")
                                            ) as said:
        button.export("minutes", str(stick / "minutes.pdf"))
    assert said.args[0]() == _expected("PdfButton", "The PDF could not be written: %1", READ_ONLY)
    assert button.isEnabled()


@pytest.mark.parametrize("exc, reason", [
    (OSError(errno.ENOSPC, "No space left on device", "/media/usb/.majlis-x.tmp"),
     "The disk is full. Free some space or choose another place."),
    (FileExistsError(errno.EEXIST, "exists", "/media/usb/BSR-FG01.xlsx"),
     "A file of that name is already there. Choose another name."),
    (IsADirectoryError(errno.EISDIR, "is a folder", "/media/usb"), "That is a folder. Give the file a name."),
    (OSError(errno.EIO, "Input/output error"), "The file could not be written. Nothing was saved under that name."),
    (ValueError("the REFI-QDA project could not be written"),
     "The file could not be written. Nothing was saved under that name."),
])
def test_every_failure_is_one_translated_sentence(exc: BaseException, reason: str, manager: LanguageManager) -> None:
    for lang in ("ar", "ckb"):
        manager.set_language(lang)
        text = write_failure_text(exc)
        assert text == T("WriteFailure", reason) != reason
        assert "/media" not in text


sync_team = team_fixture(devices=1)


def test_a_bundle_exported_to_a_read_only_stick(sync_team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                               manager: LanguageManager) -> None:
    """The Sync page said "Failed: The file cannot be read." about a bundle it could not write."""
    laptop = sync_team.devices[0]
    demo.generate(laptop, sessions=1, seed=5)
    manager.set_language("ckb")
    page = open_page(make_ctx(laptop, lang=manager), qtbot, size=None)
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):
        page.outbox.export_to(stick / "basra.majlis")
        qtbot.waitUntil(lambda: page.results.count() == 1, timeout=30_000)
    said = page.results.item(0).text()
    expected = T("SyncTexts", "Failed: {reason}").format(reason=T(*READ_ONLY))
    assert said == expected and T(*READ_ONLY) != READ_ONLY[1]
    assert list(stick.iterdir()) == []
