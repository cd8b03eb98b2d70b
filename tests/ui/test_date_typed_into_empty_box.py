"""A date typed straight into a date box that holds none yet is taken, as one typed over a date is.

An action item's due date opens saying "No date", and a roundtable made outside the app shows a blank
date. A note-taker who typed the day there from the keyboard ("25") got the digits written after the
box's words ("No date25") and Enter or Tab left the item without a date, in silence: only Up first (today
to start from) let digits in. The first digit now starts from today, on the day, as Up does, and what
follows goes into the day, the month and the year as in any date box.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.context import AppContext
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_due_date_cleared import close_with, open_due_date, stored_due_dates
from tests.ui_helpers import roundtable_editor

DAY = 12  # a day every month has


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_a_due_date_typed_from_none(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.actions_model.add(what="ڕاپۆرتەکە بنێرە", owner="Huda")
    box = open_due_date(qtbot, editor, 0)
    type_text(box, str(DAY))
    close_with(qtbot, editor, box, Qt.Key.Key_Return)
    assert stored_due_dates(editor) == [dt.date.today().replace(day=DAY)]


def test_a_session_date_typed_from_none(ctx: AppContext, store: Store, qtbot: QtBot) -> None:
    ctx.language.set_language("ckb")
    editor = roundtable_editor(ctx, qtbot, date=None)  # made outside the app: no date yet
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    title = editor.edits["title"]
    title.setFocus()
    settle()
    QTest.keyClick(title, Qt.Key.Key_Tab)
    settle()
    assert QApplication.focusWidget() is editor.date
    for part in (str(DAY), "ئازار", "2025"):  # the day, the month, the year, Tab between them
        type_text(editor.date, part)
        QTest.keyClick(editor.date, Qt.Key.Key_Tab)
        settle()
    editor.flush()
    assert sessions.load_minutes(store, editor.session_id).fields["date"] == dt.date(2025, 3, DAY)
