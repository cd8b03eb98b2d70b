"""The centre's Sync → Publish team update… under the rule every other export follows (export_run).

Asked while File → Export's workbook was being written, Publish asked where to save and started, waiting
unseen behind the workbook on the one worker; asked while a team update was being written, File → Export
did the same. Each is now refused in one translated line, nothing asked, nothing started, and the team
update's writing shows in the status bar with a Cancel: pressed while it waits its turn, no file is written
and no number used; pressed after, it is said as too late. Real centre, real team update, in Arabic."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.sync.team import import_team_update
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.export_helpers import (
    REFUSED,
    WorkerBusy,
    last_line,
    progress_of,
    save_dialog_asks,
    settle,
    sync_window,
)
from tests.sync_helpers import Team, full_digest, laptop_turn
from tests.sync_page_helpers import team_fixture

T = QApplication.translate
team = team_fixture(devices=1)


def centre_window(team: Team, manager: LanguageManager, qtbot: QtBot) -> tuple[MainWindow, SyncPage]:
    window, page = sync_window(team.centre, manager, qtbot, "ar")
    qtbot.waitUntil(page.publish_button.isVisible, timeout=30_000)
    return window, page


def test_publish_is_refused_while_file_export_runs(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = centre_window(team, manager, qtbot)
    asked = save_dialog_asks(monkeypatch, tmp_path / "update.majlis")
    with WorkerBusy(window):
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        [running] = progress_of(window)
        page.publish_button.click()
        assert not page.team_updates.publish_to(tmp_path / "other.majlis")
        settle()
        assert asked == [] and progress_of(window) == [running]
        line = T("MainWindow", REFUSED)
        assert line != REFUSED and last_line(page) == line and window.statusBar().currentMessage() == line
    assert window.ctx.tasks.drain(30_000)
    assert (tmp_path / "centre.xlsx").exists()
    assert not (tmp_path / "update.majlis").exists() and not (tmp_path / "other.majlis").exists()


def test_file_export_is_refused_while_a_team_update_is_written(team: Team, manager: LanguageManager,
                                                               qtbot: QtBot, tmp_path: Path) -> None:
    window, page = centre_window(team, manager, qtbot)
    update = tmp_path / "update.majlis"
    with WorkerBusy(window):
        assert page.team_updates.publish_to(update)
        settle()
        [running] = progress_of(window)
        assert running.cancel_button.isVisible() and not page.publish_button.isEnabled()
        window.export_qdpx(str(tmp_path / "centre.qdpx"))
        settle()
        assert progress_of(window) == [running]
        assert window.statusBar().currentMessage() == T("MainWindow", REFUSED)
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert update.exists() and not (tmp_path / "centre.qdpx").exists()
    assert import_team_update(team.devices[0], update)[0] == 1
    assert last_line(page) == window.statusBar().currentMessage() != ""
    assert progress_of(window) == []
    qtbot.waitUntil(page.publish_button.isEnabled, timeout=30_000)


def test_a_cancel_while_it_waits_writes_nothing_and_uses_no_number(team: Team, manager: LanguageManager,
                                                                   qtbot: QtBot, tmp_path: Path) -> None:
    window, page = centre_window(team, manager, qtbot)
    out = tmp_path / "stick"
    out.mkdir()
    update = out / "update.majlis"
    with WorkerBusy(window):
        before = full_digest(team.centre)
        assert page.team_updates.publish_to(update)
        settle()
        [running] = progress_of(window)
        running.cancel_button.click()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert list(out.iterdir()) == []
    assert full_digest(team.centre) == before
    line = T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert last_line(page) == line and window.statusBar().currentMessage() == line
    qtbot.waitUntil(page.publish_button.isEnabled, timeout=30_000)
    assert page.team_updates.publish_to(update)
    assert window.ctx.tasks.drain(30_000)
    assert import_team_update(team.devices[0], update)[0] == 1  # the number not used by the cancelled one


def test_a_cancel_after_it_was_written_is_said_too_late(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                        tmp_path: Path) -> None:
    window, page = centre_window(team, manager, qtbot)
    update = tmp_path / "update.majlis"
    assert page.team_updates.publish_to(update)
    [running] = progress_of(window)
    assert window.ctx.tasks.wait(30_000)
    running.cancel_button.click()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert update.exists()
    too_late = T("MainWindow", "Too late to cancel: the export was already saved. %1").replace("%1", "")
    written = T("TeamUpdates", "Team update {number} written: {file}").split("{number}")[0]
    assert last_line(page).startswith(too_late + written), last_line(page)


@pytest.mark.parametrize("what", ["team update", "bundle", "team key"])
def test_a_page_closed_while_it_writes_is_not_called_back(team: Team, qtbot: QtBot, make_ctx: Any, tmp_path: Path,
                                                          what: str) -> None:
    """The Sync page alone (no main window, no status bar) closed while its file is written: the file is
    written, and no closure touches the deleted page ("Internal C++ object already deleted")."""
    store = team.centre if what != "bundle" else team.devices[0]
    laptop_turn(team.devices[0], "a turn")  # something for the laptop's bundle
    ctx = make_ctx(store)
    page = SyncPage(ctx)  # not the test's to close: closed and deleted below
    page.show()
    qtbot.waitUntil(page.is_loaded)
    target = tmp_path / "out.file"
    release = threading.Event()
    ctx.tasks.run(lambda _token, _progress: release.wait(20))
    try:
        if what == "team update":
            assert page.team_updates.publish_to(target)
        elif what == "bundle":
            page.export_to(target)
        else:
            assert page.team_updates.key_export.write(target, "a key passphrase said by phone")
        page.close()
        page.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(page)
    finally:
        release.set()
    assert ctx.tasks.drain(30_000)
    assert target.exists()
