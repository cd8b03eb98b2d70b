"""Team updates: the centre writes the next signed update; a device applies one signed by the
enrolled central key (its codebook, consent forms, erasures and roster)."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop import __version__
from desktop.core import change_set, exported_position, migrate, published_forms
from desktop.core.atomic_file import NO_SUCH_FOLDER, free_name
from desktop.core.db import Store
from desktop.core.erasure_file import purge_if_pending
from desktop.core.errors import EnvironmentProblem
from desktop.core.models import LocalState, Team
from desktop.core.team_rows import CENTRE_STATE
from desktop.sync import erasure_sync, keys, replaced_keys, retired_codes, roster_sync, update_order
from desktop.sync.bundle_format import save_bundle, write_bundle
from desktop.sync.bundle_reader import read_team_update
from desktop.sync.deleted_codes import Followed
from desktop.sync.errors import (
    BundleError,
    CentreAppliesNoUpdateError,
    MalformedBundleError,
    NotEnrolledError,
    TeamUpdateFileExistsError,
)
from desktop.sync.key_rotation import distinct_recipients, refuse_too_many, update_recipients
from desktop.sync.manifest import sha256_hex
from desktop.sync.roles import COORDINATOR, FIELD
from desktop.sync.team_common import _apply_published, _observe, publishers, refuse_unfit, require_team
from desktop.sync.team_snapshot import TEAM_UPDATE_ENTITIES, max_hlc, snapshot
from desktop.sync.update_order import UPDATE_EPOCH_STATE as UPDATE_EPOCH_STATE

if TYPE_CHECKING:
    from desktop.sync.held_release import StillHeld
    from desktop.sync.roster import Approved


@dataclass(frozen=True)
class TeamUpdateWritten:
    sequence: int
    bundle_hash: str
    path: Path  # the file written (``out`` itself, or a free name in the folder ``out``)
    #: The number of the update before it when this one brings nothing new (published with nothing
    #: changed since: a consent form edited but not published as a new version, say), else None.
    same_as: int | None = None


def export_team_update(store: Store, out: str | os.PathLike[str]) -> tuple[int, str]:
    """Centre: write a signed team-update bundle; returns (update sequence, bundle hash)."""
    written = write_team_update(store, out)
    return written.sequence, written.bundle_hash


def _numbered(store: Store, taken: str) -> bool:
    """Whether the database took this update's number: its last update is ``taken`` (number, content and
    numbering, which no earlier update had: numbers only go up within a numbering). Read after the
    transaction that takes it failed or was stopped; when even this cannot be read, it was not."""
    try:
        return store.get_state(_LAST_CONTENT_STATE) == taken
    except Exception:
        return False


def update_file_name(team_id: str, sequence: int) -> str:
    """A team update's file name: its team and number, never a person (``team update export`` into a
    folder, and the name the Sync page suggests)."""
    return f"majlis-team-update-{team_id[-8:]}-{sequence}.majlis"


def next_update_name(store: Store) -> str:
    """The file name of the centre's next team update (read only: its number is taken when written)."""
    team = require_team(store)
    return update_file_name(team.id, _next_update_number(store, team)[1])


