"""The keyboard comes back to the Sync page's button pressed with it, once its work is done. Greyed while
the work ran, the button lost the keyboard to the next stop of the Tab chain, and there it stayed: after
exporting a bundle with Space the keyboard stood on Publish team update… (Space again published a team
update), after publishing on Import bundles…, after an import in the devices table far down the page.
A person who moves the keyboard meanwhile keeps it where they put it."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.sync.export import export_bundle
from desktop.ui.sync.page import SyncPage
from tests.sync_helpers import Team
from tests.sync_page_helpers import open_page, team_fixture

team = team_fixture(devices=1)


def _page(team: Team, qtbot: QtBot, make_ctx: Any) -> SyncPage:
    page = open_page(make_ctx(team.centre), qtbot, size=(1000, 500), shown=False, identity=team.identity_file)
    with qtbot.waitExposed(page):
        page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def _pressed(page: SyncPage, qtbot: QtBot, button: QPushButton) -> None:
    """``button`` reached by the keyboard and pressed with Space; its work starts and greys it."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert not button.isEnabled()


def _finished(page: SyncPage, qtbot: QtBot, button: QPushButton, lines: int) -> None:
    qtbot.waitUntil(lambda: page.results.count() >= lines and button.isEnabled(), timeout=30_000)
    page.ctx.tasks.drain()
    qtbot.wait(50)


@pytest.mark.parametrize("what", ["export", "publish", "import"])
def test_the_keyboard_comes_back_to_the_button_pressed(what: str, team: Team, qtbot: QtBot, make_ctx: Any,
                                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(team.centre, sessions=1, seed=2)
    demo.generate(team.devices[0], sessions=1, seed=3)
    made = export_bundle(team.devices[0], tmp_path / "laptop.majlis")
    assert made is not None
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / f"{what}.majlis"), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(made.path)], "")))
    page = _page(team, qtbot, make_ctx)
    button = {"export": page.export_button, "publish": page.publish_button, "import": page.import_button}[what]
    _pressed(page, qtbot, button)
    _finished(page, qtbot, button, 2 if what == "import" else 1)
    assert QApplication.focusWidget() is button, type(QApplication.focusWidget()).__name__


def test_the_keyboard_moved_meanwhile_stays_where_it_was_put(team: Team, qtbot: QtBot, make_ctx: Any,
                                                             tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(team.centre, sessions=1, seed=2)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "centre.majlis"), "")))
    page = _page(team, qtbot, make_ctx)
    release = threading.Event()
    page.ctx.tasks.run(lambda token, progress: release.wait(30))  # the DB worker busy: the export waits
    try:
        _pressed(page, qtbot, page.export_button)
        page.results.setFocus(Qt.FocusReason.MouseFocusReason)  # the person clicks into the results
        qtbot.waitUntil(page.results.hasFocus)
    finally:
        release.set()
    _finished(page, qtbot, page.export_button, 1)
    assert QApplication.focusWidget() is page.results
