"""Consent at the door of a hall in Basra, in Arabic with Arabic-Indic digits, at 20 points on a
1366x768 laptop at 150 % (the window 910x512), by keyboard alone, through the real app and a real
SQLCipher store: a new focus group (its governorate typed), fifteen people seated one after another
(Alt letter), each one's consent on the form by Tab and Space, a thumbprint with a witness (Alt letters,
the witness typed), the fifth refusing to be quoted. Nobody is named in Settings and the session names
no facilitator: the first form asks who obtained consent (one line, the keyboard on the field), the
next fourteen carry the name. At each person: the keyboard back on the list, on that person, the same
keystrokes; the consent in sight beside the pseudonym. Then the Consent page names the untitled session
by its kind and date. Nothing English on the screens but the laptop's own name. Screenshots of the steps
(MAJLIS_DOOR_SHOTS=folder keeps them)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import consent
from desktop.core.db import Store
from desktop.ui.consent.page import ConsentPage
from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.focus_group.participants_model import COLUMNS
from desktop.ui.labels import demographics
from desktop.ui.labels import sessions as session_labels
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sessions.page import SessionsPage
from tests.consent_helpers import template_texts
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import english_left, settle
from tests.shots import shots_folder
from tests.ui.test_accessibility import mnemonic_letter
from tests.ui_helpers import animated_click_done, focused, main_window_on_screen

pytestmark = pytest.mark.slow  # about 25 s

CTRL = Qt.KeyboardModifier.ControlModifier
LAPTOP_150 = (910, 512)
PEOPLE = 15
REFUSES_QUOTES = 4
AT_THE_DOOR, WITNESS = "سارة الموسوي", "أم علي"
REAL_EXEC = ConsentDialog.exec


class Hands:
    """Keys on whatever has the focus, counted."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.count = qtbot, 0

    def key(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.count += 1
        QTest.keyClick(focused(), key, modifiers)
        settle()

    def alt(self, text: str) -> None:
        letter = mnemonic_letter(text)
        assert letter, f"no Alt letter in {text!r}"
        self.count += 1
        QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                           Qt.KeyboardModifier.AltModifier)
        animated_click_done(self.qtbot)
        settle()

    def type(self, text: str) -> None:
        self.count += 1  # a word typed counts as one step
        type_text(focused(), text)
        settle()


