"""A pseudonym typed on an Arabic keyboard, to match the code written on a paper form: its digits
came as ٠١٢ (or the Kurdish keyboard's ۰۱۲). "BSR-FG01-P٠٢" was stored beside another person's
"BSR-FG01-P02", the same pseudonym in the export, the bundle and at the centre, and never refused as
already used. The digits of a pseudonym are now stored as the app makes them (0-9): the taken one is
refused in one line, a free one is kept in Latin digits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from desktop.core import participants
from desktop.core.models import Participant
from desktop.ui.context import AppContext
from desktop.ui.focus_group.participants_model import COLUMNS
from tests.helpers_typing import type_text
from tests.i18n.test_i18n_screens import settle
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor


def typed_in_the_cell(editor: object, row: int, text: str) -> None:
    """F2 on the pseudonym's cell, everything in it replaced by ``text``, Enter."""
    view = editor.people_view  # type: ignore[attr-defined]
    view.setFocus()
    view.setCurrentIndex(editor.people.index(row, COLUMNS.index("code")))  # type: ignore[attr-defined]
    QTest.keyClick(view, Qt.Key.Key_F2)
    settle()
    cell = view.focusWidget()
    QTest.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(cell, text)
    QTest.keyClick(cell, Qt.Key.Key_Return)
    settle()


@pytest.mark.parametrize("zero", ["٠", "۰"])  # Arabic, Kurdish (and Persian) keyboards
def test_a_pseudonym_typed_with_arabic_digits_is_the_same_pseudonym(
        zero: str, ctx: AppContext, qtbot: QtBot) -> None:
    def digits(latin: str) -> str:
        return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in latin)

    sid = new_focus_group(ctx.store)
    with ctx.store.transaction() as s:
        ids = [participants.add_to_session(s, sid).id for _ in range(3)]
    editor = open_editor(ctx, qtbot, sid)
    editor.tabs.setCurrentIndex(1)
    settle()

    typed_in_the_cell(editor, 2, digits("BSR-FG01-P02"))  # seat 3 given seat 2's pseudonym
    line = editor.status_line.text()
    assert "BSR-FG01-P02" in line and "already used" in line, line
    typed_in_the_cell(editor, 2, digits("BSR-FG01-P17"))  # the number on their paper form
    assert editor.people.rows[2].code == "BSR-FG01-P17"
    with ctx.store.session() as s:
        assert [s.get(Participant, i).code for i in ids] == ["BSR-FG01-P01", "BSR-FG01-P02", "BSR-FG01-P17"]
    close_editor(editor)
