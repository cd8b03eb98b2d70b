"""The support of a recommendation whose only speaker withdrew: no line ends on nothing.

At the centre, after a participant withdrew everything, the recommendation quoting her said
"Participants: 0 ..." and then "By gender:" and "By age band:" followed by nothing, two lines that read as
cut off (in Kurdish "بەپێی ڕەگەز:" alone). With nobody counted they are left out; the line that says the
withdrawn segments were left out stays. The same for a recommendation whose only linked words were
withdrawn before it was written ("حسب الجنس:" and "حسب الفئة العمرية:" stood empty under "Who supports
it", read as something failing to load).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import recommendations, withdrawal
from desktop.core.models import Code
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import WITHDRAWN_WORDS, build
from tests.erasure_helpers import make_study


def the_only_recommendation_shown(ctx: Any, qtbot: Any) -> RecommendationsPage:
    """The Recommendations page with its one recommendation chosen and read."""
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, 1))
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    return page


def support_shown(ctx: Any, qtbot: Any) -> list[str]:
    return the_only_recommendation_shown(ctx, qtbot).view.support_label.text().splitlines()


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_nobody_counted_leaves_no_empty_line(lang: str, ctx: Any, qtbot: Any) -> None:
    study = make_study(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "المياه"}, date=dt.date(2023, 2, 1))
        recommendations.link_code(s, rec.id, s.scalars(select(Code.id).where(Code.name_en == "water")).one())
    ctx.language.set_language(lang)
    try:
        before = support_shown(ctx, qtbot)
        assert len(before) == 3  # the counts, by gender, by age band: one person counted
        withdrawal.withdraw_participant(ctx.store, participant_id=study.withdrawn, scope="all", on="2026-11-30")
        after = support_shown(ctx, qtbot)
        assert len(after) == 2, after  # the counts (all nought), and the withdrawn segment left out
        assert not [line for line in after if line.rstrip().endswith(":")], after
    finally:
        ctx.language.set_language("en")


def test_no_supporter_from_the_start_leaves_no_empty_lines(ctx: Any, qtbot: Any) -> None:
    world = build(ctx.store)
    with ctx.store.transaction() as s:  # linked to the words of the participant who withdrew everything
        rec = recommendations.create(s, {"title_ar": "بطاقة"}, date=dt.date(2023, 1, 5))
        recommendations.link_segment(s, rec.id, world.segments["seg3"])
    ctx.language.set_language("ar")
    try:
        page = the_only_recommendation_shown(ctx, qtbot)
        lines = page.view.support_label.text().split("\n")
        assert lines[0].startswith("المشاركون: 0")
        assert not any(line.rstrip().endswith(":") for line in lines), lines
        assert not any(line.startswith(("حسب الجنس", "حسب الفئة العمرية")) for line in lines), lines
        assert any(line.startswith("المسحوبة") for line in lines), lines  # why it is none: a withdrawal
        assert WITHDRAWN_WORDS not in page.view.support_label.text()
        assert all(WITHDRAWN_WORDS not in row.description for row in page.view.links_model.rows)
    finally:
        ctx.language.set_language("en")
