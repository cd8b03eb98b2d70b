"""Forged bundles for the trust tests, made through the real writer (write_bundle, real age, real
Ed25519): only the content is hostile, so only the rule under test can refuse it."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.core import migrate
from desktop.core.changes import content_hash
from desktop.core.clock import Timestamp
from desktop.core.db import Store
from desktop.core.ids import new_id
from desktop.i18n.catalogue import translate
from desktop.sync.bundle_format import write_bundle
from desktop.sync.errors import MESSAGE_CONTEXT, default_message_for
from desktop.sync.importer import import_files
from desktop.sync.team import device_signing_key

from .sync_helpers import Team, full_digest, session_bundle

REAL_NAME = "Zainab Kadhim Al-Sudani"
PHONE = "+9647701234567"
NOW_MS = 1_767_000_000_000  # 2025-12-29: the forged changes' wall time (well before any test clock)


def file_digest(path: Path) -> str:
    """The database file and its WAL: a refused bundle must leave both as they were."""
    h = hashlib.sha256()
    for suffix in ("", "-wal"):
        target = Path(f"{path}{suffix}")
        if target.exists():
            h.update(target.read_bytes())
    return h.hexdigest()


def change(entity: str, op: str, data: dict[str, Any], *, device: str, seq: int, epoch: str = "0000000a",
           row_id: str | None = None, hlc: str | None = None, base: dict[str, Any] | None = None,
           ms: int | None = None) -> dict[str, Any]:
    rid = row_id or new_id()
    return {
        "seq": seq, "epoch": epoch, "hlc": hlc or str(Timestamp(ms or NOW_MS + seq, 0, device)),
        "entity": entity, "row_id": rid, "op": op, "data": data, "base": base or {},
        "content_hash": content_hash(entity, rid, op, data),
    }


def forge(team: Team, changes: list[dict[str, Any]], *, device_id: str, key: Ed25519PrivateKey,
          name: str = "field laptop", epoch: int = 10, out: Path, store: Store | None = None) -> Path:
    """A bundle of these changes, signed by ``key`` as ``device_id``, encrypted to the team."""
    seqs = [c["seq"] for c in changes] or [1]
    with team.centre.session() as s:
        from desktop.sync.team import current_team

        current = current_team(s)
        assert current is not None
        recipients, team_id = list(current.recipients), current.id
    bundle = write_bundle(
        changes, {}, kind="changes", team_id=team_id, device_id=device_id, device_name=name, epoch=epoch,
        seq_from=min(seqs), seq_to=max(seqs), prev_bundle_hash=None,
        schema_revision=migrate.current_revision((store or team.centre).engine) or "",
        app_version="0.1.0", recipients=recipients, signing_key=key,
    )
    out.write_bytes(bundle)
    return out


def laptop_key(store: Store) -> Ed25519PrivateKey:
    key, _ = device_signing_key(store)
    return key


def participant_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": "BSR-FG01-P01", "real_name": REAL_NAME, "phone": PHONE, "gender": "female",
        "age_band": "25-34", "governorate": "basra", "district": "", "setting": "urban", "occupation": "",
        "language": "ar", "attributes": {}, "reconsent_needed": False, "deleted": False,
    }
    data.update(overrides)
    return data


def forged_team_update(centre: Store, lines: list[dict[str, Any]], out: Path,
                       key: Ed25519PrivateKey | None = None) -> Path:
    """A team update of these lines (``{"entity", "row"}``), numbered after every one the centre wrote,
    signed by ``key`` (the centre's central key by default) through the real writer."""
    from desktop.sync import keys
    from desktop.sync.team import current_team

    with centre.session() as s:
        current = current_team(s)
        assert current is not None
        central = keys.load_signing_key(current.central_signing_key or "")
        out.write_bytes(write_bundle(
            lines, {}, kind="team_update", team_id=current.id, device_id=centre.device_id,
            device_name="centre",
            epoch=centre.clock.wall_ms() + 1000, seq_from=1, seq_to=1, prev_bundle_hash=None,
            schema_revision=migrate.bundle_revision(centre.engine), app_version="0.1.0",
            recipients=list(current.recipients), signing_key=key or central, encrypt=False))
    return out


def centre_hlc_ahead(centre: Store, ms: int) -> str:
    """An HLC of the centre's, ``ms`` after its clock's wall time (a field written there later)."""
    return str(Timestamp(centre.clock.wall_ms() + ms, 0, centre.device_id))


def refused_whole(team: Team, tmp_path: Path, bundle: Path, code: str, secrets: tuple[str, ...] = ()) -> None:
    """``bundle`` is refused whole at the centre as ``code``: the database unchanged, the next file
    imported, the refusal one line naming none of ``secrets``, and said in Arabic and Kurdish."""
    before = full_digest(team.centre)
    (alone,) = import_files(team.centre, [bundle], team.identities)
    assert (alone.status, alone.code) == ("refused", code), alone
    assert full_digest(team.centre) == before
    after = session_bundle(team.devices[1], tmp_path / "b-session.majlis", "جلسة الديوانية")
    refused, applied = import_files(team.centre, [bundle, after], team.identities)
    assert (refused.status, refused.code) == ("refused", code), refused
    assert "\n" not in refused.message and not [s for s in secrets if s in refused.message], refused.message
    assert applied.status == "imported", applied
    english = default_message_for(code)
    assert english
    for lang in ("ar", "ckb"):
        said = translate(lang, MESSAGE_CONTEXT, english)
        assert said and said != english and "\n" not in said
