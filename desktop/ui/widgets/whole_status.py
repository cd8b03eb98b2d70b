"""A status-bar line too long for the room beside the bar's items, shown whole on more lines.

``QStatusBar`` draws a message on one line between its edge and its permanent items (here the laptop's
name, its team, the count of unsent changes) and cuts what does not fit. At 20 points on a laptop at
150 % an export refused said "The export failed: This folder cannot be written to" and lost the reason
and what to do; "Excel workbook written: <path>" lost its path. While such a line is shown, a word-wrapped
label takes the bar's whole width (the items hidden meanwhile) and as many lines as it needs; the bar's
own one-line drawing is left no room. The items come back with the next short line or when the line goes.
An item marked to stay (``KEEP``: a running export's progress and its Cancel) is not hidden: the line takes
the width beside it. ``currentMessage()`` is unchanged: every message still goes through ``showMessage``.
A path in the line breaks after its separators (``breakable_paths``), not where the line runs out in the
middle of a folder's name; the label's accessible name is the line as said.

A done line naming a deep path ("Excel workbook written: C:\\Users\\…\\majlis-export.xlsx") took two or
three lines at 20 points on the laptop screen and the page above gave them its height: where cutting its
paths' folders in their middle (``elided_paths``; each file's name kept whole) brings the line onto one
line, that is shown, and the whole line is the label's tooltip and accessible description. A line too
long even so (a refusal's reason and what to do) still goes on more lines: words are never cut.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizeGrip, QSizePolicy, QStatusBar, QWidget

from desktop.ui.widgets.save_files import breakable_paths, ordered_path

MARGIN = 24  # the bar's own margins around its message, and a little air
EDGE = 4  # what the bar keeps at its far edge, and a little air: a line too many is better than one cut
#: The property of an item that stays beside a long line ("An export is already running…" beside the
#: export's Cancel: hidden, the one way to do what the line says went with it).
KEEP = "whole_status_keep"
NAME = "status_line_whole"
ELLIPSIS = "\u2026"
_PATH = re.compile("\u2066([^\u2066\u2069]*[\\\\/][^\u2066\u2069]*)\u2069")  # shown_path's isolate, with folders


def elided_paths(text: str, metrics: QFontMetrics, width: int) -> str | None:
    """``text`` with the folders of its paths (``shown_path``'s isolates) cut in their middle, the longest
    path first, until it is at most ``width`` wide; each file's name and every word outside the paths kept
    whole, each path left to right. None where it has no path, or is too wide even with each path's
    folders down to one ellipsis."""
    found = list(_PATH.finditer(text))
    if not found:
        return None
    paths = [m.group(1).replace("\u200e", "") for m in found]  # ordered_path's marks: put back after the cut
    shown = list(paths)

    def whole() -> str:
        out, at = "", 0
        for m, path in zip(found, shown, strict=True):
            out += text[at:m.start()] + "\u2066" + ordered_path(path) + "\u2069"
            at = m.end()
        return out + text[at:]

    for n in sorted(range(len(paths)), key=lambda i: -metrics.horizontalAdvance(paths[i])):
        cut = max(paths[n].rfind("/"), paths[n].rfind("\\")) + 1
        folders, name = paths[n][:cut], paths[n][cut:]
        room = metrics.horizontalAdvance(folders)
        # A line measured whole is a few pixels off its pieces measured apart (shaping across them): cut
        # again by what is still over, a few times at most.
        for _ in range(4):
            over = metrics.horizontalAdvance(whole()) - width
            if over <= 0:
                break
            room -= over
            short = metrics.elidedText(folders, Qt.TextElideMode.ElideMiddle, max(0, room))
            if not short.endswith(folders[-1]):  # Qt gave nothing, or took the last separator too
                short = ELLIPSIS + folders[-1]  # (Qt's own is "…", or "..." where the font lacks it)
            shown[n] = short + name
    line = whole()
    return line if metrics.horizontalAdvance(line) <= width else None


def whole_tip(message: str) -> str:
    """The whole line as a tooltip that wraps (rich text: a plain one runs off the screen on one line)."""
    return f"<p>{html.escape(breakable_paths(message))}</p>"


class WholeStatusLine(QObject):
    """Follows ``bar``'s messages: one too long for the room beside the items goes on more lines."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self.bar = bar
        self.label = QLabel(bar)
        self.label.setObjectName(NAME)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.label.setContentsMargins(4, 0, 4, 0)
        bar.insertPermanentWidget(0, self.label, 1)
        self._put_away()
        self._hidden: list[QWidget] = []  # the items this hid, and only these, come back
        bar.messageChanged.connect(self._follow)
        bar.installEventFilter(self)

    def _items(self) -> list[QWidget]:
        return [w for w in self.bar.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if w is not self.label and not isinstance(w, QSizeGrip) and not w.isHidden()]

    def _room(self) -> int:
        """The width the bar leaves a one-line message beside its items."""
        items = self._items() if not self._hidden else [*self._items(), *self._hidden]
        return self.bar.width() - sum(w.sizeHint().width() for w in items) - MARGIN

    def _follow(self, message: str) -> None:
        if message and self.bar.fontMetrics().horizontalAdvance(message) > self._room():
            # A character's width of air: a line laid out whole is a pixel or two wider than its pieces measured.
            room = self._width() - self._margins() - self.label.fontMetrics().averageCharWidth()
            one = elided_paths(message, self.label.fontMetrics(), room)
            self.label.setWordWrap(one is None)
            self.label.setText(one if one is not None else breakable_paths(message))
            self.label.setAccessibleName(message)
            self.label.setAccessibleDescription(message)
            self.label.setToolTip(whole_tip(message) if one is not None else "")
            self._fit_height()  # before it is shown: unsized, a word-wrapped label asks a tall, narrow block
            if not self._hidden:
                self._hidden = [w for w in self._items() if not w.property(KEEP)]
                for w in self._hidden:
                    w.hide()
            self.label.show()
            return
        self._put_away()
        for w in self._hidden:
            w.show()
        self._hidden = []

    def _put_away(self) -> None:
        """Hidden, and no height: the bar takes its height from every item, shown or not."""
        self.label.hide()
        self.label.setFixedHeight(0)

    def _width(self) -> int:
        """The label's width beside the items that stay."""
        # Each item kept beside it is one more of the bar's gaps away, and the bar keeps a pixel or two at
        # its far edge: reckoned without them, a path beside an export's steps and Cancel took one line
        # more than its height gave it, and its last line was cut.
        layout = self.bar.layout()
        gap = layout.spacing() if layout is not None else 6
        kept = sum(w.sizeHint().width() + gap for w in self._items() if w.property(KEEP))
        return max(1, self.bar.width() - MARGIN - EDGE - kept)

    def _margins(self) -> int:
        """What the label keeps clear of text at its sides."""
        m = self.label.contentsMargins()
        return m.left() + m.right() + 2 * self.label.margin()

    def _fit_height(self) -> None:
        if not self.label.wordWrap():  # its paths cut to one line
            self.label.setFixedHeight(self.label.sizeHint().height())
            return
        width = self._width()
        # Fixed at its lines' height: a word-wrapped label's own size hints guess a narrow, tall block,
        # and the window grew to twice the screen's height to give it room.
        self.label.setFixedHeight(self.label.heightForWidth(width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self._follow(self.bar.currentMessage())  # wider: one line may do; narrower: more lines
        return False
