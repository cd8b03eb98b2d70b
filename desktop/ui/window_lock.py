"""Locking the main window, and its database file lost under it.

A lock swaps the window's content for the unlock screen (``MainWindow.lock_screen``), hides the other
windows and covers a dialog that waits for an answer with its own passphrase field (``lock_cover``). One
writer: if another program replaces or rekeys the file, the window locks for good (``lock_for_good``)
and writes nothing more; the typing the file never got is kept, and the passphrase shows it again.
Its words are the main window's (context MainWindow); the state is the window's.
"""

from __future__ import annotations

import hmac
import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import lock_cover
from desktop.ui.unlock import UnlockWidget, error_text

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

# This exact name: lupdate reads translate("context", "text") calls.
translate = QCoreApplication.translate

log = logging.getLogger("desktop.ui.main_window")  # the window's log, as before this module

# What the passphrase check answers when the window's file is lost but unsaved typing is not.
_SHOW_UNSAVED = object()


def show_unsaved_words() -> str:
    return translate("MainWindow", "&Show the text not saved")


def unsaved_words() -> str:
    return translate("MainWindow", "What was typed in the open session since its last save is kept on screen: enter "
                     "the passphrase to see it and copy it.")


def new_key_words() -> str:
    return translate("MainWindow", "The passphrase was changed just before Majlis locked: enter the new passphrase.")


def unlock_screen(window: MainWindow, parent: QWidget) -> UnlockWidget:
    """An unlock screen of this window (its own, or one over a dialog): the same passphrase unlocks all."""
    screen = UnlockWidget(lambda passphrase: verify(window, passphrase), window.ctx.store.path, parent)
    screen.unlocked.connect(lambda result: unlocked(window, result, screen))
    return screen


def verify(window: MainWindow, passphrase: str) -> object:
    """Runs on the unlock screen's thread: nothing here may touch a widget."""
    from desktop.core.db import current_passphrase
    from desktop.core.db_rekey import check_passphrase
    from desktop.core.errors import WrongPassphrase

    if window.store_lost and window.lost_text:
        # The file is not the one opened, so it cannot say whether the passphrase is right: the
        # passphrase this window was opened with (kept for its connections) does.
        if not hmac.compare_digest(passphrase.encode("utf-8"), current_passphrase(window.ctx.store).encode("utf-8")):
            raise WrongPassphrase("wrong passphrase")
        return _SHOW_UNSAVED
    window.ctx.store.check_file()  # a replaced file never unlocks this window again
    # The passphrase the store is keyed with is asked of the file with the key it holds: derived again,
    # every unlock after an idle lock cost 0.2 s of CPU (seconds on a busy laptop). Any other is derived.
    check_passphrase(window.ctx.store, passphrase)
    return True


def unlocked(window: MainWindow, result: object, screen: UnlockWidget) -> None:
    if result is _SHOW_UNSAVED:  # the window stays locked, and says why: its file is gone
        from desktop.ui.unsaved_text import UnsavedTextDialog  # only when a file is lost

        screen.show_problem(window.lost_reason)
        dialog = UnsavedTextDialog(window.lost_text, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return
    window.unlock()


def check_store_file(window: MainWindow) -> None:
    """Lock for good if the database file was replaced; a rekey shows in a read on the worker."""
    if window.store_lost:
        return
    store = window.ctx.store
    try:
        store.check_file()
    except Exception as exc:
        on_task_failure(window, exc)
        return
    window.ctx.tasks.run(lambda _token, _progress: store.probe(), on_error=lambda _exc: None)


def on_task_failure(window: MainWindow, exc: BaseException) -> None:
    if getattr(exc, "details", {}).get("reason") == "replaced" and not window.store_lost:
        window.lock_for_good(exc)


def lock_for_good(window: MainWindow, exc: BaseException) -> None:
    """The file under this window is not the one it opened: show why, write nothing more."""
    window.store_lost = True
    window.file_check.stop()
    log.warning("database file replaced or rekeyed under the open window; locked")
    if window.editor is not None:
        if window.editor.dirty:  # typing the file never got: the passphrase shows it again, to copy
            from desktop.ui.widgets.typed_text import typed_text  # only when a file is lost

            window.lost_text = typed_text(window.editor)
        window.editor.set_read_only(True)  # its text stays on screen; no save is attempted
    window.lost_reason = error_text(exc)  # said on a dialog's cover too
    window.lock()
    window.lock_screen.show_problem(window.lost_reason)
    offer_lost_text(window, window.lock_screen)


def offer_lost_text(window: MainWindow, screen: UnlockWidget) -> None:
    """On a lock screen of a window whose file is lost: the typing never saved is kept, and the
    passphrase shows it (the button says so instead of Unlock)."""
    if window.lost_text:
        screen.show_note(unsaved_words)
        screen.show_button(show_unsaved_words)


def key_change_ended(window: MainWindow, changed: bool) -> None:
    # A lock that waited for the change comes now: its screen says which passphrase opens it.
    window.new_key_note = changed
    try:
        window.idle.release()
    finally:
        window.new_key_note = False


def lock(window: MainWindow) -> None:
    if window.is_locked():
        return
    if window.editor is not None and not window.store_lost:
        window.editor.flush()  # never leave unsaved typing behind a lock screen
    # The field the person was in (a venue, an agenda item's notes, a decision), to type on there after
    # unlocking: the open roundtable took the focus back to its title, and what was typed next after an
    # idle lock went into the session's title.
    focus = QApplication.focusWidget()
    window.focus_before_lock = focus if focus is not None and _in_content(window, focus) else None
    window.idle.pause()
    window.menuBar().setEnabled(False)
    for action in window.nav_actions:
        action.setEnabled(False)
    screen = window.lock_screen  # made now at the first lock: the root's second page from then on
    window.root.setCurrentIndex(1)
    screen.reset()
    if window.new_key_note:
        window.lock_screen.show_note(new_key_words)
    # Passphrases typed in a dialog (Change passphrase…) are cleared, not kept behind the lock.
    window.ctx.events.locking.emit()
    # A coding window or a dialog left open would stay readable beside the lock screen; a dialog
    # that waits for an answer is covered with its own passphrase field (what it holds is kept).
    window.hidden_by_lock = lock_cover.hide_other_windows(window, cover=lambda dialog: lock_screen_in(window, dialog))


def _in_content(window: MainWindow, widget: QWidget) -> bool:
    """``widget`` is in the window's pages (not its lock screen, not a dialog)."""
    content = window.root.widget(0)
    return content is not None and content.isAncestorOf(widget)


def lock_screen_in(window: MainWindow, dialog: QWidget) -> UnlockWidget:
    """The lock screen over a dialog that waits for an answer: the same passphrase unlocks all."""
    screen = unlock_screen(window, dialog)
    if window.store_lost:
        screen.show_problem(window.lost_reason)
        offer_lost_text(window, screen)
    elif window.new_key_note:
        screen.show_note(new_key_words)
    return screen


def unlock(window: MainWindow) -> None:
    if not window.is_locked():
        return
    window.root.setCurrentIndex(0)
    lock_cover.show_again(window.hidden_by_lock)
    window.hidden_by_lock = []
    window.menuBar().setEnabled(True)
    for action in window.nav_actions:
        action.setEnabled(True)
    window.idle.restart()
    before, window.focus_before_lock = window.focus_before_lock, None
    if before is not None and shiboken6.isValid(before) and before.isVisible() and before.isEnabled() \
            and _in_content(window, before):
        before.setFocus(Qt.FocusReason.OtherFocusReason)
        return
    (window.editor or window.current_page()).setFocus()