def write_team_update(store: Store, out: str | os.PathLike[str], *,
                      cancelled: Callable[[], bool] | None = None) -> TeamUpdateWritten:
    """Centre: write the next signed team update to the file ``out`` or into the folder ``out``.

    Like a bundle, a team update never replaces a file (it may be an update not carried to the
    laptops yet): an existing ``out`` raises TeamUpdateFileExistsError (a BundleFileExistsError, in a
    team update's words) before anything is done, and a
    folder gets a free name. The update's number is taken only once the whole file is on disk, and
    if the database cannot record it the file is taken back: a number is never out on a stick
    without being counted here (the next update would carry it again with other content).

    ``cancelled`` (the app's Cancel) is asked once the tables are read and up to the last moment before
    the file takes its name: InterruptedError, no file, no number used."""
    target = Path(out)
    # Asked once: a USB stick's folder pulled out while the tables are read is said as gone (no such
    # folder), not taken for a file name, the update written beside it under the stick's name.
    into_folder = target.is_dir()
    if not into_folder and os.path.lexists(target):
        raise TeamUpdateFileExistsError(path=str(target))
    team = require_team(store)
    if not team.is_central or not team.central_signing_key:
        raise NotEnrolledError("Only the centre can export team updates.")
    central = keys.load_signing_key(team.central_signing_key)
    with store.session() as s:
        # Erasures reach every device; so do the recommendations and their statuses (team-wide).
        # The roster too: each laptop learns its own role, a coordinator's the keys of the devices it merges.
        published_by = publishers(s, store)
        payload = {**snapshot(s, TEAM_UPDATE_ENTITIES, publishers=published_by),
                   **erasure_sync.team_payload(s), **roster_sync.team_payload(s),
                   **retired_codes.team_payload(s, published_by)}
    refuse_unfit(payload, TEAM_UPDATE_ENTITIES)  # before a number is taken: no file, no number used
    # Each once, as a laptop counts them (a team stored with a repeat by an earlier Majlis sends it once).
    recipients = distinct_recipients(team.recipients)
    refuse_too_many(recipients)  # more than a laptop takes (a team made before the bound): none written
    if cancelled is not None and cancelled():
        raise InterruptedError("export cancelled")
    stamp, sequence = _next_update_number(store, team)
    lines = [{"entity": entity, "row": row} for entity, rows in payload.items() for row in rows]
    # The recipients too: an update after a new team key (key_rotation) brings the laptops something new.
    content = sha256_hex(json.dumps([lines, list(recipients)], sort_keys=True, ensure_ascii=False,
                                    default=str).encode("utf-8"))
    same_as = _same_as(store.get_state(_LAST_CONTENT_STATE) or "", stamp, sequence, content)
    bundle = write_bundle(
        lines,
        {},
        kind="team_update",
        team_id=team.id,
        device_id=store.device_id,
        device_name="centre",
        epoch=stamp,
        seq_from=sequence,
        seq_to=sequence,
        prev_bundle_hash=None,
        schema_revision=migrate.bundle_revision(store.engine),
        app_version=__version__,
        recipients=list(recipients),
        signing_key=central,
        encrypt=False,
    )
    path = target
    if into_folder:  # a restored centre numbers from 1 again (a later epoch): the name may be taken
        if not target.is_dir():
            raise FileNotFoundError(errno.ENOENT, NO_SUCH_FOLDER, str(target))
        path = free_name(target, update_file_name(team.id, sequence))
    try:
        digest = save_bundle(path, bundle, replace=False, cancelled=cancelled)
    except FileExistsError as exc:  # appeared while the update was being made
        raise TeamUpdateFileExistsError(path=str(path)) from exc
    try:
        with store.transaction(replicating=True) as s:
            stored = s.get(Team, team.id)
            assert stored is not None
            stored.update_sequence = sequence
            s.merge(LocalState(key=_update_epoch_key(store), value=str(stamp)))
            s.merge(LocalState(key=_LAST_CONTENT_STATE, value=f"{sequence}:{content}:{stamp}"))
    except BaseException:
        # Taken back only when the number was not taken: a Ctrl+C once the commit is done (as the
        # transaction closes) left the number used by no file, and the coordinator looking for it.
        if not _numbered(store, f"{sequence}:{content}:{stamp}"):
            path.unlink(missing_ok=True)  # written by this call (never replaced): nobody has it yet
        raise
    exported_position.remember_team_update(store)  # its number and numbering, kept outside the database too
    published_forms.remember_sent(store.device_id, published_forms.carried(payload))
    return TeamUpdateWritten(sequence, digest, path, same_as)


# The last team update's number, a hash of what it carried and its numbering (epoch; an earlier Majlis kept
# "number:hash"): publishing again with nothing changed is said (the laptops would apply it and get nothing
# new), not refused (a lost file is made again).
_LAST_CONTENT_STATE = "team_update_last_content"


def _same_as(last: str, epoch: int, sequence: int, content: str) -> int | None:
    """The number of the update before this one when it carried the same (``TeamUpdateWritten.same_as``),
    of the same numbering only. A centre restored from a backup numbers from 1 again in a later epoch, and
    its backup's last content is of the numbering before: compared with it, the new numbering's update 1
    said "nothing changed since team update 2", a number of the old numbering (whose updates sent after the
    backup the laptops may have applied, so whether they get anything new is not known): nothing said then."""
    number, _, rest = last.partition(":")
    hashed, _, stamp = rest.partition(":")
    if not number.isdigit() or int(number) != sequence - 1 or hashed != content:
        return None
    # "number:hash" of an earlier Majlis: its number is the one before this, so of this numbering (a new
    # numbering's first update follows no 0).
    return int(number) if not stamp or stamp == str(epoch) else None


