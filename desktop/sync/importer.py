"""Import bundles at the centre: verify everything first, then write each bundle all or nothing.

Per file: the file is read and verified (decryption, signature, every member hash, team, every
value and time stamp) before the database is touched; a bundle from a device not on the roster is
held unapplied for a coordinator to approve (``roster.py``); the roster refuses an impostor key and
the ownership rules (``ownership.py``) refuse changes the sender may not make; then, in one replicating
transaction (or a savepoint of its own in a transaction small bundles share), received changes go
into the change log (the unique device/epoch/seq key makes a repeat a no-op and a different change
under a known number a refusal), rows are merged by field LWW (``merge.py``), conflicts of long
text fields are recomputed from the row's whole history (so the conflict list does not depend on the
order of arrival), and a receipt is kept.

Parsing and checking the changes is in ``change_records.py``; writing them in ``apply.py``; reading the
file in ``bundle_file.py``; the run's connection and transactions in ``import_connection.py``;
the roster's look-up, impostor check and note in ``import_devices.py``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, cast

from pyrage import x25519
from sqlalchemy import (
    Connection,
    bindparam,
    func,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError, NoResultFound

from desktop.core import migrate
from desktop.core.db import Store
from desktop.core.erasure_file import purge_if_pending
from desktop.core.fingerprints import key_fingerprint
from desktop.core.models import BundleReceipt, Device, HeldBundle, Team
from desktop.core.sanitise import printable
from desktop.sync import clash_log, held_archive, rejections, revocations
from desktop.sync.apply import apply_records, new_records
from desktop.sync.bundle_file import read_bundle_file
from desktop.sync.bundle_format import with_other_team_named
from desktop.sync.bundle_reader import open_bundle
from desktop.sync.bundle_stream import OpenedBundle, open_archive
from desktop.sync.change_records import ChangeChecker, ChangeRecord
from desktop.sync.deleted_codes import follow_the_codebook
from desktop.sync.erasure_sync import after_apply
from desktop.sync.errors import (
    BundleError,
    HeldForApprovalError,
    NewerSchemaError,
    NotABundleError,
    NotEnrolledError,
    NotOnRosterError,
    RejectedDeviceError,
    RevokedKeyError,
    SeqClashError,
    UnreadableError,
)
from desktop.sync.held_numbers import next_held_number
from desktop.sync.import_connection import (
    CommitGroup,
    bundle_transaction,
    collector_paused,
    import_connection,
    let_go,
)
from desktop.sync.import_devices import KnownDevice, check_device, refuse_impostor, register
from desktop.sync.late_consents import mark_older_forms
from desktop.sync.manifest import Manifest, sha256_hex, utc_now_iso
from desktop.sync.ownership import COORDINATOR, FIELD
from desktop.sync.touched_sessions import Concerned, concerned, with_their_turns

_known_revisions = functools.cache(migrate.known_revisions)
_CODINGS = frozenset({"coded_segment", "code"})

# Built once: a statement object reused is compiled once and its cache key is not rebuilt per bundle.
_RECEIPT_BY_HASH = select(BundleReceipt.id).where(BundleReceipt.bundle_hash == bindparam("digest"))
_INSERT_RECEIPT = insert(BundleReceipt)
_RECEIVED_TOPS = (
    select(BundleReceipt.device_id, BundleReceipt.epoch, func.max(BundleReceipt.seq_to))
    .where(BundleReceipt.direction == "in")
    .group_by(BundleReceipt.device_id, BundleReceipt.epoch)
)


@dataclass(frozen=True)
class ImportOutcome:
    source: str
    status: str  # imported|already_present|held|refused
    code: str = ""
    message: str = ""
    device_id: str = ""
    device_name: str = ""
    seq_from: int = 0
    seq_to: int = 0
    new_changes: int = 0
    conflicts: int = 0
    # The sessions whose rows it wrote or whose words it shows differently (a speaker's pseudonym or
    # consent), for the views of one session; None: it could be any (an erasure rule). Nothing
    # written, nothing named.
    sessions: frozenset[str] | None = frozenset()
    speakers: frozenset[str] = frozenset()  # participant ids: their turns' sessions join ``sessions``
    # Held: the bundle was on the waiting list already (imported again, kept once), so a summary does
    # not count it as one more file held.
    already_waiting: bool = False


@dataclass
class _Batch:
    """What one import run already knows, to spare a few queries per bundle.

    Only this importer writes receipts, received changes and device keys. Should another process
    import at the same time, a unique key collides and the bundle is simply done again, asking the
    database everything (``careful``).
    """

    team_id: str | None
    receipts: set[str]
    devices: dict[str, KnownDevice]
    tops: dict[tuple[str, str], int]  # (device, epoch) -> highest sequence number received
    own_device: str
    latest_ms: int = 0  # the latest wall time a received change may carry (this clock plus a day)
    held: set[str] | None = None  # digests of the bundles on hold
    rejected: frozenset[str] = frozenset()  # fingerprints of the keys a coordinator rejected
    revoked: frozenset[str] = frozenset()  # fingerprints of the keys taken off the roster (revocations.py)
    taken: revocations.Taken | None = None  # a revoked device's files the coordinator vouches for
    group: CommitGroup[ImportOutcome] | None = None  # bundles committed together (import_files), or each alone
    _coordinators: frozenset[str] | None = None

    def transaction(self, conn: Connection, changes: int) -> contextlib.AbstractContextManager[Connection]:
        """A bundle of ``changes`` changes, all or nothing: in the run's commit group, else alone."""
        return bundle_transaction(conn) if self.group is None else self.group.bundle(changes)

    def coordinators(self) -> frozenset[str]:
        """The devices whose changes count on any row: this one and the roster's coordinators
        (worked out once per import, not once per bundle: the roster here does not change)."""
        if self._coordinators is None:
            self._coordinators = frozenset(
                [self.own_device, *(d for d, known in self.devices.items() if known.role == COORDINATOR)])
        return self._coordinators

    @classmethod
    def load(cls, conn: Connection, own_device: str, latest_ms: int) -> _Batch:
        team_id = conn.execute(select(Team.id)).scalar()
        receipts = set(conn.execute(select(BundleReceipt.bundle_hash)).scalars())
        devices = {
            row.id: KnownDevice(row.public_key, row.is_self, row.role or FIELD, row.name or "")
            for row in conn.execute(
                select(Device.id, Device.public_key, Device.is_self, Device.role, Device.name)
            ).all()
        }
        held = set(conn.execute(select(HeldBundle.bundle_hash)).scalars())
        tops = {
            (device, epoch): int(top or 0)
            for device, epoch, top in conn.execute(_RECEIVED_TOPS).all()
        }
        rejected, revoked = rejections.fingerprints(conn), revocations.fingerprints(conn)
        conn.rollback()
        return cls(None if team_id is None else str(team_id), receipts, devices, tops, own_device, latest_ms, held,
                   rejected, revoked)


