"""The centre's Sync → Export team key… under the rule every other export follows (export_run).

Asked while File → Export's workbook was being written, it asked where and for a passphrase, then waited
unseen behind the workbook on the one worker (sealing the key takes seconds more); asked while the key was
being written, File → Export did the same. Each is now refused in one translated line, nothing asked; the
key's writing shows in the status bar with a Cancel that stops it while it waits its turn (no file) and is
said as too late after. Real centre, real age encryption, in Kurdish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.sync.keys import is_protected_identity_file
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.sync.team_key_export import TeamKeyExport
from tests.export_helpers import (
    REFUSED,
    WorkerBusy,
    last_line,
    progress_of,
    save_dialog_asks,
    settle,
    sync_window,
)
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture

T = QApplication.translate
team = team_fixture(devices=1)
KEY_PASSPHRASE = "a key passphrase said by phone"


def centre_window(team: Team, manager: LanguageManager, qtbot: QtBot) -> tuple[MainWindow, SyncPage, TeamKeyExport]:
    window, page = sync_window(team.centre, manager, qtbot, "ckb")
    key_export = page.team_updates.key_export
    qtbot.waitUntil(key_export.button.isVisible, timeout=30_000)
    return window, page, key_export


def test_the_key_export_is_refused_while_file_export_runs(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, key_export = centre_window(team, manager, qtbot)
    asked = save_dialog_asks(monkeypatch, tmp_path / "team.age")
    with WorkerBusy(window):
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        key_export.button.click()
        assert not key_export.write(tmp_path / "other.age", KEY_PASSPHRASE)  # a passphrase typed meanwhile
        settle()
        assert asked == [] and key_export.dialog is None  # no file asked, no passphrase asked
        assert progress_of(window) == [running]
        line = T("MainWindow", REFUSED)
        assert line != REFUSED and last_line(page) == line and window.statusBar().currentMessage() == line
    assert window.ctx.tasks.drain(30_000)
    assert (tmp_path / "centre.xlsx").exists()
    assert not (tmp_path / "team.age").exists() and not (tmp_path / "other.age").exists()


def test_file_export_is_refused_while_the_key_is_written(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                         tmp_path: Path) -> None:
    window, page, key_export = centre_window(team, manager, qtbot)
    key = tmp_path / "team.age"
    with WorkerBusy(window):
        assert key_export.write(key, KEY_PASSPHRASE)
        settle()
        [running] = progress_of(window)
        assert running.cancel_button.isVisible() and not key_export.button.isEnabled()
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        settle()
        assert progress_of(window) == [running]
        assert window.statusBar().currentMessage() == T("MainWindow", REFUSED)
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert is_protected_identity_file(key) and not (tmp_path / "centre.qdpx").exists()
    assert last_line(page) == window.statusBar().currentMessage() != ""
    assert progress_of(window) == [] and key_export.button.isEnabled()


def test_a_cancel_while_it_waits_writes_no_key(team: Team, manager: LanguageManager, qtbot: QtBot,
                                               tmp_path: Path) -> None:
    window, page, key_export = centre_window(team, manager, qtbot)
    stick = tmp_path / "stick"
    stick.mkdir()
    with WorkerBusy(window):
        assert key_export.write(stick / "team.age", KEY_PASSPHRASE)
        settle()
        [running] = progress_of(window)
        running.cancel_button.click()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert list(stick.iterdir()) == []
    line = T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert last_line(page) == line and window.statusBar().currentMessage() == line
    assert key_export.button.isEnabled() and not key_export.writing
