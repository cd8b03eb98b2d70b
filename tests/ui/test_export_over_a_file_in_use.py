"""An export over last week's file while that file is still open in Excel (Windows keeps an open
file from being replaced; here the file is made immutable, which refuses the same way).

Before, the status line said "This folder cannot be written to (a read-only or write-protected USB
stick?). Choose another place.": the folder took the new file at once, and the person went looking
for another stick. Now it says that the file of that name could not be replaced and may be open in
another program, in the interface's language; the old file is as it was and nothing else is left in
the folder.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.readonly_folder import unreplaceable
from tests.ui_helpers import main_window

T = QApplication.translate
IN_USE = ("WriteFailure", "The file of that name could not be replaced: is it open in another program, such as "
                          "Excel? Close it there, or choose another name.")
READ_ONLY = ("WriteFailure", "This folder cannot be written to (a read-only or write-protected USB stick?). "
                             "Choose another place.")


@pytest.fixture(params=["ar", "ckb"])
def window(request: pytest.FixtureRequest, manager: LanguageManager, store: Store, qtbot: QtBot) -> MainWindow:
    demo.generate(store, sessions=1, seed=3)
    return main_window(manager, store, qtbot, request.param)


def _said(window: MainWindow) -> str:
    assert window.ctx.tasks.wait(30_000)
    settle()
    return window.statusBar().currentMessage()


@pytest.mark.parametrize("suffix", [".xlsx", ".qdpx"])
def test_export_over_a_file_open_elsewhere(window: MainWindow, tmp_path: Path, suffix: str) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    old = folder / f"basra{suffix}"
    window.export_xlsx(str(old)) if suffix == ".xlsx" else window.export_qdpx(str(old))
    assert _said(window) and old.exists()
    before = old.read_bytes()
    with unreplaceable(old):
        window.export_xlsx(str(old)) if suffix == ".xlsx" else window.export_qdpx(str(old))
        said = _said(window)
    assert said == T("MainWindow", "The export failed: %1").replace("%1", T(*IN_USE))
    assert T(*READ_ONLY) not in said and str(tmp_path) not in said and "\n" not in said
    assert old.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == [old.name]
    if suffix == ".xlsx":
        assert openpyxl.load_workbook(old).sheetnames  # the old workbook still opens
