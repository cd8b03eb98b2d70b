"""Consent page → End of the study: sessions dated after today are left out of the last session, and
said so in one translated line (their number, never a title). One session dated 2286 read "Identities
will be erased on 1 January 2287": the end of the study put off for ever, and nothing said why. The
offer at start-up says it too, before anything is erased (a session planned ahead: the study may not
be over). Real SQLCipher store, the real page and its worker, in each language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import retention, sessions
from desktop.ui import retention_offer
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from tests.erasure_helpers import make_study

LEFT_OUT = "Sessions dated after today are left out (%1): the period runs from the last session held."


def _left_out(ctx: AppContext, n: int) -> str:
    return QCoreApplication.translate("RetentionOffer", LEFT_OUT).replace("%1", ctx.language.format_number(n))


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_retention_box_says_the_sessions_dated_ahead_it_left_out(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    make_study(ctx.store)  # held on 2023-01-15
    for day in (dt.date(2286, 1, 1), dt.date(2062, 3, 1)):
        sessions.create_session(ctx.store, "roundtable", title="جلسة الأهوار", governorate="basra", date=day)
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    box = page.retention
    qtbot.waitUntil(lambda: box.state is not None, timeout=10_000)
    assert box.state is not None and box.state.later == 2
    assert box.later.isVisible() and box.later.text() == _left_out(ctx, 2)
    assert "\n" not in box.later.text() and "الأهوار" not in box.later.text()  # no session title in it
    due = ctx.language.format_date(dt.date(2024, 1, 15))  # twelve months after the session held
    assert due in box.summary.text() and ctx.language.format_date(dt.date(2287, 1, 1)) not in box.summary.text()
    assert box.erase.isEnabled()


def test_no_line_without_a_session_dated_ahead(ctx: AppContext, qtbot: QtBot) -> None:
    make_study(ctx.store)
    retention.set_months(ctx.store, 12)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.retention.state is not None, timeout=10_000)
    assert page.retention.later.isHidden() and page.retention.later.text() == ""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_offer_says_the_sessions_dated_ahead_before_erasing(lang: str, ctx: AppContext, qtbot: QtBot) -> None:
    make_study(ctx.store)
    sessions.create_session(ctx.store, "focus_group", title="جلسة", governorate="basra",
                            date=dt.date.today() + dt.timedelta(days=7))  # planned next week
    retention.set_months(ctx.store, 12)
    ctx.language.set_language(lang)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = retention_offer.offer(ctx, parent, retention.status(ctx.store))
    assert box is not None
    qtbot.addWidget(box)
    assert _left_out(ctx, 1) in box.text()
    box.reject()
