"""A recommendation chosen on the Recommendations page stays chosen when the interface language changes
meanwhile.

A language switch reaches the page in a later event-loop turn (Qt posts LanguageChange when the
translators change), and the view then read again the recommendation it was *showing*, not the one
just *chosen*: with A open, a click on B followed (or preceded) by a language switch before B's details
arrived from the DB worker left the view on A, B's details dropped as stale, and the next reload of the
list (a change elsewhere) moved the list's selection back to A. The coordinator saw the row they chose
jump back and edited A believing it was B.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import recommendations
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run: a switch installs real translators


def _page(ctx: AppContext, qtbot: QtBot) -> tuple[RecommendationsPage, list[str]]:
    with ctx.store.transaction() as s:
        ids = [recommendations.create(s, {"title_en": title, "title_ar": title_ar}, date=dt.date(2023, 1, 1)).id
               for title, title_ar in (("Cards", "البطاقات"), ("Centres", "المراكز"))]
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 2, timeout=10_000)
    assert [r.id for r in page.list_model.rows] == ids
    page.list.setCurrentIndex(page.list_model.index(0, 0))  # A open first
    qtbot.waitUntil(lambda: page.view.current is not None and page.view.current.id == ids[0], timeout=10_000)
    return page, ids


def _settled_on(page: RecommendationsPage, qtbot: QtBot, ctx: AppContext, rec_id: str) -> None:
    assert ctx.tasks.drain(10_000)
    qtbot.wait(200)  # the posted LanguageChange and the worker's answers delivered
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    view = page.view
    assert view.rec_id == rec_id
    assert view.current is not None and view.current.id == rec_id, "the view went back to the one shown before"
    assert page.list_model.rows[page.list.currentIndex().row()].id == rec_id


@pytest.mark.parametrize("order", ["switch_then_choose", "choose_then_switch"])
def test_the_chosen_recommendation_stays_chosen(ctx: AppContext, qtbot: QtBot, order: str) -> None:
    page, (_a, b) = _page(ctx, qtbot)
    if order == "switch_then_choose":
        ctx.language.set_language("ar")  # its LanguageChange is posted: delivered in the next turn
        page.list.setCurrentIndex(page.list_model.index(1, 0))
    else:
        page.list.setCurrentIndex(page.list_model.index(1, 0))  # B's details being read on the worker
        ctx.language.set_language("ar")
    _settled_on(page, qtbot, ctx, b)
    assert page.view.fields["title_en"].text() == "Centres"
    assert page.view.current is not None and page.view.current.fields["title_ar"] == "المراكز"
    # The list read again (a change elsewhere): the row chosen is still the one selected.
    page.reload_list()
    _settled_on(page, qtbot, ctx, b)


def test_a_language_switch_keeps_what_is_being_typed(ctx: AppContext, qtbot: QtBot) -> None:
    """The view said its recommendation again in the new language by showing its stored fields: a
    title being typed and not yet saved was replaced by the saved one."""
    page, (a, _b) = _page(ctx, qtbot)
    page.view.fields["title_en"].setText("Voter cards for every voter")
    ctx.language.set_language("ckb")
    _settled_on(page, qtbot, ctx, a)
    assert page.view.fields["title_en"].text() == "Voter cards for every voter"
