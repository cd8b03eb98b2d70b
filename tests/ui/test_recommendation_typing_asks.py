"""Typing not saved on the Recommendations page was lost without a word: a title or a text typed in a
recommendation's form was replaced when another recommendation was chosen or New recommendation was
pressed, was gone with the window when it closed (even from another page), and an outreach record
typed and not added was gone with the window too. Now the page asks Save / Discard / Cancel, the
question the Codebook and Organisations pages ask (widgets/unsaved_choice.settle_typing): Save stores
it at once, then goes on; a refusal keeps the typing and says why; Discard goes on; Cancel stays (the
list back on the recommendation typed). Adding a status no longer puts the stored words over what
is typed above it either."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.core import recommendations
from desktop.core.db import Store
from desktop.core.models import OutreachEvent, Recommendation
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name
from tests.ui_helpers import main_window

FIRST, SECOND = "نشر النتائج فوراً", "ڕێگەدان بە چاودێران"
TYPED = "نشر النتائج في اليوم نفسه"
Button = QMessageBox.StandardButton


def _answer(monkeypatch: pytest.MonkeyPatch, answer: Button) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> Button:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _titles(store: Store) -> list[str]:
    with store.session() as s:
        return sorted(r.title_ar or r.title_en for r in s.scalars(
            select(Recommendation).where(Recommendation.deleted.is_(False))))


def _two(store: Store) -> tuple[str, str]:
    with store.transaction() as s:
        first = recommendations.create(s, {"title_ar": FIRST}).id
        second = recommendations.create(s, {"title_ar": SECOND}).id
    return first, second


def _row_of(page: RecommendationsPage, rec_id: str) -> int:
    return next(n for n, r in enumerate(page.listed) if r.id == rec_id)


def _choose(page: RecommendationsPage, qtbot: QtBot, rec_id: str) -> None:
    page.list.setCurrentIndex(page.list_model.index(_row_of(page, rec_id), 0))


def _shows(page: RecommendationsPage, rec_id: str, title: str) -> bool:
    view = page.view
    return view.rec_id == rec_id and view.current is not None and view.current.id == rec_id \
        and view.fields["title_ar"].text() == title


@pytest.fixture
def typed(ctx: AppContext, qtbot: QtBot) -> Iterator[tuple[RecommendationsPage, str, str]]:
    """The page on its first recommendation, a new title typed for it and not saved."""
    first, second = _two(ctx.store)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.listed) == 2, timeout=10_000)
    _choose(page, qtbot, first)
    qtbot.waitUntil(lambda: _shows(page, first, FIRST), timeout=10_000)
    page.view.fields["title_ar"].setText(TYPED)
    yield page, first, second
    ctx.tasks.drain()


def test_cancel_keeps_the_recommendation_and_the_typing(typed: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                                        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = typed
    asked = _answer(monkeypatch, Button.Cancel)
    _choose(page, qtbot, second)
    assert len(asked) == 1 and "not saved" in asked[0]
    qtbot.waitUntil(lambda: page.list.currentIndex().row() == _row_of(page, first))  # the list back on it
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    assert page.view.rec_id == first and page.view.fields["title_ar"].text() == TYPED
    page.new_button.click()  # New recommendation asks too
    assert len(asked) == 2 and page.view.rec_id == first and page.view.fields["title_ar"].text() == TYPED
    assert _titles(ctx.store) == sorted([FIRST, SECOND])


def test_save_stores_the_typing_then_shows_the_other(typed: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = typed
    asked = _answer(monkeypatch, Button.Save)
    _choose(page, qtbot, second)
    assert len(asked) == 1
    assert _titles(ctx.store) == sorted([TYPED, SECOND])
    qtbot.waitUntil(lambda: _shows(page, second, SECOND), timeout=10_000)
    _choose(page, qtbot, first)  # nothing typed now: no question
    qtbot.waitUntil(lambda: _shows(page, first, TYPED), timeout=10_000)
    assert len(asked) == 1


def test_discard_shows_the_other_and_stores_nothing(typed: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                                    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = typed
    asked = _answer(monkeypatch, Button.Discard)
    page.new_button.click()
    assert len(asked) == 1 and page.view.rec_id is None and page.view.fields["title_ar"].text() == ""
    page.view.fields["title_en"].setText("Observers at every count")  # a new one typed, then another chosen
    _choose(page, qtbot, second)
    assert len(asked) == 2
    qtbot.waitUntil(lambda: _shows(page, second, SECOND), timeout=10_000)
    assert _titles(ctx.store) == sorted([FIRST, SECOND])


def test_a_new_recommendation_saved_on_the_way(typed: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                               qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, _first, second = typed
    page.view.fields["title_ar"].setText(FIRST)  # back as stored: nothing to ask
    asked = _answer(monkeypatch, Button.Save)
    page.new_button.click()
    assert asked == []
    page.view.fields["title_en"].setText("Observers at every count")
    _choose(page, qtbot, second)
    assert len(asked) == 1
    assert _titles(ctx.store) == sorted([FIRST, SECOND, "Observers at every count"])
    qtbot.waitUntil(lambda: _shows(page, second, SECOND) and len(page.listed) == 3, timeout=10_000)


def test_a_refused_save_keeps_the_typing(typed: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                         qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    page, first, second = typed
    page.view.fields["title_ar"].setText("")  # no title left: refused
    page.view.fields["text_ar"].setPlainText("نص التوصية")
    asked = _answer(monkeypatch, Button.Save)
    _choose(page, qtbot, second)
    assert len(asked) == 1
    assert page.view.error.text()  # why, beside Save
    qtbot.waitUntil(lambda: page.list.currentIndex().row() == _row_of(page, first))
    assert page.view.rec_id == first and page.view.fields["text_ar"].toPlainText() == "نص التوصية"
    assert _titles(ctx.store) == sorted([FIRST, SECOND])
    page.view.fields["title_ar"].setText(FIRST)
    page.view.fields["text_ar"].setPlainText("")


def test_adding_a_status_keeps_the_typing(typed: tuple[RecommendationsPage, str, str], ctx: AppContext,
                                          qtbot: QtBot) -> None:
    page, first, _second = typed
    view = page.view
    view.status_combo.setCurrentIndex(view.status_combo.findData("endorsed"))
    view.add_status_button.click()
    qtbot.waitUntil(lambda: view.current is not None and len(view.current.history) == 2, timeout=10_000)
    assert ctx.tasks.drain(10_000)
    qtbot.wait(50)
    assert view.fields["title_ar"].text() == TYPED
    view.fields["title_ar"].setText(FIRST)


def test_nothing_typed_asks_nothing(typed: tuple[RecommendationsPage, str, str], qtbot: QtBot,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page, _first, second = typed
    page.view.fields["title_ar"].setText(FIRST)
    asked = _answer(monkeypatch, Button.Cancel)
    _choose(page, qtbot, second)
    qtbot.waitUntil(lambda: _shows(page, second, SECOND), timeout=10_000)
    assert asked == [] and page.may_leave()


# --- leaving the page, closing the window ----------------------------------------------------------

def _window(manager: LanguageManager, store: Store, qtbot: QtBot) -> tuple[MainWindow, RecommendationsPage, str]:
    """The main window on its Recommendations page, the first recommendation's title typed anew."""
    first, _second = _two(store)
    window = main_window(manager, store, qtbot, "ar")
    window.ctx.tasks.drain()
    window.go_to("recommendations")
    page = window.current_page()
    assert isinstance(page, RecommendationsPage)
    qtbot.waitUntil(lambda: len(page.listed) == 2, timeout=10_000)
    _choose(page, qtbot, first)
    qtbot.waitUntil(lambda: _shows(page, first, FIRST), timeout=10_000)
    page.view.fields["title_ar"].setText(TYPED)
    return window, page, first


