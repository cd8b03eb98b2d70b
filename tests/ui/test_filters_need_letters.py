"""The Participants and Organisations filters with nothing to look for: only harakat, tatweel or
invisible marks (RLM, ZWNJ) typed.

The filters fold those marks away, so such a filter held nothing, and each page listed everyone as if
nothing had been typed, without a word. Like the Sessions list, each now lists no one and says in one
translated line under its search that the search needs letters or digits; the line goes with the marks.
The Sorani letters a keyboard without them types as ر ل ه find what was written with ڕ ڵ ە on both
pages (tests/core/test_kurdish_keyboard_search.py tests the folding itself).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import organisations
from desktop.core.models import Participant
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.participants.page import ParticipantsPage
from tests.coding_window_helpers import coder_context_fixture

ctx = coder_context_fixture()
NEEDS = "Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing."
MARKS_ONLY = ["\u064e\u0650", "\u0640\u0640", "\u200f", "\u200c \u064b"]
ORGS = ["ڕێکخراوی ژنانی هەڵەبجە", "جمعية الأمل", "Radio Basra"]


def _said(ctx: AppContext, shown: str) -> None:
    assert shown == QCoreApplication.translate("SessionsPage", NEEDS)
    if str(ctx.language.language) != "en":
        assert shown != NEEDS  # translated


def _participants(ctx: AppContext, qtbot: QtBot) -> ParticipantsPage:
    with ctx.store.transaction() as s:
        for code, occupation, district in (("SUL-FG01-P01", "کاسبکاری بازاڕ", "ڕانیە"),
                                           ("BSR-FG01-P01", "معلمة", "الأعظمية")):
            s.add(Participant(code=code, occupation=occupation, district=district, governorate="basra"))
    page = ParticipantsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)
    return page


def _filter(page: ParticipantsPage, qtbot: QtBot, typed: str) -> list[str]:
    loads = page.loads
    page.search.setText(typed)
    page.apply_filter()
    qtbot.waitUntil(lambda: page.loads > loads, timeout=10_000)
    return [page.model.row_at(r).code for r in range(page.model.rowCount())]


@pytest.mark.parametrize("typed", MARKS_ONLY)
def test_participants_marks_alone(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    page = _participants(ctx, qtbot)
    assert _filter(page, qtbot, typed) == []
    assert page.search_error.isVisible()
    _said(ctx, page.search_error.error())
    assert sorted(_filter(page, qtbot, "")) == ["BSR-FG01-P01", "SUL-FG01-P01"]
    assert page.search_error.isHidden()


def test_participants_kurdish_typed_without_its_letters(ctx: AppContext, qtbot: QtBot) -> None:
    page = _participants(ctx, qtbot)
    for typed in ("بازار", "رانیه", "ڕانیە"):
        assert _filter(page, qtbot, typed) == ["SUL-FG01-P01"], typed
        assert page.search_error.isHidden()


def _organisations(ctx: AppContext, qtbot: QtBot) -> OrganisationsPage:
    for name in ORGS:
        organisations.create(ctx.store, name)
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.mark.parametrize("typed", MARKS_ONLY)
def test_organisations_marks_alone(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    page = _organisations(ctx, qtbot)
    page.search.setText(typed)
    assert page.model.rows == [] and page.model.total == 0
    assert page.search_error.isVisible()
    _said(ctx, page.search_error.error())
    page.search.setText("")
    assert sorted(row.name for row in page.model.rows) == sorted(ORGS)
    assert page.search_error.isHidden()


@pytest.mark.parametrize("typed", ["رێکخراوی", "هەلەبجە", "ههلهبجه"])
def test_organisations_kurdish_typed_without_its_letters(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    page = _organisations(ctx, qtbot)
    page.search.setText(typed)
    assert [row.name for row in page.model.rows] == [ORGS[0]]
    assert page.search_error.isHidden()
