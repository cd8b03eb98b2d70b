"""An open recommendation follows a withdrawal made elsewhere: the participant's quote stayed among
'Quotes that may be used' (and the support line unchanged) until the recommendation was opened
again; an advocacy officer copying quotes from the screen would have used a withdrawn one."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from desktop.core import consent, recommendations
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.operations import CollectionOp
from tests.advocacy_fixture import build


def test_a_quote_withdrawn_elsewhere_leaves_the_open_recommendation(ctx: Any, qtbot: Any) -> None:
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_en": "Cards"}, date=dt.date(2022, 12, 1))
        recommendations.link_code(s, rec.id, world.codes["A"])
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: len(page.list_model.rows) == 1, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, 1))
    qtbot.waitUntil(lambda: page.view.current is not None, timeout=10_000)
    assert "X-P1" in [q.speaker for q in page.view.quotes_model.rows]
    assert "Not quotable: 2 segments" in page.view.support_label.text()
    title = page.view.fields["title_en"]
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_End)  # a title is shown from its start: typing goes after its end
    qtbot.keyClicks(title, " (draft)")  # being typed, not saved: a refresh must not take it away
    # The Consent page withdraws P1's quotes as an operation on the DB worker, announced to the pages.
    done: list[bool] = []
    CollectionOp(ctx, lambda s: consent.withdraw(ctx.store, world.consents["P1"], dt.date(2023, 3, 1), "quotes")
                 ).success(lambda _r: done.append(True)).run_in_background()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    qtbot.waitUntil(lambda: "X-P1" not in [q.speaker for q in page.view.quotes_model.rows], timeout=10_000)
    assert "Not quotable: 3 segments" in page.view.support_label.text()
    assert title.text() == "Cards (draft)" and title.hasFocus()
    assert page.view.fields["title_en"].text() == "Cards (draft)"
