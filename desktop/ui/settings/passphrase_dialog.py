"""Settings → Change passphrase…: the current passphrase, the new one twice, and the change made on
the DB worker (``desktop.core.passphrase_change``, the same as ``majlis-cli passwd``).

A field user who fears their passphrase is known (a laptop seen by others) had no way to change it
but a facilitator's ``majlis-cli passwd``. The new passphrase follows the first-run wizard's rule
(``passphrase_rules``). The open store takes the new key at once, and a backup that opens with it is
written first: if it cannot be, nothing is changed. Every failure is one line that also says which
passphrase the database opens with now.

The idle lock waits while the change runs and locks at its end (``DataEvents.keyChangeStarted``/
``keyChangeEnded``): before, it locked in the middle of a re-key, the lock screen took the old
passphrase until the last page was written, and the dialog kept the passphrases typed behind the
lock. The passphrases typed are cleared when Majlis locks (``DataEvents.locking``) and at Cancel:
none is kept in a widget nobody is looking at.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.core.db import Store
from desktop.core.passphrase_change import PassphraseChanged, change_passphrase
from desktop.core.validation import (
    PASSPHRASE_SAME_AS_CURRENT,
    PASSPHRASE_TOO_WEAK,
    PASSPHRASE_UNTYPABLE,
)
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.widgets import passphrase_rules
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.environment_words import reason_of
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.new_passphrase import PASSPHRASES_DIFFER, NewPassphraseFields, lay_out_dialog
from desktop.ui.widgets.screen_fit import grow_to_contents
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

log = logging.getLogger(__name__)


class ChangePassphraseDialog(QDialog):
    """``changed(result)`` is called on success, after the dialog closed."""

    def __init__(self, ctx: AppContext, changed: Callable[[PassphraseChanged], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase")
        self.ctx, self._changed = ctx, changed
        self.working = False
        self.intro = WordWrapLabel(self)
        self.current, self.current_label = QLineEdit(self), QLabel(self)
        self.current.setObjectName("current_passphrase")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.textEdited.connect(self._edited)
        self.current_label.setBuddy(self.current)
        # One form: the labels in one column.
        self.fields = NewPassphraseFields("new_passphrase", "repeat_passphrase", self,
                                          before=[(self.current_label, self.current)])
        self.fields.edited.connect(self._edited)
        # The strength and differ lines appear as the person types: the dialog kept the height it opened
        # with, and at 20 points in Kurdish they were squeezed into it, cut.
        # A method, not a lambda holding ``self``: a connection keeps its callable alive from Qt's side,
        # where Python's collector cannot see the cycle, and a dialog dropped by Python stayed on screen.
        self.fields.linesShown.connect(self._grow_if_shown)
        self.new, self.again = self.fields.new, self.fields.again
        self.strength, self.mismatch = self.fields.strength, self.fields.mismatch
        self.warning = WordWrapLabel(self)
        self.warning.setStyleSheet("font-weight: bold;")
        self.error = FieldError(self)
        self.error.setObjectName("change_passphrase_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.busy = BusyState(self, words=lambda: self.tr("Changing the passphrase…"))
        ctx.events.locking.connect(self._forget_typed)
        self.setMinimumWidth(460)
        self.retranslate()
        self.body = lay_out_dialog(self, [self.intro, self.fields, self.warning, self.error], self.buttons)

    def _grow_if_shown(self) -> None:
        if self.isVisible():
            grow_to_contents(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change passphrase"))
        self.intro.setText(self.tr(
            "The database is encrypted again with the new passphrase, and a backup that opens with it is "
            "written. Backups made before keep the old passphrase."))
        self.current_label.setText(self.tr("&Current passphrase:"))
        self.fields.new_label.setText(self.tr("&New passphrase:"))
        self.fields.again_label.setText(self.tr("&Repeat the new passphrase:"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new.setAccessibleName(self.tr("New passphrase"))
        self.again.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.warning.setText(passphrase_rules.keep_it_safe_words())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("C&hange passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.fields.show_rules()

    def _edited(self, _text: str = "") -> None:
        self.error.set_error("")

    def refusal(self) -> str:
        """Why the passphrases typed cannot be taken ("" when they can), before any work."""
        current = self.current.text()
        if not current:
            return self.tr("Enter the current passphrase.")
        # The rule majlis-cli passwd applies too (desktop/core/validation.py); the words are the app's.
        problem = self.fields.problem(current)
        if problem == PASSPHRASE_UNTYPABLE:
            return self.tr("The new passphrase holds an invisible character that no passphrase can hold (a paste can "
                           "bring one): type it with the keyboard instead. Nothing was changed.")
        if problem == PASSPHRASE_TOO_WEAK:
            return self.tr("The new passphrase is too weak: use at least 8 characters. Nothing was changed.")
        if problem == PASSPHRASES_DIFFER:
            return self.tr("The two new passphrases differ. Nothing was changed.")
        if problem == PASSPHRASE_SAME_AS_CURRENT:
            return self.tr("The new passphrase is the same as the current one. Nothing was changed.")
        return ""

    def submit(self) -> None:
        if self.working:
            return
        refused = self.refusal()
        if refused:
            current = self.current.text()
            field = self.fields.field_at_fault(self.fields.problem(current) or "") if current else self.current
            self.error.describe(field)  # the refusal read with the field it sends the keyboard back to
            self._say(refused)
            field.setFocus(Qt.FocusReason.OtherFocusReason)  # the field to put right, not where Enter was
            return
        current, new = self.current.text(), self.new.text()
        self._set_working(True)
        self.error.set_error("")

        def op(store: Store) -> PassphraseChanged:
            return change_passphrase(store, new, current=current)

        self.ctx.events.keyChangeStarted.emit()  # the idle lock waits for the end
        CollectionOp.on_store(self.ctx, op).with_busy(self.busy).success(self._done).failure(
            self._failed).run_in_background()

    def _say(self, words: str) -> None:
        """A refusal or a failure in the line under the form, the dialog grown to hold it (it kept its
        height, and the strength line above was squeezed, cut)."""
        self.error.set_error(words)
        grow_to_contents(self)

    def _set_working(self, working: bool) -> None:
        self.working = working
        for widget in (self.current, self.new, self.again, self.buttons):
            widget.setEnabled(not working)

    def reject(self) -> None:
        if not self.working:  # the change runs to its end: Escape or the title bar's × wait for it
            self._clear_typed()  # no passphrase kept in a closed dialog
            super().reject()

    def _clear_typed(self) -> bool:
        """Empty the three fields; whether anything was typed in them."""
        typed = bool(self.current.text()) or self.fields.typed()
        self.current.clear()
        self.fields.clear()
        return typed

    @Slot()  # a Qt slot: the connection goes with the dialog when it is deleted
    def _forget_typed(self) -> None:
        """Majlis is locking: the passphrases typed go (the lock covers the dialog; after the unlock
        it is back, empty, saying why). A failure's line is kept: it says what the database opens with."""
        if self._clear_typed() and not self.error.error():
            self.error.describe(self.current)  # all three to type again, from the first
            self.error.set_error(lambda: self.tr(
                "Majlis locked, and the passphrases typed here were cleared. Type them again."))

    def _done(self, result: PassphraseChanged) -> None:
        try:
            self._set_working(False)
            self._clear_typed()  # no passphrase kept in a widget
            self.accept()
            self._changed(result)
        finally:
            self.ctx.events.keyChangeEnded.emit(True)  # a lock that waited comes now

    def _failed(self, exc: BaseException) -> None:
        try:
            self._set_working(False)
            field = self.current if getattr(exc, "code", "") == "wrong_passphrase" else self.new
            self.error.describe(field)
            self._say(failure_words(exc))
            field.selectAll()
            field.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self.ctx.events.keyChangeEnded.emit(False)


