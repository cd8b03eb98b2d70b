"""A status-bar line longer than the room beside the bar's items is shown whole, on more lines (or on one,
its paths' folders cut in their middle, where that makes it fit: test_status_path_one_line).

File → Export to a write-protected USB stick at 20 points on a laptop at 150 % (910x512) said "The export
failed: This folder cannot be written to (a read-only or write-protected USB stick?). Choose another
place." on one line beside the laptop's name, its team and the count of unsent changes: the status bar
showed "فشل التصدير: لا يمكن الكتابة" and cut the rest, the reason and what to do. "Excel workbook
written: <path>" lost its path, its last letters drawn into the laptop's name. While such a line is
shown it takes the bar's whole width and as many lines as it needs; the items come back after it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import whole_status
from desktop.ui.widgets.save_files import breakable_paths
from tests.i18n.test_i18n_screens import settle
from tests.readonly_folder import read_only
from tests.shots import shots_folder
from tests.ui_helpers import main_window_on_screen


def shown_whole(window: MainWindow, message: str) -> bool:
    """Whether ``message`` can be read whole in the status bar: one line beside the visible items where
    it fits there, else a label of the bar showing all of it at the height its lines take."""
    bar = window.statusBar()
    items = [w for w in bar.findChildren(QWidget) if w.parentWidget() is bar and w.isVisible()]
    for label in (w for w in items if isinstance(w, QLabel) and w.text() == breakable_paths(message)):
        return label.wordWrap() and label.height() >= label.heightForWidth(label.width()) and \
            label.geometry().left() >= 0 and label.geometry().right() < bar.width()
    for label in (w for w in items if isinstance(w, QLabel) and w.objectName() == whole_status.NAME):
        # Its paths' folders cut in their middle to keep one line: the whole line is its tooltip and
        # accessible description, and what it shows fits.
        return label.accessibleDescription() == message and label.toolTip() == whole_status.whole_tip(message) \
            and label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width() \
            and label.geometry().left() >= 0 and label.geometry().right() < bar.width()
    room = bar.width() - sum(w.width() for w in items) - 20
    return bar.currentMessage() == message and bar.fontMetrics().horizontalAdvance(message) <= room


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_an_export_refused_is_said_whole_at_20_points(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                      lang: str) -> None:
    demo.generate(store, sessions=2, seed=4, advocacy=False)
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, (910, 512), monkeypatch)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    window.ctx.tasks.drain()
    settle()
    size, height = window.size(), window.statusBar().height()
    stick = tmp_path / "stick"
    stick.mkdir()
    with read_only(stick):
        window.export_xlsx(str(stick / "basra.xlsx"))
        assert window.ctx.tasks.wait(30_000)
    settle()
    bar = window.statusBar()
    said = bar.currentMessage()
    assert said and bar.fontMetrics().horizontalAdvance(said) > bar.width(), "a line longer than the window"
    assert shown_whole(window, said)
    assert window.size() == size  # the window kept to its screen; the pages gave the line its room
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_STATUS_SHOTS") / f"status_refused_20_{lang}.png"))
    # The next line replaces it; a short one stands beside the items again, which come back.
    bar.showMessage("1")
    settle()
    assert shown_whole(window, "1")
    assert window.device_label.isVisible() and window.unsent_label.isVisible()
    bar.clearMessage()
    settle()
    assert window.device_label.isVisible() and window.unsent_label.isVisible()
    assert not [w for w in bar.findChildren(QLabel) if w.isVisible() and w.text() == said]
    assert window.size() == size and bar.height() == height


def test_a_short_line_stands_beside_the_items(manager: LanguageManager, store: Store, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, store, qtbot, "ar", None, (1366, 768), monkeypatch)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    height = window.statusBar().height()
    window.statusBar().showMessage("تمّ")
    settle()
    assert shown_whole(window, "تمّ")
    assert window.device_label.isVisible() and window.statusBar().height() == height
