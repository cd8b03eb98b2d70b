"""The recommendation shown on the Recommendations page, perhaps typed in, deleted elsewhere (a team
update, majlis-cli, another window: a change announced from the worker). Reading it again failed and
the form was emptied without a word, the typing with it. One line under Save now says it was deleted
elsewhere, and that what was typed was not saved when something was; nothing is asked (there is
nothing left to save it in), and Save no longer aims at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.models import Recommendation
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp

FIRST, SECOND = "نشر النتائج فوراً", "ڕێگەدان بە چاودێران"
TYPED = "نشر النتائج في اليوم نفسه"


@pytest.fixture
def shown(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[RecommendationsPage, str, str]]:
    """The page on the first of two recommendations; any question asked fails the test."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: pytest.fail("asked"))
    ctx.language.set_language("ckb")
    with ctx.store.transaction() as s:
        first = recommendations.create(s, {"title_ar": FIRST}).id
        second = recommendations.create(s, {"title_ar": SECOND}).id
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.listed) == 2, timeout=10_000)
    row = next(n for n, r in enumerate(page.listed) if r.id == first)
    page.list.setCurrentIndex(page.list_model.index(row, 0))
    qtbot.waitUntil(lambda: page.view.current is not None and page.view.fields["title_ar"].text() == FIRST,
                    timeout=10_000)
    yield page, first, second
    ctx.tasks.drain()


TYPED_AND_DELETED = ("The recommendation you were typing in was deleted elsewhere (a team update, majlis-cli or "
                     "another window): what you typed was not saved.")
SHOWN_AND_DELETED = "The recommendation shown was deleted elsewhere (a team update, majlis-cli or another window)."


def _deleted_elsewhere(ctx: AppContext, rec_id: str) -> None:
    CollectionOp(ctx, lambda s: recommendations.delete(s, rec_id)).run_now()  # announced as a team update is


def test_typed_in_and_deleted_elsewhere_says_the_typing_was_not_saved(
        shown: tuple[RecommendationsPage, str, str], ctx: AppContext, qtbot: QtBot) -> None:
    page, first, second = shown
    page.view.fields["title_ar"].setText(TYPED)
    _deleted_elsewhere(ctx, first)
    qtbot.waitUntil(lambda: page.view.notice.text() != "", timeout=10_000)
    said = page.view.notice.text()
    assert said == QApplication.translate("RecommendationView", TYPED_AND_DELETED) != TYPED_AND_DELETED
    assert "\n" not in said
    assert TYPED not in said and FIRST not in said
    assert page.view.fields["title_ar"].text() == "" and page.view.rec_id is None
    qtbot.waitUntil(lambda: [r.id for r in page.listed] == [second], timeout=10_000)
    assert not page.view.has_typed()  # nothing left to ask about on leaving
    page.view.fields["title_en"].setText("Observers")
    page.view.save_button.click()  # a new recommendation, not a save into the deleted one
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        deleted = s.get(Recommendation, first)
        assert deleted is not None and deleted.deleted and deleted.title_ar == FIRST
        live = s.scalars(select(Recommendation.title_en).where(Recommendation.deleted.is_(False))).all()
        assert sorted(live) == ["", "Observers"]


def test_shown_and_deleted_elsewhere_says_so(shown: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                             qtbot: QtBot) -> None:
    page, first, second = shown
    _deleted_elsewhere(ctx, first)
    qtbot.waitUntil(lambda: page.view.notice.text() != "", timeout=10_000)
    assert page.view.notice.text() == QApplication.translate("RecommendationView", SHOWN_AND_DELETED)
    row = next(n for n, r in enumerate(page.listed) if r.id == second)
    page.list.setCurrentIndex(page.list_model.index(row, 0))  # the line goes with the next one shown
    qtbot.waitUntil(lambda: page.view.fields["title_ar"].text() == SECOND, timeout=10_000)
    assert page.view.notice.text() == ""


def test_another_deleted_elsewhere_leaves_the_typing(shown: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                                     qtbot: QtBot) -> None:
    page, first, second = shown
    page.view.fields["title_ar"].setText(TYPED)
    _deleted_elsewhere(ctx, second)
    qtbot.waitUntil(lambda: [r.id for r in page.listed] == [first], timeout=10_000)
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    assert page.view.rec_id == first and page.view.fields["title_ar"].text() == TYPED
    assert page.view.notice.text() == ""
