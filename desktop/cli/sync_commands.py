"""majlis-cli commands for teams, bundles and conflicts (a thin face over desktop.sync)."""

from __future__ import annotations

import argparse
import contextlib
import glob
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    add_db,
    file_not_folder,
    missing_action,
    open_from_args,
    out_path,
    read_passphrase,
    utc_day,
)
from desktop.core.errors import MajlisError, Missing, OutputExists, WrongPassphrase
from desktop.i18n.counts import counted, noun
from desktop.sync.errors import (
    BundleError,
    BundleFileExistsError,
    ClockBehindError,
    KeyFileError,
    NoIdentityError,
    NotPendingError,
)
from desktop.sync.roles import FIELD, ROLES
from desktop.sync.sanitise import printable

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
    t = _group(sub, "team", "create or join a team; team updates")
    p = t.add_parser("create", help="centre: create the team (age identity, central key, team file)")
    add_db(p)
    p.add_argument("--name", required=True, help="the team or campaign name")
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

    key = _group(t, "key", "the centre's age identity (kept inside the encrypted database)")
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

    upd = _group(t, "update", "team updates: codebook, consent templates, organisations")
    p = upd.add_parser("export", help="centre: write a signed team update")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="a new file (an existing one is never overwritten), or a folder to write it in "
                   "(file named for you)")
    p.set_defaults(func=cmd_update_export)
    p = upd.add_parser("import", help="device: apply a team update signed by the centre")
    add_db(p)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_update_import)

    b = _group(sub, "bundle", "export, import and check bundles")
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

    d = _group(sub, "device", "the registry of devices allowed to send bundles")
    p = d.add_parser("register", help="centre: pre-register a device's signing key before its first bundle")
    add_db(p)
    p.add_argument("--id", dest="device_id", required=True, help="the device id (majlis-cli status on the laptop)")
    p.add_argument("--key", required=True, help="the device's public signing key (base64)")
    p.add_argument("--name", default="", help="a label for the device, e.g. 'Basra laptop 2'")
    p.add_argument("--role", choices=ROLES, default=FIELD,
                   help="field (changes only its own rows, the default) or coordinator (any row)")
    p.set_defaults(func=cmd_device_register)
    p = d.add_parser("pending", help="centre: devices not on the roster whose bundles wait for approval")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_device_pending)
    p = d.add_parser("approve", help="centre: put a waiting device on the roster and apply what it sent")
    add_db(p)
    p.add_argument("id", type=int, metavar="ID", help="the number device pending shows")
    p.add_argument("--role", choices=ROLES, default=FIELD, help="field (the default) or coordinator")
    p.add_argument("--name", help="the centre's label for the device (default: the name it sent)")
    p.set_defaults(func=cmd_device_approve)
    p = d.add_parser("reject", help="centre: discard what a waiting device sent")
    add_db(p)
    p.add_argument("id", type=int, metavar="ID", help="the number device pending shows")
    p.set_defaults(func=cmd_device_reject)
    p = d.add_parser("list", help="the roster: devices whose bundles this database applies")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_device_list)

    c = _group(sub, "conflicts", "list and resolve concurrent edits of long texts")
    p = c.add_parser("list", help="open conflicts")
    add_db(p)
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts_list)
    p = c.add_parser("resolve", help="keep version a, version b, or an edited text")
    add_db(p)
    p.add_argument("id", type=int)
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=("a", "b"))
    how.add_argument("--text-file", type=Path, help="UTF-8 file with the merged text")
    p.add_argument("--actor", default="", help="who decided (kept in the audit trail)")
    p.set_defaults(func=cmd_conflicts_resolve)


def _group(sub: Any, name: str, help_text: str) -> Any:
    parser = sub.add_parser(name, help=help_text)
    parser.set_defaults(func=missing_action(parser))
    return parser.add_subparsers(dest=f"{name}_action", metavar="ACTION", parser_class=type(parser))


def _with_store(args: argparse.Namespace, body: Callable[[Store], int]) -> int:
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

    return _with_store(args, body)


