"""Found by hp8 (session 41), a facilitator looking for a session by its number: the Sessions list's
search box finds a title written with Arabic-Indic (or Kurdish keyboards' Extended) digits only when
the number is typed in those digits, never when it is typed in Latin digits.

"الجلسة ٣" / "دانیشتنی ۳" (as Arabic and Kurdish titles write numbers) is found by "٣" or "۳" (the search
folds both sides: the digits of every kind compare alike), but "3", typed on a laptop's usual number
row, finds nothing: the list empties as if there were no such session. A title written "الجلسة 3" is
found by "3" and by "٣" alike, so the rule is one-sided.

Cause: desktop/core/sessions.py list_ids: text that is ASCII ("Latin words, or a number") is compared
by the database as it is (``ilike``), without the folding the other branch applies
(``normalise_for_search``), so "3" never meets "٣". (The Participants filter has the same split:
desktop/core/participants.py search_ids.)
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
TITLES = {
    "arabic_digits": "الجلسة ٣ - البصرة",
    "kurdish_digits": "دانیشتنی ۳ی بەسرە",
    "latin_digits": "الجلسة 7 - البصرة",
}


def _shown(page: SessionsPage, qtbot: QtBot, typed: str, keys: dict[str, str]) -> set[str]:
    before = page.loads
    page.search.setText(typed)
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads > before, timeout=5000)
    return {keys[page.model.session_id(row)] for row in range(page.model.rowCount())}


@pytest.mark.parametrize(("typed", "found"), [
    ("٣", {"arabic_digits", "kurdish_digits"}),  # found today: the search folds the digits
    ("٧", {"latin_digits"}),  # found today
    ("3", {"arabic_digits", "kurdish_digits"}),  # NOT found today: the number row's digits
])
def test_a_session_number_is_found_in_any_digits(ctx: AppContext, qtbot: QtBot, typed: str,
                                                 found: set[str]) -> None:
    keys = {svc.create_session(ctx.store, "focus_group", title=title, governorate="basra",
                               date=dt.date(2026, 12, 1 + n)): key
            for n, (key, title) in enumerate(TITLES.items())}
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads > 0, timeout=5000)
    assert _shown(page, qtbot, typed, keys) == found