def _update_epoch_key(store: Store) -> str:
    return exported_position.update_epoch_key(store.epoch)  # also read there (rollback by file copy)


def _next_update_number(store: Store, team: Team) -> tuple[int, int]:
    """(epoch, sequence) of the next team update. The epoch is a time stamp (milliseconds) fixed
    the first time this database epoch sends an update: a centre restored from a backup starts a
    new database epoch, so its updates carry a later epoch and never reuse a number devices have
    seen. Milliseconds, not seconds: a restore within the same second as the last update must
    still give a later epoch (older centres wrote seconds, which every millisecond stamp exceeds)."""
    stamp = store.get_state(_update_epoch_key(store))
    if stamp:
        return int(stamp), team.update_sequence + 1
    # After every epoch this database already sent under, even one its date was set ahead for (a year
    # typed wrong, set right since): taken from today's date alone, a restored centre's updates were
    # refused by every laptop as published before the one applied, until that date came. After those this
    # computer saw it fix too (its state folder: a backup made before one was fixed does not hold it).
    known = max(_last_update_epoch(store), exported_position.known_update_epoch(store.device_id))
    return max(1, store.clock.wall_ms(), known + 1), 1


def team_file_position(store: Store, team: Team) -> tuple[int, int]:
    """Centre: the (epoch, sequence) a team file written now follows (its ``after_update``): the latest team
    update of this database epoch's numbering, (epoch, 0) before its first. So a laptop that applied any
    update the file follows takes the file's recipients when it joins again with it (a new team key made
    since), and keeps its own with an older file.

    A database epoch that has no numbering yet (a centre restored from a backup, or a copy healed into a new
    epoch: it cannot know the updates sent after the backup, which the laptops applied) fixes it here, as
    its first update would (``_next_update_number``: later than every epoch it knows, from today's date),
    and its first update is then that numbering's 1: a file written before it outranks every update of the
    earlier epochs, not only the backup's last one (a backup made before any update too). Only the file
    ``team create`` writes follows (0, 0)."""
    stamp = store.get_state(_update_epoch_key(store))
    if stamp:
        return int(stamp), team.update_sequence
    epoch, _ = _next_update_number(store, team)
    with store.transaction(replicating=True) as s:
        stored = s.get(Team, team.id)
        assert stored is not None
        stored.update_sequence = 0  # the backup's count belongs to its epoch's numbering, not this one's
        s.merge(LocalState(key=_update_epoch_key(store), value=str(epoch)))
    exported_position.remember_team_update(store)  # the numbering fixed, kept outside the database too
    return epoch, 0


def _last_update_epoch(store: Store) -> int:
    """The latest team-update epoch this database fixed in an earlier database epoch (0 for none)."""
    prefix = exported_position.update_epoch_key("")
    with store.session() as s:
        stamps = s.execute(select(LocalState.value).where(LocalState.key.startswith(prefix, autoescape=True)))
        return max((int(v) for v in stamps.scalars() if v and v.isdigit()), default=0)


@dataclass(frozen=True)
class TeamUpdateApplied:
    sequence: int
    changed: int  # rows changed (roles are not rows)
    #: This laptop's role when the update changed whether it is a coordinator (the centre's roster named
    #: it one, or no longer does): "coordinator" or "field"; "" when that did not change.
    role: str = ""
    #: This laptop's own codes that the centre merged or deleted, retired here (``retired_codes``).
    retired: int = 0
    #: This laptop's codings of codes merged (moved to the code they ended in) or deleted at the centre.
    codings: Followed = Followed()
    #: Consent forms of which a newer version arrived; this laptop's participants marked for re-consent.
    forms: tuple[int, int] = (0, 0)
    #: The team's recipients changed (a new team key made at the centre): the next bundles go to them.
    new_key: bool = False
    #: On a coordinator's laptop, the devices the update put on the roster whose held bundles were applied
    #: (``_apply_held``): each with its bundles' outcomes, as an approval says them (a release that stopped
    #: partway, ``ReleaseStopped``: the devices it did not reach too, with none).
    released: tuple[Approved, ...] = ()


def import_team_update(store: Store, source: str | os.PathLike[str] | bytes) -> tuple[int, int]:
    """Device: apply a team update signed by the enrolled central key; (sequence, rows changed)."""
    applied = apply_team_update(store, source)
    return applied.sequence, applied.changed


