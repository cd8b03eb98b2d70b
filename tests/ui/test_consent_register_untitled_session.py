"""The Consent page's register of a focus group nobody titled (at the door of a hall, the people are
seated and their consent taken before anyone types a title): its Session column and its session
filter showed the session's database id, "01a2470e-5f80-7495-93fc-bd49f4848e35", on an Arabic screen.
An untitled session is now named by its kind and its date, as the Sessions list shows it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import focus_group, template_texts, tiny_png
from tests.i18n.test_i18n_screens import settle

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


@pytest.fixture
def untitled(store: Store) -> str:
    consent.publish_version(store, "session-consent", template_texts())
    group = focus_group(store, 2, language="ar", title="")
    with store.session() as s:
        tpl = consent.template_for(s, "session-consent", "ar")
        assert tpl is not None
        answers = {c.clause_key: True for c in consent.clauses(s, tpl.id)}
    for pid in group.participants:
        consent.record_consent(store, pid, group.session_id, tpl.id, answers, "on_screen", signature_png=tiny_png(),
                               facilitator="زينب")
    with store.session() as s:
        session = s.get(Session, group.session_id)
        assert session is not None and session.title == "" and session.date == dt.date(2023, 1, 15)
    return group.session_id


@pytest.mark.parametrize("digits", ["arab", "latn"])
def test_an_untitled_session_is_named_by_its_kind_and_date(
        digits: str, untitled: str, store: Store, make_ctx: Callable[..., AppContext], manager: LanguageManager,
        qtbot: QtBot) -> None:
    manager.set_language("ar")
    manager.set_digits(digits)
    ctx = make_ctx(store, lang=manager)
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.refresh()
    settle()
    day = ctx.language.format_date(dt.date(2023, 1, 15))
    assert ("١٥" if digits == "arab" else "15") in day
    column = page.register.headers.index("Session")
    shown = [page.register.index(row, column).data() for row in range(page.register.rowCount())]
    assert shown == ["مجموعة نقاش مركّزة " + day] * 2, shown
    filters = [page.session_filter.itemText(i) for i in range(page.session_filter.count())]
    assert filters[1:] == ["مجموعة نقاش مركّزة " + day], filters
    assert not any(UUID.search(text) for text in shown + filters)
