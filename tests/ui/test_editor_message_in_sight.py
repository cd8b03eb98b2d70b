"""An editor's message comes into sight when it is said, the keyboard's focus left where it was.

At 20 points on a 1366x768 laptop at 150 % (895x424) the focus-group and roundtable editors are taller
than their frame, which scrolls. The focus-group editor's message line is at its foot: Withdraw consent…
pressed with nobody selected said "Select a participant first." below the fold, and the facilitator saw
nothing happen (hp4 found it). The roundtable's "Not saved yet: …" is at its top, out of sight while the
person works in the attendance table further down. Now the frame scrolls the line into sight as it is said.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.focus_group.editor import PEOPLE_TAB
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import demo_store, isolated_settings, settle  # noqa: F401
from tests.shots import shots_folder
from tests.ui.test_codebook_on_laptop import LAPTOP_150
from tests.ui.test_fg_editor_at_20_points import frame_of, in_sight, open_editor
from tests.ui.test_save_while_locked import OtherProgram, other  # noqa: F401
from tests.ui_helpers import focused, main_window_on_screen

T = QCoreApplication.translate


def scrolled_to(frame: QScrollArea, value: int) -> None:
    bar = frame.verticalScrollBar()
    assert bar.maximum() > 0, "the test wants an editor taller than its frame"
    bar.setValue(value)
    settle()


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_select_a_participant_first_is_said_in_sight(manager: LanguageManager, demo_store: Store,  # noqa: F811
                                                     qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path, lang: str) -> None:
    try:
        window, editor = open_editor(manager, demo_store, qtbot, lang, monkeypatch)
        editor.tabs.setCurrentIndex(PEOPLE_TAB)
        settle()
        frame = frame_of(editor)
        editor.people_view.setCurrentIndex(editor.people.index(-1, -1))  # nobody selected
        button = editor.withdraw_button
        button.setFocus(Qt.FocusReason.TabFocusReason)
        scrolled_to(frame, 0)  # the tab's buttons in sight, the foot of the editor below the fold
        assert not in_sight(frame, editor.status_line)
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: editor.status_line.text() != "")
        settle()
        qtbot.waitUntil(lambda: in_sight(frame, editor.status_line), timeout=2000)
        assert focused() is button  # the focus stays where it was
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_STATUS_SHOTS") / f"fg_message_in_sight_{lang}.png"))
        # "Saved." after an autosave is not brought into sight: the frame stays where the person works.
        bar = frame.verticalScrollBar()
        editor.tabs.setCurrentIndex(0)
        settle()
        qtbot.keyClicks(editor.transcript.edit, " ok")
        bar.setValue(0)
        settle()
        editor.flush()
        for _ in range(3):
            settle()
            qtbot.wait(20)
        assert editor.status_line.text() == T("FocusGroupEditor", "Saved.") and bar.value() == 0
    finally:
        manager.set_font_size(None)


@pytest.mark.usefixtures("isolated_settings")
@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_not_saved_yet_is_said_in_sight(manager: LanguageManager, store: Store, other: OtherProgram,  # noqa: F811
                                        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                        lang: str) -> None:
    sid = sessions.create_session(store, "roundtable", title="", governorate="basra")
    window = main_window_on_screen(manager, store, qtbot, lang, 20.0, LAPTOP_150, monkeypatch)
    try:
        editor = window.open_session(sid)
        assert isinstance(editor, RoundtableEditor)
        settle()
        type_text(editor.edits["title"], "طاولة البصرة")
        editor.tabs.setCurrentIndex(1)  # Attendance
        editor.attendance.view.setFocus(Qt.FocusReason.TabFocusReason)
        settle()
        frame = frame_of(editor)
        scrolled_to(frame, frame.verticalScrollBar().maximum())  # the table in sight, the editor's top above
        assert not in_sight(frame, editor.save_problem)
        other.hold()
        qtbot.keyClicks(editor.edits["title"], " 2")  # an edit to save, the focus left in the table
        editor.flush()
        qtbot.waitUntil(lambda: editor.save_problem.error() != "")
        settle()
        qtbot.waitUntil(lambda: in_sight(frame, editor.save_problem), timeout=2000)
        assert focused() is editor.attendance.view
        # Said again at each retry while the database is held: the person scrolled back to the table is
        # left there (every 1.5 seconds the editor jumped back to its top).
        bar = frame.verticalScrollBar()
        qtbot.keyClicks(editor.edits["title"], "3")
        settle()
        bar.setValue(bar.maximum())
        left_at = bar.value()
        editor.flush()
        for _ in range(3):
            settle()
            qtbot.wait(20)
        assert editor.save_problem.error() and bar.value() == left_at
        window.grab().save(str(shots_folder(tmp_path, "MAJLIS_STATUS_SHOTS") / f"rt_message_in_sight_{lang}.png"))
    finally:
        other.release()
        manager.set_font_size(None)