def apply_team_update(store: Store, source: str | os.PathLike[str] | bytes) -> TeamUpdateApplied:
    """Device: apply a team update signed by the enrolled central key; what it did, this laptop's role
    included when the centre's roster it carries made it a coordinator or no longer one."""
    team = require_team(store)
    if team.is_central:
        raise CentreAppliesNoUpdateError()
    bundle = read_team_update(source, team.central_verify_key, expected_team_id=team.id)
    sequence, epoch = bundle.manifest.seq_from, bundle.manifest.epoch
    update_order.refuse_unless_later(store, bundle.manifest, int(store.get_state(UPDATE_EPOCH_STATE) or 0),
                                     team.update_sequence)
    # The team's recipients, as the centre names them (a new team key after one was lost: key_rotation).
    recipients = update_recipients(bundle.manifest.recipients)
    replaced = replaced_keys.replaced_recipients(store)
    # Published before the team file this laptop's recipients came from: its recipients are not taken (below), so
    # the older key it names, which that file replaced, is no danger; its rows apply.
    before_file = replaced_keys.before_recipients_file(store, bundle.manifest)
    if not before_file:  # the key whose file was lost, named again: never encrypted to again
        replaced_keys.refuse_replaced(replaced, recipients)
    payload: dict[str, list[dict[str, object]]] = {}
    for line in bundle.changes:
        entity, row = line.get("entity"), line.get("row")
        if not isinstance(entity, str) or not isinstance(row, dict):
            raise MalformedBundleError("A team update line is not an entity row.")
        payload.setdefault(entity, []).append(row)
    with store.transaction(replicating=True) as s:
        was_coordinator = roster_sync.is_coordinator_laptop(s, store.device_id)
        # A coordinator laptop's rows are published with the centre's (changed there too): they come back.
        publishes = was_coordinator or roster_sync.names_coordinator(s, payload, store.device_id)
        try:
            changed, retired, codings, forms = _apply_published(s, payload, None if publishes else store.device_id)
        except ValueError as exc:
            raise MalformedBundleError(f"The team update is invalid: {exc}") from exc
        arrived = roster_sync.apply_team_payload(s, payload, store.device_id)  # roles are not rows changed
        # Who the centre and the coordinators are, before the erasures apply: a field laptop's erasure
        # the centre forwards reaches only that laptop's participants here, as at the centre (erasure.rules).
        s.merge(LocalState(key=CENTRE_STATE, value=bundle.manifest.device_id))  # as its roster says
        s.flush()
        changed += erasure_sync.apply_team_payload(s, payload)
        now_coordinator = roster_sync.is_coordinator_laptop(s, store.device_id)
        stored = s.get(Team, team.id)
        assert stored is not None
        stored.update_sequence = sequence
        # Published before the team file this laptop's recipients came from (the one written after a new team
        # key, say): its rows apply, its recipients (the lost key's) and what it drops do not.
        new_key = not before_file and list(recipients) != list(stored.recipients)
        if new_key:  # those the centre dropped (its older key, whose file was lost) are never taken back
            replaced_keys.remember_replaced(s, replaced, stored.recipients, recipients)
        if not before_file:
            stored.recipients = list(recipients)  # this laptop's next bundles are encrypted to them
        s.merge(LocalState(key=UPDATE_EPOCH_STATE, value=str(epoch)))
        update_order.remember(s, bundle.manifest)
    _observe(store, max_hlc(payload))
    purge_if_pending(store)
    role = "" if was_coordinator == now_coordinator else COORDINATOR if now_coordinator else FIELD
    applied = TeamUpdateApplied(sequence, changed, role, retired, codings, forms, new_key)
    # The devices it put on the roster, and those an earlier update's release left bundles held for.
    arrived += [pair for pair in _left_held(store) if pair not in arrived] if now_coordinator else []
    return replace(applied, released=tuple(_apply_held(store, arrived, applied))) if arrived else applied


class ReleaseStopped(Exception):
    """A team update applied (committed: its number, rows, roster) whose release of the bundles held for
    the devices it put on the roster stopped partway (the disk full): said as "refused" or "Failed", it
    read as nothing done. ``applied``: the update's outcome, ``released`` holding the devices reached and
    the outcomes of the bundles applied before the failure; ``held``: how many bundles waited for those
    devices; ``stopped_by``: the disk's reason ("io" when it gave none) or "unexpected". The bundles not
    reached stay held and are applied with the next team update (``_left_held``): ``still_held`` lists them,
    and ``applied.released`` names the devices not reached too, with no outcomes (``held_release``)."""

    def __init__(self, applied: TeamUpdateApplied, cause: Exception, held: int,
                 still_held: tuple[StillHeld, ...] = ()) -> None:
        super().__init__(str(cause))
        self.applied, self.cause, self.held, self.still_held = applied, cause, held, still_held
        disk = cause if isinstance(cause, EnvironmentProblem) else None
        self.stopped_by = (str(disk.details.get("reason", "")) or "io") if disk is not None else "unexpected"


