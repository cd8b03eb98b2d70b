"""An outreach record names the organisation it was held with and the recommendation it carried.

The Outreach form had no place for either: a meeting recorded in the app never counted on the Network
tab (its Outreach and Reach columns count the records naming the organisation), and the record could not
be tied to the recommendation it advocated. Now two boxes choose them (none is allowed), and a
recommendation deleted meanwhile (a team update) is refused in one line, nothing written."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from sqlalchemy import func, select

from desktop.core import outreach, recommendations
from desktop.core.models import OutreachEvent, Recommendation
from desktop.ui.advocacy.page import RecommendationsPage
from tests.advocacy_fixture import build


def _outreach_tab(ctx: Any, qtbot: Any) -> RecommendationsPage:
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outreach_panel.built)
    return page


def test_a_meeting_with_an_organisation_counts_on_the_network(ctx: Any, qtbot: Any) -> None:
    world = build(ctx.store)
    with ctx.store.transaction() as s:
        rec_id = recommendations.create(s, {"title_ar": "بطاقة بايومترية"}, date=dt.date(2023, 1, 5)).id
    ctx.language.set_language("ar")
    try:
        page = _outreach_tab(ctx, qtbot)
        qtbot.waitUntil(lambda: page.o_org.findData(world.orgs["O1"]) > 0, timeout=10_000)
        qtbot.waitUntil(lambda: page.o_rec.findData(rec_id) > 0, timeout=10_000)
        assert page.o_org.currentData() == "" and page.o_rec.currentData() == ""  # none, until chosen
        assert page.o_org.itemText(page.o_org.findData(world.orgs["O1"])) == "شبكة شمس"
        assert "بطاقة بايومترية" in page.o_rec.itemText(page.o_rec.findData(rec_id))
        assert page.o_org.accessibleName() and page.o_rec.accessibleName()
        page.o_kind.setCurrentIndex(page.o_kind.findData("meeting"))
        page.o_title.insert("لقاء مع المفوضية")
        page.o_date.setDate(QDate(2023, 3, 2))
        page.o_org.setCurrentIndex(page.o_org.findData(world.orgs["O1"]))
        page.o_rec.setCurrentIndex(page.o_rec.findData(rec_id))
        page.o_reach.setValue(40)
        qtbot.mouseClick(page.o_add, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(page.outreach_model.rows) == 1, timeout=10_000)
        with ctx.store.session() as s:
            event = s.scalars(select(OutreachEvent)).one()
            assert event.organisation_ids == [world.orgs["O1"]]
            assert event.recommendation_ids == [rec_id]
            assert [e.id for e in outreach.events(s, rec_id)] == [event.id]
        qtbot.waitUntil(lambda: any(a.id == world.orgs["O1"] and a.outreach == 1 for a in page.network_model.rows),
                        timeout=10_000)
        o1 = next(a for a in page.network_model.rows if a.id == world.orgs["O1"])
        assert (o1.outreach, o1.reach) == (1, 40)
    finally:
        ctx.language.set_language("en")


def test_a_recommendation_deleted_meanwhile_is_refused_in_one_line(ctx: Any, qtbot: Any) -> None:
    build(ctx.store)
    with ctx.store.transaction() as s:
        rec_id = recommendations.create(s, {"title_ar": "بطاقة بايومترية"}, date=dt.date(2023, 1, 5)).id
    ctx.language.set_language("ar")
    try:
        page = _outreach_tab(ctx, qtbot)
        qtbot.waitUntil(lambda: page.o_rec.findData(rec_id) > 0, timeout=10_000)
        page.o_title.insert("لقاء مع المفوضية")
        page.o_rec.setCurrentIndex(page.o_rec.findData(rec_id))
        with ctx.store.transaction() as s:  # a team update deletes it, the form not told yet
            row = s.get(Recommendation, rec_id)
            assert row is not None
            row.deleted = True
        qtbot.mouseClick(page.o_add, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.o_error.text() != "", timeout=10_000)
        said = page.o_error.text()
        assert "\n" not in said, said
        assert said != QCoreApplication.translate(  # not the missing-title line: it says what is wrong
            "RecommendationsPage", "An outreach record needs a title and a date.")
        assert page.o_title.text() == "لقاء مع المفوضية"  # kept, to be put right
        with ctx.store.session() as s:
            assert s.scalar(select(func.count()).select_from(OutreachEvent)) == 0
    finally:
        ctx.language.set_language("en")
