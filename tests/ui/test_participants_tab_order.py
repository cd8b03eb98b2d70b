"""Tab through the Participants page as it reads: the search, the governorate, the list, then Withdraw
consent… under it. Tab from the navigation went to Withdraw consent… first (at the page's bottom, made
before the list), then up to the search: a keyboard user met the page's one irreversible action first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui.participants.page import ParticipantsPage
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import focused, main_window


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tab_from_the_navigation_goes_down_the_page(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                    lang: str) -> None:
    window = main_window(manager, store, qtbot, lang, active=True)
    window.go_to("participants")
    page = window.page("participants")
    assert isinstance(page, ParticipantsPage)
    window.ctx.tasks.drain()
    window.nav.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    stops: list[QWidget] = []
    for _ in range(4):
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
        stops.append(focused())
    assert stops == [page.search, page.governorate, page.view, page.withdraw_button], \
        [f"{type(w).__name__}#{w.objectName()}" for w in stops]
