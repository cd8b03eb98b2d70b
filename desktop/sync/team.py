"""Creating a team at the centre, joining it from a field device, and team updates sent back out.

The centre holds the age identity and the central Ed25519 signing key, both inside the encrypted
database (``team_identities``; ``team create --identity-file`` also writes the identity to a file the
stock ``age`` tool reads, and ``team key export`` writes it passphrase-protected). A device holds its own Ed25519 key, made
when it joins. Team payloads (codebook, consent templates and clauses, organisations) are applied
with a replicating session, so they are not logged as this device's changes and never sent back.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop import __version__
from desktop.core import exported_position, migrate
from desktop.core.atomic_file import free_name, refuse_existing
from desktop.core.db import Store
from desktop.core.erasure_file import purge_if_pending
from desktop.core.ids import new_id
from desktop.core.models import Device, LocalState, Team
from desktop.core.team_rows import laptop_device
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync import erasure_sync, keys, retired_codes, roster_sync, update_order
from desktop.sync.bundle_format import save_bundle, write_bundle
from desktop.sync.bundle_reader import read_team_update
from desktop.sync.deleted_codes import Followed, follow_the_codebook
from desktop.sync.errors import (
    CentralKeyMismatchError,
    CentreAppliesNoUpdateError,
    CentreJoinsNoTeamError,
    MalformedBundleError,
    NoSigningKeyError,
    NotEnrolledError,
    OtherTeamError,
    TeamUpdateFileExistsError,
)
from desktop.sync.manifest import sha256_hex, utc_now_iso
from desktop.sync.roles import COORDINATOR, FIELD
from desktop.sync.rows import TEAM_UPDATE_ENTITIES, apply_snapshot, max_hlc, snapshot
from desktop.sync.team_file import read_team_file, write_team_file


@dataclass(frozen=True)
class TeamCreated:
    team_id: str
    recipients: tuple[str, ...]
    fingerprint: str


def current_team(session: OrmSession) -> Team | None:
    return session.execute(select(Team)).scalars().first()


def require_team(store: Store) -> Team:
    with store.session() as s:
        team = current_team(s)
    if team is None:
        raise NotEnrolledError()
    return team


def _self_device(session: OrmSession, store: Store) -> Device:
    device = session.get(Device, store.device_id)
    if device is None:
        device = Device(id=store.device_id, is_self=True, first_seen=utc_now_iso())
        session.add(device)
    return device


def ensure_device_key(session: OrmSession, store: Store) -> Device:
    """This device's Ed25519 key, generated once and kept in the encrypted database."""
    device = _self_device(session, store)
    if not device.signing_key:
        key = keys.generate_signing_key()
        device.signing_key = keys.private_key_b64(key)
        device.public_key = keys.public_key_b64(key)
    return device


def device_signing_key(store: Store) -> tuple[Ed25519PrivateKey, str]:
    """(key, device name) of this device; NoSigningKeyError before joining a team."""
    with store.session() as s:
        device = s.get(Device, store.device_id)
        if device is None or not device.signing_key:
            raise NoSigningKeyError()
        return keys.load_signing_key(device.signing_key), device.name


def create_team(
    store: Store,
    *,
    name: str,
    team_file: str | os.PathLike[str],
    identity_file: str | os.PathLike[str] | None = None,
    extra_recipients: tuple[str, ...] = (),
) -> TeamCreated:
    """Make this database the team's centre: the age identity and the central key go into the
    encrypted database; the team file is written, and the identity file (0600) when asked for."""
    for recipient in extra_recipients:
        keys.parse_recipient(recipient)
    # Neither file ever replaces one already there (FileExistsError naming it): the key may be
    # another team's only copy, the team file another team's, or one not handed out yet.
    if identity_file is not None:
        refuse_existing(identity_file)
    refuse_existing(team_file)
    with store.session() as s:
        if current_team(s) is not None:
            raise OtherTeamError("This database already belongs to a team.")
    identity = keys.generate_identity()
    central = keys.generate_signing_key()
    recipients = (keys.recipient_of(identity), *extra_recipients)
    team_id = new_id()
    # All or nothing: the team file is written inside the database transaction, so a file that
    # cannot be written (full disk, read-only stick) leaves the database as it was, and an identity
    # file written for this attempt is taken back; a second try then starts afresh.
    written_identity = False
    written: Path | None = None
    try:
        if identity_file is not None:
            keys.write_identity_file(identity_file, [identity])
            written_identity = True
        with store.transaction(replicating=True) as s:
            s.merge(LocalState(key=IDENTITY_STATE, value=keys.identity_file_text([identity])))
            s.add(
                Team(
                    id=team_id,
                    name=name,
                    recipients=list(recipients),
                    central_verify_key=keys.public_key_b64(central),
                    central_signing_key=keys.private_key_b64(central),
                    is_central=True,
                )
            )
            ensure_device_key(s, store).role = "coordinator"
            payload = snapshot(s, publishers=publishers(s, store))
            written = write_team_file(
                team_file,
                team_id=team_id,
                team_name=name,
                recipients=recipients,
                central_signing_key=central,
                payload=payload,
            )
    except BaseException:
        if written_identity and identity_file is not None:
            Path(identity_file).unlink(missing_ok=True)
        if written is not None:  # the database refused the commit (the file is new: see above)
            written.unlink(missing_ok=True)
        raise
    assert written is not None
    return TeamCreated(team_id, recipients, read_team_file(written).central_key_fingerprint)


