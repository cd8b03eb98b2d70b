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
the roster's look-up, impostor check and note in ``import_devices.py``; the outcomes, the run's batch
and a verified file in ``import_batch.py``; applying one bundle in ``import_apply.py``.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Sequence
from typing import IO, cast

from pyrage import x25519
from sqlalchemy import Connection, bindparam, insert, select
from sqlalchemy.exc import NoResultFound

from desktop.core import migrate
from desktop.core.db import Store
from desktop.core.erasure_file import purge_if_pending
from desktop.core.fingerprints import key_fingerprint
from desktop.core.models import HeldBundle
from desktop.core.sanitise import printable
from desktop.i18n.catalogue import QT_TRANSLATE_NOOP
from desktop.sync import clash_log, held_archive, held_limits, revocations
from desktop.sync.bundle_file import read_bundle_file
from desktop.sync.bundle_format import with_other_team_named
from desktop.sync.bundle_reader import open_bundle
from desktop.sync.bundle_stream import OpenedBundle, open_archive
from desktop.sync.change_records import ChangeChecker
from desktop.sync.errors import (
    BundleError,
    HeldForApprovalError,
    NewerSchemaError,
    NotABundleError,
    NotEnrolledError,
    RejectedDeviceError,
    RevokedKeyError,
    SeqClashError,
    UnreadableError,
    WaitingListFullError,
)
from desktop.sync.held_numbers import next_held_number
from desktop.sync.import_apply import PRESENT_MESSAGE, AlreadyPresent, apply_bundle
from desktop.sync.import_batch import Batch, ImportOutcome, Prepared
from desktop.sync.import_connection import (
    CommitGroup,
    bundle_transaction,
    collector_paused,
    import_connection,
    let_go,
)
from desktop.sync.manifest import Manifest, sha256_hex, utc_now_iso
from desktop.sync.touched_sessions import Concerned, with_their_turns

__all__ = ["HELD_CODE", "HELD_MESSAGE", "ImportOutcome", "import_file", "import_files", "import_held"]

_known_revisions = functools.cache(migrate.known_revisions)

# Marked for the catalogue: untranslated, an Arabic or Kurdish screen said its code's general line instead,
# "not an age-encrypted file", of an encrypted file.
_A_TEAM_UPDATE = QT_TRANSLATE_NOOP("BundleError", "This is a team update, not a bundle of changes.")


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
        batch = Batch.load(conn, store.device_id, store.clock.latest_ms())
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
        batch = Batch.load(conn, store.device_id, store.clock.latest_ms())
        prepared = _prepare(source, identities, batch)
        (outcome,) = _sessions_named(conn, [_write(store, conn, batch, prepared)])
        let_go(prepared.records)
    purge_if_pending(store)
    return outcome


def _prepare(
    source: str | os.PathLike[str] | bytes, identities: Sequence[x25519.Identity], batch: Batch
) -> Prepared:
    name = "<bytes>" if isinstance(source, bytes) else str(source)
    digest = ""
    try:
        if batch.team_id is None:
            raise NotEnrolledError()
        data = read_bundle_file(source)
        digest = sha256_hex(data)
        if digest in batch.receipts:  # the very same file again: no need to open it
            return Prepared(name, digest, already_present=True)
        opened = open_bundle(data, identities, expected_team_id=batch.team_id)
        del data  # the decrypted archive is what is kept from here on
        return _checked(name, digest, opened, batch)
    except BundleError as exc:
        return Prepared(name, digest, refusal=with_other_team_named(exc, name, batch.team_id))
    except OSError as exc:
        return Prepared(name, digest, refusal=UnreadableError(f"The file cannot be read ({exc.strerror or exc})."))


def _checked(name: str, digest: str, opened: OpenedBundle, batch: Batch) -> Prepared:
    """Every change of an opened bundle read, parsed and checked (values, clocks) block by block,
    keeping only compact records; BundleError if not. A file altered on the way is refused as such
    (its hash or counts), whatever else is wrong with its content."""
    try:
        manifest = opened.manifest
        if manifest.kind != "changes":
            raise NotABundleError(_A_TEAM_UPDATE)
        if manifest.schema_revision not in _known_revisions():
            raise NewerSchemaError()
        checker = ChangeChecker(manifest, opened.attachments, latest_ms=batch.latest_ms)
        try:
            for block in opened.change_blocks():
                checker.add(block)
        except BundleError as exc:
            raise (opened.integrity_problem() or exc) from None
        return Prepared(name, digest, manifest, checker.records, archive=opened.archive)
    finally:
        opened.close()
        _let_go_attachments(opened.attachments)


def _let_go_attachments(attachments: dict[str, bytes]) -> None:
    """Free a checked bundle's attachments one at a time (the records keep what they restored).

    Freeing a few hundred megabytes of scans in one go (the map dropped with the opened bundle) gave
    their memory back to the system in one stretch of C, ~70 ms for 360 MB here, with the lock held."""
    while attachments:
        attachments.popitem()


