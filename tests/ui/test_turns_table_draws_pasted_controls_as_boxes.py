"""Found by hp8 (session 41), a facilitator pasting a Word-like text into a turn: the turns table shows
control characters as boxes.

Text pasted from Word or from a file read in the wrong encoding carries a vertical tab (Word's manual
line break, Shift+Enter) or U+0085 (NEL: "…" of Windows-1252 read as Latin-1). The turn saves: the
vertical tab is stored as a space (core/field_text.fit), the NEL is kept (a long text may hold C1
controls). But the turns table above the text box draws each as an empty box (tofu), and keeps drawing
the vertical tab as a box after the save stored a space: the table shows what the text box held, not
what view text should be (core/sanitise.readable: "never drawn as boxes"), unlike every other table
(ui/models/column_table.py). Cause: ui/focus_group/turns_model.py TurnsModel.data returns ``row.text``
for the text column as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from pytestqt.qtbot import QtBot

from desktop.core import transcripts
from desktop.core.sanitise import readable
from desktop.ui.context import AppContext
from desktop.ui.focus_group.turns_model import COLUMNS
from desktop.ui.qt_i18n import LanguageManager
from tests.helpers_typing import press
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor

CTRL = Qt.KeyboardModifier.ControlModifier
PASTED = ["ئێمە دەمانەوێت\x0bدەنگمان بگات", "الانتخابات القادمة\x85مهمة"]


def test_pasted_vertical_tab_and_nel_are_not_drawn_as_boxes(ctx: AppContext, manager: LanguageManager,
                                                            qtbot: QtBot) -> None:
    manager.set_language("ckb")
    sid = new_focus_group(ctx.store)
    editor = open_editor(ctx, qtbot, sid)
    edit = editor.transcript.edit
    edit.setFocus()
    for n, words in enumerate(PASTED):
        if n:
            press(edit, Qt.Key.Key_Return, CTRL)  # a new turn
        pasted = QMimeData()
        pasted.setText(words)
        edit.insertFromMimeData(pasted)  # as Ctrl+V inserts it
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass
    with ctx.store.session() as s:
        stored = [t.text for t in transcripts.load(s, sid)]
    # Saved as the box showed it (hp10): the vertical tab a space as the save makes it, the NEL a line
    # break (the box no longer takes a control character it would draw as a box).
    assert stored == ["ئێمە دەمانەوێت دەنگمان بگات", "الانتخابات القادمة\nمهمة"]

    model = editor.transcript.model
    column = COLUMNS.index("text")
    shown = [model.data(model.index(row, column)) for row in range(model.rowCount())]
    try:
        # What the table draws: the stored words as a view shows them, no control character drawn as a box.
        assert shown == [readable(text) for text in stored]
    finally:
        close_editor(editor)


def test_a_stored_turn_with_c1_controls_shows_none_in_the_text_box(ctx: AppContext, manager: LanguageManager,
                                                                  qtbot: QtBot) -> None:
    """A turn that came with C1 controls (an import in the wrong encoding, another laptop's bundle) shows
    them in the text box as nothing (one character wide each, so coded offsets stay), never as boxes;
    the stored text is left alone until the facilitator edits the turn (hp10)."""
    manager.set_language("ar")
    sid = new_focus_group(ctx.store)
    stored = "الانتخابات\x85القادمة\x90مهمة\x9f"
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, text=stored)
    with ctx.store.session() as s:
        assert [t.text for t in transcripts.load(s, sid)] == [stored]
    editor = open_editor(ctx, qtbot, sid)
    try:
        editor.transcript.select(0)
        shown = editor.transcript.edit.toPlainText()
        assert len(shown) == len(stored)
        assert not any(0x80 <= ord(c) <= 0x9F or (ord(c) < 0x20 and c != "\n") for c in shown), repr(shown)
        assert shown == "الانتخابات\nالقادمة\u200bمهمة\u200b"
        with ctx.store.session() as s:  # only looked at: nothing saved
            assert [t.text for t in transcripts.load(s, sid)] == [stored]
    finally:
        close_editor(editor)
