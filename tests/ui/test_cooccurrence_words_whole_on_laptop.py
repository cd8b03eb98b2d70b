"""The Co-occurrence tab's words, before anything is counted, whole at 20 points on a laptop at 150 %.

A coordinator in Kurdish looking at the reports on a 1366x768 laptop at 150 % (895x424 under the task
bar) with the text at 20 points: the Reports page's frame scrolls, and the Co-occurrence tab's table was
left a strip of some 70 pixels, the words in its middle ("Count overlapping codes to see how often…",
four lines) cut at its top and bottom edges. While the table is empty it now keeps the height its words
need (the page's frame scrolls to it), as the Sessions, Participants and Consent pages' lists do.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.ui_helpers import main_window_on_screen

LAPTOP_150 = (911 - 16, 464 - 40)


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_words_before_counting_are_whole(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    window.go_to("reports")
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)
    page.tabs.setCurrentWidget(page.cooccurrence)
    window.ctx.tasks.wait(10_000)
    settle()
    words = page.cooccurrence.empty_words
    assert words.isVisible() and words.text()
    assert words.height() >= words.heightForWidth(words.width()), (words.height(), words.heightForWidth(words.width()))
    viewport = page.cooccurrence.table.viewport()
    assert viewport.rect().contains(words.geometry()), (viewport.rect(), words.geometry())
    frame = page.parentWidget().parentWidget()
    assert isinstance(frame, QScrollArea)
    frame.ensureWidgetVisible(words, 0, 0)
    settle()
    assert words.visibleRegion().boundingRect() == words.rect()  # in sight once the page's frame is scrolled
    assert window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP5_SHOTS") / f"cooccurrence_{lang}.png"))
