"""While the main window is locked, no other window of Majlis stays readable.

A coding window shows a session's transcript; the consent form, a conflict's two versions, a
question about a participant are dialogs over the main window. Locking only the main window left
them readable and usable on an unattended laptop. On lock, a window that stands on its own (a coding
window, the help) is hidden and comes back at unlock.

A dialog that waits for an answer (``exec()``) cannot be hidden: hiding it ends its ``exec()`` as a
Cancel. It was cancelled, and what was typed in it went: a consent form read aloud for ten minutes
(no key touched) lost the participant's answers and signature at the lock. Its content is now hidden
behind a cover that asks the passphrase itself (the dialog is modal: the main window's lock screen
cannot be reached past it); the right passphrase unlocks Majlis and gives the dialog back as it was.

But not a passphrase typed in it. The passphrase asked by Back up now… (Settings) or by Rewrite the
local backups… (after an erasure), typed and left there, stayed in its field behind the lock and was
there again after the unlock, for whoever unlocked. Every field of a window that hides what is typed
in it (a ``QLineEdit`` not in Normal echo mode) is emptied as Majlis locks, and says in its
placeholder why it is empty (the placeholder takes no room: the dialog is given back at its size).
Change passphrase… empties its own fields first and says why in its own words
(``settings/passphrase_dialog.py``). The lock screens are made after this, and never emptied here.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget

_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog)
COVER_NAME = "lock_cover"
_MAX = 16_777_215  # QWIDGETSIZE_MAX


class _Cover(QObject):
    """Keeps the cover over the whole dialog as it is resized, and what it hid to show again."""

    def __init__(self, dialog: QDialog, cover: QWidget) -> None:
        super().__init__(dialog)
        self.dialog, self.cover = dialog, cover
        # Its layout would shrink it around the hidden content (to nothing, for a fixed-size one):
        # off while covered, and its size limits lifted so the cover fits.
        layout = dialog.layout()
        self.layout = layout if layout is not None and layout.isEnabled() else None
        if self.layout is not None:
            self.layout.setEnabled(False)
        self.limits = (dialog.minimumSize(), dialog.maximumSize())
        self.focus = dialog.focusWidget()  # the field typed in: the keyboard goes back there at unlock
        dialog.setMaximumSize(QSize(_MAX, _MAX))
        self.hidden = [child for child in dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                       if child is not cover and child.isVisible() and not child.isWindow()]
        for child in self.hidden:
            child.hide()
        cover.setObjectName(COVER_NAME)
        cover.setAutoFillBackground(True)
        # A small dialog (a question, a passphrase asked) grows to hold the passphrase field and its
        # message; it is given back its size at unlock.
        self.size = dialog.size()
        need = cover.sizeHint().expandedTo(cover.minimumSizeHint())
        dialog.resize(self.size.expandedTo(need))
        cover.setGeometry(dialog.rect())
        cover.show()
        cover.raise_()
        cover.setFocus()
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.cover.setGeometry(self.dialog.rect())
        if watched is not self.dialog:
            return False
        # Escape in the passphrase field reaches the dialog, which takes it for Cancel: what the
        # cover keeps would go with it. Only the passphrase gives the dialog back. Nor does the
        # window's close button (a spontaneous close: from the window system) take it away, or ask
        # a question about it of whoever is at the locked laptop. A close by the program (quitting)
        # is not spontaneous and goes through.
        if event.type() == QEvent.Type.Close and event.spontaneous():
            event.ignore()
            return True
        return (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape)

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        for child in self.hidden:
            if shiboken6.isValid(child):
                child.show()
        self.cover.hide()
        # Out of the dialog now, not at the next turn of the event loop: until then the dialog would
        # still hold a (hidden) lock screen among its children for whoever looks for one.
        self.cover.setParent(None)
        self.cover.deleteLater()
        self.dialog.setMinimumSize(self.limits[0])
        self.dialog.setMaximumSize(self.limits[1])
        self.dialog.resize(self.size)
        if self.layout is not None:
            self.layout.setEnabled(True)
            self.layout.activate()
        # The keyboard to the field it was in: the cover had it, and gone, it left the dialog with none
        # (keys typed after unlocking went nowhere, Tab too, until a click).
        focus = self.focus
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible() and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.dialog.focusNextChild()
        self.setParent(None)  # likewise: a lock right after this one must not find it and cover nothing
        self.deleteLater()


def cleared_words() -> str:
    return QCoreApplication.translate("LockCover", "Cleared when Majlis locked: type the passphrase again.")


def forget_passphrases(window: QWidget) -> None:
    """Empty the fields of ``window`` that hide what is typed in them (a passphrase asked); each one
    that held something says why in its placeholder (and tooltip) from now on."""
    for edit in window.findChildren(QLineEdit):
        if edit.window() is not window or edit.echoMode() == QLineEdit.EchoMode.Normal or not edit.text():
            continue  # a dialog opened from this one is a window of its own, emptied as itself
        edit.clear()
        edit.setPlaceholderText(cleared_words())
        edit.setToolTip(cleared_words())


def hide_other_windows(main: QWidget, cover: Callable[[QDialog], QWidget] | None = None) -> list[QWidget]:
    """Hide every visible window of the application but ``main``, or cover a dialog that waits for an
    answer with ``cover(dialog)`` (a passphrase asked in it); return those to give back at unlock.
    Without ``cover`` such a dialog is cancelled, as before. A passphrase typed in any of them is
    emptied first (``forget_passphrases``)."""
    hidden: list[QWidget] = []
    for window in QApplication.topLevelWidgets():
        if window is main or not window.isVisible() or window.windowType() not in _WINDOW_TYPES:
            continue
        if window.findChild(QWidget, COVER_NAME) is None:  # never the passphrase typed in a lock screen
            forget_passphrases(window)
        if window.windowModality() != Qt.WindowModality.NonModal and isinstance(window, QDialog):
            if cover is None:
                window.reject()  # its exec() returns as for Cancel
                continue
            if window.findChild(QWidget, COVER_NAME) is None:
                _Cover(window, cover(window))
            hidden.append(window)
            continue
        window.hide()
        hidden.append(window)
    return hidden


def show_again(windows: list[QWidget]) -> None:
    for window in windows:
        if not shiboken6.isValid(window):  # a window closed meanwhile (its owner went away) stays gone
            continue
        covers = window.findChildren(_Cover)
        if covers:
            for c in covers:
                c.remove()
        else:
            window.show()
