"""The focus-group editor's turn box shows a withdrawn participant's erased turn ([…]) on the side of an
Arabic or Kurdish session's words, as its row in the turns table does.

[…] has no letter to decide a direction: the box laid it out left to right, at the left edge under a
right-to-left table, after every withdrawal. In an Arabic or Kurdish session a turn no letter decides
now reads from the session's side, as an empty one already did.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core import consent_rules
from desktop.ui.focus_group.turn_edit import TurnTextEdit
from desktop.ui.qt_i18n import LanguageManager


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
@pytest.mark.parametrize("text", [consent_rules.REDACTED, "35 %"])
def test_a_turn_no_letter_decides_reads_from_the_sessions_side(lang: str, text: str, qtbot: QtBot,
                                                                manager: LanguageManager) -> None:
    manager.set_language(lang)
    box = TurnTextEdit()
    qtbot.addWidget(box)
    box.resize(600, 120)
    box.set_rtl_session(True)
    box.setPlainText(text)
    box.show()
    qtbot.waitExposed(box)
    assert box.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    line = box.document().firstBlock().layout().lineAt(0).naturalTextRect()
    assert line.right() > box.viewport().width() - 40, (line, box.viewport().width())


def test_an_english_session_keeps_qts_rule(qtbot: QtBot, manager: LanguageManager) -> None:
    manager.set_language("ckb")
    box = TurnTextEdit()
    qtbot.addWidget(box)
    box.set_rtl_session(False)
    box.setPlainText(consent_rules.REDACTED)
    assert box.document().defaultTextOption().textDirection() == Qt.LayoutDirection.LayoutDirectionAuto
