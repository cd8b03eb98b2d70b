"""Ctrl+F in the coding window finds words in the session's text.

Before, an analyst coding a 1,500-turn focus group could not search inside it at all: the passage
she remembered had to be found by scrolling. Now Ctrl+F opens a find bar under the text; what she
types is found as the app's other searches find it (without harakat, with Arabic-Indic digits,
Sorani letters typed on an Arabic keyboard), Enter / F3 and Shift+Enter / Shift+F3 go round the
matches, "3 of 17" says where, and the match is selected, ready for Ctrl+K. Esc gives the text the
keyboard back.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import codebook, coding
from desktop.core.models import CodedSegment, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets.search_letters import needs_letters
from tests.coding_window_helpers import coder_context_fixture, shown_window

TEXTS = ("👋🏽 بەخێربێن بۆ گفتوگۆکە، ئەمڕۆ باسی یاسای هەڵبژاردن دەکەین لە ساڵی 2018.",
         "قالَ المُشارِكُ: المركز بعيد ١٥ كم 😞 والطريق غير آمن للنساء.",
         "المشارك الثاني: الكهرباء تنقطع، والمركز بعيد أيضاً، بعيد جداً.")

ctx = coder_context_fixture()
SHIFT, NONE = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier


def _window(ctx: AppContext, qtbot: QtBot, *, coded: str | None = None) -> CodingWorkspace:
    """The window on the three turns; ``coded`` words of the second turn coded "access"."""
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="دهۆک", date=dt.date(2023, 1, 5), governorate="duhok")
        s.add(sess)
        s.flush()
        turns = [TranscriptTurn(session_id=sess.id, position=float(i), text=t) for i, t in enumerate(TEXTS)]
        s.add_all(turns)
        s.flush()
        code = codebook.create_code(s, name_en="access", name_ar="وصول", name_ckb="گەیشتن").id
        if coded:
            a = TEXTS[1].index(coded)
            coding.apply_code(s, code, "transcript_turn", turns[1].id, "text", a, a + len(coded), "amal")
        session_id = sess.id
    ws = shown_window(ctx, qtbot, session_id, (1100, 750))
    ws.view.setFocus()
    return ws


def _type(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, NONE)


def _count(ctx: AppContext, i: int, n: int) -> str:
    number = ctx.language.format_number
    return QCoreApplication.translate("FindBar", "%1 of %2").replace("%1", number(i)).replace("%2", number(n))


def _find(ws: CodingWorkspace, qtbot: QtBot, typed: str) -> str:
    """Ctrl+F, the words typed over what was there, the search waited for: the count said."""
    QTest.keyClick(ws.view if ws.view.hasFocus() else ws.find_bar.field, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    assert ws.find_bar.isVisible() and ws.find_bar.field.hasFocus()
    _type(ws.find_bar.field, typed)
    qtbot.waitUntil(lambda: ws.find_bar.searched == typed)
    return ws.find_bar.count.text()


def _selected(ws: CodingWorkspace) -> str:
    return ws.view.textCursor().selectedText()


def _found(ws: CodingWorkspace) -> list[str]:
    """The words underlined as matches (the extra selections after the codings')."""
    return [sel.cursor.selectedText() for sel in ws.view.extraSelections()[len(ws.highlights._selections):]]


def test_ctrl_f_finds_without_harakat_and_esc_gives_the_text_back(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot)
    assert not ws.find_bar.isVisible()
    assert _find(ws, qtbot, "المشارك") == _count(ctx, 1, 2)
    assert _selected(ws) == "المُشارِكُ"  # typed without harakat, found with them
    assert _found(ws) == ["المُشارِكُ", "المشارك"]
    QTest.keyClick(ws.find_bar.field, Qt.Key.Key_Return)
    assert ws.find_bar.count.text() == _count(ctx, 2, 2)
    assert _selected(ws) == "المشارك"
    QTest.keyClick(ws.find_bar.field, Qt.Key.Key_Escape)
    assert not ws.find_bar.isVisible()
    assert ws.view.hasFocus()
    assert _selected(ws) == "المشارك"  # still selected, to be coded
    assert _found(ws) == []
    # Typed with harakat, the words without them are found too.
    assert _find(ws, qtbot, "المُشارِكُ") == _count(ctx, 2, 2)  # from the cursor on: the one selected


def test_kurdish_and_digits_as_typed_on_another_keyboard(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot)
    for typed, meant in (("هەلبژاردن", "هەڵبژاردن"), ("گفتوگۆكه", "گفتوگۆکە"), ("15 كم", "١٥ كم"),
                         ("٢٠١٨", "2018"), ("بەخێربێن", "بەخێربێن")):
        ws.view.moveCursor(ws.view.textCursor().MoveOperation.Start)
        ws.view.setFocus()
        assert _find(ws, qtbot, typed) == _count(ctx, 1, 1), typed
        assert _selected(ws) == meant  # after an emoji: UTF-16 positions, as Qt counts
        QTest.keyClick(ws.find_bar.field, Qt.Key.Key_Escape)


def test_next_and_previous_go_round(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot)
    assert _find(ws, qtbot, "بعيد") == _count(ctx, 1, 3)
    field = ws.find_bar.field
    said = []
    for key, modifier in ((Qt.Key.Key_Return, NONE), (Qt.Key.Key_Enter, NONE), (Qt.Key.Key_Return, NONE),
                          (Qt.Key.Key_Return, SHIFT), (Qt.Key.Key_F3, NONE), (Qt.Key.Key_F3, SHIFT),
                          (Qt.Key.Key_F3, SHIFT)):
        QTest.keyClick(field, key, modifier)
        said.append(ws.find_bar.count.text())
        assert _selected(ws) == "بعيد"
    assert said == [_count(ctx, i, 3) for i in (2, 3, 1, 3, 1, 3, 2)]
    # The third match is in the third turn, after its "والمركز بعيد".
    QTest.keyClick(field, Qt.Key.Key_Return)
    cursor = ws.view.textCursor()
    assert ws.block_at(cursor.selectionStart()) is ws.blocks[2]


def test_count_in_the_digits_chosen(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_digits("arab")
    ws = _window(ctx, qtbot)
    shown = _find(ws, qtbot, "بعيد")
    assert shown == _count(ctx, 1, 3)
    assert "١" in shown and "٣" in shown and "3" not in shown


def test_marks_alone_and_words_not_there_are_said(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot)
    _find(ws, qtbot, "\u064e\u0640")  # a fatha and a tatweel
    assert ws.find_bar.marks_only.error() == needs_letters()
    assert ws.find_bar.count.text() == "" and _found(ws) == []
    field = ws.find_bar.field
    field.clear()
    _type(field, "كهرمان")
    qtbot.waitUntil(lambda: ws.find_bar.searched == "كهرمان")
    assert ws.find_bar.count.text() == QCoreApplication.translate("FindBar", "Not found")
    assert ws.find_bar.marks_only.error() == ""
    QTest.keyClick(field, Qt.Key.Key_Return)  # nothing to go to: nothing moves, nothing breaks
    assert ws.find_bar.count.text() == QCoreApplication.translate("FindBar", "Not found")


def test_a_match_is_coded_with_ctrl_k_and_codings_stay_painted(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot, coded="المركز بعيد")
    assert [s.cursor.selectedText() for s in ws.view.extraSelections()] == ["المركز بعيد"]
    _find(ws, qtbot, "امن للنساء")
    assert _selected(ws) == "آمن للنساء"
    assert [s.cursor.selectedText() for s in ws.view.extraSelections()] == ["المركز بعيد", "آمن للنساء"]
    QTest.keyClick(ws.find_bar.field, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # from the bar
    assert ws.picker.isVisible()
    _type(ws.picker.filter, {"ar": "وصول", "ckb": "گەیشتن"}.get(str(ctx.language.language), "access"))
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: len(ws.segments) == 2)
    with ctx.store.session() as s:
        quotes = sorted(seg.quote for seg in s.scalars(select(CodedSegment)))
    assert quotes == sorted(["المركز بعيد", "آمن للنساء"])
    QTest.keyClick(ws.find_bar.field, Qt.Key.Key_Escape)
    assert sorted(s.cursor.selectedText() for s in ws.view.extraSelections()) == sorted(quotes)


def test_matches_follow_the_text_built_again(ctx: AppContext, qtbot: QtBot) -> None:
    """A language switch builds the text again with labels of other lengths: the underlines and the
    selection stay on the words found, not on the places they had."""
    ws = _window(ctx, qtbot)
    _find(ws, qtbot, "والطريق")
    other = "en" if ctx.language.language != "en" else "ckb"
    before = ws.view.textCursor().selectionStart()
    ctx.language.set_language(other)
    qtbot.waitUntil(lambda: ws._labels_shown[0] == other)  # the text built again
    assert ws.view.textCursor().selectionStart() != before  # the labels before the words changed length
    assert ws.find_bar.count.text() == _count(ctx, 1, 1)
    assert _found(ws) == ["والطريق"]
    assert _selected(ws) == "والطريق"


def test_from_where_the_reader_moved_to(ctx: AppContext, qtbot: QtBot) -> None:
    """The caret put elsewhere by hand: Enter goes to the next match after it, Shift+Enter to the one
    before it (not the neighbours of the match last gone to)."""
    ws = _window(ctx, qtbot)
    assert _find(ws, qtbot, "بعيد") == _count(ctx, 1, 3)
    for forward, said in ((True, 2), (False, 1)):
        cursor = ws.view.textCursor()
        cursor.setPosition(ws.blocks[2].to_doc(0))
        ws.view.setTextCursor(cursor)
        QTest.keyClick(ws.find_bar.field, Qt.Key.Key_Return, NONE if forward else SHIFT)
        assert ws.find_bar.count.text() == _count(ctx, said, 3)


def test_a_turn_edited_meanwhile_leaves_the_reader_where_she_is(ctx: AppContext, qtbot: QtBot) -> None:
    """A turn saved in its editor while the bar is open: its new words are searched too, and the
    caret the reader put elsewhere stays (the search runs again without going to a match)."""
    ws = _window(ctx, qtbot)
    assert _find(ws, qtbot, "بعيد") == _count(ctx, 1, 3)
    cursor = ws.view.textCursor()
    cursor.setPosition(ws.blocks[0].to_doc(3))
    ws.view.setTextCursor(cursor)
    turn_id = ws.blocks[2].doc.id

    def edit(s):  # type: ignore[no-untyped-def]
        s.get(TranscriptTurn, turn_id).text = "المركز بعيد، بعيد، بعيد جداً."

    CollectionOp(ctx, edit).run_in_background()
    assert ctx.tasks.drain(10_000)
    qtbot.waitUntil(lambda: ws.blocks[2].doc.text.startswith("المركز") and len(ws.find_bar.matches) == 4)
    qtbot.wait(50)
    after = ws.view.textCursor()
    assert not after.hasSelection() and ws.block_at(after.position()) is ws.blocks[0]
    assert _found(ws)[0] == "بعيد"


def test_the_field_keeps_its_width_as_the_count_changes(ctx: AppContext, qtbot: QtBot) -> None:
    ws = _window(ctx, qtbot)
    _find(ws, qtbot, "بعيد")
    qtbot.wait(20)
    width = ws.find_bar.field.width()
    ws.find_bar.field.clear()
    _type(ws.find_bar.field, "كهرمان")
    qtbot.waitUntil(lambda: ws.find_bar.searched == "كهرمان")
    qtbot.wait(20)
    assert ws.find_bar.field.width() == width


def test_ctrl_f_looks_for_the_words_selected_in_the_text(ctx: AppContext, qtbot: QtBot) -> None:
    """Words selected in the text (a place named, to follow it through the session) are what Ctrl+F
    looks for, as in any editor; a passage over several turns is not."""
    ws = _window(ctx, qtbot)
    cursor = ws.view.document().find("المركز")  # Qt's own positions (an emoji before it counts two)
    start = cursor.selectionStart()
    ws.view.setTextCursor(cursor)
    QTest.keyClick(ws.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.find_bar.field.text() == "المركز"
    qtbot.waitUntil(lambda: ws.find_bar.searched == "المركز")
    assert ws.find_bar.count.text() == _count(ctx, 1, 2)
    assert ws.view.textCursor().selectionStart() == start  # the selection is the first match
    QTest.keyClick(ws.find_bar.field, Qt.Key.Key_Escape)
    cursor.setPosition(0)
    cursor.movePosition(cursor.MoveOperation.End, cursor.MoveMode.KeepAnchor)  # the whole session
    ws.view.setTextCursor(cursor)
    QTest.keyClick(ws.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.find_bar.field.text() == "المركز"  # kept: a passage is no search
