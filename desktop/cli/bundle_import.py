"""``majlis-cli bundle import``: the files named sorted (desktop.sync.stick_files), the team updates among
them applied on a laptop, the bundles imported at the centre or on a coordinator's laptop (a field
laptop refuses them, ``not_merged_here``, as its Sync page does), one line per file and a last line
that counts them. Ctrl+C (desktop.cli.interrupt) stops after the step in hand, whichever it is (the
files sorted, a team update applied, a bundle imported), and what was done is said with the rest
counted as not read; while the database is opened or a passphrase asked for, nothing was read yet, and
that is said.

Read in four phases, one function each, passing on what it found (``_read_them``): sort the stick
(``_sort_stick``), the team updates (``_team_updates``), the bundles (``_import_bundles``), the last
lines and the exit code (``_report``)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from desktop.cli.arrived_erasure import arrived_erasure_report, mark
from desktop.cli.common import INTERRUPTED_EXIT, foreseen, read_passphrase
from desktop.cli.import_sources import files_to_import
from desktop.cli.interrupt import APPLYING, IMPORTING, SORTING, StopAfterCurrentFile
from desktop.cli.sync_commands import IDENTITY_ENV, KEY_PASSPHRASE_ENV, SyncCommandError, with_store
from desktop.core import consent
from desktop.core.device_label import device_label
from desktop.core.errors import Missing, WrongPassphrase
from desktop.core.sanitise import printable, shown_path
from desktop.i18n.counts import counted, noun
from desktop.sync import keys, team
from desktop.sync.errors import (
    BundleError,
    CentreAppliesNoUpdateError,
    KeyFileError,
    NoIdentityError,
    NotMergedHereError,
    RejectedDeviceError,
    WrongKeyPassphraseError,
)
from desktop.sync.importer import REVOKED_SINCE, import_files
from desktop.sync.merged_here import merges_here, not_merged, sent_from_here
from desktop.sync.stick_files import StickFiles, sort_stick_files

#: A field laptop's own bundle given to it (it exported it): the Sync page's line says the same.
SENT_FROM_HERE = "sent from this laptop, for the centre to merge; nothing to do here"

# What every run uses is imported here, once the command runs (sync_commands.cmd_bundle_import imports
# this module with the collector paused, desktop.cli.loading); what a rare run uses (--take-revoked, a
# laptop's team updates) is imported where it is used.

if TYPE_CHECKING:
    from desktop.core.db import Store


def _is_centre(store: Store) -> bool:
    with store.session() as s:
        ours = team.current_team(s)
        return bool(ours is not None and ours.is_central)


def _identities(args: argparse.Namespace, store: Store) -> list[Any]:
    """--identity-file, else $MAJLIS_IDENTITY_FILE, else the identity kept in the database."""
    path = args.identity_file or (Path(os.environ[IDENTITY_ENV]) if os.environ.get(IDENTITY_ENV) else None)
    if path is not None and not path.exists():  # README: a file given that is not there is exit 3
        raise Missing(f"the key file {path} does not exist; nothing was imported")
    if path is not None and path.is_dir():  # and so is a folder where a file is wanted
        raise Missing(f"{path} is a folder, not a key file; nothing was imported")
    try:
        if path is not None:
            if not keys.is_protected_identity_file(path):
                return keys.load_identity_file(path)
            # What `team key export` writes by default, for a second coordinator: opened with its
            # own passphrase (not the database's).
            secret = read_passphrase(args, env=KEY_PASSPHRASE_ENV, file_attr="key_passphrase_file",
                                     prompt="Key file passphrase: ")
            try:
                return keys.load_protected_identity_file(path, secret)
            except WrongKeyPassphraseError as exc:
                raise WrongPassphrase(f"[{exc.code}] {path}: {exc.message}") from exc
            except KeyFileError as exc:  # opened, but no key inside: named as such, as a plain file is
                raise SyncCommandError(f"[{exc.code}] {path}: {exc.message}") from exc
        identities = team.team_identities(store)
    except BundleError as exc:
        raise SyncCommandError(f"[{exc.code}] {exc.message}") from exc
    if not identities:
        raise SyncCommandError(
            f"[{NoIdentityError.code}] no team key in this database: use --identity-file or ${IDENTITY_ENV}")
    return identities


def _keys(args: argparse.Namespace, store: Store) -> tuple[list[Any], Any]:
    """The team key `bundle import` decrypts with, and the revoked device's files to take (--take-revoked)."""
    identities = _identities(args, store)
    if args.take_revoked is None:
        return identities, None
    from desktop.sync.revocations import to_take

    return identities, to_take(store, args.take_revoked)


