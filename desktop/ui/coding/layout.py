"""Where the coding window's parts sit: the text, its code bars beside it and the picker above
it, in the larger part; the codebook, the codes at the cursor, the jumps and the memo in a column
beside it. Only the arrangement: what the parts do is the workspace's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from desktop.ui.widgets.flow_row import FlowRow
from desktop.ui.widgets.scroll_frame import RoomyColumn, scrolled
from desktop.ui.widgets.splitter import Splitter

if TYPE_CHECKING:
    from desktop.ui.coding.workspace import CodingWorkspace


_SHARE = 1000  # any unit: setSizes keeps the proportion when the splitter gets its real width


def lay_out(ws: CodingWorkspace) -> None:
    text_row = QHBoxLayout()
    text_row.setSpacing(0)
    text_row.addWidget(ws.margin)
    text_row.addWidget(ws.view, 1)
    centre = QWidget()
    centre_layout = QVBoxLayout(centre)
    centre_layout.addWidget(ws.title_label)
    centre_layout.addWidget(ws.picker)
    centre_layout.addLayout(text_row, 1)
    centre_layout.addWidget(ws.find_bar)
    centre_layout.addWidget(ws.status)
    side = RoomyColumn()  # fills the room, unscrolled, where the room holds it at its least (below)
    side_layout = QVBoxLayout(side)
    # Button pairs go on to two lines when the column is narrow: side by side, at 24 points, they made
    # the column 550 pixels wide at least and left the transcript a third of a laptop's window.
    side_layout.addWidget(FlowRow([ws.pick_btn, ws.vivo_btn]))
    # The codebook (dragged from, all day) gets the room: the codes at the cursor are a few lines,
    # the memo a paragraph. Left to their size hints, the three shared the height and the tree
    # showed three codes of a codebook. Four lines at most: where the column fills its room unscrolled
    # (RoomyColumn, below), the room the codebook's wish leaves is shared out largest first, and with six
    # lines here the codebook showed five codes (Kurdish, a 1366x768 laptop at 100 %).
    line = ws.fontMetrics().lineSpacing()
    ws.here.setMaximumHeight(line * 4)
    # On a short screen the column scrolls (below) rather than squeeze the codebook to three codes.
    ws.tree.setMinimumHeight(line * 8)
    side_layout.addWidget(ws.tree, 3)
    side_layout.addWidget(ws.here_label)
    side_layout.addWidget(ws.here)
    side_layout.addWidget(FlowRow([ws.prev_btn, ws.next_btn]))
    for w, stretch in ((ws.move_btn, 0), (ws.memo_label, 0), (ws.memo, 1), (ws.memo_btn, 0),
                       (ws.remove_btn, 0), (ws.undo_btn, 0)):
        side_layout.addWidget(w, stretch)
    # The column scrolls when the window is shorter than all of it: its buttons, boxes and labels asked
    # for 505 logical pixels, and a 1366x768 laptop at 150 % has 464 under its task bar. Where the room
    # holds it at its least it does not scroll (at 100 %: Save memo, Remove and Undo coding were below).
    # Whatever takes the focus there is brought into view (the memo by its Alt letter), not only what Tab reached.
    column = scrolled(side, name="coding_side_column", column=True, follow_focus=True)
    splitter = Splitter()
    splitter.addWidget(centre)
    splitter.addWidget(column)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 1)
    # The text is what is read all day: it opens with three quarters of the width (scaled to the window as
    # it is shown, never below either side's smallest size), not what the size hints happen to ask.
    splitter.setSizes([3 * _SHARE, _SHARE])
    layout = QVBoxLayout(ws)
    layout.addWidget(splitter)
