"""The other filter boxes with nothing to look for: only harakat, tatweel or invisible marks typed.

- The coding window's code picker (Ctrl+K) listed every code with the first one chosen, so Enter
  applied the codebook's first code to the selection, as if nothing had been typed.
- The Consent page's pseudonym filter listed every record, as if nothing had been typed.
- The Add attendee dialog (after the filters' fix in the core) would say "Nothing matches what is typed."
Each now lists nothing and says, in one translated line, that the search needs letters or digits (the
Sessions list's words); Enter in the picker applies nothing. The line goes with the marks.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.core import codebook, participants
from desktop.core.models import CodedSegment, Participant, Session, TranscriptTurn
from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import AttendeeDialog
from tests.coding_window_helpers import coder_context_fixture, select_words, shown_window
from tests.consent_helpers import FocusGroup
from tests.ui.test_consent_page import fg as fg  # the fixture, used by name
from tests.ui.test_consent_page import make_page

ctx = coder_context_fixture()
NEEDS = "Search needs letters or digits: harakat, tatweel or invisible marks alone match nothing."
MARKS_ONLY = ["\u064e\u0650", "\u0640\u0640", "\u200f", "\u200c \u064b"]


def _said(ctx: AppContext, shown: str) -> None:
    assert shown == QCoreApplication.translate("SessionsPage", NEEDS)
    if str(ctx.language.language) != "en":
        assert shown != NEEDS  # translated


@pytest.mark.parametrize("typed", MARKS_ONLY)
def test_code_picker(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    with ctx.store.transaction() as s:
        sess = Session(kind="focus_group", title="البصرة", date=dt.date(2023, 1, 5), governorate="basra")
        s.add(sess)
        s.flush()
        s.add(TranscriptTurn(session_id=sess.id, position=0.0, text="نريد قانوناً عادلاً للانتخابات"))
        codebook.create_code(s, name_ar="القانون", name_ckb="یاسا", name_en="Law")
        codebook.create_code(s, name_ar="الانتخابات", name_ckb="هەڵبژاردن", name_en="Elections")
        session_id = sess.id
    ws = shown_window(ctx, qtbot, session_id)
    select_words(ws, "قانوناً", focus=True)
    QTest.keyClick(ws.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    picker = ws.picker
    assert picker.isVisible() and picker.model.rowCount() == 2
    for ch in typed:  # typed as a person types, a key at a time
        QTest.sendKeyEvent(QTest.KeyAction.Click, picker.filter, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
    assert picker.filter.text() == typed
    assert picker.model.rowCount() == 0
    assert picker.marks_only.isVisible()
    _said(ctx, picker.marks_only.error())
    QTest.keyClick(picker.filter, Qt.Key.Key_Return)
    assert ctx.tasks.drain(10_000)
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(CodedSegment)) == 0  # no code applied
    picker.filter.setText("هەلبژاردن" if str(ctx.language.language) == "ckb" else "elections"
                          if str(ctx.language.language) == "en" else "الانتخابات")
    assert picker.model.rowCount() == 1 and picker.marks_only.isHidden()


@pytest.mark.parametrize("typed", MARKS_ONLY)
def test_consent_register_filter(ctx: AppContext, fg: FocusGroup, qtbot: QtBot, typed: str) -> None:
    page = make_page(ctx, qtbot)
    everyone = len(page.register.rows)
    assert everyone >= 3
    page.text_filter.setText(typed)
    assert page.register.rows == []
    assert page.filter_error.isVisible()
    _said(ctx, page.filter_error.error())
    page.text_filter.setText("")
    assert len(page.register.rows) == everyone and page.filter_error.isHidden()


@pytest.mark.parametrize("typed", MARKS_ONLY)
def test_attendee_picker(ctx: AppContext, qtbot: QtBot, typed: str) -> None:
    with ctx.store.transaction() as s:
        for code in ("BSR-RT01-P01", "BSR-RT01-P02"):
            s.add(Participant(code=code, governorate="basra"))
    dialog = AttendeeDialog(ctx, participants.choices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.searches >= 1, timeout=10_000)
    before = dialog.searches
    dialog.find_box.setText(typed)
    dialog.search()
    qtbot.waitUntil(lambda: dialog.searches > before, timeout=10_000)
    assert dialog.who.count() == 0
    assert dialog.note.isVisible()
    _said(ctx, dialog.note.text())