def import_files(
    store: Store,
    sources: Sequence[str | os.PathLike[str]],
    identities: Sequence[x25519.Identity],
    *,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[int, int], None] | None = None,
    done: Callable[[ImportOutcome], None] | None = None,
    taken: revocations.Taken | None = None,
) -> list[ImportOutcome]:
    """Import files one by one (each atomic); stops between files when ``cancelled()`` says so.
    ``done`` hears each file's outcome as soon as it is written: a run that then fails (the disk
    full) has still imported those, and its caller can say which. ``taken``: bundles signed with a
    revoked key of that device are applied, not refused (``revocations.taken``)."""
    outcomes: list[ImportOutcome] = []
    with import_connection(store) as conn, collector_paused():
        batch = _Batch.load(conn, store.device_id, store.clock.latest_ms())
        batch.group, batch.taken = (group := CommitGroup(conn, done or _told_no_one)), taken
        try:
            for number, source in enumerate(sources, start=1):
                if cancelled():
                    break
                group.before_reading(_size_of(source))
                prepared = _prepare(source, identities, batch)
                outcomes.append(_write(store, conn, batch, prepared))
                group.written(outcomes[-1])
                let_go(prepared.records)
                if progress is not None:
                    progress(number, len(sources))
            group.commit()
        except BaseException:
            group.settle()  # the bundles written before the failure stay imported, and are told
            raise
        outcomes = _sessions_named(conn, outcomes)
    purge_if_pending(store)
    return outcomes


def _size_of(source: str | os.PathLike[str]) -> int:
    """The size of a file to import (0 if it cannot be told: reading it then says why)."""
    try:
        return os.stat(source).st_size
    except (OSError, ValueError):
        return 0


def _told_no_one(outcome: ImportOutcome) -> None:
    """No caller to tell of each outcome as it is committed."""


