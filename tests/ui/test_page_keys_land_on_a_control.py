"""Ctrl+1 … Ctrl+9 put the keyboard on something of the page that can be seen and used: its first Tab
stop where the page names none (Sessions, Organisations and Recommendations give their list). On the
Participants, Codebook, Consent, Sync, Reports and Settings pages the focus went to the page itself:
nothing shown as focused, nothing said by a screen reader, and Space or Enter did nothing until Tab
was pressed (a facilitator exporting a bundle from the keyboard was left not knowing where they were).
The Participants page's first stop was Withdraw consent… at its bottom: its list has the keyboard now, as
the Sessions page's has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.ui import registry
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import focused, main_window


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_each_page_key_puts_the_keyboard_on_a_control(manager: LanguageManager, store: Store, qtbot: QtBot,
                                                       lang: str) -> None:
    window = main_window(manager, store, qtbot, lang, active=True)
    window.ctx.tasks.drain()
    landed: dict[str, str] = {}
    for n, key in enumerate(registry.page_keys()[:9], start=1):
        QTest.keyClick(focused(), Qt.Key(Qt.Key.Key_0 + n), Qt.KeyboardModifier.ControlModifier)
        window.ctx.tasks.drain()
        settle()
        page = window.page(key)
        assert window.current_page() is page
        now = focused()
        if now is page or not page.isAncestorOf(now) or not now.isVisible() \
                or not now.focusPolicy() & Qt.FocusPolicy.TabFocus:
            landed[key] = f"{type(now).__name__}#{now.objectName()}"
        if key == "participants":  # the list, as on the Sessions page, not Withdraw consent… at its bottom
            assert now is page.view, f"{type(now).__name__}#{now.objectName()}"  # type: ignore[attr-defined]
    assert landed == {}, f"the focus on no control of these pages: {landed}"
