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
