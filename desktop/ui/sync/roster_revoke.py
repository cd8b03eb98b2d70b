"""Revoke… on the Sync page's roster: a device taken off it (a laptop lost or stolen).

The coordinator picks the device in the roster list and presses Revoke…; a question names it by the
centre's label and its key fingerprint (No by default). Bundles signed with its key are refused from
then on; what it sent before stays (``desktop.sync.revocations``). The roster lists it as revoked.
There is no undo here: the device comes back under a new key, approved among the waiting devices.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

from desktop.sync import revocations, roster
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.device_name import isolated_device_name
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.question_dialog import ask_yes_no


def revoked_mark() -> str:
    """What a revoked device's roster line says after its fingerprint."""
    return QCoreApplication.translate("RosterPanel", "revoked: its bundles are refused")


def can_revoke(entry: roster.RosterEntry | None) -> bool:
    return entry is not None and not entry.is_self and not entry.revoked and bool(entry.fingerprint)


def question(entry: roster.RosterEntry) -> str:
    return QCoreApplication.translate(
        "RosterPanel",
        "Revoke {name}? Do this only if the laptop was lost or stolen.\nKey fingerprint: {fingerprint}\n"
        "Bundles signed with its key will be refused from now on; what it sent before stays. Its replacement "
        "signs with a new key, which you approve after comparing it with the facilitator.",
    ).format(name=isolated_device_name(entry.name, entry.device_id), fingerprint=texts.isolated_fingerprint(
        entry.fingerprint))


class RevokeButton(QPushButton):
    """The button, its question, and the work on the DB worker. ``entry()`` is the roster line chosen;
    ``result`` the panel's line; ``done()`` runs once it is recorded (the panel reads the roster again)."""

    def __init__(self, ctx: AppContext, listing: QListWidget, entry: Callable[[], roster.RosterEntry | None],
                 result: QLabel, busy: BusyState, done: Callable[[], None], free: Callable[[], bool]) -> None:
        super().__init__()
        self.ctx, self.entry, self.result, self.busy, self.done, self.free = ctx, entry, result, busy, done, free
        self.revoking = False
        self.setObjectName("revoke_device")
        self.clicked.connect(self.revoke_selected)
        listing.currentRowChanged.connect(lambda _row: self.update_state())
        self.retranslate()

    def retranslate(self) -> None:
        # No mnemonic, as Approve after all…: the Sync page's letters are taken in every language.
        self.setText(QCoreApplication.translate("RosterPanel", "Revoke…"))
        self.setAccessibleName(QCoreApplication.translate("RosterPanel", "Revoke the device (lost or stolen)"))
        self.update_state()

    def update_state(self) -> None:
        self.setEnabled(can_revoke(self.entry()) and not self.revoking and self.free())

    def revoke_selected(self) -> bool:
        chosen = self.entry()
        if not can_revoke(chosen) or self.revoking or not self.free():
            return False
        assert chosen is not None
        # Its lines scroll where the screen is short (at 20 points a message box was 600 to 780 pixels tall); plain
        # text: a device's name (its bundle's) is never drawn as markup.
        if not ask_yes_no(self, QCoreApplication.translate("RosterPanel", "Roster"), question(chosen)):
            return False
        device_id = chosen.device_id
        self.revoking = True
        self.update_state()
        CollectionOp.on_store(self.ctx, lambda store: revocations.revoke(store, device_id)).with_busy(
            self.busy).success(self._revoked).failure(self._failed).run_in_background()
        return True

    def _revoked(self, done: revocations.Revoked) -> None:
        self.revoking = False
        say(self.result, lambda: QCoreApplication.translate(
            "RosterPanel", "{name} is revoked: bundles signed with its key are refused from now on.").format(
            name=isolated_device_name(done.name, done.device_id)))
        self.done()

    def _failed(self, exc: BaseException) -> None:
        self.revoking = False
        say(self.result, lambda: QCoreApplication.translate("RosterPanel", "Failed: {reason}").format(
            reason=texts.error_message(exc)))
        self.done()
