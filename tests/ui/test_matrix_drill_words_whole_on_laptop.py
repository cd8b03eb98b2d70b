"""The Matrix tab's list of a cell's segments, before a cell is chosen, says its words whole at 20 points on a
laptop at 150 %.

A coordinator in Kurdish on a 1366x768 laptop at 150 % (895x424 under the task bar) with the text at 20
points: the list beside the chart was given 162 pixels of the row's width (the chart's part took the
rest, though the two were meant to share it three to two), and its words ("Click a cell of the matrix to
list its coded segments here.") stood a word or two a line, 368 pixels of them in a box of 180, cut off.
The chart and the list now share the row as meant until the person drags the handle, and the list keeps
the height its words need while it is empty (the page's frame scrolls to it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.reports_on_laptop import reports_tab_on_laptop
from tests.shots import shots_folder
from tests.ui_helpers import assert_words_whole_in_sight


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_words_of_the_empty_segment_list_are_whole(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                       lang: str, monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    window, page = reports_tab_on_laptop(manager, store, qtbot, lang, monkeypatch, lambda page: page.matrix)
    assert_words_whole_in_sight(page, page.matrix.drill_words, page.matrix.drill)
    assert window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP5_SHOTS") / f"matrix_drill_{lang}.png"))