def import_bundles(args: argparse.Namespace) -> int:
    """``majlis-cli bundle import`` (README's row is its contract): the database opened and the key read
    (``body``), then ``_read_them``'s four phases."""
    began: list[bool] = []  # the files began to be read (Ctrl+C from then on is said in body)

    def body(store: Store) -> int:
        team.require_team(store)  # a database in no team (--db mistyped): one line, not one per file
        # A field laptop merges no bundle, as its Sync page merges none (whatever key file is given): each
        # is refused in one line, `[not_merged_here]`, nothing imported; its team updates are applied.
        merges = merges_here(store)
        keys = _Keys(merges, *(_keys(args, store) if merges else ([], None)))
        began.append(True)
        with StopAfterCurrentFile(SORTING) as stop:  # Ctrl+C: what was done is said, the rest counted
            try:
                return _read_them(args, store, keys, stop)
            except _StoppedWhileSorting:
                print("interrupted while the files were sorted: nothing was applied or imported (import them again)")
                return INTERRUPTED_EXIT

    try:
        return with_store(args, body)
    except KeyboardInterrupt:
        if began:  # said in body; a second Ctrl+C in its last lines: Python's own, as before
            raise
        # Ctrl+C while the database was opened, its team looked at or the key file read (a passphrase
        # asked for: Python's Ctrl+C there), before any FILE was read.
        print("interrupted before any file was read: nothing was applied or imported (import them again)")
        return INTERRUPTED_EXIT


class _Keys(NamedTuple):
    merges: bool  # bundles are merged here (the centre, a coordinator's laptop), not on a field laptop
    identities: list[Any]  # the team key the bundles are decrypted with ([] where none is merged)
    taken: Any  # the revoked device's files to take (--take-revoked), or None


class _Sorted(NamedTuple):
    """Phase 1: the files named, sorted as the Sync page sorts them."""
    stick: StickFiles  # the team updates (the centre's own among them) and the bundles
    empty: list[Path]  # the folders named in which no bundle was found
    unmatched: list[Path]  # the patterns that matched no file (an empty inbox)
    centre: bool
    erased_before: Any  # what arrived_erasure_report compares with at the end


class _Updated(NamedTuple):
    """Phase 2: the team updates, skipped at the centre or applied on a laptop."""
    refused: list[Path]  # the team updates refused (or not team updates: a field laptop), counted as files
    unapplied: int  # the team updates a Ctrl+C left unapplied
    at_once: bool  # a second Ctrl+C: stopped in the file in hand (rolled back), not after it
    bundles: list[Path]  # the files left for the bundle phase
    keys: _Keys  # as an update applied here may have made them (a laptop put on the roster as coordinator)
    sent: list[Path] = []  # a field laptop's own bundles (it exported them): one neutral line each, not counted


class _Tally(NamedTuple):
    """Phase 3: the bundles, counted for the last line."""
    total: int
    refused: int
    held: int
    waiting: int  # held before this run (kept once)
    unread: int  # not reached (Ctrl+C, or an error)
    at_once: bool
    failure: BaseException | None  # the error that stopped the import, raised once the lines are out


def _read_them(args: argparse.Namespace, store: Store, keys: _Keys, stop: StopAfterCurrentFile) -> int:
    """The files read in four phases, each saying its own lines: sort the stick, apply the team updates,
    import the bundles, report."""
    found = _sort_stick(args, store)
    updated = _team_updates(args, store, found, keys, stop)
    tally = _import_bundles(store, found, updated, stop)
    return _report(store, found, updated, tally)


