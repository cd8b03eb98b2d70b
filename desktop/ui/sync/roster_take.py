"""Take a bundle it wrote before it was lost… on the Sync page's roster: a revoked laptop's posted file.

A bundle signed with a revoked key is refused at every import: its dates and sequence numbers are
written by whoever holds the key, so nothing in it tells the facilitator's work from the thief's. A
bundle the laptop wrote before it was lost, handed or posted by the facilitator (a USB stick in the
post), is taken here by name: the coordinator picks the revoked device on the roster, then the file,
and answers a question (No by default). Only that file is applied, under every other rule of an
import (``revocations.Taken``); the result line says what became of it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QPushButton

from desktop.core.db import Store
from desktop.sync import revocations, roster, team, touched_sessions
from desktop.sync.importer import ImportOutcome, import_files
from desktop.ui.context import AppContext
from desktop.ui.operations import CollectionOp
from desktop.ui.sync import texts
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.widgets.busy import BusyState
from desktop.ui.widgets.device_name import isolated_device_name
from desktop.ui.widgets.live_words import say
from desktop.ui.widgets.question_dialog import ask_yes_no

# A bundle taken writes the device row (as an approval), and what its outcome says it wrote.
DEVICE = ("device",)


def _take(store: Store, device_id: str, path: Path) -> ImportOutcome:
    (outcome,) = import_files(store, [path], team.team_identities(store), taken=revocations.to_take(store, device_id))
    return outcome


class TakeButton(QPushButton):
    """Shown while a revoked device is chosen on the roster. ``entry()``: that roster line; ``result``:
    the panel's line; ``done()`` once the file is taken or refused (the panel reads the roster again)."""

    def __init__(self, ctx: AppContext, listing: QListWidget, entry: Callable[[], roster.RosterEntry | None],
                 result: QLabel, busy: BusyState, done: Callable[[], None], free: Callable[[], bool]) -> None:
        super().__init__()
        self.ctx, self.entry, self.result, self.busy, self.done, self.free = ctx, entry, result, busy, done, free
        self.taking = False
        self.setObjectName("take_revoked_bundle")
        self.clicked.connect(lambda: self.take())
        listing.currentRowChanged.connect(lambda _row: self.update_state())
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(texts.take_words())  # named so in a refused file's line under Results
        self.setAccessibleName(QCoreApplication.translate(
            "RosterPanel", "Take a bundle the revoked device wrote before it was lost"))
        self.update_state()

    def update_state(self) -> None:
        chosen = self.entry()
        self.setVisible(chosen is not None and chosen.revoked)
        self.setEnabled(not self.taking and self.free())

    def take(self, path: Path | None = None) -> bool:
        """Choose the file (``path``: already chosen), ask, then import it as that device's."""
        chosen = self.entry()
        if chosen is None or not chosen.revoked or self.taking or not self.free():
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, QCoreApplication.translate("RosterPanel", "Take a bundle it wrote before it was lost"),
                str(default_export_folder()), QCoreApplication.translate("RosterPanel", "All files (*);;Majlis bundles (*.majlis)"))
            if not name:
                return False
            path = Path(name)
        # Plain text: the device's name (its bundle's) and the file's are never drawn as markup. Its lines scroll
        # where the screen is short (at 20 points its message box was 456 pixels tall, a laptop has 424).
        if not ask_yes_no(self, QCoreApplication.translate("RosterPanel", "Roster"), QCoreApplication.translate(
            "RosterPanel",
            "Take {file}, signed with the revoked key of {name}? Only if you know the laptop wrote it before it was "
            "lost: the facilitator handed or posted it to you. Nothing else signed with that key is taken.",
        ).format(file=f"\u2068{path.name}\u2069", name=isolated_device_name(chosen.name, chosen.device_id))):
            return False
        device_id, shown = chosen.device_id, f"\u2068{path.name}\u2069"
        self.taking = True
        self.update_state()
        CollectionOp.on_store(self.ctx, lambda store: _take(store, device_id, path)).with_busy(self.busy).success(
            lambda outcome: self._taken(outcome, shown)).failure(self._failed).run_in_background()
        return True

    def _taken(self, outcome: ImportOutcome, shown: str) -> None:
        self.taking = False
        say(self.result, lambda: texts.outcome_line(outcome, shown, self.ctx.language.format_number))
        if outcome.status == "imported":
            self.ctx.events.changed.emit(touched_sessions.announced([outcome], DEVICE))
        self.done()

    def _failed(self, exc: BaseException) -> None:
        self.taking = False
        say(self.result, lambda: QCoreApplication.translate("RosterPanel", "Failed: {reason}").format(
            reason=texts.error_message(exc)))
        self.done()
