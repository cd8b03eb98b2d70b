"""The main window at 24 points on a 1366x768 laptop at 150 %: no taller than the screen.

There the window has 895x424 logical pixels. The lock screen, which stands in the window's place when
Majlis locks, was built with the window and held it to the lock screen's least height even while
unlocked: 316 pixels with the menu bar and the status bar, 436 in all, and the window's bottom (the
status bar, the pages' last rows) went under the task bar. The lock screen now scrolls in a frame of its
own, as the pages do.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.app import make_context
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets import screen_fit
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui.test_codebook_on_laptop import LAPTOP_150


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ckb", "ar"])
def test_the_window_and_its_lock_screen_keep_to_the_screen(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                          qtbot: QtBot, lang: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(screen_fit, "room", lambda _window: QSize(*LAPTOP_150))
    manager.set_language(lang)
    manager.set_font_size(24.0)
    try:
        window = MainWindow(make_context(demo_store, manager), idle_ms=0)
        qtbot.addWidget(window)
        window.resize(*LAPTOP_150)
        window.show()
        settle()
        smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
        assert smallest.height() <= LAPTOP_150[1], smallest.toTuple()
        assert window.height() <= LAPTOP_150[1]
        window.lock()
        settle()
        assert window.is_locked() and window.lock_screen.isVisible()
        assert window.height() <= LAPTOP_150[1]  # locked, it keeps to the screen too
        frame = window.lock_screen.parentWidget().parentWidget()  # its frame scrolls to what is below
        assert isinstance(frame, QScrollArea)
        for part in (window.lock_screen.passphrase, window.lock_screen.button):
            frame.ensureWidgetVisible(part)
            settle()
            assert part.isVisible() and not part.visibleRegion().isEmpty()
        window.unlock()
        settle()
        assert not window.is_locked() and window.nav.isVisible()
    finally:
        manager.set_font_size(None)