def _sort_stick(args: argparse.Namespace, store: Store) -> _Sorted:
    """Phase 1. The team updates, named or in a folder, as the Sync page takes them: sorted as the Sync
    page sorts them (desktop.sync.stick_files), each team update once (a folder named with a team update
    inside it); the rest for the importer. A second Ctrl+C here: nothing was written yet."""
    passed: list[Path] = []
    unmatched: list[Path] = []
    try:
        files, empty = files_to_import(args.files, passed, unmatched)
        erased_before = mark(store)  # before the team updates too: an erasure one brings is said
        centre = _is_centre(store)
        # What the folders held besides bundles (team updates, the team file): one also named is in files.
        listed = set(files)
        extra = [f for f in passed if f not in listed]
        stick = sort_stick_files(store, files + extra, in_folders=set(extra))
    except KeyboardInterrupt:  # a second Ctrl+C: nothing was written yet
        raise _StoppedWhileSorting from None
    return _Sorted(stick, empty, unmatched, centre, erased_before)


def _team_updates(args: argparse.Namespace, store: Store, found: _Sorted, keys: _Keys,
                  stop: StopAfterCurrentFile) -> _Updated:
    """Phase 2. At the centre: its own team updates (written here for the laptops, on the stick that came
    back) one neutral line each, counted neither as a file nor as refused; any other (another team's,
    signed with another key, cut short) refused in the page's line and counted, where a folder passed it
    over without a word. On a laptop (a second coordinator's) each is applied first, as the page applies
    it (a laptop the update puts on the roster then has its bundle imported, not held): one line each,
    those refused counted; the CLI refused a named one as "not a bundle" and passed over one in a folder."""
    stick, files = found.stick, found.stick.bundles
    if found.centre:
        for update in stick.own:
            print(f"skipped {shown_path(update)}: this centre's own team update, written here for the laptops "
                  "(the centre does not apply team updates)")
        for update in stick.others:
            sys.stderr.write(f"refused {shown_path(update)}: [{CentreAppliesNoUpdateError.code}] "
                             f"{CentreAppliesNoUpdateError.default_message}\n")
        return _Updated(stick.others, 0, False, files, keys)
    stop.doing = APPLYING
    refused, unapplied, at_once = _apply_updates(store, stick.updates, stop.asked)
    if not keys.merges and not stop.asked() and merges_here(store):  # an update just applied names
        stop.doing = ""  # this laptop a coordinator; the key file's passphrase may be asked for: Ctrl+C is Python's there
        try:
            keys = _Keys(True, *_keys(args, store))
        except KeyboardInterrupt:  # the updates' lines are out; no bundle read
            keys, at_once = keys._replace(merges=True), True
    elif keys.merges and not merges_here(store):  # an update just applied made this laptop a field laptop
        keys = keys._replace(merges=False)  # (or revoked its key): the rest is refused, as on its Sync page
    sent: list[Path] = []
    if not keys.merges:  # a field laptop: what is no bundle is refused as what it is, as on its Sync page
        files, rest = not_merged(files)
        # Its own bundles (a facilitator's stick holds her exports): nothing wrong, said so, not refused.
        sent, files = sent_from_here(store, files)
        if not (stop.asked() or at_once):
            refused_rest, more, at_once = _apply_updates(store, rest, stop.asked)
            refused, unapplied = refused + refused_rest, unapplied + more
    return _Updated(refused, unapplied, at_once, files, keys, sent)


