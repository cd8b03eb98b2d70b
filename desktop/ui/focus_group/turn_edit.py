"""The text box of the current turn, with the facilitator's keyboard commands.

A ``QTextEdit`` (not ``QPlainTextEdit``): it aligns each right-to-left paragraph to the right. In an
Arabic or Kurdish session a turn holding an Arabic-script letter reads right to left even when it
begins with a Latin word (turn_direction); an empty turn's caret starts on the session's side.
The commands are taken in ``keyPressEvent`` and claimed in ``ShortcutOverride``, so the main
window's own Ctrl+1..8 (page navigation) never fires while the facilitator is typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.core.sanitise import readable, readable_in_place
from desktop.ui.focus_group.turn_direction import turn_direction
from desktop.ui.widgets.text_limits import LongTextLimit

_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
_RETURN = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PAGE_BREAKS = {0x0B: " ", 0x0C: " "}  # Word's manual line break (Shift+Enter), a page break: a space, as the save makes them


def in_box(text: str) -> str:
    """A stored turn's ``text`` as the text box shows it: control characters (a NEL, a C1 left by a wrong
    encoding) never drawn as boxes, each kept one character wide (a NEL a line break, the others a
    zero-width space) so that an edit leaves every coded segment's offsets where they were."""
    return readable_in_place(text).replace("\u2028", "\n")


def pasted(text: str) -> str:
    """Pasted ``text`` as the box takes it: what it shows is what is saved (no control character drawn as
    a box and stored as such); a NEL a line break, the other controls left out (sanitise.readable)."""
    return readable(text.translate(_PAGE_BREAKS))


class TurnTextEdit(QTextEdit):
    speakerRequested = Signal(int)  # seat 1..9, or 0 for the facilitator
    newTurnRequested = Signal()  # Ctrl+Enter
    stampRequested = Signal()  # Ctrl+T
    moveRequested = Signal(int)  # Alt+Up: -1, Alt+Down: +1
    deleteRequested = Signal()  # Ctrl+Shift+Delete (Delete alone deletes a letter)
    mergeRequested = Signal()  # Ctrl+Shift+Backspace: this turn joined to the one above (turn_joins)
    splitRequested = Signal()  # Ctrl+Shift+Enter: the text after the caret a turn of its own

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)  # pasted formatting would be lost on save anyway
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(True)
        self.document().setDefaultCursorMoveStyle(Qt.CursorMoveStyle.VisualMoveStyle)
        self.rtl_session = False  # the session's language is Arabic or Kurdish: set_rtl_session
        self.textChanged.connect(self.follow_direction)
        self.follow_direction()
        self.text_limit = LongTextLimit(self)  # a turn's text: at most what the centre accepts
        # Asked first on Ctrl+Z: True when it undid something of its own (a speaker key, speaker_undo).
        self.undo_first: Callable[[], bool] | None = None

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        clean = QMimeData()
        clean.setText(pasted(source.text()))
        super().insertFromMimeData(clean)

    def set_rtl_session(self, rtl: bool) -> None:
        self.rtl_session = rtl
        self.follow_direction()

    def follow_direction(self) -> None:
        """The turn's direction as the document's default (never the text or the undo history): an empty
        turn on the session's side (else the interface's); in an Arabic or Kurdish session, the whole
        turn's turn_direction, right to left where no letter decides; else each paragraph by its own first
        letter (Qt's own rule)."""
        document = self.document()
        wanted = Qt.LayoutDirection.LayoutDirectionAuto
        if document.isEmpty():
            wanted = Qt.LayoutDirection.RightToLeft if self.rtl_session else self.layoutDirection()
        elif self.rtl_session:  # no letter decides ([…], a withdrawn participant's erased turn): the session's side
            wanted = turn_direction(document.toPlainText(), True) or Qt.LayoutDirection.RightToLeft
        option = document.defaultTextOption()
        if option.textDirection() != wanted:
            option.setTextDirection(wanted)
            document.setDefaultTextOption(option)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.follow_direction()  # an empty turn's caret follows the interface
        super().changeEvent(event)

    @staticmethod
    def _command(event: QKeyEvent) -> tuple[str, int] | None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if mods == Qt.KeyboardModifier.ControlModifier:
            if key in _DIGITS:
                return ("speaker", _DIGITS[key])
            if key in _RETURN:
                return ("new", 0)
            if key == Qt.Key.Key_T:
                return ("stamp", 0)
        if mods == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier:
            if key == Qt.Key.Key_Delete:
                return ("delete", 0)
            if key == Qt.Key.Key_Backspace:
                return ("merge", 0)
            if key in _RETURN:
                return ("split", 0)
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            return ("move", -1 if key == Qt.Key.Key_Up else 1)
        return None

    def event(self, event: QEvent) -> bool:
        is_override = event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
        if is_override and self._command(event) is not None:  # type: ignore[arg-type]
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo) and self.undo_first is not None and self.undo_first():
            event.accept()
            return
        command = self._command(event)
        if command is None:
            super().keyPressEvent(event)
            return
        event.accept()
        name, value = command
        if name == "speaker":
            self.speakerRequested.emit(value)
        elif name == "new":
            self.newTurnRequested.emit()
        elif name == "stamp":
            self.stampRequested.emit()
        elif name == "delete":
            self.deleteRequested.emit()
        elif name == "merge":
            self.mergeRequested.emit()
        elif name == "split":
            self.splitRequested.emit()
        else:
            self.moveRequested.emit(value)

    def at_end(self) -> bool:
        cursor = self.textCursor()
        return not cursor.hasSelection() and cursor.atEnd()
