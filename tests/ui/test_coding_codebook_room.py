"""The codebook beside the text shows enough codes to drag from on a laptop screen.

The side panel's codebook, the codes at the cursor and the memo shared its height by their size
hints: on a 1366x768 laptop the codebook showed three codes of a codebook of fifteen, and dragging
one meant scrolling a three-line list.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner

NAMES = ["عوائق الوصول", "الثقة بالمفوضية", "النساء", "الشباب", "النازحون", "الكوتا", "البطاقة البايومترية",
         "شراء الأصوات", "العشيرة", "الأحزاب", "الإعلام", "المراقبون", "ذوو الإعاقة", "المسافة", "الأمن"]


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
@pytest.mark.parametrize("height", [650, 750])
def test_the_codebook_shows_codes_to_drag_from(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                 lang: str, height: int) -> None:
    manager.set_language(lang)
    ctx = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="النجف", date=dt.date(2023, 1, 5), governorate="najaf")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=0.0, text="البطاقة البايومترية لم تصل 😞 إلى ٤٠ عائلة"))
        for name in NAMES:
            codebook.create_code(s, name_ar=name)
        session_id = sess.id
    ws = CodingWorkspace(ctx, session_id)
    qtbot.addWidget(ws)
    ws.resize(1100, height)  # the window as it opens (750), and on a 768-pixel screen less the task bar
    with qtbot.waitExposed(ws):
        ws.show()
    rows = ws.tree.viewport().height() // ws.tree.sizeHintForRow(0)
    assert rows >= (8 if height >= 750 else 6)  # before: 4 or 5, and 2 on the shorter screen
    # The memo still has room for a few lines, and the codes at the cursor for a few codes.
    assert ws.memo.height() >= 3 * ws.memo.fontMetrics().lineSpacing()
    assert ws.here.height() >= 3 * ws.here.fontMetrics().lineSpacing()
    # Still fits a 1366x768 screen at 125 %: 614 pixels less a task bar and the title bar.
    assert ws.minimumSizeHint().height() <= 540
    assert ctx.tasks.drain(10_000)
