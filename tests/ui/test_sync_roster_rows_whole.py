"""The roster list on the laptop screen (1366x768) shows whole rows: with ten devices on the roster its
last row in sight was cut through the middle in Arabic and Kurdish (the list took Qt's usual 192 pixels,
not a whole number of its rows), a device's name and fingerprint half drawn above the frame's edge."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_sync_place_kept_after_approval import bundle
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=0)


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_roster_list_shows_no_row_cut_on_the_laptop_screen(
        lang: str, team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for d in range(1, 10):
        bundle(team, stick / f"basra{d}.majlis", f"Basra laptop {d}", f"BSR-FG{d:02d}-P0001", on_roster=True)
    window = main_window_on_screen(manager, team.centre, qtbot, lang, None, (1366, 768), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    page.set_identity_path(team.identity_file)
    assert page.import_paths(sorted(stick.iterdir()))
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    listing = page.roster_panel.roster_list
    qtbot.waitUntil(lambda: listing.count() == 10, timeout=30_000)  # nine laptops and the centre
    qtbot.wait(50)
    seen = listing.viewport().height()
    rects = [listing.visualItemRect(listing.item(i)) for i in range(listing.count())]
    cut = [i for i, r in enumerate(rects) if r.top() < seen <= r.bottom()]
    assert not cut, (seen, [(r.top(), r.bottom()) for r in rects])
    assert sum(r.bottom() < seen for r in rects) >= 6  # several devices in sight, as before
    window.close()
