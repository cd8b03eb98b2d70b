"""Counts and health of a store, for ``majlis-cli status`` / ``check`` and the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.core import app_paths, migrate, recorded_on
from desktop.core.backups import backup_dir
from desktop.core.db import Store
from desktop.core.fingerprints import key_fingerprint, key_fingerprints
from desktop.core.models import (
    ChangeLog,
    CodedSegment,
    ConsentRecord,
    Device,
    LocalState,
    Participant,
    RevokedKey,
    Session,
    Synced,
    Team,
)
from desktop.core.synced_folder import synced_service


def _count(store: Store, model: type[Synced]) -> int:
    with store.session() as s:
        return int(s.execute(select(func.count()).select_from(model).where(model.deleted.is_(False))).scalar_one())


def status(store: Store) -> dict[str, Any]:
    with store.session() as s:
        devices = int(s.execute(select(func.count()).select_from(Device)).scalar_one())
        changes = int(s.execute(select(func.count()).select_from(ChangeLog)).scalar_one())
        team = s.execute(select(Team)).scalars().first()
        me = s.get(Device, store.device_id)
        shared = recorded_on.shared_count(s)
        # The centre revoked this laptop's key (a lost laptop's backup restored here: `device new-key`).
        own_key = me.public_key if me is not None and me.public_key else ""
        revoked = bool(own_key) and key_fingerprint(own_key) in key_fingerprints(s, RevokedKey.public_key)
    return {
        "sessions": _count(store, Session),
        "participants": _count(store, Participant),
        # Pseudonyms several participants share (numbered on different laptops): `participants duplicates`.
        "shared_pseudonyms": shared,
        "coded_segments": _count(store, CodedSegment),
        "consent_records": _count(store, ConsentRecord),
        "devices": devices,
        "changes": changes,
        "unsent_changes": unsent_changes(store),
        "device_id": store.device_id,
        "device_name": me.name if me else "",
        # For `majlis-cli device register` at the centre. None (null) before the database has a key:
        # joining or creating a team makes it.
        "device_public_key": me.public_key if me and me.public_key else None,
        "device_key_fingerprint": key_fingerprint(me.public_key) if me and me.public_key else None,
        "device_key_revoked": revoked,
        "epoch": store.epoch,
        "team": team.name if team else None,
        "schema_revision": migrate.current_revision(store.engine),
        # Where things live, for the IT helper (the same folder the app's Settings page shows): by
        # absolute path, as ``erasure report`` names files, whatever folder the command ran in.
        "database": str(Path(store.path).resolve()),
        "backups": str(backup_dir(Path(store.path).resolve())),
        "data_folder": str(app_paths.data_dir()),
        # OneDrive, Dropbox or Google Drive when the database is in a folder they sync (a warning).
        "synced_folder": synced_service(store.path),
    }


def status_bar(store: Store) -> dict[str, Any]:
    """The few facts the main window's status bar shows (``status`` also counts every table)."""
    with store.session() as s:
        team = s.execute(select(Team.name)).scalars().first()
        me = s.get(Device, store.device_id)
    return {"device_name": me.name if me else "", "team": team, "unsent_changes": unsent_changes(store)}


def own_last_seq(store: Store) -> int:
    with store.session() as s:
        value = s.execute(
            select(func.max(ChangeLog.seq)).where(
                ChangeLog.device_id == store.device_id, ChangeLog.epoch == store.epoch
            )
        ).scalar()
    return int(value or 0)


def epoch_positions(store: Store) -> list[tuple[str, int, int]]:
    """(epoch, last sequence number exported, last recorded) of each epoch of this device's changes,
    older epochs first and the current one last (what waiting_ranges and sync/export.py read)."""
    with store.session() as s:
        rows = s.execute(
            select(ChangeLog.epoch, func.max(ChangeLog.seq), func.min(ChangeLog.id))
            .where(ChangeLog.device_id == store.device_id)
            .group_by(ChangeLog.epoch)
            .order_by(func.min(ChangeLog.id))
        ).all()
        done = {
            key.removeprefix("exported_seq:"): int(value or 0)
            for key, value in s.execute(
                select(LocalState.key, LocalState.value).where(LocalState.key.like("exported_seq:%")))
        }
    positions = [(str(epoch), done.get(str(epoch), 0), int(top)) for epoch, top, _ in rows]
    positions.sort(key=lambda item: item[0] == store.epoch)  # the current epoch goes last
    return positions


def waiting_ranges(store: Store) -> list[tuple[str, int, int]]:
    """(epoch, last sequence number exported, last recorded) of this device's changes not yet
    exported, older epochs first: what the next exports send, in that order (sync/export.py).

    Not only the current epoch: a database restored from a backup (or found to be an older copy)
    starts a new epoch, and the backup's work that never left waits in its own. Counted from the
    current epoch alone, that work read "Unsent changes: 0" after a restore, and the facilitator,
    told everything had gone, had no reason to export it.
    """
    return [(epoch, done, top) for epoch, done, top in epoch_positions(store) if top > done]


def unsent_changes(store: Store) -> int:
    return sum(top - done for _epoch, done, top in waiting_ranges(store))


def integrity_problems(store: Store) -> list[str]:
    """Empty when SQLite's integrity check passes and the schema is at this app's revision."""
    problems = []
    with store.engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(rows)
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems.extend(f"foreign key: {row}" for row in fk)
    if migrate.current_revision(store.engine) != migrate.head_revision():
        problems.append("schema is not at the current revision")
    return problems
