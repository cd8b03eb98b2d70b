"""Reject all waiting… on the Sync page's roster, as ``majlis-cli device reject --all-pending``.

Anyone with a copy of the team file can send bundles, each under a key made for it, until the waiting
list is full (``held_limits``: 50 devices) and a genuine new laptop's bundle is refused as
``waiting_list_full``. Rejecting them one at a time (Reject…, a question, a wait) took a coordinator
fifty rounds. This button asks once (Cancel by default), saying how many devices and bundles go and how a
genuine laptop rejected with them comes back (Approve after all…, as the CLI's line says ``device
approve NUMBER``), then rejects on the DB worker every device the question counted, in one transaction
(``roster.reject_all``: all or none). The Results lines that said their bundles held say them discarded
(``held_lines``, through the panel's ``held_decided``), and the roster is read again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from desktop.sync import roster
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.widgets.device_name import isolated_device_name
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.question_dialog import QuestionDialog

if TYPE_CHECKING:
    from desktop.ui.sync.roster_panel import RosterPanel


def to_reject(waiting: list[roster.PendingDevice], entries: list[roster.RosterEntry]) -> list[roster.PendingDevice]:
    """The waiting devices a rejection takes: not one on the roster under the key it sent (an approval
    stopped partway; ``reject_all`` leaves it, and Approve applies the rest)."""
    on_roster = {(e.device_id, e.fingerprint) for e in entries if e.fingerprint}
    return [w for w in waiting if (w.device_id, w.fingerprint) not in on_roster]


class RejectAllButton(QPushButton):
    """The button, its question, and the work on the DB worker; the panel's result line says what came of it."""

    def __init__(self, panel: RosterPanel) -> None:
        super().__init__()
        self.panel = panel
        self.rejecting = False
        self.asking = False  # its question is open
        self.setObjectName("reject_all_waiting")
        self.clicked.connect(self.reject_all)  # its words: retranslate(), from the panel's

    def retranslate(self) -> None:
        # No mnemonic, as Approve after all…: the Sync page's letters are taken in every language.
        self.setText(QCoreApplication.translate("RosterPanel", "Reject all waiting…"))
        self.setAccessibleName(QCoreApplication.translate("RosterPanel", "Reject every device waiting for approval"))
        self.update_state()

    def update_state(self) -> None:
        panel = self.panel
        self.setEnabled(bool(to_reject(panel.waiting, panel.entries)) and not self.asking and self._free())

    def ask(self, devices: list[roster.PendingDevice]) -> QuestionDialog:
        """The question, opened: how many devices and bundles go, what follows, and how a genuine laptop
        comes back. Its explanation scrolls where the screen is short (a message box at 20 points was
        taller than a laptop's screen, its buttons out of reach)."""
        translate, fmt = QCoreApplication.translate, self.panel.ctx.language.format_number
        box = QuestionDialog(self.panel, translate("RosterPanel", "Roster"))
        box.setObjectName("reject_all_question")
        box.setText(translate("RosterPanel", "Reject every device waiting for approval?\nDevices: {devices}\n"
                              "Their waiting bundles: {bundles}").format(
            devices=fmt(len(devices)), bundles=fmt(sum(w.bundles for w in devices))))
        box.setInformativeText(translate(
            "RosterPanel",
            "Their bundles will be discarded, and bundles signed with their keys refused from now on. Do this when "
            "the list was filled by bundles nobody on the team sent.\n"
            "A genuine laptop rejected with them can be approved later: select it under Rejected devices, press "
            "Approve after all… once its facilitator has read you its fingerprint, then import its bundles again."))
        confirm = box.addButton(translate("RosterPanel", "Reject all"), QDialogButtonBox.ButtonRole.DestructiveRole)
        confirm.setObjectName("reject_all_confirm")
        cancel = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)  # a mistaken Enter rejects nothing
        box.setEscapeButton(cancel)
        numbers = frozenset(w.id for w in devices)  # those the question counted, none that came since
        box.finished.connect(lambda _r: self._answered(numbers, box.clickedButton() is confirm))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def reject_all(self) -> bool:
        """Ask (the answer comes later: ``_answered``); False when there is nothing to ask about now."""
        devices = to_reject(self.panel.waiting, self.panel.entries)
        if not devices or self.asking or not self._free():
            return False
        self.asking = True
        self.update_state()
        self.ask(devices)
        return True

    def _free(self) -> bool:
        return not self.rejecting and not self.panel.held and not self.panel.deciding

    def _answered(self, numbers: frozenset[int], confirmed: bool) -> None:
        self.asking = False
        if not confirmed or not self._free():  # an import or a decision began while it asked: it waits for it
            self.update_state()
            return
        self._busy(True)
        CollectionOp.on_store(self.panel.ctx, lambda store: roster.reject_all(store, numbers)).with_busy(
            self.panel.busy).success(self._rejected).failure(self._failed).run_in_background()

    def _busy(self, rejecting: bool) -> None:
        self.rejecting = rejecting
        self.panel.show_selected()  # Approve…, Reject… and this wait for it

    def _rejected(self, done: roster.AllRejected) -> None:
        self._busy(False)
        panel = self.panel
        # Their Results lines: discarded (held_lines.HeldLines.decided), by device and key: another key waiting
        # under the same device id keeps its lines.
        for waiting, _count in done.rejected:
            panel.held_decided.emit(waiting.device_id, waiting.fingerprint, None, False)
        say(panel.result_label, lambda: self.said(done))
        panel.refresh()
        panel.decided.emit()

    def said(self, done: roster.AllRejected) -> str:
        """What was done, in the language and digits of the moment."""
        translate, fmt = QCoreApplication.translate, self.panel.ctx.language.format_number
        if done.rejected:
            lines = [translate("RosterPanel", "Rejected devices: {devices}; bundles discarded: {bundles}.").format(
                devices=fmt(len(done.rejected)), bundles=fmt(sum(count for _, count in done.rejected))),
                translate("RosterPanel", "Their bundles are refused from now on. To undo one, select it under "
                          "Rejected devices and press Approve after all…")]
        else:  # decided meanwhile in another window, or by majlis-cli
            lines = [translate("RosterPanel", "No device was rejected: the devices asked about were already approved "
                               "or rejected (in another window?).")]
        lines += [translate("RosterPanel", "{name} was not rejected: it is on the roster already (an approval stopped "
                            "partway). Select it and press Approve to apply what it sent.").format(
            name=isolated_device_name(w.name, w.device_id)) for w in done.left]
        return "\n".join(lines)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        # One line: that none was rejected (one transaction, all or none), and why (another program writing
        # to the database, the disk full), never the exception's class name.
        say(self.panel.result_label, lambda: QCoreApplication.translate(
            "RosterPanel", "No device was rejected: {reason}").format(reason=texts.error_message(exc)))
        self.panel.refresh()
