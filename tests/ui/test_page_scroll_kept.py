"""On a short screen (1366x768 at 125 %: about 1092x600 logical pixels) a page taller than the window
scrolls in its frame. Coming back to the Consent page showed it scrolled half-way, at its register,
whatever the person had left on screen: hiding the page moved the focus out of it, and the frame first
scrolled to the focused part. A page comes back as it was left: at the top when left at the top,
at the bottom when left there, with a register row chosen or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.consent.page import ConsentPage
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import SHOTS_VARIABLE
from tests.shots import shots_folder


def _visit(window: MainWindow, key: str) -> QScrollArea:
    window.go_to(key)
    assert window.ctx.tasks.wait(10_000)
    for _ in range(3):  # a first visit is built over three event-loop turns
        QApplication.processEvents()
    frame = window.page_stack.stack.currentWidget()
    assert isinstance(frame, QScrollArea) and frame.widget() is window.current_page()
    return frame


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_consent_page_comes_back_as_it_was_left(lang: str, manager: LanguageManager, store: Store,
                                                    qtbot: QtBot, tmp_path: Path) -> None:
    demo.generate(store, sessions=3, seed=2)
    manager.set_language(lang)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1092, 600)
    window.show()
    frame = _visit(window, "consent")
    bar = frame.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # taller than the window; opened at its top

    _visit(window, "sessions")
    assert _visit(window, "consent") is frame
    assert bar.value() == 0  # was half-way down, at the register
    assert frame.grab().save(str(shots_folder(tmp_path, SHOTS_VARIABLE) / f"consent_revisited_{lang}.png"))

    page = window.current_page()
    assert isinstance(page, ConsentPage)
    page.register_view.setFocus()  # a record chosen in the register
    page.register_view.selectRow(0)
    bar.setValue(bar.maximum())  # and the page read to its end
    _visit(window, "participants")
    _visit(window, "consent")
    assert bar.value() == bar.maximum()

    bar.setValue(0)
    _visit(window, "sessions")
    _visit(window, "consent")
    assert bar.value() == 0
    window.close()
