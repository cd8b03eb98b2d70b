"""A running export's Cancel, reached by Tab in the status bar and pressed with Space, left the keyboard
in the page list: Cancel is disabled once pressed and Qt gives the focus to the next widget in the chain,
the navigation list, where the next arrow key changed page. The same when the export ended (its bar and
Cancel removed) while Cancel had the focus. The focus now goes back where it was when the export started
(the button that asked for it; for a session's PDF and a consent printout, whose button is off while
they run, once it is back). Reports → Matrix → Excel in Kurdish and Arabic at 20 points, a printout in
Arabic, a session's PDF in Kurdish; a real database, real keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.export_helpers import WorkerBusy, progress_of
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_consent_actions_in_sight import LAPTOP, open_consent
from tests.ui.test_matrix_export_like_the_others import in_window, threads_apart_busy
from tests.ui_helpers import main_window_on_screen

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


def _cancel_by_keyboard(window: MainWindow, pressed: QWidget) -> None:
    [running] = progress_of(window)
    tab_to(running.cancel_button, window)
    QTest.keyClick(running.cancel_button, Qt.Key.Key_Space)
    settle()
    assert not pressed.isEnabled()  # the export's own button, off while it runs


def test_a_consent_printouts_cancel_gives_the_focus_back_to_its_button(
        manager: LanguageManager, demo_store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        tmp_path: Path) -> None:
    """Consent → Print consent record…: the button is disabled while the printout is written; after a
    keyboard Cancel the focus stayed in the session filter, or the page list, where Qt had put it."""
    window, page = open_consent(manager, demo_store, qtbot, "ar", None, LAPTOP, monkeypatch)
    window.activateWindow()
    page.select_record(page.register.rows[0].record_id)
    settle()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(stick)))
    button = page.print_record_button
    assert button.isVisible()
    button.setFocus()
    with WorkerBusy(window):
        assert page.print_record()
        settle()
        _cancel_by_keyboard(window, button)
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert page.status.text() == T("MainWindow", "Export cancelled: nothing was written to the folder.")
    assert list(stick.iterdir()) == []
    assert button.isEnabled() and QApplication.focusWidget() is button  # before: where Qt had moved it


def test_a_sessions_pdf_cancel_gives_the_focus_back_to_its_button(
        manager: LanguageManager, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    session_id = sessions.create_session(store, "focus_group", title="گرووپی هەولێر", governorate="erbil",
                                         language="ckb")
    window = main_window_on_screen(manager, store, qtbot, "ckb", None, (1280, 800), monkeypatch)
    editor = window.open_session(session_id)
    qtbot.waitUntil(lambda: getattr(editor, "is_loaded", True), timeout=10_000)
    window.activateWindow()
    settle()
    button = editor.pdf_button
    assert button.isVisible()
    button.setFocus()
    target = tmp_path / "minutes.pdf"
    with WorkerBusy(window):
        button.export("minutes", str(target))
        settle()
        _cancel_by_keyboard(window, button)
    assert window.ctx.tasks.drain(30_000)
    settle()
    assert not target.exists()
    assert button.isEnabled() and QApplication.focusWidget() is button  # before: the next button