def _left_held(store: Store) -> list[tuple[str, str]]:
    """(device id, key) of the devices on this laptop's roster with bundles still held under that very key:
    left by a release that stopped partway (``ReleaseStopped``); the next update applies them."""
    from desktop.core.models import Device
    from desktop.sync.keys import same_public_key
    from desktop.sync.roster import pending

    waiting = pending(store)
    if not waiting:
        return []
    with store.session() as s:
        keys_of = dict(s.execute(select(Device.id, Device.public_key).where(
            Device.id.in_({w.device_id for w in waiting}), Device.is_self.is_(False))).all())
    return list(dict.fromkeys((w.device_id, w.public_key) for w in waiting
                              if keys_of.get(w.device_id) and same_public_key(keys_of[w.device_id], w.public_key)))


def _apply_held(store: Store, arrived: list[tuple[str, str]], update: TeamUpdateApplied) -> list[Approved]:
    """What devices now on this laptop's roster sent before it knew them (held: a coordinator's
    laptop merged their bundles before the update that names them), applied under every rule of an
    import: the centre's signed roster is the comparison of keys an approval is.

    The bundles are written past the session's hooks (the importer's Core statements): the tables and
    sessions they wrote are reported to whoever collects (the Sync page's ``run_change``), so its pages
    read them again, as after an import or an approval; those applied before a failure too. Returned:
    each device released with its bundles' outcomes, so the page says their held lines again as after
    Approve (held_lines). A failure partway (the update itself committed) is raised as ``ReleaseStopped``
    with the devices reached and the bundles applied before it."""
    from dataclasses import replace as with_outcomes

    from desktop.sync import held_release, touched_sessions  # as roster: it reaches this module again
    from desktop.sync.import_batch import ImportOutcome
    from desktop.sync.keys import same_public_key
    from desktop.sync.roster import approve_registered, pending

    applied: list[ImportOutcome] = []
    reached: list[tuple[Approved, list[ImportOutcome]]] = []  # each device on the roster, its bundles applied

    def done(outcome: ImportOutcome) -> None:
        applied.append(outcome)
        if reached:
            reached[-1][1].append(outcome)

    held = 0
    try:
        held = sum(w.bundles for w in pending(store)
                   if any(w.device_id == d and same_public_key(w.public_key, k) for d, k in arrived))
        for device_id, key in arrived:
            approve_registered(store, device_id, key, decided=lambda a: reached.append((a, [])), done=done)
        return [with_outcomes(device, outcomes=outcomes) for device, outcomes in reached]
    except Exception as exc:
        released = tuple(with_outcomes(device, outcomes=outcomes) for device, outcomes in reached)
        left = _still_held(store, arrived)
        released += held_release.not_reached(left, released)  # their lines said "not on the roster"
        raise ReleaseStopped(replace(update, released=released), exc, held, left) from exc
    finally:
        change_set.report(touched_sessions.announced(applied))


def _still_held(store: Store, arrived: list[tuple[str, str]]) -> tuple[StillHeld, ...]:
    """The bundles a stopped release left held; none when even reading them fails (the update is said all the same)."""
    from desktop.sync.held_release import still_held

    try:
        return still_held(store, arrived)
    except Exception:  # the disk that stopped the release may refuse this too: the stop is said without the list
        return ()


def is_own_team_update(store: Store, source: str | os.PathLike[str]) -> bool:
    """At the centre: whether ``source`` is one of its own team updates (this team's, signed with its
    central key), written here to carry to the laptops, often left on the stick a coordinator brings
    back. The Sync page and ``majlis-cli bundle import`` skip such a file in one neutral line, counted
    neither as a file imported nor as one refused: the centre never applies a team update, but its own
    is no fault. False on a laptop, and for any other file (another team's update, a forged or damaged
    one), which is refused as before."""
    try:
        team = require_team(store)
        if not team.is_central:
            return False
        read_team_update(source, team.central_verify_key, expected_team_id=team.id)
    except (BundleError, OSError):
        return False
    return True
