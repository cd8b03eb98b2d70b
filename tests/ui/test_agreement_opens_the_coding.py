"""The Agreement tab's disagreements open in the coding window, and its coder lists are labelled.

Retrieval's and the Matrix's segments open the coding window at their coding (Enter, a double-click);
a disagreement did nothing, and the analyst had to find the turn by hand to settle it. Now Enter, a
double-click or the shortcut opens the session at the coding that makes the disagreement. The two coder
lists had only screen-reader names: on screen two bare lists of the same names, which one was the
"first coder" of the table's "Only first coder" not said."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.core import coding
from desktop.core.models import Code, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.reports.page import ReportsPage

SAID = "زۆرێک لە ئاوارەکان نەیانتوانی کارتی بایۆمەتری نوێ بکەنەوە."


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_disagreement_opens_the_coding_window_at_its_coding(ctx: AppContext, manager: LanguageManager,
                                                               qtbot: QtBot, lang: str) -> None:
    with ctx.store.transaction() as s:
        session = Session(kind="focus_group", title="Erbil", date=dt.date(2024, 3, 5), language="ckb")
        code = Code(name_en="Funding", name_ar="تمويل", name_ckb="پارە")
        s.add_all([session, code])
        s.flush()
        turn = TranscriptTurn(session_id=session.id, position=1.0, text=SAID)
        s.add(turn)
        s.flush()
        # "x" coded the whole turn, "y" its first word: the rest is a disagreement, made by x's coding.
        whole = coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, len(SAID), "x").id
        coding.apply_code(s, code.id, "transcript_turn", turn.id, "text", 0, 5, "y")
        session_id = session.id
    manager.set_language(lang)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(lambda: page.loads == 1)
    page.tabs.setCurrentWidget(page.agreement)
    a = page.agreement
    tr = lambda text: QCoreApplication.translate("AgreementTab", text)  # noqa: E731
    for label, combo, name in ((a.label_a, a.coder_a, "First coder"), (a.label_b, a.coder_b, "Second coder")):
        assert isinstance(label, QLabel) and label.isVisible() and label.text() == tr(name)
        assert label.buddy() is combo
    a.coder_a.setCurrentText("x")
    a.coder_b.setCurrentText("y")
    a.run_btn.click()
    qtbot.waitUntil(lambda: a.disagreements.rowCount() == 1)

    opened: list[tuple[str, str]] = []
    ctx.events.openCoding.connect(lambda sid, seg: opened.append((sid, seg)))
    a.diff_table.setFocus()
    a.diff_table.setCurrentIndex(a.disagreements.index(0, 2))
    qtbot.keyClick(a.diff_table, Qt.Key.Key_Return)  # the keyboard, as in Retrieval
    assert opened == [(session_id, whole)]
    rect = a.diff_table.visualRect(a.disagreements.index(0, 0))
    qtbot.mouseClick(a.diff_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(a.diff_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == (session_id, whole) and len(opened) == 2
    a.code_action.trigger()
    assert len(opened) == 3
