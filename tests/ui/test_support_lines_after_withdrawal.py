"""The support of a recommendation whose only speaker withdrew: no line ends on nothing.

At the centre, after a participant withdrew everything, the recommendation quoting her said
"Participants: 0 ..." and then "By gender:" and "By age band:" followed by nothing, two lines that read as
cut off (in Kurdish "بەپێی ڕەگەز:" alone). With nobody counted they are left out; the line that says the
withdrawn segments were left out stays.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from desktop.core import recommendations, withdrawal
from desktop.core.models import Code
from desktop.ui.advocacy.page import RecommendationsPage
from tests.erasure_helpers import make_study


def support_shown(ctx: Any, qtbot: Any) -> list[str]:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, 1))
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    return page.view.support_label.text().splitlines()


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
