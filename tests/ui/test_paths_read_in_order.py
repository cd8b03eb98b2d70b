"""A path with two Arabic or Kurdish parts in a row ("E:\\ڕاپۆرتی هەولێر\\تقرير البصرة.xlsx", a Kurdish stick
folder holding an Arabic-named file) is shown with its parts in their order. The whole path was kept left
to right (an isolate), but inside it the two right-to-left names and the separator between them formed
one right-to-left run: the screen showed "E:\\تقرير البصرة\\ڕاپۆرتی هەولێر.xlsx", the file's name as the
folder and the folder's as the file. Checked on the laid-out line of the status bar after a real export,
and on Windows paths in a right-to-left label."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window, pieces_left_to_right

T = QApplication.translate
STICK, FILE = "ڕاپۆرتی هەولێر", "تقرير البصرة"


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_an_export_to_a_kurdish_folder_names_folder_and_file_in_order(
        manager: LanguageManager, store: Store, qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    demo.generate(store, sessions=2, seed=4, advocacy=False)
    window = main_window(manager, store, qtbot, lang)
    folder = tmp_path / "USB" / STICK
    folder.mkdir(parents=True)
    window.export_xlsx(str(folder / f"{FILE}.xlsx"))
    assert window.ctx.tasks.drain(60_000)
    settle()
    said = window.statusBar().currentMessage()
    assert said.startswith(T("MainWindow", "Excel workbook written: %1").split("%1")[0]), said
    assert (folder / f"{FILE}.xlsx").is_file()
    assert pieces_left_to_right(window.statusBar(), said, ["USB", STICK, FILE, ".xlsx"]) == ["USB", STICK, FILE, ".xlsx"]


@pytest.mark.parametrize("path", [
    f"E:\\{STICK}\\{FILE}.xlsx",
    f"C:\\Users\\زينب علي\\{STICK} [٢٠٢٦]\\{FILE}.xlsx",
    f"/media/usb/{STICK}/{FILE}/majlis.db",
])
def test_a_path_with_right_to_left_parts_in_a_row_reads_in_order(qtbot: QtBot, path: str) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    text = "تم الحفظ: " + shown_path(path)
    label.setText(text)
    pieces = [piece for piece in ("E:", "Users", "زينب علي", "usb", STICK, FILE, ".xlsx", "majlis.db") if piece in path]
    assert pieces_left_to_right(label, text, pieces) == pieces
    assert shown_path(path).replace("\u200e", "")[1:-1] == path  # the path's own characters, nothing else
