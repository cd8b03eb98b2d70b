"""A roundtable's title pasted as nothing a person can read (bidi marks, a zero-width space, control
characters) is stored empty, and Finalise is refused for it; the editor's own mark beside the title said
nothing (its check was ``strip()``), so the person saw a refusal naming a field that looked filled in
and carried no mark. Now the title is marked required as it is typed, as an empty one is. And Unlock…
given such a reason (from the dialog's ``ask`` or a caller) does nothing, rather than reach
``sessions.unlock``, which refuses it. Real SQLCipher store, real editor."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.models import Session as SessionRow
from desktop.core.validation import session_problems
from desktop.ui.context import AppContext
from desktop.ui.labels import problems
from tests.ui_helpers import roundtable_editor

MARKS_ONLY = ("\u200f\u200e\u200b", " \u2067\u2069 ", "\x01\x1b")


@pytest.mark.parametrize("title", MARKS_ONLY)
def test_a_title_no_one_can_read_is_marked_required(ctx: AppContext, qtbot: QtBot, title: str) -> None:
    ctx.language.set_language("ar")
    editor = roundtable_editor(ctx, qtbot, date=dt.date(2026, 1, 5))
    editor.edits["title"].setText(title)
    found = editor.validate()
    assert [p.code for p in found if p.field == "title"] == ["required"]
    assert editor.cells["title"].error.text() == problems.message("required")
    assert editor.edits["title"].text() == title  # what was typed stays
    assert [p.field for p in session_problems({"title": title, "date": dt.date(2026, 1, 5),
                                               "governorate": "basra"})] == ["title"]


def test_unlock_with_a_reason_no_one_can_read_does_nothing(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ar")
    editor = roundtable_editor(ctx, qtbot, date=dt.date(2026, 1, 5), start_time="10:00", end_time="12:00",
                               venue="Hall", facilitator="F", note_taker="N")
    assert editor.finalise() is True
    assert editor.unlock("\u200f\u200e") is False  # not an uncaught ReasonRequired
    with ctx.store.session() as s:
        row = s.get(SessionRow, editor.session_id)
        assert row is not None and row.status == "final"
    assert editor.unlock("wrong date") is True
