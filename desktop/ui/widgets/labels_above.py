"""A form's labels above their fields where the column is narrow, beside them where there is room.

``QFormLayout``'s WrapLongRows moves a label above its field only in the rows too wide for both, so a
narrow column mixed the two: at 20 points on a 1366x768 laptop at 150 % the Codebook's English name
stood under its label across the column while the Arabic and Kurdish names stood beside theirs in
fields half as wide, the Kurdish name cut at its start. Here every label goes above its field, or none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QScrollArea, QWidget

_ABOVE, _BESIDE = QFormLayout.RowWrapPolicy.WrapAllRows, QFormLayout.RowWrapPolicy.DontWrapRows


def _least(widget: QWidget) -> int:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize()).width()


class LabelsAbove(QObject):
    """Keeps ``form`` (laid out in ``column``) with its labels above its fields while the widest label
    would take more than ``share`` of the column's width, or the labels and fields do not fit beside."""

    def __init__(self, form: QFormLayout, column: QWidget, *, share: float = 1 / 3) -> None:
        super().__init__(column)
        self.form, self.column, self.share = form, column, share
        column.installEventFilter(self)
        self._frame: QScrollArea | None = None  # found once the column is in one (a page is put in its frame later)
        self.place()

    def _scroll_area(self) -> QScrollArea | None:
        parent = self.column.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def room(self) -> int:
        """The column's width, or less where a scroll area around it is narrower than its part: labels
        beside their fields held the Settings page 3 pixels wider than its frame (616 in 613), and the
        column, as wide as the page, never became narrow enough for them to go above."""
        room = self.column.width()
        frame = self._scroll_area()
        if frame is not self._frame and frame is not None:
            self._frame = frame
            frame.viewport().installEventFilter(self)
        part = frame.widget() if frame is not None else None
        if frame is not None and part is not None and part.isAncestorOf(self.column):
            room = min(room, frame.viewport().width() - (part.width() - self.column.width()))
        return room

    def _parts(self, role: QFormLayout.ItemRole) -> list[QWidget]:
        items = (self.form.itemAt(row, role) for row in range(self.form.rowCount()))
        return [w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()]

    def place(self) -> None:
        labels, fields = self._parts(QFormLayout.ItemRole.LabelRole), self._parts(QFormLayout.ItemRole.FieldRole)
        if not labels:
            return
        widest = max(label.sizeHint().width() for label in labels)
        # With the form's and the column's own margins: without them the Settings page's data box, its
        # labels beside a path, was a few pixels wider than the room said to fit them.
        margins = self.form.contentsMargins()
        inner = self.column.contentsMargins()
        around = margins.left() + margins.right() + inner.left() + inner.right()
        beside = widest + max((_least(f) for f in fields), default=0) + max(self.form.horizontalSpacing(), 0) + around
        above = self.room() < max(widest / self.share, beside)
        policy = _ABOVE if above else _BESIDE
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # LayoutRequest: a label's words changed (another language) or a field's least width.
        # The scroll area's viewport resized: the room for the column may have changed too.
        ours = event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.LayoutRequest)
        if (watched is self.column and ours) or (event.type() == QEvent.Type.Resize and self._frame is not None
                                                 and watched is self._frame.viewport()):
            self.place()
        return False
