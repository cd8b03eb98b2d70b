"""The Reports page at 20 points on a 1366x768 laptop at 150 % (895x424 under the task bar), a tab shown
(the words of its empty lists are checked with ``tests.ui_helpers.assert_words_whole_in_sight``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import main_window_on_screen

LAPTOP_150 = (911 - 16, 464 - 40)


def reports_tab_on_laptop(manager: LanguageManager, store: Store, qtbot: QtBot, lang: str,
                          monkeypatch: pytest.MonkeyPatch,
                          tab: Callable[[ReportsPage], QWidget]) -> tuple[MainWindow, ReportsPage]:
    """The main window on the Reports page at 20 points, its first load done and ``tab`` shown."""
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    window.go_to("reports")
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.loads >= 1, timeout=10_000)
    page.tabs.setCurrentWidget(tab(page))
    window.ctx.tasks.wait(10_000)
    settle()
    return window, page

