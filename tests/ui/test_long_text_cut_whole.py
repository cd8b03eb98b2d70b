"""Text pasted past a long text's limit is taken back where a character begins.

A long text (agenda notes, a turn, a summary) keeps at most what the centre accepts; what a paste
brought past that is taken back out. The cut fell at the limit's UTF-16 position: a letter was kept
without its kasra or its shadda and fatha, an emoji without its skin tone, half a flag. The whole last character now goes with what went past the end.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.field_text import TEXT_LIMIT
from desktop.core.text_cut import is_boundary
from desktop.ui.context import AppContext
from tests.helpers_typing import type_text
from tests.ui_helpers import language_fixture, roundtable_editor

language = language_fixture("ckb")

# A participant reading out a declaration, with its harakat, and a line of emoji from a chat.
VERSE = "بِسْمِ اللَّهِ الرَّحْمَنِ الرَّحِيمِ، نُطالِبُ بِحُقوقِنا كامِلَةً 👍🏽🇮🇶\n"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _qt_boundary(text: str, code_points: int) -> bool:
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    finder.setPosition(_units(text[:code_points]))
    return finder.isAtBoundary()


# Where the limit falls: after a letter (its kasra past it), between a letter and its shadda and
# fatha, between a flag's halves, between a thumb and its skin tone.
@pytest.mark.parametrize("shift", [0, 18, 52, 56])
@pytest.mark.qt_log_ignore("does not support raise")  # the message's tooltip, offscreen
def test_a_paste_past_the_limit_ends_with_a_whole_character(ctx: AppContext, qtbot: QtBot, shift: int) -> None:
    typed = "البند"
    pasted = "x" * shift + VERSE * (TEXT_LIMIT // len(VERSE) + 5)
    whole = typed + pasted
    assert not is_boundary(whole, _cut_index(whole, TEXT_LIMIT))  # the widget counts UTF-16 units
    editor = roundtable_editor(ctx, qtbot)
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.add_button.click()
    notes: Any = editor.agenda.items[0].notes
    type_text(notes, typed)
    with qtbot.waitSignal(notes.parent().notes_limit.cut):
        QApplication.clipboard().setText(pasted)
        notes.setFocus()
        notes.paste()
    kept = notes.toPlainText()
    assert whole.startswith(kept) and _units(kept) <= TEXT_LIMIT
    assert _units(kept) >= TEXT_LIMIT - 12  # one character (a flag) less at most
    assert _qt_boundary(whole, len(kept)), repr(kept[-4:])
    notes.undo()  # one undo still takes the paste back as it was kept
    assert notes.toPlainText() == typed


def _cut_index(text: str, units: int) -> int:
    """The code-point index of UTF-16 position ``units`` of ``text``."""
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
