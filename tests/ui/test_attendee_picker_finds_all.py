"""Add participant… / Add organisation… at a centre holding more than the picker listed.

The roundtable editor's pickers were plain lists of the first 5,000 pseudonyms (or organisations),
with no search: at a centre with more, the others could never be chosen, and the rest meant scrolling
thousands of look-alike codes. Typing now narrows the list (part of a pseudonym, Arabic-Indic digits
too; part of an organisation's name, spelled as people spell it); only the first 200 matches are read
and listed, and a line says when more match; the search waits for a pause and runs on the DB worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from desktop.core import organisations, participants, sessions
from desktop.core.models import Participant
from desktop.ui.context import AppContext
from desktop.ui.widgets.attendee_dialog import SHOWN, AttendeeDialog
from tests.ui_helpers import roundtable_editor

MANY = 5_050  # more than the 5,000 the picker used to hold


def _many_participants(ctx: AppContext) -> None:
    with ctx.store.transaction() as s:
        s.execute(insert(Participant), [{"code": f"BSR-RT01-P{n:04d}", "governorate": "basra"} for n in range(MANY)])
        s.add(Participant(code="ZAK-FG09-P07", governorate="duhok"))  # past the 5,000th, by code


def _typed(dialog: AttendeeDialog, qtbot: QtBot, text: str) -> None:
    """Typed as a person types (one key at a time), the list followed after the pause."""
    before = dialog.searches
    dialog.find_box.clear()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, dialog.find_box, Qt.Key(0), ch, Qt.KeyboardModifier.NoModifier)
    qtbot.waitUntil(lambda: dialog.searches > before and not dialog._timer.isActive(), timeout=10_000)


def _answer(monkeypatch: pytest.MonkeyPatch, act: Callable[[AttendeeDialog], int]) -> list[AttendeeDialog]:
    seen: list[AttendeeDialog] = []

    def exec_(dialog: AttendeeDialog) -> int:
        seen.append(dialog)
        return act(dialog)

    monkeypatch.setattr(AttendeeDialog, "exec", exec_)
    return seen


def _attending(ctx: AppContext, editor: Any) -> list[str]:
    editor.flush()
    return [str(row["participant_id"]) for row in sessions.load_minutes(ctx.store, editor.session_id).attendance
            if row.get("participant_id")]


def _code_of(ctx: AppContext, participant_id: str) -> str:
    with ctx.store.session() as s:
        person = s.get(Participant, participant_id)
        assert person is not None
        return person.code


def test_a_participant_past_the_first_5000_is_found_by_typing(ctx: AppContext, qtbot: QtBot,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    _many_participants(ctx)
    editor = roundtable_editor(ctx, qtbot)
    opened_with: list[list[str]] = []

    def find_zak(dialog: AttendeeDialog) -> int:
        opened_with.append(dialog.offered())
        assert dialog.note.text() == dialog.tr(  # more match than listed: said
            "Only the first %1 are listed: type more to find the others.").replace("%1", str(SHOWN))
        _typed(dialog, qtbot, "zak-fg")
        assert dialog.offered() == ["ZAK-FG09-P07"]
        assert dialog.note.isHidden()
        dialog.role.setCurrentIndex(dialog.role.findData("citizen"))
        return 1

    _answer(monkeypatch, find_zak)
    editor.add_participant_button.click()
    assert len(opened_with[0]) == SHOWN  # a page read, not the centre's thousands
    assert opened_with[0][0] == "BSR-RT01-P0000"
    attending = _attending(ctx, editor)
    assert [_code_of(ctx, p) for p in attending] == ["ZAK-FG09-P07"]

    # Arabic-Indic digits, as an Arabic keyboard types them; who attends already is not offered.
    def find_5049(dialog: AttendeeDialog) -> int:
        _typed(dialog, qtbot, "P٥٠٤٩")
        assert dialog.offered() == ["BSR-RT01-P5049"]
        _typed(dialog, qtbot, "ZAK")
        assert dialog.offered() == []
        assert dialog.note.text() == dialog.tr("Nothing matches what is typed.")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        _typed(dialog, qtbot, "P٥٠٤٩")
        return 1

    _answer(monkeypatch, find_5049)
    editor.add_participant_button.click()
    assert sorted(_code_of(ctx, p) for p in _attending(ctx, editor)) == ["BSR-RT01-P5049", "ZAK-FG09-P07"]


def test_keys_in_the_search_box_move_in_the_list(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.store.transaction() as s:
        s.add_all(Participant(code=f"ERB-FG02-P{n:02d}", governorate="erbil") for n in range(1, 6))
    dialog = AttendeeDialog(ctx, participants.choices)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.find_box.hasFocus() or dialog.focusWidget() is dialog.find_box
    _typed(dialog, qtbot, "p0")
    assert dialog.who.currentRow() == 0
    QTest.keyClick(dialog.find_box, Qt.Key.Key_Down)
    QTest.keyClick(dialog.find_box, Qt.Key.Key_Down)
    assert dialog.who.currentRow() == 2 and dialog.find_box.text() == "p0"
    QTest.keyClick(dialog.find_box, Qt.Key.Key_Return)
    assert dialog.result() == 1
    assert dialog.chosen_name() == "ERB-FG02-P03"


def test_an_organisation_is_found_as_people_spell_it(ctx: AppContext, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(SHOWN + 5):
        organisations.create(ctx.store, f"Org {n:03d}")
    wanted = organisations.create(ctx.store, "جمعية الإعلام المستقل", "media")
    editor = roundtable_editor(ctx, qtbot)

    def find(dialog: AttendeeDialog) -> int:
        assert len(dialog.offered()) == SHOWN
        assert dialog.note.text() == dialog.tr(
            "Only the first %1 are listed: type more to find the others.").replace("%1", str(SHOWN))
        _typed(dialog, qtbot, "الاعلام")  # no hamza, as it is often typed
        assert dialog.offered() == ["جمعية الإعلام المستقل"]
        return 1

    _answer(monkeypatch, find)
    editor.attendance.add_button.click()
    editor.flush()
    rows = sessions.load_minutes(ctx.store, editor.session_id).attendance
    assert [row.get("organisation_id") for row in rows] == [wanted]
