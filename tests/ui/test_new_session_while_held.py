"""New focus group / New roundtable while another program is writing to the database (an antivirus
scan, a backup tool) or the disk is full. The worker's refusal was raised again on the interface's
thread: the click did nothing a person could see (a crash.log entry only), in any language. Now the
status bar says why, translated, and the next click, once the other program is done, makes the
session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core.db import Store
from desktop.core.models import Session
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from tests.ui.test_save_while_locked import OtherProgram
from tests.ui.test_save_while_locked import other as other  # the fixture, used by name
from tests.ui_helpers import main_window


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_new_session_held_up_by_another_program_is_said(lang: str, manager: LanguageManager, store: Store,
                                                          qtbot: QtBot, other: OtherProgram) -> None:
    window: MainWindow = main_window(manager, store, qtbot, lang)
    window.go_to("sessions")
    page = window.current_page()
    assert isinstance(page, SessionsPage)
    other.hold()
    qtbot.mouseClick(page.new_focus_group, Qt.MouseButton.LeftButton)
    assert window.ctx.tasks.drain(20_000)
    reason = QCoreApplication.translate("SaveFailure", "Another program is using the database.")
    line = window.statusBar().currentMessage()
    assert reason in line and "Another program" not in line, line
    assert page.new_focus_group.isEnabled() and window.editor is None
    other.release()
    qtbot.mouseClick(page.new_focus_group, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.editor is not None, timeout=20_000)
    with store.session() as s:
        assert s.scalar(select(func.count()).select_from(Session)) == 1
