"""The first-run wizard's first page from the keyboard. Opened in Kurdish (the language chosen before,
or the computer's), the keyboard's focus stood on "العربية", the first of the three, not on the ticked
"کوردی": the Space bar, pressed to go on, turned the whole wizard into Arabic, and Tab round from
Cancel came back to Arabic too. The focus is now on the language ticked, the group's one Tab stop;
the arrows still move between the languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import focused


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_focus_is_on_the_language_ticked(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    settle()
    ticked = wizard.language_page.group.checkedButton()
    assert ticked is not None and ticked.property("code") == lang
    assert focused() is ticked
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # pressed on the language ticked: nothing changes
    settle()
    assert manager.language == lang and wizard.language_page.group.checkedButton() is ticked
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(cancel, Qt.Key.Key_Tab)  # round from the wizard's last button
    settle()
    assert focused() is ticked


def test_the_arrows_still_choose_another_language(manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    manager.set_language("ckb")
    wizard = FirstRunWizard(manager, tmp_path / "Majlis")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    settle()
    buttons = wizard.language_page.group.buttons()
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    settle()
    after = wizard.language_page.group.checkedButton()
    assert after is not None and after.property("code") == "en" and focused() is after
    assert manager.language == "en"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    settle()
    assert focused() is after, [b.text() for b in buttons]