def _nav_to(window: MainWindow, key: str) -> None:
    window.nav.setCurrentRow(window.page_stack.keys().index(key))


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Save, Button.Discard], ids=["cancel", "save", "discard"])
def test_closing_the_window_asks(answer: Button, manager: LanguageManager, store: Store, qtbot: QtBot,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, _first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, answer)
    window.close()
    assert len(asked) == 1
    assert window.isVisible() == (answer == Button.Cancel)
    assert _titles(store) == sorted([TYPED if answer == Button.Save else FIRST, SECOND])
    if answer == Button.Cancel:
        assert page.view.fields["title_ar"].text() == TYPED
        page.view.fields["title_ar"].setText(FIRST)


def test_leaving_the_page_asks_and_discard_shows_the_stored_words(manager: LanguageManager, store: Store,
                                                                  qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, _first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, Button.Cancel)
    _nav_to(window, "sessions")
    assert len(asked) == 1 and window.current_page() is page
    asked = _answer(monkeypatch, Button.Discard)
    _nav_to(window, "sessions")
    assert len(asked) == 1
    qtbot.waitUntil(lambda: window.current_page() is window.pages["sessions"])
    assert page.view.fields["title_ar"].text() == FIRST
    window.close()
    assert len(asked) == 1 and not window.isVisible()


def test_a_save_another_program_holds_up_keeps_the_window(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch, other: OtherProgram) -> None:
    window, page, _first = _window(manager, store, qtbot)
    asked = _answer(monkeypatch, Button.Save)
    other.hold()
    window.close()
    other.release()
    assert len(asked) == 1 and window.isVisible()
    assert page.view.error.text() and page.view.fields["title_ar"].text() == TYPED
    assert _titles(store) == sorted([FIRST, SECOND])
    window.close()  # the database free again: saved, then closed
    assert len(asked) == 2 and not window.isVisible() and _titles(store) == sorted([TYPED, SECOND])


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Save, Button.Discard], ids=["cancel", "save", "discard"])
def test_an_outreach_record_typed_is_asked_about(answer: Button, manager: LanguageManager, store: Store,
                                                 qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window, page, _first = _window(manager, store, qtbot)
    page.view.fields["title_ar"].setText(FIRST)  # only the outreach form holds typing
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.outreach_panel.built)
    page.o_title.setText("لقاء مع مجلس المحافظة")
    page.o_place.setText("البصرة")
    page.tabs.setCurrentIndex(2)  # the form out of sight
    asked = _answer(monkeypatch, answer)
    window.close()
    said = QApplication.translate("RecommendationsPage", "The outreach record you typed is not saved. Save it now?")
    assert len(asked) == 1 and asked[0] == said
    assert window.isVisible() == (answer == Button.Cancel)
    assert page.tabs.currentIndex() == 1  # asked with the form in sight
    with store.session() as s:
        titles = [e.title for e in s.scalars(select(OutreachEvent))]
    assert titles == (["لقاء مع مجلس المحافظة"] if answer == Button.Save else [])
    if answer == Button.Cancel:
        assert page.o_title.text() == "لقاء مع مجلس المحافظة"
        page.o_title.clear()
