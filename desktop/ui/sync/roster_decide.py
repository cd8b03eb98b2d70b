"""Approve…, Reject… and Approve after all… on the Sync page's roster (``roster_panel.py``).

Each asks first (No by default), then records the decision on the DB worker (an approval applies every
bundle the device has waiting, under every rule of an import) and says what came of it in the panel's
result line, again in the language switched to. While one is recorded the buttons wait for it: pressed
again meanwhile, a second approval ran after the first and its "no longer waiting" replaced the first's
"is on the roster". Its words are the panel's (translation context RosterPanel); the %n ones stay in the
panel's own tr() (lupdate reads a plural only there).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

from desktop.core import device_label
from desktop.core.change_set import Touched
from desktop.core.errors import EnvironmentProblem
from desktop.sync import roster, touched_sessions
from desktop.sync.errors import BundleError, NotPendingError
from desktop.sync.importer import ImportOutcome
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.sync.import_report import UNEXPECTED, stop_reason
from desktop.ui.widgets.device_name import isolated_device_name
from desktop.ui.widgets.environment_words import environment_reason
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.question_dialog import ask_yes_no

if TYPE_CHECKING:
    from desktop.ui.sync.roster_panel import RosterPanel

# An approval writes the device row, and what the held bundles it applies wrote (their outcomes say).
DEVICE = ("device",)

_ltr = texts.isolated_fingerprint


def say_failure(label: QLabel, exc: BaseException) -> None:
    """Why reading or deciding failed, on the panel's result line."""
    if isinstance(exc, BundleError):
        say(label, lambda: texts.refusal(exc.code, exc.message))
    else:
        # Never the exception's class name: why, in the interface's language (a full disk, a lock).
        say(label, lambda: QCoreApplication.translate("RosterPanel", "Failed: {reason}").format(
            reason=texts.error_message(exc)))


class Told:
    """What an approval told while it ran on the DB worker (``roster.approve``'s ``decided`` and ``done``):
    a failure after the device went on the roster is then said as what it is, not as nothing done (after
    Approve, and after Register a device…: register_device.RegisteredPartway)."""

    def __init__(self, waiting: int) -> None:
        self.waiting = waiting  # the bundles the device had waiting when Approve was pressed
        self.decided: list[roster.Approved] = []
        self.done: list[ImportOutcome] = []


