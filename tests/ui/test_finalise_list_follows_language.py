"""The list of what stops a session from being finalised, after a switch of the interface's language.

Its heading followed the switch, but its lines stayed in the language they were written in: Finalise
pressed in Arabic, then Kurdish chosen, and the red box said "Before finalising, fix these" in Kurdish
over Arabic lines (the title needed, the end before the start), in the roundtable's editor and the
focus group's alike. The lines now follow the switch, in their order, the line chosen kept chosen and
the focus where it was.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import sessions
from desktop.core.validation import Problem
from desktop.ui.context import AppContext
from desktop.ui.labels import problems
from desktop.ui.labels import sessions as labels
from desktop.ui.widgets.blockers import BlockersList
from tests.ui.test_recording_fg_editor import open_editor
from tests.ui_helpers import roundtable_editor

SWITCHES = [("ar", "ckb"), ("ckb", "ar"), ("en", "ckb")]


def problems_shown(blockers: BlockersList) -> list[Problem]:
    from desktop.ui.widgets.blockers import KeyRole

    return [blockers.list.item(i).data(KeyRole) for i in range(blockers.list.count())]


def switched_over(ctx: AppContext, blockers: BlockersList, first: str, then: str) -> list[str]:
    """The lines in ``first`` (the second chosen, the editor's title holding the focus), then ``then``;
    the lines shown after the switch."""
    before = blockers.texts()
    assert len(before) >= 2, before
    blockers.list.setCurrentRow(1)
    ctx.language.set_language(then)
    QApplication.processEvents()
    after = blockers.texts()
    assert len(after) == len(before) and after != before, (before, after)
    assert blockers.list.currentRow() == 1
    return after


@pytest.mark.parametrize(("first", "then"), SWITCHES)
def test_the_roundtable_finalise_list_follows_a_language_switch(
        ctx: AppContext, qtbot: QtBot, first: str, then: str) -> None:
    ctx.language.set_language(first)
    editor = roundtable_editor(ctx, qtbot, title="", governorate="", start_time="14:00", end_time="12:00")
    assert editor.finalise() is False
    editor.edits["venue"].setFocus()
    after = switched_over(ctx, editor.blockers, first, then)
    expected = [f"{labels.field(p.field).replace('&', '')}: {problems.message(p.code)}"
                for p in problems_shown(editor.blockers)]
    assert after == expected
    assert editor.blockers.heading.text() == QCoreApplication.translate(
        "BlockersList", "Before finalising, fix these (choose one to go there):")
    editor.blockers.choose(0)  # still leads to its field
    assert editor.focusWidget() is editor.edits["title"]


@pytest.mark.parametrize(("first", "then"), SWITCHES)
def test_the_focus_group_finalise_list_follows_a_language_switch(
        ctx: AppContext, qtbot: QtBot, first: str, then: str) -> None:
    ctx.language.set_language(first)
    sid = sessions.create_session(ctx.store, "focus_group", title="", governorate="basra",
                                  date=dt.date(2026, 11, 20), start_time="10:00", end_time="09:00", language="ar")
    editor = open_editor(ctx, qtbot, sid)
    assert editor.lifecycle.finalise() is False
    after = switched_over(ctx, editor.blockers, first, then)
    assert after == [problems.line(p) for p in problems_shown(editor.blockers)]
