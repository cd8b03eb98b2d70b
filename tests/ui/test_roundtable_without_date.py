"""A roundtable whose date was never given (a session made outside the app, by an import or an older
version). The editor showed today's date in the date box while Finalise said the date was needed, and
the first save wrote that made-up date into the minutes. The box now stays empty until a date is
chosen, says under it that the date is needed, and nothing is saved for it; a date chosen then is saved."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.db import Store
from desktop.ui.context import AppContext
from desktop.ui.labels import problems
from tests.ui_helpers import language_fixture, roundtable_editor

language = language_fixture("ckb")


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_no_date_is_shown_as_none_and_never_saved(ctx: AppContext, store: Store, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot, date=None)
    today = QDate.currentDate()
    shown = editor.date.text()
    assert shown.strip() == "", f"the box shows {shown!r} for a session with no date"
    assert editor.date.date() != today
    assert editor.fields()["date"] is None
    assert editor.cells["date"].error.text() == problems.message("required")  # said where it is missing
    editor.edits["title"].setFocus()
    qtbot.keyClicks(editor.edits["title"], " 2")
    editor.flush()
    assert sessions.load_minutes(store, editor.session_id).fields["date"] is None  # no made-up date saved
    assert not editor.finalise()
    assert sessions.load_minutes(store, editor.session_id).status == "draft"
    # A date chosen (the first Up gives today, then a day back) is the one saved.
    editor.date.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(editor.date, Qt.Key.Key_Up)
    assert editor.date.date() == today
    editor.flush()
    assert sessions.load_minutes(store, editor.session_id).fields["date"] == dt.date.today()
    assert editor.cells["date"].error.text() == ""
