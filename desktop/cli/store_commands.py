"""majlis-cli commands about the local store: init, check, status, demo, backup, restore, passwd."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    INTERRUPTED_EXIT,
    add_db,
    name_given,
    open_from_args,
    print_json,
    read_passphrase,
)
from desktop.core.device_label import no_name, shown_name
from desktop.core.errors import DatabaseExists, DatabaseMissing, NotADatabase
from desktop.core.sanitise import printable
from desktop.i18n.counts import counted

if TYPE_CHECKING:
    from desktop.core.backups import Restored
    from desktop.core.restore_whole import WholeRestore

# Each command imports the store and what else it uses when it runs (plain imports inside the
# functions): building the parser for one command does not load every command's implementation.


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("init", help="create a new encrypted database")
    add_db(p)
    p.add_argument("--device-name", required=True, type=name_given, help="a name for this laptop, e.g. 'Basra laptop 2'")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("check", help="integrity check and schema revision (exit 0 when healthy)")
    add_db(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("status", help="counts of sessions, participants, codings, consents, devices")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("demo", help="fill a database (created if missing) with reproducible demo data")
    add_db(p)
    # A negative count is a usage error (exit 64), as for backup --keep.
    p.add_argument("--sessions", type=_count, default=24, metavar="N")
    p.add_argument("--seed", type=int, default=1)
    # None: not given (the new database's device is then "demo laptop"; an existing one keeps its name).
    p.add_argument("--device-name", type=name_given, help="the device's name when the database is created (default 'demo laptop')")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("backup", help="write an encrypted backup beside the database (keeps the last N)")
    add_db(p)
    # default: backups.DEFAULT_KEEP, read when the command runs; 0 keeps every backup
    p.add_argument("--keep", type=_count, metavar="N", help="backups to keep (default 10; 0 keeps them all)")
    p.add_argument("--list", action="store_true", help="list the backups instead")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("restore", help="replace the database with a backup (starts a new device epoch)")
    add_db(p)
    p.add_argument("--from", dest="source", required=True, type=Path, help="the backup file")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("passwd", help="change the passphrase")
    add_db(p)
    p.add_argument("--new-passphrase-file", type=Path, help="or $MAJLIS_NEW_PASSPHRASE, or a prompt")
    p.set_defaults(func=cmd_passwd)


def _refuse_weak(passphrase: str) -> None:
    """A new database's passphrase (init's, demo's): the first-start wizard's rule and passwd's (one rule),
    said in one line before anything is written."""
    from desktop.core.errors import ValidationError
    from desktop.core.validation import MIN_PASSPHRASE_LENGTH, PASSPHRASE_TOO_WEAK, new_passphrase_problem

    if new_passphrase_problem(passphrase) == PASSPHRASE_TOO_WEAK:
        raise ValidationError(f"the passphrase is too weak: use at least {MIN_PASSPHRASE_LENGTH} characters; "
                              "nothing was written")


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.core import db
    from desktop.core.companion_names import refuse_companion_name

    refuse_companion_name(args.db)  # before the passphrase is asked for
    if args.db.exists() and args.db.stat().st_size > 0:
        raise DatabaseExists(f"{args.db} already exists; nothing was changed")
    passphrase = read_passphrase(args, confirm=True, made="passphrase")
    _refuse_weak(passphrase)
    store = db.create_store(args.db, passphrase, args.device_name)
    print(f"created {args.db} (device {store.device_id})")
    store.close()
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from desktop.core.status import integrity_problems, status

    store = open_from_args(args)
    try:
        problems = integrity_problems(store)
        rev = status(store)["schema_revision"]
    finally:
        store.close()
    if problems:
        for line in problems:
            print(f"problem: {line}")
        return 1
    print(f"ok: integrity check passed, schema revision {rev}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from desktop.core import synced_folder
    from desktop.core.status import status

    store = open_from_args(args)
    try:
        info = status(store)
    finally:
        store.close()
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key}: {_status_text(key, value)}")
    if info.get("synced_folder"):  # a warning, not a failure: one line on stderr, exit 0
        text = synced_folder.WARNING.format(service=info["synced_folder"], folder=info["data_folder"])
        sys.stderr.write(f"majlis-cli: warning: {printable(text, _LONGEST)}\n")
    return 0


_NO_KEY = "none (no signing key yet: this database gets one when it joins or creates a team)"
#: What ``status`` prints for a value that is not there (``null`` in --json), not Python's ``None``.
_NOT_THERE = {
    "team": "none (working alone: this database is in no team)",
    "device_public_key": _NO_KEY,
    "device_key_fingerprint": _NO_KEY,
    "synced_folder": "none (not in a folder OneDrive, Dropbox or Google Drive syncs)",
}


_REVOKED = ("yes (the centre revoked this device's key, a lost laptop's: its bundles are refused; run majlis-cli "
            "device new-key and read the new fingerprint to the coordinator)")

#: Cut only what no path or name reaches (a path is at most 4096 bytes on Linux, 32767 on Windows).
_LONGEST = 40000


def _status_text(key: str, value: object) -> str:
    """One value as the text prints it. The team name comes from the team file (a file on a USB
    stick), the device name and the folders from elsewhere: no control character, escape sequence
    or bidirectional override among them reaches the terminal (U+FFFD shows that one was there). A
    device with no name (``--device-name ""``) says so, as ``device list`` does, not an empty value."""
    if key == "device_name" and not shown_name(str(value or "")):
        return no_name()
    if key == "device_key_revoked":
        return _REVOKED if value else "no"
    return _NOT_THERE.get(key, "none") if value is None else printable(str(value), _LONGEST)


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.core import db, demo  # the demo texts: only this command needs them
    from desktop.core.companion_names import refuse_companion_name
    from desktop.core.new_database import discard

    refuse_companion_name(args.db)  # also when that file is there: it is another database's
    exists = args.db.exists() and args.db.stat().st_size > 0
    passphrase = read_passphrase(args, made="" if exists else "passphrase")
    if exists:
        store = db.open_store(args.db, passphrase)
        _keeps_its_name(store, args.device_name)
    else:
        _refuse_weak(passphrase)  # as init: an existing database is opened with the passphrase it has
        store = db.create_store(args.db, passphrase, "demo laptop" if args.device_name is None else args.device_name)
    try:
        summary = demo.generate(store, sessions=args.sessions, seed=args.seed)
    except BaseException as exc:
        if exists:
            raise
        # A session a transaction: the new database held part of the seed (Ctrl+C, a full disk), refused
        # as "already in this database" when the command was run again. Made by this run, it goes whole.
        store.close()
        discard(args.db)
        if not isinstance(exc, KeyboardInterrupt):
            raise
        sys.stderr.write("majlis-cli: interrupted; the database it was making was removed: run the command again\n")
        return INTERRUPTED_EXIT
    finally:
        store.close()
    print(
        f"demo data: {counted(summary.sessions, 'session')}, {counted(summary.participants, 'participant')}, "
        f"{counted(summary.turns, 'transcript turn')}, {counted(summary.segments, 'coded segment')}, "
        f"{counted(summary.recommendations, 'recommendation')}, {counted(summary.respondents, 'survey respondent')}, "
        f"{counted(summary.outreach, 'outreach record')}"
    )
    return 0


def _keeps_its_name(store: Any, given: str | None) -> None:
    """``demo --device-name`` names the device of the database it creates (README); an existing
    database keeps the name it has (renaming a device that may have sent bundles under it is not a
    demo's business). A name given that is not applied is said in one line, not silently dropped."""
    from desktop.core.models import Device

    with store.session() as s:
        device = s.get(Device, store.device_id)
        current = device.name if device is not None else ""
    if given is None or shown_name(given) == shown_name(current):
        return
    kept = f"its device name '{shown_name(current)}'" if shown_name(current) else f"its device {no_name()}"
    sys.stderr.write(f"majlis-cli: note: --device-name names the device of a new database only: {store.path} "
                     f"keeps {kept}\n")


def _count(text: str) -> int:
    """A whole number >= 0 (``--keep -1`` is a slip, not "keep everything"): else a usage error."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, 0 or more, not {text!r}")
    return value


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.core import backups, db

    if args.list:
        # The backups of a database that is not there are none to list: a mistyped --db says so
        # (exit 3), as every command given a database does, not an empty list and success.
        if not args.db.exists():
            raise DatabaseMissing(f"no database at {args.db}")
        if args.db.is_dir():
            raise NotADatabase(f"{args.db} is a folder, not a Majlis database")
        found = backups.list_backups(args.db)
        for path in found:
            print(path)
        if not found:
            # Said as every list says it, but on stderr: stdout is the paths alone, one a line (what a
            # script reads: this list has no --json form), and stays empty.
            sys.stderr.write(f"majlis-cli: no backups of {args.db} yet (majlis-cli backup writes them into "
                             f"{backups.backup_dir(args.db)})\n")
        return 0
    passphrase = read_passphrase(args)
    store = db.open_store(args.db, passphrase)
    try:
        keep = backups.DEFAULT_KEEP if args.keep is None else args.keep
        path = backups.backup(store.engine, args.db, passphrase, keep=keep)
    finally:
        store.close()
    print(f"backup written: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.core.restore_whole import restore_and_carry

    passphrase = read_passphrase(args)

    def restored(done: Restored) -> None:  # said at once: the carrying that follows may still fail
        kept = done.kept
        print(f"restored {args.db} from {args.source}; a new device epoch has started")
        if kept is not None and done.kept_damaged:
            # Not a way back (it does not open), but never thrown away: whoever mends files may save more.
            print(f"the database replaced was damaged; it is kept as it was in {kept}")
        elif kept is not None:
            # The database replaced is a backup now: a wrong choice of backup loses nothing.
            print(f"the database as it was before is kept as {kept} (restore it the same way to go back)")

    whole = restore_and_carry(args.source, args.db, passphrase, restored)  # the app's Restore from a backup… too
    kept = whole.kept
    _say_carried(whole)
    if kept is not None and whole.kept_damaged:
        sys.stderr.write(
            "majlis-cli: warning: the database replaced was damaged: what was recorded after this backup "
            "(withdrawals, consent records, changes never exported) may be missing from the restored "
            "database: check it and record them again\n")
    left = whole.left
    if left:  # a damaged copy cannot be restored to send it: said above
        # Work that never left this laptop is in the kept copy only: said, not found out at the centre.
        one = left == 1
        sys.stderr.write(
            f"majlis-cli: warning: the database replaced held {counted(left, 'change')} never "
            f"exported; {'it is' if one else 'they are'} in {kept} only: to send {'it' if one else 'them'}, "
            "restore that copy, export a bundle, then restore this backup again\n")
    return 0


def _say_carried(whole: WholeRestore) -> None:
    """What the database replaced held from after the backup and the restored one keeps (erasures,
    consent records, a centre's team keys), and the consent records it could not take."""
    kept, carried = whole.kept, whole.erasures_carried
    if carried:
        print(f"{counted(carried, 'erasure')} made after this backup applied again: what was erased stays erased")
    if whole.consent.records_carried:
        print(f"{counted(whole.consent.records_carried, 'consent record')} recorded after this backup "
              "kept in the restored database")
    if whole.team_keys:  # a centre restored from before `team key rotate`: the laptops encrypt to the new key
        one = whole.team_keys == 1
        print(f"{counted(whole.team_keys, 'team key')} made after this backup (team key rotate) kept in the "
              f"restored database, with the team's recipients: the laptops' bundles encrypted to "
              f"{'it' if one else 'them'} open here")
    records_left = whole.consent.records_left
    if records_left:
        # Not carried (its participant, session or form is not here, or another device recorded
        # it): said, not found out later.
        one = records_left == 1
        print(f"{counted(records_left, 'consent record')} recorded after this backup "
              f"{'is' if one else 'are'} not in the restored database: {'it stays' if one else 'they stay'} "
              f"in {kept} only")


def cmd_passwd(args: argparse.Namespace) -> int:
    from desktop.core.errors import MajlisError, ValidationError
    from desktop.core.passphrase_change import change_passphrase
    from desktop.core.validation import (
        MIN_PASSPHRASE_LENGTH,
        PASSPHRASE_SAME_AS_CURRENT,
        PASSPHRASE_TOO_WEAK,
        PASSPHRASE_UNTYPABLE,
        new_passphrase_problem,
    )

    current = read_passphrase(args)
    store = open_from_args(args, current)
    try:
        new = read_passphrase(
            args, confirm=True, env="MAJLIS_NEW_PASSPHRASE", file_attr="new_passphrase_file",
            prompt="New passphrase: ", made="new passphrase",
        )
        # The app's rule (Settings → Change passphrase…), before anything is written: no backup, no re-key.
        problem = new_passphrase_problem(new, current)
        if problem == PASSPHRASE_UNTYPABLE:
            raise ValidationError("the new passphrase holds a NUL character (or a broken one), which no passphrase can "
                                  "hold; nothing was changed")
        if problem == PASSPHRASE_TOO_WEAK:
            raise ValidationError(f"the new passphrase is too weak: use at least {MIN_PASSPHRASE_LENGTH} "
                                  "characters; nothing was changed")
        if problem == PASSPHRASE_SAME_AS_CURRENT:
            raise ValidationError("the new passphrase is the same as the current one; nothing was changed")
        # The same change as Settings → Change passphrase… in the app (desktop/core/passphrase_change.py),
        # but a backup that cannot be written does not stop it here (README): said, the change stands.
        changed = change_passphrase(store, new, backup_required=False)
    finally:
        store.close()
    print("passphrase changed")
    # Every backup made before keeps the old passphrase: the one made with the change opens with the
    # new one, so a person who forgets the old passphrase still has a backup to restore.
    exc = changed.backup_error
    if changed.backup is not None:
        print(f"backup with the new passphrase written: {changed.backup}")
    elif exc is not None:  # the change stands; the backup is for the person to retry
        reason = exc.message if isinstance(exc, MajlisError) else (getattr(exc, "strerror", None) or str(exc))
        # A backup refused for its path would be refused again by majlis-cli backup: say what comes first.
        first = ("move the database to a folder with a shorter path, then "
                 if getattr(exc, "details", {}).get("reason") in ("backup_path_too_long", "path_too_long", "name_too_long")
                 else "")
        sys.stderr.write(f"majlis-cli: warning: no backup with the new passphrase was written ({reason}): "
                         f"{first}run majlis-cli backup\n")
    if changed.older:
        older = changed.older
        print(f"{counted(older, 'older backup')} {'keeps' if older == 1 else 'keep'} the old passphrase")
    return 0
