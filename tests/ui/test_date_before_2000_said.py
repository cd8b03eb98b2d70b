"""A session's date typed before 2000 is refused with one line under the date, not in silence.

A facilitator writing up an old roundtable typed the day, the month and "1999" into the date from the
keyboard: the box took no year starting with 1 (its first date, 1 January 2000, stands for "no date
yet"), showed "999" as the rest was typed, and put back this year when Tab went on. The minutes were
saved dated this year, and nothing said why. The refused digit now says it under the date, in the
interface's language, in the roundtable editor and in a focus group's details; the line goes once a
date is taken.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.models import Session
from desktop.ui.context import AppContext
from desktop.ui.focus_group.editor import FocusGroupEditor
from desktop.ui.widgets.digit_spin import DigitDateEdit
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.session_editor_base import SessionEditorBase
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui_helpers import language_fixture, roundtable_editor

T = QApplication.translate

language = language_fixture("ckb")


def _typed_from_the_field_before(qtbot: QtBot, before: QWidget, date: DigitDateEdit, parts: tuple[str, ...]) -> None:
    """Tab from the field before the date, then each part typed and Tab to the next, as a person does."""
    before.setFocus()
    settle()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    settle()
    assert QApplication.focusWidget() is date
    for part in parts:
        for ch in part:
            type_text(date, ch)
        qtbot.keyClick(date, Qt.Key.Key_Tab)
        settle()


def _said(line: FieldError) -> str:
    return line.error()


@pytest.mark.parametrize("kind", ["roundtable", "focus_group"])
def test_a_year_before_2000_is_said_under_the_date(kind: str, ctx: AppContext, qtbot: QtBot) -> None:
    editor: SessionEditorBase
    if kind == "roundtable":
        roundtable = roundtable_editor(ctx, qtbot, title="مێزی گفتوگۆ", governorate="erbil", date=dt.date(2026, 11, 20))
        editor, title, date, line = roundtable, roundtable.edits["title"], roundtable.date, roundtable.cells["date"].error
    else:
        sid = sessions.create_session(ctx.store, "focus_group", title="گروپی فۆکەس", governorate="erbil",
                                      date=dt.date(2026, 11, 20))
        group = FocusGroupEditor(ctx, sid)
        qtbot.addWidget(group)
        group.show()
        group.tabs.setCurrentIndex(2)  # Session details
        settle()
        header = group.header
        editor, title, date, line = group, header.texts["title"], header.date, header.wrapped["date"].error
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    _typed_from_the_field_before(qtbot, title, date, ("1", "کانوونی دووەم", "1999"))
    refusal = T("problems", "A session cannot be dated before 2000: type the year it was held.")
    assert _said(line) == refusal
    assert date.date().year() == 2026  # the box kept a year it can take
    editor.flush()
    with ctx.store.session() as s:
        stored = s.get(Session, editor.session_id)
        assert stored is not None and stored.date is not None and stored.date.year == 2026

    _typed_from_the_field_before(qtbot, title, date, ("1", "کانوونی دووەم", "2025"))  # put right
    assert date.date().toPython() == dt.date(2025, 1, 1)
    assert _said(line) == ""
