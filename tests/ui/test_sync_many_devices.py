"""A centre of two hundred laptops: the Sync page's devices table after an import.

Each read of the page fitted the table's columns to every cell (resizeColumnsToContents: each of
200 × 4 cells laid out by its delegate), a tenth of a second on the UI thread per read, over the
DESIGN budget of 100 ms without a stall. Now a large table's columns are measured from their
longest texts with the font; a few devices are still fitted cell by cell. The test counts the cells
laid out after a real import (behaviour, not a timing) and checks that no text is cut."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.devices import preregister
from tests.cell_counting import CountingDelegate
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui.test_sync_import_run import laptop_bundle

team = team_fixture(devices=0)
DEVICES = 200


def test_two_hundred_devices_are_not_laid_out_cell_by_cell(team: Team, qtbot: QtBot, make_ctx: Any,
                                                           tmp_path: Path) -> None:
    for n in range(DEVICES):
        preregister(team.centre, new_id(), keys.public_key_b64(keys.generate_signing_key()), f"Basra laptop {n}")
    stick = tmp_path / "stick"
    stick.mkdir()
    bundles = [laptop_bundle(team, stick / f"b{n}.majlis", n, name=f"Halabja laptop with a long name {n}")
               for n in range(3)]
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot, size=(1366, 768))
    view = page.devices_view
    assert view.model().rowCount() == DEVICES + 4  # the three laptops are on the roster too
    delegate = CountingDelegate()
    view.setItemDelegate(delegate)
    loads = page.central.loads

    assert page.import_paths(bundles)
    qtbot.waitUntil(lambda: page._token is None and page.central.loads > loads and page.is_loaded(), timeout=60_000)
    rows = view.model().rowCount()
    assert rows == DEVICES + 4
    # Without the fix: every cell of every column, at each read (at least 204 × 4).
    assert delegate.asked < rows, delegate.asked
    header = view.horizontalHeader()
    assert all(header.sectionResizeMode(c) != QHeaderView.ResizeMode.ResizeToContents for c in range(4))
    # Nothing cut: each column as wide as its widest text (the long names imported just now too).
    metrics = view.fontMetrics()
    last_shown = view.horizontalHeader().logicalIndex(3)  # the last shown stretches over what is left
    for column in (c for c in range(4) if c != last_shown):
        texts = [view.model().index(row, column).data() for row in range(rows)]
        assert view.columnWidth(column) >= max(metrics.horizontalAdvance(t) for t in texts), column
    assert "Halabja laptop with a long name 2" in [view.model().index(r, 0).data() for r in range(rows)]


def test_the_same_devices_read_again_are_not_laid_out_again(team: Team, qtbot: QtBot, make_ctx: Any) -> None:
    for n in range(3):
        preregister(team.centre, new_id(), keys.public_key_b64(keys.generate_signing_key()), f"Basra laptop {n}")
    page = open_page(make_ctx(team.centre, user_name="coordinator"), qtbot)
    delegate = CountingDelegate()
    page.devices_view.setItemDelegate(delegate)
    page.devices_view.resizeColumnsToContents()
    assert delegate.asked  # a few devices: fitted cell by cell
    asked, loads = delegate.asked, page.central.loads
    page.refresh()
    qtbot.waitUntil(lambda: page.central.loads > loads and page.is_loaded(), timeout=30_000)
    qtbot.wait(50)
    assert delegate.asked - asked < page.devices_view.model().rowCount() * 4