def publishers(session: OrmSession, store: Store) -> set[str]:
    """The devices whose rows the centre publishes: itself and the roster's coordinators."""
    coordinators = session.execute(select(Device.id).where(Device.role == "coordinator")).scalars()
    return {store.device_id, *map(str, coordinators)}


IDENTITY_STATE = "team_identity"  # local_state key: the centre's age identity file text


def team_identities(store: Store) -> list[keys.Identity]:
    """The centre's age identities kept in its database (empty on a field device)."""
    text = store.get_state(IDENTITY_STATE)
    return keys.parse_identities(text) if text else []


def write_current_team_file(store: Store, path: str | os.PathLike[str]) -> None:
    """Write the team file again (for enrolling another device later) with today's payload.
    FileExistsError when ``path`` exists: a team file is never replaced (it may be another team's)."""
    team = require_team(store)
    if not team.central_signing_key:
        raise NotEnrolledError("Only the centre can write the team file.")
    refuse_existing(path)  # before any work; the write itself refuses a file that appears meanwhile
    with store.session() as s:
        payload = snapshot(s, publishers=publishers(s, store))
    write_team_file(
        path,
        team_id=team.id,
        team_name=team.name,
        recipients=tuple(team.recipients),
        central_signing_key=keys.load_signing_key(team.central_signing_key),
        payload=payload,
    )


# The team file read at joining is not the one whose fingerprint the person compared (replaced on the
# stick, or chosen again, between the comparison and the join).
_NOT_THE_KEY_SHOWN = QT_TRANSLATE_NOOP(
    "BundleError", "This team file has changed since its fingerprint was shown: choose it again and compare "
    "the new fingerprint with your coordinator.")


def join_team(store: Store, team_file: str | os.PathLike[str], *,
              shown_central_key: str | None = None) -> tuple[str, str, int]:
    """Enrol this database in the team: (team id, central key fingerprint, payload rows applied).

    ``shown_central_key``: the central key whose fingerprint the person compared by phone before
    joining (the Sync page's Join a team…, the first-run wizard); a file that now holds another key
    is refused, so the key enrolled is always the one compared."""
    with store.session() as s:
        existing = current_team(s)
    tf = read_team_file(team_file)
    if shown_central_key is not None and not keys.same_public_key(tf.central_verify_key, shown_central_key):
        raise CentralKeyMismatchError(_NOT_THE_KEY_SHOWN)
    if existing is not None and existing.is_central and existing.id == tf.team_id:
        raise CentreJoinsNoTeamError()
    if existing is not None and existing.id != tf.team_id:
        raise OtherTeamError()
    if existing is not None:  # the same team again: only with the key enrolled the first time
        read_team_file(team_file, expected_central_key=existing.central_verify_key)
    with store.transaction(replicating=True) as s:
        team = s.get(Team, tf.team_id)
        if team is None:
            team = Team(id=tf.team_id, name=tf.team_name, is_central=False)
            s.add(team)
        team.name = tf.team_name
        team.recipients = list(tf.recipients)
        team.central_verify_key = tf.central_verify_key
        ensure_device_key(s, store)
        if existing is None:  # first join: nothing was ever exported, the change log may still change
            # Imported here: the advocacy record is not loaded by a day's bundle import.
            from desktop.sync.local_drafts import withhold_local_drafts

            withhold_local_drafts(s, store.device_id)
        try:
            applied, _, _, _ = _apply_published(s, tf.payload)
        except ValueError as exc:
            raise MalformedBundleError(f"The team file's payload is invalid: {exc}") from exc
    _observe(store, max_hlc(tf.payload))
    return tf.team_id, tf.central_key_fingerprint, applied


# --- team updates ------------------------------------------------------------------------------


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


def update_file_name(team_id: str, sequence: int) -> str:
    """A team update's file name: its team and number, never a person (``team update export`` into a
    folder, and the name the Sync page suggests)."""
    return f"majlis-team-update-{team_id[-8:]}-{sequence}.majlis"


def next_update_name(store: Store) -> str:
    """The file name of the centre's next team update (read only: its number is taken when written)."""
    team = require_team(store)
    return update_file_name(team.id, _next_update_number(store, team)[1])


