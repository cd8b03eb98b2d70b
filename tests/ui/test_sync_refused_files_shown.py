"""After an import with refused or held files, a button under the summary beside the Import button takes
the coordinator to them: the summary says they are "listed first under Results", but on a laptop at 20
points the Results list is the last thing on a page three screens tall (below the devices, the conflicts
and the roster), and a coordinator on a deadline scrolled for it. The button brings Results into view with
the refused and held lines selected and the keyboard on them, so Ctrl+C copies them at once (to send the
facilitators); it is not offered when every file went in, and goes with the summary when the next import
starts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team, session_bundle
from tests.sync_page_helpers import open_page, team_fixture
from tests.ui_helpers import focused, in_view

team = team_fixture(devices=1)


def _idle(page: SyncPage) -> bool:
    return page._token is None and page.is_loaded()


def test_the_refused_and_held_files_are_one_press_away(team: Team, qtbot: QtBot, make_ctx: Any,
                                                       manager: LanguageManager, tmp_path: Path,
                                                       request: pytest.FixtureRequest) -> None:
    laptop = team.devices[0]
    good = session_bundle(laptop, tmp_path / "laptop01-01.majlis", "FG Erbil 1")
    cut = session_bundle(laptop, tmp_path / "laptop01-02.majlis", "FG Erbil 2")
    cut.write_bytes(cut.read_bytes()[:700])  # the stick pulled out while it was copied
    photo = tmp_path / "IMG_2231.majlis"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    manager.set_language("ckb")
    manager.set_font_size(20.0)
    request.addfinalizer(lambda: manager.set_font_size(None))
    page = open_page(make_ctx(team.centre, lang=manager), qtbot, size=(1000, 700))
    button = page.receiving.show_problems
    assert not button.isVisible()  # no import yet

    assert page.import_paths([good, cut, photo])
    qtbot.waitUntil(lambda: _idle(page) and page.results.count() == 4, timeout=30_000)
    assert button.isVisible() and button.text() == QApplication.translate(
        "ImportSummary", "Show the refused and held files")
    qtbot.waitUntil(lambda: in_view(button))  # under the summary, in sight where the summary is
    assert not in_view(page.results)  # at 20 points Results is far below
    page.key_button.setFocus()  # the last of the Import buttons: the next Tab stop is this button
    qtbot.keyClick(page.key_button, Qt.Key.Key_Tab)
    assert focused() is button

    button.click()
    qtbot.waitUntil(lambda: in_view(page.results))
    assert focused() is page.results
    lines = [page.results.item(row).text() for row in range(page.results.count())]
    selected = sorted(index.row() for index in page.results.selectionModel().selectedRows())
    assert selected == [1, 2]  # the two refused files, under the run's heading
    assert page.results.currentRow() == 1
    qtbot.keyClick(page.results, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == f"{lines[1]}\n{lines[2]}"
    assert "IMG_2231.majlis" in QApplication.clipboard().text()

    # Another page and back: still offered. The summary hidden (as when the next import starts): gone with it.
    page.hide()
    page.show()
    assert button.isVisible()
    page.import_summary.setVisible(False)
    assert not button.isVisible()
    # Not offered when every file went in (the good one again: already present).
    assert page.import_paths([good])
    qtbot.waitUntil(lambda: _idle(page) and page.import_summary.isVisible(), timeout=30_000)
    assert not button.isVisible()
