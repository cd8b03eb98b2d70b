"""A radio button or a check box whose words go on to more lines where its room is narrower than they are.

A ``QRadioButton`` or ``QCheckBox`` keeps its words on one line: the first start's "Open the demo (a
throwaway database with sample sessions)" asked 941 logical pixels at 24 points in English, and the
wizard opened 977 wide on a 1366x768 laptop at 150 % (910), Cancel past the screen's edge. These are as
narrow as their longest word beside their mark, and as tall as their lines at the width they are given
(height for width); with room they look as Qt's. Their words stay their text: the Alt key of the
underlined letter, the screen reader's name and the tests read them as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QWidget,
)

# What the shared methods may call: QCheckBox's, which the radio button shares (sizeHint,
# initStyleOption with a QStyleOptionButton, paintEvent); at run time the class is plain.
if TYPE_CHECKING:
    _Button = QCheckBox
else:
    _Button = object

FLAGS = Qt.TextFlag.TextWordWrap.value | Qt.TextFlag.TextShowMnemonic.value


def _wrapping(button: QAbstractButton) -> None:
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)


def _beside(button: QAbstractButton, one_line: QSize) -> int:
    """The room the mark and the gap after it take, as Qt sizes the button on one line."""
    return max(0, one_line.width() - button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, button.text()).width())


def _smallest(button: QAbstractButton, one_line: QSize) -> QSize:
    # One line's height: the lines a width needs are its height for that width. The height at the
    # narrowest width made a column's smallest height (a scroll area's) four times the page's.
    widest = max((button.fontMetrics().horizontalAdvance(word.replace("&", "")) for word in button.text().split()),
                 default=0)
    return QSize(widest + _beside(button, one_line), one_line.height())


def _height(button: QAbstractButton, one_line: QSize, width: int) -> int:
    if width >= one_line.width():  # on one line, as Qt sizes it
        return one_line.height()
    metrics = button.fontMetrics()
    words = metrics.boundingRect(QRect(0, 0, max(1, width - _beside(button, one_line)), 100_000), FLAGS, button.text())
    return max(one_line.height(), words.height() + one_line.height() - metrics.height())


def _paint(button: QAbstractButton, option: QStyleOptionButton, control: QStyle.ControlElement, one_line: QSize) -> None:
    painter = QStylePainter(button)
    words = option.text
    option.text = ""  # the mark beside the first line; the words wrapped beside it
    option.rect = QRect(0, 0, button.width(), one_line.height())
    painter.drawControl(control, option)
    beside, top = _beside(button, one_line), max(0, (one_line.height() - button.fontMetrics().height()) // 2)
    inner = (QRect(beside, top, button.width() - beside, button.height() - top)
             if button.layoutDirection() == Qt.LayoutDirection.LeftToRight
             else QRect(0, top, button.width() - beside, button.height() - top))
    align = QStyle.visualAlignment(button.layoutDirection(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    painter.drawItemText(inner, FLAGS | align.value, button.palette(), button.isEnabled(), words, button.foregroundRole())


class _WrapsWords(_Button):
    """What the two share: a plain Python class first in the bases, so Qt's calls of these virtual
    methods reach it and its ``super()`` reaches the Qt button after it."""

    _CONTROL: QStyle.ControlElement

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _wrapping(self)

    def minimumSizeHint(self) -> QSize:
        return _smallest(self, super().sizeHint())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return _height(self, super().sizeHint(), width)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # its words on every line, not the first line's only

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.width() >= super().sizeHint().width():  # its words on one line: as Qt draws it
            super().paintEvent(event)
            return
        option = QStyleOptionButton()
        self.initStyleOption(option)
        _paint(self, option, self._CONTROL, super().sizeHint())


class WrappedRadio(_WrapsWords, QRadioButton):
    _CONTROL = QStyle.ControlElement.CE_RadioButton


class WrappedCheckBox(_WrapsWords, QCheckBox):
    _CONTROL = QStyle.ControlElement.CE_CheckBox
