"""A status or an outreach record dated before 2000, typed by keyboard ("1999" for "2019", "2002" for
"2020" mistyped as "0202"): the app's dates begin in 2000 (a session's date box starts there) but these
two took any year, and a recommendation's history or the Network's month by month showed a meeting of
1999. Now each is refused in one line under where the person acted, nothing stored, the date box
focused to put right."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import outreach, recommendations
from desktop.core.models import OutreachEvent, RecommendationStatus
from desktop.ui.context import AppContext
from desktop.ui.widgets.digit_spin import DigitDateEdit
from tests.recommendations_page import recommendations_page
from tests.ui.test_ckb_december_date_box import key, type_text


def _year_typed(box: DigitDateEdit, year: str) -> None:
    box.setFocus()
    box.setSelectedSection(DigitDateEdit.Section.YearSection)
    type_text(box, year)
    key(box, Qt.Key.Key_Return)


def _count(ctx: AppContext, model: Any) -> int:
    with ctx.store.session() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False))) or 0)


def test_a_status_of_1999_is_refused(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, "ar", focusable=True) as page:
        view = page.view
        before = _count(ctx, RecommendationStatus)
        _year_typed(view.status_date, "1999")
        assert view.status_date.date().year() == 1999  # taken by the box, as typed
        view.status_note.setText("خبر قديم")
        view.add_status_button.click()
        qtbot.waitUntil(lambda: view.status_error.error() != "", timeout=10_000)
        said = view.status_error.error()
        assert "\n" not in said
        assert said != view.tr("This could not be saved.")  # it says what is wrong
        assert _count(ctx, RecommendationStatus) == before
        assert view.status_note.text() == "خبر قديم"  # kept, to be put right
        qtbot.waitUntil(view.status_date.hasFocus, timeout=5_000)


def test_an_outreach_of_1999_is_refused(ctx: AppContext, qtbot: QtBot) -> None:
    with recommendations_page(ctx, qtbot, "ar", focusable=True) as page:
        page.tabs.setCurrentIndex(1)
        qtbot.waitUntil(lambda: page.outreach_panel.built)
        before = _count(ctx, OutreachEvent)
        page.o_title.insert("لقاء مع اللجنة القانونية")
        _year_typed(page.o_date, "1999")
        assert page.o_date.date().year() == 1999
        page.o_add.click()
        qtbot.waitUntil(lambda: page.o_error.text() != "", timeout=10_000)
        said = page.o_error.text()
        assert "\n" not in said
        assert said != QCoreApplication.translate("RecommendationsPage", "An outreach record needs a title and a date.")
        assert _count(ctx, OutreachEvent) == before
        assert page.o_title.text() == "لقاء مع اللجنة القانونية"


def test_the_core_refuses_them_too(ctx: AppContext) -> None:
    with ctx.store.transaction() as s:
        rec = recommendations.create(s, {"title_ar": "كوتا نسائية"}, date=dt.date(2023, 1, 1))
        with pytest.raises(recommendations.RecommendationError) as refused:
            recommendations.add_status(s, rec.id, "endorsed", date=dt.date(1999, 12, 31))
        assert refused.value.code == "too_early"
        row = recommendations.add_status(s, rec.id, "endorsed", date=dt.date(2000, 1, 1))
        with pytest.raises(recommendations.RecommendationError):
            recommendations.edit_status(s, row.id, {"date": dt.date(1752, 9, 14)})
        with pytest.raises(outreach.OutreachError) as early:
            outreach.create(s, {"kind": "meeting", "title": "لقاء", "date": dt.date(1999, 1, 1)})
        assert early.value.code == "too_early"
        event = outreach.create(s, {"kind": "meeting", "title": "لقاء", "date": dt.date(2000, 1, 1)})
        with pytest.raises(outreach.OutreachError):
            outreach.update(s, event.id, {"date": dt.date(1990, 1, 1)})
