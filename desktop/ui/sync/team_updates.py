"""The Sync page's team updates: a laptop applies the centre's (codebook, consent forms), the centre
publishes them. Signed, not encrypted: no team key is asked for either way.

The page lays out the two buttons and shares its one job with this half (an import and an update
being applied never run together): it hands in ``start_job``, and hears back through ``applied``
(the tables the updates changed) and ``published`` (the next update will have the next number).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QStyle, QWidget

from desktop.core.change_set import Touched
from desktop.sync.errors import NoIdentityError
from desktop.sync.outbox import with_bundle_suffix
from desktop.sync.team import TeamUpdateWritten, write_team_update
from desktop.sync.team_update_outcomes import SENT, Applied, apply_updates
from desktop.ui.context import AppContext
from desktop.ui.operations import OpDone, run_change
from desktop.ui.sync import arrived_erasure, texts
from desktop.ui.sync.drives import default_export_folder
from desktop.ui.sync.import_report import stop_reason
from desktop.ui.sync.import_run import AppliedFirst, SaidThenFailed, StoppedAfterUpdates
from desktop.ui.sync.outbox_panel import OutboxPanel
from desktop.ui.sync.results_log import ResultsLog
from desktop.ui.sync.team_key_export import TeamKeyExport
from desktop.ui.sync.team_key_rotate import NewTeamKeyButton
from desktop.ui.tasks import CancelToken
from desktop.ui.widgets import export_run, live_status
from desktop.ui.widgets.live_words import Words
from desktop.ui.widgets.save_files import shown_path

Work = Callable[[CancelToken, Any], Any]
# The page's one job: runs ``work`` on the DB worker and hands its result to the callback, once the
# page is idle again; False (nothing started) while an import or another update is running.
StartJob = Callable[[Work, Callable[[Any], None]], bool]


class TeamUpdates(QObject):
    applied = Signal(object)  # a Touched: the tables the applied updates changed, their sessions, imported
    # On a coordinator's laptop, the devices an update put on the roster whose held bundles it applied
    # (list[roster.Approved]): their Results lines say what became of them (held_lines.HeldLines.approved).
    # And whether the release stopped partway (the lines of the bundles it did not reach still say held).
    released = Signal(object, bool)
    published = Signal()

    def __init__(self, ctx: AppContext, outbox: OutboxPanel, results: ResultsLog, start_job: StartJob,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.outbox, self.results = ctx, outbox, results
        self._start_job = start_job
        self._parent = parent  # the file dialogs' parent
        self._idle = True  # the page runs no import and applies no update
        self._publishing = False
        self._update_name = ""  # the centre's next team update's file name, as the CLI names it
        # A laptop applies the centre's team updates; the centre writes them, it does not apply them.
        self.update_button = QPushButton()
        self.update_button.setVisible(False)  # until the worker says this is not the centre
        self.publish_button = QPushButton()
        self.publish_button.setVisible(False)  # until the worker says this is the centre
        self.update_button.clicked.connect(self.update_dialog)
        self.publish_button.clicked.connect(self.publish_dialog)
        self.outbox.stateChanged.connect(self._enable_update)  # joined a team, or not yet
        # The centre's key for a second coordinator, beside Publish (what the CLI's team key export writes).
        self.key_export = TeamKeyExport(
            ctx, results.say, lambda: outbox.state.last_export_folder if outbox.state else "", parent)
        self.new_key = NewTeamKeyButton(ctx, results.say, parent)  # a key file lost: team_key_rotate.py

    def retranslate(self) -> None:
        self.update_button.setText(self.tr("&Apply team update…"))
        self.publish_button.setText(self.tr("&Publish team update…"))
        self.update_button.setAccessibleName(self.tr("Apply team update"))
        self.publish_button.setAccessibleName(self.tr("Publish team update"))
        self.key_export.retranslate()
        self.new_key.retranslate()
        self._enable_update()

    def set_role(self, centre: bool, next_name: str = "") -> None:
        """What the worker read: the centre publishes (``next_name``: its next update's file name), a
        laptop applies."""
        self.update_button.setVisible(not centre and not self.ctx.demo)  # the demo joins no team (OutboxPanel)
        self.publish_button.setVisible(centre)
        self.key_export.set_role(centre)
        self.new_key.set_role(centre)
        self._update_name = next_name

    def set_idle(self, idle: bool) -> None:
        """No import running (``idle``): Publish, greyed while one runs (it waited behind the import on
        the one DB worker, nothing seen for its length), is enabled again."""
        self._idle = idle
        self._enable_update()
        self.publish_button.setEnabled(idle and not self._publishing)

    def _enable_update(self) -> None:
        # A laptop that has not joined a team has no central key to check an update against: the
        # button waits for the team file instead of refusing every update ("not enrolled").
        joined = self.outbox.state is not None and self.outbox.state.in_team
        self.update_button.setEnabled(joined and self._idle)
        self.update_button.setToolTip("" if joined else self.tr(
            "Join the team first, with the team file from your coordinator: a team update is applied only on a "
            "laptop in the team."))

    # --- a laptop applies ----------------------------------------------------------------------------

    def update_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._parent, self.tr("Apply team update"), "", self.tr("All files (*);;Majlis bundles (*.majlis)")
        )
        if paths:
            self.apply_team_updates([Path(p) for p in paths])

    def apply_team_updates(self, paths: list[Path], not_here: list[Path] | None = None,
                           why: str = NoIdentityError.code, empty: list[Path] | None = None,
                           first: AppliedFirst | None = None, sent: list[Path] | None = None) -> bool:
        """Each file applied on the DB worker, on its own; one translated line per file, and one for
        each bundle of changes chosen with them on a laptop (``not_here``, refused with the code ``why``:
        it holds no team key, or bundles are not merged there; ``sent``: a field laptop's own, said in a
        neutral line), and for each folder given that holds no team update (``empty``). ``first``: the
        team updates applied already while the files were sorted (import_run.applied_first), said first,
        not applied again."""
        if not paths and not not_here and not empty and not sent and first is None:
            return False
        store = self.ctx.store
        left = [Applied(p.name, "refused", code=why) for p in not_here or []]
        left += [Applied(p.name, SENT) for p in sent or []]
        left += [Applied(p.name or str(p), "empty") for p in empty or []]  # a drive's root has no name

        def work(token: CancelToken, progress: Any) -> tuple[OpDone[list[Applied]], arrived_erasure.Arrived | None]:
            erased_before = first.erased_before if first is not None else arrived_erasure.mark(store)
            try:
                done = run_change(store, lambda st: apply_updates(st, paths) + left)
            except Exception as exc:  # the database locked: the updates applied first are said with it,
                # and the other files' lines (a bundle not merged here, a folder with no team update)
                if first is not None:
                    raise StoppedAfterUpdates(first, exc, said=left) from exc
                if left:
                    raise SaidThenFailed(left, exc) from exc
                raise
            if first is not None:
                changes = Touched(first.done.changes, first.done.changes.sessions, imported=first.done.changes.imported)
                changes.merge(done.changes)
                done = OpDone(first.done.value + done.value, changes)
            return done, arrived_erasure.report_since(store, erased_before)  # the centre's erasures, here too

        return self._start_job(work, self._updates_applied)

    def _updates_applied(self, result: tuple[OpDone[list[Applied]], arrived_erasure.Arrived | None]) -> None:
        done, erased = result
        self.say(done.value)
        arrived_erasure.show(self.ctx, self._parent, erased, self.results)
        # The Touched as the work collected it: held bundles a team update released say ``imported`` and
        # their sessions, so an open session editor follows them (a plain set would hide both).
        changes = done.changes
        self.applied.emit(Touched(changes, changes.sessions, imported=changes.imported))

    def say(self, done: list[Applied]) -> None:
        """One line per team update file in the page's results."""
        fmt = self.ctx.language.format_number
        for one in done:
            # The file name left to right as a whole, in an Arabic or Kurdish line too.
            line = partial(texts.team_update_line, shown_path(one.name), one.status, one.sequence, one.changed,
                           one.code, one.message, fmt, role=one.role, retired=one.retired, codings=one.codings,
                           applied=one.applied, forms=one.forms, new_key=one.new_key)
            item = self.results.say(partial(_with_release_stopped, line, one, fmt) if one.stopped_by else line)
            if one.status in ("refused", "empty"):  # the red mark a refused bundle's line has: looked for down the list
                item.setIcon(self.results.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            elif one.stopped_by:  # applied, its release of held bundles stopped: the mark a held line has
                item.setIcon(self.results.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            if one.released:  # the bundles held for the devices it put on the roster were applied
                self.released.emit(list(one.released), bool(one.stopped_by))

    # --- the centre publishes ------------------------------------------------------------------------

    def publish_dialog(self) -> None:
        if self._refused():  # before where: nothing asked, nothing started
            return
        # No "replace it?" question: a team update never replaces a file (write_team_update refuses,
        # with the bundle export's translated line), since the file there may not have been carried
        # to the laptops yet.
        # Named as `team update export` names it in a folder (team and number); a stick first.
        last = self.outbox.state.last_export_folder if self.outbox.state else ""
        suggested = default_export_folder(last) / (self._update_name or "team-update.majlis")
        path, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Publish team update"), str(suggested),
            self.tr("Majlis bundles (*.majlis);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.publish_to(Path(with_bundle_suffix(path)))

    def _refused(self) -> bool:
        """Another export runs (File → Export's, a bundle's): one at a time (export_run), said in one line."""
        if not export_run.running(self._parent):
            return False
        self.results.say(export_run.refused)
        live_status.show(self._parent, export_run.refused, 10000)
        return True

    def publish_to(self, path: Path) -> bool:
        """Write the next team update to ``path`` on the DB worker as File → Export's exports are
        (export_run): in the status bar with a Cancel, which stops it while it waits its turn and while it
        is written, up to the moment the file takes its name (no file, no number used; before, a Cancel
        once the writing had started did nothing), and is said as too late after; one translated line
        either way."""
        if self._publishing or not self._idle or self._refused():
            return False
        store = self.ctx.store
        self._publishing = True
        self.publish_button.setEnabled(False)

        def work(token: CancelToken, progress: Any) -> TeamUpdateWritten:
            if token.cancelled:  # Cancel while it waited behind other work: nothing written
                raise InterruptedError("export cancelled")
            return write_team_update(store, path, cancelled=lambda: token.cancelled)

        def tell(words: Words, timeout: int) -> None:
            if not shiboken6.isValid(self.publish_button):  # the page closed meanwhile: no one to tell
                return
            self._publishing = False
            self.publish_button.setEnabled(self._idle)
            self.results.say(words)
            live_status.show(self._parent, words, timeout)

        def written(done: TeamUpdateWritten) -> Words:
            if shiboken6.isValid(self):
                self.published.emit()  # the next update's name
            return lambda: self._written_line(done)

        export_run.start(self._parent, self.ctx.tasks.run, work, what="team update", tell=tell, written=written,
                         failure=lambda exc: partial(texts.write_failed, exc))  # a write-protected stick
        return True

    def _written_line(self, written: TeamUpdateWritten) -> str:
        fmt = self.ctx.language.format_number
        line = self.tr("Team update {number} written: {file}").format(number=fmt(written.sequence),
                                                                       file=shown_path(written.path))
        if written.same_as is None:
            return line
        # Published with nothing changed (a consent form edited but not published as a new version?):
        # said on the same line, so the forgotten step shows.
        return line + " \u2014 " + self.tr(
            "Nothing changed since team update {number}: the laptops that applied it get nothing new from this "
            "one.").format(number=fmt(written.same_as))


def _with_release_stopped(line: Callable[[], str], one: Applied, number: Callable[[int], str]) -> str:
    """A team update applied whose release of the bundles held for the devices it put on the roster stopped
    partway (the disk full: team_update.ReleaseStopped): its line said "refused" or "Failed", read as
    nothing done, and the bundles applied before the failure were not said. Now: applied, then where it
    stopped, as Approve's stopped-partway line says it; each applied bundle's Results line says it too."""
    applied = sum(o.status != "refused" for device in one.released for o in device.outcomes)
    return line() + " \u2014 " + QCoreApplication.translate(
        "SyncTexts", "Applying the bundles held for the devices it put on the roster stopped: {reason} Bundles "
        "applied before it: {applied} of {total}. The others stay held and are applied with the next team "
        "update, once this is put right.").format(reason=stop_reason(one.stopped_by), applied=number(applied),
                                                  total=number(max(one.held, applied)))
