"""A recommendation nobody supports yet (new, or whose only linked words were withdrawn) says so in its
counts, without two lines that break off after their colon: "حسب الجنس:" and "حسب الفئة العمرية:"
stood empty under "Who supports it", read as something failing to load."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop.core import recommendations
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import WITHDRAWN_WORDS, build


def test_no_supporter_leaves_no_empty_lines(ctx: Any, qtbot: Any) -> None:
    world = build(ctx.store)
    with ctx.store.transaction() as s:  # linked to the words of the participant who withdrew everything
        rec = recommendations.create(s, {"title_ar": "بطاقة"}, date=dt.date(2023, 1, 5))
        recommendations.link_segment(s, rec.id, world.segments["seg3"])
    ctx.language.set_language("ar")
    try:
        page = RecommendationsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
        page.list.setCurrentIndex(page.list_model.index(0, 1))
        qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
        lines = page.view.support_label.text().split("\n")
        assert lines[0].startswith("المشاركون: 0")
        assert not any(line.rstrip().endswith(":") for line in lines), lines
        assert not any(line.startswith(("حسب الجنس", "حسب الفئة العمرية")) for line in lines), lines
        assert any(line.startswith("المسحوبة") for line in lines), lines  # why it is none: a withdrawal
        assert WITHDRAWN_WORDS not in page.view.support_label.text()
        assert all(WITHDRAWN_WORDS not in row.description for row in page.view.links_model.rows)
    finally:
        ctx.language.set_language("en")
