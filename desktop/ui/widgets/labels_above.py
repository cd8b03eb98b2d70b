"""A form's labels above their fields where the column is narrow, beside them where there is room.

``QFormLayout``'s WrapLongRows moves a label above its field only in the rows too wide for both, so a
narrow column mixed the two: at 20 points on a 1366x768 laptop at 150 % the Codebook's English name
stood under its label across the column while the Arabic and Kurdish names stood beside theirs in
fields half as wide, the Kurdish name cut at its start. Here every label goes above its field, or none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QWidget

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
        self.place()

    def _parts(self, role: QFormLayout.ItemRole) -> list[QWidget]:
        items = (self.form.itemAt(row, role) for row in range(self.form.rowCount()))
        return [w for item in items if item is not None and (w := item.widget()) is not None and not w.isHidden()]

    def place(self) -> None:
        labels, fields = self._parts(QFormLayout.ItemRole.LabelRole), self._parts(QFormLayout.ItemRole.FieldRole)
        if not labels:
            return
        widest = max(label.sizeHint().width() for label in labels)
        beside = widest + max((_least(f) for f in fields), default=0) + max(self.form.horizontalSpacing(), 0)
        above = self.column.width() < max(widest / self.share, beside)
        policy = _ABOVE if above else _BESIDE
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # LayoutRequest: a label's words changed (another language) or a field's least width.
        if watched is self.column and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange,
                                                         QEvent.Type.LayoutRequest):
            self.place()
        return False
