"""Ctrl+S saves where a page has a Save button, as it does on the Codebook page (README). On the
Organisations page and on a recommendation it did nothing and said nothing: a facilitator who saves with
Ctrl+S (in the kind or governorate list, where Enter does not save either) left believing it saved."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core.advocacy_tables import Recommendation
from desktop.core.models import Organisation
from desktop.ui.context import AppContext
from desktop.ui.organisations.page import OrganisationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.recommendations_page import recommendations_page
from tests.ui_helpers import focused


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


@pytest.fixture
def organisations(ctx: AppContext, qtbot: QtBot) -> Iterator[OrganisationsPage]:
    ctx.language.set_language("ar")
    page = OrganisationsPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    yield page
    ctx.tasks.drain()
    ctx.language.set_language("en")


def _ctrl_s() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def _organisations(ctx: AppContext) -> list[str]:
    with ctx.store.session() as s:
        return sorted(o.name for o in s.scalars(select(Organisation).where(Organisation.deleted.is_(False))))


def test_ctrl_s_saves_an_organisation(organisations: OrganisationsPage, ctx: AppContext, qtbot: QtBot) -> None:
    page = organisations
    page.new()
    page.name.setText("جمعية الأمل")
    page.governorate.setFocus()  # the last field filled: Enter there opens the list, it does not save
    qtbot.waitUntil(lambda: focused() is page.governorate)
    _ctrl_s()
    assert ctx.tasks.drain(20_000)
    assert _organisations(ctx) == ["جمعية الأمل"]


def test_ctrl_s_does_nothing_where_save_is_greyed(organisations: OrganisationsPage, ctx: AppContext,
                                                  qtbot: QtBot) -> None:
    page = organisations
    page.new()
    page.name.setText("جمعية الأمل")
    page.save_button.setEnabled(False)  # as while a save is on its way, or on another device's row
    page.name.setFocus()
    qtbot.waitUntil(lambda: focused() is page.name)
    _ctrl_s()
    assert ctx.tasks.drain(20_000)
    assert _organisations(ctx) == []


def test_ctrl_s_saves_a_recommendation(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, "ckb", focusable=True) as page:
        page.new_recommendation()
        title = page.view.fields["title_ar"]
        qtbot.waitUntil(lambda: focused() is title)
        title.setText("توفير المياه النظيفة للقرى")
        _ctrl_s()
        assert ctx.tasks.drain(20_000)
        with ctx.store.session() as s:
            titles = list(s.scalars(select(Recommendation.title_ar)))
        assert "توفير المياه النظيفة للقرى" in titles