def test_fifteen_people_at_the_door(store: Store, manager: LanguageManager, qtbot: QtBot, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    consent.publish_version(store, "session-consent", template_texts())
    manager.set_digits("arab")
    window = main_window_on_screen(manager, store, qtbot, "ar", 20.0, LAPTOP_150, monkeypatch)
    assert window.ctx.user_name == ""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ctx.tasks.drain()
    folder = shots_folder(tmp_path, "MAJLIS_DOOR_SHOTS")
    english: dict[str, list[str]] = {}

    def shot(name: str, widget: QWidget) -> None:
        settle()
        assert widget.grab().save(str(folder / f"door-{name}.png"))
        left = [line for line in english_left(widget) if "test laptop" not in line]
        if left:
            english[name] = left

    hands = Hands(qtbot)
    hands.key(Qt.Key.Key_1, CTRL)
    sessions_page = window.page("sessions")
    assert isinstance(sessions_page, SessionsPage)
    hands.alt(sessions_page.new_focus_group.text())
    qtbot.waitUntil(lambda: isinstance(window.editor, FocusGroupEditor) and window.editor.is_loaded)
    editor = window.editor
    assert isinstance(editor, FocusGroupEditor)
    qtbot.waitUntil(lambda: focused() is editor.transcript.edit, timeout=15_000)
    hands.alt(editor.tabs.tabText(2))
    editor.header.governorate.setFocus()  # the title, the date and the times are left for later
    hands.type("البصرة")
    hands.key(Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not editor.has_unsaved(), timeout=10_000)
    hands.alt(editor.tabs.tabText(1))
    view = editor.people_view
    assert focused() is view

    def at_the_form(dialog: ConsentDialog, n: int) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        settle()
        assert focused() is dialog.clause_rows[0].yes  # the first clause, not the language box
        for row in dialog.clause_rows:
            for _ in range(10):
                if focused() is row.yes:
                    break
                hands.key(Qt.Key.Key_Tab)
            assert focused() is row.yes, row.clause_key
            hands.key(Qt.Key.Key_Space)
            if n == REFUSES_QUOTES and row.clause_key == "quote":
                hands.key(Qt.Key.Key_Left)  # right to left: Left goes on to No
                assert row.answer() is False
        hands.alt(dialog.method_buttons.button(3).text())  # Thumbprint, with a witness
        hands.alt(dialog.witness_label.text())
        assert focused() is dialog.witness_edit
        hands.type(WITNESS)
        if n == 0:
            assert dialog.facilitator_edit.text() == ""
            hands.key(Qt.Key.Key_Return)
            assert dialog.isVisible() and focused() is dialog.facilitator_edit
            assert dialog.error.text() == dialog.error_text("facilitator_required")
            shot("first-form-asks-who", dialog)
            hands.type(AT_THE_DOOR)
        else:
            assert dialog.facilitator_edit.text() == AT_THE_DOOR
        hands.key(Qt.Key.Key_Return)  # Save consent is the default button
        assert not dialog.isVisible(), dialog.error.text()

    keys: list[int] = []
    for n in range(PEOPLE):
        start = hands.count
        hands.alt(editor.add_button.text())
        qtbot.waitUntil(lambda n=n: len(editor.people.rows) == n + 1, timeout=10_000)  # type: ignore[misc]
        settle()
        assert focused() is view and view.currentIndex().row() == n  # on the new person
        monkeypatch.setattr(ConsentDialog, "exec", lambda dialog, n=n: (
            QTimer.singleShot(0, lambda: at_the_form(dialog, n)), int(REAL_EXEC(dialog)))[1])
        hands.alt(editor.consent_button.text())
        window.activateWindow()  # what the system does when the dialog closes (offscreen Qt does not)
        qtbot.waitUntil(window.isActiveWindow)
        settle()
        assert focused() is view and view.currentIndex().row() == n  # where the next person starts
        person = editor.people.rows[n]
        assert person.can_speak and person.code in editor.status_line.text()
        keys.append(hands.count - start)
        if n == 1:
            shot("second-seated", window)
    # The same keys for each (one more for No to quotes), the name once, at the first: Alt+A, Alt+C, six
    # clauses by Tab and Space, Alt+T, Alt+W, the witness, Enter.
    assert keys == [keys[1] + (2 if n == 0 else 1 if n == REFUSES_QUOTES else 0) for n in range(PEOPLE)], keys
    assert keys[1] <= 17, keys

    consent_column = COLUMNS.index("consent")
    shown = [editor.people.index(row, consent_column).data() for row in range(PEOPLE)]
    assert shown == [demographics.consent("quotes_refused" if row == REFUSES_QUOTES else "given")
                     for row in range(PEOPLE)]
    left = view.columnViewportPosition(consent_column)
    assert left >= 0 and left + view.columnWidth(consent_column) <= view.viewport().width()
    shot("fifteen-seated", window)

    hands.key(Qt.Key.Key_Escape)
    assert window.editor is None
    window.go_to("consent")
    page = window.current_page()
    assert isinstance(page, ConsentPage)
    qtbot.waitUntil(lambda: page.register.rowCount() == PEOPLE, timeout=10_000)
    settle()
    sessions = {page.register.index(row, 1).data() for row in range(PEOPLE)}
    (name,) = sessions
    assert name.startswith(session_labels.kind("focus_group")) and not re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", name)
    assert {r.facilitator for r in page.all_rows} == {AT_THE_DOOR} and {r.witness for r in page.all_rows} == {WITNESS}
    shot("consent-page", window)
    assert english == {}, f"English on the Arabic screens: {english}"

