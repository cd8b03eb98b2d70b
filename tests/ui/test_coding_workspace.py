"""Coding Arabic and Kurdish text through the real workspace widget, emoji and combining marks included."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from desktop.core import codebook
from desktop.core.models import CodedSegment, ConsentRecord, Participant, Session, TranscriptTurn
from desktop.core.offsets import to_utf16
from desktop.ui.coding.window import open_coding_window
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext

# (turn text, the words to select): emoji with skin tone and a flag (two astral code points each),
# harakat on the selected word, a ZWJ family emoji right before it, a combining mark at its edge.
CASES = [
    ("قالَ 👍🏽 المُشارِكُ: الانتخاباتُ مهمةٌ 🇮🇶 جداً", "المُشارِكُ"),
    ("👍🏽🇮🇶 نحتاجُ إلى قانونٍ عادلٍ", "👍🏽🇮🇶 نحتاجُ"),
    ("🇮🇶 پێویستمان بە یاسایەکی هەڵبژاردنە 👍🏽 بۆ هەموو", "یاسایەکی هەڵبژاردنە"),
    ("👨\u200d👩\u200d👧 خێزانەکان\u200d ناگەنە بنکەکان", "خێزانەکان\u200d"),
]


def _type(widget: QWidget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def user_name() -> str:
    return "amal"


@pytest.fixture
def session_id(ctx: AppContext) -> str:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="مجموعة البصرة ١", date=dt.date(2023, 1, 5), governorate="basra")
        p = Participant(code="BSR-FG01-P01", gender="female", age_band="18-29")
        gone = Participant(code="BSR-FG01-P02")
        s.add_all([sess, p, gone])
        s.flush()
        s.add(ConsentRecord(participant_id=gone.id, session_id=sess.id, template_id="t",
                            answers={"participate": True}, withdrawn_at="2023-02-01", withdrawal_scope="all"))
        for i, (text, _) in enumerate(CASES):
            s.add(TranscriptTurn(session_id=sess.id, position=float(i), participant_id=p.id if i % 2 else None,
                                 text=text, timestamp=f"0:0{i}:00"))
        s.add(TranscriptTurn(session_id=sess.id, position=99.0, participant_id=gone.id, text="كلام مسحوب"))
        codebook.create_code(s, name_ar="مشاركة", name_ckb="بەشداری", name_en="Participation", colour="#2e7d32")
        codebook.create_code(s, name_ar="قانون", name_en="Law", colour="#c62828")
        return sess.id


def _select(ws: CodingWorkspace, case: int, words: str) -> QTextCursor:
    block = ws.blocks[case]
    text = block.doc.text
    start = text.index(words)
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(block.start + to_utf16(text, start))
    cursor.setPosition(block.start + to_utf16(text, start + len(words)), QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    ws.view.ensureCursorVisible()
    return cursor


def _stored(ctx: AppContext) -> list[CodedSegment]:
    with ctx.store.session() as s:
        return list(s.scalars(select(CodedSegment).where(CodedSegment.deleted.is_(False))))


@pytest.mark.parametrize("case", range(len(CASES)))
def test_picker_codes_exactly_the_selection(qtbot, ctx: AppContext, session_id: str, case: int) -> None:  # type: ignore[no-untyped-def]
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    with qtbot.waitActive(ws):
        ws.show()
        ws.activateWindow()
    text, words = CASES[case]
    cursor = _select(ws, case, words)
    selected = cursor.selectedText()
    assert selected == words
    ws.view.setFocus()
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ws.picker.isVisible() and ws.picker.filter.hasFocus()
    _type(ws.picker.filter, "مشار")  # folded match: finds "مشاركة"
    assert ws.picker.model.rowCount() == 1
    QTest.keyClick(ws.picker.filter, Qt.Key.Key_Return)
    ctx.tasks.drain()
    (seg,) = _stored(ctx)
    with ctx.store.session() as s:
        turn = s.get(TranscriptTurn, seg.doc_id)
        assert turn is not None and turn.text == text
        assert turn.text[seg.start : seg.end] == selected
    assert seg.coder == "amal" and seg.quote == words
    # The highlight covers the same UTF-16 range as the selection.
    (highlight,) = ws.view.extraSelections()
    assert highlight.cursor.selectedText() == selected
    assert ws.margin.bars and ws.here.count() == 1


def test_drag_in_vivo_memo_remove_and_jump(qtbot, ctx: AppContext, session_id: str) -> None:  # type: ignore[no-untyped-def]
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1000, 700)
    with qtbot.waitActive(ws):
        ws.show()
        ws.activateWindow()
    # Drag "Law" from the workspace's codebook tree onto the selected Kurdish words.
    _select(ws, 2, "هەڵبژاردنە")
    with ctx.store.session() as s:
        law = next(c for c in codebook.live_codes(s) if c.name_en == "Law")
    mime = ws.codes.mimeData([ws.codes.index_for(law.id)])
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction | Qt.DropAction.MoveAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    ws.view.dropEvent(drop)
    ctx.tasks.drain()
    (seg,) = _stored(ctx)
    assert seg.code_id == law.id and seg.quote == "هەڵبژاردنە"
    # Overlapping in-vivo code with Ctrl+I: a new Kurdish-named code.
    _select(ws, 2, "یاسایەکی هەڵبژاردنە")
    ws.view.setFocus()
    QTest.keyClick(ws.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    ctx.tasks.drain()
    with ctx.store.session() as s:
        names = {c.name_ckb for c in codebook.live_codes(s)}
    assert "یاسایەکی هەڵبژاردنە" in names
    assert len(ws.view.extraSelections()) == 2 and len(ws.margin.bars) == 2
    # Memo and removal through the side panel for the segment under the cursor.
    _select(ws, 2, "هەڵبژاردنە")
    assert ws.here.count() == 2
    ws.here.setCurrentRow(0)
    ws.memo.setPlainText("تێبینی")
    ws.memo_btn.click()
    ctx.tasks.drain()
    assert any(x.memo == "تێبینی" for x in _stored(ctx))
    ws.remove_btn.click()
    ctx.tasks.drain()
    assert len(_stored(ctx)) == 1 and len(ws.view.extraSelections()) == 1
    # Withdrawn speech is shown redacted and cannot be coded.
    withdrawn = ws.blocks[-1]
    assert not withdrawn.doc.codable
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(withdrawn.start)
    cursor.setPosition(withdrawn.start + 1, QTextCursor.MoveMode.KeepAnchor)
    ws.view.setTextCursor(cursor)
    ws.apply_code(law.id)
    assert not ctx.tasks.busy and "withdrawn" in ws.status.text()
    # Jump to a segment from elsewhere (retrieval).
    remaining = _stored(ctx)[0]
    win = open_coding_window(ctx, session_id, remaining.id)
    qtbot.addWidget(win)
    assert win.view.textCursor().selectedText() == remaining.quote


def test_models_pass_qtmodeltester(qtmodeltester, ctx: AppContext, session_id: str) -> None:  # type: ignore[no-untyped-def]
    ws = CodingWorkspace(ctx, session_id)
    with ctx.store.transaction() as s:
        parent = codebook.live_codes(s)[0]
        codebook.create_code(s, name_en="Child", parent_id=parent.id)
    ws.load()
    qtmodeltester.check(ws.codes)
    qtmodeltester.check(ws.picker.model)
    ws.deleteLater()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_screenshots(qtbot, ctx: AppContext, session_id: str, lang: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ctx.language.set_language(lang)
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 650)
    with qtbot.waitExposed(ws):
        ws.show()
    with ctx.store.session() as s:
        codes = codebook.live_codes(s)
    for i, (_, words) in enumerate(CASES):
        _select(ws, i, words)
        ws.apply_code(codes[i % 2].id)
        ctx.tasks.drain()
    _select(ws, 0, "الانتخاباتُ مهمةٌ")
    ws.apply_code(codes[1].id)
    ctx.tasks.drain()
    _select(ws, 0, "المُشارِكُ")
    ws.open_picker()
    qtbot.wait(50)
    assert ws.grab().save(str(tmp_path / f"coding_workspace_{lang}.png"))
