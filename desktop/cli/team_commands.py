"""majlis-cli commands for the team: create or join it, the team file, the team key, team updates (a
thin face over desktop.sync.team); bundles and what the team commands share are in sync_commands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.cli.common import NAME_MAX, add_db, file_not_folder, out_path, read_passphrase
from desktop.cli.sync_commands import (
    KEY_PASSPHRASE_ENV,
    SyncCommandError,
    group,
    refuse_unless_centre,
    with_store,
)
from desktop.core.errors import EnvironmentProblem, Missing, OutputExists
from desktop.core.sanitise import printable, shown_path
from desktop.i18n.counts import counted
from desktop.sync.errors import BundleFileExistsError
from desktop.sync.roles import COORDINATOR, FIELD

if TYPE_CHECKING:
    from desktop.core.db import Store
    from desktop.sync.deleted_codes import Followed
    from desktop.sync.held_release import StillHeld
    from desktop.sync.roster import Approved

# As in sync_commands: each command imports its implementation when it runs.


def add_commands(sub: argparse._SubParsersAction[Any]) -> None:
    t = group(sub, "team", "create or join a team; the team file, the team key, team updates")
    p = t.add_parser("create", help="centre: create the team (age identity, central key, team file)")
    add_db(p)
    p.add_argument("--name", required=True, type=_team_name, help="the team or campaign name")
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

    key = group(t, "key", "the centre's age identity (kept inside the encrypted database)")
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
    p = key.add_parser("rotate", help="centre: make a new team key after a key file was lost (old bundles still open)")
    add_db(p)
    p.set_defaults(func=cmd_team_key_rotate)

    p = t.add_parser("file", help="centre: write the team file again, with today's codebook")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="the team file to write (never overwritten)")
    p.set_defaults(func=cmd_team_file)

    upd = group(t, "update", "team updates: codebook, consent templates, organisations")
    p = upd.add_parser("export", help="centre: write a signed team update")
    add_db(p)
    p.add_argument("--out", required=True, type=out_path, help="a new file (an existing one is never overwritten), or a folder to write it in "
                   "(file named for you)")
    p.set_defaults(func=cmd_update_export)
    p = upd.add_parser("import", help="device: apply a team update signed by the centre")
    add_db(p)
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_update_import)


def _team_name(text: str) -> str:
    """The team's name as the app's first-run wizard takes it: outer spaces dropped, never blank. A
    blank one was taken: ``status`` then said ``team: `` with nothing after it, on every laptop that
    joined. Checked as the arguments are read: a usage error (exit 64), nothing done."""
    from desktop.core.field_text import one_line

    name = one_line(text)  # a name of bidi marks only, as the wizard refuses it, is no name either
    if not name:
        raise argparse.ArgumentTypeError("a team needs a name (e.g. --name 'Elections law cohort'); nothing was changed")
    if len(name) > NAME_MAX:  # as the wizard's field keeps it
        raise argparse.ArgumentTypeError(f"a team's name is at most {NAME_MAX} characters, not {len(name)}; "
                                         "nothing was changed")
    return name


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

    return with_store(args, body)


def cmd_team_join(args: argparse.Namespace) -> int:
    _refuse_missing(args.team_file, "team file")

    def body(store: Store) -> int:
        from desktop.core import recommendations  # the advocacy record: only for this command
        from desktop.sync import team

        with store.session() as s:
            drafts = recommendations.made_alone(s)
        team_id, fingerprint, rows = team.join_team(store, args.team_file)
        with store.session() as s:
            joined = team.current_team(s)
        # By its name, as `status` shows the team (from the team file: no control character reaches
        # the terminal), with its id in brackets as `team create` printed it, for scripts.
        name = printable(joined.name if joined is not None else "", 1000).strip() or "(no name)"
        print(f"joined team {name} ({team_id}): {counted(rows, 'codebook/consent/organisation row')} applied")
        print(f"central key fingerprint: {fingerprint} (compare with the one the coordinator gave you)")
        if drafts:
            stay = "stays on this laptop as a local draft and is" if drafts == 1 else \
                "stay on this laptop as local drafts and are"
            print(f"{counted(drafts, 'recommendation')} drafted here while working alone {stay} not sent: in a "
                  "team, coordinators make the recommendations (give one the evidence brief: majlis-cli export "
                  "brief)")
        return 0

    return with_store(args, body)


def cmd_team_file(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        refuse_unless_centre(store, "the team file comes from the centre")
        file_not_folder(args.out, "a team file")
        try:
            team.write_current_team_file(store, args.out)
        except FileExistsError as exc:
            raise OutputExists(f"{args.out} exists; a team file is never overwritten (it may be another team's, "
                               "or one not handed out yet): give another file name; nothing was written") from exc
        print(f"team file written: {args.out}")
        return 0

    return with_store(args, body)


def cmd_update_export(args: argparse.Namespace) -> int:
    from desktop.sync import team

    def body(store: Store) -> int:
        refuse_unless_centre(store, "a team update comes from the centre")
        try:
            written = team.write_team_update(store, args.out)
        except BundleFileExistsError as exc:
            raise OutputExists(f"{shown_path(exc.path)} exists; a team update never replaces another file (it may not have "
                               "reached the laptops yet): give another file name or a folder; nothing was "
                               "written") from exc
        print(f"team update {written.sequence} written: {shown_path(written.path)}")
        if written.same_as is not None:
            print(f"nothing changed since team update {written.same_as}: the laptops that applied it get nothing new "
                  "from this one (a consent form edited but not published as a new version? a code not saved?)")
        return 0

    return with_store(args, body)


# `team update import`'s line when the update changed whether this laptop is a coordinator.
ROLE_CHANGED = {
    COORDINATOR: "this laptop is now a coordinator on the centre's roster: it receives and merges bundles "
                   "(`bundle import`, the Sync page's Receive and merge) with the team key file from "
                   "`team key export` at the centre",
    FIELD: "this laptop is no longer a coordinator on the centre's roster: its Sync page no longer receives "
             "and merges bundles (they are merged at the centre, or on a coordinator's laptop)",
}


class _AppliedUpdate(Protocol):  # team.TeamUpdateApplied, and team_update_outcomes.Applied of an applied file
    @property
    def role(self) -> str: ...
    @property
    def retired(self) -> int: ...
    @property
    def codings(self) -> Followed: ...
    @property
    def forms(self) -> tuple[int, int]: ...
    @property
    def new_key(self) -> bool: ...


def applied_notes(applied: _AppliedUpdate) -> list[str]:
    """The lines under a team update's "applied" line, at `team update import` and `bundle import` alike:
    what else it did here beyond the rows it changed."""
    notes = []
    if applied.role:  # the centre's roster it carries made this laptop a coordinator, or no longer one
        notes.append(ROLE_CHANGED[applied.role])
    if applied.retired:  # this laptop's own codes merged or deleted at the centre: gone from its codebook
        notes.append(f"{counted(applied.retired, 'code')} made on this laptop merged into others or deleted at the "
                     "centre; their codings were moved or deleted with them")
    if any(applied.codings):  # the facilitator's codings of codes deleted or merged there: gone or moved
        notes.append(f"{counted(applied.codings.removed, 'coding')} of codes deleted at the centre "
                     f"{'was' if applied.codings.removed == 1 else 'were'} deleted with them; "
                     f"{counted(applied.codings.moved, 'coding')} of a code merged into another there "
                     f"{'was' if applied.codings.moved == 1 else 'were'} moved to that code")
    if applied.new_key:  # the centre made a new team key (team key rotate): the next bundles go to it
        notes.append("the centre made a new team key: this laptop's next bundles are encrypted to it")
    if applied.forms[0]:  # a new version of a consent form: the consents taken keep theirs
        notes.append("a new version of the consent form: new consents use it; consents already taken keep the "
                     f"version signed; {counted(applied.forms[1], 'participant')} to ask again")
    return notes


def release_stopped_note(stopped_by: str, released: Sequence[Approved], held: int,
                         still_held: Sequence[StillHeld] = ()) -> str:
    """A team update applied whose release of the bundles held for the devices it put on the roster
    stopped partway (team_update.ReleaseStopped): how far it got, and what applies the others; then a line
    per bundle left held (those of devices it did not reach too), by device and changes."""
    from desktop.core.device_label import device_label

    applied = sum(o.status != "refused" for device in released for o in device.outcomes)
    why = "an error it did not expect" if stopped_by == "unexpected" else f"the disk refused the write ({stopped_by})"
    lines = [f"applying the bundles held for the devices it put on the roster stopped: {why}; "
             f"{applied} of {held} applied before it; the others stay held and are applied with the next team update"]
    lines += [f"held bundle of device {device_label(b.device_name, b.device_id)}, changes {b.seq_from}\u2013{b.seq_to}: "
              "not applied yet (the device is on the roster now); the next team update applies it" for b in still_held]
    return "\n".join(lines)


def _refuse_missing(path: Path, what: str) -> None:
    """A file to read that is not there: said as such before the database is opened (the system's own
    "No such file or directory: x" named neither what was asked for nor that nothing changed)."""
    if not os.path.lexists(path):
        raise Missing(f"the {what} {path} does not exist; nothing was changed")


def cmd_update_import(args: argparse.Namespace) -> int:
    from desktop.sync import team

    _refuse_missing(args.file, "team update")

    def body(store: Store) -> int:
        from desktop.cli.arrived_erasure import arrived_erasure_report, mark
        from desktop.sync.team_update import ReleaseStopped

        erased_before = mark(store)
        stopped: ReleaseStopped | None = None
        try:
            applied = team.apply_team_update(store, args.file)
        except ReleaseStopped as exc:  # the update is applied: said so, then where releasing held bundles stopped
            applied, stopped = exc.applied, exc
        print(f"team update {applied.sequence} applied ({counted(applied.changed, 'row')} changed)")
        for line in applied_notes(applied):
            print(line)
        arrived_erasure_report(store, erased_before)  # the centre's erasures reach this laptop's copies too
        if stopped is None:
            return 0
        sys.stderr.write(release_stopped_note(stopped.stopped_by, applied.released, stopped.held,
                                              stopped.still_held) + "\n")
        return 1 if stopped.stopped_by == "unexpected" else EnvironmentProblem.exit_code

    return with_store(args, body)


# How a second coordinator's laptop takes part: copied, the centre's database would publish team updates
# under the same numbers as the centre (``two_centres`` at the laptops).
SECOND_COORDINATOR = (
    "for a second coordinator: their laptop joins the team with the team file (majlis-cli team join; never a "
    "copy of this database: only this one publishes team updates), you register it here as a coordinator "
    "(majlis-cli device register --role coordinator) and publish a team update, and it merges bundles with "
    "this key file")


def _say_which(count: int) -> None:
    """After a new team key (``team key rotate``): the file holds every key the centre keeps."""
    if count > 1:
        print(f"the file holds all {count} team keys: the one in use and those made before it (team key rotate), "
              "which open the bundles sent before")


def cmd_team_key_export(args: argparse.Namespace) -> int:
    from desktop.core.atomic_file import probe_folder
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
                _say_which(len(identities))
                print(SECOND_COORDINATOR)
                return 0
            # The folder tried before the passphrase is asked twice and sealed (seconds of scrypt): a
            # write-protected stick is said at once.
            probe_folder(args.out, replace=False)
            secret = read_passphrase(args, confirm=True, env=KEY_PASSPHRASE_ENV, file_attr="key_passphrase_file",
                                     prompt="Passphrase for the key file: ", made="key file's passphrase")
            write_protected_identity_file(args.out, identities, secret)
        except FileExistsError as exc:  # it appeared meanwhile (while the passphrase was typed)
            raise exists from exc
        print(f"team key written, passphrase-protected: {args.out} (age -d asks for the passphrase)")
        _say_which(len(identities))
        print(SECOND_COORDINATOR)
        return 0

    return with_store(args, body)


def cmd_team_key_rotate(args: argparse.Namespace) -> int:
    from desktop.sync.key_rotation import rotate_team_key

    def body(store: Store) -> int:
        refuse_unless_centre(store, "the team key is made there", "nothing was changed")
        made = rotate_team_key(store)
        print(f"new team key made: the team's bundles are encrypted to {made.recipient} from the next team update "
              f"on ({counted(made.kept, 'team key')} kept in the database: the bundles sent before still open here)")
        print("publish a team update now (majlis-cli team update export) and carry it to every laptop: until a laptop "
              "applies it, its bundles are encrypted to the old key, which the lost key file opens; a second "
              "coordinator needs the team key exported again (majlis-cli team key export)")
        return 0

    return with_store(args, body)
