"""Creating a team at the centre, joining it from a field device, and team updates sent back out
(those in ``team_update``; what both share in ``team_common``).

The centre holds the age identity and the central Ed25519 signing key, both inside the encrypted
database (``team_identities``; ``team create --identity-file`` also writes the identity to a file the
stock ``age`` tool reads, and ``team key export`` writes it passphrase-protected). A device holds its own Ed25519 key, made
when it joins. Team payloads (codebook, consent templates and clauses, organisations) are applied
with a replicating session, so they are not logged as this device's changes and never sent back.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.core import published_forms
from desktop.core.atomic_file import refuse_existing
from desktop.core.db import Store
from desktop.core.ids import new_id
from desktop.core.models import LocalState, Team
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync import keys, replaced_keys
from desktop.sync.errors import (
    CentralKeyMismatchError,
    CentreJoinsNoTeamError,
    MalformedBundleError,
    NotEnrolledError,
    OtherTeamError,
)
from desktop.sync.key_rotation import distinct_recipients, refuse_too_many
from desktop.sync.roles import COORDINATOR
from desktop.sync.team_common import IDENTITY_STATE as IDENTITY_STATE
from desktop.sync.team_common import _apply_published, _observe, refuse_unfit
from desktop.sync.team_common import current_team as current_team
from desktop.sync.team_common import device_signing_key as device_signing_key
from desktop.sync.team_common import ensure_device_key as ensure_device_key
from desktop.sync.team_common import publishers as publishers
from desktop.sync.team_common import require_team as require_team
from desktop.sync.team_common import team_identities as team_identities
from desktop.sync.team_file import read_team_file, write_team_file
from desktop.sync.team_snapshot import SNAPSHOT_ENTITIES, max_hlc, snapshot

# Team updates live in team_update; their names stay importable from here.
from desktop.sync.team_update import UPDATE_EPOCH_STATE as UPDATE_EPOCH_STATE
from desktop.sync.team_update import TeamUpdateApplied as TeamUpdateApplied
from desktop.sync.team_update import TeamUpdateWritten as TeamUpdateWritten
from desktop.sync.team_update import apply_team_update as apply_team_update
from desktop.sync.team_update import export_team_update as export_team_update
from desktop.sync.team_update import import_team_update as import_team_update
from desktop.sync.team_update import next_update_name as next_update_name
from desktop.sync.team_update import team_file_position
from desktop.sync.team_update import update_file_name as update_file_name
from desktop.sync.team_update import write_team_update as write_team_update


@dataclass(frozen=True)
class TeamCreated:
    team_id: str
    recipients: tuple[str, ...]
    fingerprint: str


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
    identity = keys.generate_identity()
    # Each once (one given twice is stored and sent once, as a laptop counts them; ValueError for one that
    # is not an age recipient), the centre's own key and these: bounded before anything is made.
    recipients = distinct_recipients((keys.recipient_of(identity), *extra_recipients))
    refuse_too_many(recipients)
    # Neither file ever replaces one already there (FileExistsError naming it): the key may be
    # another team's only copy, the team file another team's, or one not handed out yet.
    if identity_file is not None:
        refuse_existing(identity_file)
    refuse_existing(team_file)
    with store.session() as s:
        if current_team(s) is not None:
            raise OtherTeamError("This database already belongs to a team.")
    central = keys.generate_signing_key()
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
            ensure_device_key(s, store).role = COORDINATOR
            payload = snapshot(s, publishers=publishers(s, store))
            refuse_unfit(payload, SNAPSHOT_ENTITIES, team_file=True)  # the team not made, no file
            written = write_team_file(
                team_file,
                team_id=team_id,
                team_name=name,
                recipients=recipients,
                central_signing_key=central,
                payload=payload,
                after_update=(0, 0),  # no team update written yet
                team_keys=1,
            )
    except BaseException:
        if written_identity and identity_file is not None:
            Path(identity_file).unlink(missing_ok=True)
        if written is not None:  # the database refused the commit (the file is new: see above)
            written.unlink(missing_ok=True)
        raise
    assert written is not None
    published_forms.remember_sent(store.device_id, published_forms.carried(payload))
    return TeamCreated(team_id, recipients, read_team_file(written).central_key_fingerprint)


def write_current_team_file(store: Store, path: str | os.PathLike[str]) -> None:
    """Write the team file again (for enrolling another device later) with today's payload.
    FileExistsError when ``path`` exists: a team file is never replaced (it may be another team's)."""
    team = require_team(store)
    if not team.central_signing_key:
        raise NotEnrolledError("Only the centre can write the team file.")
    # Each once, bounded as a team update's (a team made before the bound with more: a laptop refuses the
    # file), before anything is done: no file, no numbering fixed (team_file_position).
    recipients = distinct_recipients(team.recipients)  # a repeat an earlier Majlis stored: once
    refuse_too_many(recipients)
    refuse_existing(path)  # before any work; the write itself refuses a file that appears meanwhile
    with store.session() as s:
        payload = snapshot(s, publishers=publishers(s, store))
    refuse_unfit(payload, SNAPSHOT_ENTITIES, team_file=True)
    # Where the file stands among the team updates and the team keys (replaced_keys.keeps_recipients on a
    # laptop): numbers the centre keeps, never its computer's date (set a year ahead once, a file would outrank
    # later ones).
    after_update = team_file_position(store, team)  # fixes this database epoch's numbering if it has none
    write_team_file(
        path,
        team_id=team.id,
        team_name=team.name,
        recipients=recipients,
        central_signing_key=keys.load_signing_key(team.central_signing_key),
        payload=payload,
        after_update=after_update,
        team_keys=len(team_identities(store)),  # a new team key (key_rotation) raises it
    )
    published_forms.remember_sent(store.device_id, published_forms.carried(payload))


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
    keeps_recipients = existing is not None and replaced_keys.keeps_recipients(store, existing, tf)
    replaced = replaced_keys.replaced_recipients(store)
    if not keeps_recipients:
        # Refused whole, as a team update naming it is (nothing applied, the newer key kept): taken, the next
        # bundles went to the key whose file was lost; kept in silence, the laptop looked joined to a centre
        # that cannot read it. An older file naming it (its recipients kept anyway) joins as before.
        replaced_keys.refuse_replaced(replaced, tf.recipients, team_file=True)
    with store.transaction(replicating=True) as s:
        team = s.get(Team, tf.team_id)
        if team is None:
            team = Team(id=tf.team_id, name=tf.team_name, is_central=False)
            s.add(team)
        team.name = tf.team_name
        if not keeps_recipients:
            # Those the file drops (the older key, after a new team key) are never taken back, as when an update
            # brings the new key: a centre restored without it names the lost key again (ReplacedTeamKeyError).
            replaced_keys.remember_replaced(s, replaced, existing.recipients if existing is not None else (),
                                            tf.recipients)
            team.recipients = list(tf.recipients)
            replaced_keys.remember_file_position(s, tf)
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

