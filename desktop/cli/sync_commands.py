"""majlis-cli commands for bundles (a thin face over desktop.sync), and what the sync commands share
(``group``, ``with_store``, ``refuse_unless_centre``, SyncCommandError); the team's commands are in
team_commands, the roster's in device_commands, the conflicts' in conflict_commands; ``bundle import``
itself is in bundle_import, and what it reads is found by import_sources."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.common import (
    add_db,
    in_path,
    missing_action,
    open_from_args,
    out_path,
    print_json,
)
from desktop.cli.loading import loading
from desktop.core.clock import utc_day
from desktop.core.device_label import device_label
from desktop.core.errors import MajlisError, Missing, OutputExists
from desktop.core.sanitise import printable, shown_path
from desktop.i18n.counts import counted
from desktop.sync.errors import (
    BundleError,
    BundleFileExistsError,
    ClockBehindError,
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
    b = group(sub, "bundle", "export and import bundles; their status (ranges received, gaps)")
    p = b.add_parser("export", help="write this device's changes as an encrypted bundle")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="a new .majlis file (an existing one is never overwritten), or a folder (file named for you)")
    p.add_argument("--full", action="store_true", help="all changes of this epoch, not only new ones")
    p.set_defaults(func=cmd_bundle_export)
    p = b.add_parser("import", help="import bundles at the centre or on a coordinator's laptop; a laptop applies the team "
                                     "updates among the files (exit 1 when any was refused)")
    add_db(p)
    p.add_argument("--identity-file", type=Path,
                   help=f"the team's age identity file (or ${IDENTITY_ENV}); by default the one in the database")
    p.add_argument("--key-passphrase-file", type=Path,
                   help=f"the passphrase of a protected identity file (team key export's default); "
                        f"else ${KEY_PASSPHRASE_ENV} or a prompt")
    p.add_argument("--take-revoked", metavar="ID",
                   help="take these files although signed with that revoked device's key (bundles it wrote before it "
                        "was lost, handed or posted by the facilitator)")
    p.add_argument("files", nargs="+", type=in_path, metavar="FILE")
    p.set_defaults(func=cmd_bundle_import)
    p = b.add_parser("status", help="devices, sequence ranges received, gaps, open conflicts")
    add_db(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_bundle_status)


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


def refuse_unless_centre(store: Store, what: str, nothing: str = "nothing was written", *,
                         no_team_too: bool = True) -> None:
    """What only the centre does (``what``, said of the centre), asked of another database: in no team
    (``[not_enrolled]``, see above), or a laptop that joined the team, field or second coordinator
    (``[not_centre]``: it is enrolled, so "not enrolled" sent people to join again). The centre is the
    database that ran ``team create``: its team row is the central one, with the central signing key.
    ``no_team_too=False``: a database in no team goes on (``device approve`` and ``reject`` there find no
    waiting device, exit 3, as they always said)."""
    from desktop.sync.team import current_team

    if no_team_too:
        _refuse_no_team(store, what, nothing)
    with store.session() as s:
        team = current_team(s)
        central = team is not None and team.is_central and bool(team.central_signing_key)
    if not central and (team is not None or no_team_too):
        raise SyncCommandError(
            f"[not_centre] this database is a laptop of the team, not its centre, and {what}: run it on the "
            f"coordinator's database (the one that ran majlis-cli team create); {nothing}")


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


def cmd_bundle_import(args: argparse.Namespace) -> int:
    with loading():  # what a day's import uses, imported at the top of bundle_import (loading.py)
        from desktop.cli.bundle_import import import_bundles

    return import_bundles(args)


def cmd_bundle_status(args: argparse.Namespace) -> int:
    with loading():
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
