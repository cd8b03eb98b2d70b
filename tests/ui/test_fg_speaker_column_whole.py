"""A speaker's pseudonym stands whole on one line in the transcript table.

The speaker column is sized from what it can hold (column_widths), measured as a cell's text; but a
table's grid line is drawn inside the section, so the widest pseudonym had one pixel too few and
wrapped at its hyphen in every row: "BSR-FG01-" over "P01", each turn two lines high (seen in
Kurdish). The column now counts the grid's pixel, as QTableView.sizeHintForColumn does.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.focus_group.turns_model import COLUMNS
from tests.ui.test_fg_merge_split_turns import _seated, _turns
from tests.ui.test_recording_fg_editor import close_editor, new_focus_group, open_editor


@pytest.mark.parametrize("lang", ["ckb", "ar", "en"])
def test_pseudonyms_are_not_wrapped_in_the_speaker_column(ctx: AppContext, qtbot: QtBot, lang: str) -> None:
    ctx.language.set_language(lang)
    sid = new_focus_group(ctx.store)
    seated = _seated(ctx, sid)
    _turns(ctx, sid, (None, "سڵاو", "0:01:00"), (seated[0], "ئێمە دەمانەوێت", "0:02:00"),
           (seated[1], "منیش", "0:03:05"))
    editor = open_editor(ctx, qtbot, sid)
    try:
        table = editor.transcript.view
        speaker = COLUMNS.index("speaker")
        assert table.horizontalHeader().sectionSize(speaker) >= table.sizeHintForColumn(speaker)
        heights = [table.rowHeight(row) for row in range(3)]
        assert max(heights) < 1.5 * min(heights), heights  # a wrapped pseudonym's row was twice as high
    finally:
        close_editor(editor)
