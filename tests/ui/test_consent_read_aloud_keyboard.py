"""Consent form read aloud, stepped through from the keyboard: the focus stays in the read-aloud view.

A facilitator read the clauses out one at a time, pressing Space on Next after each answer. At the
last clause Next is disabled, and the focus jumped out of the view to "Signed on screen": the next
Space chose that way of consenting for the participant without a word. Now the focus goes to
Previous, so a key pressed once more steps back a clause and chooses nothing; at the first clause,
Previous hands it to Next the same way.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from tests.consent_helpers import FocusGroup
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_consent_dialog import fg, make_dialog, user_name  # noqa: F401  (fixtures)
from tests.ui_helpers import focused


def space() -> None:
    QTest.keyClick(focused(), Qt.Key.Key_Space)
    settle()


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_stepping_past_the_last_clause_chooses_nothing(ctx: AppContext, fg: FocusGroup,  # noqa: F811
                                                       qtbot: QtBot, manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dlg.activateWindow()
    settle()
    dlg.read_aloud_button.setFocus()
    settle()
    space()
    view = dlg.read_aloud
    assert dlg.views.currentWidget() is view
    last = len(dlg.clause_rows) - 1
    assert last >= 2
    view.next.setFocus()
    settle()
    for _ in range(last + 2):  # two presses more than there are clauses to step through
        space()
        assert view.isAncestorOf(focused()), f"the focus left the read-aloud view for {focused().objectName()}"
    assert dlg.method() is None, "a way of consenting was chosen by a key meant for Next"
    assert all(row.answer() is None for row in dlg.clause_rows)
    assert view.index < last  # the presses after the end stepped back with Previous

    view.show_clause(1)
    view.previous.setFocus()
    settle()
    for _ in range(3):
        space()
        assert view.isAncestorOf(focused()), f"the focus left the read-aloud view for {focused().objectName()}"
    assert dlg.method() is None and all(row.answer() is None for row in dlg.clause_rows)
    dlg.reject()
