"""A done line naming a deep path keeps the status bar one line high.

At 20 points on the laptop screen (895x424) and the laptop at 150 % (910x512), "Excel workbook written:
C:\\Users\\…\\majlis-export.xlsx" took two or three lines of the status bar and the page above gave up
their height (hp5 found it). The path is now cut in its middle (its folders), its file's name kept, so the
line stays one line high; the whole line is the label's tooltip and accessible description, and
``currentMessage`` is still the line as made."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import live_status, whole_status
from desktop.ui.widgets.save_files import shown_path
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.ui.test_status_path_breaks import lines_of
from tests.ui_helpers import main_window_on_screen

WINDOWS = r"C:\Users\coordinator\OneDrive\Documents\MajlisExports\BasraCentre\December2026\majlis-export.xlsx"
KURDISH = "/media/coordinator/USB-STICK/ڕاپۆرتەکانی هەولێر/کانوونی یەکەم ٢٠٢٦/مەجلیس/بەسرە-کۆتایی.xlsx"
LINES = {  # the done lines of File → Export, Sync → Export bundle and Publish team update
    "xlsx": ("MainWindow", "Excel workbook written: %1"),
    "qdpx": ("MainWindow", "REFI-QDA project written: %1"),
    "bundle": ("OutboxPanel", "Bundle written: {name} (%n change(s))"),
    "update": ("TeamUpdates", "Team update {number} written: {file}"),
}


@pytest.mark.parametrize(("lang", "screen", "path", "line"), [
    ("ar", (895, 424), WINDOWS, "xlsx"), ("ckb", (895, 424), WINDOWS, "xlsx"), ("en", (895, 424), WINDOWS, "bundle"),
    ("ckb", (910, 512), KURDISH, "qdpx"), ("ar", (910, 512), KURDISH, "bundle"), ("en", (910, 512), WINDOWS, "qdpx"),
    ("ckb", (895, 424), WINDOWS, "update")])
def test_a_done_line_with_a_deep_path_keeps_the_bar_one_line_high(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        lang: str, screen: tuple[int, int], path: str, line: str) -> None:
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, screen, monkeypatch)
    qtbot.waitUntil(lambda: window.device_label.text() != "", timeout=10_000)
    window.ctx.tasks.drain()
    settle()
    bar = window.statusBar()
    height, page = bar.height(), window.centralWidget().height()
    context, source = LINES[line]
    said = QApplication.translate(context, source, None, 12 if "%n" in source else -1).replace("%n", "12").replace(
        "%1", shown_path(path)).replace("{name}", shown_path(path)).replace("{file}", shown_path(path)).replace(
        "{number}", "12")
    live_status.show(window, said, 0)
    settle()
    assert bar.currentMessage() == said  # the line as made
    label = bar.findChild(QLabel, whole_status.NAME)
    assert label is not None and label.isVisible()
    window.grab().save(str(shots_folder(tmp_path, "MAJLIS_STATUS_SHOTS") / f"status_one_line_{lang}_{line}.png"))
    shown = lines_of(label)
    assert len(shown) == 1, shown
    assert bar.height() == height and window.centralWidget().height() == page  # the page kept its height
    name = path.replace("\\", "/").rsplit("/", 1)[1]
    assert name in label.text()  # never the file's name cut
    assert "\u2026" in label.text() or "..." in label.text()  # the folders, in their middle
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    # The whole line is still there to read: the tooltip, and for a screen reader its description.
    assert label.accessibleDescription() == said and label.accessibleName() == said
    assert path in label.toolTip().replace("\u200b", "").replace("\u2060", "").replace("\u200e", "") \
        .replace("&#x27;", "'")
    # Another short line brings the bar's items back at the same height.
    bar.showMessage("1")
    settle()
    assert not label.isVisible() and window.device_label.isVisible() and bar.height() == height


def test_a_line_that_fits_is_not_cut(manager: LanguageManager, store: Store, qtbot: QtBot,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window_on_screen(manager, store, qtbot, "en", None, (1366, 768), monkeypatch)
    said = f"Excel workbook written: {shown_path('/home/c/majlis-export.xlsx')}"
    live_status.show(window, said, 0)
    settle()
    label = window.statusBar().findChild(QLabel, whole_status.NAME)
    assert label is not None and not label.isVisible() and window.statusBar().currentMessage() == said
