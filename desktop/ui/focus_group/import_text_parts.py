"""The parts of Import text… laid out for the window's height: the text (with the file's buttons above
it), and the preview (what the import will add: a summary line, the speaker labels, the turns, and
Import and Cancel under them).

On a 1366x768 laptop at 150 % the window is 895x424 logical pixels (tests/laptop_screen.py): with the
text, the summary, the labels and the turns one above the other, the labels' list showed about one row
and the turns' three. In a window (or on a screen) lower than ``SHORT`` the text stands beside the preview (on the
reading side: the right in Arabic and Kurdish), each part from the window's top to its bottom, else
above it. Splitter handles between the text and
the preview, and between the labels and the turns, give a part more room; a part dragged stays so until
the window turns from short to tall or back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLayout, QVBoxLayout, QWidget

from desktop.ui.widgets.screen_fit import room
from desktop.ui.widgets.splitter import Splitter

#: A window lower than this puts the text beside the preview.
SHORT = 560
#: The text's share and the preview's, text above (tall) or beside (short); the labels' and the turns'.
TALL_SHARES, SHORT_SHARES, PREVIEW_SHARES = (2, 5), (2, 3), (2, 3)


def _column(parent: QWidget, grows: QWidget, *parts: QWidget | QLayout) -> QWidget:
    """``parts`` one above the other, ``grows`` (one of them) taking the height they leave."""
    holder = QWidget(parent)
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part, 1 if part is grows else 0)
    return holder


class ImportParts(QObject):
    """``splitter`` (the text | the preview) and ``tables`` (the labels | the turns), in ``window``,
    turned and shared out as the window's height asks (``fit``)."""

    def __init__(self, window: QWidget, head: QLayout, text: QWidget, note: QWidget, summary: QWidget,
                 labels: QWidget, turns: QWidget, buttons: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.splitter = Splitter(Qt.Orientation.Vertical, window)
        self.splitter.setObjectName("import_parts")
        self.tables = Splitter(Qt.Orientation.Vertical)
        self.tables.setObjectName("import_tables")
        for splitter in (self.splitter, self.tables):
            splitter.setChildrenCollapsible(False)  # a part dragged to nothing is lost to the keyboard
            splitter.splitterMoved.connect(self._dragged)
        self.tables.addWidget(labels)
        self.tables.addWidget(turns)
        self.splitter.addWidget(_column(self.splitter, text, head, text, note))
        self.splitter.addWidget(_column(self.splitter, self.tables, summary, self.tables, buttons))
        self._short: bool | None = None  # as laid out last; None: not yet
        self._moved = False  # a handle dragged since then: the person's sizes hold
        self._soon = QTimer(self, singleShot=True, interval=0)  # after the splitters have spread their new size
        self._soon.timeout.connect(self.fit)
        window.installEventFilter(self)

    def _dragged(self, _pos: int, _index: int) -> None:
        self._moved = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._turn()
            self._soon.start()
        return False

    def _turn(self) -> None:
        # The screen too: a window first made for a short screen is short from the start (a tall one
        # could be no lower than its parts one above the other, taller than that screen at 24 points).
        short = min(self._window.height(), room(self._window).height()) < SHORT
        if short != self._short:
            self._short, self._moved = short, False
            self.splitter.setOrientation(Qt.Orientation.Horizontal if short else Qt.Orientation.Vertical)

    def fit(self) -> None:
        """The parts at their shares of the window, unless a handle was dragged."""
        self._turn()
        if self._moved:
            return
        for splitter, shares in ((self.splitter, SHORT_SHARES if self._short else TALL_SHARES),
                                 (self.tables, PREVIEW_SHARES)):
            total = sum(splitter.sizes())
            if total > 0:
                splitter.blockSignals(True)  # not a drag
                splitter.setSizes([total * share // sum(shares) for share in shares])
                splitter.blockSignals(False)
