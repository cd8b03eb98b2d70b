"""The coordinator's Sync page with a larger text size on a 1366x768 laptop at 150 % display scaling
(895x424 logical pixels under the task bar, less the window's frame), a laptop waiting for approval.

At 20 points the page scrolled sideways in every language: the roster's part of it asked for 913
pixels, beside a frame of 708 in Kurdish. The key fingerprint to compare (twice the text size, in one
line), this computer's own fingerprint, the roster's heading, and the role list with Approve… and
Reject… beside it stood in one line each. Now the long lines wrap (the fingerprint between its groups
of four) and the buttons go under the role list where the row is short of room. The laptop at 100 %
with 24-point text (1366x728) likewise, where in English the page was 7 pixels too wide."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
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

team = team_fixture(devices=1)

LAPTOP_150 = (911 - 16, 464 - 40)
LAPTOP_100 = (1366 - 16, 728 - 40)


@pytest.mark.parametrize(("points", "size"), [(20.0, LAPTOP_150), (24.0, LAPTOP_100)])
@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_the_coordinators_page_fits_the_width(team: Team, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                              lang: str, points: float, size: tuple[int, int]) -> None:
    device, key = new_id(), keys.generate_signing_key()
    data = participant_data(code="HLB-FG01-P01", real_name=None, phone=None)
    held = forge(team, [change("participant", "insert", data, device=device, seq=1)], device_id=device, key=key,
                 name="Halabja laptop 3", out=tmp_path / "halabja.majlis")
    window = main_window(manager, team.centre, qtbot, lang)
    window.resize(*size)
    manager.set_font_size(points)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    page.set_identity_path(team.identity_file)
    qtbot.waitUntil(page.is_loaded, timeout=20_000)
    assert page.import_paths([held])
    qtbot.waitUntil(lambda: page.roster_panel.approve_button.isEnabled(), timeout=30_000)
    settle()
    QApplication.processEvents()
    roster = page.roster_panel
    assert roster.fingerprint_label.isVisible() and roster.role_box.isVisible()  # a laptop waits for approval
    frame = page.scroller.viewport().width()
    content = page.scroller.widget()
    wants = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
    assert wants <= frame, f"the page asks for {wants} pixels in a frame of {frame}"
    assert not page.scroller.horizontalScrollBar().isVisible()
    # The fingerprint is read out group by group: a line ends only between groups, never inside one.
    shown = roster.fingerprint_label.text()
    assert all(len(group) == 4 for group in shown.split()), shown
