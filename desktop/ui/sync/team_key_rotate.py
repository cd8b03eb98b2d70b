"""The centre's **New team key…** on the Sync page, under Export team key…: a team key file was lost (a USB
stick holding the exported key), so whoever has it could read every bundle the laptops send.

It asks first (No by default), saying what happens, then makes the new key on the DB worker as ``majlis-cli
team key rotate`` does (``desktop.sync.key_rotation``): the old keys stay in the database (the bundles sent
before still import), the laptops encrypt to the new one once they apply the next team update. The results
list says the next steps in one line: publish a team update, export the key again for a second coordinator.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.sync.key_rotation import KeyRotated, rotate_team_key
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.widgets.question_dialog import ask_yes_no


def question_words() -> tuple[str, str]:
    """(title, text) of the question asked before a new team key is made."""
    translate = QCoreApplication.translate
    return translate("NewTeamKeyButton", "New team key"), translate(
        "NewTeamKeyButton",
        "Make a new team key? Only when a team key file was lost or reached someone who should not have it: that "
        "file opens every bundle encrypted to the team's key.\nThe laptops encrypt their bundles to the new key once "
        "they apply your next team update: publish one and carry it to every laptop. The bundles sent before still "
        "open here (the old key stays in this database). A second coordinator needs the team key exported again.")


class NewTeamKeyButton(QPushButton):
    """``say(words)``: a line for the page's results list (a function of the language)."""

    def __init__(self, ctx: AppContext, say: Callable[[Callable[[], str]], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._say = ctx, say
        self.making = False
        self.setObjectName("new_team_key")
        self.setVisible(False)  # until the worker says this is the centre
        self.clicked.connect(self.ask_and_make)

    def retranslate(self) -> None:
        self.setText(self.tr("&New team key…"))
        self.setAccessibleName(self.tr("Make a new team key"))
        self.setToolTip(self.tr("When a team key file was lost: the laptops encrypt to a new key from the next team "
                            "update on."))

    def set_role(self, centre: bool) -> None:
        self.setVisible(centre and not self.ctx.demo)

    def ask_and_make(self) -> bool:
        if self.making:
            return False
        title, text = question_words()
        if not ask_yes_no(self, title, text):  # its lines scroll where the screen is short (20 points)
            return False
        self.making = True
        self.setEnabled(False)
        CollectionOp.on_store(self.ctx, rotate_team_key).success(self._made).failure(self._failed).run_in_background()
        return True

    def _made(self, _made: KeyRotated) -> None:
        self._done()
        self._say(lambda: QCoreApplication.translate(  # said again on a language change: no self here
            "NewTeamKeyButton",
            "New team key made. Publish a team update now and carry it to every laptop: until a laptop applies it, its "
            "bundles are encrypted to the old key. Export the team key again for a second coordinator."))

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self._say(lambda: QCoreApplication.translate("NewTeamKeyButton", "No new team key was made: {reason}").format(
            reason=texts.error_message(exc)))

    def _done(self) -> None:
        self.making = False
        self.setEnabled(True)
