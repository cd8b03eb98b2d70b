"""The roster list keeps room for several devices on a centre's Sync page.

With some two hundred devices on the roster and a rejected one (its list shown above the roster),
the page inside its scroll area squeezed "Devices on the roster" to about two rows on a laptop
screen. It now keeps several rows, counted from the list's font, whatever else the page holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys, roster
from desktop.sync.devices import preregister
from desktop.sync.importer import import_files
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)
ROWS = 5  # at least this many roster rows in sight


@pytest.mark.parametrize("size", [(1366, 768), (1000, 700)])
def test_the_roster_list_keeps_several_rows(team: Team, tmp_path: Path, qtbot: QtBot, make_ctx: Any,
                                            size: tuple[int, int]) -> None:
    for n in range(197):
        preregister(team.centre, new_id(), keys.public_key_b64(keys.generate_signing_key()), f"Basra laptop {n}")
    held = [laptop_bundle(team, tmp_path / f"held{n}.majlis", 90 + n, on_roster=False, name=f"Halabja {n}")
            for n in range(2)]
    assert [o.status for o in import_files(team.centre, held, team.identities)] == ["held", "held"]
    roster.reject(team.centre, roster.pending(team.centre)[0].id)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=size)
    panel = page.roster_panel
    qtbot.waitUntil(lambda: panel.roster_list.count() == 198 and panel.rejected_list.isVisibleTo(page)
                    and panel.waiting_list.count() == 1, timeout=30_000)
    qtbot.wait(50)
    listing = panel.roster_list
    in_sight = listing.viewport().height() // listing.sizeHintForRow(0)
    assert in_sight >= ROWS, (in_sight, listing.height(), listing.sizeHintForRow(0))


def test_bigger_text_keeps_the_rows(team: Team, qtbot: QtBot, make_ctx: Any, language: Any) -> None:
    """A bigger font chosen while the page is open: the roster's rows are taller, its room grows with them."""
    for n in range(40):
        preregister(team.centre, new_id(), keys.public_key_b64(keys.generate_signing_key()), f"Basra laptop {n}")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))
    listing = page.roster_panel.roster_list
    qtbot.waitUntil(lambda: listing.count() == 41, timeout=30_000)
    before = listing.minimumHeight()
    language.set_font_size(listing.font().pointSizeF() * 1.6)
    try:
        qtbot.waitUntil(lambda: listing.minimumHeight() > before, timeout=5_000)
        qtbot.wait(50)
        assert listing.viewport().height() // listing.sizeHintForRow(0) >= ROWS
    finally:
        language.set_font_size(None)  # the system's size again for the next test