class RosterDecisions(QObject):
    """The roster panel's decisions, on the devices chosen in its lists, said on its result line."""

    def __init__(self, panel: RosterPanel) -> None:
        super().__init__(panel)
        self.panel, self.ctx, self.busy, self.result = panel, panel.ctx, panel.busy, panel.result_label
        # An approval or a rejection is being recorded (an approval applies every waiting bundle: seconds,
        # with nothing on screen).
        self.deciding = False

    def _confirm(self, text: str) -> bool:
        # Plain text: a device's name (its bundle's, chosen by whoever made it) is never drawn as markup. Its lines
        # scroll where the screen is short (at 20 points Approve's message box was 456 pixels tall, a laptop has 424).
        return ask_yes_no(self.panel, QCoreApplication.translate("RosterPanel", "Roster"), text)

    def approve_selected(self) -> bool:
        chosen = self.panel.selected()
        if chosen is None or self.panel.held or self.deciding or not self._confirm(
                self.panel.approve_question(chosen)):
            return False
        role, pending_id, told = self.panel.role(), chosen.id, Told(chosen.bundles)
        self._deciding(True)
        # Only while it waits: approved or rejected meanwhile in another window (or by majlis-cli), it is
        # said to be decided, not approved after a rejection nor its bundles applied a second time.
        CollectionOp.on_store(self.ctx, lambda store: roster.approve(
            store, pending_id, role=role, waiting_only=True, decided=told.decided.append, done=told.done.append,
        )).with_busy(self.busy).success(self._approved).failure(lambda exc: self._failed(exc, told)).run_in_background()
        return True

    def reject_selected(self) -> bool:
        chosen = self.panel.selected()
        if chosen is None or self.panel.held or self.deciding or not self._confirm(
                self.panel.reject_question(chosen)):
            return False
        pending_id, device_id, fingerprint = chosen.id, chosen.device_id, chosen.fingerprint
        self._deciding(True)
        CollectionOp.on_store(self.ctx, lambda store: roster.reject(store, pending_id)).with_busy(self.busy).success(
            lambda count: self._rejected(count, device_id, fingerprint)).failure(self._failed).run_in_background()
        return True

    def approve_rejected(self) -> bool:
        """Undo a rejection: the device goes on the roster (its bundles, imported again, are applied)."""
        chosen = self.panel.selected_rejected()
        if chosen is None or self.panel.held or self.deciding or not self._confirm(QCoreApplication.translate(
            "RosterPanel",
            "Approve the rejected device {id} after all? Only if the facilitator read you this same fingerprint:\n"
            "{fingerprint}\nWhat it sent before was discarded when it was rejected: import its bundles again."
        ).format(id=_ltr(device_label.short_id(chosen.device_id)), fingerprint=_ltr(chosen.fingerprint))):
            return False
        role, number, told = self.panel.role(), chosen.id, Told(0)  # what it sent was discarded
        self._deciding(True)
        CollectionOp.on_store(self.ctx, lambda store: roster.approve(
            store, number, role=role, decided=told.decided.append, done=told.done.append,
        )).with_busy(self.busy).success(self._approved).failure(lambda exc: self._failed(exc, told)).run_in_background()
        return True

    def _deciding(self, deciding: bool) -> None:
        self.deciding = deciding
        self.panel.show_selected()

    def _approved(self, done: roster.Approved) -> None:
        self._deciding(False)
        def lines() -> str:  # said again in the language and digits switched to
            said = [QCoreApplication.translate("RosterPanel", "{name} is on the roster.").format(
                name=isolated_device_name(done.name, done.device_id))]
            if done.was_rejected:
                said.append(QCoreApplication.translate(
                    "RosterPanel", "What it sent before was discarded when it was rejected: import its bundles "
                    "again."))
            return "\n".join(said + [self._outcome(o) for o in done.outcomes])

        say(self.result, lines)
        self.said_applied([done])
        self.panel.refresh()
        self.panel.decided.emit()

    def said_applied(self, approvals: Sequence[roster.Approved], partway: bool = False) -> None:
        """What ``approvals`` applied, said where it shows: the Results lines that said their bundles held
        say what became of them (by device and key), and the tables the bundles wrote are announced, so the
        pages read them again. After Approve, Register a device… (``register_device``: registering applies
        what the device sent before, as an approval), and an approval stopped ``partway`` (the lines of the
        bundles it did not reach still say held)."""
        for done in approvals:
            self.panel.held_decided.emit(done.device_id, done.fingerprint, list(done.outcomes), partway)
        outcomes = [o for done in approvals for o in done.outcomes]
        touched = touched_sessions.announced(outcomes, DEVICE)
        # The sessions the bundles applied wrote: a coding window open on another is left alone. Stopped
        # partway, which sessions is known only once every bundle is applied: any of them.
        self.ctx.events.changed.emit(Touched(touched, None if outcomes else (), imported=True) if partway else touched)

    def _outcome(self, outcome: ImportOutcome) -> str:
        # A held bundle has no file name any more (its source reads "held bundle 12", in English):
        # it is named by the changes it holds.
        fmt = self.ctx.language.format_number
        if outcome.seq_to:
            span = fmt(outcome.seq_from) if outcome.seq_from == outcome.seq_to else \
                f"{fmt(outcome.seq_from)}\u2013{fmt(outcome.seq_to)}"
            label = QCoreApplication.translate("RosterPanel", "changes {range}").format(range=span)
        else:
            label = QCoreApplication.translate("RosterPanel", "a waiting bundle")
        return texts.outcome_line(outcome, label, fmt)

    def _rejected(self, count: int, device_id: str, fingerprint: str) -> None:
        self._deciding(False)
        self.panel.held_decided.emit(device_id, fingerprint, None, False)
        say(self.result, lambda: "\n".join([
            self.panel.rejected_line(count),
            QCoreApplication.translate(
                "RosterPanel", "Its bundles are refused from now on; Approve after all undoes this."),
        ]))
        self.panel.refresh()
        self.panel.decided.emit()

    def _failed(self, exc: BaseException, told: Told | None = None) -> None:
        self._deciding(False)
        if told is not None and told.decided:
            self.stopped_partway(exc, told)
        elif isinstance(exc, NotPendingError):  # the list was read before another window (or majlis-cli) decided
            say(self.result, lambda: QCoreApplication.translate(
                "RosterPanel", "This device was already approved or rejected (in another window?): nothing more "
                "was done."))
        else:
            say_failure(self.result, exc)
        self.panel.refresh()

    def stopped_partway(self, exc: BaseException, told: Told) -> None:
        """An approval (or a registration: it applies what the device sent before) that failed once the device was on the roster (the disk full while its bundles were
        applied): "Failed: The disk reported an error." read as nothing done, yet the device was on the
        roster and the bundles applied before the failure stayed applied. Said as `majlis-cli device
        approve` says it: on the roster, how many applied, why it stopped, and that Approve again applies the
        others (they wait under the device's name); then each bundle's line, as after an approval."""
        approved, outcomes = told.decided[0], list(told.done)
        fmt = self.ctx.language.format_number
        # A refused bundle is discarded from the waiting list (its own line says why): not counted applied.
        applied = sum(o.status != "refused" for o in outcomes)
        total = max(told.waiting, len(outcomes))

        def lines() -> str:  # said again in the language and digits switched to
            reason = environment_reason(exc) if isinstance(exc, EnvironmentProblem) else stop_reason(UNEXPECTED)
            name = isolated_device_name(approved.name, approved.device_id)
            if not total:  # nothing waited (a rejected device's bundles were discarded): on the roster, then this
                said = [QCoreApplication.translate("RosterPanel", "{name} is on the roster.").format(name=name),
                        QCoreApplication.translate("RosterPanel", "Failed: {reason}").format(reason=reason)]
            else:
                said = [QCoreApplication.translate(
                    "RosterPanel", "{name} is on the roster, but applying its bundles stopped: {reason} Bundles "
                    "applied before it: {applied} of {total}. The others still wait for approval: once this is put "
                    "right, select it among the devices waiting and press Approve again."
                ).format(name=name, reason=reason, applied=fmt(applied), total=fmt(total))]
            if approved.was_rejected:
                said.append(QCoreApplication.translate(
                    "RosterPanel", "What it sent before was discarded when it was rejected: import its bundles "
                    "again."))
            return "\n".join(said + [self._outcome(o) for o in outcomes])

        say(self.result, lines)
        # The device is on the roster and those bundles wrote their rows: their Results lines say them
        # applied (the others still wait) and the pages read them again.
        self.said_applied([replace(approved, outcomes=outcomes)], partway=True)
        self.panel.decided.emit()
