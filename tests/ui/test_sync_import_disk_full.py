"""The centre's disk fills up in the middle of a day's import on the Sync page.

Every bundle is its own transaction, so the bundles imported before stay imported; yet the page said
only "Failed: Something went wrong; nothing was changed.": not that the disk was full, not what had
gone in (it had: "nothing was changed" was not even true), and no summary; the devices table was not
read again. Now the run's summary says the import stopped and why, in the words every screen uses for
the disk's answer (desktop/ui/widgets/environment_words: "The disk is full." for a full disk), how
many files were read and what came of them, and to import the others again once this is put right;
the files that went in have their lines.

The disk "fills up" through the process's file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored), as in
tests/cli/test_import_disk_full.py: the kernel refuses the write (EFBIG, which SQLite reports as a
write error, "The disk reported an error."; a full disk's ENOSPC is its SQLITE_FULL), no mock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.disk_room import disk_room
from tests.sync_helpers import Team
from tests.sync_page_helpers import drag_and_drop, open_page
from tests.team_copies import team_copy_fixture

resource = pytest.importorskip("resource", reason="file-size limits are POSIX only")

STOPPED = {
    "en": "Import stopped: The disk reported an error. The files imported before it are kept. Files read: 2 of 3; not read yet: 1 (import them again once this is "
          "put right: the files already imported are recognised). Imported: 2, already present: 0, held for "
          "approval: 0, refused: 0.",
    "ar": "توقّف الاستيراد: أبلغ القرص عن خطأ. الملفّات المستوردة قبله محفوظة. الملفّات المقروءة: ٢ من ٣؛ التي لم تُقرأ بعد: ١ (استوردها مجدّدًا بعد إصلاح "
          "ذلك: الملفّات المستوردة من قبل تُعرف). المستوردة: ٢، الموجودة من قبل: ٠، المحجوزة بانتظار الاعتماد: ٠، "
          "المرفوضة: ٠.",
    "ckb": "هاوردەکردن وەستا: دیسکەکە هەڵەیەکی ڕاگەیاند. ئەو پەڕگانەی پێش ئەوە هاوردە کران دەمێننەوە. پەڕگە خوێندراوەکان: ٢ لە ٣؛ هێشتا نەخوێندراوەکان: ١ (دوای چاککردنی ئەمە "
           "دیسان هاوردەیان بکەرەوە: پەڕگە هاوردەکراوەکان دەناسرێنەوە). هاوردەکراو: ٢، پێشتر هەبوو: ٠، بۆ "
           "پەسەندکردن ڕاگیراو: ٠، ڕەتکراوە: ٠.",
}


def _bundles(team: Team, stick: Path) -> list[Path]:
    """Two small bundles, then one too large for the room left on the disk (sorted as a folder is)."""
    laptop, made = team.devices[0], []
    stick.mkdir()
    for n, count in enumerate((1, 1, 6000)):
        with laptop.transaction() as s:
            s.add_all(Participant(code=f"BSR-FG{n:02d}-P{k:04d}", occupation="x" * 90) for k in range(count))
        bundle = export_bundle(laptop, stick / f"bundle-{n}.majlis")
        assert bundle is not None
        made.append(bundle.path)
    return made


BUNDLES = ["bundle-0.majlis", "bundle-1.majlis", "bundle-2.majlis"]

# The laptop's three bundles are the same for every language: written once with the team (tests/team_copies.py),
# each test importing its own copy of the stick at its own copy of the centre.
team = team_copy_fixture(devices=1, made=lambda made: _assert_names(_bundles(made, made.folder / "stick")))


def _assert_names(bundles: list[Path]) -> None:
    assert [b.name for b in bundles] == BUNDLES, bundles


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_a_full_disk_stops_the_import_and_says_so_and_what_went_in(
        team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any, manager: LanguageManager, lang: str) -> None:
    bundles = [tmp_path / "stick" / name for name in BUNDLES]
    assert team.folder == tmp_path and all(b.is_file() for b in bundles)
    manager.set_language(lang)
    if lang != "en":
        manager.set_digits("arab")
    page = open_page(make_ctx(team.centre, user_name="coordinator", lang=manager), qtbot, size=(1366, 768))
    room = team.centre.path.stat().st_size + 1_000_000
    with disk_room(room):
        assert drag_and_drop(page, [tmp_path / "stick"])
        qtbot.waitUntil(lambda: page.import_button.isEnabled() and page.results.count() > 0, timeout=60_000)

    assert [o.status for o in page.last_outcomes] == ["imported", "imported"]
    said = [page.results.item(i).text() for i in range(page.results.count())]
    assert page.import_summary.text() == STOPPED[lang], page.import_summary.text()
    assert said[0] == STOPPED[lang], said
    assert [line.split(": ")[0].lstrip("\u200f") for line in said[1:]] == [shown_path(b.name) for b in bundles[:2]], said
    # The devices table is read again: the laptop's first two bundles are there.
    qtbot.waitUntil(lambda: page.devices_model.tally() == (1, 0, 0), timeout=10_000)
