"""What a person may type into a field: never more than the centre accepts from a bundle.

The centre checks every incoming value against its column (``desktop/sync/values.py``): a
``String(n)`` holds at most ``n`` characters, a ``Text`` at most ``TEXT_LIMIT``, a participant's
attribute value at most ``JSON_TEXT_MAX``. A laptop that saved more would have its whole bundle
refused, for ever. So every input takes its limit from the model's column here, never from a number
typed by hand: a one-line box is kept to the characters the centre counts, cut where a character
ends (``line_limit``), a long text stops growing at the limit and says so.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QStyleOptionViewItem,
    QTextEdit,
    QToolTip,
    QWidget,
)

from desktop.core import text_cut
from desktop.core.field_text import TEXT_LIMIT, limit_of
from desktop.core.offsets import Utf16Map
from desktop.sync.values import ATTRIBUTE_KEY_MAX, JSON_ENTRIES_MAX, JSON_TEXT_MAX
from desktop.ui.widgets.cell_delegate import CellDelegate
from desktop.ui.widgets.line_limit import limit_editor


def attributes_fit(attributes: dict[str, Any]) -> bool:
    """Whether a participant's attributes ("displaced: yes; tribe: x") are what the centre accepts:
    at most JSON_ENTRIES_MAX of them, names of at most ATTRIBUTE_KEY_MAX characters, values of at most
    JSON_TEXT_MAX (values.py, ``participant.attributes``)."""
    if len(attributes) > JSON_ENTRIES_MAX:
        return False
    return all(len(k) <= ATTRIBUTE_KEY_MAX and (not isinstance(v, str) or len(v) <= JSON_TEXT_MAX)
               for k, v in attributes.items())


def column_limit(model: Any, column: str) -> int:
    """The most characters the centre accepts in ``model.column`` (a synced ORM class)."""
    return limit_of(model.__table__.columns[column].type) or TEXT_LIMIT


def limit_line(edit: QLineEdit, model: Any, column: str) -> QLineEdit:
    """``edit`` takes at most what ``model.column`` may hold (typing stops, a paste is cut where a
    character ends)."""
    return limit_editor(edit, column_limit(model, column))


class LongTextLimit(QObject):
    """Keeps a long text within ``limit`` characters while it is typed or pasted.

    A key that would add a character to a full text is refused. What a paste, a drop or an input
    method brought past the limit is taken back out of that change, in the same undo step (one
    Ctrl+Z undoes the paste as it was kept), once the change is complete: an undo or redo replays
    its steps one by one and must not be cut halfway. Either way ``cut`` carries a short translated
    sentence; unless ``show`` is given it appears as a tooltip at the field. Counting uses the
    document's UTF-16 length first (never less than the characters), so a keystroke costs nothing.
    """

    cut = Signal(str)

    def __init__(self, edit: QTextEdit | QPlainTextEdit, limit: int = TEXT_LIMIT,
                 show: Callable[[str], None] | None = None) -> None:
        super().__init__(edit)
        self.edit, self.limit = edit, limit
        self.message = ""
        self._change = (0, 0)
        self._pending = False
        self._show = show or self._tooltip
        edit.document().contentsChange.connect(self._remember)
        edit.textChanged.connect(self._later)
        edit.installEventFilter(self)

    def _units(self) -> int:
        return self.edit.document().characterCount() - 1  # without the closing paragraph separator

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and self._units() >= self.limit:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if text and text.isprintable() and not self.edit.textCursor().hasSelection() \
                    and not self.edit.isReadOnly():
                self._said()
                return True
        return False

    def _remember(self, position: int, _removed: int, added: int) -> None:
        self._change = (position, added)

    def _later(self) -> None:
        if not self._pending and self._units() > self.limit:
            self._pending = True
            QTimer.singleShot(0, self._trim)

    def trim_now(self) -> None:
        """Cut at once what is past the limit (before saving, say)."""
        self._trim()

    def _trim(self) -> None:
        self._pending = False
        units = self._units()
        if units <= self.limit or len(self.edit.toPlainText()) <= self.limit:
            return  # characters outside the BMP count twice in UTF-16, once for the centre
        position, added = self._change
        end = min(position + added, units)
        start = max(position, end - (units - self.limit), 0)
        floor = position
        if end <= start:  # what is too much was not just added (an old text): the end goes
            start, end, floor = self.limit, units, 0
        # Back to where a character begins: never a letter kept without its harakat, an emoji without
        # its skin tone, half a ZWJ family or a flag (what was added stays apart from the text before).
        start = max(self._character_start(start), floor)
        cursor = QTextCursor(self.edit.document())
        cursor.joinPreviousEditBlock()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.endEditBlock()
        self._said()

    def _character_start(self, position: int) -> int:
        """The UTF-16 position where the character (grapheme cluster) holding ``position`` begins."""
        text = self.edit.toPlainText()  # one character per document position, as the cursor counts
        units = Utf16Map(text)
        index = units.from_utf16(position)
        while not text_cut.is_boundary(text, index):
            index -= 1
        return units.to_utf16(index)

    def _said(self) -> None:
        self.message = self.tr("This text is at its longest: what went past the end was not added.")
        self.cut.emit(self.message)
        self._show(self.message)

    def _tooltip(self, message: str) -> None:
        if self.edit.isVisible():
            QToolTip.showText(self.edit.mapToGlobal(self.edit.rect().bottomLeft()), message, self.edit)


def limit_long_text(edit: QTextEdit | QPlainTextEdit, limit: int = TEXT_LIMIT,
                    show: Callable[[str], None] | None = None) -> LongTextLimit:
    return LongTextLimit(edit, limit, show)


class LimitedLineDelegate(CellDelegate):
    """A table cell edited in one line of at most ``limit`` characters (a column's limit)."""

    def __init__(self, limit: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.limit = limit

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            limit_editor(editor, self.limit)
        return editor