def write_team_update(store: Store, out: str | os.PathLike[str]) -> TeamUpdateWritten:
    """Centre: write the next signed team update to the file ``out`` or into the folder ``out``.

    Like a bundle, a team update never replaces a file (it may be an update not carried to the
    laptops yet): an existing ``out`` raises TeamUpdateFileExistsError (a BundleFileExistsError, in a
    team update's words) before anything is done, and a
    folder gets a free name. The update's number is taken only once the whole file is on disk, and
    if the database cannot record it the file is taken back: a number is never out on a stick
    without being counted here (the next update would carry it again with other content)."""
    target = Path(out)
    if not target.is_dir() and os.path.lexists(target):
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
    stamp, sequence = _next_update_number(store, team)
    lines = [{"entity": entity, "row": row} for entity, rows in payload.items() for row in rows]
    content = sha256_hex(json.dumps(lines, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8"))
    last = (store.get_state(_LAST_CONTENT_STATE) or "").split(":", 1)
    same_as = int(last[0]) if len(last) == 2 and last[1] == content and last[0].isdigit() else None
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
        recipients=list(team.recipients),
        signing_key=central,
        encrypt=False,
    )
    path = target
    if path.is_dir():  # a restored centre numbers from 1 again (a later epoch): the name may be taken
        path = free_name(path, update_file_name(team.id, sequence))
    try:
        digest = save_bundle(path, bundle, replace=False)
    except FileExistsError as exc:  # appeared while the update was being made
        raise TeamUpdateFileExistsError(path=str(path)) from exc
    try:
        with store.transaction(replicating=True) as s:
            stored = s.get(Team, team.id)
            assert stored is not None
            stored.update_sequence = sequence
            s.merge(LocalState(key=_update_epoch_key(store), value=str(stamp)))
            s.merge(LocalState(key=_LAST_CONTENT_STATE, value=f"{sequence}:{content}"))
    except BaseException:
        path.unlink(missing_ok=True)  # written by this call (never replaced): nobody has it yet
        raise
    return TeamUpdateWritten(sequence, digest, path, same_as)


# The last team update's number and a hash of what it carried: publishing again with nothing changed
# is said (the laptops would apply it and get nothing new), not refused (a lost file is made again).
_LAST_CONTENT_STATE = "team_update_last_content"


UPDATE_EPOCH_STATE = "team_update_epoch"  # device: the epoch of the last team update applied


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
    return max(1, store.clock.wall_ms()), 1


def _apply_published(s: OrmSession, payload: Mapping[str, Any]) -> tuple[int, int, Followed, tuple[int, int]]:
    """What the centre publishes (codebook, consent forms, organisations), applied; participants
    consented on a form of which a newer version arrived are marked for re-consent, and this
    laptop's codings of a code deleted or merged there follow it (``deleted_codes``), as do its own codes
    merged or deleted there (``retired_codes``, after the codes published: one may be merged into a new
    team code). (Rows changed, of which this laptop's own codes retired; its codings moved and deleted;
    consent forms of which a newer version arrived, participants marked for re-consent.)"""
    from desktop.core import consent  # only where a team file or update is applied

    forms_before = consent.newest_versions(s)
    changed = apply_snapshot(s, payload)
    forms = consent.flag_reconsent_for_arrived_versions(s, forms_before)
    retired = retired_codes.apply_team_payload(s, payload, laptop_device(s))
    followed = follow_the_codebook(s)  # a code deleted or merged there takes this laptop's codings along
    return changed + retired, retired, followed, forms


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
    payload: dict[str, list[dict[str, object]]] = {}
    for line in bundle.changes:
        entity, row = line.get("entity"), line.get("row")
        if not isinstance(entity, str) or not isinstance(row, dict):
            raise MalformedBundleError("A team update line is not an entity row.")
        payload.setdefault(entity, []).append(row)
    with store.transaction(replicating=True) as s:
        try:
            changed, retired, codings, forms = _apply_published(s, payload)
        except ValueError as exc:
            raise MalformedBundleError(f"The team update is invalid: {exc}") from exc
        changed += erasure_sync.apply_team_payload(s, payload)
        was_coordinator = roster_sync.is_coordinator_laptop(s, store.device_id)
        arrived = roster_sync.apply_team_payload(s, payload, store.device_id)  # roles are not rows changed
        s.flush()
        now_coordinator = roster_sync.is_coordinator_laptop(s, store.device_id)
        stored = s.get(Team, team.id)
        assert stored is not None
        stored.update_sequence = sequence
        s.merge(LocalState(key=UPDATE_EPOCH_STATE, value=str(epoch)))
        update_order.remember(s, bundle.manifest)
    _observe(store, max_hlc(payload))
    purge_if_pending(store)
    if arrived:
        _apply_held(store, arrived)
    role = "" if was_coordinator == now_coordinator else COORDINATOR if now_coordinator else FIELD
    return TeamUpdateApplied(sequence, changed, role, retired, codings, forms)


def _apply_held(store: Store, arrived: list[tuple[str, str]]) -> None:
    """What devices now on this laptop's roster sent before it knew them (held: a coordinator's
    laptop merged their bundles before the update that names them), applied under every rule of an
    import: the centre's signed roster is the comparison of keys an approval is."""
    from desktop.sync.roster import approve_registered

    for device_id, key in arrived:
        approve_registered(store, device_id, key)


def _observe(store: Store, hlc: str) -> None:
    if hlc:  # a malformed or far-future time is not moved to (HybridClock.observe says no)
        store.clock.observe(hlc)
