"""Consent recorded from the keyboard alone (a facilitator whose trackpad is broken): every clause
answered with Space and Tab, Verbal with a witness chosen with its Alt letter, the witness typed and
Enter to save: no method that needs no mouse needs one. An Escape pressed by mistake after the form
was read out asks before it drops the answers (it closed the form and lost them without a word);
a form with nothing in it still closes on Escape at once.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_accessibility import mnemonic_letter
from tests.ui.test_consent_dialog import fg, make_dialog, records, user_name  # noqa: F401  (fixtures)
from tests.ui_helpers import animated_click_done, focused

WITNESS = "أم علي"


def press(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)
    settle()


def alt(text: str, qtbot: QtBot) -> None:
    """Alt and the letter of ``text``'s mnemonic, typed on the focused widget (a button's is an
    animated click: pressed at once, released 100 ms later)."""
    letter = mnemonic_letter(text)
    QTest.sendKeyEvent(QTest.KeyAction.Click, focused(), Qt.Key(ord(letter.upper())), letter,
                       Qt.KeyboardModifier.AltModifier)
    animated_click_done(qtbot)
    settle()


def answer_by_keyboard(dlg: ConsentDialog) -> None:
    """Tab from the top of the form to each clause's Yes, Space on it."""
    for row in dlg.clause_rows:
        for _ in range(20):
            if focused() is row.yes:
                break
            press(Qt.Key.Key_Tab)
        assert focused() is row.yes, f"Tab never reached the clause {row.clause_key}"
        press(Qt.Key.Key_Space)
        assert row.answer() is True


def opened(ctx: AppContext, qtbot: QtBot, fg: FocusGroup) -> ConsentDialog:  # noqa: F811
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dlg.activateWindow()
    settle()
    assert QApplication.focusWidget() is not None and dlg.isAncestorOf(focused())
    return dlg


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_verbal_consent_with_a_witness_from_the_keyboard(
        ctx: AppContext, fg: FocusGroup, qtbot: QtBot, manager: LanguageManager, lang: str,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    manager.set_language(lang)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)

    # Nothing answered yet: Escape closes at once, nothing asked.
    empty = opened(ctx, qtbot, fg)
    press(Qt.Key.Key_Escape)
    assert not empty.isVisible() and asked == []

    dlg = opened(ctx, qtbot, fg)
    answer_by_keyboard(dlg)
    verbal = dlg.method_buttons.button(2)
    alt(verbal.text(), qtbot)
    assert dlg.method() == "verbal_witness"
    alt(dlg.witness_label.text(), qtbot)
    assert focused() is dlg.witness_edit
    type_text(dlg.witness_edit, WITNESS)

    # Escape by mistake: asked, No (the default) keeps the form and everything in it.
    press(Qt.Key.Key_Escape)
    assert len(asked) == 1
    assert dlg.isVisible(), "Escape dropped the answers without a word"
    assert all(row.answer() is True for row in dlg.clause_rows)
    assert dlg.method() == "verbal_witness" and dlg.witness_edit.text() == WITNESS
    assert records(ctx.store) == []

    dlg.witness_edit.setFocus()
    press(Qt.Key.Key_Return)  # Save consent is the default button
    assert not dlg.isVisible()
    (record,) = records(ctx.store)
    assert (record.method, record.witness) == ("verbal_witness", WITNESS)
    assert len(asked) == 1  # saving asks nothing

    # Asked and answered Yes: the form closes, nothing saved.
    again = opened(ctx, qtbot, fg)
    answer_by_keyboard(again)
    answer[0] = QMessageBox.StandardButton.Yes
    press(Qt.Key.Key_Escape)
    assert len(asked) == 2 and not again.isVisible()
    assert len(records(ctx.store)) == 1


def test_tab_stops_only_on_what_can_be_answered_or_pressed(
        ctx: AppContext, fg: FocusGroup, qtbot: QtBot) -> None:  # noqa: F811
    """Once round the dialog's Tab chain: the scroll area holding the form was a stop of its own, a
    nameless one a screen reader reads as "scroll area", between the dialog's top and the first clause."""
    dlg = opened(ctx, qtbot, fg)
    seen: list[QWidget] = []
    for _ in range(80):
        press(Qt.Key.Key_Tab)
        now = focused()
        if now in seen:
            break
        seen.append(now)
    assert dlg.clause_rows[0].yes in seen
    assert [type(w).__name__ for w in seen if type(w) is QScrollArea] == []
    dlg.reject()
