"""An error nobody foresaw stops the centre's import part-way through a stick of bundles.

Each bundle is its own transaction, committed as it goes, so the bundles before the error stay
imported; yet the page said only "Failed: Something went wrong; nothing was changed.": untrue (two
bundles had gone in) and with no word of which. Now the run's summary says, in one translated line,
that the import stopped and why, that the files imported before it are kept, how many were read and
what came of them, and to import the others again; the files that went in have their lines. No
traceback, no "nothing was changed".

An error "not foreseen" has no real way to happen on purpose (a disk that is full, read-only or gone
is foreseen: tests/ui/test_sync_import_disk_full.py; a file removed or unreadable between choosing
and reading is refused by itself, not a failure), so the real importer's ``_write`` is wrapped to
raise at the third file, after writing the first two for real in a real SQLCipher store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.sync_helpers import Team, fail_third_write, three_participant_bundles
from tests.sync_page_helpers import drag_and_drop, open_page, team_fixture

team = team_fixture(devices=1)

STOPPED = {
    "en": "Import stopped: Majlis met an error it did not expect. The files imported before it are kept. Files "
          "read: 2 of 3; not read yet: 1 (import them again once this is put right: the files already imported "
          "are recognised). Imported: 2, already present: 0, held for approval: 0, refused: 0.",
    "ar": "توقّف الاستيراد: واجه مجلس خطأً لم يكن متوقَّعًا. الملفّات المستوردة قبله محفوظة. الملفّات المقروءة: ٢ من ٣؛ "
          "التي لم تُقرأ بعد: ١ (استوردها مجدّدًا بعد إصلاح ذلك: الملفّات المستوردة من قبل تُعرف). المستوردة: ٢، "
          "الموجودة من قبل: ٠، المحجوزة بانتظار الاعتماد: ٠، المرفوضة: ٠.",
    "ckb": "هاوردەکردن وەستا: مەجلیس تووشی هەڵەیەک بوو کە چاوەڕوان نەدەکرا. ئەو پەڕگانەی پێش ئەوە هاوردە کران "
           "دەمێننەوە. پەڕگە خوێندراوەکان: ٢ لە ٣؛ هێشتا نەخوێندراوەکان: ١ (دوای چاککردنی ئەمە دیسان هاوردەیان "
           "بکەرەوە: پەڕگە هاوردەکراوەکان دەناسرێنەوە). هاوردەکراو: ٢، پێشتر هەبوو: ٠، بۆ پەسەندکردن ڕاگیراو: ٠، "
           "ڕەتکراوە: ٠.",
}


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_an_unforeseen_error_mid_import_says_what_went_in_and_is_kept(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, lang: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    bundles = three_participant_bundles(team.devices[0], tmp_path / "stick")
    fail_third_write(monkeypatch)
    manager.set_language(lang)
    if lang != "en":
        manager.set_digits("arab")
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    assert drag_and_drop(page, [tmp_path / "stick"])
    qtbot.waitUntil(lambda: page.import_button.isEnabled() and page.results.count() > 0, timeout=60_000)

    said = [page.results.item(i).text() for i in range(page.results.count())]
    assert page.import_summary.text() == STOPPED[lang], page.import_summary.text()
    assert said[0] == STOPPED[lang], said
    assert [line.split(": ")[0].lstrip("\u200f") for line in said[1:]] == [shown_path(b.name) for b in bundles[:2]], said
    assert not any("nothing was changed" in line or "Traceback" in line or "BSR-FG02" in line for line in said), said
    # Kept for real: the first two bundles' participants are in the centre's database.
    with team.centre.session() as s:
        codes = {p.code for p in s.query(Participant)}
    assert {"BSR-FG00-P0001", "BSR-FG01-P0001"} <= codes and "BSR-FG02-P0001" not in codes
    qtbot.waitUntil(lambda: page.devices_model.tally() == (1, 0, 0), timeout=10_000)
