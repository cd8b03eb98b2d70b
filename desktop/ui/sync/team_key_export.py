"""The centre's **Export team key…** on the Sync page: the team's age identity written for a second
coordinator, protected by a passphrase of its own, as ``majlis-cli team key export`` writes it by default.

A coordinator who used only the app had no way to give the key to a second coordinator: the Sync page
of that laptop asks for the key file, but only the command line wrote one. The passphrase is asked
twice (masked, the wizard's rule), never kept (the fields are emptied when the dialog closes and when
Majlis locks); the file is never written in plain text from here, and never replaces a file. The line
in the results says how the second coordinator's laptop takes part (joined with the team file, never
a copy of this database: two databases publishing team updates clash at the laptops).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWidget,
)

from desktop.core.atomic_file import probe_folder
from desktop.core.db import Store
from desktop.core.validation import PASSPHRASE_TOO_WEAK, PASSPHRASE_UNTYPABLE
from desktop.sync.keys import write_protected_identity_file
from desktop.sync.team import team_identities
from desktop.ui.context import AppContext
from desktop.ui.operations import run_apart
from desktop.ui.sync import texts
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.tasks import CancelToken
from desktop.ui.widgets import export_run, live_status, passphrase_rules
from desktop.ui.widgets.field_error import FieldError
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.new_passphrase import PASSPHRASES_DIFFER, NewPassphraseFields, lay_out_dialog
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.screen_fit import grow_to_contents
from desktop.ui.widgets.word_wrap_label import WordWrapLabel

# The name suggested in the save dialog (the CLI takes any name).
SUGGESTED_NAME = "majlis-team-key.age"


class KeyFilePassphraseDialog(QDialog):
    """The key file's new passphrase, twice; ``passphrase()`` once accepted (then the fields are emptied)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_key_export_dialog")
        self._taken = ""
        self.intro, self.warning = WordWrapLabel(self), WordWrapLabel(self)
        self.warning.setStyleSheet("font-weight: bold;")
        self.fields = NewPassphraseFields("key_file_passphrase", "key_file_passphrase_again", self)
        self.fields.edited.connect(self._edited)
        # The strength and differ lines appear as the person types: the dialog kept the height it opened
        # with, and at 20 points in Kurdish they were squeezed into it, cut.
        self.fields.linesShown.connect(lambda: grow_to_contents(self) if self.isVisible() else None)
        self.new, self.again = self.fields.new, self.fields.again
        self.error = FieldError(self)
        self.error.setObjectName("key_file_passphrase_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        ctx.events.locking.connect(self._forget_typed)
        self.setMinimumWidth(460)
        self.retranslate()
        self.body = lay_out_dialog(self, [self.intro, self.fields, self.warning, self.error], self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export team key"))
        self.intro.setText(self.tr(
            "The team key opens every bundle the laptops send. The file is protected by the passphrase typed "
            "here: give it to the second coordinator apart from the file (by phone, not on the same USB stick)."))
        self.fields.new_label.setText(self.tr("&Passphrase for the key file:"))
        self.fields.again_label.setText(self.tr("&Repeat it:"))
        self.new.setAccessibleName(self.tr("Passphrase for the key file"))
        self.again.setAccessibleName(self.tr("Repeat the passphrase for the key file"))
        self.warning.setText(passphrase_rules.keep_it_safe_words())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write the key file"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.fields.show_rules()

    def _edited(self) -> None:
        self.error.set_error("")

    def refusal(self) -> str:
        """Why the passphrases typed cannot be taken ("" when they can)."""
        problem = self.fields.problem()  # the rule of the database's own passphrase
        if problem == PASSPHRASE_UNTYPABLE:
            return self.tr("The passphrase holds an invisible character that no passphrase can hold (a paste can "
                           "bring one): type it with the keyboard instead. Nothing was written.")
        if problem == PASSPHRASE_TOO_WEAK:
            return self.tr("The passphrase is too weak: use at least 8 characters. Nothing was written.")
        if problem == PASSPHRASES_DIFFER:
            return self.tr("The two passphrases differ. Nothing was written.")
        return ""

    def submit(self) -> None:
        refused = self.refusal()
        if refused:
            # The field to put right, not where Enter was pressed; the refusal is read with it.
            field = self.fields.field_at_fault(self.fields.problem() or "")
            self.error.describe(field)
            self.error.set_error(refused)
            grow_to_contents(self)  # it kept its height, and the strength line above was squeezed, cut
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._taken = self.fields.passphrase()
        self._clear_typed()
        self.accept()

    def passphrase(self) -> str:
        """The passphrase accepted, handed over once (then forgotten here)."""
        taken, self._taken = self._taken, ""
        return taken

    def reject(self) -> None:
        self._clear_typed()  # no passphrase kept in a closed dialog
        super().reject()

    def _clear_typed(self) -> None:
        self.fields.clear()

    @Slot()  # a Qt slot: the connection goes with the dialog when it is deleted
    def _forget_typed(self) -> None:
        self._clear_typed()
        self._taken = ""


class TeamKeyExport(QObject):
    """The centre's button and what it does: a file chosen, the passphrase asked, the file written on the
    DB worker, one line in the results (``say``) either way."""

    def __init__(self, ctx: AppContext, say: Callable[[Callable[[], str]], Any], last_folder: Callable[[], str],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self._say, self._last_folder, self._parent = ctx, say, last_folder, parent
        self.dialog: KeyFilePassphraseDialog | None = None
        self.writing = False
        self.button = QPushButton()
        self.button.setObjectName("export_team_key")
        self.button.setVisible(False)  # until the worker says this is the centre
        self.button.clicked.connect(self.choose_file)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Export team ke&y…"))
        self.button.setAccessibleName(self.tr("Export team key for a second coordinator"))
        self.button.setToolTip(self.tr(
            "For a second coordinator: the team key file, protected by a passphrase, with which their laptop "
            "merges bundles."))

    def set_role(self, centre: bool) -> None:
        self.button.setVisible(centre and not self.ctx.demo)

    def choose_file(self) -> bool:
        if self._refused():  # before where: nothing asked, nothing started
            return False
        suggested = default_export_folder(self._last_folder()) / SUGGESTED_NAME
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export team key"), str(suggested), self.tr("All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)  # never replaced: refused with one line
        if not path:
            return False
        self.try_folder(Path(path))
        return True

    def try_folder(self, path: Path) -> None:
        """The chosen folder tried before the passphrase is asked, as ``majlis-cli team key export`` does: a
        write-protected USB stick, a folder gone or a file of that name already there is said at once, not
        after a passphrase was made up and typed twice. Off the UI thread: a failing stick can take seconds
        to answer. The button waits meanwhile (one try at a time)."""
        self.button.setEnabled(False)

        def tried(_nothing: None) -> None:
            self.button.setEnabled(True)
            self.ask_passphrase(path)

        def refused(exc: BaseException) -> None:
            self.button.setEnabled(True)
            self._tell(partial(texts.write_failed, exc), 15000)  # as a write that failed is said

        run_apart(self.ctx, lambda _token: probe_folder(path, replace=False), tried, refused, owner=self.button)

    def _refused(self) -> bool:
        """Another export runs (File → Export's, a bundle's): one at a time (export_run), said in one line."""
        if not export_run.running(self._parent):
            return False
        self._tell(export_run.refused, 10000)
        return True

    def _tell(self, words: Words, timeout: int) -> None:
        """One line in the page's results, and in the status bar for ``timeout`` ms."""
        self._say(words)
        live_status.show(self._parent, words, timeout)

    def ask_passphrase(self, path: Path) -> KeyFilePassphraseDialog:
        self.dialog = KeyFilePassphraseDialog(self.ctx, self._parent)
        self.dialog.accepted.connect(lambda: self.write(path, self.dialog.passphrase() if self.dialog else ""))
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()
        return self.dialog

    def write(self, path: Path, passphrase: str) -> bool:
        """On the DB worker as File → Export's exports are (export_run): in the status bar with a Cancel,
        which stops it while it waits its turn and while the key is sealed and written, up to the moment
        the file takes its name (no file), and is said as too late after."""
        if self.writing or not passphrase or self._refused():
            return False
        self.writing = True
        self.button.setEnabled(False)
        store = self.ctx.store

        def work(token: CancelToken, progress: Any) -> Path:
            if token.cancelled:  # Cancel while it waited behind other work: nothing written
                raise InterruptedError("export cancelled")
            return _write_key(store, path, passphrase, cancelled=lambda: token.cancelled)

        def tell(words: Words, timeout: int) -> None:
            if not shiboken6.isValid(self.button):  # the page closed meanwhile: no one to tell
                return
            self._done()
            self._tell(words, timeout)

        export_run.start(self._parent, self.ctx.tasks.run, work, what="team key", tell=tell,
                         written=lambda written: partial(self._written_line, written),
                         failure=lambda exc: partial(texts.write_failed, exc))  # an existing file, a stick
        return True

    def _written_line(self, path: Path) -> str:
        return self.tr(
            "Team key written, protected by its passphrase: {file}. For a second coordinator: their laptop joins "
            "the team with the team file (never a copy of this database: only this one publishes team updates), "
            "you approve it here as a coordinator and publish a team update, and it merges bundles with this file."
        ).format(file=shown_path(path))

    def _done(self) -> None:
        self.writing = False
        self.button.setEnabled(True)


def _write_key(store: Store, path: Path, passphrase: str, *, cancelled: Callable[[], bool] | None = None) -> Path:
    """On the DB worker: the identities kept in the centre's database, sealed with ``passphrase``."""
    return write_protected_identity_file(path, team_identities(store), passphrase, cancelled=cancelled)
