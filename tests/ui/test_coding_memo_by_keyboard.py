"""The memo box of the coding window on the laptop (895x424) at 20 points, reached by keyboard.

The memo is at the foot of the column beside the text, which scrolls on that screen: it had no Alt
letter (only Tab after Tab through the buttons, the codebook and the codes at the cursor led there), and
the column showed a part that took the focus only when Tab reached it, so the box took what was typed
below the fold. Its label now has an Alt letter, and the column brings into view whatever takes the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import at_20_points, basra_focus_group, coder_context_fixture, shown_window
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_accessibility import mnemonic_letter
from tests.ui_helpers import focused, in_view

ctx = coder_context_fixture()


def test_the_memo_box_by_its_alt_letter_and_in_sight(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        session_id, (turn_id,) = basra_focus_group(s)
        water = codebook.create_code(s, name_ar="الماء", name_ckb="ئاو", name_en="Water").id
        coding.apply_code(s, water, "transcript_turn", turn_id, "text", 0, 3, "amal")
    with at_20_points(ctx):
        ws: CodingWorkspace = shown_window(ctx, qtbot, session_id, (895, 424))
        ws.view.setFocus()
        settle()
        letter = mnemonic_letter(ws.memo_label.text())
        assert letter, ws.memo_label.text()
        QTest.sendKeyEvent(QTest.KeyAction.Click, ws.view, Qt.Key(ord(letter.upper())), letter,
                           Qt.KeyboardModifier.AltModifier)
        for _ in range(3):
            settle()
        assert focused() is ws.memo
        assert in_view(ws.memo), "the box that takes what is typed is in sight"
