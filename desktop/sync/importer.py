"""Import bundles at the centre: verify everything first, then one transaction per bundle.

Per file: the file is read and verified (decryption, signature, every member hash, team) before the
database is touched; the device registry refuses an impostor key; then, in one replicating
transaction, received changes go into the change log (the unique device/epoch/seq key makes a
repeat a no-op and a different change under a known number a refusal), rows are merged by field
LWW (``merge.py``), conflicts of long text fields are recomputed from the row's whole history (so
the conflict list does not depend on the order of arrival), and a receipt is kept.

Parsing and checking the changes is in ``change_records.py``; writing them in ``apply.py``.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyrage import x25519
from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import OperationalError

from desktop.core import migrate
from desktop.core.db import Store, classify
from desktop.core.models import BundleReceipt, Device, Team
from desktop.sync.apply import apply_records, new_records
from desktop.sync.bundle_reader import DEFAULT_MAX_TOTAL, _max_file_size, read_bundle
from desktop.sync.change_records import parse_changes
from desktop.sync.errors import (
    BundleError,
    ImpostorDeviceError,
    NewerSchemaError,
    NotABundleError,
    NotEnrolledError,
    TooLargeError,
)
from desktop.sync.keys import same_public_key
from desktop.sync.manifest import Manifest, sha256_hex, utc_now_iso

_known_revisions = functools.cache(migrate.known_revisions)


@dataclass(frozen=True)
class ImportOutcome:
    source: str
    status: str  # imported|already_present|refused
    code: str = ""
    message: str = ""
    device_id: str = ""
    device_name: str = ""
    seq_from: int = 0
    seq_to: int = 0
    new_changes: int = 0
    conflicts: int = 0


def import_files(
    store: Store,
    sources: Sequence[str | os.PathLike[str]],
    identities: Sequence[x25519.Identity],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
) -> list[ImportOutcome]:
    """Import files one by one (each atomic); stops between files when ``cancelled()`` says so."""
    outcomes: list[ImportOutcome] = []
    with _import_connection(store) as conn:
        team = _team_id(conn)
        for number, source in enumerate(sources, start=1):
            if cancelled():
                break
            outcomes.append(import_file(store, source, identities, connection=conn, team_id=team))
            if progress is not None:
                progress(number, len(sources))
    return outcomes


@contextlib.contextmanager
def _import_connection(store: Store) -> Iterator[Connection]:
    """A connection that commits without waiting for the disk (WAL, synchronous=NORMAL).

    Still atomic and consistent: a power cut can only undo the last bundles imported, and their
    files are still there to import again (import is idempotent). Not waiting for an fsync per
    bundle is what makes importing hundreds of bundles fast. The store's setting is restored after.
    """
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA synchronous = NORMAL")
        conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 16384")
        try:
            yield conn
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA synchronous = FULL")
            conn.exec_driver_sql("PRAGMA wal_autocheckpoint = 1000")


def import_file(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    identities: Sequence[x25519.Identity],
    *,
    connection: Connection | None = None,
    team_id: str | None = None,
) -> ImportOutcome:
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    try:
        if connection is None:
            with _import_connection(store) as conn:
                return _import(store, source, name, identities, conn, _team_id(conn))
        return _import(store, source, name, identities, connection, team_id or _team_id(connection))
    except BundleError as exc:
        return ImportOutcome(name, "refused", exc.code, exc.message)
    except OSError as exc:
        return ImportOutcome(name, "refused", "unreadable", f"The file cannot be read ({exc.strerror or exc}).")


def _read(source: str | os.PathLike[str] | bytes) -> bytes:
    if isinstance(source, bytes):
        return source
    if Path(source).is_dir():
        raise NotABundleError("This is a folder, not a bundle.")
    limit = _max_file_size(DEFAULT_MAX_TOTAL)
    with open(source, "rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"The file is larger than {limit} bytes.")
    return data


def _import(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    name: str,
    identities: Sequence[x25519.Identity],
    conn: Connection,
    team_id: str | None,
) -> ImportOutcome:
    if team_id is None:
        raise NotEnrolledError()
    data = _read(source)
    digest = sha256_hex(data)
    if conn.execute(select(BundleReceipt.id).where(BundleReceipt.bundle_hash == digest)).first():
        conn.rollback()
        return ImportOutcome(name, "already_present", message="This bundle was already imported.")
    conn.rollback()  # end the read transaction before the slow part: decryption
    bundle = read_bundle(data, identities, expected_team_id=team_id)
    manifest = bundle.manifest
    if manifest.kind != "changes":
        raise NotABundleError("This is a team update, not a bundle of changes.")
    if manifest.schema_revision not in _known_revisions():
        raise NewerSchemaError()
    records = parse_changes(bundle.changes, manifest, bundle.attachments)
    with _transaction(conn):
        device = _check_device(conn, manifest)
        fresh = new_records(conn, manifest.device_id, records)
        conflicts = apply_records(conn, manifest.device_id, fresh) if fresh else 0
        _register(conn, manifest, device)
        conn.execute(
            insert(BundleReceipt).values(
                bundle_hash=digest,
                kind="changes",
                device_id=manifest.device_id,
                epoch=records[0].epoch if records else "",
                seq_from=manifest.seq_from,
                seq_to=manifest.seq_to,
                change_count=len(fresh),
                imported_at=utc_now_iso(),
                direction="in",
            )
        )
    if records:
        store.clock.observe(max(r.hlc for r in records))
    return ImportOutcome(
        name,
        "imported" if fresh else "already_present",
        message="" if fresh else "Every change in this bundle was already here.",
        device_id=manifest.device_id,
        device_name=manifest.device_name,
        seq_from=manifest.seq_from,
        seq_to=manifest.seq_to,
        new_changes=len(fresh),
        conflicts=conflicts,
    )


def _team_id(conn: Connection) -> str | None:
    team_id = conn.execute(select(Team.id)).scalar()
    conn.rollback()
    return None if team_id is None else str(team_id)


@contextlib.contextmanager
def _transaction(conn: Connection) -> Iterator[Connection]:
    """One bundle, all or nothing. Core only: received changes are applied, never re-logged."""
    if conn.in_transaction():
        conn.rollback()
    try:
        with conn.begin():
            yield conn
    except OperationalError as exc:
        raise classify(exc.orig or exc) or exc from exc


def _check_device(conn: Connection, manifest: Manifest) -> Any:
    """The registered device row (or None); ImpostorDeviceError when its key differs."""
    known = conn.execute(
        select(Device.public_key, Device.is_self).where(Device.id == manifest.device_id)
    ).first()
    if known is not None and known.public_key and not same_public_key(known.public_key, manifest.device_public_key):
        raise ImpostorDeviceError(
            f"The bundle from device {manifest.device_id} is signed with a key other than the one "
            "registered for that device."
        )
    return known



def _register(conn: Connection, manifest: Manifest, row: Any) -> None:
    now = utc_now_iso()
    if row is None:
        conn.execute(insert(Device).values(
            id=manifest.device_id, name=manifest.device_name, public_key=manifest.device_public_key,
            signing_key=None, is_self=False, first_seen=now, last_bundle_at=now, preregistered=False))
        return
    values: dict[str, Any] = {"last_bundle_at": now}
    if not row.public_key:
        values["public_key"] = manifest.device_public_key
    if manifest.device_name and not row.is_self:
        values["name"] = manifest.device_name
    conn.execute(update(Device).where(Device.id == manifest.device_id).values(**values))
