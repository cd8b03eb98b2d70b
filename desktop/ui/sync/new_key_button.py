"""New signing key… on a laptop's Sync page: the centre revoked this laptop's key.

A backup of a lost or stolen laptop restored on a new one carries the old laptop's key, which the
centre refuses once it is revoked (``desktop.sync.revocations``). This button asks first (No by
default), then gives the laptop a new key and sends everything again (``desktop.sync.new_key``); the
results list says the new fingerprint, to read to the coordinator, and the panel shows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.sync import new_key
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.widgets.question_dialog import ask_yes_no


class NewKeyButton(QPushButton):
    """``tell(line)``: a line for the page's results list (a function of the language); ``done()`` runs
    once the key is made (the panel reads its state again)."""

    def __init__(self, ctx: AppContext, tell: Callable[[Callable[[], str]], None], done: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.tell, self.done = ctx, tell, done
        self.making = False
        self.setObjectName("new_signing_key")
        self.clicked.connect(self.ask_and_make)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("NewKeyButton", "New signing key…"))
        self.setAccessibleName(QCoreApplication.translate("NewKeyButton", "Make a new signing key"))

    def ask_and_make(self) -> bool:
        if self.making:
            return False
        if not ask_yes_no(  # its lines scroll where the screen is short (20 points)
            self, QCoreApplication.translate("NewKeyButton", "New signing key"),
            QCoreApplication.translate(
                "NewKeyButton",
                "Make a new signing key? Only when your coordinator says the centre revoked this laptop's key "
                "(a backup of a lost or stolen laptop restored on this one).\nEverything recorded here goes again "
                "in your next bundles; they wait at the centre until the coordinator approves the new key, once "
                "you have read its fingerprint on the phone.")):
            return False
        self.making = True
        self.setEnabled(False)
        CollectionOp.on_store(self.ctx, new_key.new_signing_key).success(self._made).failure(
            self._failed).run_in_background()
        return True

    def _made(self, fingerprint: str) -> None:
        self.making = False
        self.setEnabled(True)
        self.tell(lambda: QCoreApplication.translate(
            "NewKeyButton", "New key fingerprint: {fingerprint}. Read it to your coordinator, then export a bundle: "
            "it carries everything again.").format(fingerprint=texts.isolated_fingerprint(fingerprint)))
        self.done()

    def _failed(self, exc: BaseException) -> None:
        self.making = False
        self.setEnabled(True)
        self.tell(lambda: QCoreApplication.translate("NewKeyButton", "No new key was made: {reason}").format(
            reason=texts.error_message(exc)))
