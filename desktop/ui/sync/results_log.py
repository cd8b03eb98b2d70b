"""The Sync page's results: a log that follows the interface's language.

A coordinator switches to Arabic in the middle of an import day; the lines written before must not
stay in English. So a line is kept as how to say it (a function that translates its sentence and
puts in its facts: file names, numbers in the user's digits), not as the words it was first said in,
and is said again on every language or digit change.

A day's runs add up (a thousand lines after five sticks of two hundred bundles), and a list of wrapped
lines measures every row to lay itself out: that was done in the turn that said a run, so the window
stood still longer with every stick. The list is laid out a block of rows per turn of the event loop
(Qt's batched layout), and a line scrolled to is scrolled to once the rows above it are laid out.

Its lines are copied as they read, several at once (Ctrl+A then Ctrl+C, or the right-click menu's Copy
all): a coordinator sends the facilitators the lines of the files to send again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimerEvent
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QMenu, QWidget
from shiboken6 import isValid

# What a line is kept as: called again whenever the language or the digits change. The same kind of
# function as a single line on screen is said with (desktop/ui/widgets/live_words.py).
from desktop.ui.widgets.live_words import Words as Line
from desktop.ui.widgets.menu_room import keep_room

_SAY = Qt.ItemDataRole.UserRole + 1
# Rows measured in one turn of the event loop while the list lays itself out: about a millisecond or two
# of the window's time for a block of wrapped lines at 20 points.
LAYOUT_BLOCK = 100


class ResultsLog(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Said in the middle of the list while it is empty (the page sets it in its language): half a
        # facilitator's Sync page was an empty white box, nothing saying what would appear there.
        self.empty_text = ""
        # Several lines selected (Shift, Ctrl, Ctrl+A) are copied together: one at a time, the five
        # refused files of a stick took five trips to the mail.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BLOCK)
        # A line to scroll to whose row is not laid out yet, and how: scrolled to once it is.
        self._scroll_to: tuple[QListWidgetItem, QAbstractItemView.ScrollHint] | None = None

    def scrollToItem(self, item: QListWidgetItem,
                     hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        """``item`` brought into view now if its row is laid out, else once the layout gets to it (a later
        scroll asked for replaces it)."""
        self._scroll_to = (item, hint)
        self._scroll_when_laid_out()

    def _scroll_when_laid_out(self) -> None:
        if self._scroll_to is None:
            return
        item, hint = self._scroll_to
        if not isValid(item) or item.listWidget() is not self:  # cleared meanwhile
            self._scroll_to = None
        elif self.visualItemRect(item).isValid():  # laid out (asking lays out the next block, no more)
            self._scroll_to = None
            super().scrollToItem(item, hint)

    def timerEvent(self, event: QTimerEvent) -> None:
        super().timerEvent(event)  # the next block of rows laid out, among the list's other timers
        self._scroll_when_laid_out()

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().placeholderText().color()))
        painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
        painter.end()

    def say(self, line: Line) -> QListWidgetItem:
        """Add ``line`` at the end, said in the language now chosen."""
        item = QListWidgetItem(line())
        item.setData(_SAY, line)
        self.addItem(item)
        return item

    def restate(self, item: QListWidgetItem, line: Line) -> None:
        """``item`` said from now on as ``line`` (a held bundle's line once its device is decided)."""
        item.setData(_SAY, line)
        item.setText(line())

    def say_again(self, *_: object) -> None:
        """Every line again, in the language and digits chosen now."""
        for row in range(self.count()):
            item = self.item(row)
            line = item.data(_SAY)
            if callable(line):
                item.setText(line())

    def copy_lines(self, *, every: bool = False) -> None:
        """The selected lines (``every``: all of them), in the list's order, on the clipboard, one a line; a
        file name keeps its marks (pasted into a Kurdish or Arabic message, it stays where the line put it)."""
        rows = range(self.count()) if every else sorted(i.row() for i in self.selectionModel().selectedRows())
        if rows:
            QGuiApplication.clipboard().setText("\n".join(self.item(row).text() for row in rows))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):  # the list's own copies the current line alone
            self.copy_lines()
            event.accept()
            return
        super().keyPressEvent(event)

    def copy_menu(self) -> QMenu:
        """The right-click menu: Copy (the selected lines), Copy all."""
        menu = keep_room(QMenu(self))  # its words whole at 20 points
        copy = menu.addAction(self.tr("&Copy"), self.copy_lines)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(bool(self.selectionModel().selectedRows()))
        menu.addAction(self.tr("Copy &all"), lambda: self.copy_lines(every=True)).setEnabled(self.count() > 0)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.copy_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.say_again()
        super().changeEvent(event)
