"""The coding window lays a turn out as the focus-group editor does (desktop/core/text_direction.py).

A Kurdish or Arabic turn that begins with a Latin word or a number ("UNDP گوتی 35% ...") read right to
left in the editor, but the coding window took each paragraph's direction from its first strong
letter: the same turn started at the left edge, its words in the wrong order, its speaker's line on
the left. In a session whose language is Arabic or Kurdish such a turn now reads right to left here
too; an English turn in an Arabic session still reads left to right.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.models import AgendaItem, Participant, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.shots import look_folder

RTL, LTR = Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight
KURDISH = "UNDP گوتی 35% ی پرۆژەکە تەواو بووە."
WHATSAPP = "WhatsApp لە گروپەکەدا نووسیمان، بەڵام کەس وەڵامی نەدایەوە.\n2024 هەمان شت بوو."
ENGLISH = "Thank you, see you next week at 10:00."


def _session(store: Store, language: str, turns: list[str], notes: str = "") -> str:
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2024, 3, 5), governorate="erbil",
                       language=language)
        person = Participant(code="EBL-FG02-P03")
        s.add_all([sess, person])
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), participant_id=person.id, text=text,
                                 timestamp=f"0:0{i}:00") for i, text in enumerate(turns))
        if notes:
            s.add(AgendaItem(session_id=sess.id, position=0.0, title="UNDP", notes=notes))
        return sess.id


def _window(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str, session_id: str
            ) -> tuple[AppContext, CodingWorkspace]:
    manager.set_language(lang)
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 750)
    with qtbot.waitExposed(ws):
        ws.show()
    return ctx, ws


def _paragraphs(ws: CodingWorkspace, doc: int) -> list[QTextBlock]:
    block = ws.blocks[doc]
    first = ws.view.document().findBlock(block.start)
    last = ws.view.document().findBlock(block.end)
    out = [first]
    while out[-1] != last:
        out.append(out[-1].next())
    return out


def _starts_right(ws: CodingWorkspace, doc: int) -> bool:
    """Whether the document's first letter is drawn in the right half of the text."""
    cursor = QTextCursor(ws.view.document())
    cursor.setPosition(ws.blocks[doc].start)
    return ws.view.cursorRect(cursor).x() > ws.view.viewport().width() // 2


def _edges(block: QTextBlock) -> tuple[float, float]:
    line = block.layout().lineAt(0).naturalTextRect()
    return line.left(), line.right()


def test_a_kurdish_turn_starting_with_a_latin_word_reads_right_to_left(
        manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    sid = _session(store, "ckb", [KURDISH, WHATSAPP, ENGLISH], notes="35% ی بەشداربووان ئافرەت بوون")
    ctx, ws = _window(manager, store, qtbot, "ckb", sid)
    ws.view.viewport().grab().save(str(look_folder() / "hp2-coding-ckb.png"))
    kurdish, whatsapp, english, notes = range(4)
    for doc in (kurdish, whatsapp, notes):
        for paragraph in _paragraphs(ws, doc):  # "2024 هەمان ..." too: the whole turn, as in the editor
            assert paragraph.textDirection() == RTL, paragraph.text()
        assert _starts_right(ws, doc), ws.blocks[doc].doc.text
        # The speaker's line above it sits on the same side.
        words = _paragraphs(ws, doc)[0]
        assert abs(_edges(words.previous())[1] - _edges(words)[1]) < 2
    assert [p.textDirection() for p in _paragraphs(ws, english)] == [LTR]
    assert not _starts_right(ws, english)
    assert ctx.tasks.drain(10_000)


def test_an_english_turn_in_an_arabic_session_stays_left_to_right(
        manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    sid = _session(store, "ar", [ENGLISH, "WhatsApp قالوا إن المركز بعيد."])
    ctx, ws = _window(manager, store, qtbot, "ar", sid)
    assert [p.textDirection() for p in _paragraphs(ws, 0)] == [LTR]
    assert not _starts_right(ws, 0)
    assert [p.textDirection() for p in _paragraphs(ws, 1)] == [RTL]
    assert _starts_right(ws, 1)
    assert ctx.tasks.drain(10_000)


def test_an_english_session_keeps_each_paragraph_in_its_first_letter_direction(
        manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    sid = _session(store, "en", [KURDISH, "گوتی UNDP"])
    ctx, ws = _window(manager, store, qtbot, "ckb", sid)
    assert [p.textDirection() for p in _paragraphs(ws, 0)] == [LTR]
    assert [p.textDirection() for p in _paragraphs(ws, 1)] == [RTL]
    assert ctx.tasks.drain(10_000)
