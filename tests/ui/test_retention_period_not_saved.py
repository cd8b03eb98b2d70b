"""Consent page → End of the study: a retention period typed while another program writes to the
database (a backup tool, an antivirus scan). The refusal was raised out of the box: nothing was said,
and the box went on showing the new period as if it were stored. Now the box shows the stored period
again and says, translated, why the new one was not saved; typed again later, it is stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from desktop.core import retention
from desktop.ui.consent.retention_box import RetentionBox
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name


@pytest.fixture
def language(manager: LanguageManager) -> LanguageManager:
    return manager  # the .ts files compiled for this run


def test_a_period_held_up_by_another_program_is_said(ctx: AppContext, qtbot: QtBot, other: OtherProgram) -> None:
    retention.set_months(ctx.store, 12)
    ctx.language.set_language("ar")
    box = RetentionBox(ctx)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(lambda: box.state is not None, timeout=10_000)
    other.hold()
    box.months.setValue(6)
    box.months.editingFinished.emit()
    assert ctx.tasks.drain(20_000)
    reason = QCoreApplication.translate("SaveFailure", "Another program is using the database.")
    assert reason in box.summary.text() and "Another program" not in box.summary.text()
    assert box.months.value() == 12  # what is stored, not what was refused
    other.release()
    box.months.setValue(6)
    box.months.editingFinished.emit()
    assert ctx.tasks.drain(10_000)
    assert retention.status(ctx.store).months == 6
