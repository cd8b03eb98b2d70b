"""The first-run wizard's last page ("How will you use Majlis?") from the keyboard.

The page opened with the keyboard's focus on "Join a team", the first of its four choices, while "Work
alone" was ticked: Enter (Finish) made a database working alone while the focus said otherwise, and
Space on the focus ticked "Join a team". The choice ticked now has the focus, the group's one Tab stop
(as the first page's language since hp3); the arrows still move between the choices.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from tests.conftest import PASSPHRASE
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_first_run_join_fingerprint import no_message_boxes  # noqa: F401  (a fixture, used by name)
from tests.ui_helpers import focused


def _at_last_page(manager: LanguageManager, qtbot: QtBot, data: Path, lang: str) -> FirstRunWizard:
    manager.set_language(lang)
    wizard = FirstRunWizard(manager, data)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.next()
    type_text(wizard.device_page.name, "Basra laptop 2")
    wizard.next()
    settle()
    assert wizard.currentPage() is wizard.start_page
    return wizard


@pytest.mark.parametrize("lang", ["ckb", "en"])
def test_the_focus_is_on_the_choice_ticked(lang: str, manager: LanguageManager, qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _at_last_page(manager, qtbot, tmp_path / "Majlis", lang)
    page = wizard.start_page
    assert page.alone.isChecked()
    assert focused() is page.alone, focused().objectName() or type(focused()).__name__
    # The arrows move the tick and the focus together; Tab away and back returns to the one ticked.
    qtbot.keyClick(focused(), Qt.Key.Key_Up)
    settle()
    assert page.start.isChecked() and focused() is page.start
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    settle()
    assert focused() is not page.start
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    settle()
    assert focused() is page.start
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    settle()
    assert page.alone.isChecked() and focused() is page.alone
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # on the choice ticked: nothing changes
    settle()
    assert page.choice() == "alone"
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(cancel, Qt.Key.Key_Tab)  # round from the wizard's last button: the choice ticked
    settle()
    assert focused() is page.alone
