"""A list's items on as many lines as they need, every line drawn.

Qt's item views wrap an item's text (``wordWrap``) and make its row as tall as all its lines, but draw
it by a rule that takes each next line to be as tall as the one before. In Kurdish and Arabic a line
holding a hyphen is taller than the others (the hyphen comes from Noto Sans Arabic, whose lines are
taller than Noto Naskh Arabic's, the letters' font), so when the first line held one, the second "did
not fit": the first line was cut with "…" above an empty row. At 20 and 24 points the Sync page's
refusals read "erbil-newer.majlis: refused: this bundle was made by …", the reason and what to do lost
(a bundle's own name, majlis-…-e1-1-5.majlis, always holds hyphens). Here the style draws the row
without its text (background, selection, icon, focus), and the text is laid out and drawn line by line
in the room the style gives it; the row is as tall as those lines.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex
_WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText


class WholeLinesDelegate(QStyledItemDelegate):
    """The delegate of a wrapping list (see the module)."""

    def _style(self, option: QStyleOptionViewItem) -> QStyle:
        return option.widget.style() if option.widget is not None else QApplication.style()

    def _room(self, option: QStyleOptionViewItem) -> QRect:
        """Where the style puts the text of ``option`` (an item's, its rect set), less the text's margins."""
        style = self._style(option)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        return room.adjusted(margin, 0, -margin, 0)

    def _laid_out(self, option: QStyleOptionViewItem, width: int) -> tuple[QTextLayout, float]:
        """``option``'s text in lines ``width`` wide, in its direction and alignment; and their height."""
        layout = QTextLayout(option.text, option.font)
        horizontal = QStyle.visualAlignment(option.direction, option.displayAlignment) & Qt.AlignmentFlag.AlignHorizontal_Mask
        text_option = QTextOption(horizontal)
        text_option.setWrapMode(QTextOption.WrapMode.WordWrap)
        text_option.setTextDirection(option.direction)
        layout.setTextOption(text_option)
        height = 0.0
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text or not (opt.features & _WRAP) or option.rect.width() <= 0:
            return hint
        opt.rect = QRect(option.rect.topLeft(), QSize(option.rect.width(), max(1, hint.height())))
        room = self._room(opt)
        if room.width() <= 0:
            return hint
        _, height = self._laid_out(opt, room.width())
        return QSize(hint.width(), max(hint.height(), math.ceil(height) + hint.height() - room.height()))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if not opt.text or not (opt.features & _WRAP):
            super().paint(painter, option, index)
            return
        room = self._room(opt)
        layout, height = self._laid_out(opt, max(1, room.width()))
        style = self._style(opt)
        opt.text = ""  # the row, its selection, icon and focus, as the style draws them
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        group = QPalette.ColorGroup.Normal if opt.state & QStyle.StateFlag.State_Enabled else QPalette.ColorGroup.Disabled
        if group == QPalette.ColorGroup.Normal and not opt.state & QStyle.StateFlag.State_Active:
            group = QPalette.ColorGroup.Inactive
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(group, role))
        painter.setClipRect(opt.rect)
        top = room.top() + max(0.0, (room.height() - height) / 2)  # centred, as the style's one line is
        layout.draw(painter, QPointF(room.left(), top))
        painter.restore()
