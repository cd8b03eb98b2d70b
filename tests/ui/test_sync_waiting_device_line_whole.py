"""A laptop waiting for approval is listed whole: its name, its id and how many bundles and changes wait.
The list kept each laptop on one line, behind a sideways scroll bar: a laptop named at length ("the
Halabja focus group laptop, second team") at a larger text size on a laptop screen showed its name
only, its id and its counts, which the coordinator reads out on the phone, out of sight. The line now
wraps within the list, which grows to show it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.i18n.test_i18n_screens import settle
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui_helpers import main_window

team = team_fixture(devices=0)

LAPTOP_150 = (911 - 16, 464 - 40)
NAMES = {"ckb": "لاپتۆپی گرووپی گفتوگۆی هەڵەبجە، تیمی دووەمی ئافرەتان", "ar": "حاسوب مجموعة النقاش في حلبجة، الفريق الثاني للنساء",
         "en": "Halabja focus group laptop, the women's second team"}


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_a_long_named_laptop_is_listed_whole(lang: str, team: Team, manager: LanguageManager, qtbot: QtBot,
                                             tmp_path: Path) -> None:
    device, key = new_id(), keys.generate_signing_key()
    data = participant_data(code="HLB-FG01-P01", real_name=None, phone=None)
    held = forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device, key=key,
                 name=NAMES[lang], out=tmp_path / "halabja.majlis")
    window = main_window(manager, team.centre, qtbot, lang)
    window.resize(*LAPTOP_150)
    manager.set_font_size(20.0)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    page.set_identity_path(team.identity_file)
    qtbot.waitUntil(page.is_loaded, timeout=20_000)
    assert page.import_paths([held])
    listing = page.roster_panel.waiting_list
    qtbot.waitUntil(lambda: listing.count() == 1, timeout=30_000)
    settle()
    item = listing.item(0)
    assert NAMES[lang] in item.text()
    assert not listing.horizontalScrollBar().isVisible()
    shown, room = listing.visualItemRect(item), listing.viewport().rect()
    assert room.contains(shown), (shown.getRect(), room.getRect())  # whole: no part of the line out of sight


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_rosters_lines_are_whole(lang: str, team: Team, manager: LanguageManager, qtbot: QtBot) -> None:
    """The devices on the roster likewise: at 20 points each line's key fingerprint, compared on the phone,
    began beyond the list's edge (Kurdish 787 pixels in a list 664 wide)."""
    window = main_window(manager, team.centre, qtbot, lang)
    window.resize(*LAPTOP_150)
    manager.set_font_size(20.0)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=20_000)
    listing = page.roster_panel.roster_list
    qtbot.waitUntil(lambda: listing.count() == 1, timeout=20_000)  # the centre itself
    settle()
    assert not listing.horizontalScrollBar().isVisible()
    room = listing.viewport().rect()
    for row in range(listing.count()):
        shown = listing.visualItemRect(listing.item(row))
        assert room.contains(shown), (listing.item(row).text(), shown.getRect(), room.getRect())
