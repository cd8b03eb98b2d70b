"""A participant's signature is not wiped by a key the facilitator meant for something else.

Signing on the pad gave the pad the keyboard's focus (a click does), and the pad clears itself on
Backspace or Delete: a facilitator who then pressed Backspace to correct "Consent obtained by" before
clicking into it, or Delete for anything else, erased the participant's signature without a word,
and the participant was asked to sign again. Now drawing leaves the focus where it was; Tab still
reaches the pad, and there Delete clears it on purpose, as Clear signature does.
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
from tests.ui.test_consent_dialog import answer_all, choose, draw, fg, make_dialog, user_name  # noqa: F401
from tests.ui_helpers import focused


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_backspace_after_signing_keeps_the_signature(ctx: AppContext, fg: FocusGroup,  # noqa: F811
                                                     qtbot: QtBot, manager: LanguageManager, lang: str) -> None:
    manager.set_language(lang)
    dlg = make_dialog(ctx, qtbot, fg.participants[0], fg.session_id)
    dlg.activateWindow()
    settle()
    answer_all(dlg, qtbot)
    choose(dlg, "on_screen", qtbot)
    settle()
    draw(dlg.pad)
    settle()
    strokes = dlg.pad.stroke_count()
    assert strokes > 0
    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        QTest.keyClick(focused(), key)
        settle()
    assert dlg.pad.stroke_count() == strokes, "a key pressed after signing wiped the signature"

    # Reached with Tab, the pad is cleared from the keyboard on purpose.
    for _ in range(40):
        if focused() is dlg.pad:
            break
        QTest.keyClick(focused(), Qt.Key.Key_Tab)
        settle()
    assert focused() is dlg.pad, "Tab never reached the signature pad"
    QTest.keyClick(dlg.pad, Qt.Key.Key_Delete)
    settle()
    assert dlg.pad.is_empty()
    dlg.reject()
