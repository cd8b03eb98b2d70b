"""The Surveys tab's list of answers (to choose those that count as support) at 24 points, on a
1366x768 screen: it was one answer a line and at most 110 pixels high, so it showed one or two answers
and hid the rest behind a scroll bar. Made taller as it was, it lengthened the column beside the answers
table, and the English tab scrolled sideways at double size (tests/ui/test_bigger_text.py). Now the
answers stand side by side, four lines high, and the column's boxes no longer take the width of their
longest item; the labels go above their fields when beside them they would crowd the column, and the
column scrolls up and down on its own (the page scrolling down took the width the Recommendations tab
needs at double size in English)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401 - fixtures used by name
from tests.ui.test_bigger_text import WINDOW
from tests.ui_helpers import main_window


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_four_answers_show_at_24_points_without_sideways_scrolling(
        manager: LanguageManager, demo_store: Store, qtbot: QtBot, tmp_path: Path, lang: str) -> None:  # noqa: F811
    window = main_window(manager, demo_store, qtbot, lang)
    manager.set_font_size(24)
    window.resize(*WINDOW)
    window.go_to("recommendations")
    page = cast(RecommendationsPage, window.current_page())
    page.tabs.setCurrentIndex(3)
    tab = page.surveys
    answers = tab.choices
    qtbot.waitUntil(lambda: answers.count() >= 4, timeout=10_000)
    window.ctx.tasks.wait(10_000)
    settle()
    tab.column.ensureWidgetVisible(answers)  # the list brought into sight, as Tab would
    settle()
    window.grab().save(str(tmp_path / f"surveys_{lang}_24pt.png"))  # to look at
    port = answers.viewport().rect()
    whole = [answers.item(i).text() for i in range(answers.count())
             if port.contains(answers.visualItemRect(answers.item(i)))]
    assert len(whole) >= 4, (whole, port, [answers.visualItemRect(answers.item(i)) for i in range(answers.count())])
    sideways = [f"{type(a).__name__}#{a.objectName()}" for a in window.findChildren(QAbstractScrollArea)
                if a.isVisible() and a.horizontalScrollBar().isVisible() and not isinstance(a, QAbstractItemView)]
    assert not sideways, sideways
    assert tab.column.widget().width() <= tab.column.viewport().width()  # the column: never cut at one side
