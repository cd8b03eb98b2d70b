"""majlis-cli sessions list: the sessions of a database, so that scripts can pick one by id."""

from __future__ import annotations

import argparse
from typing import Any

from desktop.cli.common import add_db, missing_action, open_from_args, print_json
from desktop.core.sanitise import printable

COLUMNS = ("id", "kind", "date", "title", "governorate", "status")
# A title comes from any device's bundle: control characters (terminal escapes) never reach a terminal,
# nor bidirectional overrides and isolates (a rostered laptop's U+202E in a title turned the rest of its
# line around, columns and all): each is U+FFFD, in --json its \u escape (``print_json``).


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
        return print_json(rows)
    for row in rows:
        print("\t".join(printable(row[c], len(row[c])) for c in COLUMNS))  # whole: nothing cut
    if not rows:  # said, as every list says it (--json: [])
        print("no sessions in this database")
    return 0
