"""majlis-cli commands for teams and bundles (a thin face over desktop.sync); the roster's are in
device_commands, the conflicts' in conflict_commands, and what ``bundle import`` reads is found by
import_sources."""

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
    file_not_folder,
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
    ClockBehindError,
    KeyFileError,
    NoIdentityError,
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
    t = group(sub, "team", "create or join a team; the team file, the team key, team updates")
    p = t.add_parser("create", help="centre: create the team (age identity, central key, team file)")
    add_db(p)
    p.add_argument("--name", required=True, type=_team_name, help="the team or campaign name")
    p.add_argument("--team-file", required=True, type=out_path, help="where to write the team file for devices")
    p.add_argument("--identity-file", type=out_path,
                   help="also write the team's age identity to this file (it is kept in the database anyway)")
    p.add_argument("--recipient", action="append", default=[], metavar="AGE1...",
                   help="another coordinator's age recipient (repeatable)")
    p.set_defaults(func=cmd_team_create)

    p = t.add_parser("join", help="device: join the team with its team file")
    add_db(p)
    p.add_argument("--team-file", required=True, type=Path)
    p.set_defaults(func=cmd_team_join)

    key = group(t, "key", "the centre's age identity (kept inside the encrypted database)")
    p = key.add_parser("export", help="centre: write the team's age identity for a second coordinator or age -d")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="the file to write (never overwritten)")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--passphrase", action="store_true",
                     help="protect the file with a passphrase (the default; age -d asks for it)")
    how.add_argument("--plaintext", action="store_true",
                     help="write the identity unprotected, as age-keygen does (keep the file private)")
    p.add_argument("--key-passphrase-file", type=Path,
                   help=f"read the file's passphrase from this file; otherwise ${KEY_PASSPHRASE_ENV} or a prompt")
    p.set_defaults(func=cmd_team_key_export)

    p = t.add_parser("file", help="centre: write the team file again, with today's codebook")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="the team file to write (never overwritten)")
    p.set_defaults(func=cmd_team_file)

    upd = group(t, "update", "team updates: codebook, consent templates, organisations")
    p = upd.add_parser("export", help="centre: write a signed team update")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="a new file (an existing one is never overwritten), or a folder to write it in "
                   "(file named for you)")
    p.set_defaults(func=cmd_update_export)
    p = upd.add_parser("import", help="device: apply a team update signed by the centre")
    add_db(p)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_update_import)

    b = group(sub, "bundle", "export and import bundles; their status (ranges received, gaps)")
    p = b.add_parser("export", help="write this device's changes as an encrypted bundle")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="a new .majlis file (an existing one is never overwritten), or a folder (file named for you)")
    p.add_argument("--full", action="store_true", help="all changes of this epoch, not only new ones")
    p.set_defaults(func=cmd_bundle_export)
    p = b.add_parser("import", help="centre: import bundles (exit 1 when any was refused)")
    add_db(p)
    p.add_argument("--identity-file", type=Path,
                   help=f"the team's age identity file (or ${IDENTITY_ENV}); by default the one in the database")
    p.add_argument("--key-passphrase-file", type=Path,
                   help=f"the passphrase of a protected identity file (team key export's default); "
                        f"else ${KEY_PASSPHRASE_ENV} or a prompt")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_bundle_import)
    p = b.add_parser("status", help="devices, sequence ranges received, gaps, open conflicts")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_status)


def _team_name(text: str) -> str:
    """The team's name as the app's first-run wizard takes it: outer spaces dropped, never blank. A
    blank one was taken: ``status`` then said ``team: `` with nothing after it, on every laptop that
    joined. Checked as the arguments are read: a usage error (exit 64), nothing done."""
    name = text.strip()
    if not name:
        raise argparse.ArgumentTypeError("a team needs a name (e.g. --name 'Elections law cohort'); nothing was changed")
    return name


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