_CONTEXT = "ChangePassphraseDialog"
# What the change refused or failed on, by the error's code and then by the environment's reason.
_BY_CODE = {
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "ChangePassphraseDialog",
        "The current passphrase is wrong. Nothing was changed: the database still opens with the current "
        "passphrase."),
    "passphrase_uncertain": QT_TRANSLATE_NOOP(
        "ChangePassphraseDialog",
        "The passphrase change failed and the database could not be read back. At the next unlock, try the "
        "current passphrase, then the new one."),
}
_IN_USE = QT_TRANSLATE_NOOP(
    "ChangePassphraseDialog",
    "Another program (Majlis or majlis-cli) has this database open. Close it and try again. Nothing was "
    "changed: the database still opens with the current passphrase.")
_BY_REASON = {
    "in_use": _IN_USE,
    "being_replaced": _IN_USE,
    "replaced": QT_TRANSLATE_NOOP(
        "ChangePassphraseDialog",
        "The database file was replaced or its passphrase was changed by another program. Nothing was "
        "changed. Close Majlis and open the database again."),
    "disk_full": QT_TRANSLATE_NOOP(
        "ChangePassphraseDialog",
        "The disk is full. Free some space and try again. Nothing was changed: the database still opens with "
        "the current passphrase."),
    "read_only": QT_TRANSLATE_NOOP(
        "ChangePassphraseDialog",
        "The database is on a read-only disk or folder. Nothing was changed: the database still opens with "
        "the current passphrase."),
    # A file of the backups folder's name (made by hand, a copy named so): "the disk … reported an error".
    "not_a_folder": QT_TRANSLATE_NOOP(
        "ChangePassphraseDialog",
        "The backup with the new passphrase could not be written: a file stands where the backups folder goes, "
        "beside the database. Move or rename that file, then try again. Nothing was changed: the database "
        "still opens with the current passphrase."),
}
_FOLDER = QT_TRANSLATE_NOOP(
    "ChangePassphraseDialog",
    "The backup with the new passphrase could not be written: the backups folder beside the database cannot "
    "be written to. Nothing was changed: the database still opens with the current passphrase.")
_ENVIRONMENT = QT_TRANSLATE_NOOP(
    "ChangePassphraseDialog",
    "The disk is full or reported an error. Nothing was changed: the database still opens with the current "
    "passphrase.")
_OURS = QT_TRANSLATE_NOOP(
    "ChangePassphraseDialog",
    "The passphrase could not be changed. Nothing was changed: the database still opens with the current "
    "passphrase.")


def failure_words(exc: BaseException) -> str:
    """The change refused or failed, in one line that says which passphrase opens the database now."""
    code, reason = getattr(exc, "code", ""), reason_of(exc)
    if code in _BY_CODE:
        words = _BY_CODE[code]
    elif reason in _BY_REASON:
        words = _BY_REASON[reason]
    elif isinstance(exc, OSError):  # the backups folder: write-protected, or a file in its place
        words = _FOLDER
    elif code == "environment":
        words = _ENVIRONMENT
    else:  # a fault of ours: the core checked which passphrase opens the file before letting it through
        log.warning("passphrase change failed: %s", type(exc).__name__)
        words = _OURS
    return QCoreApplication.translate(_CONTEXT, words)
