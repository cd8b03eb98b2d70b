"""In the coding window a speaker's line ("BSR-FG01-P01  0:01:00") sits on the side its turn starts from.

The line starts with Latin letters, so Qt laid it out left to right: above an Arabic or Kurdish turn
it was at the left edge, across the window from the words it introduces, in every interface
language; the reader had to look from one side to the other at every turn.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.models import AgendaItem, Participant, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner

TURNS = ["المركز بعيد ١٥ كم 😞 والطريق غير آمن", "ئافرەتان لە گوندەکان ناتوانن بڕۆن بۆ بنکەکان 🇮🇶",
         "The Facebook page had the list, but not in Kurdish.", "IHEC ما حدّثت بطاقتي"]
# The session is Arabic (the stored default): the last turn, though it starts with a Latin word, reads
# right to left as in the focus-group editor (desktop/core/text_direction.py).
RTL = [True, True, False, True]


def _edges(block: QTextBlock) -> tuple[float, float]:
    line = block.layout().lineAt(0).naturalTextRect()
    return line.left(), line.right()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_speaker_lines_sit_above_the_start_of_their_words(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                         lang: str) -> None:
    manager.set_language(lang)
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="ميسان", date=dt.date(2023, 1, 5), governorate="maysan")
        person = Participant(code="MYS-FG01-P04")
        s.add_all([sess, person])
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), participant_id=person.id, text=text,
                                 timestamp=f"0:0{i}:00") for i, text in enumerate(TURNS))
        session_id = sess.id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 750)
    with qtbot.waitExposed(ws):
        ws.show()
    doc = ws.view.document()
    for block, rtl in zip(ws.blocks, RTL, strict=True):
        words = doc.findBlock(block.start)
        label = words.previous()
        assert label.text().startswith("MYS-FG01-P04")
        left, right = _edges(label)
        words_left, words_right = _edges(words)
        if rtl:
            assert abs(right - words_right) < 2, (lang, block.doc.text)
        else:
            assert abs(left - words_left) < 2, (lang, block.doc.text)
    assert ctx.tasks.drain(10_000)


def test_a_latin_agenda_title_keeps_its_order_beside_kurdish_notes(manager: LanguageManager, store: Store,
                                                                   qtbot: QtBot) -> None:
    """Aligned with its notes, not turned: laid out right to left, '2. Women participation' showed
    its number at the far end of the title."""
    manager.set_language("ckb")
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    with store.transaction() as s:
        sess = Session(kind="roundtable", title="هەولێر", date=dt.date(2023, 1, 5), governorate="erbil")
        s.add(sess)
        s.flush()
        s.add(AgendaItem(session_id=sess.id, position=0.0, title="2. Women participation",
                         notes="بەشداری ئافرەتان لە هەڵبژاردندا زۆر گرنگە 👍🏽"))
        session_id = sess.id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 750)
    with qtbot.waitExposed(ws):
        ws.show()
    words = ws.view.document().findBlock(ws.blocks[0].start)
    title = words.previous()
    assert title.text() == "2. Women participation"
    assert title.textDirection() == Qt.LayoutDirection.LeftToRight
    assert abs(_edges(title)[1] - _edges(words)[1]) < 2
    assert ctx.tasks.drain(10_000)
