"""A running export's Cancel, reached by Tab in the status bar and pressed with Space, left the keyboard
in the page list: Cancel is disabled once pressed and Qt gives the focus to the next widget in the chain,
the navigation list, where the next arrow key changed page. The same when the export ended (its bar and
Cancel removed) while Cancel had the focus. The focus now goes back where it was when the export started
(the button that asked for it); Reports → Matrix → Excel in Kurdish and Arabic at 20 points, a real
database, real keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.qt_i18n import LanguageManager
from tests.export_helpers import progress_of
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_matrix_export_like_the_others import in_window, threads_apart_busy

T = QApplication.translate


def tab_to(button: QWidget, window: QWidget) -> None:
    for _ in range(80):
        if QApplication.focusWidget() is button:
            return
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    raise AssertionError("Tab never reached the export's Cancel")


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_cancel_pressed_by_keyboard_gives_the_focus_back(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         lang: str) -> None:
    window, _page, matrix = in_window(manager, store, qtbot, monkeypatch, lang)
    window.activateWindow()
    target = tmp_path / "matrix.xlsx"
    with threads_apart_busy(window.ctx):
        matrix.xlsx_btn.setFocus()
        assert matrix.export_xlsx(target) == target  # as the button does once the file is chosen
        settle()
        [running] = progress_of(window)
        tab_to(running.cancel_button, window)
        QTest.keyClick(running.cancel_button, Qt.Key.Key_Space)
        settle()
        assert not running.cancel_button.isEnabled()
        assert QApplication.focusWidget() is matrix.xlsx_btn  # before: the page list
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert matrix.status.text() == T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert not target.exists()
    assert QApplication.focusWidget() is matrix.xlsx_btn


def test_an_export_ending_while_cancel_has_the_focus_gives_it_back(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    window, _page, matrix = in_window(manager, store, qtbot, monkeypatch, "ckb")
    window.activateWindow()
    target = tmp_path / "matrix.xlsx"
    with threads_apart_busy(window.ctx):
        matrix.xlsx_btn.setFocus()
        assert matrix.export_xlsx(target) == target
        settle()
        [running] = progress_of(window)
        tab_to(running.cancel_button, window)
    assert window.ctx.tasks.drain(30_000)  # written, Cancel never pressed
    settle()
    assert target.exists() and progress_of(window) == []
    assert QApplication.focusWidget() is matrix.xlsx_btn  # before: the page list
    QTest.keyClick(matrix.xlsx_btn, Qt.Key.Key_Down)
    assert window.ctx.tasks.drain(30_000)
    assert matrix.isVisible()  # an arrow key did not change page
