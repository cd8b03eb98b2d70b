"""Reports → Search with nothing to look for: only harakat, tatweel or invisible direction marks.

Searching folds harakat (U+064E fatha, U+0650 kasra…), tatweel (U+0640) and invisible marks (RLM
U+200F, ZWNJ U+200C) away, so such a query holds no word at all. The tab still "searched" and said
"0 documents", as if the texts had been looked through and nothing was there. It now says the search
needs letters or digits (one translated line), runs nothing and lists nothing; an empty box asks for
the words to find. (There is no majlis-cli search command to check the same input against.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions, transcripts
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.tasks import TaskRunner
from tests.ui_helpers import reports_search_tab

MARKS_ONLY = [
    "\u064e\u0650\u0640",  # fatha, kasra, tatweel
    "\u200f\u200c",  # RLM, ZWNJ
    "\u0640\u0640 \u064b \u200f",  # tatweel, tanween, RLM in three "words"
    "\u0651*",  # a shadda as a prefix
]
NEEDS = "Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing."


def _tr(text: str) -> str:
    return QCoreApplication.translate("SearchTab", text)


def _ctx(manager: LanguageManager, store: Store, lang: str) -> AppContext:
    manager.set_language(lang)
    sid = sessions.create_session(store, "focus_group", title="Erbil FG 3")
    with store.transaction() as s:
        transcripts.add_turn(s, sid, text="قَانُون الانتخابات")
    return AppContext(store=store, language=manager, tasks=TaskRunner(), user_name="amal")


@pytest.mark.parametrize("typed", MARKS_ONLY)
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_marks_alone_are_not_searched(manager: LanguageManager, store: Store, qtbot: QtBot,
                                      lang: str, typed: str) -> None:
    ctx = _ctx(manager, store, lang)
    _page, tab = reports_search_tab(ctx, qtbot)
    # A search that finds something first: its hits do not stay listed under the marks.
    tab.query.setText("قانون")
    tab.run()
    qtbot.waitUntil(lambda: len(tab.hits) == 1, timeout=10_000)
    assert ctx.tasks.drain(10_000)

    tab.query.setText(typed)
    tab.run()
    said = tab.status.text()
    assert said == _tr(NEEDS)  # at once: nothing was sent to the database
    assert "0" not in said and "٠" not in said
    if lang != "en":
        assert said != NEEDS
    assert tab.hits == [] and tab.model.rowCount() == 0
    assert ctx.tasks.drain(10_000)
    QApplication.processEvents()
    assert tab.status.text() == said  # no read came back over it


def test_an_empty_box_asks_for_words(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    ctx = _ctx(manager, store, "ar")
    _page, tab = reports_search_tab(ctx, qtbot)
    tab.query.setText("   ")
    tab.run()
    assert tab.status.text() == _tr("Type the words to find.") != "Type the words to find."
    assert ctx.tasks.drain(10_000)


def test_a_word_with_harakat_is_still_searched(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    ctx = _ctx(manager, store, "en")
    _page, tab = reports_search_tab(ctx, qtbot)
    tab.query.setText("\u0642\u064e\u0627\u0646\u064f\u0648\u0646\u200f")  # قَانُون and an RLM
    tab.run()
    qtbot.waitUntil(lambda: tab.status.text() == "1 document", timeout=10_000)
    assert len(tab.hits) == 1


def test_a_late_answer_does_not_cover_the_line(manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    """A search still on the worker when marks alone are searched: its hits, arriving after, are not
    shown under the marks, nor its count over the line."""
    ctx = _ctx(manager, store, "en")
    _page, tab = reports_search_tab(ctx, qtbot)
    tab.query.setText("قانون")
    tab.run()  # not waited for
    tab.query.setText("\u064e")
    tab.run()
    assert ctx.tasks.drain(10_000)
    for _ in range(5):
        QApplication.processEvents()
    assert tab.status.text() == NEEDS
    assert tab.hits == [] and tab.model.rowCount() == 0
