"""Merge with previous turn (Ctrl+Shift+Backspace) and Split turn at cursor (Ctrl+Shift+Enter).

Typing live in a hall, a facilitator often gave one speaker's words two turns (the wrong key) or two
speakers one turn; the only mend was to retype the words and delete a turn, and the codings on the
deleted turn were lost with it. Now a merge joins the words (with a space) under the previous turn's
speaker and stamp, a split makes the text after the caret a new turn right after, and the coded
segments move with their words (core/turn_joins.py); a cut through coded words is refused. Ctrl+Z
right after either undoes it. All on a real store.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding, participants, sessions, text_cut, transcripts
from desktop.core.models import CodedSegment
from desktop.core.offsets import to_utf16
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from tests.helpers_typing import press, type_text
from tests.ui.test_recording_fg_editor import close_editor, consent_for, new_focus_group, open_editor

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

AR_ONE = "الانتخابات القادمة مهمة"
AR_TWO = "لكن الناس لا يثقون بالمرشحين"
CKB_ONE = "ئێمە دەمانەوێت دەنگمان بگات"
CKB_TWO = "بە ئەنجومەنی پارێزگا"


def _seated(ctx: AppContext, sid: str, n: int = 2) -> list[str]:
    with ctx.store.transaction() as s:
        ids = [participants.add_to_session(s, sid).id for _ in range(n)]
    for pid in ids:
        consent_for(ctx.store, pid, sid)
    return ids


def _turns(ctx: AppContext, sid: str, *turns: tuple[str | None, str, str]) -> list[str]:
    with ctx.store.transaction() as s:
        return [transcripts.add_turn(s, sid, pid, text, timestamp=stamp).id for pid, text, stamp in turns]


def _stored(ctx: AppContext, sid: str) -> list[tuple[str, str, str]]:
    with ctx.store.session() as s:
        return [(t.speaker_code, t.text, t.timestamp) for t in transcripts.load(s, sid)]


def _code(ctx: AppContext, turn_id: str, text: str, words: str) -> str:
    """``words`` in the turn coded; returns the segment's id."""
    start = text.index(words)
    with ctx.store.transaction() as s:
        code = codebook.create_code(s, name_ar="الثقة")
        return coding.apply_code(s, code.id, "transcript_turn", turn_id, "text", start, start + len(words), "ليلى").id


def _segment(ctx: AppContext, segment_id: str) -> tuple[str, str]:
    """The segment's turn and the words it points at in that turn now."""
    with ctx.store.session() as s:
        seg = s.get(CodedSegment, segment_id)
        assert seg is not None and not seg.deleted
        text = coding.document_text(s, "transcript_turn", seg.doc_id, "text")
        assert not seg.needs_review
        assert seg.quote == text[seg.start:seg.end]
        return seg.doc_id, text[seg.start:seg.end]


def _caret(editor: FocusGroupEditor, row: int, index: int) -> None:
    """The caret in turn ``row`` at code point ``index`` (Qt counts UTF-16 units)."""
    panel = editor.transcript
    panel.select(row)
    cursor = panel.edit.textCursor()
    cursor.setPosition(to_utf16(panel.model.rows[row].text, index))
    panel.edit.setTextCursor(cursor)
    panel.edit.setFocus()


