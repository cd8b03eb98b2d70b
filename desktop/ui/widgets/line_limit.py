"""A one-line field kept to its limit with whole characters.

``QLineEdit.setMaxLength`` counts UTF-16 units and cuts a paste, a drop or an input method's text at
exactly that many: a letter was kept without its harakat, a ZWJ family was cut after a joiner, a flag
was halved (a lone regional indicator), an emoji could even be split between its surrogates. Here the
limit counts characters as the centre does (code points, ``field_text.too_long``) and a change that
would go past it is taken back by Qt (the validator calls it invalid: no signal, no undo step), then
what fits of it is put in at once, cut where a character ends (``text_cut``): one undo step, which
one Ctrl+Z takes back as it does a paste. A key typed into a full field is refused, as before.

The cut text is put in when control returns to the event loop (Qt is still inside the change when it
asks the validator), or before the field sees its next key, input method event, click or loss of
focus, or a table's delegate reads it, whichever comes first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, QTimer
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit

from desktop.core import text_cut
from desktop.core.offsets import Utf16Map, utf16_length

#: Events before which a change cut to the limit is put in (what the person does next).
_SETTLE_BEFORE = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.InputMethod, QEvent.Type.FocusOut,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.ContextMenu,
    QEvent.Type.Drop, QEvent.Type.Hide,
})


class LineLimit(QValidator):
    """Keeps ``edit`` to at most ``limit`` characters, each whole (see the module's words)."""

    def __init__(self, edit: QLineEdit, limit: int) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
        self._pending: tuple[str, int] | None = None  # the text refused, and the field's change count then
        self._changes = 0
        # Qt's own limit only keeps a monster paste from being held whole: a character is at most two
        # units, and a few more let the cut see the character after the limit.
        edit.setMaxLength(2 * limit + 8)
        edit.setValidator(self)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def _changed(self) -> None:
        self._changes += 1

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if len(text) <= self.limit:
            return (QValidator.State.Acceptable, text, pos)
        if not self.edit.isUndoAvailable():
            # setText (its undo history is gone already): the text is simply cut.
            kept = text_cut.cut(text, self.limit)
            return (QValidator.State.Acceptable, kept, min(pos, utf16_length(kept)))
        # A paste, a drop, an input method's text: Qt takes it back; what fits is put in after.
        if self._pending is None:
            QTimer.singleShot(0, self.settle)
        self._pending = (text, self._changes)
        return (QValidator.State.Invalid, text, pos)

    def fixup(self, text: str) -> str:
        return text_cut.cut(text, self.limit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._pending is not None and event.type() in _SETTLE_BEFORE:
            self.settle()
        return False

    def settle(self) -> None:
        """Put in what fits of the change just refused, cut where a character ends (if still due)."""
        pending, self._pending = self._pending, None
        if pending is None:
            return
        wanted, changes = pending
        if changes != self._changes:
            return  # the field was given another text meanwhile: that one stands
        before = self.edit.text()
        start, end = self._replaced(before, wanted)
        added_end = len(wanted) - (len(before) - end)
        keep = max(0, min(self.limit - (len(before) - (end - start)), added_end - start))
        while keep > 0 and not text_cut.is_boundary(wanted, start + keep):
            keep -= 1
        piece = wanted[start:start + keep]
        if not piece and start == end:
            return
        units = Utf16Map(before)
        first, last = units.to_utf16(start), units.to_utf16(end)
        self.edit.setSelection(first, last - first) if last > first else self.edit.setCursorPosition(first)
        self.edit.insert(piece)
        position = self.edit.cursorPosition()
        if position > 0:  # typing after it is an undo step of its own, as after a paste
            with QSignalBlocker(self.edit):
                self.edit.setCursorPosition(position - 1)
                self.edit.setCursorPosition(position)

    def _replaced(self, before: str, wanted: str) -> tuple[int, int]:
        """Where in ``before`` the refused change went in (code points): the selection or the cursor
        Qt put back, when ``wanted`` is ``before`` with that range replaced; otherwise what differs."""
        units = Utf16Map(before)
        if self.edit.hasSelectedText():
            first = self.edit.selectionStart()
            last = first + utf16_length(self.edit.selectedText())
        else:
            first = last = self.edit.cursorPosition()
        start, end = units.from_utf16(first), units.from_utf16(last)
        if wanted.startswith(before[:start]) and wanted.endswith(before[end:]) \
                and len(wanted) >= len(before) - (end - start):
            return start, end
        start = 0
        while start < min(len(before), len(wanted)) and before[start] == wanted[start]:
            start += 1
        tail = 0
        while tail < min(len(before), len(wanted)) - start and before[-1 - tail] == wanted[-1 - tail]:
            tail += 1
        return start, len(before) - tail


def limit_editor(edit: QLineEdit, limit: int) -> QLineEdit:
    """``edit`` takes at most ``limit`` characters, each whole."""
    LineLimit(edit, limit)
    return edit


def settle(edit: object) -> None:
    """Put in at once a change to ``edit`` still being cut to its limit (before reading its text)."""
    if isinstance(edit, QLineEdit):
        limit = edit.validator()
        if isinstance(limit, LineLimit):
            limit.settle()
