"""Save consent, refused, takes the keyboard to what is missing.

Pressed with a clause unanswered, no way of consenting chosen, or nobody named as having obtained the
consent, Save said so in the red line at the bottom and left the focus where it was: a facilitator
on the keyboard had to find the unanswered clause (marked red, perhaps scrolled out of view) by
Tabbing through the form. Now the focus goes to it, brought into view: the first unanswered clause's
Yes, the first way of consenting, the name of the person who obtained consent (as it already did for
an empty signature pad and a missing witness).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.consent.record_dialog import ConsentDialog
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, records, user_name  # noqa: F401  (fixtures)
from tests.ui_helpers import focused, in_view


def save_by_enter(dlg: ConsentDialog) -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Return)  # Save consent is the default button
    settle()
    assert dlg.isVisible() and dlg.error.text()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_each_refusal_takes_the_focus_to_its_field(ctx: AppContext, fg: FocusGroup, qtbot: QtBot,  # noqa: F811
                                                   manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dlg.resize(911, 464)  # a laptop at 150 %: the form scrolls
    dlg.activateWindow()
    settle()
    rows = dlg.clause_rows
    assert len(rows) >= 4
    for row in rows[:-1]:
        row.set_answer(True)
    rows[0].yes.setFocus()
    settle()
    save_by_enter(dlg)
    assert focused() is rows[-1].yes and in_view(rows[-1].yes)

    QTest.keyClick(focused(), Qt.Key.Key_Space)
    settle()
    assert rows[-1].answer() is True
    save_by_enter(dlg)
    assert focused() is dlg.method_buttons.button(0) and in_view(dlg.method_buttons.button(0))

    dlg.method_buttons.button(2).setChecked(True)  # verbal, with a witness
    dlg.witness_edit.setText("أم علي")
    dlg.facilitator_edit.clear()
    dlg.witness_edit.setFocus()
    settle()
    save_by_enter(dlg)
    assert focused() is dlg.facilitator_edit and in_view(dlg.facilitator_edit)
    assert records(ctx.store) == []
    dlg.reject()


def test_reading_aloud_the_refusal_shows_the_unanswered_clause(ctx: AppContext, fg: FocusGroup,  # noqa: F811
                                                               qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language("ckb")
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dlg.activateWindow()
    settle()
    dlg.read_aloud_button.setChecked(True)
    settle()
    rows = dlg.clause_rows
    for i, row in enumerate(rows):
        if i != 2:
            row.set_answer(True)
    dlg.read_aloud.show_clause(len(rows) - 1)  # the last clause on screen, the third one unanswered
    dlg.save_button.setFocus()
    save_by_enter(dlg)
    view = dlg.read_aloud
    assert view.index == 2 and view.text.text() == rows[2].label.text()
    assert focused() is view.yes and in_view(view.yes)
    dlg.reject()
