"""Apply one verified bundle at the centre, all or nothing: its new changes merged, erasures and the
codebook followed, its device's note and a receipt kept (``importer.py`` decides whether it is applied).
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.core import erasure, published_forms
from desktop.core.db import Store
from desktop.core.models import BundleReceipt
from desktop.core.sanitise import printable
from desktop.sync import revocations
from desktop.sync.apply import apply_records, new_records
from desktop.sync.change_records import ChangeRecord
from desktop.sync.deleted_codes import follow_the_codebook
from desktop.sync.erasure_sync import after_apply
from desktop.sync.errors import NotOnRosterError
from desktop.sync.import_batch import Batch, ImportOutcome, Prepared
from desktop.sync.import_devices import check_device, refuse_impostor, register
from desktop.sync.late_consents import mark_older_forms
from desktop.sync.manifest import Manifest, utc_now_iso
from desktop.sync.touched_sessions import Concerned, concerned

_CODINGS = frozenset({"coded_segment", "code"})

# Built once: a statement object reused is compiled once and its cache key is not rebuilt per bundle.
_RECEIPT_BY_HASH = select(BundleReceipt.id).where(BundleReceipt.bundle_hash == bindparam("digest"))
_INSERT_RECEIPT = insert(BundleReceipt)


class AlreadyPresent(Exception):
    """Raised inside the bundle's transaction to leave it (rolled back, nothing written)."""


PRESENT_MESSAGE = "This bundle was already imported."


def apply_bundle(
    store: Store,
    conn: Connection,
    batch: Batch,
    prepared: Prepared,
    manifest: Manifest,
    records: list[ChangeRecord],
) -> ImportOutcome:
    try:
        return _apply_bundle_once(store, conn, batch, prepared, manifest, records, careful=False)
    except IntegrityError:
        # A unique key collided: a row that exists without any change logged for it (made by other
        # tooling), or another import at the same time. The transaction was rolled back; do it
        # again, asking the database about every row, receipt, device and sequence number.
        return _apply_bundle_once(store, conn, batch, prepared, manifest, records, careful=True)


def _apply_bundle_once(
    store: Store,
    conn: Connection,
    batch: Batch,
    prepared: Prepared,
    manifest: Manifest,
    records: list[ChangeRecord],
    *,
    careful: bool,
) -> ImportOutcome:
    device_id = manifest.device_id
    epoch = records[0].epoch if records else ""
    with batch.transaction(conn, len(records)):
        if prepared.digest in batch.receipts or (
            careful and conn.execute(_RECEIPT_BY_HASH, {"digest": prepared.digest}).first()
        ):
            raise AlreadyPresent
        device = check_device(conn, manifest) if careful else batch.devices.get(device_id)
        if device is not None and revocations.vouched(batch.taken, manifest):  # its old key, taken for this file
            device = device._replace(public_key=manifest.device_public_key)
        if device is None:  # taken off the roster by another process meanwhile
            raise NotOnRosterError()
        refuse_impostor(manifest, device)
        # First: a late consent on a form version this centre lost is then known as on that version.
        published_forms.note_reported(conn, device_id, manifest.forms)
        if manifest.forms:  # a restored centre's Publish no longer asks first: it learnt the versions held
            published_forms.heard_from_a_device(conn)
        top = batch.tops.get((device_id, epoch))
        if not careful and device_id != batch.own_device and top is not None and records and (
            min(r.seq for r in records) > top
        ):
            fresh = records  # every number is above the highest received: nothing to compare
        else:
            fresh = new_records(conn, device_id, records)
        role = device.role
        coordinators = batch.coordinators()
        conflicts = (apply_records(conn, device_id, fresh, role=role, coordinators=coordinators, check_all=careful)
                     if fresh else 0)
        concerns = concerned(conn, fresh) if fresh else Concerned(frozenset())
        tables = {r.entity for r in fresh}
        if fresh:
            if after_apply(conn, ((r.entity, r.row_id) for r in fresh)).anything:  # erased words never come back
                tables |= erasure.TABLES
            if tables & _CODINGS:
                follow_the_codebook(conn)  # a code deleted here takes codings made with it elsewhere along
                tables.add("coded_segment")
            mark_older_forms(conn, _consenting(fresh))  # consent on a form version older than published here
        if conflicts:
            tables.add("conflict")
        register(conn, manifest, device)
        conn.execute(
            _INSERT_RECEIPT,
            {
                "bundle_hash": prepared.digest,
                "kind": "changes",
                "device_id": device_id,
                "epoch": epoch,
                "seq_from": manifest.seq_from,
                "seq_to": manifest.seq_to,
                "change_count": len(fresh),
                "imported_at": utc_now_iso(),
                "direction": "in",
            },
        )
    batch.receipts.add(prepared.digest)
    if records:
        batch.tops[(device_id, epoch)] = max(batch.tops.get((device_id, epoch), 0), manifest.seq_to,
                                             max(r.seq for r in records))
        store.clock.observe(max(r.hlc for r in records))
    return ImportOutcome(
        prepared.name,
        "imported" if fresh else "already_present",
        message="" if fresh else "Every change in this bundle was already here.",
        device_id=device_id,
        # Who sent it, as the centre knows the device: a bundle may call itself anything.
        device_name=printable(device.label or manifest.device_name),
        seq_from=manifest.seq_from,
        seq_to=manifest.seq_to,
        new_changes=len(fresh),
        conflicts=conflicts,
        sessions=concerns.sessions,
        speakers=concerns.speakers,
        tables=frozenset(tables),
    )


def _consenting(records: list[ChangeRecord]) -> Iterator[str]:
    """The participants of the consent records a bundle inserts."""
    for r in records:
        if r.entity == "consent_record" and r.op == "insert" and "participant_id" in r.fields:
            yield str(r.values[r.fields.index("participant_id")])
