"""The Results lines of bundles held for approval, said again once their device is decided on the roster.

A coordinator imported a stick, read "basra-3.majlis: held for approval (device … is not on the roster)",
approved the laptop under Devices waiting, and the line still said held: as if nothing had been applied.
Each held line is kept with its outcome; after an approval it says what became of the bundle (imported,
with its counts, or refused and why, as the roster's own lines say), after a rejection that it was
discarded. The lines of earlier runs too: the Results list keeps a day's runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QListWidgetItem, QStyle, QWidget
from shiboken6 import isValid

from desktop.sync.importer import ImportOutcome
from desktop.sync.roster import Approved
from desktop.ui.sync import texts
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.widgets.device_name import isolated_device_name


def decided_line(held: ImportOutcome, file_name: str, number: Callable[[int], str],
                 applied: ImportOutcome | None, *, approved: bool) -> str:
    """What became of the held bundle ``held`` once its device was approved (``applied``: its bundle's
    outcome then, None when none was: it was there already) or rejected."""
    translate = QCoreApplication.translate
    device = isolated_device_name(held.device_name, held.device_id)
    if not approved:
        return translate("SyncTexts", "{file}: discarded: device {device} was rejected").format(
            file=file_name, device=device)
    if applied is not None and applied.status == "imported":
        return translate("SyncTexts", "{file}: imported when device {device} was approved (new changes: {changes}, "
                         "conflicts: {conflicts})").format(file=file_name, device=device,
                                                           changes=number(applied.new_changes),
                                                           conflicts=number(applied.conflicts))
    if applied is not None and applied.status == "refused":
        return translate("SyncTexts", "{file}: refused when device {device} was approved: {reason}").format(
            file=file_name, device=device, reason=texts.refusal(applied.code, applied.message))
    return translate("SyncTexts", "{file}: device {device} was approved; nothing new in it").format(
        file=file_name, device=device)


def unreached_line(held: ImportOutcome, file_name: str, *, by_update: bool) -> str:
    """A held bundle whose device was put on the roster (``by_update``: by a team update, else by Approve or
    Register a device…) by a release that stopped before reaching it: its line said "held for approval
    (device … is not on the roster)", though the device now is. It waits for what applies it next."""
    translate = QCoreApplication.translate
    device = isolated_device_name(held.device_name, held.device_id)
    if by_update:
        return translate("SyncTexts", "{file}: not applied yet: a team update put device {device} on the roster, but "
                         "applying its bundles stopped before this one. The next team update applies it.").format(
            file=file_name, device=device)
    return translate("SyncTexts", "{file}: not applied yet: device {device} is on the roster, but applying its "
                     "bundles stopped before this one. Once this is put right, select the device among the devices "
                     "waiting and press Approve again.").format(file=file_name, device=device)


class HeldLines:
    """The held lines in ``results``, by the device and key they wait for: one device id may wait under
    two keys (a restored laptop signing anew, an outsider copying a genuine laptop's id), two entries on the
    waiting list, each decided on its own; deciding one leaves the other's lines held."""

    def __init__(self, results: ResultsLog, page: QWidget, number: Callable[[int], str]) -> None:
        self.results, self.page, self.number = results, page, number
        self._lines: list[tuple[QListWidgetItem, ImportOutcome, str]] = []

    def add(self, item: QListWidgetItem, held: ImportOutcome, file_name: str) -> None:
        self._lines.append((item, held, file_name))

    def decided(self, device_id: str, fingerprint: str, applied: list[ImportOutcome] | None,
                partway: bool = False, *, by_update: bool = False) -> None:
        """``device_id`` under the key of ``fingerprint`` approved (``applied``: the outcomes of its waiting
        bundles) or rejected (None). ``partway``: the approval stopped before every bundle was applied; the
        lines of those in ``applied`` say what became of them, the others that they still wait, and for
        what (``by_update``: the device was put on the roster by a team update, whose next one applies them)."""
        keep: list[tuple[QListWidgetItem, ImportOutcome, str]] = []
        by_span = {(o.seq_from, o.seq_to): o for o in applied or ()}
        for item, held, name in self._lines:
            if not isValid(item) or item.listWidget() is not self.results:
                continue  # the list was cleared
            outcome = by_span.get((held.seq_from, held.seq_to))
            if (held.device_id, held.fingerprint) != (device_id, fingerprint):
                keep.append((item, held, name))
                continue
            if partway and outcome is None:  # not reached: waits, said again once applied
                self.results.restate(item, partial(unreached_line, held, name, by_update=by_update))
                keep.append((item, held, name))
                continue
            self.results.restate(item, partial(decided_line, held, name, self.number, outcome,
                                               approved=applied is not None))
            refused = applied is None or (outcome is not None and outcome.status == "refused")
            item.setIcon(self.page.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical) if refused
                         else self.page.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
        self._lines = keep

    def approved(self, approvals: Sequence[Approved], partway: bool = False) -> None:
        """Each device of ``approvals`` put on a coordinator's laptop's roster by a team update, with the
        outcomes of the bundles applied then (team_update._apply_held). (Approve and Register a device… say
        theirs through ``decided``: roster_decide.RosterDecisions.said_applied.)"""
        for done in approvals:
            self.decided(done.device_id, done.fingerprint, list(done.outcomes), partway, by_update=True)
