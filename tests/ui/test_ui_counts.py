"""Counts on screen take the plural form of their language (`tr(text, "", n)`): "1 month", not
"1 months"; Arabic's one, two and 11-99 forms; Sorani's singular noun. The number is in the digits
the person chose (Qt writes %n in Latin digits), and a `%1` still to be filled is never mistaken
for the count. Real widgets, the real compiled catalogues."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.core import retention
from desktop.ui.consent.retention_box import RetentionBox
from desktop.ui.context import AppContext


def _summary(qtbot: QtBot, ctx: AppContext, months: int) -> str:
    retention.set_months(ctx.store, months)
    box = RetentionBox(ctx)
    qtbot.addWidget(box)
    qtbot.waitUntil(lambda: box.state is not None and box.state.months == months, timeout=10_000)
    return box.summary.text()


def test_the_retention_period_says_one_month_and_many_months_in_each_language(qtbot: QtBot, ctx: AppContext) -> None:
    # An empty database has no last session: the summary gives the period only.
    assert _summary(qtbot, ctx, 1) == "Identities will be erased 1 month after the last session."
    assert _summary(qtbot, ctx, 12) == "Identities will be erased 12 months after the last session."
    ctx.language.set_language("ar")
    ctx.language.set_digits("arab")
    try:
        assert _summary(qtbot, ctx, 1) == "ستُمحى الهويات بعد شهر واحد من آخر جلسة."
        assert _summary(qtbot, ctx, 2) == "ستُمحى الهويات بعد شهرين من آخر جلسة."
        assert _summary(qtbot, ctx, 5) == "ستُمحى الهويات بعد ٥ أشهر من آخر جلسة."
        assert _summary(qtbot, ctx, 12) == "ستُمحى الهويات بعد ١٢ شهرًا من آخر جلسة."
        ctx.language.set_language("ckb")
        assert _summary(qtbot, ctx, 1) == "ناسنامەکان ١ مانگ دوای دوایین دانیشتن دەسڕدرێنەوە."
    finally:
        ctx.language.set_digits("latn")
        ctx.language.set_language("en")


def test_the_count_is_put_in_the_chosen_digits_and_a_placeholder_is_left_alone(ctx: AppContext) -> None:
    ctx.language.set_digits("arab")
    try:
        assert ctx.language.count_digits("%1 of 1 file", 1) == "%1 of ١ file"
        # The count is filled in before any %1, and translations hold no other numbers (glossary).
        assert ctx.language.count_digits("%1 of 12 files, 112 bytes", 12) == "%1 of ١٢ files, 112 bytes"
        assert ctx.language.count_digits("تسمية إجابة واحدة في %1", 1) == "تسمية إجابة واحدة في %1"
    finally:
        ctx.language.set_digits("latn")
