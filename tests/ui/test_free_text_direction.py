"""Free text reads in its own direction: a Kurdish memo sits on the right even in an English screen,
an English one on the left in a Kurdish screen; table cells holding people's words do the same."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding.codebook_page import CodebookPage
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.widgets.free_text import FreeTextEdit, text_alignment

KURDISH = "ئەم بەشە باسی ڕێگری لە دەنگدان دەکات"
ENGLISH = "This part is about obstacles to voting"


def _type(widget: QWidget, text: str) -> None:
    # Non-ASCII text is typed character by character (qtbot.keyClicks aborts on Arabic script).
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


def line_starts_right(edit: QTextEdit | QPlainTextEdit) -> bool:
    """Where the first paragraph begins on screen: True when its first letter is on the right half."""
    cursor = QTextCursor(edit.document())
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    x = edit.cursorRect(cursor).center().x()
    return x > edit.viewport().width() // 2


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_each_paragraph_follows_its_own_direction(qtbot: QtBot, qapp: QApplication,
                                                  direction: Qt.LayoutDirection) -> None:
    saved = qapp.layoutDirection()
    qapp.setLayoutDirection(direction)
    try:
        for text, right in ((KURDISH, True), (ENGLISH, False)):
            edit = FreeTextEdit()
            qtbot.addWidget(edit)
            edit.resize(500, 120)
            edit.show()
            edit.setFocus()
            _type(edit, text[:12])  # typed, as a person does
            edit.setPlainText(text)
            assert line_starts_right(edit) is right, (text, direction)
        if direction == Qt.LayoutDirection.LeftToRight:
            # The "Kurdish memos are left-aligned", checked: a QPlainTextEdit in an English
            # screen puts Kurdish on the left. This is why memos are not one.
            plain = QPlainTextEdit()
            qtbot.addWidget(plain)
            plain.resize(500, 120)
            plain.show()
            plain.setPlainText(KURDISH)
            assert not line_starts_right(plain)
    finally:
        qapp.setLayoutDirection(saved)


def test_cells_of_free_text_align_by_content() -> None:
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    assert text_alignment(KURDISH) & right == right
    assert text_alignment("«" + KURDISH) & right == right  # punctuation first decides nothing
    assert text_alignment(ENGLISH) & left == left
    assert text_alignment("١٢٣") & Qt.AlignmentFlag.AlignLeading


def test_the_memo_and_the_codebook_texts_are_free_text(ctx: AppContext, qtbot: QtBot) -> None:
    """The real editors: the coding workspace's memo and the codebook's definition boxes, in English."""
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="Basra 1", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=1.0, text=KURDISH))
        codebook.create_code(s, name_ar="مشاركة", name_ckb="بەشداری", name_en="Participation", colour="#2e7d32")
        sid = sess.id
    ws = CodingWorkspace(ctx, sid)
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    ws.show()
    assert isinstance(ws.memo, FreeTextEdit)
    ws.memo.setPlainText(KURDISH)
    assert line_starts_right(ws.memo)

    page = CodebookPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    for box in page.texts.values():
        assert isinstance(box, FreeTextEdit)
        box.setPlainText(KURDISH)
        assert line_starts_right(box)


@pytest.mark.parametrize("kind", ["memo", "turn"])
def test_an_empty_box_starts_on_the_interfaces_side(kind: str, qtbot: QtBot) -> None:
    """In a right-to-left screen an empty memo or transcript turn has its caret on the right (it sat
    on the left and jumped at the first Kurdish letter); a Latin paragraph still goes left."""
    from desktop.ui.focus_group.turn_edit import TurnTextEdit

    edit: QTextEdit = FreeTextEdit() if kind == "memo" else TurnTextEdit()
    qtbot.addWidget(edit)
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    edit.resize(400, 120)
    edit.show()
    assert line_starts_right(edit)
    assert not edit.document().isUndoAvailable()  # the direction is not an edit
    _type(edit, KURDISH)
    assert line_starts_right(edit)
    edit.clear()
    assert line_starts_right(edit)
    QTest.keyClicks(edit, ENGLISH)
    assert not line_starts_right(edit)
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.toPlainText() == "" and line_starts_right(edit)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the interface switched to English
    assert not line_starts_right(edit)