def cmd_team_join(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        from desktop.core import recommendations  # the advocacy record: only for this command
        from desktop.sync import team

        with store.session() as s:
            drafts = recommendations.made_alone(s)
        team_id, fingerprint, rows = team.join_team(store, args.team_file)
        print(f"joined team {team_id} ({rows} codebook/consent/organisation rows)")
        print(f"central key fingerprint: {fingerprint} (compare with the one the coordinator gave you)")
        if drafts:
            stay = "stays on this laptop as a local draft and is" if drafts == 1 else \
                "stay on this laptop as local drafts and are"
            print(f"{counted(drafts, 'recommendation')} drafted here while working alone {stay} not sent: in a "
                  "team, coordinators make the recommendations (give one the evidence brief: majlis-cli export "
                  "brief)")
        return 0

    return _with_store(args, body)


def cmd_team_file(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        file_not_folder(args.out, "a team file")
        try:
            team.write_current_team_file(store, args.out)
        except FileExistsError as exc:
            raise OutputExists(f"{args.out} exists; a team file is never overwritten (it may be another team's, "
                               "or one not handed out yet): give another file name; nothing was written") from exc
        print(f"team file written: {args.out}")
        return 0

    return _with_store(args, body)


def cmd_update_export(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        try:
            written = team.write_team_update(store, args.out)
        except BundleFileExistsError as exc:
            raise OutputExists(f"{exc.path} exists; a team update never replaces another file (it may not have "
                               "reached the laptops yet): give another file name or a folder; nothing was "
                               "written") from exc
        print(f"team update {written.sequence} written: {written.path}")
        return 0

    return _with_store(args, body)


def cmd_update_import(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        sequence, changed = team.import_team_update(store, args.file)
        print(f"team update {sequence} applied ({counted(changed, 'row')} changed)")
        return 0

    return _with_store(args, body)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from desktop.sync.export import export_bundle

    def body(store: Store) -> int:
        try:
            result = export_bundle(store, args.out, full=args.full)
        except BundleFileExistsError as exc:
            raise OutputExists(f"{exc.path} exists; a bundle never replaces another (it may not have been sent "
                               "yet): give another file name or a folder; nothing was written") from exc
        except ClockBehindError as exc:
            raise SyncCommandError(
                f"[{exc.code}] {exc.message} (They are dated up to {utc_day(exc.dated_until_ms)}; this "
                f"computer's clock says {utc_day(store.clock.wall_ms())}.) When this date is right, "
                "`majlis-cli clock redate` gives the waiting work today's date so that it can be sent now.") from exc
        if result is None:
            print("nothing to export: no new changes since the last bundle (no file written)")
            return 0
        print(f"bundle written: {result.path} (changes {result.seq_from}\u2013{result.seq_to}, "
              f"{counted(result.change_count, 'change')}, {counted(result.attachment_count, 'attachment')})")
        if result.more_pending:
            again = "run bundle export again" + (" without --full" if args.full else "") + (
                "" if result.path.parent == Path(args.out) else " (to a folder, or to another file name)")
            print(f"more changes wait (another epoch, or more than one bundle carries): {again}")
        return 0

    return _with_store(args, body)


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
            except KeyFileError as exc:
                raise WrongPassphrase(f"[{exc.code}] {path}: {exc.message}") from exc
        identities = team.team_identities(store)
    except BundleError as exc:
        raise SyncCommandError(f"[{exc.code}] {exc.message}") from exc
    if not identities:
        raise SyncCommandError(
            f"[{NoIdentityError.code}] no team key in this database: use --identity-file or ${IDENTITY_ENV}")
    return identities


_WILDCARDS = frozenset("*?[")


def _files_to_import(given: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files ``bundle import`` was given, as a coordinator names them: a file as it is; a pattern
    (``inbox\\*.majlis``: Windows' command prompt hands it over as it was typed, unexpanded) the files
    it matches; a folder (an inbox, a USB stick) the bundles in it and its subfolders, found by
    content as the Sync page finds them, passing over the centre's own team file and team updates.
    Also the folders in which no bundle was found."""
    from desktop.sync.sniff import bundles_in, is_signed_majlis_zip

    named: list[Path] = []
    for path in given:  # a pattern stands for what it matches, as a POSIX shell expands it
        matches = sorted(glob.glob(str(path))) if not path.exists() and _WILDCARDS & set(str(path)) else []
        named += [Path(m) for m in matches] or [path]
    files: list[Path] = []
    empty: list[Path] = []
    for path in named:
        if not path.is_dir():
            files.append(path)
            continue
        inside = [f for f in bundles_in([path]) if not is_signed_majlis_zip(f)]
        if not inside:
            empty.append(path)
        files += inside
    return files, empty


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from desktop.core import consent
    from desktop.sync import team
    from desktop.sync.importer import import_files

    def body(store: Store) -> int:
        team.require_team(store)  # a database in no team (--db mistyped): one line, not one per file
        identities = _identities(args, store)
        files, empty = _files_to_import(args.files)
        for folder in empty:
            sys.stderr.write(f"refused {printable(str(folder), 1000)}: [no_bundle] no bundle in this folder\n")
        refused, held = len(empty), 0
        for out in import_files(store, files, identities):
            if out.status == "refused":
                refused += 1
                sys.stderr.write(f"refused {printable(out.source, 1000)}: [{out.code}] {printable(out.message, 1000)}\n")
            elif out.status == "held":
                held += 1
                sys.stderr.write(f"held {printable(out.source, 1000)}: [{out.code}] device "
                                 f"{out.device_name or '-'} ({out.device_id[-8:]}) is not on the roster; "
                                 "compare its fingerprint (majlis-cli device pending), then approve or reject it\n")
            elif out.status == "already_present":
                print(f"already present {printable(out.source, 1000)}")
            else:
                print(f"imported {printable(out.source, 1000)}: device {out.device_name or out.device_id[-8:]}, "
                      f"changes {out.seq_from}\u2013{out.seq_to}, {out.new_changes} new, "
                      f"{counted(out.conflicts, 'new conflict')}")
        total = len(files) + len(empty)
        print(f"{total - refused - held} of {total} {noun(total, 'bundle')} imported or already present; {held} "
              f"held for approval; {refused} refused")
        with store.session() as s:
            missing = consent.missing_templates(s)
        if missing:  # records arrived before the consent form version they were signed on
            print(f"warning: consent records refer to {counted(len(missing), 'consent form version')} not on "
                  f"this device yet: {', '.join(m[-8:] for m in missing)}")
        return 1 if refused or held else 0

    return _with_store(args, body)


def cmd_device_register(args: argparse.Namespace) -> int:
    from desktop.sync import devices, roster
    from desktop.sync.keys import key_fingerprint

    def body(store: Store) -> int:
        try:
            added = devices.preregister(store, args.device_id, args.key, args.name, role=args.role)
        except devices.DeviceKeyConflict as exc:
            raise SyncCommandError(f"[impostor_device] {exc}") from exc
        except devices.NotADeviceId as exc:
            raise SyncCommandError(f"[bad_id] {exc}; nothing was registered") from exc
        except ValueError as exc:
            raise SyncCommandError(f"[bad_key] not an Ed25519 public key: {exc}") from exc
        print("device registered" if added else "device already registered with this key")
        print(f"key fingerprint: {key_fingerprint(args.key)} ({args.role})")
        refused = 0
        for done in roster.approve_registered(store, args.device_id, args.key):
            print(f"{counted(len(done.outcomes), 'bundle')} it sent before, held for approval, applied now:")
            refused += _report_applied(done.outcomes)
        return 1 if refused else 0

    return _with_store(args, body)


def cmd_device_pending(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        waiting = roster.pending(store)
        if args.json:
            json.dump([w.as_dict() for w in waiting], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for w in waiting:
            print(f"{w.id}\t{w.name or '-'} ({w.device_id[-8:]})\tfingerprint {w.fingerprint}\t"
                  f"{counted(w.bundles, 'bundle')}, {counted(w.changes, 'change')}\tsince {w.first_received}")
        if not waiting:
            print("no device waits for approval")
        return 0

    return _with_store(args, body)


@contextlib.contextmanager
def _waiting_device(number: int) -> Iterator[None]:
    """A number ``device pending`` does not show (mistyped, or already approved or rejected) is "not
    there": exit 3, as every unknown id (a session, a recommendation, a conflict), not a refusal."""
    try:
        yield
    except NotPendingError as exc:
        raise Missing(f"no device waits for approval as number {number} (see majlis-cli device pending); "
                      "nothing was changed") from exc


def cmd_device_approve(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        with _waiting_device(args.id):
            done = roster.approve(store, args.id, role=args.role, name=args.name)
        print(f"device {done.name or '-'} ({done.device_id[-8:]}) is on the roster ({args.role})")
        return 1 if _report_applied(done.outcomes) else 0

    return _with_store(args, body)


def _report_applied(outcomes: list[Any]) -> int:
    """One line per held bundle applied (stdout) or refused (stderr); the number refused."""
    refused = 0
    for out in outcomes:
        if out.status == "refused":
            refused += 1
            sys.stderr.write(f"refused {out.source}: [{out.code}] {printable(out.message, 1000)}\n")
        else:
            print(f"{out.status.replace('_', ' ')} {out.source}: changes {out.seq_from}\u2013{out.seq_to}, "
                  f"{out.new_changes} new, {counted(out.conflicts, 'new conflict')}")
    return refused


def cmd_device_reject(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        with _waiting_device(args.id):
            count = roster.reject(store, args.id)
        print(f"rejected: {counted(count, 'bundle')} discarded")
        return 0

    return _with_store(args, body)


def cmd_device_list(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        entries = roster.roster(store)
        if args.json:
            json.dump([e.as_dict() for e in entries], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for e in entries:
            me = " [this device]" if e.is_self else ""
            print(f"{e.name or '-'} ({e.device_id[-8:]}){me}\t{e.role}\tfingerprint {e.fingerprint or '-'}")
        return 0

    return _with_store(args, body)


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
                                     prompt="Passphrase for the key file: ")
            write_protected_identity_file(args.out, identities, secret)
        except FileExistsError as exc:  # it appeared meanwhile (while the passphrase was typed)
            raise exists from exc
        print(f"team key written, passphrase-protected: {args.out} (age -d asks for the passphrase)")
        return 0

    return _with_store(args, body)


def cmd_bundle_status(args: argparse.Namespace) -> int:
    from desktop.sync import clash_log, devices

    def body(store: Store) -> int:
        info = devices.sync_status(store)
        clashes = clash_log.open_clashes(store)
        info["sequence_clashes"] = clashes
        if args.json:
            json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for report in devices.device_reports(store):
            label = f"{printable(report.name) or '-'} ({report.short_id}){' [this device]' if report.is_self else ''}"
            streams = "; ".join(f"epoch {s.epoch}: {devices.format_ranges(s.ranges)}" for s in report.streams)
            print(f"{label}: {streams or 'nothing received'}")
        for line in info["gaps"]:
            print(f"gap: {printable(line, 1000)}")
        for clash in clashes:
            print(f"sequence clash: {printable(clash['text'], 1000)}")
        print(f"open conflicts: {len(info['open_conflicts'])}")
        return 0

    return _with_store(args, body)


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from desktop.sync import conflicts
    from desktop.sync.conflict_context import conflict_context

    def body(store: Store) -> int:
        items = conflicts.list_conflicts(store, include_resolved=args.all)
        if args.json:
            json.dump([c.as_dict() for c in items], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for c in items:
            # Who wrote each version and when, in the words the Sync page's conflict window uses
            # (not the clock readings: `--json` has those for scripts).
            where = conflict_context(store, c)
            print(f"{c.id}\t{c.status}\t{c.entity}.{c.field}\t{c.row_id}")
            if where.session_title:
                print(f"  session: {printable(where.session_title, 200)}")
            for label, info, value in (("a", where.a, c.value_a), ("b", where.b, c.value_b)):
                device = printable(info.device_name, 100) or "unknown device"
                when = info.written_at.strftime("%Y-%m-%d %H:%M UTC") if info.written_at else "unknown time"
                print(f"  {label} ({device} ({info.device_id[-8:]}), {when}): {_one_line(value, 200)}")
        if not items:
            print("no open conflicts")
        return 0

    return _with_store(args, body)


def _one_line(text: str, limit: int) -> str:
    """A long text on one line of the listing: a line break (a transcript turn or summary may hold
    several) shown as ⏎ instead of starting a line that reads as the listing's own, a tab as a space,
    any other control character replaced (a carriage return would write over the line)."""
    flat = text[:limit].replace("\r\n", "\n").replace("\r", "\n").replace("\n", " \u23ce ").replace("\t", " ")
    return printable(flat, 4 * limit)


def _merged_text(path: Path) -> str:
    """The edited text of ``--text-file`` as any common editor saves it (UTF-8 with or without a BOM,
    UTF-16): a file in another encoding is refused in one line, not a traceback."""
    from desktop.cli.passphrase_file import decode_text

    try:
        return decode_text(path.read_bytes())
    except UnicodeDecodeError as exc:
        raise SyncCommandError(f"{path} is not UTF-8 or UTF-16 text: save it as UTF-8 (Notepad: Save as, "
                               "Encoding UTF-8); nothing was changed") from exc


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from desktop.sync import conflicts

    text = _merged_text(args.text_file) if args.text_file else None

    def body(store: Store) -> int:
        conflicts.resolve(store, args.id, args.keep or "edit", text=text, actor=args.actor)
        print(f"conflict {args.id} resolved")
        return 0

    return _with_store(args, body)
