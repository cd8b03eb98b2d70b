"""Majlis closed in the middle of a big import at the centre.

The import went on with no window (in the real program: until the exit ended it, mid-file), and the
next start said nothing of it. Now the close stops it after the file being read and waits for it;
every file read is imported whole, none is half-written; the next start's Sync page says the import
was stopped by the close, how many files were read and what came of them, in the interface's
language and once; the files chosen again are recognised and the rest imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.models import BundleReceipt
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.i18n.test_i18n_screens import settle
from tests.import_held import hold_first_import
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_sync_import_run import laptop_bundle
from tests.ui_helpers import main_window

T = QApplication.translate
team = team_fixture(devices=0)


def receipts(team: Team) -> int:
    with team.centre.session() as s:
        return int(s.execute(select(func.count()).select_from(BundleReceipt)).scalar_one())


def sync_page(window) -> SyncPage:  # type: ignore[no-untyped-def]
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    return page


def test_a_close_stops_the_import_and_the_next_start_says_how_far(
        team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hold_first_import(monkeypatch)  # still running when the close comes
    files = [laptop_bundle(team, tmp_path / f"b{n:03d}.majlis", n) for n in range(60)]
    window = main_window(manager, team.centre, qtbot, "ckb")
    page = sync_page(window)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.import_paths(files)
    qtbot.waitUntil(lambda: page.progress.value() >= 3, timeout=60_000)
    window.close()
    assert not window.ctx.tasks.busy  # stopped and waited for: nothing runs with no window
    read = receipts(team)
    assert 3 <= read < len(files)
    assert len(page.last_outcomes) == read  # the file being read at the close was finished, not cut

    second = main_window(manager, team.centre, qtbot, "ckb")
    again = sync_page(second)
    qtbot.waitUntil(again.is_loaded, timeout=30_000)
    said = again.import_summary.text()
    heading = T("ClosedImportWords", "Majlis was closed during the last import, which stopped after the file "
                                     "being read.")
    assert heading != "Majlis was closed during the last import, which stopped after the file being read."
    assert said.startswith(heading) and again.import_summary.isVisible()
    assert f"{read} " in said and f" {len(files)}" in said  # files read, of how many
    assert again.results.item(again.results.count() - 1).text() == said
    manager.set_language("ar")
    settle()
    assert again.import_summary.text().startswith(T("ClosedImportWords", "Majlis was closed during the last "
                                                    "import, which stopped after the file being read."))
    # The files chosen again: those read are recognised, the rest imported.
    assert again.import_paths(files)
    qtbot.waitUntil(lambda: again._token is None and len(again.last_outcomes) == len(files), timeout=120_000)
    statuses = [o.status for o in again.last_outcomes]
    assert statuses.count("already_present") == read and statuses.count("imported") == len(files) - read
    assert not again.import_summary.text().startswith(heading[:10])
    second.close()

    third = main_window(manager, team.centre, qtbot, "ar")  # said once, not at every start
    quiet = sync_page(third)
    qtbot.waitUntil(quiet.is_loaded, timeout=30_000)
    assert not quiet.import_summary.isVisible()
