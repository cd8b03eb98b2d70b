"""The unlock screen: one passphrase field, a clear message when it is wrong.

This module is imported before SQLAlchemy and SQLCipher on purpose (start-up budget): it only
pulls in Qt and the error classes, and imports the store layer when the user submits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

# No ``Qt`` namespace at import or construction: PySide6 builds all its enums on first use, and
# this window must show within 1.3x of a bare window (see desktop.ui.qt_i18n).
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core import app_paths
from desktop.core.synced_folder import CONTEXT as SYNCED_CONTEXT
from desktop.core.synced_folder import WARNING as SYNCED_WARNING
from desktop.core.synced_folder import synced_service
from desktop.ui.widgets.environment_words import Advice, environment_reason
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.scroll_frame import scrolled
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

BUSY_AFTER_MS = 300  # as Anki: a busy look only for work a person would notice


def error_text(exc: BaseException) -> str:
    """A translated sentence for a failure to open the database (never a traceback)."""
    code = getattr(exc, "code", "")
    translate = QCoreApplication.translate  # this name: lupdate reads translate(ctx, text)
    if code == "wrong_passphrase":
        return translate("UnlockWidget", "Wrong passphrase. Check the keyboard language and Caps Lock, and try again.")
    if code == "newer_database":
        return translate("UnlockWidget", "This database was written by a newer version of Majlis. Update Majlis to open it.")
    if code == "damaged":
        return translate(
            "UnlockWidget",
            "The passphrase is right, but this database file is damaged (cut short or corrupted). "
            "Keep it as it is and ask whoever helps you to restore a backup.")
    if code == "not_a_database":
        return translate("UnlockWidget", "This file is not a Majlis database.")
    if code == "missing":
        return translate("UnlockWidget", "The database file was not found. It may have been moved or deleted.")
    if code == "environment":
        return environment_reason(exc, Advice.OPENING)
    return translate("UnlockWidget", "The database could not be opened.")


def ask_for_database(parent: QWidget, folder: Path | None) -> Path | None:
    """A database file chosen in a file dialog opened at ``folder`` (None: cancelled), whole. The unlock
    window's "Open another database…" and the first-run wizard's "Open an existing database…" ask so."""
    from PySide6.QtWidgets import QFileDialog

    # Majlis names its databases *.db (majlis.db, backups majlis-….db); a copy renamed by hand may not be.
    chosen, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("UnlockWidget", "Open another database"),
        str(folder) if folder is not None else "",
        QCoreApplication.translate("UnlockWidget", "Majlis databases (*.db);;All files (*)"))
    return Path(chosen).absolute() if chosen else None


class _Relay(QObject):
    """Carries the opener's result from its thread to the widget's (a queued signal)."""

    done = Signal(object, object)  # result, exception


class UnlockWidget(QWidget):
    """Passphrase entry. ``opener(passphrase)`` raises on failure; ``unlocked`` fires on success
    with the opener's return value."""

    unlocked = Signal(object)

    def __init__(
        self, opener: Callable[[str], object], db_path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._db_path = db_path
        self.setObjectName("unlock")
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.heading.setFont(font)
        # Which file this window opens (a copy on a USB stick chosen in the first-run wizard, an old
        # backup): its name under the heading, the whole path (its folder) in the tooltip.
        self.file_line = WordWrapLabel(self)
        self.file_line.setObjectName("unlock_file")
        self.hint = WordWrapLabel(self)
        # A database in a OneDrive/Dropbox/Google Drive folder: said before the passphrase, every time.
        self.synced_service = synced_service(db_path) if db_path is not None else None
        self.synced_note = WordWrapLabel(self)
        self.synced_note.setObjectName("synced_folder_warning")
        self.synced_note.setStyleSheet("color: #8a4b00;")
        self.synced_note.setHidden(self.synced_service is None)
        # Which passphrase opens the database now, when that just changed (see ``show_note``).
        self.note = WordWrapLabel(self)
        self.note.setObjectName("unlock_note")
        self.note.setStyleSheet("font-weight: bold;")
        self.note.setHidden(True)
        self._note: Callable[[], str] | None = None
        self._button_words: Callable[[], str] | None = None  # instead of Unlock (see ``show_button``)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.submit)
        self.error = FieldError(self)
        self.error.describe(self.passphrase)  # read with the passphrase, where Enter is pressed again
        self.passphrase.textEdited.connect(lambda _t: self.error.set_error(""))
        self.button = QPushButton(self)
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        # The column, in a part that scrolls where the window is shorter than its lines (larger text on a
        # small screen, the lock over a small dialog) rather than drawing them over each other.
        part = QWidget(self)
        box = QWidget(part)
        self._box = box
        inner = QVBoxLayout(box)
        for w in (self.heading, self.file_line, self.hint, self.note, self.synced_note, self.passphrase, self.error, self.button):
            inner.addWidget(w)
        self._inner = inner
        self.new_database_button: QPushButton | None = None
        self.other_database_button: QPushButton | None = None
        self._choose_other: Callable[[Path], None] | None = None
        self.restore_button: QPushButton | None = None  # shown once the database proves damaged
        # Stretches rather than an alignment flag: an aligned widget gets its plain size hint, which
        # clips a wrapped error message; in a stretch row it gets height-for-width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box, 4)
        row.addStretch(1)
        outer = QVBoxLayout(part)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self._part = part
        whole = QVBoxLayout(self)
        whole.setContentsMargins(0, 0, 0, 0)
        self._scroll = scrolled(part, self, name="unlock_scroll", column=True)
        whole.addWidget(self._scroll)
        self.setFocusProxy(self.passphrase)
        self.busy = False
        self._cursor_set = False
        self._relay = _Relay(self)
        # Emitted from the opener's thread to an object of this thread: Qt queues it (AutoConnection).
        self._relay.done.connect(self._finished)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.retranslate()

    def retranslate(self) -> None:
        # The app's name as the main window's title gives it (مجلس, مەجلیس): not English on the task bar.
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Majlis"))
        self.heading.setText(self.tr("Majlis is locked"))
        if self._db_path is not None and not getattr(self, "busy", False):
            self.hint.setText(self.tr("Enter the passphrase of this database to continue."))
        self._show_file()
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        words = self._button_words
        self.button.setText(words() if words is not None else self.tr("&Unlock"))
        self.button.setAccessibleName(self.button.text().replace("&", "") if words is not None else self.tr("Unlock"))
        if self.synced_service is not None:
            text = QCoreApplication.translate(SYNCED_CONTEXT, SYNCED_WARNING)
            self.synced_note.setText(text.format(service=self.synced_service, folder=shown_path(app_paths.data_dir())))
            self.synced_note.setAccessibleName(self.synced_note.text())

        if self._note is not None:
            self.note.setText(self._note())
            self.note.setAccessibleName(self.note.text())

        if self.new_database_button is not None:
            self.new_database_button.setText(self.tr("&Make a new database instead…"))
        if self.other_database_button is not None:
            self.other_database_button.setText(self.tr("&Open another database…"))
        if self.restore_button is not None:
            self.restore_button.setText(QCoreApplication.translate("RestoreBackup", "&Restore from a backup…"))
        self._fit_column()

    def _fit_column(self) -> None:
        """460 pixels wide at the usual text size; wider with larger text, and never narrower than a
        button's words (at 24 points "Make a new database instead…" was cut at both ends)."""
        buttons = [b for b in (self.button, self.new_database_button, self.other_database_button,
                               self.restore_button) if b is not None]
        self._box.setMaximumWidth(max(460, 34 * self.fontMetrics().averageCharWidth(),
                                      *(b.sizeHint().width() for b in buttons)))
        self._grow_soon()

    def _grow_soon(self) -> None:
        QTimer.singleShot(0, self, self._grow)  # none once the window is gone

    def _grow(self) -> None:
        """The window as tall as its lines need at its width (Qt sizes a window for its layout's smallest
        height, which leaves out the lines of a wrapped text), within the screen; the rest scrolls."""
        if not self.isVisible():
            return
        width = self.width()
        need = self._part.heightForWidth(width)
        if self.isWindow() and need > self.height():
            from desktop.ui.widgets.screen_fit import keep_on_screen, room

            space = room(self)
            # Taller than the screen (a long reason at large text on a small laptop): wider first, up to the
            # screen's width, its lines wrapping into fewer, so that the reason, the field and the button the
            # reason names ("Restore from a backup… below") are in sight together, not below the edge.
            while need > space.height() and width < space.width():
                width = min(space.width(), width + 40)
                need = self._part.heightForWidth(width)
            self.resize(width, min(need, space.height()))
            keep_on_screen(self)
        # Where it still scrolls, the field typed into and the reason under it are the lines in view, and
        # the restore the reason points to ("below"), when offered.
        if self.restore_button is not None and not self.restore_button.isHidden():
            self._scroll.ensureWidgetVisible(self.restore_button)
        if self.error.error():
            self._scroll.ensureWidgetVisible(self.error)
        self._scroll.ensureWidgetVisible(self.passphrase)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._grow_soon()

    def offer_new_database(self, start_wizard: Callable[[], None]) -> None:
        """A way out for a database found in the data folder that no setting named: made there by
        an IT helper, or left half-made by a first start cut short, whose passphrase nobody has."""
        self.new_database_button = QPushButton(self)
        self.new_database_button.setObjectName("new_database")
        self.new_database_button.setFlat(True)
        self.new_database_button.clicked.connect(start_wizard)
        self._inner.addWidget(self.new_database_button)
        self.retranslate()

    def offer_other_database(self, choose: Callable[[Path], None]) -> None:
        """A way to another database file (a colleague's laptop's copy, a database on a USB stick):
        ``choose(path)`` makes the window unlock that one."""
        self._choose_other = choose
        self.other_database_button = QPushButton(self)
        self.other_database_button.setObjectName("other_database")
        self.other_database_button.setFlat(True)
        self.other_database_button.clicked.connect(self._open_other)
        self._inner.addWidget(self.other_database_button)
        self.retranslate()

    def offer_restore(self, start: Callable[[], None]) -> None:
        """Restore from a backup… (``start``), shown when the passphrase opens a damaged database: the
        advice the window gives ("restore a backup") is then something the person can do here."""
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.setHidden(True)
        self.restore_button.clicked.connect(start)
        self._inner.insertWidget(self._inner.indexOf(self.button) + 1, self.restore_button)
        self.retranslate()

    def set_working(self, words: Callable[[], str] | None) -> None:
        """Work on the file itself (a restore) under way: ``words`` in place of the hint, nothing to
        press meanwhile; None: it ended."""
        self.busy = words is not None
        for widget in (self.passphrase, self.button, self.new_database_button, self.other_database_button,
                       self.restore_button):
            if widget is not None:
                widget.setEnabled(not self.busy)
        if words is not None:
            self.error.set_error("")
            self.hint.setText(words())
        self.retranslate()

    def _open_other(self) -> None:
        if self.busy or self._choose_other is None:
            return
        path = ask_for_database(self, self._db_path.parent if self._db_path is not None else None)
        if path is None:
            return
        self._db_path = path
        if self.restore_button is not None:  # it was for the database shown before
            self.restore_button.hide()
        self.synced_service = synced_service(path)
        self.synced_note.setHidden(self.synced_service is None)
        self.error.set_error("")
        self._choose_other(path)
        self.retranslate()
        self.passphrase.setFocus()

    def _show_file(self) -> None:
        path = self._db_path
        self.file_line.setHidden(path is None)
        # The name left to right (".db" at its end in ar/ckb), on the side the window's lines start: a
        # label whose text is only an isolate is laid out left to right, at the left of a Kurdish window.
        start = "\u200f" if self.isRightToLeft() else ""
        self.file_line.setText(start + shown_path(path.name) if path is not None else "")
        self.file_line.setToolTip(shown_path(path) if path is not None else "")
        self.file_line.setAccessibleDescription(self.file_line.toolTip())

    def db_path(self) -> Path | None:
        """The database this window unlocks."""
        return self._db_path

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # Settings → Font size
            self._fit_column()
        elif event.type() == QEvent.Type.LayoutDirectionChange:  # the name's side follows the language's
            self._show_file()
        super().changeEvent(event)

    def show_problem(self, text: str) -> None:
        """A reason the window stays locked, shown until the next attempt."""
        self.error.set_error(text)
        self._grow_soon()

    def show_note(self, words: Callable[[], str] | None) -> None:
        """A line above the passphrase until the next ``reset`` (``words`` makes it in the interface's
        language): the passphrase was changed just before the lock, and only the new one opens it."""
        self._note = words
        self.note.setText(words() if words is not None else "")
        self.note.setAccessibleName(self.note.text())
        self.note.setHidden(words is None)
        self._grow_soon()

    def show_button(self, words: Callable[[], str] | None) -> None:
        """What the button does, when the passphrase does not unlock (the file is gone, and the button
        shows what was typed and never saved); None: Unlock again."""
        self._button_words = words
        self.retranslate()

    def reset(self) -> None:
        if self._button_words is not None:
            self.show_button(None)
        self.show_note(None)
        self.passphrase.clear()
        self.error.set_error("")
        self.passphrase.setFocus()

    def submit(self) -> None:
        """Open the database on a background thread: the key derivation alone takes a noticeable
        fraction of a second and the window must keep painting. Busy look only after 300 ms."""
        text = self.passphrase.text()
        if not text:
            self.error.set_error(self.tr("Enter the passphrase."))
            return
        if self.busy:
            return
        self.busy = True
        self.passphrase.setEnabled(False)
        self.button.setEnabled(False)
        self._busy_timer.start()
        relay = self._relay

        def work() -> None:
            try:
                relay.done.emit(self._opener(text), None)
            except Exception as exc:  # every failure becomes a sentence; the passphrase stays typed
                relay.done.emit(None, exc)

        threading.Thread(target=work, name="unlock", daemon=True).start()

    def _show_busy(self) -> None:
        if self.busy:
            self.error.set_error("")
            self.hint.setText(self.tr("Opening the database…"))
            from PySide6.QtCore import Qt

            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor_set = True

    def _finished(self, result: object, exc: object) -> None:
        self.busy = False
        self._busy_timer.stop()
        if self._cursor_set:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_set = False
        self.passphrase.setEnabled(True)
        self.button.setEnabled(True)
        self.retranslate()
        if isinstance(exc, BaseException):
            damaged = getattr(exc, "code", "") == "damaged" and self.restore_button is not None
            if self.restore_button is not None:
                self.restore_button.setVisible(damaged)
            self.error.set_error(QCoreApplication.translate(
                "RestoreBackup", "The passphrase is right, but this database file is damaged (cut short or "
                "corrupted). Restore a backup of it with Restore from a backup… below: the damaged file is kept "
                "aside, as it is.") if damaged else error_text(exc))
            self._grow_soon()
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.passphrase.clear()
        self.error.set_error("")
        self.unlocked.emit(result)
