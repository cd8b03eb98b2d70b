"""The window fits a 1366x768 laptop, the common one in the field (at 125 % scaling: about 600 logical
pixels of height under the title bar), whatever page was visited: a page taller than that scrolls
inside the window. Before, visiting the Consent page made the window at least 1000 px tall for the
rest of the session, its bottom (the status bar, the end-of-study box) off the screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo
from desktop.core.db import Store
from desktop.ui import registry
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager

HEIGHT = 600


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_every_page_fits_a_short_screen(lang: str, manager: LanguageManager, store: Store, qtbot: QtBot) -> None:
    demo.generate(store, sessions=3, seed=2)
    manager.set_language(lang)
    window = MainWindow(make_context(store, manager), idle_ms=0)
    qtbot.addWidget(window)
    window.resize(1180, HEIGHT)
    window.show()
    for key in registry.page_keys():
        window.go_to(key)
        assert window.ctx.tasks.wait(10_000)
        QApplication.processEvents()
        assert getattr(window.current_page(), "key", None) == key  # the page, not what holds it
        assert window.height() == HEIGHT, key
        assert window.minimumSizeHint().height() <= HEIGHT, key