def _sessions_named(conn: Connection, outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
    """The outcomes, each naming its sessions with those where its speakers have a turn (one look
    at the turns for the whole run)."""
    if not any(o.speakers for o in outcomes):
        return outcomes
    named = with_their_turns(conn, [Concerned(o.sessions, o.speakers) for o in outcomes])
    conn.rollback()
    return [dataclasses.replace(o, sessions=sessions) for o, sessions in zip(outcomes, named, strict=True)]


def import_file(
    store: Store,
    source: str | os.PathLike[str] | bytes,
    identities: Sequence[x25519.Identity],
) -> ImportOutcome:
    with import_connection(store) as conn, collector_paused():
        batch = _Batch.load(conn, store.device_id, store.clock.latest_ms())
        prepared = _prepare(source, identities, batch)
        (outcome,) = _sessions_named(conn, [_write(store, conn, batch, prepared)])
        let_go(prepared.records)
    purge_if_pending(store)
    return outcome


@dataclass(frozen=True)
class _Prepared:
    """A file read and verified, before any database work (or why it cannot be used)."""

    name: str
    digest: str = ""
    manifest: Manifest | None = None
    records: list[ChangeRecord] = field(default_factory=list)
    refusal: BundleError | None = None
    already_present: bool = False
    archive: bytes | IO[bytes] = b""  # the verified, decrypted ZIP, or a file of it (kept if the bundle is held)


def _prepare(
    source: str | os.PathLike[str] | bytes, identities: Sequence[x25519.Identity], batch: _Batch
) -> _Prepared:
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    digest = ""
    try:
        if batch.team_id is None:
            raise NotEnrolledError()
        data = read_bundle_file(source)
        digest = sha256_hex(data)
        if digest in batch.receipts:  # the very same file again: no need to open it
            return _Prepared(name, digest, already_present=True)
        opened = open_bundle(data, identities, expected_team_id=batch.team_id)
        del data  # the decrypted archive is what is kept from here on
        return _checked(name, digest, opened, batch)
    except BundleError as exc:
        return _Prepared(name, digest, refusal=with_other_team_named(exc, name, batch.team_id))
    except OSError as exc:
        return _Prepared(name, digest, refusal=UnreadableError(f"The file cannot be read ({exc.strerror or exc})."))


def _checked(name: str, digest: str, opened: OpenedBundle, batch: _Batch) -> _Prepared:
    """Every change of an opened bundle read, parsed and checked (values, clocks) block by block,
    keeping only compact records; BundleError if not. A file altered on the way is refused as such
    (its hash or counts), whatever else is wrong with its content."""
    try:
        manifest = opened.manifest
        if manifest.kind != "changes":
            raise NotABundleError("This is a team update, not a bundle of changes.")
        if manifest.schema_revision not in _known_revisions():
            raise NewerSchemaError()
        checker = ChangeChecker(manifest, opened.attachments, latest_ms=batch.latest_ms)
        try:
            for block in opened.change_blocks():
                checker.add(block)
        except BundleError as exc:
            raise (opened.integrity_problem() or exc) from None
        return _Prepared(name, digest, manifest, checker.records, archive=opened.archive)
    finally:
        opened.close()
        _let_go_attachments(opened.attachments)


def _let_go_attachments(attachments: dict[str, bytes]) -> None:
    """Free a checked bundle's attachments one at a time (the records keep what they restored).

    Freeing a few hundred megabytes of scans in one go (the map dropped with the opened bundle) gave
    their memory back to the system in one stretch of C, ~70 ms for 360 MB here, with the lock held."""
    while attachments:
        attachments.popitem()


class _AlreadyPresent(Exception):
    """Raised inside the bundle's transaction to leave it (rolled back, nothing written)."""


_PRESENT_MESSAGE = "This bundle was already imported."


def _write(store: Store, conn: Connection, batch: _Batch, prepared: _Prepared) -> ImportOutcome:
    name = prepared.name
    if prepared.already_present or prepared.digest in batch.receipts:
        # Known by its hash, even if it could not be opened here now.
        return ImportOutcome(name, "already_present", message=_PRESENT_MESSAGE)
    if prepared.refusal is not None or prepared.manifest is None:
        error = prepared.refusal or BundleError()
        return ImportOutcome(name, "refused", error.code, error.message)
    manifest, known = prepared.manifest, batch.devices.get(prepared.manifest.device_id)
    fingerprint = key_fingerprint(manifest.device_public_key)
    taken = revocations.vouched(batch.taken, manifest)
    revoked = fingerprint in batch.revoked and not taken  # refused whatever device it names
    # Not on the roster, or revoked there (a bundle of that device signed anew waits for its key's approval).
    if not taken and (revoked or known is None or (known.public_key and key_fingerprint(known.public_key) in batch.revoked)):
        if revoked or fingerprint in batch.rejected:  # asked and answered
            refused = RevokedKeyError() if revoked else RejectedDeviceError()
            return ImportOutcome(name, "refused", refused.code, refused.message, device_id=manifest.device_id,
                                 device_name=printable((known.label if known else "") or manifest.device_name))
        return _hold(conn, batch, prepared, prepared.manifest)
    try:
        return _apply_bundle(store, conn, batch, prepared, prepared.manifest, prepared.records)
    except _AlreadyPresent:
        return ImportOutcome(name, "already_present", message=_PRESENT_MESSAGE)
    except BundleError as exc:
        if isinstance(exc, SeqClashError):
            clash_log.record(store, exc)  # outside the database: bundle status names it
        return ImportOutcome(name, "refused", exc.code, exc.message)


def _apply_bundle(
    store: Store,
    conn: Connection,
    batch: _Batch,
    prepared: _Prepared,
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
    batch: _Batch,
    prepared: _Prepared,
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
            raise _AlreadyPresent
        device = check_device(conn, manifest) if careful else batch.devices.get(device_id)
        if device is not None and revocations.vouched(batch.taken, manifest):  # its old key, taken for this file
            device = device._replace(public_key=manifest.device_public_key)
        if device is None:  # taken off the roster by another process meanwhile
            raise NotOnRosterError()
        refuse_impostor(manifest, device)
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
        if fresh:
            after_apply(conn, ((r.entity, r.row_id) for r in fresh))  # erased words never come back
            if any(r.entity in _CODINGS for r in fresh):
                follow_the_codebook(conn)  # a code deleted here takes codings made with it elsewhere along
            mark_older_forms(conn, _consenting(fresh))  # consent on a form version older than published here
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
    )


def _consenting(records: list[ChangeRecord]) -> Iterator[str]:
    """The participants of the consent records a bundle inserts."""
    for r in records:
        if r.entity == "consent_record" and r.op == "insert" and "participant_id" in r.fields:
            yield str(r.values[r.fields.index("participant_id")])


# --- the waiting list: bundles of devices not on the roster ------------------------------------------


def _hold(conn: Connection, batch: _Batch, prepared: _Prepared, manifest: Manifest) -> ImportOutcome:
    """Keep a verified bundle of an unknown device, unapplied, for a coordinator to approve."""
    held = batch.held if batch.held is not None else set()
    waiting = prepared.digest in held
    if not waiting:
        with batch.transaction(conn, len(prepared.records)):
            waiting = conn.execute(
                select(HeldBundle.id).where(HeldBundle.bundle_hash == prepared.digest)).first() is not None
            if not waiting:
                number = next_held_number(conn)
                conn.execute(insert(HeldBundle).values(
                    id=number, bundle_hash=prepared.digest, device_id=manifest.device_id,
                    device_name=printable(manifest.device_name), public_key=manifest.device_public_key,
                    epoch=manifest.epoch, seq_from=manifest.seq_from, seq_to=manifest.seq_to,
                    change_count=len(prepared.records), received_at=utc_now_iso()))
                held_archive.store(conn, number, prepared.archive)  # a piece per statement: the window runs
        held.add(prepared.digest)
    return ImportOutcome(
        prepared.name, "held", HELD_CODE, HELD_MESSAGE, device_id=manifest.device_id,
        device_name=printable(manifest.device_name), seq_from=manifest.seq_from, seq_to=manifest.seq_to,
        already_waiting=waiting,
    )


HELD_CODE = HeldForApprovalError.code
HELD_MESSAGE = HeldForApprovalError.default_message


_HELD_STILL = select(HeldBundle.id).where(HeldBundle.id == bindparam("held"))


def import_held(store: Store, device_id: str, public_key: str) -> list[ImportOutcome]:
    """Apply the bundles held for a device now on the roster, oldest first, each under every rule
    of an import; each one is then discarded from the waiting list, applied or refused."""
    with store.session() as s:
        rows = s.execute(
            select(HeldBundle.id, HeldBundle.bundle_hash)
            .where(HeldBundle.device_id == device_id, HeldBundle.public_key == public_key)
            .order_by(HeldBundle.epoch, HeldBundle.seq_from, HeldBundle.id)
        ).all()
    outcomes = []
    with import_connection(store) as conn, collector_paused():
        batch = _Batch.load(conn, store.device_id, store.clock.latest_ms())
        for held_id, digest in rows:
            try:
                archive = held_archive.load(conn, held_id)  # a piece per statement: the window runs
            except NoResultFound:
                archive = None
            gone = conn.execute(_HELD_STILL, {"held": held_id}).first() is None
            conn.rollback()
            if archive is None or gone:
                # Applied, or discarded, meanwhile by another approval of the same device (majlis-cli
                # while the Sync page applied): nothing of it to report here, not "malformed".
                continue
            name = f"held bundle {held_id}"
            try:
                if batch.team_id is None:
                    raise NotEnrolledError()
                # A seekable file of bytes (typeshed does not count io's own classes as typing.IO).
                opened = open_archive(cast(IO[bytes], archive), bundle_hash=digest, expected_team_id=batch.team_id)
                prepared = _checked(name, digest, opened, batch)
            except BundleError as exc:
                prepared = _Prepared(name, digest, refusal=exc)
            outcomes.append(_write(store, conn, batch, prepared))
            archive.close()  # its pieces given back one by one
            let_go(prepared.records)
            with bundle_transaction(conn):
                held_archive.discard(conn, [held_id])
        outcomes = _sessions_named(conn, outcomes)
    purge_if_pending(store)
    return outcomes
