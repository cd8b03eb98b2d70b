"""Cancel pressed while a dropped folder is still being searched for bundles (a whole drive dropped by
mistake, a slow stick of many folders) is said as a cancel.

The search stops at once and nothing is imported; the page then said "No bundle files were found in
the folder." (the search had found none yet), as if the stick held no bundle: a coordinator on a
deadline goes back to the laptops for bundles that are there. Now it says the import was cancelled
before any file was read, and nothing was imported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)

CANCELLED = {
    "en": "Import cancelled before any file was read: nothing was imported. Choose the files or the folder "
          "again to import them.",
    "ar": "أُلغي الاستيراد قبل قراءة أيّ ملفّ: لم يُستورد شيء. اختر الملفّات أو المجلّد مجدّدًا لاستيرادها.",
    "ckb": "هاوردەکردن پێش خوێندنەوەی هیچ پەڕگەیەک هەڵوەشایەوە: هیچ شتێک هاوردە نەکرا. بۆ هاوردەکردنیان "
           "دیسان پەڕگەکان یان بوخچەکە هەڵبژێرە.",
}


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_cancel_during_the_search_is_no_empty_folder(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                                      manager: LanguageManager, lang: str) -> None:
    drive = tmp_path / "drive"
    for n in range(1500):  # a drive's worth of folders: the search takes a while
        (drive / f"folder {n:04d}").mkdir(parents=True)
    for n in range(2):
        laptop_bundle(team, drive / f"folder {n * 1000:04d}" / f"b{n}.majlis", n)
    manager.set_language(lang)
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))

    assert drag_and_drop(page, [drive])
    page.cancel_button.click()  # at once: the worker is still looking through the folders
    qtbot.waitUntil(lambda: page.import_button.isEnabled() and page.results.count() > 0, timeout=60_000)
    assert page.last_outcomes == []
    assert page.import_summary.text() == CANCELLED[lang]
    assert page.results.item(0).text() == CANCELLED[lang]

    # The bundles were there all along: the same folder again, left to finish, imports them.
    assert drag_and_drop(page, [drive])
    qtbot.waitUntil(lambda: len(page.last_outcomes) == 2 and page.import_button.isEnabled(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["imported", "imported"]
