"""majlis-cli commands for conflicts: concurrent edits of long texts, listed and resolved (a thin face
over desktop.sync.conflicts)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import add_db, print_json
from desktop.cli.sync_commands import SyncCommandError, group, with_store
from desktop.core.device_label import device_label, short_id
from desktop.core.errors import Missing
from desktop.core.sanitise import printable
from desktop.core.text_cut import cut

if TYPE_CHECKING:
    from desktop.core.db import Store
    from desktop.sync.conflict_context import VersionInfo

# As in sync_commands: each command imports its implementation when it runs.


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    c = group(sub, "conflicts", "list and resolve concurrent edits of long texts")
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


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from desktop.sync import conflicts
    from desktop.sync.conflict_context import conflict_context

    def body(store: Store) -> int:
        items = conflicts.list_conflicts(store, include_resolved=args.all)
        if args.json:
            return print_json([c.as_dict() for c in items])
        for c in items:
            # Who wrote each version and when, in the words the Sync page's conflict window uses
            # (not the clock readings: `--json` has those for scripts).
            where = conflict_context(store, c)
            print(f"{c.id}\t{c.status}\t{c.entity}.{c.field}\t{c.row_id}")
            if where.session_title:
                print(f"  session: {printable(where.session_title, 200)}")
            for label, info, value in (("a", where.a, c.value_a), ("b", where.b, c.value_b)):
                when = info.written_at.strftime("%Y-%m-%d %H:%M UTC") if info.written_at else "unknown time"
                print(f"  {label} ({_device(info)}, {when}): {_one_line(value, 200)}")
        if not items:
            print("no open conflicts")
        return 0

    return with_store(args, body)


def _device(info: VersionInfo) -> str:
    """The device that wrote a version as the other commands name it (``Basra laptop 2 (1a2b3c4d)``,
    ``1a2b3c4d (no name yet)``); one this database has never heard of is ``unknown device (1a2b3c4d)``."""
    if info.on_roster:
        return device_label(printable(info.device_name, 100), info.device_id)
    return f"unknown device ({short_id(info.device_id)})" if info.device_id else "unknown device"


def _one_line(text: str, limit: int) -> str:
    """A long text on one line of the listing: a line break (a transcript turn or summary may hold
    several) shown as ⏎ instead of starting a line that reads as the listing's own, a tab as a space,
    any other control character replaced (a carriage return would write over the line)."""
    flat = cut(text, limit).replace("\r\n", "\n").replace("\r", "\n").replace("\n", " \u23ce ").replace("\t", " ")
    return printable(flat, 4 * limit)


def _merged_text(path: Path) -> str:
    """The edited text of ``--text-file`` as any common editor saves it (UTF-8 with or without a BOM,
    UTF-16): a file in another encoding is refused in one line, not a traceback."""
    from desktop.cli.passphrase_file import decode_text, other_kind
    from desktop.core.bounded_read import NotAFile, read_at_most
    from desktop.core.field_text import TEXT_LIMIT

    # A text holds at most TEXT_LIMIT characters: 4 bytes each at most in UTF-8, and a byte-order mark.
    most = 4 * TEXT_LIMIT + 4
    try:
        raw = read_at_most(path, most)  # /dev/zero was read until memory ran out; a pipe waited for ever
    except NotAFile as exc:
        raise SyncCommandError(f"{path} is a {exc.kind}, not a text file; nothing was changed") from None
    except FileNotFoundError:
        raise Missing(f"the text file {path} does not exist; nothing was changed") from None
    other = other_kind(path, raw)
    if other:  # the team's key file is text too: it became the merged text, and went out in the change log
        raise SyncCommandError(f"{path} is {other}, not a text file; nothing was changed")
    too_long = f"{path} holds more than {TEXT_LIMIT:,} characters, more than a text may; nothing was changed"
    if len(raw) > most:
        raise SyncCommandError(too_long)
    try:
        text = decode_text(raw)
    except UnicodeDecodeError as exc:
        raise SyncCommandError(f"{path} is not UTF-8 or UTF-16 text: save it as UTF-8 (Notepad: Save as, "
                               "Encoding UTF-8); nothing was changed") from exc
    if len(text) > TEXT_LIMIT:
        raise SyncCommandError(too_long)
    return text


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from desktop.sync import conflicts

    text = _merged_text(args.text_file) if args.text_file else None

    def body(store: Store) -> int:
        conflicts.resolve(store, args.id, args.keep or "edit", text=text, actor=args.actor)
        print(f"conflict {args.id} resolved")
        return 0

    return with_store(args, body)
