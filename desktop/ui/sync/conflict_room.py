"""Room for the two versions of a conflict: most of the dialog's height, side by side or one above the
other, and the first passage that differs brought into view in both.

On a 1366x768 laptop at 150 % (910x512 logical pixels) with the text at 20 points, each version's box
showed a line or two: the explanation, the legend, the merge box and the buttons took the height, and the
lines that differed (the tenth of a roundtable's fifteen-line summary) were out of sight in both boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QTextCursor
from PySide6.QtWidgets import QBoxLayout, QScrollArea, QTextEdit, QWidget

from desktop.sync.conflict_context import DiffOp
from desktop.ui.widgets import stacking

# Side by side, each version's lines hold at least this many characters; narrower, they stand one above
# the other (lines of a dozen words cut an Arabic sentence into pieces hard to compare).
READABLE_CHARACTERS = 28
LEAST_LINES, LEAST_LINES_DOWN, WANTED_LINES = 5, 3, 8
LEAST_GAP = 4  # pixels kept below the boxes in the part in view
PASSAGE_MARK = QColor("#1a4f9c")  # the first difference's frame: dark blue, seen on white, green and red


def first_difference(runs: list[tuple[DiffOp, str]], side: str) -> tuple[int, int] | None:
    """(where, how many characters) the first passage that differs is in one side's text ("old": the
    equal and deleted runs, "new": the equal and inserted ones), or None where the texts are the same.
    Where that side has nothing there (words only the other has), the passage is empty at that place."""
    mine: DiffOp = "delete" if side == "old" else "insert"
    start = 0
    for n, (op, text) in enumerate(runs):
        if op == "equal":
            start += len(text)
            continue
        length = 0
        for later_op, later in runs[n:]:
            if later_op == "equal":
                break
            if later_op == mine:
                length += len(later)
        return start, length
    return None


class VersionBox(QTextEdit):
    """One version's text, its first differing passage framed (``passage``: where it begins and ends)."""

    passage: tuple[int, int] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.passage is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(PASSAGE_MARK, 2))
        inside = QRectF(self.viewport().rect()).adjusted(1, 0, -1, 0)  # a line's first word at the edge
        for rect in passage_rects(self, *self.passage):
            painter.drawRoundedRect(rect.adjusted(-2, 1, 2, -1).intersected(inside), 4, 4)
        painter.end()


def passage_rects(box: QTextEdit, begin: int, end: int) -> list[QRectF]:
    """Where the characters begin..end stand in ``box``'s viewport: one rectangle a line."""
    rects: list[QRectF] = []
    block = box.document().findBlock(begin)
    dy = -box.verticalScrollBar().value()  # lines wrap: nothing scrolls sideways
    while block.isValid() and block.position() <= end:
        layout, at = block.layout(), block.position()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            first, last = max(begin, at + line.textStart()), min(end, at + line.textStart() + line.textLength())
            if first >= last:
                continue
            xs = [x_of(line.cursorToX(first - at)), x_of(line.cursorToX(last - at))]
            origin = layout.position()
            rects.append(QRectF(origin.x() + min(xs), origin.y() + line.y() + dy, abs(xs[1] - xs[0]),
                                line.height()))
        block = block.next()
    return rects


def x_of(answer: object) -> float:
    """QTextLine.cursorToX's x: PySide answers (x, the position), typed as an object."""
    assert isinstance(answer, tuple)
    return float(answer[0])


def show_passage(box: VersionBox, passage: tuple[int, int] | None) -> None:
    """``passage`` framed in ``box``, the keyboard cursor at its start (the arrows and a
    screen reader start there), scrolled to about a third of the box's height (not its very edge). It was
    selected: the selection's blue hid the green and red of exactly the words to compare."""
    if passage is None:
        return
    last = box.document().characterCount() - 1
    start = min(passage[0], last)
    cursor = QTextCursor(box.document())
    cursor.setPosition(start)
    box.setTextCursor(cursor)
    # Words only the other version has: the words on either side of their place.
    begin, end = (start, min(start + passage[1], last)) if passage[1] else around(box.toPlainText(), start)
    box.passage = (begin, end)
    box.viewport().update()
    bar = box.verticalScrollBar()
    line = max(box.fontMetrics().lineSpacing(), 1)
    third = box.viewport().height() // 3 // line * line  # whole lines above it: none cut at the top
    bar.setValue(bar.value() + box.cursorRect(cursor).top() - third)


