"""The centre's Publish team update… and Export team key…: a Cancel pressed once the writing has started.

The work asked its Cancel once, before it started writing; after that the Cancel in the status bar could be
pressed (and greyed) but did nothing: the file was written all the same, the team update's number used, and
the line at the end said "Too late to cancel". Each writer now asks it up to the last moment before the file
takes its name (as a bundle's export does): no file in the folder, no number used, the database as it was,
and the line says the export was cancelled. Real centre, real team update and key file, in Arabic and Kurdish.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.sync.team import import_team_update, write_team_update
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync import team_key_export, team_updates
from desktop.ui.sync.page import SyncPage
from tests.export_helpers import progress_of
from tests.sync_helpers import Team, full_digest
from tests.sync_page_helpers import team_fixture
from tests.ui_helpers import main_window

T = QApplication.translate
team = team_fixture(devices=1)
CANCELLED = "Export cancelled: nothing was written to the folder."


class Held:
    """The real writer, held once it is called (the export's work has started and passed its first check)
    until the test lets it go: the person's Cancel comes while the file is being written."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.started, self.go = threading.Event(), threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.started.set()
        self.go.wait(20)
        return self.real(*args, **kwargs)


def settle() -> None:
    for _ in range(10):
        QApplication.processEvents()


def centre_page(team: Team, manager: LanguageManager, qtbot: QtBot, lang: str) -> tuple[MainWindow, SyncPage]:
    window = main_window(manager, team.centre, qtbot, lang)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    qtbot.waitUntil(page.publish_button.isVisible, timeout=30_000)
    return window, page


def cancel_while_held(window: MainWindow, qtbot: QtBot, held: Held) -> None:
    try:
        qtbot.waitUntil(held.started.is_set, timeout=30_000)
        [running] = progress_of(window)
        assert running.cancel_button.isVisible() and running.cancel_button.isEnabled()  # a Cancel to press
        running.cancel_button.click()
    finally:
        held.go.set()
    assert window.ctx.tasks.drain(30_000)
    settle()


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_cancel_while_the_team_update_is_written(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    window, page = centre_page(team, manager, qtbot, lang)
    stick = tmp_path / "stick"
    stick.mkdir()
    update = stick / "update.majlis"
    held = Held(write_team_update)
    monkeypatch.setattr(team_updates, "write_team_update", held)
    before = full_digest(team.centre)
    assert page.team_updates.publish_to(update)
    cancel_while_held(window, qtbot, held)
    line = page.results.item(page.results.count() - 1).text()
    assert line == T("MainWindow", CANCELLED) != CANCELLED, line  # not "Too late to cancel: … written"
    assert window.statusBar().currentMessage() == line
    assert list(stick.iterdir()) == []  # nothing on the stick, not even a temporary file
    assert full_digest(team.centre) == before  # no number used
    qtbot.waitUntil(page.publish_button.isEnabled, timeout=30_000)
    assert page.team_updates.publish_to(update)  # (held no more: it lets the next one through)
    assert window.ctx.tasks.drain(30_000)
    assert import_team_update(team.devices[0], update)[0] == 1  # the number the cancelled one did not use


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_cancel_while_the_team_key_is_written(team: Team, manager: LanguageManager, qtbot: QtBot,
                                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    window, page = centre_page(team, manager, qtbot, lang)
    key_export = page.team_updates.key_export
    stick = tmp_path / "stick"
    stick.mkdir()
    held = Held(team_key_export._write_key)
    monkeypatch.setattr(team_key_export, "_write_key", held)
    before = full_digest(team.centre)
    assert key_export.write(stick / "team.age", "a key passphrase said by phone")
    cancel_while_held(window, qtbot, held)
    line = page.results.item(page.results.count() - 1).text()
    assert line == T("MainWindow", CANCELLED) != CANCELLED, line
    assert list(stick.iterdir()) == []  # no key file left for someone to find
    assert full_digest(team.centre) == before
    assert key_export.button.isEnabled() and not key_export.writing
