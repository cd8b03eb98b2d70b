"""What creating or joining a team and team updates share: the team and this device's key, the
devices the centre publishes for, the centre's age identities, and applying what the centre published.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from desktop.core.db import Store
from desktop.core.models import Device, Team
from desktop.core.restore_keys import TEAM_IDENTITY_STATE
from desktop.core.team_rows import laptop_device
from desktop.sync import keys, own_rows, retired_codes
from desktop.sync.deleted_codes import Followed, follow_the_codebook
from desktop.sync.errors import CentreRowUnfitError, NoSigningKeyError, NotEnrolledError
from desktop.sync.manifest import utc_now_iso
from desktop.sync.roles import COORDINATOR
from desktop.sync.snapshot_rows import UnfitRow, check_published
from desktop.sync.team_snapshot import apply_snapshot


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


def publishers(session: OrmSession, store: Store) -> set[str]:
    """The devices whose rows the centre publishes: itself and the roster's coordinators."""
    coordinators = session.execute(select(Device.id).where(Device.role == COORDINATOR)).scalars()
    return {store.device_id, *map(str, coordinators)}


def refuse_unfit(payload: Mapping[str, Any], entities: Sequence[str], *, team_file: bool = False) -> None:
    """The centre, before it signs: CentreRowUnfitError (entity and field, never the value) when a row
    it is about to publish would be refused by every laptop (``snapshot_rows.check_published``)."""
    try:
        check_published(payload, entities)
    except UnfitRow as unfit:
        raise CentreRowUnfitError(entity=unfit.entity, field=unfit.field, team_file=team_file) from None


# local_state key: the centre's age identity file text (a restore carries the keys made after its backup)
IDENTITY_STATE = TEAM_IDENTITY_STATE


def team_identities(store: Store) -> list[keys.Identity]:
    """The centre's age identities kept in its database (empty on a field device)."""
    text = store.get_state(IDENTITY_STATE)
    return keys.parse_identities(text) if text else []


def _apply_published(s: OrmSession, payload: Mapping[str, Any],
                     own_device: str | None = None) -> tuple[int, int, Followed, tuple[int, int]]:
    """What the centre publishes (codebook, consent forms, organisations), applied; participants
    consented on a form of which a newer version arrived are marked for re-consent, and this
    laptop's codings of a code deleted or merged there follow it (``deleted_codes``), as do its own codes
    merged or deleted there (``retired_codes``, after the codes published: one may be merged into a new
    team code). (Rows changed, of which this laptop's own codes retired; its codings moved and deleted;
    consent forms of which a newer version arrived, participants marked for re-consent.) ``own_device``: a
    field laptop applying a team update, whose own rows it must not change (``own_rows``)."""
    from desktop.core import consent  # only where a team file or update is applied

    forms_before = consent.newest_versions(s)
    own = own_rows.named_in(s, payload, own_device) if own_device else {}
    changed = apply_snapshot(s, payload)
    own_rows.refuse_if_changed(s, own)  # before its own codes retired there follow (retired_codes)
    carried = [str(row.get("id")) for row in payload.get("consent_template") or [] if isinstance(row, dict)]
    forms = consent.flag_reconsent_for_arrived_versions(s, forms_before, carried)
    retired = retired_codes.apply_team_payload(s, payload, laptop_device(s))
    followed = follow_the_codebook(s)  # a code deleted or merged there takes this laptop's codings along
    return changed + retired, retired, followed, forms


def _observe(store: Store, hlc: str) -> None:
    if hlc:  # a malformed or far-future time is not moved to (HybridClock.observe says no)
        store.clock.observe(hlc)
