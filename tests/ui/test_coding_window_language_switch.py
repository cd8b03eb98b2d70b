"""An open coding window follows a language or digit switch.

It had no handler for Qt's LanguageChange: after switching to Arabic in Settings, its buttons stayed
in English and the labels in its text ('Facilitator', 'Decision 2', a turn's time) in the language
and digits of the moment it opened; decisions were numbered in Latin digits whatever the setting.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.core.db import Store
from desktop.core.models import Decision, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner


def _labels(ws: CodingWorkspace) -> list[str]:
    doc = ws.view.document()
    return [doc.findBlock(b.start).previous().text() for b in ws.blocks]


def test_an_open_window_follows_a_language_and_digit_switch(manager: LanguageManager, store: Store,
                                                            qtbot: QtBot) -> None:
    manager.set_language("en")
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    with store.transaction() as s:
        sess = Session(kind="roundtable", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        turn = TranscriptTurn(session_id=sess.id, position=0.0, text="نريد قانوناً عادلاً 👍🏽", timestamp="0:12:05")
        s.add(turn)
        s.add_all(Decision(session_id=sess.id, position=float(i), text=f"متابعة {i}") for i in range(2))
        s.flush()
        code = codebook.create_code(s, name_ar="القانون", name_en="Law")
        coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 5, 12, "amal")
        session_id = sess.id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 750)
    with qtbot.waitExposed(ws):
        ws.show()
    assert _labels(ws) == ["Facilitator  0:12:05", "Decision 1", "Decision 2"]
    scroll = ws.view.verticalScrollBar().value()
    ws.focus_segment(ws.segments[0].id)  # the coding selected: its words stay selected, whatever the labels' length
    manager.set_language("ar")
    manager.set_digits("arab")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert ws.remove_btn.text() == "أزِل الترميز"
    assert _labels(ws) == ["الميسّر  ٠:١٢:٠٥", "القرار ١", "القرار ٢"]
    (highlight,) = ws.view.extraSelections()  # the coding on its words in the text built again
    assert highlight.cursor.selectedText() == "قانوناً"
    assert ws.view.verticalScrollBar().value() == scroll
    assert ws.view.textCursor().selectedText() == "قانوناً"
    assert [ws.here.item(i).text() for i in range(ws.here.count())] == ["القانون"]
    assert ctx.tasks.drain(10_000)
