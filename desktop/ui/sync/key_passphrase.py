"""The passphrase of a protected team key file, asked when the Sync page is given one.

`majlis-cli team key export` writes the centre's age identity protected by a passphrase of its own
by default (for a second coordinator). The dialog asks for it, masked, and opens the key; a passphrase
that does not open it is one line, and the dialog asks again until it opens or is cancelled. The
passphrase is never kept: only the identities read, in memory, by whoever asked (the Sync page keeps
the file's path in its settings, as for a plain key file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from desktop.sync.errors import BundleError, WrongKeyPassphraseError
from desktop.sync.keys import Identity, load_protected_identity_file, open_protected_identities
from desktop.ui.sync import texts
from desktop.ui.widgets.asked_once import answer_of
from desktop.ui.widgets.live_words import Words, say
from desktop.ui.widgets.save_files import shown_path
from desktop.ui.widgets.screen_fit import grow_to_contents
from desktop.ui.widgets.word_wrap_label import WordWrapLabel


class KeyPassphraseDialog(QDialog):
    """Asks for the passphrase of the protected team key file at ``path``; ``identities`` once it opened.
    ``sealed``: the file's bytes, already read off the UI thread (else it is read here)."""

    def __init__(self, path: Path, parent: QWidget | None = None, sealed: bytes | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("key_passphrase_dialog")
        self.path = path
        self.sealed = sealed
        self.identities: list[Identity] = []
        self.explain, self.error = WordWrapLabel(self), WordWrapLabel(self)
        self.error.setObjectName("key_passphrase_error")
        self.error.setStyleSheet("color: #b00020; font-weight: bold;")
        self.field = QLineEdit(self)
        self.field.setObjectName("key_passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.explain.setBuddy(self.field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.explain, self.field, self.error, self.buttons):
            layout.addWidget(widget)
        self.error.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team key passphrase"))
        self.explain.setText(self.tr(
            "The team key file {file} is protected by a passphrase. Type the passphrase it was exported with "
            "(not this database's passphrase):").format(file=shown_path(self.path.name)))
        self.field.setAccessibleName(self.tr("Passphrase of the team key file"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _say_error(self, words: str | Words) -> None:
        say(self.error, words)
        self.error.setVisible(bool(words))
        grow_to_contents(self)  # the explanation above was squeezed into the height it opened with

    def accept(self) -> None:
        passphrase = self.field.text()
        if not passphrase:  # OK before typing: said, not only the keyboard put back in the field
            self._say_error(lambda: self.tr("Type the passphrase of the team key file first."))
            self.field.setFocus()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt: about a second
        try:
            self.identities = (open_protected_identities(self.sealed, passphrase) if self.sealed is not None
                               else load_protected_identity_file(self.path, passphrase))
        except WrongKeyPassphraseError:
            self._say_error(lambda: self.tr("This passphrase does not open the key file. Type it again, or cancel."))
            self.field.clear()
            self.field.setFocus()
            return
        except BundleError as exc:  # unreadable now, or what it holds is not an identity
            refused = exc
            self._say_error(lambda: texts.error_message(refused))
            self.field.clear()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.field.clear()
        self._say_error("")
        super().accept()


def open_protected_key(path: Path, parent: QWidget | None = None,
                       sealed: bytes | None = None) -> list[Identity] | None:
    """The identities of the protected key file at ``path`` (``sealed``: its bytes, read already), its
    passphrase asked for; None when cancelled."""
    return answer_of(KeyPassphraseDialog(path, parent, sealed),
                     lambda dialog, result: dialog.identities if result == QDialog.DialogCode.Accepted else None)
