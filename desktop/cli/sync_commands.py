"""majlis-cli commands for bundles (a thin face over desktop.sync), and what the sync commands share
(``group``, ``with_store``, ``refuse_unless_centre``, SyncCommandError); the team's commands are in
team_commands, the roster's in device_commands, the conflicts' in conflict_commands, and what
``bundle import`` reads is found by import_sources."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    INTERRUPTED_EXIT,
    add_db,
    foreseen,
    missing_action,
    open_from_args,
    out_path,
    print_json,
    read_passphrase,
    utc_day,
)
from desktop.cli.import_sources import files_to_import
from desktop.cli.interrupt import StopAfterCurrentFile
from desktop.core.device_label import device_label
from desktop.core.errors import MajlisError, Missing, OutputExists, WrongPassphrase
from desktop.core.sanitise import printable, shown_path
from desktop.i18n.counts import counted, noun
from desktop.sync.errors import (
    BundleError,
    BundleFileExistsError,
    CentreAppliesNoUpdateError,
    ClockBehindError,
    KeyFileError,
    NoIdentityError,
    NotMergedHereError,
    RejectedDeviceError,
    WrongKeyPassphraseError,
)

if TYPE_CHECKING:
    from desktop.core.db import Store

# Each command imports what it uses when it runs (plain imports inside the functions, which
# PyInstaller sees): the parser is built without the store, the importer, the keys or the roster, and
# a day's ``bundle import`` starts without the roster, device reports and conflicts. What stays at
# the top is light: the errors, the roles, the terminal sanitiser.

IDENTITY_ENV = "MAJLIS_IDENTITY_FILE"
KEY_PASSPHRASE_ENV = "MAJLIS_KEY_PASSPHRASE"


class SyncCommandError(MajlisError):
    code = "sync"
    exit_code = 1


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    b = group(sub, "bundle", "export and import bundles; their status (ranges received, gaps)")
    p = b.add_parser("export", help="write this device's changes as an encrypted bundle")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="a new .majlis file (an existing one is never overwritten), or a folder (file named for you)")
    p.add_argument("--full", action="store_true", help="all changes of this epoch, not only new ones")
    p.set_defaults(func=cmd_bundle_export)
    p = b.add_parser("import", help="import bundles at the centre or on a coordinator's laptop; a laptop applies the team "
                                     "updates among the files (exit 1 when any was refused)")
    add_db(p)
    p.add_argument("--identity-file", type=Path,
                   help=f"the team's age identity file (or ${IDENTITY_ENV}); by default the one in the database")
    p.add_argument("--key-passphrase-file", type=Path,
                   help=f"the passphrase of a protected identity file (team key export's default); "
                        f"else ${KEY_PASSPHRASE_ENV} or a prompt")
    p.add_argument("--take-revoked", metavar="ID",
                   help="take these files although signed with that revoked device's key (bundles it wrote before it "
                        "was lost, handed or posted by the facilitator)")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_bundle_import)
    p = b.add_parser("status", help="devices, sequence ranges received, gaps, open conflicts")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_status)


def group(sub: Any, name: str, help_text: str) -> Any:
    parser = sub.add_parser(name, help=help_text)
    parser.set_defaults(func=missing_action(parser))
    return parser.add_subparsers(dest=f"{name}_action", metavar="ACTION", parser_class=type(parser))


def with_store(args: argparse.Namespace, body: Callable[[Store], int]) -> int:
    store = open_from_args(args)
    try:
        return body(store)
    except BundleError as exc:
        raise SyncCommandError(f"[{exc.code}] {exc.message}") from exc
    finally:
        store.close()


def _refuse_no_team(store: Store, what: str, nothing: str = "nothing was written") -> None:
    """What only the centre does, asked of a database in no team: the centre's step is ``team
    create`` (the sync layer's own line, "join a team first", is the laptops' step). ``what`` says
    it of the centre ("the team file comes from the centre")."""
    from desktop.sync.team import current_team

    with store.session() as s:
        if current_team(s) is None:
            raise SyncCommandError(
                f"[not_enrolled] this database is in no team, and {what}: the "
                "coordinator's database starts the team with majlis-cli team create (a field laptop joins "
                f"it with the team file, majlis-cli team join); {nothing}")


def refuse_unless_centre(store: Store, what: str, nothing: str = "nothing was written", *,
                         no_team_too: bool = True) -> None:
    """What only the centre does (``what``, said of the centre), asked of another database: in no team
    (``[not_enrolled]``, see above), or a laptop that joined the team, field or second coordinator
    (``[not_centre]``: it is enrolled, so "not enrolled" sent people to join again). The centre is the
    database that ran ``team create``: its team row is the central one, with the central signing key.
    ``no_team_too=False``: a database in no team goes on (``device approve`` and ``reject`` there find no
    waiting device, exit 3, as they always said)."""
    from desktop.sync.team import current_team

    if no_team_too:
        _refuse_no_team(store, what, nothing)
    with store.session() as s:
        team = current_team(s)
        central = team is not None and team.is_central and bool(team.central_signing_key)
    if not central and (team is not None or no_team_too):
        raise SyncCommandError(
            f"[not_centre] this database is a laptop of the team, not its centre, and {what}: run it on the "
            f"coordinator's database (the one that ran majlis-cli team create); {nothing}")


def _is_centre(store: Store) -> bool:
    from desktop.sync.team import current_team

    with store.session() as s:
        team = current_team(s)
        return bool(team is not None and team.is_central)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from desktop.sync.export import export_bundle

    # The folder to write in, before anything else: with nothing to send, its absence went unsaid
    # ("nothing to export …; nodir/x.majlis was not written", exit 0) and was found on the day there was.
    folder = Path(args.out) if Path(args.out).is_dir() else Path(args.out).parent
    if not folder.is_dir():
        raise Missing(f"the folder {shown_path(folder)} does not exist; nothing was written")

    def body(store: Store) -> int:
        try:
            result = export_bundle(store, args.out, full=args.full)
        except BundleFileExistsError as exc:
            raise OutputExists(f"{shown_path(exc.path)} exists; a bundle never replaces another (it may not have been sent "
                               "yet): give another file name or a folder; nothing was written") from exc
        except ClockBehindError as exc:
            raise SyncCommandError(
                f"[{exc.code}] {exc.message} (They are dated up to {utc_day(exc.dated_until_ms)}; this "
                f"computer's clock says {utc_day(store.clock.wall_ms())}.) When this date is right, "
                "`majlis-cli clock redate` gives the waiting work today's date so that it can be sent now.") from exc
        if result is None:
            # One line that names what was not written (a script or a person then looks for no file
            # there), as the refusals name it; exit 0: nothing was wrong.
            why = "no changes of this device in this epoch" if args.full else "no new changes since the last bundle"
            out = shown_path(args.out)
            where = f"no bundle was written in {out}" if Path(args.out).is_dir() else f"{out} was not written"
            print(f"nothing to export: {why}; {where}")
            return 0
        print(f"bundle written: {shown_path(result.path)} (changes {result.seq_from}\u2013{result.seq_to}, "
              f"{counted(result.change_count, 'change')}, {counted(result.attachment_count, 'attachment')})")
        if result.more_pending:
            again = "run bundle export again" + (" without --full" if args.full else "") + (
                "" if result.path.parent == Path(args.out) else " (to a folder, or to another file name)")
            print(f"more changes wait (another epoch, or more than one bundle carries): {again}")
        return 0

    return with_store(args, body)


def _identities(args: argparse.Namespace, store: Store) -> list[Any]:
    """--identity-file, else $MAJLIS_IDENTITY_FILE, else the identity kept in the database."""
    from desktop.sync import keys, team

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


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from desktop.cli.arrived_erasure import arrived_erasure_report, mark
    from desktop.core import consent
    from desktop.sync import team
    from desktop.sync.importer import import_files
    from desktop.sync.merged_here import merges_here, not_merged
    from desktop.sync.stick_files import sort_stick_files

    def body(store: Store) -> int:
        team.require_team(store)  # a database in no team (--db mistyped): one line, not one per file
        # A field laptop merges no bundle, as its Sync page merges none (whatever key file is given): each
        # is refused in one line, `[not_merged_here]`, nothing imported; its team updates are applied.
        merges = merges_here(store)
        identities, taken = _keys(args, store) if merges else ([], None)
        passed: list[Path] = []
        files, empty = files_to_import(args.files, passed)
        erased_before = mark(store)  # before the team updates too: an erasure one brings is said
        # The team updates, named or in a folder, as the Sync page takes them. At the centre: its own
        # (written here for the laptops, on the stick that came back) one neutral line each, counted
        # neither as a file nor as refused; any other (another team's, signed with another key, cut
        # short) refused in the page's line and counted, where a folder passed it over without a word.
        # On a laptop (a second coordinator's) each is applied first, as the page applies it (a laptop
        # the update puts on the roster then has its bundle imported, not held): one line each, those
        # refused counted; the CLI refused a named one as "not a bundle" and passed over one in a folder.
        # Sorted as the Sync page sorts them (desktop.sync.stick_files), each team update once (a folder
        # named with a team update inside it).
        centre = _is_centre(store)
        # What the folders held besides bundles (team updates, the team file): one also named is in files.
        listed = set(files)
        extra = [f for f in passed if f not in listed]
        stick = sort_stick_files(store, files + extra, in_folders=set(extra))
        files = stick.bundles
        if centre:
            others = stick.others
            for update in stick.own:
                print(f"skipped {shown_path(update)}: this centre's own team update, written here for the laptops "
                      "(the centre does not apply team updates)")
            for update in others:
                sys.stderr.write(f"refused {shown_path(update)}: [{CentreAppliesNoUpdateError.code}] "
                                 f"{CentreAppliesNoUpdateError.default_message}\n")
        else:
            others = _apply_updates(store, stick.updates)  # those refused
            if not merges and merges_here(store):  # an update just applied names this laptop a coordinator
                merges = True
                identities, taken = _keys(args, store)
            if not merges:  # a field laptop: what is no bundle is refused as what it is, as on its Sync page
                files, rest = not_merged(files)
                others += _apply_updates(store, rest)
        # A folder whose only Majlis files were team updates is not "no bundle": their lines say what came
        # of them (at the centre, its own skipped is still a folder with no bundle, as before).
        said = others if centre else stick.updates
        empty = [folder for folder in empty if not any(folder in u.parents for u in said)]
        for folder in empty:
            sys.stderr.write(f"refused {shown_path(folder)}: [no_bundle] no bundle in this folder\n")
        refused, held, waiting = len(empty) + len(others), 0, 0  # waiting: held before this run (kept once)
        not_here = [] if merges else files
        for path in not_here:
            refused += 1
            sys.stderr.write(f"refused {shown_path(path)}: [{NotMergedHereError.code}] "
                             f"{NotMergedHereError.default_message}\n")
        files = files if merges else []
        written: list[Any] = []
        failure: BaseException | None = None
        at_once = False  # a second Ctrl+C: stopped in the file in hand (rolled back), not after it
        with StopAfterCurrentFile() as stop:  # Ctrl+C: the files read are still reported and counted
            try:
                outcomes = import_files(store, files, identities, cancelled=stop.asked, done=written.append,
                                        taken=taken)
            except KeyboardInterrupt:  # the bundles told as written stay imported: said as after the first
                outcomes, at_once = written, True
            except Exception as exc:  # raised again below, once the lines are out
                # The disk full, the folder gone: the bundles told as written stay imported (each all
                # or nothing, told once committed); they are reported and counted, then the error's
                # own line.
                outcomes, failure = written, exc
        for out in outcomes:
            if out.status == "refused":
                refused += 1
                # Which number undoes a rejection: `device rejected` lists them (device approve takes it).
                undo = " (majlis-cli device rejected)" if out.code == RejectedDeviceError.code else \
                    " (a file it wrote before it was lost: --take-revoked ID)" if out.code == "revoked_key" else ""
                sys.stderr.write(f"refused {shown_path(out.source)}: [{out.code}] "
                                 f"{printable(out.message, 1000)}{undo}\n")
            elif out.status == "held":
                if out.already_waiting:
                    waiting += 1
                else:
                    held += 1
                again = ", already waiting for approval (kept once)" if out.already_waiting else ""
                label = device_label(out.device_name, out.device_id)
                if centre:
                    sys.stderr.write(f"held {shown_path(out.source)}: [{out.code}] device {label} is not on the "
                                     f"roster{again}; compare its fingerprint (majlis-cli device pending), then "
                                     "approve or reject it\n")
                else:  # a second coordinator: the centre approves, and its next team update applies it here
                    sys.stderr.write(f"held {shown_path(out.source)}: [{out.code}] device {label} is not on the "
                                     f"centre's roster yet{again}; it waits here until a team update from the "
                                     "centre names it (laptops are approved at the centre)\n")
            elif out.status == "already_present":
                print(f"already present {shown_path(out.source)}")
            else:
                print(f"imported {shown_path(out.source)}: device {device_label(out.device_name, out.device_id)}, "
                      f"changes {out.seq_from}\u2013{out.seq_to}, {out.new_changes} new, "
                      f"{counted(out.conflicts, 'new conflict')}")
        total, unread = len(files) + len(not_here) + len(empty) + len(others), len(files) - len(outcomes)
        # A bundle already waiting is not one more held: said apart, only when there is one.
        still = f"{waiting} already waiting for approval; " if waiting else ""
        stopped = "" if not unread else (
            f"; {unread} not read (interrupted: import them again)" if failure is None else
            f"; {unread} not read (stopped by the error below: import them again once it is put right)")
        print(f"{total - refused - held - waiting - unread} of {total} {noun(total, 'bundle')} imported or already "
              f"present; {held} held for approval; {still}{refused} refused{stopped}")
        if failure is not None:
            sys.stdout.flush()  # the lines above before the error's line (run_guarded writes it)
            raise foreseen(failure, stopped="the import", kept="the files imported before it are kept")
        with store.session() as s:
            missing = consent.missing_templates(s)
        if missing:  # records arrived before the consent form version they were signed on
            print(f"warning: consent records refer to {counted(len(missing), 'consent form version')} not on "
                  f"this device yet: {', '.join(m[-8:] for m in missing)}")
        arrived_erasure_report(store, erased_before)
        if unread or at_once:
            return INTERRUPTED_EXIT
        return 1 if refused or held or waiting else 0

    return with_store(args, body)


def _apply_updates(store: Store, updates: list[Path]) -> list[Path]:
    """The team updates found among `bundle import`'s files applied on a laptop, each on its own, in the
    Sync page's words (desktop.sync.team_update_outcomes): applied, already applied or older (stdout, not
    counted), refused (stderr). The refused ones, counted among the files and the refused as the page
    counts them."""
    from desktop.cli.team_commands import applied_notes
    from desktop.sync.errors import default_message_for
    from desktop.sync.team_update_outcomes import apply_updates

    refused = []
    for path, one in zip(updates, apply_updates(store, updates), strict=True):
        if one.status == "applied":
            print(f"applied {shown_path(path)}: team update {one.sequence} ({counted(one.changed, 'row')} changed)")
            for line in applied_notes(one):
                print(line)
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
    return refused


def cmd_bundle_status(args: argparse.Namespace) -> int:
    from desktop.sync import clash_log, devices

    def body(store: Store) -> int:
        info = devices.sync_status(store)
        clashes = clash_log.open_clashes(store)
        info["sequence_clashes"] = clashes
        if args.json:
            return print_json(info)
        for report in devices.device_reports(store):
            label = f"{device_label(report.name, report.device_id)}{' [this device]' if report.is_self else ''}"
            if report.is_centre and not report.is_self:  # a laptop's roster names the centre (team updates)
                print(f"{label} [the centre]: sends team updates, not bundles")
                continue
            streams = "; ".join(f"epoch {s.epoch}: {devices.format_ranges(s.ranges)}" for s in report.streams)
            print(f"{label}: {streams or 'nothing received'}")
        for line in info["gaps"]:
            print(f"gap: {printable(line, 1000)}")
        for clash in clashes:
            print(f"sequence clash: {printable(clash['text'], 1000)}")
        print(f"open conflicts: {len(info['open_conflicts'])}")
        return 0

    return with_store(args, body)
