"""File → Export to Excel under a name longer than the disk takes (ext4 and most Linux and macOS disks:
255 bytes in UTF-8 a name, two an Arabic or Kurdish letter, so 128 letters; a session's title pasted as
the name reaches it): the status line said "The file could not be written. Nothing was saved under that
name.", and nothing told the person what to change. It now says the name or its folder's path is too
long and to choose a shorter one; nothing is written. Real window, real export, real folder."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window

T = QApplication.translate
TOO_LONG = ("WriteFailure", "The file's name, or the path of its folder, is too long. Choose a shorter name, or a "
                            "folder with a shorter path.")


@pytest.mark.skipif(sys.platform == "win32", reason="Windows counts a name in UTF-16 units and says it otherwise")
def test_an_export_named_too_long_says_so(manager: LanguageManager, store: Store, qtbot: QtBot,
                                          tmp_path: Path) -> None:
    demo.generate(store, sessions=1, seed=3)
    window = main_window(manager, store, qtbot, "en")
    folder = tmp_path / "تقارير البصرة"
    folder.mkdir()
    title = "محضر الجلسة الحوارية حول خدمات المياه والكهرباء في أحياء البصرة القديمة مع منظمات المجتمع المدني"
    name = f"{title} - {title}.xlsx"  # 193 letters: 371 bytes in UTF-8
    window.export_xlsx(str(folder / name))
    assert window.ctx.tasks.wait(30_000)
    settle()
    said = window.statusBar().currentMessage()
    assert said == T("MainWindow", "The export failed: %1").replace("%1", T(*TOO_LONG)), said
    assert list(folder.iterdir()) == []
