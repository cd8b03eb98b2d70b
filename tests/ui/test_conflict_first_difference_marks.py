"""The conflict dialog opens at the first passage that differs in both versions, and that passage keeps
its marks: the inserted words' green, the removed words' red.

The dialog selected the passage to bring it into view, and the blue of the selection covered the green
and red backgrounds of exactly the words the coordinator came to compare. It is now framed (a dark blue line
drawn around it, the marks inside untouched), the keyboard cursor at its start and nothing selected."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QTextEdit
from pytestqt.qtbot import QtBot

from desktop.sync.conflicts import ConflictView
from desktop.ui.qt_i18n import LanguageManager
from desktop.ui.sync.conflict_room import PASSAGE_MARK, VersionBox
from tests.shots import look_folder
from tests.ui import test_conflict_dialog_room as room
from tests.ui.test_conflict_dialog_room import CHANGED, CONFLICT, LINES, OTHER, difference_shown, open_dialog

GREEN, RED = QColor("#cdeccd"), QColor("#fbd3d0")  # conflict_dialog's INSERTED_STYLE and DELETED_STYLE
MARKED = "الشباب والنساء"  # only in the current text
REMOVED = "المرأة"  # its place in the other version (the word also stands, unmarked, in every other line)


def passage_start(box: QTextEdit, words: str, line: int) -> int:
    """Where ``words`` begin in the ``line``-th line (from 1) of ``box``."""
    lines = box.toPlainText().split("\n")  # the same length as the document's text (lines end in <br>)
    at = lines[line - 1].find(words)
    assert at >= 0, (line, words)
    return sum(len(before) + 1 for before in lines[:line - 1]) + at


def mark_pixels(box: QTextEdit, start: int, colour: QColor) -> int:
    """How many pixels of ``colour`` the box shows on the line where ``start`` is."""
    QApplication.processEvents()
    image = box.viewport().grab().toImage()
    cursor = QTextCursor(box.document())
    cursor.setPosition(start + 1)
    rect = box.cursorRect(cursor)
    wanted = colour.rgb()
    count = 0
    for y in range(max(rect.top() + 2, 0), min(rect.bottom() - 2, image.height())):
        for x in range(0, image.width(), 2):
            if image.pixel(x, y) == wanted:
                count += 1
    return count


def framed(box: VersionBox, start: int, end: int) -> bool:
    """Whether the box frames start..end and its frame is seen on the line where ``start`` is."""
    assert box.passage is not None, box.accessibleName()
    return box.passage[0] <= start and box.passage[1] >= end and mark_pixels(box, start, PASSAGE_MARK) > 20


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_first_difference_keeps_its_marks(
        lang: str, qtbot: QtBot, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        dialog = open_dialog(qtbot, manager, monkeypatch, lang, 20.0)
        dialog.grab().save(str(look_folder() / f"dialog-{lang}-20.png"))  # look at them
        places = {dialog.mine: (passage_start(dialog.mine, MARKED, CHANGED), len(MARKED), GREEN),
                  dialog.theirs: (passage_start(dialog.theirs, REMOVED, CHANGED), len(REMOVED), RED)}
        assert difference_shown(dialog.mine, MARKED)
        for box, (start, length, colour) in places.items():
            name = box.accessibleName()
            cursor = box.textCursor()
            assert not cursor.hasSelection(), (name, cursor.selectedText())
            assert cursor.position() == start, (name, cursor.position(), start)  # the arrows start there
            inside = QTextCursor(box.document())
            inside.setPosition(start + 1)
            assert inside.charFormat().background().color() == colour, name
            assert framed(box, start, start + length), name
            assert mark_pixels(box, start, colour) > 50, name  # the mark's colour is seen, not the selection's
        view = dialog.theirs.viewport().rect()
        cursor = dialog.theirs.textCursor()
        assert view.contains(dialog.theirs.cursorRect(cursor).center())
    finally:
        manager.set_font_size(None)


def test_words_only_in_the_current_text_are_marked_where_they_would_stand_in_the_other(
        qtbot: QtBot, manager: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    """Words added in the current text have no counterpart in the other version: there the words on
    either side of where they would stand are framed, the cursor between them."""
    added = "\n".join(line.replace("المرأة", "المرأة والشباب") if n == CHANGED else line
                      for n, line in enumerate(LINES, 1))
    conflict = ConflictView(**{**CONFLICT.__dict__, "value_a": OTHER, "value_b": added, "current": added})
    monkeypatch.setattr(room, "CONFLICT", conflict)  # open_dialog's dialog for this conflict
    try:
        dialog = open_dialog(qtbot, manager, monkeypatch, "ar", 20.0)
        dialog.grab().save(str(look_folder() / "added-ar-20.png"))
        theirs = dialog.theirs
        before = passage_start(theirs, "المرأة في", CHANGED)  # the added words' place is between the two
        cursor = theirs.textCursor()
        assert not cursor.hasSelection()
        assert before + len("المرأة") <= cursor.position() <= before + len("المرأة "), (cursor.position(), before)
        assert framed(theirs, before, before + len("المرأة في"))
        assert theirs.viewport().rect().contains(theirs.cursorRect(cursor).center())
    finally:
        manager.set_font_size(None)

