"""Sorani typed on an Arabic keyboard (ي و ف for ێ ۆ ڤ, which it has no keys for) in the Sessions
list's search and in Reports → Search, on a Kurdish screen: a title and a turn written with the letters
are listed and marked as written, and a title typed on an Arabic keyboard is found by its proper
spelling. The folding, the code names and the index upgrade: tests/core/test_sorani_letters_arabic_keyboard.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.core import transcripts
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.search_tab import snippet_html
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.tasks import TaskRunner
from tests.ui_helpers import reports_search_tab

TITLES = {"sorani": "کۆبوونەوەی ڤیدیۆی بێکاری", "arabic_keyboard": "كوبوونهوهي لاوان و فيديو", "other": "جلسة البصرة"}
TURN = "ئەو ساڵێکە بێ کار ماوەتەوە و تۆ ڤیدیۆکەت بینی"


@pytest.fixture
def ctx(manager: LanguageManager, store: Store) -> Iterator[AppContext]:
    manager.set_language("ckb")
    context = AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")
    yield context
    assert context.tasks.drain(10_000)


@pytest.mark.parametrize(("typed", "found"), [
    ("فيديوي", {"sorani"}),  # ڤیدیۆی typed on an Arabic keyboard
    ("فیدیوی", {"sorani"}),
    ("بيكاري", {"sorani"}),
    ("فيديو", {"arabic_keyboard", "sorani"}),
    ("ڤیدیۆ", {"arabic_keyboard", "sorani"}),  # the reverse: the title typed on an Arabic keyboard
    ("کۆبوونەوەی", {"sorani", "arabic_keyboard"}),
    ("قيديو", set()),
])
def test_sessions_list(ctx: AppContext, qtbot: QtBot, typed: str, found: set[str]) -> None:
    assert ctx.language.language == "ckb"
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


@pytest.mark.parametrize("typed", ["بي كار", "بی کار", "تو", "فيديوكهت"])
def test_reports_search(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    sid = svc.create_session(ctx.store, "focus_group", title=TITLES["other"])
    with ctx.store.transaction() as s:
        turn_id = transcripts.add_turn(s, sid, text=TURN).id
    page, tab = reports_search_tab(ctx, qtbot)
    assert page.isRightToLeft()
    tab.query.setText(typed)
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 1, timeout=10_000)
    hit = tab.hits[0]
    assert hit.doc_id == turn_id
    assert {TURN[a:b] for a, b in hit.highlights} <= {"بێ", "کار", "تۆ", "ڤیدیۆکەت"}  # the words as written
    assert hit.highlights
    assert tab.model.rowCount() == 1  # the hit is listed on the page, its words marked as written
    a, b = hit.snippet_highlights[0]
    assert f">{hit.snippet[a:b]}</span>" in snippet_html(hit)
    assert hit.snippet[a:b] in {"بێ", "کار", "تۆ", "ڤیدیۆکەت"}