def cmd_team_create(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        file_not_folder(args.team_file, "a team file")
        file_not_folder(args.identity_file, "a key file")
        try:
            made = team.create_team(store, name=args.name, team_file=args.team_file,
                                    identity_file=args.identity_file, extra_recipients=tuple(args.recipient))
        except ValueError as exc:
            raise SyncCommandError(f"invalid --recipient: {exc}") from exc
        except FileExistsError as exc:  # neither the key nor the team file is ever overwritten
            named = {Path(n) for n in (exc.filename, exc.filename2) if n}  # os.link names both files
            if args.identity_file is None or Path(args.team_file) in named:
                raise OutputExists(f"{args.team_file} exists; a team file is never overwritten (it may be "
                                   "another team's): give another file name; nothing was changed") from exc
            raise OutputExists(f"{args.identity_file} exists; a team key is never overwritten; "
                               "nothing was changed") from exc
        print(f"team created: {made.team_id}")
        print(f"team file: {args.team_file}")
        if args.identity_file is not None:
            print(f"identity file (keep it private): {args.identity_file}")
        print("the team's age identity is kept in the encrypted database (majlis-cli team key export)")
        print(f"central key fingerprint: {made.fingerprint}")
        return 0

    return with_store(args, body)


def cmd_team_join(args: argparse.Namespace) -> int:
    _refuse_missing(args.team_file, "team file")

    def body(store: Store) -> int:
        from desktop.core import recommendations  # the advocacy record: only for this command
        from desktop.sync import team

        with store.session() as s:
            drafts = recommendations.made_alone(s)
        team_id, fingerprint, rows = team.join_team(store, args.team_file)
        with store.session() as s:
            joined = team.current_team(s)
        # By its name, as `status` shows the team (from the team file: no control character reaches
        # the terminal), with its id in brackets as `team create` printed it, for scripts.
        name = printable(joined.name if joined is not None else "", 1000).strip() or "(no name)"
        print(f"joined team {name} ({team_id}): {counted(rows, 'codebook/consent/organisation row')} applied")
        print(f"central key fingerprint: {fingerprint} (compare with the one the coordinator gave you)")
        if drafts:
            stay = "stays on this laptop as a local draft and is" if drafts == 1 else \
                "stay on this laptop as local drafts and are"
            print(f"{counted(drafts, 'recommendation')} drafted here while working alone {stay} not sent: in a "
                  "team, coordinators make the recommendations (give one the evidence brief: majlis-cli export "
                  "brief)")
        return 0

    return with_store(args, body)


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


def refuse_unless_centre(store: Store, what: str, nothing: str = "nothing was written") -> None:
    """What only the centre does (``what``, said of the centre), asked of another database: in no team
    (``[not_enrolled]``, see above), or a laptop that joined the team, field or second coordinator
    (``[not_centre]``: it is enrolled, so "not enrolled" sent people to join again). The centre is the
    database that ran ``team create``: its team row is the central one, with the central signing key."""
    from desktop.sync.team import current_team

    _refuse_no_team(store, what, nothing)
    with store.session() as s:
        team = current_team(s)
        central = team is not None and team.is_central and bool(team.central_signing_key)
    if not central:
        raise SyncCommandError(
            f"[not_centre] this database is a laptop of the team, not its centre, and {what}: run it on the "
            f"coordinator's database (the one that ran majlis-cli team create); {nothing}")


def cmd_team_file(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        refuse_unless_centre(store, "the team file comes from the centre")
        file_not_folder(args.out, "a team file")
        try:
            team.write_current_team_file(store, args.out)
        except FileExistsError as exc:
            raise OutputExists(f"{args.out} exists; a team file is never overwritten (it may be another team's, "
                               "or one not handed out yet): give another file name; nothing was written") from exc
        print(f"team file written: {args.out}")
        return 0

    return with_store(args, body)


def cmd_update_export(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        refuse_unless_centre(store, "a team update comes from the centre")
        try:
            written = team.write_team_update(store, args.out)
        except BundleFileExistsError as exc:
            raise OutputExists(f"{shown_path(exc.path)} exists; a team update never replaces another file (it may not have "
                               "reached the laptops yet): give another file name or a folder; nothing was "
                               "written") from exc
        print(f"team update {written.sequence} written: {shown_path(written.path)}")
        if written.same_as is not None:
            print(f"nothing changed since team update {written.same_as}: the laptops that applied it get nothing new "
                  "from this one (a consent form edited but not published as a new version? a code not saved?)")
        return 0

    return with_store(args, body)


# `team update import`'s line when the update changed whether this laptop is a coordinator.
ROLE_CHANGED = {
    "coordinator": "this laptop is now a coordinator on the centre's roster: it receives and merges bundles "
                   "(`bundle import`, the Sync page's Receive and merge) with the team key file from "
                   "`team key export` at the centre",
    "field": "this laptop is no longer a coordinator on the centre's roster: its Sync page no longer receives "
             "and merges bundles (they are merged at the centre, or on a coordinator's laptop)",
}


def _refuse_missing(path: Path, what: str) -> None:
    """A file to read that is not there: said as such before the database is opened (the system's own
    "No such file or directory: x" named neither what was asked for nor that nothing changed)."""
    if not os.path.lexists(path):
        raise Missing(f"the {what} {path} does not exist; nothing was changed")


def cmd_update_import(args: argparse.Namespace) -> int:
    from desktop.sync import team

    _refuse_missing(args.file, "team update")

    def body(store: Store) -> int:
        from desktop.cli.erasure_commands import arrived_erasure_report
        from desktop.core.erasure_report import erased_at

        erased_before = erased_at(store)
        applied = team.apply_team_update(store, args.file)
        print(f"team update {applied.sequence} applied ({counted(applied.changed, 'row')} changed)")
        if applied.role:  # the centre's roster it carries made this laptop a coordinator, or no longer one
            print(ROLE_CHANGED[applied.role])
        if applied.retired:  # this laptop's own codes merged or deleted at the centre: gone from its codebook
            print(f"{counted(applied.retired, 'code')} made on this laptop merged into others or deleted at the "
                  "centre; their codings were moved or deleted with them")
        if any(applied.codings):  # the facilitator's codings of codes deleted or merged there: gone or moved
            print(f"{counted(applied.codings.removed, 'coding')} of codes deleted at the centre "
                  f"{'was' if applied.codings.removed == 1 else 'were'} deleted with them; "
                  f"{counted(applied.codings.moved, 'coding')} of a code merged into another there "
                  f"{'was' if applied.codings.moved == 1 else 'were'} moved to that code")
        arrived_erasure_report(store, erased_before)  # the centre's erasures reach this laptop's copies too
        return 0

    return with_store(args, body)


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


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from desktop.cli.erasure_commands import arrived_erasure_report
    from desktop.core import consent
    from desktop.core.erasure_report import erased_at
    from desktop.sync import team
    from desktop.sync.importer import import_files

    def body(store: Store) -> int:
        team.require_team(store)  # a database in no team (--db mistyped): one line, not one per file
        identities = _identities(args, store)
        files, empty = files_to_import(args.files)
        for folder in empty:
            sys.stderr.write(f"refused {shown_path(folder)}: [no_bundle] no bundle in this folder\n")
        refused, held, waiting = len(empty), 0, 0  # waiting: held before this run (imported again, kept once)
        erased_before = erased_at(store)
        written: list[Any] = []
        failure: BaseException | None = None
        with StopAfterCurrentFile() as stop:  # Ctrl+C: the files read are still reported and counted
            try:
                outcomes = import_files(store, files, identities, cancelled=stop.asked, done=written.append)
            except Exception as exc:  # raised again below, once the lines are out
                # The disk full, the folder gone: the bundles told as written stay imported (each all
                # or nothing, told once committed); they are reported and counted, then the error's
                # own line.
                outcomes, failure = written, exc
        for out in outcomes:
            if out.status == "refused":
                refused += 1
                # Which number undoes a rejection: `device rejected` lists them (device approve takes it).
                undo = " (majlis-cli device rejected)" if out.code == RejectedDeviceError.code else ""
                sys.stderr.write(f"refused {shown_path(out.source)}: [{out.code}] "
                                 f"{printable(out.message, 1000)}{undo}\n")
            elif out.status == "held":
                if out.already_waiting:
                    waiting += 1
                else:
                    held += 1
                again = ", already waiting for approval (kept once)" if out.already_waiting else ""
                sys.stderr.write(f"held {shown_path(out.source)}: [{out.code}] device "
                                 f"{device_label(out.device_name, out.device_id)} is not on the roster{again}; "
                                 "compare its fingerprint (majlis-cli device pending), then approve or reject it\n")
            elif out.status == "already_present":
                print(f"already present {shown_path(out.source)}")
            else:
                print(f"imported {shown_path(out.source)}: device {device_label(out.device_name, out.device_id)}, "
                      f"changes {out.seq_from}\u2013{out.seq_to}, {out.new_changes} new, "
                      f"{counted(out.conflicts, 'new conflict')}")
        total, unread = len(files) + len(empty), len(files) - len(outcomes)
        # A bundle already waiting is not one more held: said apart, only when there is one.
        still = f"{waiting} already waiting for approval; " if waiting else ""
        stopped = "" if not unread else (
            f"; {unread} not read (interrupted: import them again)" if failure is None else
            f"; {unread} not imported (stopped by the error below: import them again once it is put right)")
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
        if unread:
            return INTERRUPTED_EXIT
        return 1 if refused or held or waiting else 0

    return with_store(args, body)


def cmd_team_key_export(args: argparse.Namespace) -> int:
    from desktop.sync import team
    from desktop.sync.keys import write_identity_file, write_protected_identity_file

    def body(store: Store) -> int:
        identities = team.team_identities(store)
        if not identities:
            raise SyncCommandError("[no_identity] this database holds no team key (only the centre has one)")
        file_not_folder(args.out, "a key file")
        exists = OutputExists(f"{args.out} exists; a team key is never overwritten; nothing was written")
        if args.out.exists():
            raise exists
        try:
            if args.plaintext:
                write_identity_file(args.out, identities)
                print(f"team key written unprotected: {args.out} (keep it private)")
                return 0
            secret = read_passphrase(args, confirm=True, env=KEY_PASSPHRASE_ENV, file_attr="key_passphrase_file",
                                     prompt="Passphrase for the key file: ", made="key file's passphrase")
            write_protected_identity_file(args.out, identities, secret)
        except FileExistsError as exc:  # it appeared meanwhile (while the passphrase was typed)
            raise exists from exc
        print(f"team key written, passphrase-protected: {args.out} (age -d asks for the passphrase)")
        return 0

    return with_store(args, body)


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