def _import_bundles(store: Store, found: _Sorted, updated: _Updated, stop: StopAfterCurrentFile) -> _Tally:
    """Phase 3. The folders with no bundle and, on a field laptop, every bundle refused in a line each (but
    its own, each said in a neutral line on stdout and not counted);
    elsewhere the bundles imported (one line each: imported, already present, held, refused), Ctrl+C
    stopping after the one in hand, an error (the disk full, the folder gone) after those written."""
    stop.doing = IMPORTING
    # A folder whose only Majlis files were team updates is not "no bundle": their lines say what came
    # of them (at the centre, its own skipped is still a folder with no bundle, as before).
    said = found.stick.others if found.centre else found.stick.updates
    empty = [folder for folder in found.empty if not any(folder in u.parents for u in said)]
    for pattern in found.unmatched:  # as a FILE that is not there, refused and counted, in words that fit it
        sys.stderr.write(f"refused {shown_path(pattern)}: [no_match] no file matches this pattern\n")
    for folder in empty:
        sys.stderr.write(f"refused {shown_path(folder)}: [no_bundle] no bundle in this folder\n")
    merges, at_once = updated.keys.merges, updated.at_once
    for path in updated.sent:  # as the centre says its own team updates: neither a file of the count nor refused
        print(f"skipped {shown_path(path)}: {SENT_FROM_HERE}")
    not_here = [] if merges else updated.bundles
    for path in not_here:
        sys.stderr.write(f"refused {shown_path(path)}: [{NotMergedHereError.code}] "
                         f"{NotMergedHereError.default_message}\n")
    files = updated.bundles if merges else []
    written: list[Any] = []
    failure: BaseException | None = None
    try:
        outcomes = [] if at_once else import_files(store, files, updated.keys.identities, cancelled=stop.asked,
                                                   done=written.append, taken=updated.keys.taken)
    except KeyboardInterrupt:  # the bundles told as written stay imported: said as after the first
        outcomes, at_once = written, True
    except Exception as exc:  # raised again below, once the lines are out
        # The disk full, the folder gone: the bundles told as written stay imported (each all
        # or nothing, told once committed); they are reported and counted, then the error's
        # own line.
        outcomes, failure = written, exc
    refused, held, waiting = _say_outcomes(outcomes, found.centre)
    unmatched = len(found.unmatched)
    return _Tally(total=len(files) + len(not_here) + len(empty) + len(updated.refused) + unmatched,
                  refused=refused + len(empty) + len(updated.refused) + len(not_here) + unmatched, held=held,
                  waiting=waiting, unread=len(files) - len(outcomes), at_once=at_once, failure=failure)


def _say_outcomes(outcomes: list[Any], centre: bool) -> tuple[int, int, int]:
    """One line per bundle the importer read; how many were refused, held, and held already (before
    this run: kept once)."""
    refused = held = waiting = 0
    for out in outcomes:
        if out.status == "refused":
            refused += 1
            # Which number undoes a rejection: `device rejected` lists them (device approve takes it).
            # The waiting list full at the centre (where devices are rejected): where it is read, and the
            # way out when an outsider filled it.
            undo = " (majlis-cli device rejected)" if out.code == RejectedDeviceError.code else \
                " (a file it wrote before it was lost: --take-revoked ID)" if out.code == "revoked_key" else \
                " (majlis-cli device pending lists them; device reject --all-pending rejects them all)" \
                if out.code == "waiting_list_full" and centre else ""
            sys.stderr.write(f"refused {shown_path(out.source)}: [{out.code}] "
                             f"{printable(out.message, 1000)}{undo}\n")
        elif out.status == "held":
            if out.already_waiting:
                waiting += 1
            else:
                held += 1
            again = ", already waiting for approval (kept once)" if out.already_waiting else ""
            label = device_label(out.device_name, out.device_id)
            if out.new_key and centre:  # a revoked laptop's restored backup, signing anew: not a stranger
                sys.stderr.write(f"held {shown_path(out.source)}: [{out.code}] a new key of device {label}, "
                                 f"revoked on the roster{again}; compare its fingerprint with the facilitator (majlis-cli device pending), "
                                 "then approve or reject it\n")
            elif out.new_key:
                sys.stderr.write(f"held {shown_path(out.source)}: [{out.code}] a new key of device {label}, "
                                 f"revoked on the roster, not approved by the centre yet{again}; it waits here until a team update from the "
                                 "centre names it (laptops are approved at the centre)\n")
            elif centre:
                sys.stderr.write(f"held {shown_path(out.source)}: [{out.code}] device {label} is not on the "
                                 f"roster{again}; compare its fingerprint (majlis-cli device pending), then "
                                 "approve or reject it\n")
            else:  # a second coordinator: the centre approves, and its next team update applies it here
                sys.stderr.write(f"held {shown_path(out.source)}: [{out.code}] device {label} is not on the "
                                 f"centre's roster yet{again}; it waits here until a team update from the "
                                 "centre names it (laptops are approved at the centre)\n")
        elif out.status == "already_present" and out.code == REVOKED_SINCE:
            print(f"already present {shown_path(out.source)}: signed by the key of device "
                  f"{device_label(out.device_name, out.device_id)}, revoked since it was imported; what it brought "
                  "stays applied, nothing was changed")
        elif out.status == "already_present":
            print(f"already present {shown_path(out.source)}")
        else:
            print(f"imported {shown_path(out.source)}: device {device_label(out.device_name, out.device_id)}, "
                  f"changes {out.seq_from}\u2013{out.seq_to}, {out.new_changes} new, "
                  f"{counted(out.conflicts, 'new conflict')}")
    return refused, held, waiting


