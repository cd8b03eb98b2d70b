"""The Network tab's month-by-month column, read as it stands on the screen.

Its heading says "(sessions/outreach)"; in Arabic and Kurdish the heading reads from the right, so
sessions stand to the right of outreach. Each month's pair of counts must stand the same way: a
right-to-left reader who takes the first number as sessions must be right.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from tests.bidi_order import shown_order

HEADING_WORDS = {"ar": ("جلسات", "أنشطة"), "ckb": ("دانیشتن", "چالاکی"), "en": ("sessions", "outreach")}


@pytest.mark.parametrize(("lang", "digits"), [("ar", "latn"), ("ar", "arab"), ("ckb", "latn"), ("en", "latn")])
def test_each_months_counts_stand_as_the_heading_names_them(ctx: AppContext, qtbot: QtBot, lang: str,
                                                            digits: str) -> None:
    demo.generate(ctx.store, sessions=6, seed=3)
    ctx.language.set_language(lang)
    ctx.language.set_digits(digits)
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.resize(1400, 900)
        page.show()
        page.tabs.setCurrentIndex(2)
        model = page.network_model
        qtbot.waitUntil(lambda: any(a.by_month for a in model.rows), timeout=20_000)
        column = model.columnCount() - 1
        rtl = lang != "en"
        heading = shown_order(str(model.headerData(column, Qt.Orientation.Horizontal)), rtl=rtl)
        first, second = HEADING_WORDS[lang]
        # The heading as a reader meets it: sessions first (at the right in ar/ckb, at the left in en).
        assert (heading.index(first[::-1]) > heading.index(second[::-1])) if rtl else (
            heading.index(first) < heading.index(second)), heading
        fmt = ctx.language.format_number
        pairs_seen = 0
        for row, activity in enumerate(model.rows):
            cell = str(model.data(model.index(row, column)))
            shown = shown_order(cell, rtl=rtl)
            for n_sessions, n_outreach in activity.by_month.values():
                if n_sessions == n_outreach:
                    continue
                pairs_seen += 1
                # Left to right on the screen: outreach/sessions in a right-to-left line.
                expected = f"{fmt(n_outreach)}/{fmt(n_sessions)}" if rtl else f"{fmt(n_sessions)}/{fmt(n_outreach)}"
                assert expected in shown, (cell, shown, expected)
        assert pairs_seen
    finally:
        ctx.language.set_digits("latn")
        ctx.language.set_language("en")
