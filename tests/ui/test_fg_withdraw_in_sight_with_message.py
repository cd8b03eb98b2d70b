"""Withdraw consent… and the line that answers it, in sight together on a laptop at 20 points.

At 20 points on a 1366x768 laptop at 150 % the focus-group editor is taller than its frame, which scrolls
the editor's message line into sight as it is said. The Participants tab had its buttons above the list:
in Kurdish, after a withdrawal of quotes ("MYS-FG01-P02 will never be quoted…", two lines), the frame
scrolled down to the message and Withdraw consent…, which kept the focus, went above the frame's top
(25 pixels of it); in Arabic "Select a participant first." did the same (39 pixels). The buttons are now
under the list, as on the Participants page, beside the message line, and in the order Tab reaches them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.focus_group.editor import PEOPLE_TAB
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.select_row import select_row
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.shots import shots_folder
from tests.ui.test_fg_editor_at_20_points import frame_of, in_sight, open_editor
from tests.ui.test_fg_withdraw_consent import answered


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
@pytest.mark.parametrize("case", ["quotes", "nobody"])
def test_withdraw_and_its_message_in_sight_together(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path, lang: str, case: str) -> None:
    try:
        window, editor = open_editor(manager, demo_store, qtbot, lang, monkeypatch)
        editor.tabs.setCurrentIndex(PEOPLE_TAB)
        settle()
        frame = frame_of(editor)
        if case == "quotes":
            select_row(editor.people_view, 1)  # a person whose consent is given
        else:
            editor.people_view.setCurrentIndex(editor.people.index(-1, -1))
        button = editor.withdraw_button
        button.setFocus(Qt.FocusReason.TabFocusReason)
        bar = frame.verticalScrollBar()
        assert bar.maximum() > 0, "the test wants an editor taller than its frame"
        # The button at the frame's foot (or as low as the frame goes), the message line below the fold.
        port = frame.viewport()
        bar.setValue(max(0, button.mapTo(editor, button.rect().bottomLeft()).y() + 1 - port.height()))
        settle()
        assert in_sight(frame, button) and not in_sight(frame, editor.status_line)
        seen: list[str] = []
        if case == "quotes":
            answered(qtbot, "quotes", seen)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: editor.status_line.text() != "", timeout=10_000)
        settle()
        qtbot.waitUntil(lambda: in_sight(frame, editor.status_line), timeout=2000)
        assert len(seen) == (case == "quotes")
        assert in_sight(frame, button), (button.mapTo(port, button.rect().topLeft()), port.size())
        assert editor.window().focusWidget() is button  # the window's focus, back on the button
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_STATUS_SHOTS") / f"fg_withdraw_{case}_{lang}.png"))
    finally:
        manager.set_font_size(None)
