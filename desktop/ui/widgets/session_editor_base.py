"""What every session editor shares: autosave, save on focus change, read-only by status, Back.

Subclasses (RoundtableEditor here, FocusGroupEditor in desktop.ui.focus_group) build their
widgets, call ``schedule_save()`` on every edit and implement ``save_now()``. The base never
touches the database itself, so each editor owns its own unit of work.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMessageBox, QPushButton, QWidget

from desktop.core.change_set import Touched
from desktop.core.errors import EnvironmentProblem, MajlisError
from desktop.core.sessions import SessionNotFound
from desktop.core.store_file import DatabaseReplaced
from desktop.ui.context import AppContext
from desktop.ui.widgets.import_bar import ImportBar, choose_first
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.pop_up_keys import children_shortcut
from desktop.ui.widgets.save_failure import (
    lose_unsaved_question,
    save_failure_words,
    session_deleted_words,
    session_gone_words,
)
from desktop.ui.widgets.scroll_frame import bring_into_view

AUTOSAVE_MS = 2000
HEADING_LEAST = 10  # characters of a session's title kept in sight in its editor however narrow the window
# The same keys everywhere a session is at hand: here, in the sessions list, on a retrieved segment.
CODE_SESSION_SHORTCUT = "Ctrl+Shift+K"


class SessionEditorBase(QWidget):
    """Base for session editors shown in the main window's central area.

    Signals: ``closed`` (user pressed Back / Esc / Alt+Left; the main window shows the list again),
    ``saved`` (after a successful save_now).
    """

    closed = Signal()
    saved = Signal()
    # The tables whose rows the editor shows: an import writing none of them in its session leaves it be.
    SHOWN_TABLES: frozenset[str] = frozenset()
    # Not saved yet (a full disk, a lock), retrying: the line as live_words.Words, a function that makes it
    # in the language of the moment, so that the label showing it follows a language switch.
    saveFailed = Signal(object)

    def __init__(self, ctx: AppContext, session_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session_id = session_id
        self._read_only = False
        self._dirty = False
        # Read-only because the session was made final or deleted elsewhere while typed text waited to be
        # saved: that text is on screen only, and closing asks first (has_unsaved), so it can be copied.
        self._stranded = False
        # Deleted elsewhere meanwhile: read-only for good, offering neither Unlock nor Finalise.
        self._gone = False
        # Single-shot and restarted on every edit: saves 2 s after typing stops, never mid-burst.
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self._autosave)
        # For the editor and its children, but not in a pop-up of theirs (a list, a calendar): there a
        # key is the pop-up's, and Escape closes the pop-up only (pop_up_keys).
        for seq in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Alt+Left")):
            children_shortcut(seq, self, self.request_close)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.code_button = QPushButton(self)
        self.code_button.setObjectName("code_session")
        self.code_button.clicked.connect(self.code_session)
        children_shortcut(CODE_SESSION_SHORTCUT, self, self.code_session)
        # Ctrl+S saves now, as Save does on the other pages (save_key.py): it did nothing here, and a
        # facilitator who pressed it before closing the laptop's lid had the last two seconds unsaved.
        children_shortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.flush)
        self.coding_window: QWidget | None = None
        # An import changed the session while typing here was not saved (the subclass puts the bar in its
        # layout): nothing is saved over the import until Show theirs or Keep mine is pressed.
        self.import_bar = ImportBar(self)
        self.import_bar.theirs.connect(self._take_theirs)
        self.import_bar.mine.connect(self._keep_mine)
        self._import_waits = False
        ctx.events.changed.connect(self._on_import)

    def focus_start(self) -> None:
        """The keyboard where the editor begins, as the main window shows it: the editor itself (its
        first field), unless an editor knows better once loaded (``FocusGroupEditor``: the transcript)."""
        self.setFocus()

    # -- coding -----------------------------------------------------------------------------
    def code_session(self) -> QWidget | None:
        """Open the coding window on this session, with what is on screen saved first; None, said in the
        editor's line, while the import bar waits (the window would code the text as stored, which the
        typing kept by Keep mine then changes under the codings' places)."""
        from desktop.ui.coding.window import open_coding_window

        if not self.save_first():
            return None
        self.coding_window = open_coding_window(self.ctx, self.session_id)
        return self.coding_window

    def retranslate_code_button(self) -> None:
        self.code_button.setText(self.tr("C&ode this session…"))
        self.code_button.setToolTip(self.tr("Apply codes to this session's text (%1)").replace(
            "%1", QKeySequence(CODE_SESSION_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
        self.code_button.setAccessibleName(self.tr("Code this session"))

    # -- autosave -------------------------------------------------------------------------
    def schedule_save(self) -> None:
        """Call on every edit: marks dirty and (re)starts the 2 s timer."""
        if self._read_only:
            return
        self._dirty = True
        self.autosave_timer.start()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def save_now(self) -> None:
        """Write what is on screen to the database (drafts are always saveable)."""
        raise NotImplementedError

    def commit_open_cell(self) -> None:
        """A table cell being typed in (not yet ended with Enter) is part of what is saved: closing the
        window, a page's shortcut or the lock move no focus, so its editor never handed the text over."""
        focus = QApplication.focusWidget()
        if focus is None or focus is self or not self._owns(focus):
            return
        viewport = focus.parentWidget()
        view = viewport.parentWidget() if viewport is not None else None
        if isinstance(view, QAbstractItemView) and view.state() == QAbstractItemView.State.EditingState:
            view.commitData(focus)

    def flush(self) -> None:
        """Save if anything changed since the last save (used on focus-out, Back, lock, close)."""
        self.commit_open_cell()
        self.autosave_timer.stop()
        if self._dirty and not self._read_only and not self._import_waits:
            try:
                self.save_now()
            except DatabaseReplaced:
                # Another program replaced the file: nothing was written; the text stays on screen and
                # the main window locks at its next file check.
                self.set_read_only(True)
                return
            except EnvironmentProblem as exc:
                # A full disk or another program's lock may pass: the text stays, marked unsaved, and
                # the next save tries again.
                self.autosave_timer.start()
                self.saveFailed.emit(save_failure_words(exc))
                return
            except MajlisError as exc:
                # Made final or deleted elsewhere meanwhile: said, and no more saving (it went only to
                # the crash log, the person told nothing); the text stays on screen to be copied.
                gone = self.went_elsewhere(exc, stranded=True)
                if gone is None:
                    raise
                self.saveFailed.emit(gone)
                return
            self._dirty = False
            self._stranded = False
            self.saved.emit()

    def has_unsaved(self) -> bool:
        """Changes on screen that are not in the database (after a failed save), also in an editor
        turned read-only by its session going elsewhere meanwhile (``_stranded``)."""
        return self._dirty and (not self._read_only or self._stranded)

    def may_close(self) -> bool:
        """Save; if that failed, ask before what is on screen is lost (No is the default)."""
        self.flush()
        if not self.has_unsaved():
            return True
        title, question = lose_unsaved_question()
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, question, buttons,
                                    QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def _autosave(self) -> None:
        self.flush()

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Save when focus leaves a field of this editor (to another field or out of the editor).
        if old is not None and self._owns(old) and old is not new:
            with contextlib.suppress(RuntimeError):  # C++ side already gone during teardown
                self.flush()

    def _owns(self, w: QObject) -> bool:
        p: QObject | None = w
        while p is not None:
            if p is self:
                return True
            p = p.parent()
        return False

    # -- an import changing the session ---------------------------------------------------
    def _on_import(self, tables: object) -> None:
        """Bundles (or a team update) imported on the Sync page may have changed this session: the
        editor showed the old minutes, and its next save wrote them back over the import's."""
        if (isinstance(tables, Touched) and tables.imported and tables.concerns(self.session_id)
                and tables & self.SHOWN_TABLES and not self._gone):
            self.read_theirs()

    def read_theirs(self) -> None:
        """Hook: read the session as stored (on the worker) and call ``theirs_arrived``."""

    def theirs_arrived(self, changed: bool) -> None:
        """The session as stored was read after an import: ``changed`` from what the editor last read
        or saved. No typing waiting: shown quietly. Typing waiting: kept, and the bar asks."""
        if not changed:
            return
        self.commit_open_cell()  # a cell being typed in is typing too
        if self.has_unsaved():
            self._import_waits = True
            self.autosave_timer.stop()
            self.import_bar.setHidden(False)
            # At 20 points the editor's frame scrolls: the bar at its top was out of sight while the
            # person typed at its foot, and the autosave stopped with nothing seen to say why.
            QTimer.singleShot(0, self.import_bar, lambda: bring_into_view(self.import_bar, 0))  # once it is laid out
        else:
            self.show_theirs(asked=False)

    def strand_if_typed(self) -> None:
        """The session went (deleted by an import) with typing waiting: kept on screen, closing asks."""
        self._stranded = self._stranded or self.has_unsaved()

    def import_waits(self) -> bool:
        """The bar is up: the typing on screen waits for Show theirs or Keep mine."""
        return self._import_waits

    def save_first(self) -> bool:
        """Before an action on the session as stored (Finalise, a PDF, Import text…, Code this session…,
        File → Export): what is on screen
        saved. False while the bar waits, said in the editor's line: nothing is saved then, so the action
        would act on content the person has not seen, and leave the typing behind (a final session keeps
        it on screen read-only, and closing no longer asks). The person chooses first.
        False too when the save fails (another program holds the database, a full disk; the session made
        final or deleted elsewhere): the save's own line says why, and the action would print or finalise
        the session as stored, not the typing on screen."""
        if self.choice_waits():
            return False
        self.flush()
        return not self.has_unsaved()

    def choice_waits(self) -> bool:
        """True while the bar waits, said in the editor's line as ``save_first`` says it: for an act that goes
        on without a save where nothing can be saved (recording a consent in a session made final) but would
        act, while the bar waits, on the session as stored rather than as on screen."""
        if self._import_waits:
            self.saveFailed.emit(choose_first)
            return True
        return False

    def show_theirs(self, *, asked: bool) -> None:
        """Hook: the session as stored, on screen, then ``import_settled()``. ``asked``: Show theirs was
        pressed, what was typed is dropped; else nothing typed was waiting (typing that began while the
        session was read is kept, and the bar asks)."""

    def import_settled(self) -> None:
        """The session as stored is on screen: the bar's question is answered, saving goes on."""
        self._import_waits = False
        self.import_bar.setHidden(True)

    def keep_mine(self) -> None:
        """Hook: what was typed saved, with what the import changed elsewhere in the session."""

    def _take_theirs(self) -> None:
        self._dirty = False  # nothing is saved until theirs is on screen (``import_settled``)
        self.show_theirs(asked=True)

    def _keep_mine(self) -> None:
        self._import_waits = False
        self.keep_mine()

    # -- read-only ------------------------------------------------------------------------
    def went_elsewhere(self, exc: BaseException, *, stranded: bool) -> Words | None:
        """A refusal because the session was made final or deleted elsewhere meanwhile: the editor turns
        read-only (a deleted session's offers no Unlock) and the line saying so is returned; None, and
        nothing changed, for any other refusal. ``stranded``: typed text on screen could not be saved."""
        gone = session_gone_words(exc)
        if gone is None:
            return None
        self._stranded = self._stranded or stranded
        self._gone = self._gone or isinstance(exc, SessionNotFound)
        self.set_read_only(True)
        return gone

    def session_deleted(self) -> Words:
        """Unlock or Finalise found the session deleted elsewhere meanwhile: read-only, neither offered
        again; the line saying why."""
        self._gone = True
        self.set_read_only(True)
        return session_deleted_words()

    def is_gone(self) -> bool:
        """The session was deleted elsewhere meanwhile (found by a save, Unlock or Finalise)."""
        return self._gone

    def set_read_only(self, read_only: bool) -> None:
        """Editors override ``apply_read_only`` to disable their inputs; this records the state."""
        self._read_only = read_only
        if read_only:
            self.autosave_timer.stop()
        self.apply_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def apply_read_only(self, read_only: bool) -> None:
        """Hook: enable/disable inputs. Default does nothing."""

    def read_only_for_status(self, status: str) -> bool:
        return status in ("final", "locked")

    # -- closing --------------------------------------------------------------------------
    def request_close(self) -> None:
        if self.may_close():
            self.closed.emit()

    def retranslate(self) -> None:
        """Set every visible string again (called on LanguageChange)."""
        self.retranslate_code_button()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QEvent) -> None:
        self.flush()
        super().closeEvent(event)  # type: ignore[arg-type]

    def disconnect_app(self) -> None:
        """Call before deleting: stops listening to app-wide focus changes."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._on_focus_changed)
