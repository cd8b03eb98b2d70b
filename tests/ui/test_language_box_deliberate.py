"""Settings: the interface language changes only when a person chooses one, never under the arrow keys.

Ctrl+9 opened the Settings page with the keyboard in its first field, the interface-language box, and
a press of Down (or Up, Page Down, End, a letter typed) switched the whole interface live to the next
language: a person who cannot read that language may not find the way back. On the closed box those
keys now open its list, where they move among the names without applying; Enter or a click in the list
chooses, Escape leaves the language as it was. Each name stands in its own language and script.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.core.db import Store
from desktop.i18n.languages import LANGUAGES
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.settings.page import SettingsPage
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.ui_helpers import focused, main_window_on_screen

SCREEN = (910, 512)  # a 1366x768 laptop at 150 %
KEYS = [Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_End, Qt.Key.Key_Home, Qt.Key.Key_E]


def popup_shown(combo: QComboBox) -> bool:
    return combo.view().isVisible()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")  # the list, offscreen
@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_arrows_do_not_switch_the_language_a_choice_does(lang: str, manager: LanguageManager,
                                                         demo_store: Store, qtbot: QtBot,  # noqa: F811
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        window = main_window_on_screen(manager, demo_store, qtbot, lang, 20.0, SCREEN, monkeypatch)
        qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
        settle()
        page: Any = window.current_page()
        assert isinstance(page, SettingsPage)
        combo = page.language_combo
        assert focused() is combo  # Ctrl+9: the keyboard lands on the language box
        # Each language named in its own script, whatever the interface's.
        assert [combo.itemText(i) for i in range(combo.count())] == [lg.native_name for lg in LANGUAGES]
        for key in KEYS:
            qtbot.keyClick(combo, key)
            settle()
            assert manager.language == lang, f"{key!r} switched the interface to {manager.language}"
            assert combo.currentData() == lang
            if popup_shown(combo):  # the key opened the list: Escape leaves it, nothing chosen
                if os.environ.get("MAJLIS_HP4_SHOTS") and key == Qt.Key.Key_Down:
                    shot, popup = window.grab(), combo.view().window()
                    painter = QPainter(shot)  # the open list is a window of its own: drawn where it stands
                    painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
                    painter.end()
                    shot.save(f"{os.environ['MAJLIS_HP4_SHOTS']}/settings-list-open-20pt-{lang}.png")
                qtbot.keyClick(combo.view(), Qt.Key.Key_Down)  # moving in the open list applies nothing
                settle()
                assert manager.language == lang
                qtbot.keyClick(combo.view(), Qt.Key.Key_Escape)
                qtbot.waitUntil(lambda: not popup_shown(combo))
                assert manager.language == lang and combo.currentData() == lang
        # Chosen from the open list with the keyboard: Enter applies it.
        other = "en" if lang != "en" else "ckb"
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: popup_shown(combo))
        view = combo.view()
        view.setCurrentIndex(view.model().index(combo.findData(other), 0))
        qtbot.keyClick(view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: manager.language == other)
        # With the mouse: a click on a name in the open list applies it at once.
        combo.showPopup()
        qtbot.waitUntil(lambda: popup_shown(combo))
        view = combo.view()
        rect = view.visualRect(view.model().index(combo.findData(lang), 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: manager.language == lang)
        assert combo.currentData() == lang
    finally:
        manager.set_font_size(None)


def test_the_wheel_on_the_language_box_changes_nothing(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                       qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Even with the keyboard in it, the wheel does not turn the language (it scrolls the page)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    window = main_window_on_screen(manager, demo_store, qtbot, "ar", None, SCREEN, monkeypatch)
    window.go_to("settings")
    settle()
    page: Any = window.current_page()
    combo = page.language_combo
    combo.setFocus()
    settle()
    centre = QPointF(combo.rect().center())
    for delta in (-120, 120, -120):
        event = QWheelEvent(centre, QPointF(combo.mapToGlobal(QPoint(0, 0))) + centre, QPoint(0, 0),
                            QPoint(0, delta), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(combo, event)
        settle()
        assert manager.language == "ar" and combo.currentData() == "ar"