def _write(store: Store, conn: Connection, batch: Batch, prepared: Prepared) -> ImportOutcome:
    name = prepared.name
    if prepared.already_present or prepared.digest in batch.receipts:
        # Known by its hash, even if it could not be opened here now.
        return _present(conn, batch, name, prepared.digest)
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
        return _hold(conn, batch, prepared, prepared.manifest, known.label if known is not None else None)
    try:
        return apply_bundle(store, conn, batch, prepared, prepared.manifest, prepared.records)
    except AlreadyPresent:
        return ImportOutcome(name, "already_present", message=PRESENT_MESSAGE)
    except BundleError as exc:
        if isinstance(exc, SeqClashError):
            clash_log.record(store, exc, conn)  # outside the database: bundle status names it
        return ImportOutcome(name, "refused", exc.code, exc.message)


#: An already-present file signed with a key revoked since it was imported (ImportOutcome.code).
REVOKED_SINCE = "revoked_since"


def _present(conn: Connection, batch: Batch, name: str, digest: str) -> ImportOutcome:
    """A file imported before: already present. One of a laptop revoked since says so (a stick read again
    after a laptop was lost): what it brought stays applied and nothing changes, so it is not refused (a
    script re-running a stick must not fail), but the line must not read as if the lost laptop's file
    were fine."""
    device = revocations.revoked_since_imported(conn, digest) if batch.revoked else None
    if device is None:
        return ImportOutcome(name, "already_present", message=PRESENT_MESSAGE)
    known = batch.devices.get(device)
    return ImportOutcome(name, "already_present", REVOKED_SINCE, PRESENT_MESSAGE, device_id=device,
                         device_name=printable(known.label if known else ""))


# --- the waiting list: bundles of devices not on the roster ------------------------------------------


def _hold(conn: Connection, batch: Batch, prepared: Prepared, manifest: Manifest,
          revoked_label: str | None = None) -> ImportOutcome:
    """Keep a verified bundle of an unknown device, unapplied, for a coordinator to approve.
    ``revoked_label``: the device is on the roster, its key revoked, and this is its new key (its label
    there names it)."""
    held = batch.held if batch.held is not None else set()
    waiting = prepared.digest in held
    if not waiting:
        with batch.transaction(conn, len(prepared.records)):
            waiting = conn.execute(
                select(HeldBundle.id).where(HeldBundle.bundle_hash == prepared.digest)).first() is not None
            if not waiting and not held_limits.has_room(conn, manifest.device_id, manifest.device_public_key,
                                                        _archive_size(prepared.archive)):
                full = WaitingListFullError()  # nothing written: what waits stays, this file comes again
                return ImportOutcome(prepared.name, "refused", full.code, full.message, device_id=manifest.device_id,
                                     device_name=printable(manifest.device_name))
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
        device_name=printable(revoked_label or manifest.device_name), seq_from=manifest.seq_from,
        seq_to=manifest.seq_to, already_waiting=waiting, fingerprint=key_fingerprint(manifest.device_public_key),
        new_key=revoked_label is not None,
    )


def _archive_size(archive: bytes | IO[bytes]) -> int:
    if isinstance(archive, bytes | bytearray | memoryview):
        return len(archive)
    return archive.seek(0, os.SEEK_END)


HELD_CODE = HeldForApprovalError.code
HELD_MESSAGE = HeldForApprovalError.default_message


_HELD_STILL = select(HeldBundle.id).where(HeldBundle.id == bindparam("held"))


def import_held(store: Store, device_id: str, public_key: str,
                done: Callable[[ImportOutcome], None] | None = None) -> list[ImportOutcome]:
    """Apply the bundles held for a device now on the roster, oldest first, each under every rule
    of an import; each one is then discarded from the waiting list, applied or refused. ``done``
    hears each outcome once it is committed and off the waiting list: a run that then fails (the disk
    full, Ctrl+C) has still applied those, and its caller can say which."""
    with store.session() as s:
        rows = s.execute(
            select(HeldBundle.id, HeldBundle.bundle_hash)
            .where(HeldBundle.device_id == device_id, HeldBundle.public_key == public_key)
            .order_by(HeldBundle.epoch, HeldBundle.seq_from, HeldBundle.id)
        ).all()
    outcomes = []
    with import_connection(store) as conn, collector_paused():
        batch = Batch.load(conn, store.device_id, store.clock.latest_ms())
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
                prepared = Prepared(name, digest, refusal=exc)
            outcomes.append(_write(store, conn, batch, prepared))
            archive.close()  # its pieces given back one by one
            let_go(prepared.records)
            with bundle_transaction(conn):
                held_archive.discard(conn, [held_id])
            (done or _told_no_one)(outcomes[-1])
        outcomes = _sessions_named(conn, outcomes)
    purge_if_pending(store)
    return outcomes
