"""The Consent page's line about forms that have not arrived follows the language and the digits.

It was written once, at the page's first load: a coordinator who switched from Kurdish to Arabic
kept reading "1 فۆڕمی ڕەزامەندی … هێشتا نەگەیشتوونەتە ئەم ئامێرە" on an Arabic screen, and its count
stayed in Latin digits with Arabic-Indic ones chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.core.models import ConsentRecord
from desktop.ui.consent.page import ConsentPage
from desktop.ui.context import AppContext
from tests.consent_helpers import focus_group
from tests.i18n.test_i18n_screens import settle

SOURCE = "%n consent form(s) used by records here have not reached this device yet."


def said(n: int) -> str:
    return QCoreApplication.translate("ConsentPage", SOURCE, "", n)


def test_the_missing_forms_line_follows_a_switch(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    fg = focus_group(store)
    with store.transaction(replicating=True) as s:  # as a bundle brings a record before its form
        s.add(ConsentRecord(participant_id=fg.participants[0], session_id=fg.session_id,
                            template_id="0190aaaa-0000-7000-8000-000000000001", answers={"participate": True},
                            method="paper", recorded_at="2023-01-15T10:00:00+03:00"))
    ctx.language.set_language("ckb")
    page = ConsentPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.missing.isVisible(), timeout=10_000)
    assert page.missing.text() == said(1) != SOURCE.replace("%n", "1")
    ctx.language.set_language("ar")
    settle()
    assert page.missing.text() == said(1) and "فۆڕم" not in page.missing.text()
    ctx.language.set_language("ckb")  # Arabic says "one form" in a word; Kurdish writes the count
    ctx.language.set_digits("arab")
    settle()
    try:
        assert "١" in page.missing.text() and "1" not in page.missing.text(), page.missing.text()
    finally:
        ctx.language.set_digits("latn")
