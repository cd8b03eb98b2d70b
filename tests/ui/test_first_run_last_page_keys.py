"""The first-run wizard's last page ("How will you use Majlis?") from the keyboard, and a team file gone
before Finish.

The page opened with the keyboard's focus on "Join a team", the first of its four choices, while "Work
alone" was ticked: Enter (Finish) made a database working alone while the focus said otherwise, and
Space on the focus ticked "Join a team". The choice ticked now has the focus, the group's one Tab stop
(as the first page's language since hp3); the arrows still move between the choices.

A team file chosen and confirmed, then taken away before Finish (the USB stick pulled out): the
database was made all the same, then a message said the team could not be set up. The file is looked
for again before anything is made; its absence is one translated line on the page, nothing is made,
and the wizard stays on that page with Choose team file… focused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.widgets.save_files import shown_path
from tests.conftest import PASSPHRASE
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.shots import shots_folder
from tests.sync_helpers import new_team_file
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


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_a_team_file_gone_before_finish_makes_nothing(lang: str, manager: LanguageManager, qtbot: QtBot,
                                                      tmp_path: Path, no_message_boxes: list[str]) -> None:  # noqa: F811
    team_file = new_team_file(tmp_path / "stick", "Elections law cohort")
    data = tmp_path / "Majlis"
    wizard = _at_last_page(manager, qtbot, data, lang)
    page = wizard.start_page
    assert page.load_team_file(team_file)
    assert page.key_view.confirm is not None
    page.key_view.confirm.setChecked(True)
    wizard.resize(640, 424)  # a 1366x768 laptop at 150 %: the page scrolls
    settle()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isEnabled()
    team_file.unlink()  # the USB stick pulled out after the comparison
    with qtbot.assertNotEmitted(wizard.finishedWith, wait=0):
        finish.click()
        qtbot.waitUntil(lambda: not wizard.creating, timeout=60_000)
        settle()
    assert not data.exists() or list(data.iterdir()) == []  # nothing made
    assert no_message_boxes == []
    assert wizard.isVisible() and wizard.currentPage() is page
    error = page.key_view.error
    english = ("The team file %1 is no longer there: nothing was created. If it is on a USB stick, put the stick "
               "back and choose the file again.")
    assert error.isVisible() and error.text() == QCoreApplication.translate("StartPage", english).replace(
        "%1", shown_path(team_file.name))
    assert "\n" not in error.text()
    assert error.height() >= error.heightForWidth(error.width())  # every line of it in its label
    assert not page.key_view.fingerprint.isVisible() and not finish.isEnabled()  # no key shown of a file not there
    assert focused() is page.browse  # Enter chooses it again
    assert error.visibleRegion().boundingRect() == error.rect()  # in sight
    folder = shots_folder(tmp_path, "MAJLIS_HP7_SHOTS")
    assert wizard.grab().save(str(folder / f"first_run_team_file_gone_{lang}.png"))

    # Put back and chosen again: Finish joins.
    team_file = new_team_file(tmp_path / "stick2", "Elections law cohort")
    assert page.load_team_file(team_file)
    assert not error.isVisible()
    page.key_view.confirm.setChecked(True)
    with qtbot.waitSignal(wizard.finishedWith, timeout=60_000) as done:
        finish.click()
    store = done.args[0]
    try:
        assert no_message_boxes == []
    finally:
        store.close()