def _report(store: Store, found: _Sorted, updated: _Updated, tally: _Tally) -> int:
    """Phase 4. The last line that counts the files, then the error that stopped the import (raised), the
    consent form versions not here yet and the erasures that arrived; the exit code."""
    total, refused, held, waiting, unread, unapplied = (tally.total, tally.refused, tally.held, tally.waiting,
                                                        tally.unread, updated.unapplied)
    # A bundle already waiting is not one more held: said apart, only when there is one.
    still = f"{waiting} already waiting for approval; " if waiting else ""
    # The team updates a Ctrl+C left unapplied are said with the bundles not read (not counted among them).
    left = f"{unread} not read" + (f" and {counted(unapplied, 'team update')} not applied" if unapplied else "")
    stopped = "" if not (unread or unapplied) else (
        f"; {left} (interrupted: import them again)" if tally.failure is None else
        f"; {left} (stopped by the error below: import them again once it is put right)")
    print(f"{total - refused - held - waiting - unread} of {total} {noun(total, 'bundle')} imported or already "
          f"present; {held} held for approval; {still}{refused} refused{stopped}")
    if tally.failure is not None:
        sys.stdout.flush()  # the lines above before the error's line (run_guarded writes it)
        raise foreseen(tally.failure, stopped="the import", kept="the files imported before it are kept")
    with store.session() as s:
        missing = consent.missing_templates(s)
    if missing:  # records arrived before the consent form version they were signed on
        print(f"warning: consent records refer to {counted(len(missing), 'consent form version')} not on "
              f"this device yet: {', '.join(m[-8:] for m in missing)}")
    arrived_erasure_report(store, found.erased_before)
    if unread or unapplied or tally.at_once:
        return INTERRUPTED_EXIT
    return 1 if refused or held or waiting else 0


class _StoppedWhileSorting(Exception):
    """A second Ctrl+C while `bundle import` sorted the files: nothing applied or imported yet."""


def _apply_updates(store: Store, updates: list[Path],
                   cancelled: Callable[[], bool] = lambda: False) -> tuple[list[Path], int, bool]:
    """The team updates found among `bundle import`'s files applied on a laptop, each on its own, in the
    Sync page's words (desktop.sync.team_update_outcomes): applied, already applied or older (stdout, not
    counted), refused (stderr). The refused ones, counted among the files and the refused as the page
    counts them; how many were not reached (``cancelled``, a first Ctrl+C, stops between two; a second
    stops in the one in hand, rolled back); whether it was a second Ctrl+C."""
    from desktop.cli.team_commands import applied_notes, release_stopped_note
    from desktop.sync.errors import default_message_for
    from desktop.sync.team_update_outcomes import apply_updates

    refused: list[Path] = []
    for n, path in enumerate(updates):
        if cancelled():
            return refused, len(updates) - n, False
        try:
            (one,) = apply_updates(store, [path])
        except KeyboardInterrupt:  # in one transaction: rolled back
            return refused, len(updates) - n, True
        if one.status == "applied":
            print(f"applied {shown_path(path)}: team update {one.sequence} ({counted(one.changed, 'row')} changed)")
            for line in applied_notes(one):
                print(line)
            if one.stopped_by:  # applied, but releasing the bundles held for the devices it put on the roster stopped
                sys.stderr.write(release_stopped_note(one.stopped_by, one.released, one.held, one.still_held) + "\n")
        elif one.status == "stale":
            print(f"already applied {shown_path(path)}: team update {one.sequence} is the one applied here; "
                  "nothing was changed")
        elif one.status == "older":
            print(f"not applied {shown_path(path)}: team update {one.sequence} is older than the one already "
                  f"applied here (team update {one.applied}); nothing was changed")
        else:
            refused.append(path)
            sys.stderr.write(f"refused {shown_path(path)}: [{one.code}] "
                             f"{printable(one.message or default_message_for(one.code), 1000)}\n")
    return refused, 0, False
