"""The coding window's column (the codebook, the codes at the cursor, the jumps, the memo and the buttons
under it) on a 1366x768 laptop at the usual text size.

At 100 % display scaling the window opens 1100 × 688 (fit_resize: 1100 × 750 within the 688 pixels under
the task bar and the title bar). Its column is 666 pixels tall and all it holds needs 472 to 523 of them
at their least, yet it scrolled 106 to 163 pixels: the memo (in Arabic and Kurdish), Save memo, Remove
coding and Undo coding stood out of sight below. A resizable scroll area made the column as tall as its
parts' preferred heights (the codebook's 288 among them), not as tall as the room. Where the room holds
the column at its least the column now fills it and does not scroll; where it does not (150 % display
scaling: 895 × 424), it is laid out as before, Apply code… and the whole codebook in sight at its top.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import codebook
from desktop.ui.coding.workspace import CodingWorkspace
from desktop.ui.context import AppContext
from tests.coding_window_helpers import basra_focus_group, coder_context_fixture, shown_window
from tests.i18n.test_i18n_screens import settle

ctx = coder_context_fixture()

AT_100 = (1100, 688)  # a 1366x768 laptop at 100 %, the window as it opens
AT_150 = (895, 424)  # the same laptop at 150 %: the window as large as the screen leaves it
CODES = 12


def _window(ctx: AppContext, qtbot: QtBot, size: tuple[int, int]) -> tuple[CodingWorkspace, QScrollArea]:
    with ctx.store.transaction() as s:
        session_id, _ = basra_focus_group(s)
        for n in range(CODES):
            codebook.create_code(s, name_ar=f"الماء {n}", name_ckb=f"ئاو {n}", name_en=f"Water {n}")
    ws = shown_window(ctx, qtbot, session_id, size)
    settle()
    column = ws.findChild(QScrollArea, "coding_side_column")
    assert column is not None
    return ws, column


def _in_sight(column: QScrollArea, widget: QWidget) -> bool:
    viewport = column.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return widget.isVisible() and top >= 0 and top + widget.height() <= viewport.height()


def _codes_in_sight(ws: CodingWorkspace) -> int:
    model = ws.tree.model()
    assert model is not None
    rows = [model.index(n, 0) for n in range(model.rowCount())]
    return sum(1 for index in rows if 0 <= ws.tree.visualRect(index).bottom() < ws.tree.viewport().height())


def test_at_100_percent_the_whole_column_is_in_sight(ctx: AppContext, qtbot: QtBot) -> None:
    ws, column = _window(ctx, qtbot, AT_100)
    assert column.verticalScrollBar().maximum() == 0, column.verticalScrollBar().maximum()  # before: 106-163
    parts = [ws.pick_btn, ws.vivo_btn, ws.tree, ws.here_label, ws.here, ws.prev_btn, ws.next_btn,
             ws.memo_label, ws.memo, ws.memo_btn, ws.remove_btn, ws.undo_btn]
    hidden = [part.text() if hasattr(part, "text") else part.objectName() or type(part).__name__
              for part in parts if not _in_sight(column, part)]
    assert not hidden, hidden  # before: Save memo, Remove coding, Undo coding (and the memo in ar, ckb)
    # The codebook keeps the most of the room: the codes at the cursor (a few lines, four at most) and the
    # memo give theirs first (with six lines for the codes at the cursor, six codes showed in Kurdish).
    assert ws.tree.height() >= ws.tree.minimumHeight()
    assert ws.tree.height() >= ws.here.height() and ws.tree.height() >= ws.memo.height()
    assert _codes_in_sight(ws) >= 7, _codes_in_sight(ws)


def test_at_150_percent_apply_and_the_codebook_are_in_sight_at_the_top(ctx: AppContext, qtbot: QtBot) -> None:
    ws, column = _window(ctx, qtbot, AT_150)
    assert column.verticalScrollBar().value() == 0
    for part in (ws.pick_btn, ws.vivo_btn, ws.tree):
        assert _in_sight(column, part), part.objectName()
    assert _codes_in_sight(ws) >= CODES - 1, _codes_in_sight(ws)  # as before: 11 of the 12 (25-pixel rows), or all
