"""The Recommendations page before any recommendation, outreach or organisation: its Recommendations,
Outreach and Network lists were headings over empty white boxes, nothing saying how to begin or where
the rows come from. Each now says so in its middle (a facilitator's laptop, where the coordinators write
the recommendations, says that instead), and the words go when a row comes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import recommendations
from desktop.core.db import Store
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_empty_lists_say_why import said

NONE_YET = "No recommendations yet. Press New recommendation to write the first."
NONE_HERE = "No recommendations yet. The coordinators write them; a team update brings them to this laptop."
NO_OUTREACH = "No outreach yet. Fill in the form and press Add outreach."
NO_NETWORK = ("No organisations yet. Each organisation of the Organisations page is listed here with the "
              "sessions and outreach it took part in.")


def page_shown(ctx: AppContext, qtbot: QtBot) -> RecommendationsPage:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    page.show()
    ctx.tasks.drain()
    settle()
    return page


def translated(text: str) -> str:
    return QCoreApplication.translate("RecommendationsPage", text)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_empty_advocacy_lists_say_how_to_begin(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    page = page_shown(ctx, qtbot)
    assert said(page.list) == translated(NONE_YET)
    page.tabs.setCurrentIndex(1)  # Outreach: built when first shown
    qtbot.waitUntil(lambda: page.outreach_panel.built)
    settle()
    assert said(page.outreach_list) == translated(NO_OUTREACH)
    page.tabs.setCurrentIndex(2)
    settle()
    assert said(page.network) == translated(NO_NETWORK)
    page.tabs.setCurrentIndex(0)
    page.apply_role(False)  # a facilitator's laptop
    settle()
    assert said(page.list) == translated(NONE_HERE)


def test_the_words_go_with_the_first_recommendation(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    page = page_shown(ctx, qtbot)
    assert said(page.list) == NONE_YET
    with store.transaction() as s:
        recommendations.create(s, {"title_ar": "البطاقة البايومترية", "title_en": "Biometric cards"},
                               date=dt.date(2022, 11, 1))
    page.reload_list()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1)
    settle()
    assert said(page.list) == ""
