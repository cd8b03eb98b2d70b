"""Enter on a search hit that is a memo typed on a coding opens the coding window at that coding, its
memo beside the text, in Kurdish at 20 points. It opened the session's text at its start: in a long
transcript the researcher then had to hunt for the coding the memo was about."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import codebook, coding
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from tests.ui_helpers import main_window_on_screen

MEMO = "تێبینی: ئەم بەشە دووبارە دەبێتەوە لە گروپی ٢"


def test_a_coding_memo_hit_opens_its_coding(manager: LanguageManager, store: Store, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    with store.transaction() as s:
        sess = Session(kind="focus_group", title="هەولێر", date=dt.date(2023, 1, 5), governorate="erbil")
        s.add(sess)
        s.flush()
        turns = [TranscriptTurn(session_id=sess.id, position=float(i), text=f"بڕگەی ژمارە {i}: کۆتای ئافرەتان")
                 for i in range(60)]
        s.add_all(turns)
        s.flush()
        quota = codebook.create_code(s, name_ckb="کۆتا").id
        for turn in turns:
            coding.apply_code(s, quota, "transcript_turn", turn.id, "text", 12, 16, "amal")
        last = coding.apply_code(s, quota, "transcript_turn", turns[-1].id, "text", 0, 5, "amal")
        coding.set_memo(s, last.id, MEMO)
    window = main_window_on_screen(manager, store, qtbot, "ckb", 20.0, (910, 512), monkeypatch)
    window.go_to("reports")
    reports = window.current_page()
    assert isinstance(reports, ReportsPage)
    qtbot.waitUntil(lambda: reports.loads >= 1)
    reports.tabs.setCurrentWidget(reports.search)
    tab = reports.search
    tab.query.setText("گروپی")
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 1)
    tab.table.setFocus()
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    QTest.keyClick(tab.table, Qt.Key.Key_Return)
    ws = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CodingWorkspace) and w.isVisible())
    qtbot.waitUntil(lambda: ws.memo.toPlainText() == MEMO)  # at the coding: its memo beside the text
    ws.close()
    assert window.ctx.tasks.drain(10_000)
