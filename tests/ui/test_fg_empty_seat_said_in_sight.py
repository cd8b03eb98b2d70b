"""Ctrl+7 in the transcript when nobody sits in seat 7, on the laptop (895x424) at 20 points, in Kurdish.

The refusal ('No participant sits in seat 7.') went to the editor's status line only, below the frame's
fold on that screen (the frame keeps the turns and the text box in sight): nothing seen changed, and the
words typed next went on in the previous speaker's turn. A speaker without consent was said in the banner
over the text box; an empty seat (and a hidden turn) is now said there too, the focus on its Close and
back in the text box with Esc, as for the refused speaker.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager, shown_digits
from tests.helpers_typing import press
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_fg_editor_at_20_points import open_editor
from tests.ui_helpers import focused, in_view

T = QCoreApplication.translate


@pytest.mark.usefixtures("isolated_settings")
def test_an_empty_seat_is_said_over_the_text_box(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        _window, editor = open_editor(manager, demo_store, qtbot, "ckb", monkeypatch)
        t = editor.transcript
        seats = {p.seat for p in editor.people.rows}
        empty = next(n for n in range(9, 0, -1) if n not in seats)
        rows = t.model.rowCount()
        t.edit.setFocus()
        press(t.edit, Qt.Key(Qt.Key.Key_0 + empty), Qt.KeyboardModifier.ControlModifier)
        settle()
        words = T("TranscriptPanel", "No participant sits in seat %1.").replace("%1", shown_digits(str(empty)))
        assert editor.status_line.text() == words
        assert t.banner.isVisible() and t.banner.message() == words
        assert in_view(t.banner), "said where the facilitator looks"
        assert focused() is t.banner.close_button and t.model.rowCount() == rows
        press(focused(), Qt.Key.Key_Escape)
        assert t.banner.isHidden() and focused() is t.edit
    finally:
        manager.set_font_size(None)
