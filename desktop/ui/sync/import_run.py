"""What one import run does on the DB worker, away from the Sync page's widgets: the files chosen
told apart by their first bytes (``sort_chosen``), then the team key read (the one kept in the
database, unless a key file was chosen), dropped folders searched, the team updates among the files
applied first, then the bundles imported, and the erasures that arrived. On a laptop that merges no
bundle the team updates are applied while the files are sorted (``applied_first``), before it is
decided whether the bundles beside them are merged: one may name this laptop a coordinator.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

from desktop.core.change_set import Touched
from desktop.core.db import Store
from desktop.core.errors import EnvironmentProblem
from desktop.sync.errors import BundleError, NoIdentityError, NotEnrolledError, NotMergedHereError
from desktop.sync.importer import ImportOutcome, import_files
from desktop.sync.keys import (
    Identity,
    is_protected_identity_file,
    load_identity_file,
    read_protected_identity_file,
)
from desktop.sync.merged_here import merges_here, not_merged, sent_from_here
from desktop.sync.sniff import bundles_in, may_be_bundle, same_file
from desktop.sync.stick_files import TEAM_UPDATE, by_number, signed_kind, sort_stick_files
from desktop.sync.team import current_team, team_identities
from desktop.sync.team_update_outcomes import SENT, Applied, apply_updates
from desktop.ui.operations import OpDone, run_change
from desktop.ui.sync import arrived_erasure
from desktop.ui.sync.import_report import UNEXPECTED
from desktop.ui.tasks import CancelToken
from desktop.ui.widgets.environment_words import reason_of


class KeyRead(NamedTuple):
    """The team key file chosen on the Sync page, read on the DB worker: on a slow USB stick its read
    stood the window still when it was read on the UI thread (chosen, and again at each import)."""
    path: Path
    identities: list[Identity] = []  # a plain key file's
    sealed: bytes | None = None  # a protected key file's bytes, opened with the passphrase asked for
    error: BundleError | None = None  # why it cannot be used (unreadable, not a key file)


def read_key_file(path: Path) -> KeyRead:
    """What the key file at ``path`` holds (on the DB worker): the identities of a plain one, the sealed
    bytes of a protected one (``team key export``'s default: its passphrase is asked for on the UI
    thread), or why neither."""
    try:
        if is_protected_identity_file(path):
            return KeyRead(path, sealed=read_protected_identity_file(path))
        return KeyRead(path, identities=load_identity_file(path))
    except BundleError as exc:
        return KeyRead(path, error=exc)


class AppliedFirst(NamedTuple):
    """The team updates a laptop that merged no bundle applied while its files were sorted."""
    paths: list[Path]  # the files applied (found again in a folder, they are not applied twice)
    done: OpDone[list[Applied]]  # each one's outcome, and the tables they changed
    erased_before: arrived_erasure.Mark  # read before they were applied: an erasure one brought is said
    erased: arrived_erasure.Arrived | None = None  # what they erased, said if the run goes no further (a Cancel)


#: ``StoppedAfterUpdates.step``: the team key file chosen was being read (otherwise: the files given, the
#: database, before any bundle was read).
KEY_STEP = "key"


class StoppedAfterUpdates(Exception):
    """The run failed once a laptop's team updates were applied (``applied_first``, or in ``run_import``
    before any bundle was read): the page says them (and the erasure they brought, the tables they changed),
    then ``cause`` in its one line, naming the file (an OSError's) or the ``step`` it stopped at."""

    def __init__(self, first: AppliedFirst, cause: Exception, step: str = "", said: Sequence[Applied] = ()) -> None:
        super().__init__(str(cause))
        self.first, self.cause, self.step = first, cause, step
        self.said = list(said)  # the lines of the other files given, said after the updates (``SaidThenFailed``)


class SaidThenFailed(Exception):
    """A laptop's team updates job failed (the database locked, an error not foreseen) where it had more to
    say of the files given than the updates: each bundle not merged here, this laptop's own, a folder with
    no team update. Those lines (``said``) are said before the failure's: they were lost with it, so the
    facilitator never learnt that the colleague's bundle goes to the centre."""

    def __init__(self, said: Sequence[Applied], cause: Exception) -> None:
        super().__init__(str(cause))
        self.said, self.cause = list(said), cause


class Chosen(NamedTuple):
    """What the files given to the Sync page are, read on the DB worker: their first bytes, read on the
    UI thread, stood the window still for two hundred bundles on a slow USB stick."""
    files: list[Path]  # to import: bundles, folders to search, and what else was chosen (the importer says what it is)
    updates: list[Path]  # the team updates among the files given, by content, in the order given
    folders: bool  # a folder among ``files``: it is searched for bundles first
    holds_team_key: bool | None = None  # the database keeps the team key; None: not asked
    merges: bool = True  # bundles are merged here (``merging``): False on a field laptop and in no team
    not_merged: str = NotMergedHereError.code  # why not, when ``merges`` is False: a refusal's code
    key: KeyRead | None = None  # the key file chosen, read with the files (None: not read)
    empty: list[Path] = []  # folders given to a laptop that hold no team update (each said in one line)
    first: AppliedFirst | None = None  # the team updates already applied (``applied_first``), not in ``updates``
    sent: list[Path] = []  # a field laptop's own bundles among the files (it exported them): not in ``files``


def _dropped_and_taken(path: Path, coordinator: bool) -> bool:
    """A file or folder dropped on the page that it takes: a folder (a USB stick), at the centre a bundle by
    name or content, on a laptop a file (its team updates are applied, a bundle beside them is said to be
    the centre's)."""
    if coordinator:
        return path.is_dir() or may_be_bundle(path)
    return path.is_dir() or path.is_file() and may_be_bundle(path)


def laptop_folder(folder: Path, cancelled: Callable[[], bool] = lambda: False) -> tuple[list[Path], list[Path]]:
    """What ``folder`` and its subfolders (a USB stick given to a laptop) hold, by content, as `majlis-cli bundle
    import` finds it there: the team updates, their numbers in order; and the rest found (the bundles of
    changes, a file named as a bundle that is none), which a field laptop says in one line each (a bundle is
    the centre's to merge), in the order found. The team file (how the laptops joined, often kept on the
    stick) is passed over, as the centre and the CLI pass it over in a folder. The bundles were passed over
    too, unsaid, so a facilitator who dropped a colleague's bundle was never told it goes to the centre."""
    updates: list[Path] = []
    rest: list[Path] = []
    for path in bundles_in([folder], cancelled=cancelled):
        kind = signed_kind(path)
        if kind == TEAM_UPDATE:
            updates.append(path)
        elif not kind:
            rest.append(path)
    return sorted(updates, key=by_number), rest


def sort_chosen(paths: Sequence[Path], *, dropped: bool, coordinator: bool,
                cancelled: Callable[[], bool] = lambda: False) -> Chosen:
    """``paths`` in the order given, told apart by content: the team updates (applied, not imported; no team
    key needed) from the rest. ``dropped``: dragged onto the page, where anything else (a photo, notes)
    is passed over, not reported. Stops when ``cancelled()`` says so (the caller then drops the result).
    Regular files only are read: a named pipe would hold the worker on its first read."""
    files: list[Path] = []
    updates: list[Path] = []
    empty: list[Path] = []
    searched: set[Path] = set()  # on a laptop, the files found in a folder or named: each once, however given
    for path in paths:
        if cancelled():
            break
        if dropped and not _dropped_and_taken(path, coordinator):
            continue
        if not coordinator and path.is_dir():  # a laptop given a USB stick: the team updates on it, and the rest
            found, rest = laptop_folder(path, cancelled)
            found = [p for p in found if p not in updates]
            rest = [p for p in rest if same_file(p) not in searched]
            searched.update(map(same_file, rest))
            updates += found
            files += rest  # merging() says each is not merged here (a field laptop), as the CLI does
            empty += [] if found else [path]  # said even beside bundles: the file a laptop looks for
            continue
        update = path.is_file() and signed_kind(path) == TEAM_UPDATE
        if not coordinator and not update:  # named beside its folder (before or after it): said once
            if same_file(path) in searched:
                continue
            searched.add(same_file(path))
        (updates if update else files).append(path)
    return Chosen(files, updates, any(p.is_dir() for p in files), empty=empty)


def merging(chosen: Chosen, store: Store) -> Chosen:
    """``chosen`` with whether bundles are merged on ``store`` (the database says, not the widgets shown),
    and why not: on a field laptop they are merged at the centre; a database in no team yet (a
    facilitator's new laptop given a colleague's bundle) joins one first. There a "Team key file" was
    asked for, a key only a coordinator holds."""
    with store.session() as s:
        joined = current_team(s) is not None
    if not joined:
        return chosen._replace(merges=False, not_merged=NotEnrolledError.code)
    if merges_here(store):
        return chosen
    # A field laptop: only a bundle of changes (encrypted) is said not to be merged here; what else came
    # (the team file, no Majlis file at all) goes with the team updates, refused as what it is. Its own
    # bundles (the facilitator's exports, on her stick) are said in a neutral line, as the CLI says them.
    bundles, others = not_merged(chosen.files)
    sent, bundles = sent_from_here(store, bundles)
    return chosen._replace(merges=False, files=bundles, updates=chosen.updates + others, sent=sent)


def applied_first(chosen: Chosen, store: Store, paths: Sequence[Path], *, dropped: bool,
                  cancelled: Callable[[], bool] = lambda: False) -> Chosen:
    """``chosen`` (``sort_chosen``'s) with whether bundles are merged here (``merging``). On a laptop in
    the team that merges none, given team updates and more (bundles, a folder: a USB stick), the updates
    are applied first, before that is decided, as `majlis-cli bundle import` applies them: one that names
    this laptop a coordinator (the centre's first update to a second coordinator) has the bundles beside
    it merged here, a folder searched for them. They were refused as not merged here (named) or passed
    over (in a folder), while the CLI imported the same stick. Otherwise its updates are applied (not
    again later: ``first``) and the rest goes as before."""
    plain = merging(chosen, store)
    if plain.merges or plain.not_merged != NotMergedHereError.code or not chosen.updates or cancelled():
        return plain
    if not chosen.files and not any(p.is_dir() for p in paths):  # team updates only: applied as they were
        return plain
    before = arrived_erasure.mark(store)
    first = AppliedFirst(chosen.updates, run_change(store, lambda st: apply_updates(st, chosen.updates)), before)
    try:  # applied: whatever fails from here (the stick pulled out), they are said with the failure
        first = first._replace(erased=arrived_erasure.report_since(store, before))
        done = {same_file(p) for p in first.paths}
        if not merges_here(store):  # what else came is refused as before (the team file, a bundle)
            return plain._replace(updates=[u for u in plain.updates if same_file(u) not in done], first=first)
        again = merging(sort_chosen(paths, dropped=dropped, coordinator=True, cancelled=cancelled), store)
        return again._replace(updates=[u for u in again.updates if same_file(u) not in done], first=first)
    except Exception as exc:
        raise StoppedAfterUpdates(first, exc) from exc


class ImportRun(NamedTuple):
    files: int  # the files to import, once dropped folders were searched
    outcomes: list[ImportOutcome]
    updates: list[Applied] = []  # the team updates chosen with the bundles, applied first
    changes: Touched = Touched()  # the tables those updates changed (never changed here: copied to announce)
    erased: arrived_erasure.Arrived | None = None  # a withdrawal that arrived erased words here
    # Why the run stopped before its last file (EnvironmentProblem's reason: "disk_full", "locked"…);
    # "" when it did not. The files imported before it stay imported: ``outcomes`` are theirs.
    stopped_by: str = ""


def nothing_imported(chosen: Chosen | None) -> ImportRun:
    """A run cancelled (or the window closing) before any bundle was read: the team updates a laptop
    applied while its files were sorted (``chosen.first``) are still said, the tables they changed
    announced and the erasure they brought said; they were applied."""
    first = chosen.first if chosen is not None else None
    return ImportRun(0, []) if first is None else ImportRun(0, [], first.done.value, first.done.changes,
                                                            first.erased)


def run_import(store: Store, paths: list[Path], updates: list[Path], identities: Sequence[Identity],
               token: CancelToken, progress: Callable[[int, int], None],
               first: AppliedFirst | None = None) -> ImportRun:
    """Import ``paths`` (files, or folders searched for bundles) with ``identities`` (none: the team
    key kept in the database), after applying ``updates`` (``first``: those applied already, said first
    and not applied again); stops after the file being read once ``token`` is cancelled. A failure once
    team updates were applied, before any bundle was read (a folder that cannot be listed, the database
    locked), is raised as ``StoppedAfterUpdates``: the page says them, then what stopped it (it said only
    why, and not the updates applied)."""
    applied_so_far = [first] if first is not None else []
    try:
        ready = _ready(store, paths, updates, identities, token, first, applied_so_far.append)
    except StoppedAfterUpdates:
        raise
    except Exception as exc:
        if not applied_so_far:
            raise
        raise StoppedAfterUpdates(applied_so_far[-1], exc) from exc
    if isinstance(ready, ImportRun):  # no longer merged here: nothing to import
        return ready
    files, keys, erased_before, applied = ready
    progress(0, len(files))
    written: list[ImportOutcome] = []  # each file's outcome as soon as it is in the database
    stopped_by = ""
    try:
        outcomes = import_files(store, files, keys, cancelled=lambda: token.cancelled, progress=progress,
                                done=written.append)
    except EnvironmentProblem as exc:
        # The disk full, another program's lock: every bundle is all or nothing and told once committed,
        # so those told stay imported, and the page says which (as `majlis-cli bundle import` does),
        # not "nothing was changed".
        outcomes, stopped_by = written, reason_of(exc) or "io"
    except Exception:  # an error not foreseen (a bug, a library's): the same honesty
        # The bundles told as written stay imported; the page says how many and why it stopped, in one
        # translated line, never "nothing was changed" (it was) nor a traceback.
        outcomes, stopped_by = written, UNEXPECTED
    erased = arrived_erasure.report_since(store, erased_before)
    if applied is None:
        return ImportRun(len(files), outcomes, erased=erased, stopped_by=stopped_by)
    return ImportRun(len(files), outcomes, applied.value, applied.changes, erased, stopped_by)


def _ready(store: Store, paths: list[Path], updates: list[Path], identities: Sequence[Identity], token: CancelToken,
           first: AppliedFirst | None, applied_now: Callable[[AppliedFirst], None],
           ) -> ImportRun | tuple[list[Path], Sequence[Identity], arrived_erasure.Mark, OpDone[list[Applied]] | None]:
    """``run_import`` up to its first bundle: the key, the folders searched, the team updates among the files
    applied (told to ``applied_now`` at once: said if what follows fails); the bundles to import, or the run
    refused whole when an update applied made this laptop a field laptop again."""
    if not merges_here(store):  # a field laptop: whatever way the files came, nothing is merged here
        raise NotMergedHereError()
    # Read here, on the DB worker: the key kept in the database, unless a key file was chosen.
    keys = identities or team_identities(store)
    erased_before = first.erased_before if first is not None else arrived_erasure.mark(store)
    if not keys:
        raise NoIdentityError()
    found = bundles_in(paths, cancelled=lambda: token.cancelled)
    # What a folder (a USB stick) holds goes by what it is, as the files chosen one by one do: a
    # team update is applied as one (the centre says it does not apply them), not imported; the team
    # file (how the laptops joined, often kept on the stick) is passed over, as `majlis-cli bundle
    # import` passes it over in a folder: it is no bundle, and was counted and refused as one.
    # Sorted as `majlis-cli bundle import` sorts them (desktop.sync.stick_files), each team update once:
    # one dropped beside its folder was found in it again and applied (and counted) twice.
    given = set(paths)
    stick = sort_stick_files(store, found, in_folders={f for f in found if f not in given}, updates=updates)
    files = stick.bundles
    own = set(stick.own)  # known now: not read again to be said the centre's own
    done = {same_file(p) for p in first.paths} if first is not None else set()
    left = [u for u in stick.updates if same_file(u) not in done]  # those applied first: not again
    applied = run_change(store, lambda st: apply_updates(st, left, own)) if left else None
    if first is not None:  # said first, with the tables they changed
        changes = Touched(first.done.changes, first.done.changes.sessions, imported=first.done.changes.imported)
        if applied is not None:
            changes.merge(applied.changes)
        applied = OpDone(first.done.value + (applied.value if applied is not None else []), changes)
    if applied is not None and applied.value:
        applied_now(AppliedFirst([*(first.paths if first is not None else []), *left], applied, erased_before,
                                 first.erased if first is not None else None))
    if left and applied is not None and not merges_here(store):
        return _no_longer_merged(store, files, applied, own, erased_before)
    return files, keys, erased_before, applied


def _no_longer_merged(store: Store, files: list[Path], applied: OpDone[list[Applied]], own: set[Path],
                      erased_before: arrived_erasure.Mark) -> ImportRun:
    """A team update just applied made this laptop a field laptop again (or revoked its key): no bundle is
    merged here any more, each refused as not merged here, as `majlis-cli bundle import` refuses them;
    what is no bundle (the team file named) goes with the team updates, refused as what it is."""
    bundles, others = not_merged(files)
    sent, bundles = sent_from_here(store, bundles)  # its own: said in a neutral line, as the CLI says them
    if sent:
        applied = OpDone(applied.value + [Applied(p.name, SENT) for p in sent], applied.changes)
    if others:
        more = run_change(store, lambda st: apply_updates(st, others, own))
        changes = Touched(applied.changes, applied.changes.sessions, imported=applied.changes.imported)
        changes.merge(more.changes)
        applied = OpDone(applied.value + more.value, changes)
    refused = [ImportOutcome(str(p), "refused", NotMergedHereError.code, NotMergedHereError.default_message)
               for p in bundles]
    return ImportRun(len(bundles), refused, applied.value, applied.changes,
                     arrived_erasure.report_since(store, erased_before))
