"""Majlis closed during an import before its first file was read (the files chosen on a slow USB stick
still being looked at, or the import stopped before its first file): the next start said "Majlis was
closed during the last import, which stopped after the file being read. Import cancelled before any
file was read", the first sentence naming a file being read that there never was. Now it says the close
came during the import, then that nothing was imported and how to go on."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.models import BundleReceipt
from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_close_during_import import sync_page
from tests.ui.test_sync_import_run import laptop_bundle
from tests.ui_helpers import main_window

team = team_fixture(devices=0)


def test_a_close_before_any_file_was_read_says_no_file_was_being_read(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    files = [laptop_bundle(team, tmp_path / f"b{n}.majlis", n) for n in range(3)]
    window = main_window(manager, team.centre, qtbot, "en")
    page = sync_page(window)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    # The DB worker busy (a slow stick): the files chosen wait to be looked at when the window closes.
    page.ctx.tasks.run(lambda token, progress: time.sleep(0.5))  # it ends while the close waits
    assert page.import_paths(files)
    window.close()
    assert not window.ctx.tasks.busy
    with team.centre.session() as s:
        assert s.execute(select(func.count()).select_from(BundleReceipt)).scalar_one() == 0

    second = main_window(manager, team.centre, qtbot, "en")
    again = sync_page(second)
    qtbot.waitUntil(lambda: again.is_loaded() and again.import_summary.isVisible(), timeout=30_000)
    assert again.import_summary.text() == (
        "Majlis was closed during the last import. Import cancelled before any file was read: nothing was "
        "imported. Choose the files or the folder again to import them.")
    second.close()
