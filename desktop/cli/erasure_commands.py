"""majlis-cli participants / consent / retention / erasure: withdrawals that erase, and the end of a study.

``participants list`` shows pseudonyms only (never a name); ``consent withdraw --scope all`` erases the
participant's words, quotes, signatures and identity everywhere in this database and records an
erasure that travels; ``retention apply`` erases identities when the team's retention period has
passed; ``erasure report`` names the copies made while the words existed.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, cast

from desktop.cli.common import UsageError, add_db, missing_action, open_from_args, print_json, read_passphrase
from desktop.cli.erasure_lines import print_code_lines, print_codes, print_report, quoted_codes
from desktop.cli.erasure_purge import PUT_OFF, left_in_the_file, purge_now
from desktop.core.errors import StoreError, ValidationError
from desktop.i18n.counts import counted

#: A participant's id (a UUID, as ``participants list --json`` gives it), never a pseudonym's shape.
PARTICIPANT_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)

__all__ = ["add_commands", "is_centre", "print_code_lines", "print_codes", "print_report", "quoted_codes"]

if TYPE_CHECKING:
    from desktop.core.db import Store
    from desktop.core.erasure_report import Report
    from desktop.core.retention import RetentionStatus
    from desktop.core.withdrawal import WithdrawalResult

# The store, the withdrawal and the retention rules are imported by the commands that use them
# (plain imports inside the functions): other commands start without them.


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    people = sub.add_parser("participants", help="participants: pseudonyms, sessions, consent state; shared pseudonyms")
    people_sub = people.add_subparsers(dest="action", metavar="ACTION", parser_class=type(people))
    p = people_sub.add_parser("list", help="every participant by pseudonym (never a name)")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_participants_list)
    p = people_sub.add_parser(
        "duplicates", help="pseudonyms several participants share (numbered on different laptops), with the "
                           "device that recorded each and its id, so a coordinator can give one a new code")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_participants_duplicates)

    cons = sub.add_parser("consent", help="consent: withdrawals")
    cons_sub = cons.add_subparsers(dest="action", metavar="ACTION", parser_class=type(cons))
    p = cons_sub.add_parser(
        "withdraw", help="record a withdrawal; --scope all erases the participant's words and identity")
    add_db(p)
    p.add_argument("--participant", required=True, metavar="PSEUDONYM",
                   help="e.g. BSR-FG03-P04; or the participant's id (participants list --json), when several "
                        "participants recorded on different laptops share the pseudonym")
    p.add_argument("--scope", required=True, choices=("all", "quotes"),
                   help="all: erase speech, quotes, signatures, name, phone; quotes: never quote, keep the speech")
    p.add_argument("--date", metavar="D", help="date of the withdrawal, YYYY-MM-DD (default today)")
    p.add_argument("--reason", default="", metavar="TEXT",
                   help="why (kept with the erasure; never write the participant's words or name here)")
    p.add_argument("--rewrite-backups", action="store_true",
                   help="also rewrite this database's backups without the erased words")
    p.set_defaults(func=cmd_consent_withdraw)

    ret = sub.add_parser("retention", help="end of a study: erase identities after the retention period")
    ret_sub = ret.add_subparsers(dest="action", metavar="ACTION", parser_class=type(ret))
    p = ret_sub.add_parser("apply", help="erase names, phones, signatures and scans when the period has passed")
    add_db(p)
    p.add_argument("--dry-run", action="store_true", help="only say what would be erased")
    p.add_argument("--rewrite-backups", action="store_true",
                   help="also rewrite this database's backups without the erased identities")
    p.set_defaults(func=cmd_retention_apply)
    p = ret_sub.add_parser("set", help="set the team's retention period (months after the last session)")
    add_db(p)
    p.add_argument("--months", required=True, type=int, help="e.g. 12; 0 removes the setting")
    p.set_defaults(func=cmd_retention_set)

    rep = sub.add_parser("erasure", help="erasures: what they could not reach")
    rep_sub = rep.add_subparsers(dest="action", metavar="ACTION", parser_class=type(rep))
    p = rep_sub.add_parser("report", help="exports, bundles and backups made while erased words existed, and bundles on hold")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--rewrite-backups", action="store_true", help="rewrite the local backups without the words")
    p.set_defaults(func=cmd_erasure_report)
    for parser in (people, cons, ret, rep):
        parser.set_defaults(func=missing_action(parser))


def cmd_participants_list(args: argparse.Namespace) -> int:
    from desktop.core import withdrawal

    store = open_from_args(args)
    try:
        rows = withdrawal.participants(store)
        records = _consent_record_ids(store) if args.json else {}
        recorded_on = _recorded_on(store) if args.json else {}
    finally:
        store.close()
    if args.json:
        # id and device: a pseudonym is numbered per laptop, so at the centre several may share one.
        out = [{"pseudonym": r.pseudonym, "sessions": r.sessions, "consent": r.consent, "turns": r.turns,
                "consent_records": records.get(r.participant_id, []), "id": r.participant_id,
                "device": recorded_on.get(r.participant_id, "")}
               for r in rows]
        return print_json(out)
    for r in rows:
        print(f"{r.pseudonym}\t{counted(r.sessions, 'session')}\t{r.consent}\t{counted(r.turns, 'turn')}")
    if not rows:  # said, as every list says it (--json: [])
        print("no participants in this database")
    return 0


def _recorded_on(store: Store) -> dict[str, str]:
    """Participant id -> the device that recorded them, as ``device list`` names it ("Basra laptop 2
    (0cc7d80d)"): what tells apart participants of several laptops that share a pseudonym."""
    from desktop.core import recorded_on

    with store.session() as s:
        return recorded_on.recorded_on(s)


def cmd_participants_duplicates(args: argparse.Namespace) -> int:
    """Each pseudonym several live participants share, one line per participant (pseudonym, id,
    device): pseudonyms are numbered per laptop, so two laptops' first focus group in Basra both
    have a BSR-FG01-P01. Nothing is renamed here (the code is on a paper form): a coordinator gives
    one of them a new code in its session's participants table. Exit 0 either way."""
    from desktop.core import recorded_on
    from desktop.core.sanitise import printable

    store = open_from_args(args)
    try:
        with store.session() as s:
            groups = recorded_on.shared(s)
    finally:
        store.close()
    if args.json:
        return print_json([g.as_dict() for g in groups])
    if not groups:
        print("no pseudonym is shared by several participants")
        return 0
    people = sum(len(g.participants) for g in groups)
    print(f"{counted(len(groups), 'pseudonym')} shared by {counted(people, 'participant')}:")
    for g in groups:
        for pid, device in g.participants:
            print(f"{printable(g.code)}\t{pid}\t{printable(device) or '-'}")
    return 0


def _consent_record_ids(store: Store) -> dict[str, list[str]]:
    """Participant id -> ids of their consent records, oldest first (the one that counts last, as
    ``consent_order`` places them): what ``export pdf --consent-record`` takes, which no other command
    prints."""
    from sqlalchemy import select

    from desktop.core import consent_order
    from desktop.core.models import ConsentRecord

    found: dict[str, list[str]] = {}
    with store.session() as s:
        for r in consent_order.oldest_first(s.execute(
                select(ConsentRecord.participant_id, ConsentRecord.id, ConsentRecord.recorded_at,
                       ConsentRecord.created_at)
                .where(ConsentRecord.deleted.is_(False)).order_by(ConsentRecord.id))):
            found.setdefault(r.participant_id, []).append(r.id)
    return found


def _rewrite_then_report(args: argparse.Namespace, passphrase: str, report: Report | None,
                         erased: str = "words") -> None:
    """With --rewrite-backups, the backups are rewritten before the report is printed, so that it
    names only the copies still holding the words (it named the backups it then rewrote)."""
    not_opened: list[Path] = []
    if args.rewrite_backups:
        from desktop.core import erasure_report

        not_opened = _rewrite_backups(args, passphrase, to=sys.stdout)
        if report is not None:
            still = {str(path) for path, _ in erasure_report.stale_backups(args.db, report.erased_at)}
            report = dataclasses.replace(
                report, items=tuple(i for i in report.items if i.kind != "backup" or i.where in still))
    if report is not None:
        print_report(report, erased)
    _left_unrewritten(not_opened)


def _rewrite_backups(args: argparse.Namespace, passphrase: str, *, to: TextIO) -> list[Path]:
    """Apply the erasures to the backups, say how many (on ``to``); the backups that could not be opened."""
    from desktop.core import erasure_report

    not_opened: list[Path] = []
    done = erasure_report.rewrite_backups(args.db, passphrase, not_opened=not_opened)
    to.write(f"rewrote {counted(done, 'backup')} without the erased words\n")
    return not_opened


def _left_unrewritten(not_opened: list[Path]) -> None:
    if not_opened:
        # Made before a passphrase change (they keep the old one, and the words), or damaged (exit 1 below).
        one = len(not_opened) == 1
        raise StoreError(f"{counted(len(not_opened), 'backup')} {'was' if one else 'were'} not rewritten and still "
                         f"{'holds' if one else 'hold'} the erased words: "
                         "they were made before a passphrase change and open only with the old passphrase, "
                         f"or are damaged ({', '.join(p.name for p in not_opened)}); delete them when no longer needed")


def cmd_consent_withdraw(args: argparse.Namespace) -> int:
    from desktop.core import erasure_report, withdrawal
    from desktop.core.consent import ConsentInvalid
    from desktop.core.db import open_store
    from desktop.core.erasure_file import NotPurged

    passphrase = read_passphrase(args)
    store = open_store(args.db, passphrase)
    given = args.participant.strip()
    by_id = PARTICIPANT_ID.fullmatch(given) is not None  # an id from participants list --json
    not_purged: NotPurged | None = None
    try:
        try:
            result = withdrawal.withdraw_participant(
                store, participant_id=given if by_id else None, pseudonym=None if by_id else given,
                scope=args.scope, on=args.date, reason=args.reason)
        except NotPurged as exc:  # erased, and the disk refused the purge: said after what was erased
            not_purged, result = exc, cast("WithdrawalResult", exc.made)
        except ConsentInvalid as exc:
            purged = purge_now(store, "words") if exc.code == "already_erased" and args.scope == "all" else None
            if purged is not None:  # run again to finish the purge an earlier run could not do
                print(f"{given}: already erased; {purged}")
                return 0
            near = ", ".join(cast("list[str]", exc.details.get("near") or []))
            if exc.code != "shared_pseudonym" and not near:
                raise
            raise ConsentInvalid(exc.code, f"{exc.message} " + (
                f"{near} has it in other capitals: give it as it is written; nothing was changed" if near else
                "Name the one meant by its id: `majlis-cli participants list --json` gives each one's id and the "
                "device that recorded them")) from exc
        report = erasure_report.report(store) if args.scope == "all" else None
        at_centre = is_centre(store)
        codes = quoted_codes(store, result) if args.scope == "quotes" else []
    finally:
        store.close()
    if args.scope == "quotes":
        print(f"{result.pseudonym}: consent to be quoted withdrawn on {counted(result.records, 'record')}; "
              "the speech stays for analysis and is never quoted")
        if at_centre:  # the laptops learn it from the next team update, as an erasure
            print("publish a team update (majlis-cli team update export) so that the laptops stop quoting them too")
        # Never quoted from the speech now; the codebook's own texts still go out with every export.
        print_code_lines(codes, "their words")
        return 0
    e = result.erased
    print(f"{result.pseudonym}: erased {counted(e.turns, 'turn')}, {counted(e.quotes, 'quote')}, "
          f"{counted(e.images, 'signature or scan', 'signatures or scans')}, name and phone, "
          + (f"{counted(e.memos, 'memo')} on their words, " if e.memos else "") +
          f"{counted(e.history, 'history row')}; " + (
              # At the centre nothing reaches the laptops until a team update is published.
              "publish a team update (majlis-cli team update export) so that the laptops erase them too"
              if at_centre else "the erasure travels with the next bundle"))
    if not result.purged and not_purged is None:
        print(PUT_OFF)
    _rewrite_then_report(args, passphrase, report)
    if not_purged is not None:
        raise left_in_the_file(not_purged, args.db, "words")
    return 0


def is_centre(store: Store) -> bool:
    from desktop.sync.team import current_team

    with store.session() as s:
        team = current_team(s)
        return bool(team is not None and team.is_central)


def cmd_retention_apply(args: argparse.Namespace) -> int:
    from desktop.core import erasure_report, retention
    from desktop.core.db import open_store
    from desktop.core.erasure_file import NotPurged

    passphrase = read_passphrase(args)
    store = open_store(args.db, passphrase)
    not_purged: NotPurged | None = None
    try:
        try:
            run = retention.apply(store, dry_run=args.dry_run)
        except NotPurged as exc:  # erased, and the disk refused the purge: said after what was erased
            not_purged, run = exc, cast("retention.RetentionRun", exc.made)
        except retention.RetentionInvalid as exc:
            if exc.code != "no_period":
                raise
            # The command line's own words, as `retention set` has them: the store's sentence
            # ("No retention period is set for this team; nothing was erased.") is the app's.
            raise ValidationError("no retention period is set for this team (majlis-cli retention set --db PATH "
                                  "--months N sets one); nothing was erased") from exc
        # What still holds the identities, as after a withdrawal: one report, the same code.
        report = erasure_report.report(store) if run.applied else None
        purged = None if run.applied or args.dry_run or not run.status.due else purge_now(store, "identities")
        where = ("to the laptops with the next team update (team update export)" if is_centre(store)
                 else "to the centre with the next bundle")
    finally:
        store.close()
    st = run.status
    _say_later(st)
    if not st.due:
        period = f"{counted(st.months or 0, 'month')} after the last session"
        # No session held yet (none, or only sessions dated ahead): it said "erased on after the first session".
        print(f"not due: identities are erased on {st.due_on.isoformat()} ({period})" if st.due_on
              else f"not due: no session has been held yet (identities are erased {period})")
        return 0
    if args.dry_run and st.nothing_here:
        print(f"due since {st.due_on}: nothing here is left to erase; would record the run, which goes {where}: "
              "each device erases the identities it holds of the participants recorded before it")
        return 0
    if args.dry_run:
        print(f"due since {st.due_on}: would erase the names or phones of {counted(st.names, 'participant')} "
              f"and {counted(st.images, 'signature or scan', 'signatures or scans')}; pseudonyms and pseudonymous "
              "data stay")
        return 0
    if not run.applied:
        print("due, and nothing is left to erase" + (f"; {purged}" if purged else ""))
        return 0
    e = run.erased
    if run.travels_only:  # a centre the laptops' names have not reached: the run is for them
        print(f"due, and nothing here is left to erase: the run is recorded all the same and goes {where}, so "
              "that each device erases the identities it holds of the participants recorded before it")
    else:
        print(f"erased the names or phones of {counted(e.participants, 'participant')}, "
              f"{counted(e.images, 'signature or scan', 'signatures or scans')}, {counted(e.history, 'history row')}; "
              "pseudonyms stay; the run travels with the next bundle")
    if not run.purged and not_purged is None:
        print(PUT_OFF)
    _rewrite_then_report(args, passphrase, report, "identities")
    if not_purged is not None:
        raise left_in_the_file(not_purged, args.db, "identities")
    return 0


def cmd_retention_set(args: argparse.Namespace) -> int:
    from desktop.core import retention

    if not 0 <= args.months <= retention.MAX_MONTHS:
        # Said here with the 0 that removes the period: the store's own sentence ("must be 1 to 1200
        # months") is the app's, where removing is another control, and sent people away from 0.
        raise UsageError(f"the retention period is 1 to {retention.MAX_MONTHS} months, or 0 to remove it; "
                         "nothing was changed")
    store = open_from_args(args)
    try:
        retention.set_months(store, args.months or None)
        state = retention.status(store)
    finally:
        store.close()
    _say_later(state)
    if state.months is None:
        print("retention period removed")
    else:
        print(f"retention: identities are erased {counted(state.months, 'month')} after the last session"
              + (f" (due on {state.due_on})" if state.due_on else ""))
    return 0


def _say_later(state: RetentionStatus) -> None:
    """The sessions dated after today, left out of the last session (their number only: a title may name
    people), and the participants of theirs whose identities a run keeps (their number only)."""
    if state.later:
        print(f"left out: {counted(state.later, 'session')} dated after today (the retention period runs from "
              "the last session held)")
    if state.kept:
        print(f"kept: {counted(state.kept, 'participant')} of sessions not yet held (dated after today): their "
              "identities are not erased; a run after their session erases them")


def cmd_erasure_report(args: argparse.Namespace) -> int:
    from desktop.core import erasure_report
    from desktop.core.db import open_store

    passphrase = read_passphrase(args)
    not_opened: list[Path] = []
    if args.rewrite_backups:
        # First: the report then names what still holds the words, not the backups just rewritten;
        # with --json the count goes to stderr, so that stdout stays one JSON document.
        not_opened = _rewrite_backups(args, passphrase, to=sys.stderr if args.json else sys.stdout)
    store = open_store(args.db, passphrase)
    try:
        report = erasure_report.report(store)
    finally:
        store.close()
    if args.json:
        # The codes to read after the copies, as items of their own kind ("code"): the list stays a list
        # and every item keeps kind, made_at and where, so what reads the copies reads on unchanged.
        # Those of a withdrawal of quotes last, of a kind of their own ("quotes_code"), keys as a "code"'s.
        print_json([*(i.as_dict() for i in report.items), *(c.as_dict() for c in report.codes),
                    *(c.as_dict("quotes_code") for c in report.quote_codes)])
    else:
        print_report(report)
    _left_unrewritten(not_opened)
    return 0
