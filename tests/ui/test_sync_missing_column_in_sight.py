"""The Sync page's devices table at the centre, on a laptop screen (895 × 424) at 20 points: its
"Missing" column (which changes are missing from which laptop: what the coordinator phones about) lay
past the table's edge, its header and values behind a sideways scroll, in Arabic, Kurdish and English.

It is now shown beside the device (the model's columns unchanged), and a long device name gives way
(cut with "…", whole in its tooltip) before "Missing" leaves the box. At the usual size nothing is cut.
Real team, real bundles, the main window as the app shows it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.core.ids import new_id
from desktop.sync import keys
from desktop.sync.devices import preregister
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import team_fixture
from tests.trust_helpers import change, forge, participant_data
from tests.ui_helpers import main_window_on_screen

team = team_fixture(devices=0)
MISSING = 3  # the model's column
LONG = "Nasiriyah field laptop of the Dhi Qar governorate team 12"


def _bundle(team: Team, out: Path, device: str, key: Any, name: str, seqs: list[int]) -> Path:
    changes = [change("participant", "insert", participant_data(real_name=None, phone=None), device=device, seq=seq)
               for seq in seqs]
    return forge(team, changes, device_id=device, key=key, name=name, out=out)


def _in_sight(view: QTableView, column: int) -> tuple[int, int, int]:
    header = view.horizontalHeader()
    return header.sectionViewportPosition(column), header.sectionSize(column), view.viewport().width()


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
@pytest.mark.parametrize("size", [20, None])
def test_the_missing_column_is_in_sight_on_a_laptop_screen(lang: str, size: float | None, team: Team,
                                                          manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    for d, name in enumerate(["Basra laptop 7", LONG]):
        device, key = new_id(), keys.generate_signing_key()
        preregister(team.centre, device, keys.public_key_b64(key), name)
        _bundle(team, stick / f"a{d}.majlis", device, key, name, [1, 2, 3])
        _bundle(team, stick / f"b{d}.majlis", device, key, name, [110, 111, 112])  # 4-109 never came
    window = main_window_on_screen(manager, team.centre, qtbot, lang, size, (895, 424), monkeypatch)
    window.go_to("sync")
    page = window.page("sync")
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(page.is_loaded, timeout=30_000)
    assert page.import_paths(sorted(stick.iterdir()))
    qtbot.waitUntil(lambda: page._token is None and page.is_loaded(), timeout=60_000)
    view, shown = page.devices_view, page.devices_sorted
    qtbot.wait(100)

    start, width, room = _in_sight(view, MISSING)
    # Before, at 20 points, its start: ar -621, ckb -716, en 1189 (the box 567 wide).
    assert start >= 0 and start + width <= room, (start, width, room)
    cells = [shown.index(r, MISSING).data() for r in range(shown.rowCount())]
    assert cells.count("4\u2013109") == 2
    assert width >= view.sizeHintForColumn(MISSING)  # its values whole
    assert width >= view.horizontalHeader().sectionSizeHint(MISSING)  # and its header
    # The device's name gives way, not below a third of the box; whole in its tooltip.
    assert view.columnWidth(0) >= room // 3
    (row,) = [r for r in range(shown.rowCount()) if shown.index(r, 0).data() == LONG]
    assert shown.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == LONG
    if size is None:  # the usual size: room for every name whole
        assert view.columnWidth(0) >= view.sizeHintForColumn(0)

    # A wider window: the name whole again.
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: view.columnWidth(0) >= view.sizeHintForColumn(0), timeout=3_000)
    start, width, room = _in_sight(view, MISSING)
    assert start >= 0 and start + width <= room, (start, width, room)
    window.close()
