"""majlis-cli commands for the roster: the devices whose bundles the centre applies, and those that
wait for approval (a thin face over desktop.sync.roster and desktop.sync.devices)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn

from desktop.cli.common import add_db, name_given, print_json
from desktop.cli.sync_commands import SyncCommandError, group, refuse_unless_centre, with_store
from desktop.core.device_label import device_label, short_id, shown_name
from desktop.core.errors import Missing
from desktop.core.ids import fits_sqlite_integer
from desktop.core.sanitise import printable, shown_path
from desktop.i18n.counts import counted
from desktop.sync.errors import NotPendingError
from desktop.sync.roles import FIELD, ROLES

if TYPE_CHECKING:
    from desktop.core.db import Store

# As in sync_commands: each command imports its implementation when it runs.


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    d = group(sub, "device", "the registry of devices allowed to send bundles")
    p = d.add_parser("register", help="centre: pre-register a device's signing key before its first bundle")
    add_db(p)
    p.add_argument("--id", dest="device_id", required=True, help="the device id (majlis-cli status on the laptop)")
    p.add_argument("--key", required=True, help="the device's public signing key (base64)")
    p.add_argument("--name", default="", type=name_given, help="a label for the device, e.g. 'Basra laptop 2'")
    p.add_argument("--role", choices=ROLES, default=FIELD,
                   help="field (changes only its own rows, the default) or coordinator (any row)")
    p.set_defaults(func=cmd_device_register)
    p = d.add_parser("pending", help="centre: devices not on the roster whose bundles wait for approval")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_device_pending)
    p = d.add_parser("approve", help="centre: put a waiting (or rejected) device on the roster and apply what it sent")
    add_db(p)
    p.add_argument("id", type=int, metavar="ID", help="the number device pending (or device rejected) shows")
    p.add_argument("--role", choices=ROLES, default=None,
                   help="field or coordinator (default: a device on the roster already keeps its role, a new one is "
                        "field)")
    p.add_argument("--name", type=name_given, help="the centre's label for the device (default: the name it sent)")
    p.set_defaults(func=cmd_device_approve)
    p = d.add_parser("reject", help="centre: discard what a waiting device sent (or every waiting device's)")
    add_db(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("id", type=int, nargs="?", metavar="ID", help="the number device pending shows")
    which.add_argument("--all-pending", action="store_true",
                       help="reject every waiting device (those device pending lists) at once: a waiting list filled "
                            "by bundles nobody on the team sent")
    p.set_defaults(func=cmd_device_reject)
    p = d.add_parser("rejected", help="centre: devices rejected, whose bundles are refused (device approve undoes it)")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_device_rejected)
    p = d.add_parser("list", help="the roster: devices whose bundles this database applies")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_device_list)
    p = d.add_parser("revoke", help="centre: take a device off the roster (lost or stolen): its key's bundles "
                                    "are refused from now on; what it sent before stays")
    add_db(p)
    p.add_argument("id", metavar="ID", help="the device's id, or the short id device list shows")
    p.set_defaults(func=cmd_device_revoke)
    p = d.add_parser("new-key", help="laptop: sign with a new key (the old one was revoked at the centre); "
                                     "everything is sent again, for the centre to approve the new key")
    add_db(p)
    p.set_defaults(func=cmd_device_new_key)


def cmd_device_register(args: argparse.Namespace) -> int:
    from desktop.sync import devices, roster
    from desktop.sync.keys import key_fingerprint

    # Pasted into a terminal from a chat app or a document, an id and a key bring invisible marks.
    args.device_id, args.key = devices.pasted_id(args.device_id), devices.pasted_key(args.key)

    def body(store: Store) -> int:
        # The roster a laptop gets from the centre's team updates: registered elsewhere (in no team, on
        # a laptop), the device was on no roster that counts, and its bundles were still refused.
        refuse_unless_centre(store, "devices are registered at the centre", "nothing was registered")
        try:
            added = devices.preregister(store, args.device_id, args.key, args.name, role=args.role)
        except devices.RevokedKeyConflict as exc:  # the lost laptop's key, under any id: the way out said too
            raise SyncCommandError(f"[impostor_device] {exc}; nothing was registered: read the new key off the laptop "
                                   "(majlis-cli device new-key on it)") from exc
        except devices.DeviceKeyConflict as exc:
            raise SyncCommandError(f"[impostor_device] {exc}") from exc
        except devices.NotADeviceId as exc:
            raise SyncCommandError(f"[bad_id] {exc}; nothing was registered") from exc
        except ValueError as exc:
            raise SyncCommandError(f"[bad_key] not an Ed25519 public key: {exc}") from exc
        print("device registered" if added else "device already registered with this key")
        print(f"key fingerprint: {key_fingerprint(args.key)} ({args.role})")
        refused = 0
        decided: list[roster.Approved] = []
        applied: list[Any] = []
        try:
            approvals = roster.approve_registered(store, args.device_id, args.key, decided=decided.append,
                                                  done=applied.append)
        except (Exception, KeyboardInterrupt) as exc:
            if not decided:
                raise
            # Stopped while it applied them (the disk full, Ctrl+C): those applied said, as by device approve.
            print(f"{counted(len(applied), 'bundle')} it sent before, held for approval, applied now:")
            _report_applied(applied)
            _stopped_partway(store, args.device_id, len(applied), exc)
        for done in approvals:
            print(f"{counted(len(done.outcomes), 'bundle')} it sent before, held for approval, applied now:")
            refused += _report_applied(done.outcomes)
        return 1 if refused else 0

    return with_store(args, body)


def cmd_device_pending(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        waiting = roster.pending(store)
        if args.json:
            return print_json([w.as_dict() for w in waiting])
        for w in waiting:
            print(f"{w.id}\t{device_label(w.name, w.device_id)}\tfingerprint {w.fingerprint}\t"
                  f"{counted(w.bundles, 'bundle')}, {counted(w.changes, 'change')}\tsince {w.first_received}")
        if not waiting:
            print("no device waits for approval")
        return 0

    return with_store(args, body)


def cmd_device_rejected(args: argparse.Namespace) -> int:
    from desktop.sync import rejections

    def body(store: Store) -> int:
        rejected = rejections.listing(store)
        if args.json:
            return print_json([r.as_dict() for r in rejected])
        for r in rejected:
            print(f"{r.id}\t{short_id(r.device_id)}\tfingerprint {r.fingerprint}\trejected {r.rejected_at}")
        if not rejected:
            print("no device was rejected")
        return 0

    return with_store(args, body)


@contextlib.contextmanager
def _waiting_device(number: int, *, rejected_too: bool = False) -> Iterator[None]:
    """A number ``device pending`` does not show (mistyped, or already approved or rejected) is "not
    there": exit 3, as every unknown id (a session, a recommendation, a conflict), not a refusal.
    ``device approve`` also takes a number ``device rejected`` shows."""
    where = "waits for approval or was rejected" if rejected_too else "waits for approval"
    see = "device pending, device rejected" if rejected_too else "device pending"
    missing = f"no device {where} as number {number} (see majlis-cli {see}); nothing was changed"
    if not fits_sqlite_integer(number):
        raise Missing(missing)
    try:
        yield
    except NotPendingError as exc:
        raise Missing(missing) from exc


def cmd_device_approve(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        # A second coordinator's laptop merges, but its roster is the centre's (team updates bring it):
        # a device approved there alone was merged without the centre's decision, and never reached it.
        refuse_unless_centre(store, "laptops are approved at the centre", "nothing was changed", no_team_too=False)
        decided: list[roster.Approved] = []
        applied: list[Any] = []
        try:
            with _waiting_device(args.id, rejected_too=True):
                done = roster.approve(store, args.id, role=args.role, name=args.name, decided=decided.append,
                                      done=applied.append)
        except (Exception, KeyboardInterrupt) as exc:
            if not decided:  # refused, or stopped before the decision was committed: nothing was changed
                raise
            # On the roster, some of its bundles applied, the others still waiting under a new number:
            # said, rather than only the error's line (and the number given then shown no more).
            _say_approved(decided[0])
            _report_applied(applied)
            _stopped_partway(store, decided[0].device_id, len(applied), exc)
        _say_approved(done)
        return 1 if _report_applied(done.outcomes) else 0

    return with_store(args, body)


def _say_approved(done: Any) -> None:
    role = done.role  # as the roster holds it: given, or the device's own kept
    if shown_name(done.name):
        print(f"device {device_label(done.name, done.device_id)} is on the roster ({role})")
    else:  # rejected before (no name is kept) or sent none: named by its id and the key compared
        print(f"device {short_id(done.device_id)} (no name yet, fingerprint {done.fingerprint}) is on the roster "
              f"({role})")
    if done.was_rejected:
        print("it had been rejected, and what it sent then was discarded: import its bundles again")


def _stopped_partway(store: Store, device_id: str, applied: int, failure: BaseException) -> NoReturn:
    """An approval stopped while it applied the device's bundles (the disk full, Ctrl+C): how many went
    in, and the number the others now wait under (``device pending``: the first of them), then the
    failure raised for its own line."""
    from desktop.cli.common import foreseen
    from desktop.sync import roster

    number: int | None = None
    with contextlib.suppress(Exception):  # the database may fail this read too: then said without it
        number = next((w.id for w in roster.pending(store) if w.device_id == device_id), None)
    why = "interrupted" if isinstance(failure, KeyboardInterrupt) else "stopped by the error below"
    again = "approve it again" if isinstance(failure, KeyboardInterrupt) else "approve it again once this is put right"
    where = f"as number {number}" if number is not None else "under a new number"
    print(f"{applied} of its bundles applied; the others still wait for approval ({why}): "
          f"majlis-cli device pending shows them {where}; {again}")
    sys.stdout.flush()  # these lines before the error's (run_guarded writes it)
    if isinstance(failure, KeyboardInterrupt):
        raise failure
    raise foreseen(failure, stopped="the approval", kept="the bundles applied before it are kept") from failure


def _report_applied(outcomes: list[Any]) -> int:
    """One line per held bundle applied (stdout) or refused (stderr); the number refused."""
    refused = 0
    for out in outcomes:
        if out.status == "refused":
            refused += 1
            sys.stderr.write(f"refused {shown_path(out.source)}: [{out.code}] {printable(out.message, 1000)}\n")
        else:
            print(f"{out.status.replace('_', ' ')} {shown_path(out.source)}: changes {out.seq_from}\u2013{out.seq_to}, "
                  f"{out.new_changes} new, {counted(out.conflicts, 'new conflict')}")
    return refused


def cmd_device_reject(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        # As approve: a key refused for ever on a second coordinator's laptop stayed refused there even
        # once the centre approved it.
        refuse_unless_centre(store, "laptops are approved or rejected at the centre", "nothing was changed", no_team_too=False)
        if args.all_pending:
            return _reject_all(store, args)
        with _waiting_device(args.id):
            count = roster.reject(store, args.id)
        print(f"rejected: {counted(count, 'bundle')} discarded")
        print(f"its bundles are refused from now on; to undo: majlis-cli device approve --db {_db_shown(args)} "
              f"{args.id}")
        return 0

    return with_store(args, body)


def _db_shown(args: argparse.Namespace) -> str:
    """``--db`` as a command that runs as shown names it (quoted when its path has a space, which both a
    POSIX shell and the Windows command prompt read), not one that is a usage error."""
    db = str(args.db)
    return f'"{db}"' if any(ch.isspace() for ch in db) else db


def _reject_all(store: Store, args: argparse.Namespace) -> int:
    """``device reject --all-pending``: the waiting list an outsider filled (anyone with the team file can
    send bundles, each under a key made for it) emptied at once, rather than one number at a time while
    every genuine new laptop is refused as ``waiting_list_full``. One transaction: all or none."""
    from desktop.sync import roster

    done = roster.reject_all(store)
    for w, discarded in done.rejected:  # named as device pending names them, with the number that undoes it
        print(f"rejected {w.id}\t{device_label(w.name, w.device_id)}\tfingerprint {w.fingerprint}\t"
              f"{counted(discarded, 'bundle')} discarded")
    for w in done.left:  # an approval stopped partway: on the roster, its bundles still to be applied
        print(f"left {w.id}\t{device_label(w.name, w.device_id)}\tfingerprint {w.fingerprint}\ton the roster "
              f"already (an approval stopped partway): majlis-cli device approve --db {_db_shown(args)} {w.id} "
              "applies what it sent")
    if not done.rejected:
        print("nothing was rejected" if done.left else "no device waits for approval; nothing was changed")
        return 0
    total = sum(discarded for _, discarded in done.rejected)
    print(f"rejected {counted(len(done.rejected), 'device')}: {counted(total, 'bundle')} discarded")
    print("their bundles are refused from now on; to undo one: majlis-cli device approve "
          f"--db {_db_shown(args)} NUMBER (the number on its line above; majlis-cli device rejected lists them)")
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    from desktop.sync import roster

    def body(store: Store) -> int:
        entries = roster.roster(store)
        if args.json:
            return print_json([e.as_dict() for e in entries])
        for e in entries:
            me = " [this device]" if e.is_self else " [revoked]" if e.revoked else ""
            label = device_label(e.name, e.device_id)
            if e.is_centre and not e.is_self and not shown_name(e.name):  # no label travels in a team update
                label = f"the centre ({short_id(e.device_id)})"
            print(f"{label}{me}\t{e.role}\tfingerprint {e.fingerprint or '-'}")
        return 0

    return with_store(args, body)


def cmd_device_revoke(args: argparse.Namespace) -> int:
    from desktop.sync import revocations

    def body(store: Store) -> int:
        refuse_unless_centre(store, "devices are revoked at the centre", "nothing was revoked")
        try:
            done = revocations.revoke(store, args.id)
        except revocations.OwnDeviceError as exc:
            raise SyncCommandError(f"[own_device] {exc}; nothing was revoked") from exc
        label = device_label(done.name, done.device_id)
        if done.already:
            print(f"device {label} (fingerprint {done.fingerprint}) was already revoked on {done.revoked_at}; "
                  "nothing was changed")
            return 0
        print(f"device {label} (fingerprint {done.fingerprint}) revoked: bundles signed with its key are refused "
              "from now on; what it sent before stays")
        print("its replacement: a new laptop joins as a new device, or its backup restored there signs with a new "
              "key (majlis-cli device new-key on that laptop); approve that key once the facilitator has read you "
              "its fingerprint")
        return 0

    return with_store(args, body)


def cmd_device_new_key(args: argparse.Namespace) -> int:
    from desktop.sync import new_key
    from desktop.sync.errors import NoSigningKeyError

    def body(store: Store) -> int:
        try:
            fingerprint = new_key.new_signing_key(store)
        except new_key.CentreKeyError as exc:
            raise SyncCommandError(f"[centre] {exc}; nothing was changed") from exc
        except NoSigningKeyError as exc:
            raise SyncCommandError(f"[{exc.code}] {exc.message}") from exc
        print(f"new key fingerprint: {fingerprint}")
        print("read it to the coordinator on the phone; your next bundles carry everything again, and wait at the "
              "centre until the coordinator approves this key")
        return 0

    return with_store(args, body)
