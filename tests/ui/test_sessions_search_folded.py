"""The Sessions list's search box, typed in Arabic or Kurdish as people type.

It compared the typed text as it was: "الاعلام" (no hamza, as it is often typed) did not find the
roundtable "ندوة الإعلام المستقل", a title written with harakat was not found without them, and a search
of harakat, tatweel or an invisible mark alone emptied the list without a word. The search now folds
both sides as the Reports search and the Participants filter do; marks alone match nothing and a line
under the search says it needs letters or digits (translated); it goes with the marks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import sessions as svc
from desktop.ui.context import AppContext
from desktop.ui.sessions.page import SessionsPage
from tests.coding_window_helpers import coder_context_fixture

ctx = coder_context_fixture()
NEEDS = "Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing."
TITLES = {
    "ndwa": "ندوة الإعلام المستقل",
    "qanun": "جلسة قَانُون الانتخابات",  # written with harakat
    "kurdish": "کۆبوونەوەی ڕێکخراوەکانی هەولێر",
    "latin": "Erbil youth forum",
}


def _page(ctx: AppContext, qtbot: QtBot) -> tuple[SessionsPage, dict[str, str]]:
    ids = {key: svc.create_session(ctx.store, "roundtable", title=title, date=dt.date(2026, 3, 1 + n))
           for n, (key, title) in enumerate(TITLES.items())}
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0, timeout=5000)
    return page, {v: k for k, v in ids.items()}


def _shown(page: SessionsPage, qtbot: QtBot, typed: str, keys: dict[str, str]) -> set[str]:
    before = page.loads
    page.search.setText(typed)
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads > before, timeout=5000)
    return {keys[page.model.session_id(row)] for row in range(page.model.rowCount())}


@pytest.mark.parametrize(("typed", "found"), [
    ("الاعلام", {"ndwa"}),  # no hamza
    ("قانون", {"qanun"}),  # the title has harakat
    ("قَانون", {"qanun"}),  # the search has them
    ("راكخراو", set()),  # folding is not a match of every title
    ("ريكخراو", {"kurdish"}),  # an Arabic keyboard: ر for ڕ, ي for ێ, ك for ک
    ("ڕێکخراوەکانی", {"kurdish"}),
    ("ڕێكخراو", {"kurdish"}),  # Arabic ك for Kurdish ک
    ("ERBIL", {"latin"}),
])
def test_titles_are_found_as_people_type_them(ctx: AppContext, qtbot: QtBot, typed: str, found: set[str]) -> None:
    page, keys = _page(ctx, qtbot)
    assert _shown(page, qtbot, typed, keys) == found
    assert page.search_error.isHidden()


@pytest.mark.parametrize("typed", ["\u064e\u0650", "\u0640\u0640", "\u200f", "\u200c \u064b"])
def test_marks_alone_say_why_nothing_is_listed(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    page, keys = _page(ctx, qtbot)
    assert _shown(page, qtbot, typed, keys) == set()
    said = page.search_error.error()
    assert said == page.tr(NEEDS) and page.search_error.isVisible()
    if str(ctx.language.language) != "en":
        assert said != NEEDS
    assert _shown(page, qtbot, "", keys) == set(TITLES)
    assert page.search_error.isHidden()
