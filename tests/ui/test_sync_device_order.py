"""The Sync page lists a centre's laptops as a person reads their labels, "Basra laptop 9" before
"Basra laptop 10" (whatever the case or the digits' script): the roster panel, and the devices table
sorted by its Device column (a sort role that reads the numbers in a name). Sorted as text, 10 came
before 9. The Id column sorts by the id it shows (the last 8 characters), not by the whole id."""

from __future__ import annotations

from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync.devices import preregister
from desktop.sync.keys import public_key_b64
from desktop.ui.widgets.device_name import isolated
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=0)

NAMES = ("Basra laptop 10", "لابتۆپی ١٠", "basra laptop 9", "لابتۆپی ٩", "Basra laptop 2")
EXPECTED = ["Basra laptop 2", "basra laptop 9", "Basra laptop 10", "لابتۆپی ٩", "لابتۆپی ١٠"]


def test_devices_are_listed_as_their_labels_are_read(team: Team, qtbot: QtBot, make_ctx: Any) -> None:
    for name in NAMES:
        preregister(team.centre, new_id(), public_key_b64(Ed25519PrivateKey.generate()), name)
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    roster = page.roster_panel.roster_list
    qtbot.waitUntil(lambda: roster.count() == len(NAMES) + 1, timeout=30_000)
    shown = [roster.item(i).text().split(" \u2014 ")[0] for i in range(roster.count())]
    # Each label in its own first-strong isolate (a Latin name stands whole in an Arabic line).
    assert shown == [f"{isolated('centre')} (this computer)", *map(isolated, EXPECTED)], shown

    view, table = page.devices_view, page.devices_view.model()
    qtbot.waitUntil(lambda: table.rowCount() == len(NAMES) + 1, timeout=30_000)

    def column(number: int) -> list[str]:
        return [table.index(row, number).data() for row in range(table.rowCount())]

    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["centre (this computer)", *EXPECTED], column(0)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert column(0) == [*reversed(EXPECTED), "centre (this computer)"], column(0)
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(1) == sorted(column(1)), column(1)
