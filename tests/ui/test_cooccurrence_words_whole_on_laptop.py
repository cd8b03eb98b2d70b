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
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.reports_on_laptop import reports_tab_on_laptop
from tests.shots import shots_folder
from tests.ui_helpers import assert_words_whole_in_sight


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_words_before_counting_are_whole(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                                             monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window, page = reports_tab_on_laptop(manager, store, qtbot, lang, monkeypatch, lambda page: page.cooccurrence)
    assert_words_whole_in_sight(page, page.cooccurrence.empty_words, page.cooccurrence.table)
    assert window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP5_SHOTS") / f"cooccurrence_{lang}.png"))
