"""A search or filter box never narrower than the hint it shows while empty.

QLineEdit cuts its placeholder with an ellipsis where the box is narrower than the words: at 20 points
on a 1366x768 laptop at 150 % the Sessions page's "Search title or venue" showed 140 of its 269 pixels
in Kurdish ("گەڕان لە ناونیش…"), the Consent register's "Filter by pseudonym" 168 of 268 in Arabic, and
what the box searches was the part cut off. The box's least width is now its hint's width in its font,
with the frame, margins and clear button around it, measured again when the hint (a switch of language)
or the text size changes; the rows these boxes stand in put their parts one above the other where
that leaves too little room side by side (``StackingRow``). Never more than WINDOW_SHARE of the window's
width, though: at 24 points in English the Participants page's "Pseudonym, occupation or district" beside
its label asked 674 pixels in a frame of 568 and the whole page scrolled sideways. A hint cut there is
whole in the box's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton, QWidget

LINE_MARGIN = 2  # QLineEditPrivate::horizontalMargin: each side of the text, inside the contents rect
REMEASURED = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange, QEvent.Type.Polish,
              QEvent.Type.ParentChange)
WINDOW_SHARE = 0.45  # of the window's width at most: with a label and another field beside it, no wider than the page


def text_room(edit: QLineEdit) -> int:
    """The width QLineEdit paints its text and placeholder in (QLineEdit::paintEvent's line rect)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = rect.width() - margins.left() - margins.right() - 2 * LINE_MARGIN
    # The clear button: its room is kept whether it shows or not.
    icon = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit)
    for button in edit.findChildren(QToolButton):
        room -= button.width() + icon // 4
    return room


class WholeHint(QObject):
    """Keeps ``edit``'s minimum width at its placeholder's width and what stands around it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._pending = False
        self._tip = ""  # the tooltip this put there (the hint, where the box cuts it)
        self._window: QWidget | None = None  # watched for its width
        edit.installEventFilter(self)

    def set_hint(self, hint: str) -> None:
        self._edit.setPlaceholderText(hint)
        self.apply()

    def apply(self) -> None:
        self._pending = False
        edit = self._edit
        window = edit.window()
        if window is not self._window and window is not edit:
            if self._window is not None:
                self._window.removeEventFilter(self)
            self._window = window
            window.installEventFilter(self)
        hint = edit.placeholderText()
        need = QFontMetrics(edit.font()).horizontalAdvance(hint)
        around = edit.width() - text_room(edit)  # frame, margins, clear button: alike at any width
        width = need + around + 1
        most = int(window.width() * WINDOW_SHARE) if window is not edit else width
        cut = width > most
        width = min(width, most)
        if edit.minimumWidth() != width:
            edit.setMinimumWidth(width)
        if cut or edit.toolTip() == self._tip:
            self._tip = hint if cut else ""
            edit.setToolTip(self._tip)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        watched_type = event.type()
        remeasure = (watched is self._edit and watched_type in REMEASURED) or (
            watched is self._window and watched_type == QEvent.Type.Resize)
        if remeasure and not self._pending:
            # After the event: the new font is in place, the page's retranslate has run.
            self._pending = True
            QTimer.singleShot(0, self, self.apply)
        return False


def keep_hint_whole(edit: QLineEdit) -> WholeHint:
    """``edit`` never narrower than its placeholder's words (see ``WholeHint``); set the hint with
    ``whole.set_hint(self.tr("..."))`` so that the width follows it at once."""
    return WholeHint(edit)
