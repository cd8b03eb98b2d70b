"""A roundtable's minutes from start to finish, in Central Kurdish, through the real window on a real
database: on a 1366x768 laptop, and at 20 points on one at 150 % (the window 910x512).

A facilitator in Erbil starts a roundtable from the Sessions page with its Alt letter, types its details
(the date part by part, the governorate by its name), seats a participant found by part of the
pseudonym (Enter: a citizen), a new person and an organisation, writes an agenda item with a long
Kurdish text mixing Latin names and digits, a decision and an action item with its owner and a due
date typed from none, goes back to the list with Escape, finds the roundtable again by search and by
governorate, opens it with Enter, finds Finalise stopped by the two missing consents, records them from
the finalise list, finalises, finds it under the Final status, writes the minutes' PDF and reads its
text layer, and unlocks it again with a reason. At each step: where the keyboard is, what is stored, and
that the screen says nothing in English (the only Latin words are the facilitator's own). Screenshots of
each step (MAJLIS_RT_CKB_SHOTS=folder keeps them).
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDialog
from pytestqt.qtbot import QtBot

from desktop.core import organisations as orgs
from desktop.core import sessions
from desktop.core.db import Store
from desktop.core.models import Participant
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import PERSON_NAME_STATE
from desktop.ui.labels import sessions as labels
from desktop.ui.main_window import MainWindow
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from desktop.ui.sessions.roundtable_editor import RoundtableEditor
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from desktop.ui.widgets.session_dialogs import UnlockReasonDialog
from tests.i18n.test_i18n_screens import settle
from tests.pdf_helpers import missing_words
from tests.shots import shots_folder
from tests.ui.test_fg_by_keyboard_in_arabic import Keyboard
from tests.ui.test_first_hour import _consent_by_voice
from tests.ui_helpers import focused, main_window_on_screen

pytestmark = pytest.mark.slow  # about 10 s a screen

CTRL = Qt.KeyboardModifier.ControlModifier
TITLE = "مێزگردی هەولێر 2026 - یاسای ژمارە 12 و UNDP"
VENUE = "هۆڵی ڕێکخراوی Peace Org، شەقامی 60 مەتری"
ORGANISATION = "ڕێکخراوی ئاشتی Peace Org"
NOTES = ("لە کۆبوونەوەکەدا Ahmed Karim لە UNDP باسی یاسای هەڵبژاردنی ژمارە 12 ی ساڵی 2018 کرد و گوتی "
         "45% ی دەنگدەران لە هەولێر بەشدارییان نەکرد. ") * 8 + "کۆتایی."
DECISION = "نامەیەک بۆ کۆمسیۆنی باڵا IHEC بنێردرێت تا 20ی مانگ."
ACTION, OWNER = "ناردنی نامە بۆ IHEC", "هێمن Ali"
DUE_DAY = 12
# The facilitator's own words in Latin letters, and the test laptop's name: not the interface's English.
THEIRS = ("UNDP", "Peace Org", "IHEC", "Ali", "Ahmed", "test laptop", "ERB-FG01-P01", "EBL-RT01")
SCREENS = {"laptop": (None, (1366, 728)), "laptop-150-at-20-points": (20.0, (910, 512))}


class Facilitator(Keyboard):
    real_execs: dict[builtins.type[QDialog], Callable[[Any], int]]

    def type(self, text: str) -> None:
        """Each character to whatever has the keyboard as it is typed (a table's cell opens on the first)."""
        for ch in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
        settle()

    def answer(self, monkeypatch: pytest.MonkeyPatch, dialog_class: builtins.type[QDialog],
               answer: Callable[[Any], object]) -> None:
        """``dialog_class`` opened as the app opens it (modal), answered while it is on screen."""
        real_exec = self.real_execs.setdefault(dialog_class, dialog_class.exec)  # not an earlier answer's
        failed: list[BaseException] = []

        def answered(dialog: QDialog) -> None:
            try:
                dialog.activateWindow()  # as the system does for a dialog it opens (offscreen Qt does not)
                self.qtbot.waitUntil(dialog.isActiveWindow)
                settle()
                answer(dialog)
            except BaseException as exc:  # a failed step closes the dialog, and fails the test after it
                failed.append(exc)
                dialog.reject()

        def exec_(dialog: QDialog) -> int:
            QTimer.singleShot(0, lambda: answered(dialog))
            result = int(real_exec(dialog))
            if failed:
                raise failed[0]
            self.window_active_again()
            return result

        monkeypatch.setattr(dialog_class, "exec", exec_)


def stored(store: Store, session_id: str) -> sessions.Minutes:
    return sessions.load_minutes(store, session_id)


@pytest.mark.parametrize("screen", list(SCREENS))
def test_a_roundtables_minutes_in_kurdish(screen: str, manager: LanguageManager, store: Store, qtbot: QtBot,
                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size, room = SCREENS[screen]
    with store.transaction() as s:
        s.add(Participant(code="ERB-FG01-P01", governorate="erbil"))  # from an earlier focus group
    orgs.create(store, ORGANISATION, "cso", "erbil")
    store.set_state(PERSON_NAME_STATE, "هێمن Ali")
    window: MainWindow = main_window_on_screen(manager, store, qtbot, "ckb", size, room, monkeypatch)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ctx.tasks.drain()
    kb = Facilitator(qtbot, window, shots_folder(tmp_path, "MAJLIS_RT_CKB_SHOTS") / screen, THEIRS)
    kb.folder.mkdir(parents=True, exist_ok=True)
    kb.real_execs = {}

    # 1. Sessions (Ctrl+1), New roundtable by its Alt letter: the editor, the keyboard in its title.
    kb.key(Qt.Key.Key_1, CTRL)
    page = window.page("sessions")
    assert isinstance(page, SessionsPage)
    kb.step("sessions")
    kb.alt(page.new_roundtable.text())
    qtbot.waitUntil(lambda: isinstance(window.editor, RoundtableEditor))
    editor = window.editor
    assert isinstance(editor, RoundtableEditor)
    settle()
    assert focused() is editor.edits["title"]
    kb.step("new-roundtable")

    # 2. Its details, down the form with Tab: the date part by part, the governorate by its name.
    kb.type(TITLE)
    kb.key(Qt.Key.Key_Tab)
    assert focused() is editor.date
    for part in ("14", "تشرینی دووەم", "2026"):
        kb.type(part)
        kb.key(Qt.Key.Key_Tab)
    for time in ("10:00", "13:30"):
        kb.type(time)
        kb.key(Qt.Key.Key_Tab)
    assert focused() is editor.governorate
    kb.type("هەولێر")
    kb.key(Qt.Key.Key_Tab)
    kb.type(VENUE)
    kb.key(Qt.Key.Key_Tab)
    assert focused() is editor.language_combo and editor.language_combo.currentData() == "ckb"  # as the screen
    kb.key(Qt.Key.Key_Tab)
    assert editor.edits["facilitator"].text() == "هێمن Ali"  # the person at the keyboard
    kb.key(Qt.Key.Key_Tab)
    kb.type("ژیان")
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=10_000)  # saved within 2 s of the last key
    fields = stored(store, editor.session_id).fields
    assert (fields["title"], fields["date"], fields["start_time"], fields["end_time"], fields["governorate"],
            fields["venue"], fields["note_taker"]) == (TITLE, dt.date(2026, 11, 14), "10:00", "13:30", "erbil",
                                                       VENUE, "ژیان")
    assert editor.date.text().replace("\u2060", "") == "14ی تشرینی دووەمی 2026"
    assert all(cell.error.error() == "" for cell in editor.cells.values())
    kb.step("details")

    # 3. Who came: a participant found by part of the pseudonym (Enter), a new person, an organisation.
    kb.alt(editor.tabs.tabText(1))
    assert editor.tabs.currentWidget() is editor.attendance

    def found_and_entered(typed: str) -> Callable[[AttendeeDialog], None]:
        def answer(dialog: AttendeeDialog) -> None:
            assert focused() is dialog.find_box
            kb.type(typed)
            qtbot.waitUntil(lambda: dialog.searches >= 2 and dialog.who.count() == 1)
            kb.step("attendee-found", dialog)
            kb.key(Qt.Key.Key_Return)
        return answer

    kb.answer(monkeypatch, AttendeeDialog, found_and_entered("P01"))
    kb.alt(editor.add_participant_button.text())
    kb.alt(editor.new_person_button.text())
    qtbot.waitUntil(lambda: len(editor.attendance_model.rows) == 2)
    kb.answer(monkeypatch, AttendeeDialog, found_and_entered("ئاشتی"))
    kb.alt(editor.attendance.add_button.text())
    names = [editor.attendance_model.index(row, 0).data() for row in range(3)]
    roles = [editor.attendance_model.index(row, 1).data() for row in range(3)]
    assert names == ["ERB-FG01-P01", "EBL-RT01-P02", ORGANISATION]
    assert roles == [labels.role("citizen"), labels.role("citizen"), labels.role("cso")]
    kb.step("attendance")

    # 4. The agenda: an item and its discussion notes.
    kb.alt(editor.tabs.tabText(2))
    kb.alt(editor.agenda.add_button.text())
    kb.type("یاسای هەڵبژاردن 2018")
    kb.key(Qt.Key.Key_Tab)
    assert focused() is editor.agenda.items[0].notes
    editor.agenda.items[0].notes.insertPlainText(NOTES[:-len("کۆتایی.")])  # an hour's notes…
    kb.type("کۆتایی.")  # …and the last words typed
    kb.step("agenda")

    # 5. A decision, and an action item with its owner and a due date typed into "No date".
    kb.alt(editor.tabs.tabText(3))
    kb.alt(editor.decisions.add_button.text())
    kb.type(DECISION)
    kb.key(Qt.Key.Key_Return)
    kb.alt(editor.tabs.tabText(4))
    kb.alt(editor.action_items.add_button.text())
    kb.type(ACTION)
    kb.key(Qt.Key.Key_Return)
    view = editor.action_items.view
    kb.key(Qt.Key.Key_Left)  # right to left: the next column is on the left
    kb.type(OWNER)
    kb.key(Qt.Key.Key_Return)
    kb.key(Qt.Key.Key_Left)
    kb.key(Qt.Key.Key_F2)
    assert isinstance(focused(), QDateEdit)
    kb.type(str(DUE_DAY))
    kb.key(Qt.Key.Key_Return)
    assert focused() is view
    kb.step("action-items")
    due = dt.date.today().replace(day=DUE_DAY)

    # 6. Escape: the list, on this roundtable; found again by search and governorate, opened with Enter.
    kb.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.editor is None)
    minutes = stored(store, editor.session_id)
    assert [(a["title"], a["notes"]) for a in minutes.agenda] == [("یاسای هەڵبژاردن 2018", NOTES)]
    assert [d["text"] for d in minutes.decisions] == [DECISION]
    assert [(a["what"], a["owner"], a["due_date"], a["status"]) for a in minutes.actions] == [
        (ACTION, OWNER, due, "open")]
    session_id = editor.session_id
    sessions.create_session(store, "roundtable", title="مێزگردی سلێمانی", governorate="sulaymaniyah",
                            date=dt.date(2026, 10, 1))
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.search.setFocus()
    kb.type("ژمارە 12")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.search.clear()
    page.governorate.setCurrentIndex(page.governorate.findData("erbil"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.session_id(0) == session_id
    kb.step("found-in-the-list")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    kb.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.editor, RoundtableEditor) and window.editor.session_id == session_id)
    editor = window.editor
    assert isinstance(editor, RoundtableEditor)
    settle()
    assert editor.edits["title"].text() == TITLE and editor.agenda.items[0].notes.toPlainText() == NOTES

    # 7. Finalise: stopped by the two consents; each recorded from the finalise list; then final.
    editor.finalise_button.click()
    missing = QApplication.translate("problems", "No consent recorded.")
    assert editor.blockers.texts() == [f"ERB-FG01-P01: {missing}", f"EBL-RT01-P02: {missing}"]
    assert editor.status_label.text() == labels.status("draft")
    kb.step("finalise-stopped")
    kb.answer(monkeypatch, ConsentDialog, lambda dialog: _consent_by_voice(dialog, qtbot, None))
    for left in (1, 0):
        editor.blockers.choose(0)
        assert focused() is editor.attendance.view
        kb.alt(editor.consent_button.text())
        assert len(editor.blockers.texts()) == left
    editor.finalise_button.click()
    assert editor.is_read_only() and editor.status_label.text() == labels.status("final")
    assert stored(store, session_id).status == "final"
    kb.step("final")

    # 8. The minutes' PDF, its text layer read back.
    pdf = tmp_path / "minutes.pdf"
    editor.pdf_button.export("minutes", str(pdf))
    window.ctx.tasks.drain()
    settle()
    # "20ی": the digits and the letter are two runs in the text layer (pdftotext parts them), one word on paper.
    assert missing_words(pdf, TITLE, VENUE, ORGANISATION, "ERB-FG01-P01", "EBL-RT01-P02", NOTES,
                         DECISION.replace("20ی", "20 ی"), ACTION, OWNER, labels.status("final")) == []
    kb.step("pdf-written")

    # 9. Found under the Final status in the list, then unlocked again with a reason.
    kb.key(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.editor is None)
    page.governorate.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("final"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.session_id(0) == session_id
    kb.step("final-in-the-list")
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    kb.key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.editor, RoundtableEditor))
    editor = window.editor
    assert isinstance(editor, RoundtableEditor) and editor.is_read_only()

    def reason(dialog: UnlockReasonDialog) -> None:
        dialog.reason.setFocus()
        kb.type("ناوی ئاسانکار هەڵە بوو")
        kb.step("unlock-reason", dialog)
        dialog.accept()

    kb.answer(monkeypatch, UnlockReasonDialog, reason)
    editor.unlock_button.click()
    assert not editor.is_read_only() and editor.status_label.text() == labels.status("draft")
    assert stored(store, session_id).status == "draft"
    kb.step("unlocked")
    assert kb.english == {}, f"English on the Kurdish screens: {kb.english}"
