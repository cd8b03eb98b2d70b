"""majlis-cli commands about this computer's clock: re-dating the waiting work (desktop/sync/redate.py)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import add_db, missing_action, open_from_args
from desktop.core.clock import utc_day
from desktop.core.errors import MajlisError
from desktop.i18n.counts import counted
from desktop.sync.errors import BundleError, RedateBlockedError

# The re-dating (and the store with it) is imported by the command when it runs: the parser is built
# without it (tests/cli/test_cli_startup_imports.py).


class ClockCommandError(MajlisError):
    code = "clock"
    exit_code = 1


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    clock = sub.add_parser("clock", help="this computer's clock and the dates of the work recorded here")
    clock.set_defaults(func=missing_action(clock))
    actions = clock.add_subparsers(dest="clock_action", metavar="ACTION", parser_class=type(clock))
    p = actions.add_parser("redate", help="give unsent work dated ahead (date set ahead, now corrected) today's date")
    add_db(p)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_clock_redate)


def _refused(exc: BundleError, clock_day: str) -> ClockCommandError:
    line = f"[{exc.code}] {exc.message}"
    if isinstance(exc, RedateBlockedError):
        line += f" (They are dated up to {utc_day(exc.dated_until_ms)}; this computer's clock says {clock_day}.)"
    return ClockCommandError(line)


def cmd_clock_redate(args: argparse.Namespace) -> int:
    from desktop.sync.redate import redate, waiting

    store = open_from_args(args)
    try:
        today = utc_day(store.clock.wall_ms())
        try:
            found = waiting(store)
        except BundleError as exc:
            raise _refused(exc, today) from exc
        print(f"this computer's clock: {today}")
        print(f"waiting work: {counted(found.count, 'unsent change')} dated up to {utc_day(found.dated_until_ms)}")
        if not args.yes:
            print("Re-dating gives them today's date so that they can be sent. It is right only if this "
                  "computer's date is right now (it was set ahead when they were recorded); if the date is "
                  "wrong now, set it right instead.")
            if not sys.stdin.isatty():
                raise ClockCommandError("not re-dated: nobody to confirm (not a terminal); run again with --yes")
            sys.stdout.write(f"Re-date {counted(found.count, 'change')}? [y/N] ")
            sys.stdout.flush()
            if sys.stdin.readline().strip().lower() not in ("y", "yes"):
                raise ClockCommandError("not re-dated; nothing was changed")
        try:
            done = redate(store)
        except BundleError as exc:
            raise _refused(exc, today) from exc
    finally:
        store.close()
    it = ("it was", "it") if done.count == 1 else ("they were", "them")
    print(f"re-dated {counted(done.count, 'change')} ({it[0]} dated up to {utc_day(done.was_until_ms)}; now from "
          f"{today}): export a bundle to send {it[1]}")
    return 0
