"""The Sync page's results read whole at a large text size in Kurdish, Arabic and English. A refusal's line wraps
at 20 and 24 points; when its first line held a hyphen ("erbil-newer.majlis", and every bundle's own
name, majlis-…-e1-1-5.majlis), Qt drew that line cut with "…" above an empty second line (it takes every
next line to be as tall as the one before, and a hyphen's line was taller: the hyphen came from Noto Sans
Arabic; qt_i18n.ui_font now takes it from Noto Sans, whose lines are not), so the reason and what to do
were lost. English lost them the same way where the system's family is only a name for others (offscreen,
a Linux without a desktop's settings): Naskh set its lines too, and the hyphen came from Noto Sans Arabic
until ui_font put our Latin family before it in English as well. Checked on the pictures of the rows: the
lines below the first hold text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.ui.test_sync_import_run import laptop_bundle
from tests.ui.test_sync_two_hundred_bundles import newer_bundle
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=0)


def ink_height(page: SyncPage, row: int) -> int:
    """How tall, in pixels, the text the results list shows in ``row`` stands: from its first line's
    highest letter to its last line's lowest (one line of 24-point text: about 50)."""
    results = page.results
    item = results.item(row)
    results.scrollToItem(item)
    rect = results.visualItemRect(item)
    picture = results.viewport().grab().toImage()
    text = results.palette().text().color().lightness()
    inked = [y for y in range(rect.top(), min(rect.bottom() + 1, picture.height()))
             if sum(abs(QColor(picture.pixel(x, y)).lightness() - text) < 60
                    for x in range(rect.left() + 40, rect.right() - 40)) >= 3]  # the icon left out
    return inked[-1] - inked[0] if inked else 0


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_every_line_of_a_refusal_is_drawn_at_24_points(lang: str, team: Team, manager: LanguageManager,
                                                       qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    newer = newer_bundle(team, tmp_path / "erbil-newer.majlis")
    cut = tmp_path / "laptop-07-copy.majlis"
    cut.write_bytes(laptop_bundle(team, tmp_path / "whole.majlis", 7).read_bytes()[:500])
    window = main_window_on_screen(manager, team.centre, qtbot, lang, 24, (1366, 768), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.import_paths([newer, cut])
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    assert [o.status for o in page.last_outcomes] == ["refused", "refused"]
    line = page.results.fontMetrics().height()
    for row in (1, 2):  # under the run's heading
        rect = page.results.visualItemRect(page.results.item(row))
        assert rect.height() >= 2 * line, rect  # wrapped: the row is as tall as two lines or more
        # Its lines all drawn: the text stands more than a line and a half tall, not one cut line.
        assert ink_height(page, row) > 1.5 * line, (row, page.results.item(row).text())
    window.close()
