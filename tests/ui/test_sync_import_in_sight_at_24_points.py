"""At 24 points on a 1366x768 laptop the Sync page is taller than the window: the Import button is in
sight at the bottom of it, the progress bar that shows under it once the import starts, and the
summary that replaces it at the end, were not. A coordinator with poor sight pressed Import and saw
nothing happen but the buttons greyed, and at the end saw no summary unless they scrolled. Now the
page brings the bar into sight when an import starts, and its summary when it ends."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_sync_import_run import SlowStick, laptop_bundle
from tests.ui_helpers import in_view, main_window_on_screen

team = team_fixture(devices=0)


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_progress_and_the_summary_come_into_sight(lang: str, team: Team, manager: LanguageManager,
                                                      qtbot: QtBot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    files = [laptop_bundle(team, tmp_path / f"b{n}.majlis", n) for n in range(3)]
    stick = SlowStick(tmp_path / "slow.majlis", monkeypatch)  # the import waits on it: the bar can be seen
    chosen = [*files, stick.path]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in chosen], "")))
    window = main_window_on_screen(manager, team.centre, qtbot, lang, 24, (1366, 768), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    page.scroller.ensureWidgetVisible(page.import_button)  # where the coordinator presses it
    assert in_view(page.import_button)
    try:
        page.import_button.click()
        qtbot.waitUntil(stick.being_read, timeout=60_000)
        qtbot.waitUntil(lambda: in_view(page.progress_row), timeout=5_000)
    finally:
        stick.answer(b"not a bundle")
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert page.import_summary.isVisible()
    qtbot.waitUntil(lambda: in_view(page.import_summary), timeout=5_000)
    window.close()
