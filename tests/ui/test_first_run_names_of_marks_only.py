"""The first-run wizard's names typed as invisible marks only (an RLM pasted, a lone ZWNJ): the
device name and a new team's name let Next and Finish go on, and were stored empty once the marks
were tidied away (a laptop the coordinator saw without a name). They now count as not typed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.ui.first_run import FirstRunWizard
from desktop.ui.qt_i18n import LanguageManager

MARKS = "\u200f\u200c \u200e"


def test_a_device_or_team_name_of_marks_only_is_not_a_name(manager: LanguageManager, qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    device = wizard.device_page
    device.name.setText(MARKS)
    assert not device.isComplete()
    device.name.setText(MARKS + "لابتوب البصرة ٢" + MARKS)
    assert device.isComplete()
    start = wizard.start_page
    start.start.setChecked(True)
    start.team_name.setText(MARKS)
    assert not start.isComplete()
    start.team_name.setText("شبكة تموز")
    assert start.isComplete()
    device.person.setText(MARKS)
    plan = wizard._plan()
    assert (plan.device, plan.person, plan.team_name) == ("لابتوب البصرة ٢", "", "شبكة تموز")


def test_a_team_name_pasted_a_page_long_is_kept_to_what_the_team_holds(manager: LanguageManager, qtbot: QtBot,
                                                                      tmp_path: Path) -> None:
    """The team's name is a String(200), as the device's name beside it, which was kept to it already:
    a 100,000-character paste was kept to Qt's 32,767 units and stored whole (``team create --name``
    refuses it: tests/cli/test_names_given_as_the_app_keeps_them.py)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    wizard = FirstRunWizard(manager, tmp_path)
    qtbot.addWidget(wizard)
    start = wizard.start_page
    start.start.setChecked(True)
    QGuiApplication.clipboard().setText("شبكة تموز " + "ب" * 100_000)
    start.team_name.setFocus()
    qtbot.keyClick(start.team_name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(start.team_name.text()) == 200)
    assert start.team_name.text().startswith("شبكة تموز ") and start.isComplete()