def _no_question(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def never(box: QMessageBox) -> int:
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", never)
    return asked


def test_merge_joins_the_words_under_the_previous_speaker_and_stamp(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = new_focus_group(ctx.store)
    seat1, _ = _seated(ctx, sid)
    _turns(ctx, sid, (None, "سؤال", "0:01:00"), (seat1, AR_ONE, "0:02:00"), (seat1, AR_TWO, "0:03:10"),
           (None, "شكراً", "0:04:00"))
    asked = _no_question(monkeypatch)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    assert "Ctrl+Shift+Enter" in panel.hint.text() and "Ctrl+Shift+Backspace" in panel.hint.text()
    assert panel.hint.text() == panel.edit.toolTip()

    _caret(editor, 2, 0)
    type_text(panel.edit, "نعم، ")  # typed, not saved yet: merged with the rest
    press(panel.edit, Qt.Key.Key_Backspace, CTRL_SHIFT)
    assert asked == []  # one speaker: nothing to ask
    merged = AR_ONE + " نعم، " + AR_TWO
    assert [r.text for r in panel.model.rows] == ["سؤال", merged, "شكراً"]
    assert panel.current == 1 and panel.edit.toPlainText() == merged
    assert panel.edit.textCursor().position() == len(AR_ONE) + 1  # the caret where the second turn's words begin
    assert not editor.has_unsaved()
    assert _stored(ctx, sid) == [("", "سؤال", "0:01:00"), ("BSR-FG01-P01", merged, "0:02:00"),
                                 ("", "شكراً", "0:04:00")]

    _caret(editor, 0, 0)  # the first turn has no turn before it: said, nothing changes
    press(panel.edit, Qt.Key.Key_Backspace, CTRL_SHIFT)
    assert len(panel.model.rows) == 3
    assert "no turn before" in editor.status_line.text()
    close_editor(editor)


def test_merging_two_speakers_asks_once_and_cancel_keeps_both(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = new_focus_group(ctx.store)
    seat1, seat2 = _seated(ctx, sid)
    _turns(ctx, sid, (seat1, CKB_ONE, "0:05:00"), (seat2, CKB_TWO, "0:05:30"))
    asked: list[str] = []
    choice = ["cancel"]

    def answer(box: QMessageBox) -> int:
        asked.append(box.text().replace("\u2060", ""))  # pseudonyms stand whole: no line break after a hyphen
        assert "BSR-\u2060FG01-\u2060P01" in box.text()
        wanted = QMessageBox.ButtonRole.AcceptRole if choice[0] == "merge" else QMessageBox.ButtonRole.RejectRole
        names = [b.text() for b in box.buttons()]
        assert any("Merge" in n for n in names) and len(names) == 2
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    _caret(editor, 1, 3)
    press(panel.edit, Qt.Key.Key_Backspace, CTRL_SHIFT)
    assert len(asked) == 1 and "BSR-FG01-P01" in asked[0] and "BSR-FG01-P02" in asked[0]
    assert [r.text for r in panel.model.rows] == [CKB_ONE, CKB_TWO]  # Cancel: nothing merged
    assert _stored(ctx, sid) == [("BSR-FG01-P01", CKB_ONE, "0:05:00"), ("BSR-FG01-P02", CKB_TWO, "0:05:30")]

    choice[0] = "merge"
    panel.view.setFocus()  # from the turns table too
    press(panel.view, Qt.Key.Key_Backspace, CTRL_SHIFT)
    assert len(asked) == 2
    assert _stored(ctx, sid) == [("BSR-FG01-P01", CKB_ONE + " " + CKB_TWO, "0:05:00")]
    assert panel.current_turn_label() == "BSR-FG01-P01"
    close_editor(editor)


def test_split_makes_a_new_turn_after_with_the_same_speaker_and_stamp(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = new_focus_group(ctx.store)
    seat1, seat2 = _seated(ctx, sid)
    said = AR_ONE + " " + AR_TWO
    _turns(ctx, sid, (None, "سؤال", "0:01:00"), (seat1, said, "0:02:00"), (None, "شكراً", "0:04:00"))
    _no_question(monkeypatch)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    _caret(editor, 1, len(AR_ONE))  # before the space: the space goes, neither turn begins or ends with it
    press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    assert [r.text for r in panel.model.rows] == ["سؤال", AR_ONE, AR_TWO, "شكراً"]
    assert panel.current == 2 and panel.edit.textCursor().position() == 0
    assert _stored(ctx, sid) == [("", "سؤال", "0:01:00"), ("BSR-FG01-P01", AR_ONE, "0:02:00"),
                                 ("BSR-FG01-P01", AR_TWO, "0:02:00"), ("", "شكراً", "0:04:00")]
    # The caret waits inside the new turn's words: a speaker key gives it its speaker, not a new turn.
    press(panel.edit, Qt.Key.Key_2, CTRL)
    assert len(panel.model.rows) == 4 and panel.current_turn_label() == "BSR-FG01-P02"
    editor.flush()
    assert _stored(ctx, sid)[2] == ("BSR-FG01-P02", AR_TWO, "0:02:00")

    _caret(editor, 2, len(AR_TWO))  # at the end: nothing to split off, said
    press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    assert len(panel.model.rows) == 4 and "cursor" in editor.status_line.text()
    close_editor(editor)


def test_ctrl_z_undoes_a_merge_and_a_split(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    sid = new_focus_group(ctx.store)
    seat1, seat2 = _seated(ctx, sid)
    _turns(ctx, sid, (seat1, AR_ONE, ""), (seat2, AR_TWO, "0:03:00"), (None, "شكراً", "0:04:00"))

    def merge(box: QMessageBox) -> int:
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", merge)
    before = _stored(ctx, sid)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    _caret(editor, 1, 0)
    press(panel.edit, Qt.Key.Key_Backspace, CTRL_SHIFT)
    # The first turn had no stamp: the merged turn keeps the second's rather than none.
    assert _stored(ctx, sid)[0] == ("BSR-FG01-P01", AR_ONE + " " + AR_TWO, "0:03:00")
    press(panel.edit, Qt.Key.Key_Z, CTRL)
    assert _stored(ctx, sid) == before  # the second speaker, words and stamp back; the first's stamp too
    assert [(r.speaker_code, r.text, r.timestamp) for r in panel.model.rows] == before
    assert panel.current == 1

    _caret(editor, 0, 4)
    press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    assert len(_stored(ctx, sid)) == 4
    press(panel.edit, Qt.Key.Key_1, CTRL)  # a speaker key, then Ctrl+Z twice: the speaker, then the split
    press(panel.edit, Qt.Key.Key_Z, CTRL)
    press(panel.edit, Qt.Key.Key_Z, CTRL)
    assert _stored(ctx, sid) == before and len(panel.model.rows) == 3
    assert panel.edit.toPlainText() == AR_ONE and panel.edit.textCursor().position() == 4

    _caret(editor, 0, 4)  # typing after a split: Ctrl+Z is the typing's again
    press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    type_text(panel.edit, "و")
    press(panel.edit, Qt.Key.Key_Z, CTRL)
    assert len(panel.model.rows) == 4
    close_editor(editor)


def test_coded_words_move_with_a_merge_and_a_split(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid = new_focus_group(ctx.store)
    seat1, _ = _seated(ctx, sid)
    ids = _turns(ctx, sid, (seat1, AR_ONE, "0:02:00"), (seat1, AR_TWO, "0:03:00"), (None, "شكراً", "0:04:00"))
    on_first = _code(ctx, ids[0], AR_ONE, "القادمة")
    on_second = _code(ctx, ids[1], AR_TWO, "لا يثقون")
    on_last = _code(ctx, ids[2], "شكراً", "شكراً")
    asked = _no_question(monkeypatch)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript

    _caret(editor, 1, 2)
    press(panel.edit, Qt.Key.Key_Backspace, CTRL_SHIFT)
    assert asked == []
    assert _segment(ctx, on_first) == (ids[0], "القادمة")
    assert _segment(ctx, on_second) == (ids[0], "لا يثقون")  # moved to the merged turn, on the same words
    assert _segment(ctx, on_last) == (ids[2], "شكراً")

    # Split the merged turn between the two coded spans: each stays on its words.
    _caret(editor, 0, len(AR_ONE) + 1)
    press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    new_id = panel.model.rows[1].turn_id
    assert new_id is not None and new_id not in ids
    assert _segment(ctx, on_first) == (ids[0], "القادمة")
    assert _segment(ctx, on_second) == (new_id, "لا يثقون")
    assert _stored(ctx, sid)[1] == ("BSR-FG01-P01", AR_TWO, "0:02:00")

    # A cut through coded words is refused in one line; nothing changes.
    inside = AR_TWO.index("يثقون")
    _caret(editor, 1, inside)
    press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    assert len(_stored(ctx, sid)) == 3
    assert "coded words" in editor.status_line.text()
    assert _segment(ctx, on_second) == (new_id, "لا يثقون")
    close_editor(editor)


@pytest.mark.parametrize("text, cluster", [
    ("كتبتُ بِّ قولاً", "بِّ"),  # a letter with shadda and kasra: three code points, one character
    ("ئەوە باشە 👨‍👩‍👧 دەنگەکان", "👨‍👩‍👧"),  # a family joined by ZWJ, with surrogate pairs in Qt
    ("بڕیار 🇮🇶 دراوە", "🇮🇶"),  # a flag: two regional indicators
])
def test_a_split_inside_a_character_cuts_before_it(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, text: str, cluster: str
) -> None:
    sid = new_focus_group(ctx.store)
    (seat1,) = _seated(ctx, sid, 1)
    _turns(ctx, sid, (seat1, text, "0:02:00"))
    _no_question(monkeypatch)
    editor = open_editor(ctx, qtbot, sid)
    panel = editor.transcript
    start = text.index(cluster)
    _caret(editor, 0, start + 1)  # between the letter and its harakat, inside the emoji
    assert not text_cut.is_boundary(text, start + 1)
    press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    head, tail = [t for _, t, _ in _stored(ctx, sid)]
    assert tail == text[start:] and head == text[:start].rstrip()
    assert tail.startswith(cluster)  # the character whole, in the new turn
    close_editor(editor)


@pytest.mark.parametrize("command", ["merge", "split"])
def test_merge_or_split_on_a_session_deleted_elsewhere_says_it_is_gone(
    ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """It said "These turns were changed elsewhere meanwhile" and stayed editable: now the shared words of a
    session deleted elsewhere, and the editor turns read-only, offering no Unlock…."""
    sid = new_focus_group(ctx.store)
    (seat1,) = _seated(ctx, sid, 1)
    _turns(ctx, sid, (seat1, AR_ONE, "0:02:00"), (seat1, AR_TWO, "0:03:10"))
    _no_question(monkeypatch)
    editor = open_editor(ctx, qtbot, sid)
    before = _stored(ctx, sid)
    sessions.tombstone_session(ctx.store, sid)  # another window, majlis-cli, a team update
    ctx.language.set_language("ckb")
    panel = editor.transcript
    if command == "merge":
        _caret(editor, 1, 0)
        press(panel.edit, Qt.Key.Key_Backspace, CTRL_SHIFT)
    else:
        _caret(editor, 0, AR_ONE.index("القادمة"))
        press(panel.edit, Qt.Key.Key_Return, CTRL_SHIFT)
    assert editor.status_line.text() == QApplication.translate(
        "SaveFailure", "Not saved: this session is no longer in the database (it was deleted elsewhere "
        "meanwhile). Copy what you typed before you leave it.")
    assert editor.is_read_only() and editor.lifecycle.unlock_button.isHidden()
    assert [r.text for r in panel.model.rows] == [AR_ONE, AR_TWO]
    assert _stored(ctx, sid) == before  # read as the deleted session's turns: nothing changed
    close_editor(editor)
