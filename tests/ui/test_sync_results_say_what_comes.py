"""The Sync page's empty results list says what will be listed there.

Half a facilitator's Sync page was the Results list, an empty white box before the first export or
team update, nothing saying what would appear in it. While empty it now says so in its middle, in
the interface's language (after a switch too); a line said in it takes the place of the words."""

from __future__ import annotations

from functools import partial
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from desktop.ui.sync.results_log import ResultsLog
from tests.i18n.test_i18n_screens import settle
from tests.sync_page_helpers import open_page

SAID = {"ar": "هنا تظهر نتيجة", "ckb": "ئەنجامی هەر پاکێتێک", "en": "What each bundle exported"}


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the translations compiled from the .ts files


def _drawn(results: ResultsLog) -> int:
    """Pixels of the middle third of the list's viewport (where the words stand, below a first line)
    not in its background colour: the words drawn, or none."""
    image = results.viewport().grab().toImage()
    base = image.pixelColor(1, image.height() - 2).rgb()  # a corner: the list's background
    top, bottom = image.height() // 3, 2 * image.height() // 3
    return sum(1 for x in range(image.width()) for y in range(top, bottom) if image.pixelColor(x, y).rgb() != base)


def _says(results: ResultsLog, words: str) -> bool:
    return results.empty_text.startswith(words)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_empty_results_list_says_what_comes(store: Store, qtbot: QtBot, make_ctx: Any,
                                                 manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    page: SyncPage = open_page(make_ctx(store, lang=manager), qtbot)
    results = page.results
    assert results.count() == 0
    assert _says(results, SAID[lang]), results.empty_text
    settle()
    assert _drawn(results) > 20  # the words are on screen, not only kept
    other = "en" if lang != "en" else "ar"
    manager.set_language(other)
    qtbot.waitUntil(partial(_says, results, SAID[other]), timeout=5_000)

    results.say(lambda: "bundle written")
    settle()
    assert _drawn(results) == 0  # a line takes the words' place
