"""What an import run knows and what it hands on: each file's outcome, the run's batch (what the
database already holds, read once per run) and a file read and verified before any database work.

Split out of ``importer.py``, which reads, checks and writes each bundle.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import IO

from sqlalchemy import Connection, func, select

from desktop.core.models import BundleReceipt, Device, HeldBundle, Team
from desktop.sync import rejections, revocations
from desktop.sync.change_records import ChangeRecord
from desktop.sync.errors import BundleError
from desktop.sync.import_connection import CommitGroup, bundle_transaction
from desktop.sync.import_devices import KnownDevice
from desktop.sync.manifest import Manifest
from desktop.sync.ownership import COORDINATOR, FIELD

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
    # The tables it wrote (its changes' entities, and what an erasure scrubbed or a deleted code moved with
    # them): what the pages are told changed, so a page of memos, surveys or attendance reads again.
    tables: frozenset[str] = frozenset()
    # Held: the bundle was on the waiting list already (imported again, kept once), so a summary does
    # not count it as one more file held.
    already_waiting: bool = False
    # Held: the fingerprint of the key that signed it. One device id may wait under two keys (a restored
    # laptop signing anew, an outsider copying a genuine id): each is decided on its own.
    fingerprint: str = ""
    # Held: a new key of a device on the roster whose key was revoked (its restored backup signing anew), not a
    # device unknown here: said so, with the roster's label, rather than "not on the roster".
    new_key: bool = False


@dataclass
class Batch:
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
    def load(cls, conn: Connection, own_device: str, latest_ms: int) -> Batch:
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


@dataclass(frozen=True)
class Prepared:
    """A file read and verified, before any database work (or why it cannot be used)."""

    name: str
    digest: str = ""
    manifest: Manifest | None = None
    records: list[ChangeRecord] = field(default_factory=list)
    refusal: BundleError | None = None
    already_present: bool = False
    archive: bytes | IO[bytes] = b""  # the verified, decrypted ZIP, or a file of it (kept if the bundle is held)
