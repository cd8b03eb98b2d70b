"""The coding window's find bar: Ctrl+F finds words in the session's text.

Typed words are found as every search of the app finds them (folded: harakat, tatweel, hamza on
alef, Arabic-Indic digits, Sorani letters typed on an Arabic keyboard), 150 ms after typing stops.
Enter or F3 goes to the next match, Shift+Enter or Shift+F3 to the previous one, round at either
end; "3 of 17" says where. The match gone to is the text's selection, scrolled into view: Ctrl+K or
Ctrl+I codes it as any selection. Esc closes the bar and gives the text the keyboard again, the match
still selected. The other matches near it are underlined (extra selections after the codings'
highlights, which stay as they are).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QVBoxLayout

from desktop.core.text_find import fold_query
from desktop.ui.coding.find_index import FindIndex, Match, first_from, step_from
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.search_letters import say_if_only_marks

if TYPE_CHECKING:
    from desktop.ui.coding.workspace import CodingWorkspace

TYPING_PAUSE_MS = 150  # the search runs once typing stops this long
NEAR = 200  # at most this many matches underlined on each side of the current one
SEED_MAX = 100  # Ctrl+F looks for the selected words when they are no longer than this


def _formats() -> tuple[QTextCharFormat, QTextCharFormat]:
    other = QTextCharFormat()
    other.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    other.setUnderlineColor(QColor("#d35400"))
    other.setBackground(QColor(255, 170, 0, 45))
    current = QTextCharFormat(other)
    current.setBackground(QColor(255, 140, 0, 150))
    return other, current


class FindBar(QFrame):
    def __init__(self, ws: CodingWorkspace) -> None:
        super().__init__(ws)
        self.setObjectName("coding_find_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.ws, self.view = ws, ws.view
        self.index = FindIndex()
        self.matches: list[Match] = []
        self.current: int | None = None
        self.searched: str | None = None  # the words the matches are of
        self.field = QLineEdit()
        self.field.setClearButtonEnabled(True)
        self.prev_btn, self.next_btn, self.close_btn = QToolButton(), QToolButton(), QToolButton()
        self.prev_btn.setText("▲")
        self.next_btn.setText("▼")
        self.close_btn.setText("✕")
        self.prev_btn.clicked.connect(lambda: self.step(forward=False))
        self.next_btn.clicked.connect(lambda: self.step(forward=True))
        self.close_btn.clicked.connect(self.close_bar)
        self.count = QLabel()
        self.marks_only = FieldError(self)  # the search needs letters: marks alone find nothing
        self.marks_only.describe(self.field)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        for w in (self.prev_btn, self.next_btn, self.count, self.close_btn):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.marks_only)
        self._other, self._current = _formats()
        self.typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self.typing.timeout.connect(self.search)
        self.field.textEdited.connect(lambda _: self.typing.start())
        self.folding = QTimer(self, interval=0)  # folds the texts a slice at a time (find_index.py)
        self.folding.timeout.connect(self._fold_some)
        # Scrolled by hand, the matches come into sight underlined (once the scrolling pauses).
        self.scrolled = QTimer(self, singleShot=True, interval=60)
        self.scrolled.timeout.connect(self.underline)
        self.view.verticalScrollBar().valueChanged.connect(lambda _: self.scrolled.start())
        self._waiting: bool | None = None  # a search waits for the folding: whether it selects a match
        for keys, slot in ((QKeySequence.StandardKey.Find, self.open_bar), (QKeySequence("F3"), self._f3),
                           (QKeySequence("Shift+F3"), lambda: self._f3(forward=False))):
            shortcut = QShortcut(QKeySequence(keys), ws)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in the text"))
        self.field.setAccessibleName(self.tr("Find in the text"))
        self.prev_btn.setToolTip(self.tr("Previous match (Shift+Enter, Shift+F3)"))
        self.prev_btn.setAccessibleName(self.tr("Previous match"))
        self.next_btn.setToolTip(self.tr("Next match (Enter, F3)"))
        self.next_btn.setAccessibleName(self.tr("Next match"))
        self.close_btn.setToolTip(self.tr("Close the find bar (Esc)"))
        self.close_btn.setAccessibleName(self.tr("Close the find bar"))
        # As wide as its longest words: the field did not grow and shrink as the count changed.
        widest = self.tr("%1 of %2").replace("%1", "8888").replace("%2", "8888"), self.tr("Not found")
        self.count.setMinimumWidth(max(self.count.fontMetrics().horizontalAdvance(w) for w in widest))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- opening and closing -------------------------------------------------------------------
    def open_bar(self) -> None:
        """Ctrl+F: the bar shows (or, shown, takes the keyboard again), its words selected to type over;
        words selected in the text (a name, a phrase to follow through the session) are looked for."""
        seed = self._selected_words()
        if seed and fold_query(seed) != fold_query(self.field.text()):
            self.field.setText(seed)
            self.searched = None
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        self._fold_from_now()
        if self.field.text() and self.searched is None:
            self.search()

    def _selected_words(self) -> str:
        """The text's selection when it is a few words on one line (not a passage to code)."""
        words = self.view.textCursor().selectedText().strip()
        one_line = "\u2029" not in words and "\n" not in words and "\ufffc" not in words
        return words if one_line and len(words) <= SEED_MAX else ""

    def close_bar(self) -> None:
        """Esc: the bar and its underlines go; the text has the keyboard, the match still selected."""
        self.typing.stop()
        self._waiting = None
        self.hide()
        self.searched, self.matches, self.current = None, [], None
        self.ws.highlights.set_found([])
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Shift+Enter, and Esc, from the field (which leaves them to the bar) or a button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(forward=not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        elif event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def _f3(self, forward: bool = True) -> None:
        if self.isHidden() or not self.field.text():
            self.open_bar()
        if self.field.text():
            self.step(forward=forward)

    # -- the texts folded, a slice at a time ------------------------------------------------------
    def _fold_from_now(self) -> None:
        self.index.follow(self.ws.blocks)
        if not self.index.ready():
            self.folding.start()

    def _fold_some(self) -> None:
        if self.index.fold_some():
            self.folding.stop()
            move, self._waiting = self._waiting, None
            if move is not None:
                self.search(move=move)

    def text_rebuilt(self) -> None:
        """The window built its text again (a turn edited, another language): the matches are found
        again where they now are, the reader's place and selection left as they were."""
        if self.isHidden() or self.searched is None:
            return
        self.searched = None
        self.search(move=False)

    # -- searching -----------------------------------------------------------------------------
    def search(self, *, move: bool = True) -> None:
        """The typed words looked for; with ``move``, the first match from the cursor on selected."""
        self.typing.stop()
        typed = self.field.text()
        query = fold_query(typed)
        if say_if_only_marks(self.marks_only, typed) or not query:
            self.searched, self.matches, self.current = typed, [], None
            say(self.count, "")
            self.ws.highlights.set_found([])
            return
        self._fold_from_now()
        if not self.index.ready():
            self._waiting = move  # _fold_some searches when the last text is folded
            return
        self.searched, self.matches = typed, self.index.matches(query)
        if not self.matches:
            self.current = None
            say(self.count, lambda: self.tr("Not found"))
            self.ws.highlights.set_found([])
            return
        self.current = first_from(self.matches, self.view.textCursor().selectionStart())
        self._show_current(move=move)

    def step(self, *, forward: bool) -> None:
        """Enter / F3 (``forward``) or Shift+Enter / Shift+F3: the words typed are searched first if
        they were not yet (the pause after typing not over)."""
        if self.searched != self.field.text() or self._waiting is not None:
            self._waiting = None
            self.index.follow(self.ws.blocks)
            while not self.index.fold_some():  # asked for now: the rest of the folding at once
                pass
            self.search()
            if forward or self.current is None:
                return
        if not self.matches:
            return
        cursor = self.view.textCursor()
        self.current = step_from(self.matches, (cursor.selectionStart(), cursor.selectionEnd()), self.current,
                                 forward=forward)
        self._show_current()

    def _show_current(self, *, move: bool = True) -> None:
        assert self.current is not None
        i, n = self.current, len(self.matches)
        if move:
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(self.matches[i][0])
            cursor.setPosition(self.matches[i][1], QTextCursor.MoveMode.KeepAnchor)
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()
        self.underline()
        number = self.ws.ctx.language.format_number
        say(self.count, lambda: self.tr("%1 of %2").replace("%1", number(i + 1)).replace("%2", number(n)))

    def underline(self) -> None:
        """The matches on screen underlined (and a page either side), the current one more strongly.
        Only those: Qt lays out every line an underline is on, and underlining all 300 matches of a
        word in a long transcript took 100-200 ms of the window's time after every key."""
        if self.current is None or self.isHidden():
            return
        view = self.view.viewport().rect()
        seen = [self.view.cursorForPosition(p).position() for p in (view.topLeft(), view.topRight(),
                                                                    view.bottomLeft(), view.bottomRight())]
        page = max(seen) - min(seen)
        lo = bisect.bisect_left(self.matches, (min(seen) - page, -1))
        hi = bisect.bisect_right(self.matches, (max(seen) + page, -1))
        near = range(max(lo, self.current - NEAR), min(hi, self.current + NEAR + 1))
        shown = []
        for j in sorted({*near, self.current}):
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.view.document())
            sel.cursor.setPosition(self.matches[j][0])
            sel.cursor.setPosition(self.matches[j][1], QTextCursor.MoveMode.KeepAnchor)
            sel.format = self._current if j == self.current else self._other
            shown.append(sel)
        self.ws.highlights.set_found(shown)
