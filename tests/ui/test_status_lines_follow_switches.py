"""Lines that say what just happened follow a language switch and a digits switch (Settings: Eastern or
Western digits), as the rest of the screen does.

Set as plain strings, they stayed in the language and digits they were said in until the next
message: the coding window's "Select some text first.", the Reports search's "3 documents", the
Participants page's "Select a participant first." (and the like on the Reports, Consent, Surveys,
Settings and Sync pages and their dialogs). They are now said with live_words (a function asked again
after each switch; a digits switch comes as a LanguageChange too).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions, transcripts
from desktop.core.db import Store
from desktop.core.models import Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.coding_window_helpers import shown_window
from tests.ui_helpers import reports_search_tab


def _switch(manager: LanguageManager, lang: str | None = None, digits: str | None = None) -> None:
    if lang is not None:
        manager.set_language(lang)
    if digits is not None:
        manager.set_digits(digits)
    QApplication.processEvents()  # LanguageChange is posted: delivered on the next turn


def _tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, "", n)


def _context(manager: LanguageManager, store: Store, lang: str) -> AppContext:
    manager.set_language(lang)
    return AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")


def test_the_coding_windows_line_follows_the_language(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    ctx = _context(manager, store, "ar")
    with store.transaction() as s:
        session = Session(kind="focus_group", title="هەولێر", date=dt.date(2026, 11, 6), governorate="erbil")
        s.add(session)
        s.flush()
        s.add(TranscriptTurn(session_id=session.id, position=0.0, text="کۆمسیۆن زۆر دواکەوت."))
        session_id = session.id
    ws = shown_window(ctx, qtbot, session_id)
    ws.view.setFocus()
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # nothing selected
    said = ws.status.text()
    assert said == _tr("CodingWorkspace", "Select some text first.") and said != "Select some text first."
    _switch(manager, "ckb")
    assert ws.status.text() == _tr("CodingWorkspace", "Select some text first.") != said
    _switch(manager, "en")
    assert ws.status.text() == "Select some text first."
    assert ctx.tasks.drain(10_000)


def test_the_searchs_count_follows_the_language_and_the_digits(manager: LanguageManager, store: Store,
                                                                qtbot: QtBot) -> None:
    sid = sessions.create_session(store, "focus_group", title="جلسة البصرة", governorate="basra")
    with store.transaction() as s:
        for words in ("الرقابة على المجالس ضعيفة", "لا الرقابة على الانتخابات", "الرقابة غائبة تماماً"):
            transcripts.add_turn(s, sid, text=words)
    ctx = _context(manager, store, "en")
    _page, tab = reports_search_tab(ctx, qtbot)
    tab.query.setText("الرقابة")
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 3)
    assert tab.status.text() == "3 documents"
    _switch(manager, "ar", digits="arab")
    assert tab.status.text() == _tr("SearchTab", "%n document(s)", 3).replace("3", "٣")
    assert "٣" in tab.status.text()
    _switch(manager, digits="latn")
    assert "3" in tab.status.text() and "٣" not in tab.status.text()
    assert ctx.tasks.drain(10_000)


def test_the_participants_pages_line_follows_the_language(manager: LanguageManager, store: Store,
                                                          qtbot: QtBot) -> None:
    ctx = _context(manager, store, "ckb")
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.withdraw_selected()  # nobody chosen
    assert page.status.text() == _tr("ParticipantsPage", "Select a participant first.") != "Select a participant first."
    _switch(manager, "en")
    assert page.status.text() == "Select a participant first."
    assert ctx.tasks.drain(10_000)
