"""The consent form's language is not changed by a key meant for something else.

The consent dialog opened with the keyboard's focus in the "Form language" box. A facilitator who
pressed Down (or Page Down) to read on through the form switched it to the next language at once:
the form was shown in English to a Kurdish participant, the answers given so far were dropped
without a word, and on Save English was kept as the participant's language. Now the dialog opens
on the first clause, and a change of language that would drop answers asks first (No, the default,
keeps the form and its answers as they were).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, user_name  # noqa: F401  (fixtures)
from tests.ui_helpers import focused


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_keys_pressed_to_read_on_keep_the_forms_language(ctx: AppContext, fg: FocusGroup,  # noqa: F811
                                                         qtbot: QtBot, manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dlg.activateWindow()
    settle()
    assert dlg.form_language.count() == 3 and dlg.lang == "ckb"
    assert focused() is dlg.clause_rows[0].yes, f"the dialog opened on {focused().objectName()}"
    for key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up, Qt.Key.Key_End):
        QTest.keyClick(focused(), key)
        settle()
    assert dlg.lang == "ckb" and dlg.form_language.currentData() == "ckb" and not dlg.language_chosen
    assert all(row.answer() is None for row in dlg.clause_rows)  # nothing answered by those keys either
    dlg.reject()


def test_a_change_of_language_that_drops_answers_asks(ctx: AppContext, fg: FocusGroup,  # noqa: F811
                                                      qtbot: QtBot, manager: LanguageManager,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    manager.set_language("ckb")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    settle()
    first = dlg.clause_rows[0]
    first.set_answer(True)
    dlg.form_language.setFocus()
    QTest.keyClick(dlg.form_language, Qt.Key.Key_Down)  # Down in the box itself: English
    settle()
    assert len(asked) == 1 and "English" in asked[0]  # the language the form would be shown in
    assert dlg.lang == "ckb" and dlg.form_language.currentData() == "ckb" and not dlg.language_chosen
    assert dlg.clause_rows[0] is first and first.answer() is True  # No: the form and its answer kept

    answer[0] = QMessageBox.StandardButton.Yes
    QTest.keyClick(dlg.form_language, Qt.Key.Key_Down)
    settle()
    assert len(asked) == 2
    assert dlg.lang == "en" and dlg.language_chosen
    assert all(row.answer() is None for row in dlg.clause_rows)  # answered again, on what they read

    dlg.form_language.setCurrentIndex(dlg.form_language.findData("ar"))  # nothing answered: not asked
    settle()
    assert len(asked) == 2 and dlg.lang == "ar"
    dlg.reject()
