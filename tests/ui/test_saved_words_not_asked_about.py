"""Words just saved are not "typing not saved" while the saved recommendation is read back.

Save stored the form's words and the form then read the recommendation back on the DB worker; until it
came (a busy laptop: long enough to choose another recommendation or close the window), the form still
counted the words as typed and not saved, and asked "What you typed in this recommendation is not
saved. Save it now?" about words already saved (Save there stored them twice)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core import recommendations
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.context import AppContext


def test_words_just_saved_are_not_asked_about(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.store.transaction() as s:
        recommendations.create(s, {"title_ar": "نشر النتائج فوراً"}, date=dt.date(2023, 1, 1))
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    page = RecommendationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: len(page.listed) == 1, timeout=10_000)
    page.new_button.click()
    view = page.view
    view.fields["title_ar"].setText("مراقبون في كل مركز عدّ")
    typed_when_saved: list[bool] = []
    view.saved.connect(lambda _id: typed_when_saved.append(view.has_typed()))
    view.save_button.click()
    qtbot.waitUntil(lambda: bool(typed_when_saved), timeout=10_000)
    assert typed_when_saved[0] is False  # saved, before it is read back
    assert view.leaves_typing() and asked == []
    qtbot.waitUntil(lambda: view.current is not None and view.current.id == view.rec_id, timeout=10_000)
    assert not view.has_typed()
    ctx.tasks.drain()
