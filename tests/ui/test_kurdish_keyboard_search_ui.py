"""Sorani typed without ڕ ڵ ە (as ر ل ه, on a keyboard or phone without them) in the Sessions list's
search and in Reports → Search, on screen: a title and a turn written with the letters are listed, and
a title typed with ل is found by its proper spelling with ڵ. The folding itself, the other filters and
the index upgrade: tests/core/test_kurdish_keyboard_search.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.core import transcripts
from desktop.ui.context import AppContext
from desktop.ui.sessions.page import SessionsPage
from tests.coding_window_helpers import coder_context_fixture
from tests.ui_helpers import reports_search_tab

ctx = coder_context_fixture()
TITLES = {"written": "کۆبوونەوەی گەڕەکی ئازادی", "phone": "دیدارى کۆمەلایەتی لە هەولیر", "other": "جلسة البصرة"}
TURN = "ئەنجومەن بەڵێنی هەڵبژاردنی نوێی دا"


@pytest.mark.parametrize(("typed", "found"), [
    ("گەرەکی", {"written"}), ("گهرهكي", {"written"}), ("کۆمەڵایەتی", {"phone"}), ("گەزەک", set()),
])
def test_sessions_list(ctx: AppContext, qtbot: QtBot, typed: str, found: set[str]) -> None:
    keys = {svc.create_session(ctx.store, "roundtable", title=title, date=dt.date(2026, 3, 1 + n)): key
            for n, (key, title) in enumerate(TITLES.items())}
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0, timeout=5000)
    before = page.loads
    page.search.setText(typed)
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads > before, timeout=5000)
    assert {keys[page.model.session_id(row)] for row in range(page.model.rowCount())} == found
    assert page.search_error.isHidden()


@pytest.mark.parametrize("typed", ["هەلبژاردنی", "ههلبژاردني", "بەلێنی"])
def test_reports_search(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    sid = svc.create_session(ctx.store, "focus_group", title=TITLES["written"])
    with ctx.store.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, text=TURN).id
    _page, tab = reports_search_tab(ctx, qtbot)
    tab.query.setText(typed)
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 1, timeout=10_000)
    hit = tab.hits[0]
    assert hit.doc_id == turn_id
    a, b = hit.highlights[0]
    assert TURN[a:b] in ("هەڵبژاردنی", "بەڵێنی")  # the words as written are marked
