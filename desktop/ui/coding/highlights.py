"""The coded segments painted on the workspace's text (extra selections) and named in its margin."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from desktop.ui.coding.margin import MarginBars
from desktop.ui.coding.text_view import SegmentView
from desktop.ui.models.code_tree import Row, swatch

HIGHLIGHT_ALPHA = 90
Span = tuple[int, int, QColor, str]  # what the margin draws: document positions, colour, code name


class Highlights:
    def __init__(self, view: QTextEdit, margin: MarginBars) -> None:
        self.view, self.margin = view, margin
        self._formats: dict[tuple[str, bool], QTextCharFormat] = {}
        self._selections: dict[str, QTextEdit.ExtraSelection] = {}
        self._spans: dict[str, Span] = {}
        self._found: list[QTextEdit.ExtraSelection] = []  # the find bar's matches, painted over the codings

    def set_found(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """The find bar's matches (none: ``[]``), beside the codings' highlights, which stay."""
        self._found = selections
        self._show()

    def _show(self) -> None:
        self.view.setExtraSelections([*self._selections.values(), *self._found])

    def paint_all(self, segments: Iterable[SegmentView], code_rows: Mapping[str, Row], lang: str) -> None:
        """All highlights again (after loading, or when codes were renamed or recoloured); codings
        coded or removed meanwhile use ``add`` and ``remove``: painting 2,000 highlights again took
        100-400 ms of a long transcript's every coding."""
        self._formats, self._selections, self._spans = {}, {}, {}
        spans = [self._highlight(seg, code_rows, lang) for seg in segments]
        self._show()
        self.margin.set_spans(spans)

    def add(self, segments: Iterable[SegmentView], code_rows: Mapping[str, Row], lang: str) -> None:
        for seg in segments:
            self.margin.add_span(self._highlight(seg, code_rows, lang))
        self._show()

    def remove(self, segment_ids: Iterable[str]) -> None:
        for seg_id in segment_ids:
            self._selections.pop(seg_id, None)
            span = self._spans.pop(seg_id, None)
            if span is not None:
                self.margin.remove_span(span)
        self._show()

    def _highlight(self, seg: SegmentView, code_rows: Mapping[str, Row], lang: str) -> Span:
        row = code_rows.get(seg.code_id)
        colour = swatch(row.colour if row else "")
        key = (seg.code_id, seg.needs_review)
        if key not in self._formats:  # one format per code: fewer Qt calls with thousands of segments
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(colour.red(), colour.green(), colour.blue(), HIGHLIGHT_ALPHA))
            if seg.needs_review:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(QColor("#b00020"))
            self._formats[key] = fmt
        start, end = seg.block.to_doc(seg.start), seg.block.to_doc(seg.end)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        sel = QTextEdit.ExtraSelection()
        sel.cursor = cursor
        sel.format = self._formats[key]
        self._selections[seg.id] = sel
        self._spans[seg.id] = (start, end, colour, row.name(lang) if row else "?")
        return self._spans[seg.id]


def changed(old: Iterable[SegmentView], new: Iterable[SegmentView]) -> tuple[list[str], list[SegmentView]]:
    """(ids whose highlight goes, codings whose highlight comes) between two readings of the codings:
    one moved, recoded or flagged is both."""
    def painted(v: SegmentView) -> tuple[object, ...]:
        return v.code_id, v.block.doc.id, v.start, v.end, v.needs_review

    before, after = {v.id: v for v in old}, list(new)
    came = [v for v in after if v.id not in before or painted(before[v.id]) != painted(v)]
    fresh = {v.id for v in after}
    return [i for i in before if i not in fresh] + [v.id for v in came if v.id in before], came
