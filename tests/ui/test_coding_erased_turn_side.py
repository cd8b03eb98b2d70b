"""In the coding window of an Arabic or Kurdish session, a withdrawn participant's turn (erased, […]) and
its speaker's line stay on the side the session's words read from.

[…] has no letter to decide a direction: Qt laid it and the speaker's line out left to right, and after
a withdrawal the erased turns stood at the left edge, across the window from every other turn. They now
take the session's direction, as its words do (desktop/core/text_direction.py).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtGui import QTextBlock
from pytestqt.qtbot import QtBot

from desktop.core import consent_rules
from desktop.core.db import Store
from desktop.core.models import Participant, Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner

TURNS = ["ئافرەتان لە گوندەکان ناتوانن بڕۆن بۆ بنکەکان", consent_rules.REDACTED]


def right_edge(block: QTextBlock) -> float:
    return block.layout().lineAt(0).naturalTextRect().right()


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_an_erased_turn_sits_where_the_sessions_words_do(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                         lang: str) -> None:
    manager.set_language(lang)
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2023, 1, 5), governorate="erbil",
                       language="ckb")
        people = [Participant(code="EBL-FG02-P01"), Participant(code="EBL-FG02-P02")]
        s.add_all([sess, *people])
        s.flush()
        s.add_all(TranscriptTurn(session_id=sess.id, position=float(i), participant_id=people[i].id, text=text)
                  for i, text in enumerate(TURNS))
        session_id = sess.id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, 750)
    with qtbot.waitExposed(ws):
        ws.show()
    doc = ws.view.document()
    words = [doc.findBlock(block.start) for block in ws.blocks]
    labels = [w.previous() for w in words]
    assert words[1].text() == consent_rules.REDACTED
    assert abs(right_edge(words[1]) - right_edge(words[0])) < 2
    assert abs(right_edge(labels[1]) - right_edge(labels[0])) < 2
    assert ctx.tasks.drain(10_000)
