"""The Recommendations page's "Quotes that may be used" fits its columns in its width on a 1366x768
screen, in every language, at the default font and at 16 points.

Its four columns were 260 pixels each (1,040) in a table 630 to 660 wide beside the list: the Session
column, and with the "In the brief" column added (1f37f46) most of the Speaker, was behind a horizontal
scroll bar, at the far left in Arabic and Kurdish. The rule tested: no horizontal scrolling, the quote's
words keep at least a third of the width, and every speaker's code shows whole."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.advocacy.page import RecommendationsPage
from desktop.ui.qt_i18n import LanguageManager, default_point_size
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401 - fixtures used by name
from tests.ui_helpers import main_window

SPEAKER = 2  # Quote, In the brief, Speaker, Session


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
@pytest.mark.parametrize("points", [None, 16])
def test_the_quotes_need_no_sideways_scrolling(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                               qtbot: QtBot, tmp_path: Path, lang: str, points: int | None) -> None:
    window = main_window(manager, demo_store, qtbot, lang)
    manager.set_font_size(points or default_point_size(lang))
    window.resize(1366, 768)
    window.go_to("recommendations")
    page = cast(RecommendationsPage, window.current_page())
    qtbot.waitUntil(lambda: len(page.list_model.rows) > 0, timeout=10_000)
    page.list.setCurrentIndex(page.list_model.index(0, 1))
    view = page.view
    qtbot.waitUntil(lambda: view.current is not None and view.quotes_model.rowCount() > 3, timeout=10_000)
    settle()
    table = view.quotes
    view.ensureWidgetVisible(table)
    settle()
    header, room = table.horizontalHeader(), table.viewport().width()
    widths = [header.sectionSize(c) for c in range(header.count())]
    table.grab().save(str(tmp_path / f"quotes_{lang}_{points}.png"))  # to look at
    assert room < 700  # beside the list, as a coordinator's laptop shows it
    assert sum(widths) <= room and table.horizontalScrollBar().maximum() == 0, (widths, room)
    assert widths[0] >= room // 3, (widths, room)
    metrics = table.fontMetrics()
    model = view.quotes_model
    speakers = {str(model.data(model.index(r, SPEAKER))) for r in range(model.rowCount())} - {"", "None"}
    assert speakers
    for speaker in speakers:
        assert metrics.horizontalAdvance(speaker) < widths[SPEAKER], (speaker, widths)
