"""A session's start and end times after Settings → Digits is changed, with the session open.

The times are shown in the chosen digits when an editor opens, but a switch left them as they were:
changed to Arabic-Indic digits, the roundtable's Details tab read "٥ی ... ٢٠٢٦" in its date box above
"14:00" and "16:30" (and the other way round), until the session was opened again. They now follow
the switch at once, and what is stored stays as it was (Latin digits), nothing marked unsaved.
"""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.ui.context import AppContext
from tests.ui.test_recording_fg_editor import open_editor
from tests.ui_helpers import roundtable_editor


@pytest.mark.parametrize("lang", ["ckb", "ar"])
def test_roundtable_times_follow_the_digit_setting(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    editor = roundtable_editor(ctx, qtbot, start_time="14:00", end_time="16:30")
    times = editor.edits["start_time"], editor.edits["end_time"]
    assert [t.text() for t in times] == ["14:00", "16:30"]
    ctx.language.set_digits("arab")
    qtbot.waitUntil(lambda: [t.text() for t in times] == ["١٤:٠٠", "١٦:٣٠"])
    assert not editor.dirty
    ctx.language.set_digits("latn")
    qtbot.waitUntil(lambda: [t.text() for t in times] == ["14:00", "16:30"])
    editor.flush()
    fields = sessions.load_minutes(ctx.store, editor.session_id).fields
    assert (fields["start_time"], fields["end_time"]) == ("14:00", "16:30")


def test_focus_group_times_follow_the_digit_setting(ctx: AppContext, qtbot: QtBot) -> None:
    ctx.language.set_language("ckb")
    sid = sessions.create_session(ctx.store, "focus_group", title="گرووپی هەولێر", governorate="erbil",
                                  date=dt.date(2026, 11, 20), start_time="10:00", end_time="11:45", language="ckb")
    editor = open_editor(ctx, qtbot, sid)
    times = editor.header.texts["start_time"], editor.header.texts["end_time"]
    ctx.language.set_digits("arab")
    qtbot.waitUntil(lambda: [t.text() for t in times] == ["١٠:٠٠", "١١:٤٥"])
