"""A path (or a device id) shown with the marks that keep it left to right, copied without them.

``shown_path`` puts a path inside a left-to-right isolate (U+2066 … U+2069) and ``ordered_path`` a
left-to-right mark (U+200E) after a separator between two Arabic or Kurdish names; a line may start
with a right-to-left mark (U+200F). Copied with the path and pasted into the file manager's address bar
or a terminal, an invisible mark became part of a folder's name there, and the folder was "not found".

``plain_copies(widget)``: what Ctrl+C or the context menu's Copy puts on the clipboard from a label or a
line edit is ``plain_copy`` of its selection. A piece of a sentence that holds a path within its marks
(the path alone, or a part of it) is copied without them; a whole sentence is copied as it is shown,
each piece in its place (its marks keep the path whole where it is pasted). Either way without the invisible
breaks ``breakable_paths`` shows beside a path's separators.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QMessageBox

from desktop.i18n import invisible

# The app's one list (desktop/i18n/invisible.py). Stripped at the ends: the isolates and the implicit marks.
# Not the embeddings and overrides: the app puts none around a path or an id, and one in a file's own name
# is part of it (a name with U+202E in it is found only with it).
_MARKS = invisible.IMPLICIT_MARKS + invisible.ISOLATES
_ISOLATES = re.compile(f"[{invisible.char_class(invisible.ISOLATES)}]")
_MARKS_INSIDE = re.compile(f"[{invisible.char_class(invisible.IMPLICIT_MARKS)}]")
# What ``breakable_paths`` puts beside a path's separators so a wrapped line breaks after one: a word joiner
# and a zero-width space (a display's, never a name's: it takes them out of a path it is given again).
_BREAKS = re.compile(f"[{invisible.char_class(invisible.WORD_JOINER + invisible.ZWSP)}]*([\\\\/])"
                     f"[{invisible.char_class(invisible.WORD_JOINER + invisible.ZWSP)}]*")
_COPY_ACTIONS = ("edit-copy", "edit-cut")  # the object names of Qt's standard menus' actions


def plain_copy(text: str) -> str:
    """``text`` as copied: without the marks at its ends and, when no isolate stands inside it (a path, a
    piece of one, an id), without the marks in it; a sentence holding a path within its marks as it is."""
    text = text.replace("\u2029", "\n")  # a label's paragraph ends, as Qt's own copy gives them
    text = _BREAKS.sub(r"\1", text)  # a path's separators without the breaks shown beside them
    core = text.strip(_MARKS)
    if _ISOLATES.search(core):
        return text
    return _MARKS_INSIDE.sub("", core)


def plain_copies(widget: QLabel | QLineEdit) -> QLabel | QLineEdit:
    """``widget``'s copies (Ctrl+C, Ctrl+X, the context menu's Copy and Cut) made with ``plain_copy``."""
    if widget.findChild(_PlainCopy, options=_DIRECT) is None:
        _PlainCopy(widget)
    return widget


_DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def plain_copies_in(box: QMessageBox) -> QMessageBox:
    """A message box's text and informative text (selectable with the mouse, by the style) copied so;
    call it once both are set (Qt makes the informative text's label on its first use)."""
    for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
        label = box.findChild(QLabel, name)
        if label is not None:
            plain_copies(label)
    return box


class _PlainCopy(QObject):
    """The event filter of one label or line edit (its child: it goes with it)."""

    def __init__(self, widget: QLabel | QLineEdit) -> None:
        super().__init__(widget)
        self._passing = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # ``watched`` itself, not a kept reference: a label Qt made (a message box's) may come with
        # another Python wrapper each time.
        if not isinstance(watched, QLabel | QLineEdit) or self._passing:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Copy):
                return self._copy(watched, cut=False)
            if event.matches(QKeySequence.StandardKey.Cut):
                return self._copy(watched, cut=True)
        if event.type() == QEvent.Type.ContextMenu:
            self._passing = True
            try:  # the widget's own menu, popped up; then its Copy and Cut clean what they copied
                QCoreApplication.sendEvent(watched, event)
            finally:
                self._passing = False
            menu = QApplication.activePopupWidget()
            if isinstance(menu, QMenu):
                for action in menu.actions():
                    if action.objectName() in _COPY_ACTIONS:
                        action.triggered.connect(self._clean_clipboard)  # after the widget's own copy
            return True
        return super().eventFilter(watched, event)

    def _copy(self, widget: QLabel | QLineEdit, *, cut: bool) -> bool:
        """Ctrl+C (or Ctrl+X in a box that may be edited): the selection, plain; True when done here."""
        selected = widget.selectedText()
        if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
            return False  # a masked box copies nothing (Qt's rule): left to it
        if not selected or (cut and not (isinstance(widget, QLineEdit) and not widget.isReadOnly())):
            return False  # nothing selected, or a cut where nothing may be cut: as the widget does
        QGuiApplication.clipboard().setText(plain_copy(selected))
        if cut and isinstance(widget, QLineEdit):
            widget.del_()
        return True

    def _clean_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        copied = clipboard.text()
        plain = plain_copy(copied)
        if plain != copied:
            clipboard.setText(plain)