def around(text: str, place: int) -> tuple[int, int]:
    """Where the word before ``place`` begins and the word after it ends (spaces between them kept)."""
    begin = place
    while begin > 0 and text[begin - 1].isspace():
        begin -= 1
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    end = place
    while end < len(text) and text[end].isspace():
        end += 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return begin, end


def character_width(box: QTextEdit) -> float:
    """A character's mean width in ``box``'s own text (a font's average character width, made for Latin
    letters, is far from an Arabic text's)."""
    sample = " ".join(box.toPlainText()[:400].split()) or "x"
    return box.fontMetrics().horizontalAdvance(sample) / len(sample)


def turn_sides(row: QBoxLayout, sides: list[QWidget], boxes: list[QTextEdit], width: int) -> bool:
    """The versions side by side when ``width`` gives each line READABLE_CHARACTERS, one above the other
    otherwise. Whether the direction changed."""
    for side, box in zip(sides, boxes, strict=True):
        side.setMinimumWidth(int(READABLE_CHARACTERS * character_width(box)))
    across = stacking.stands_across(width, sides, row.spacing())
    direction = QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
    changed = row.direction() != direction
    row.setDirection(direction)
    return changed


def share_height(area: QScrollArea, row: QBoxLayout, boxes: list[QTextEdit]) -> None:
    """Each version's box WANTED_LINES lines tall at least where the part of ``area`` in view has room
    for that below the names and authors above it (shared by the two boxes where they stand one above the
    other), else as tall as that room, but never below LEAST_LINES (LEAST_LINES_DOWN one above the other):
    there the names above scroll out of view rather than leave each version a line or two. The legend and
    the edited text come after the boxes (scrolled to, or reached with Tab) where the screen has no room
    for all."""
    part = area.widget()
    if part is None:
        return
    tops = [box.mapTo(part, QPoint(0, 0)).y() for box in boxes]
    view = area.viewport().height() - LEAST_GAP
    across = row.direction() == QBoxLayout.Direction.LeftToRight
    if across:
        room = view - max(tops)
    else:  # the second box's name and author stand between the two
        first, second = boxes
        header = second.mapTo(part, QPoint(0, 0)).y() - first.mapTo(part, QPoint(0, first.height())).y()
        room = (view - min(tops) - header) // 2
    for box in boxes:
        line = box.fontMetrics().lineSpacing()
        frame = 2 * box.frameWidth() + int(box.document().documentMargin() * 2)
        least = min((LEAST_LINES if across else LEAST_LINES_DOWN) * line, view // (1 if across else 2) - line)
        box.setMinimumHeight(max(least, min(room - frame, WANTED_LINES * line)) + frame)


def boxes_in_view(area: QScrollArea, boxes: list[QTextEdit], marks: list[QWidget]) -> None:
    """``area`` scrolled as little as shows every one of ``boxes`` whole (their tops first where they
    cannot all be), and further to the top of the first line of ``marks`` (the words above the boxes)
    below what must scroll away: a line of them is hidden whole, not cut in half at the top. (``ensureWidgetVisible``
    left a box at a right-to-left dialog's side unscrolled.)"""
    part = area.widget()
    if part is None:
        return
    top = min(box.mapTo(part, QPoint(0, 0)).y() for box in boxes)
    bottom = max(box.mapTo(part, QPoint(0, box.height())).y() for box in boxes)
    bar = area.verticalScrollBar()
    view = area.viewport().height()
    if bottom > bar.value() + view:
        needed = bottom - view
        tops = sorted(y for y in line_tops(part, marks) if y >= needed)
        bar.setValue(min([*tops[:1], top]) if tops else needed)
    if top < bar.value():
        bar.setValue(top)


def line_tops(part: QWidget, marks: list[QWidget]) -> list[int]:
    """Where each line of the ``marks`` (labels of wrapped words, a line apart) begins in ``part``."""
    tops: list[int] = []
    for mark in marks:
        y, line = mark.mapTo(part, QPoint(0, 0)).y(), max(mark.fontMetrics().lineSpacing(), 1)
        tops.extend(y + n * line for n in range(max(mark.height() // line, 1)))
    return tops
