"""A Kurdish or Arabic turn that begins with a Latin word reads right to left in a Kurdish or Arabic session.

"UNDP گوتی 35% ..." took its direction from its first strong letter (the U of UNDP): the text box and
the turns table laid the Kurdish sentence out left to right, its words in the wrong order. In a session
whose language is Arabic or Kurdish, a turn holding any Arabic-script letter now reads right to left;
a turn with no such letter (an English remark) still reads left to right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.core import sessions, transcripts
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.turn_delegate import TurnDelegate
from desktop.ui.focus_group.turns_model import COLUMNS
from desktop.ui.qt_i18n import LanguageManager
from tests.shots import look_folder
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
KURDISH = "UNDP گوتی 35% ی پرۆژەکە تەواو بووە"
ENGLISH = "Thank you, see you next week at 10:00"


def _table_direction(editor: FocusGroupEditor, row: int) -> Qt.LayoutDirection:
    view = editor.transcript.view
    option = QStyleOptionViewItem()
    delegate = view.itemDelegate()
    assert isinstance(delegate, TurnDelegate)
    delegate.initStyleOption(option, editor.transcript.model.index(row, COLUMNS.index("text")))
    return option.direction


def _box_direction(editor: FocusGroupEditor, row: int) -> Qt.LayoutDirection:
    editor.transcript.select(row)
    return editor.transcript.edit.document().firstBlock().textDirection()


def _starts_right(editor: FocusGroupEditor) -> bool:
    """Whether the turn's first letter is drawn on the right of the text box (a right-to-left paragraph)."""
    edit = editor.transcript.edit
    cursor = edit.textCursor()
    cursor.setPosition(0)
    return edit.cursorRect(cursor).x() > edit.viewport().width() // 2


def test_a_kurdish_turn_starting_with_a_latin_word_reads_right_to_left(
    ctx: AppContext, language: LanguageManager, qtbot: QtBot
) -> None:
    sid = new_focus_group(ctx.store)
    sessions.update_session(ctx.store, sid, {"language": "ckb"})
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, KURDISH)
        transcripts.add_turn(s, sid, None, ENGLISH)
    language.set_language("ckb")
    editor = open_editor(ctx, qtbot, sid)

    assert _box_direction(editor, 0) == RTL and _starts_right(editor)
    assert _table_direction(editor, 0) == RTL
    align = editor.transcript.model.index(0, COLUMNS.index("text")).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(align) & Qt.AlignmentFlag.AlignRight
    editor.transcript.view.viewport().grab().save(str(look_folder() / "hp10-ckb-turns.png"))
    editor.grab().save(str(look_folder() / "hp10-ckb-editor.png"))

    # An English remark in the Kurdish session keeps reading left to right.
    assert _box_direction(editor, 1) == LTR and not _starts_right(editor)
    assert _table_direction(editor, 1) == LTR
    close_editor(editor)


def test_an_english_session_keeps_each_turn_in_its_first_letter_direction(ctx: AppContext, qtbot: QtBot) -> None:
    sid = new_focus_group(ctx.store)
    sessions.update_session(ctx.store, sid, {"language": "en"})
    with ctx.store.transaction() as s:
        transcripts.add_turn(s, sid, None, "UNDP said they would come back")
        transcripts.add_turn(s, sid, None, "شكراً لكم UNDP")
        transcripts.add_turn(s, sid, None, KURDISH)
    editor = open_editor(ctx, qtbot, sid)
    assert _box_direction(editor, 0) == LTR and _table_direction(editor, 0) == LTR
    assert _box_direction(editor, 1) == RTL and _table_direction(editor, 1) == RTL
    assert _box_direction(editor, 2) == LTR  # English session: its first letter, the U of UNDP

    # The facilitator sets the session's language to Kurdish: the turn turns at once.
    combo = editor.header.language
    combo.setCurrentIndex(combo.findData("ckb"))
    combo.activated.emit(combo.currentIndex())
    assert editor.transcript.edit.document().firstBlock().textDirection() == RTL and _starts_right(editor)
    assert _table_direction(editor, 2) == RTL and _table_direction(editor, 0) == LTR
    close_editor(editor)
