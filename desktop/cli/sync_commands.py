"""majlis-cli commands for teams, bundles and conflicts (a thin face over desktop.sync)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli.common import add_db, open_from_args
from desktop.core import consent
from desktop.core.db import Store
from desktop.core.errors import MajlisError
from desktop.sync import clash_log, conflicts, devices, team
from desktop.sync.errors import BundleError, NoIdentityError
from desktop.sync.export import export_bundle
from desktop.sync.importer import import_files
from desktop.sync.keys import load_identity_file

IDENTITY_ENV = "MAJLIS_IDENTITY_FILE"


class SyncCommandError(MajlisError):
    code = "sync"
    exit_code = 1


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    t = _group(sub, "team", "create or join a team; team updates")
    p = t.add_parser("create", help="centre: create the team (age identity, central key, team file)")
    add_db(p)
    p.add_argument("--name", required=True, help="the team or campaign name")
    p.add_argument("--team-file", required=True, type=Path, help="where to write the team file for devices")
    p.add_argument("--identity-file", required=True, type=Path, help="where to write the team's age identity")
    p.add_argument("--recipient", action="append", default=[], metavar="AGE1...",
                   help="another coordinator's age recipient (repeatable)")
    p.set_defaults(func=cmd_team_create)

    p = t.add_parser("join", help="device: join the team with its team file")
    add_db(p)
    p.add_argument("--team-file", required=True, type=Path)
    p.set_defaults(func=cmd_team_join)

    p = t.add_parser("file", help="centre: write the team file again, with today's codebook")
    add_db(p)
    p.add_argument("--out", required=True, type=Path)
    p.set_defaults(func=cmd_team_file)

    upd = _group(t, "update", "team updates: codebook, consent templates, organisations")
    p = upd.add_parser("export", help="centre: write a signed team update")
    add_db(p)
    p.add_argument("--out", required=True, type=Path, help="a file, or a folder to write it in")
    p.set_defaults(func=cmd_update_export)
    p = upd.add_parser("import", help="device: apply a team update signed by the centre")
    add_db(p)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_update_import)

    b = _group(sub, "bundle", "export, import and check bundles")
    p = b.add_parser("export", help="write this device's changes as an encrypted bundle")
    add_db(p)
    p.add_argument("--out", required=True, type=Path, help="a .majlis file, or a folder (file named for you)")
    p.add_argument("--full", action="store_true", help="all changes of this epoch, not only new ones")
    p.set_defaults(func=cmd_bundle_export)
    p = b.add_parser("import", help="centre: import bundles (exit 1 when any was refused)")
    add_db(p)
    p.add_argument("--identity-file", type=Path, help=f"the team's age identity file (or ${IDENTITY_ENV})")
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
    p.set_defaults(func=cmd_device_register)

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
    parser.set_defaults(func=lambda args: _usage(parser))
    return parser.add_subparsers(dest=f"{name}_action", metavar="ACTION", parser_class=type(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 64


def _with_store(args: argparse.Namespace, body: Callable[[Store], int]) -> int:
    store = open_from_args(args)
    try:
        return body(store)
    except BundleError as exc:
        raise SyncCommandError(f"[{exc.code}] {exc.message}") from exc
    finally:
        store.close()


def cmd_team_create(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        try:
            made = team.create_team(store, name=args.name, team_file=args.team_file,
                                    identity_file=args.identity_file, extra_recipients=tuple(args.recipient))
        except ValueError as exc:
            raise SyncCommandError(f"invalid --recipient: {exc}") from exc
        except FileExistsError as exc:
            raise SyncCommandError(str(exc)) from exc
        print(f"team created: {made.team_id}")
        print(f"team file: {args.team_file}")
        print(f"identity file (keep it private): {args.identity_file}")
        print(f"central key fingerprint: {made.fingerprint}")
        return 0

    return _with_store(args, body)


def cmd_team_join(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        team_id, fingerprint, rows = team.join_team(store, args.team_file)
        print(f"joined team {team_id} ({rows} codebook/consent/organisation rows)")
        print(f"central key fingerprint: {fingerprint} (compare with the one the coordinator gave you)")
        return 0

    return _with_store(args, body)


def cmd_team_file(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        team.write_current_team_file(store, args.out)
        print(f"team file written: {args.out}")
        return 0

    return _with_store(args, body)


def cmd_update_export(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        sequence, _ = team.export_team_update(store, args.out)
        print(f"team update {sequence} written: {args.out}")
        return 0

    return _with_store(args, body)


def cmd_update_import(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        sequence, changed = team.import_team_update(store, args.file)
        print(f"team update {sequence} applied ({changed} rows changed)")
        return 0

    return _with_store(args, body)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        result = export_bundle(store, args.out, full=args.full)
        if result is None:
            print("nothing to export: no new changes since the last bundle (no file written)")
            return 0
        print(f"bundle written: {result.path} (changes {result.seq_from}\u2013{result.seq_to}, "
              f"{result.change_count} changes, {result.attachment_count} attachments)")
        if result.more_pending:
            print("more changes wait in another epoch: run bundle export again")
        return 0

    return _with_store(args, body)


def _identities(args: argparse.Namespace) -> list[Any]:
    path = args.identity_file or (Path(os.environ[IDENTITY_ENV]) if os.environ.get(IDENTITY_ENV) else None)
    if path is None:
        raise SyncCommandError(f"[{NoIdentityError.code}] no team key: use --identity-file or ${IDENTITY_ENV}")
    try:
        return load_identity_file(path)
    except BundleError as exc:
        raise SyncCommandError(f"[{exc.code}] {exc.message}") from exc


def cmd_bundle_import(args: argparse.Namespace) -> int:
    identities = _identities(args)

    def body(store: Store) -> int:
        refused = 0
        for out in import_files(store, args.files, identities):
            if out.status == "refused":
                refused += 1
                sys.stderr.write(f"refused {out.source}: [{out.code}] {out.message}\n")
            elif out.status == "already_present":
                print(f"already present {out.source}")
            else:
                print(f"imported {out.source}: device {out.device_name or out.device_id[-8:]}, changes "
                      f"{out.seq_from}\u2013{out.seq_to}, {out.new_changes} new, {out.conflicts} new conflicts")
        total = len(args.files)
        print(f"{total - refused} of {total} bundles imported or already present; {refused} refused")
        with store.session() as s:
            missing = consent.missing_templates(s)
        if missing:  # records arrived before the consent form version they were signed on
            print(f"warning: consent records refer to {len(missing)} consent form version(s) not on this "
                  f"device yet: {', '.join(m[-8:] for m in missing)}")
        return 1 if refused else 0

    return _with_store(args, body)


def cmd_device_register(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        try:
            added = devices.preregister(store, args.device_id, args.key, args.name)
        except devices.DeviceKeyConflict as exc:
            raise SyncCommandError(f"[impostor_device] {exc}") from exc
        except ValueError as exc:
            raise SyncCommandError(f"[bad_key] not an Ed25519 public key: {exc}") from exc
        print("device registered" if added else "device already registered with this key")
        return 0

    return _with_store(args, body)


def cmd_bundle_status(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        info = devices.sync_status(store)
        clashes = clash_log.open_clashes(store)
        info["sequence_clashes"] = clashes
        if args.json:
            json.dump(info, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for report in devices.device_reports(store):
            label = f"{report.name or '-'} ({report.short_id}){' [this device]' if report.is_self else ''}"
            streams = "; ".join(f"epoch {s.epoch}: {devices.format_ranges(s.ranges)}" for s in report.streams)
            print(f"{label}: {streams or 'nothing received'}")
        for line in info["gaps"]:
            print(f"gap: {line}")
        for clash in clashes:
            print(f"sequence clash: {clash['text']}")
        print(f"open conflicts: {len(info['open_conflicts'])}")
        return 0

    return _with_store(args, body)


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    def body(store: Store) -> int:
        items = conflicts.list_conflicts(store, include_resolved=args.all)
        if args.json:
            json.dump([c.as_dict() for c in items], sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return 0
        for c in items:
            print(f"{c.id}\t{c.status}\t{c.entity}.{c.field}\t{c.row_id}")
            print(f"  a ({c.version_a}): {c.value_a[:200]}")
            print(f"  b ({c.version_b}): {c.value_b[:200]}")
        if not items:
            print("no open conflicts")
        return 0

    return _with_store(args, body)


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    text = args.text_file.read_text(encoding="utf-8") if args.text_file else None

    def body(store: Store) -> int:
        conflicts.resolve(store, args.id, args.keep or "edit", text=text, actor=args.actor)
        print(f"conflict {args.id} resolved")
        return 0

    return _with_store(args, body)
