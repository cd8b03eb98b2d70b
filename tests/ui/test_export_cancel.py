"""File → Export with a Cancel: the export's progress in the status bar, and "Cancel export" beside it.

There was no way to stop an export once started (a centre's workbook takes minutes; one started by
mistake, or to the wrong USB stick, had to run to its end). Cancel stops it, nothing is left in the
folder (no workbook, no hidden temporary file), and the status bar says so in one translated line."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.export_progress import ExportProgress
from tests.conftest import PASSPHRASE
from tests.demo_stores import demo_copy
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.ui_helpers import main_window, main_window_on_screen

T = QApplication.translate


@pytest.fixture
def demo_of(db_path: Path) -> Iterator[Callable[[int], Store]]:
    """``demo_of(sessions)``: the conftest's store (its passphrase, "test laptop") with ``demo.generate(store,
    sessions=…, seed=3, advocacy=False)`` done, as a copy of one generated once per process
    (tests/demo_stores.py): both Cancel tests generated the same 20 sessions."""
    made: list[Store] = []

    def make(sessions: int) -> Store:
        made.append(demo_copy(db_path, PASSPHRASE, "test laptop", sessions=sessions, seed=3, advocacy=False))
        return made[-1]

    yield make
    for store in made:
        store.close()


@pytest.mark.parametrize(("lang", "what"), [("ar", "xlsx"), ("ckb", "qdpx")])
def test_cancel_an_export_leaves_nothing_and_says_so(demo_of: Callable[[int], Store], manager: LanguageManager,
                                                      qtbot: QtBot, tmp_path: Path, lang: str, what: str) -> None:
    store = demo_of(20)
    window: MainWindow = main_window(manager, store, qtbot, lang, active=True)
    folder = tmp_path / "stick"
    folder.mkdir()
    # The database worker busy with something else (an autosave, a page's read) while the export waits
    # its turn: Cancel is pressed before its first step, deterministically.
    release = threading.Event()
    window.ctx.tasks.run(lambda _token, _progress: release.wait(20))
    action = window.export_xlsx_action if what == "xlsx" else window.export_qdpx_action
    (window.export_xlsx if what == "xlsx" else window.export_qdpx)(str(folder / f"centre.{what}"))
    running = window.statusBar().findChild(ExportProgress)
    assert isinstance(running, ExportProgress) and running.isVisible()
    button = running.cancel_button
    assert button.text() == T("MainWindow", "Cancel") and button.accessibleName() == T("MainWindow", "Cancel export")
    assert button.isEnabled()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable from the keyboard
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP6_SHOTS") / f"export_cancel_{lang}.png"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # asked once
    release.set()
    assert window.ctx.tasks.drain(30_000)
    settle()
    said = window.statusBar().currentMessage()
    assert said == T("MainWindow", "Export cancelled: nothing was written to the folder."), said
    assert list(folder.iterdir()) == []  # no file, no hidden temporary file
    assert window.statusBar().findChild(ExportProgress) is None or not running.isVisible()
    assert action.isEnabled()
    # The next export, not cancelled, is written whole, and the progress goes with it.
    (window.export_xlsx if what == "xlsx" else window.export_qdpx)(str(folder / f"centre.{what}"))
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert [p.name for p in folder.iterdir()] == [f"centre.{what}"]
    assert "Export cancelled" not in window.statusBar().currentMessage()


def test_the_steps_are_shown(demo_of: Callable[[int], Store], manager: LanguageManager, qtbot: QtBot,
                             tmp_path: Path) -> None:
    store = demo_of(4)
    window: MainWindow = main_window(manager, store, qtbot, "ar")
    seen: list[tuple[int, int]] = []
    window.export_xlsx(str(tmp_path / "centre.xlsx"))
    running = window.statusBar().findChild(ExportProgress)
    assert isinstance(running, ExportProgress)
    running.steps.valueChanged.connect(lambda v: seen.append((v, running.steps.maximum())))
    assert window.ctx.tasks.drain(30_000)
    assert seen and seen[-1] == (9, 9), seen  # the workbook's nine steps, each reported




@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_cancel_is_whole_at_20_points(demo_of: Callable[[int], Store], manager: LanguageManager, qtbot: QtBot,
                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """On a 1366x768 laptop at 150 % with text at 20 points the status bar has 910 pixels for the
    laptop's name, its team, the unsent count, 'Exporting…' and the export's progress: Cancel is whole."""
    store = demo_of(2)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    release = threading.Event()
    window.ctx.tasks.run(lambda _token, _progress: release.wait(20))
    try:
        window.export_xlsx(str(tmp_path / "centre.xlsx"))
        settle()
        qtbot.wait(50)
        running = window.statusBar().findChild(ExportProgress)
        assert isinstance(running, ExportProgress)
        button = running.cancel_button
        assert button.isVisible() and button.width() >= button.sizeHint().width(), (button.width(), button.sizeHint())
        assert running.width() >= running.sizeHint().width(), (running.width(), running.sizeHint())
        for part in (button, running.steps):  # each whole inside the window
            corner = part.mapTo(window, part.rect().topLeft())
            assert corner.x() >= 0 and corner.x() + part.width() <= window.width(), (part, corner, part.width())
            assert corner.y() + part.height() <= window.height()
        assert window.width() <= 910
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP6_SHOTS") / f"export_cancel_20pt_{lang}.png"))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        release.set()
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert list(tmp_path.glob("centre.xlsx")) == []
    assert window.statusBar().currentMessage() == T("MainWindow", "Export cancelled: nothing was written to the folder.")
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_HP6_SHOTS") / f"export_cancelled_20pt_{lang}.png"))
    # The laptop's name, team and unsent count, if they stepped aside for the export, are back once the
    # line that says it was cancelled (on more lines in their place, whole_status) has gone.
    window.statusBar().clearMessage()
    settle()
    items = window.status_items
    assert items.device_label.isVisible() and items.team_label.isVisible() and items.unsent_label.isVisible()
