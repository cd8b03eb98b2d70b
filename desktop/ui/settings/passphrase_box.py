"""Settings → Passphrase: **Change passphrase…** (``passphrase_dialog.py``) and what the last change
did: the backup that opens with the new passphrase, and how many older ones keep the old one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.core.passphrase_change import PassphraseChanged
from desktop.ui.context import AppContext
from desktop.ui.settings.action_box import ActionBox
from desktop.ui.settings.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.widgets.save_files import shown_path


class PassphraseBox(ActionBox):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 changed: Callable[[], None] | None = None) -> None:
        super().__init__("change_passphrase_button", "passphrase_status", parent)
        self.ctx = ctx
        self._on_change = changed  # the page's Backups box counts the new backup
        self.dialog: ChangePassphraseDialog | None = None
        self.button.clicked.connect(self.open_dialog)
        self.lay_out()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Passphrase"))
        self.summary.setText(self.tr(
            "If others may have seen or guessed the passphrase (the laptop was lent, or used in front of "
            "people), change it."))
        self.button.setText(self.tr("Change &passphrase…"))
        self.button.setAccessibleName(self.tr("Change passphrase"))
        super().retranslate()

    def open_dialog(self) -> ChangePassphraseDialog:
        """The dialog, window-modal over the settings (the lock covers it like any other)."""
        if self.dialog is not None and self.dialog.isVisible():
            return self.dialog
        if self.dialog is not None:
            self.dialog.deleteLater()  # each time a new one: nothing typed before is kept
        self.dialog = ChangePassphraseDialog(self.ctx, self._changed, self)
        self.dialog.open()
        self.dialog.current.setFocus()
        return self.dialog

    def _changed(self, result: PassphraseChanged) -> None:
        older = result.older
        backup = result.backup

        def said() -> str:
            text = self.tr("Passphrase changed: from now on the database opens only with the new one.")
            if backup is not None:
                text += " " + self.tr("A backup that opens with it was written: %1").replace(
                    "%1", shown_path(backup.name))
            if older:
                lm = self.ctx.language
                text += " " + lm.count_digits(self.tr("%n older backup(s) keep the old passphrase.", "", older), older)
            return text

        self._say(said)
        if self._on_change is not None:
            self._on_change()
