"""An export while another program holds the database says why, and leaves no unrecorded copy.

Every export is remembered in the database (an erasure report names the copies it cannot reach).
While another program held the database (a backup tool, an antivirus scan), the workbook or the
REFI-QDA project was written, then remembering it failed: the status bar said "The file could not be
written. Nothing was saved under that name." with the file there, a copy of participants' words no
erasure report would ever name. Now the file is taken back and the line says why, in the interface's
language; the next export, once the other program is done, writes and remembers it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import busy_wait, demo
from desktop.core.db import Store
from desktop.core.local_tables import ExportRecord
from desktop.core.sqlcipher_file import raw_connect
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

T = QApplication.translate


@pytest.fixture
def window(manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(busy_wait, "BUSY_WAIT_MS", 300)  # the worker's wait for another writer, shortened
    demo.generate(store, sessions=2, seed=3)
    return main_window(manager, store, qtbot, "ar")


def _said(window: MainWindow) -> str:
    assert window.ctx.tasks.wait(30_000)
    settle()
    return window.statusBar().currentMessage()


def _records(store: Store) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(ExportRecord)) or 0)


@pytest.mark.parametrize("kind", ["xlsx", "qdpx"])
def test_an_export_while_another_program_holds_the_database(window: MainWindow, store: Store, tmp_path: Path,
                                                            kind: str) -> None:
    target = tmp_path / f"basra.{kind}"
    export = window.export_xlsx if kind == "xlsx" else window.export_qdpx
    other = raw_connect(store.path, PASSPHRASE)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program in the middle of writing
        export(str(target))
        said = _said(window)
    finally:
        other.rollback()
        other.close()
    reason = T("SaveFailure", "Another program is using the database.")
    assert reason != "Another program is using the database."  # in Arabic
    assert said == T("MainWindow", "The export failed: %1").replace(
        "%1", T("WriteFailure", "%1 Nothing was saved under that name.").replace("%1", reason))
    assert not target.exists() and list(tmp_path.glob(".majlis*")) == []
    assert _records(store) == 0
    export(str(target))  # the other program done: written, and remembered
    _said(window)
    assert target.exists() and _records(store) == 1
