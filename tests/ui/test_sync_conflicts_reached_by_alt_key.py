"""The coordinator reaches the open conflicts from the keyboard, in Arabic on a 1366x768 laptop, at the
usual text size and at 20 points: Alt and the letter of "Open conflicts" put the focus on the table,
which stood below the page's fold, out of sight (Qt's scroll area follows Tab only), so the arrows
and Enter worked on a table nobody could see. The page now scrolls to show it whole, and Enter opens
the conflict under the cursor."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.sync.page import SyncPage
from tests.sync.test_sync_team_conflicts import make_conflict
from tests.sync_helpers import make_team
from tests.ui_helpers import focused, in_view, main_window_on_screen


@pytest.mark.parametrize("points", [None, 20])
def test_alt_and_the_letter_of_open_conflicts_shows_the_table(tmp_path: Path, qtbot: QtBot, manager: LanguageManager,
                                                             monkeypatch: pytest.MonkeyPatch, points: int | None) -> None:
    team = make_team(tmp_path, roles=("field", "coordinator"))
    try:
        make_conflict(team, tmp_path)
        window = main_window_on_screen(manager, team.centre, qtbot, "ar", points, (1366, 768), monkeypatch)
        window.go_to("sync")
        page = window.current_page()
        assert isinstance(page, SyncPage)
        qtbot.waitUntil(page.is_loaded)
        qtbot.waitUntil(lambda: page.conflicts_model.rowCount() == 1)
        page.import_button.setFocus()
        qtbot.waitUntil(lambda: in_view(page.import_button))
        # Below the fold, as the coordinator starts (once the page's tables are in and laid out: on a busy
        # machine the page was looked at before its devices table had made it that tall).
        qtbot.waitUntil(lambda: not in_view(page.conflicts_view), timeout=5_000)
        label = page.conflicts.label.text()
        letter = label[label.index("&") + 1]
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                           Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: focused() is page.conflicts_view)
        qtbot.waitUntil(lambda: in_view(page.conflicts_view))
        QTest.keyClick(focused(), Qt.Key.Key_Return)
        dialogs = [d for d in page.findChildren(ConflictDialog) if d.isVisible()]
        assert len(dialogs) == 1
        dialogs[0].reject()
        QApplication.processEvents()
        window.close()
    finally:
        team.close()
