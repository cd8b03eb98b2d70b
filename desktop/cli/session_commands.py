"""majlis-cli sessions list: the sessions of a database, so that scripts can pick one by id."""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from desktop.cli.common import add_db, missing_action, open_from_args

COLUMNS = ("id", "kind", "date", "title", "governorate", "status")
# A title comes from any device's bundle: control characters (terminal escapes) never reach a terminal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    sessions = sub.add_parser("sessions", help="list sessions (id, kind, date, title, governorate, status)")
    actions = sessions.add_subparsers(dest="action", metavar="ACTION", parser_class=type(sessions))
    p = actions.add_parser("list", help="one session a line, oldest first (tab-separated), or --json")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print a JSON list of objects")
    p.set_defaults(func=cmd_sessions_list)
    sessions.set_defaults(func=missing_action(sessions))


def session_rows(store: Any) -> list[dict[str, str]]:
    from sqlalchemy import select

    from desktop.core.models import Session  # with SQLAlchemy: only when the command runs

    with store.session() as s:
        query = select(Session).where(Session.deleted.is_(False)).order_by(Session.date, Session.id)
        return [
            {"id": x.id, "kind": x.kind or "", "date": x.date.isoformat() if x.date else "",
             "title": x.title or "", "governorate": x.governorate or "", "status": x.status or ""}
            for x in s.scalars(query)
        ]


def cmd_sessions_list(args: argparse.Namespace) -> int:
    store = open_from_args(args)
    try:
        rows = session_rows(store)
    finally:
        store.close()
    if args.json:
        text = json.dumps(rows, ensure_ascii=False, indent=2)  # escapes C0 controls itself
        sys.stdout.write(_C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n")
        return 0
    for row in rows:
        print("\t".join(_CONTROL.sub("\ufffd", row[c]) for c in COLUMNS))
    if not rows:  # said, as every list says it (--json: [])
        print("no sessions in this database")
    return 0
