"""Export this device's changes as a signed, encrypted bundle.

Incremental by default: the changes after the last exported sequence number of each epoch (a
database restored from a backup starts a new epoch, and changes of an older epoch that never left
are exported first, one bundle per epoch). ``full`` exports every change of the current epoch.
The exported position is recorded only after the file is completely written. Nothing to export
means no file. An existing file is never overwritten: it may be a bundle not sent yet, whose changes
would then be lost on the way while this laptop counts them as exported (the centre would see a
gap); a folder gets a free name instead.
"""

from __future__ import annotations

import base64
import errno
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import __version__
from desktop.core import exported_position, migrate, published_forms
from desktop.core.atomic_file import NO_SUCH_FOLDER, free_name
from desktop.core.clock import wall_ms_of
from desktop.core.db import Store
from desktop.core.erasure_report import noted_export
from desktop.core.models import BundleReceipt, ChangeLog, LocalState
from desktop.core.status import epoch_positions
from desktop.sync.bundle_format import bundle_file_name, save_bundle, write_bundle
from desktop.sync.errors import BundleFileExistsError, ClockBehindError
from desktop.sync.manifest import canonical_json, sha256_hex, utc_now_iso
from desktop.sync.team import device_signing_key, require_team

LAST_HASH_KEY = "last_bundle_hash"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_hash: str
    epoch: str
    seq_from: int
    seq_to: int
    change_count: int
    attachment_count: int
    more_pending: bool  # changes of another epoch, or past this bundle's limits, wait for the next export


def exported_key(epoch: str) -> str:
    return f"exported_seq:{epoch}"


def epoch_number(epoch: str) -> int:
    try:
        return int(epoch, 16)
    except ValueError:
        return int.from_bytes(epoch.encode("utf-8")[:8], "big")


def _pending_epochs(store: Store, full: bool) -> list[tuple[str, int]]:
    """(epoch, exported seq) with changes waiting, older epochs first, the current one last."""
    pending = []
    for epoch, done, top in epoch_positions(store):
        if full and epoch == store.epoch:
            done = 0
        if top > done:
            pending.append((epoch, done))
    return pending


def _extract_attachments(data: dict[str, Any], attachments: dict[str, bytes]) -> dict[str, Any]:
    out = {}
    for key, value in data.items():
        if isinstance(value, dict) and set(value) == {"$bytes"}:
            raw = base64.b64decode(value["$bytes"])
            digest = sha256_hex(raw)
            attachments[digest] = raw
            out[key] = {"$attachment": digest}
        else:
            out[key] = value
    return out


#: What one bundle carries at most, well within what a reader accepts (bundle_stream: a member of
#: 128 MiB, 512 MiB in all, 100,000 members): more waits for the next bundle, numbered on from it.
MAX_CHANGES_BYTES = 96 * 1024 * 1024
MAX_ATTACHMENT_BYTES = 384 * 1024 * 1024
MAX_ATTACHMENTS = 50_000


def _counted(store: Store, digest: str) -> bool:
    """Whether the database counted the bundle ``digest`` as sent, after its transaction failed or was
    stopped. A Ctrl+C (or any error) that comes once the commit is done, as the transaction closes, is
    no failure to count it: taking the bundle back then left its changes counted as sent and sent by no
    file, and no later export sent them again. When even this cannot be read, the count failed."""
    try:
        with store.session() as s:
            return s.execute(select(BundleReceipt.id).where(
                BundleReceipt.bundle_hash == digest, BundleReceipt.direction == "out").limit(1)).first() is not None
    except Exception:
        return False


def export_bundle(
    store: Store,
    out: str | os.PathLike[str],
    *,
    full: bool = False,
    max_changes_bytes: int = MAX_CHANGES_BYTES,
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult | None:
    """Write the next bundle; None when there is nothing to export. A bundle that would pass the
    limits ends early (at least one change goes): ``more_pending`` says another export is needed.
    BundleFileExistsError when ``out`` is an existing file (nothing written, the position stays).
    ``cancelled`` is asked as the changes are read and up to the last moment before the bundle takes its
    name: InterruptedError, no file, the position as it was. ``progress(done, total)``: the changes
    read, the bundle made, the bundle written (the app's status bar shows them)."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise InterruptedError("export cancelled")

    target = Path(out)
    # Asked once: a USB stick's folder pulled out while the changes are read is said as gone (no such
    # folder), not taken for a file name, the bundle written beside it under the stick's name.
    into_folder = target.is_dir()
    if not into_folder and os.path.lexists(target):
        raise BundleFileExistsError(path=str(target))
    team = require_team(store)
    signing_key, device_name = device_signing_key(store)
    exported_position.check_and_heal(store)  # an older copy of the file never sends a number it already sent
    pending = _pending_epochs(store, full)
    if not pending:
        return None
    epoch, after = pending[0]
    with store.session() as s:
        rows = s.execute(
            select(ChangeLog)
            .where(ChangeLog.device_id == store.device_id, ChangeLog.epoch == epoch, ChangeLog.seq > after)
            .order_by(ChangeLog.seq)
        ).scalars().all()
        prev = s.get(LocalState, LAST_HASH_KEY)
        forms = published_forms.held_forms(s, store.device_id)  # so a centre that lost one learns its number
    attachments: dict[str, bytes] = {}
    changes: list[dict[str, Any]] = []
    changes_bytes = attachment_bytes = 0
    cut = False
    # The centre refuses a bundle holding a change dated more than a day after its clock; with the
    # right date here, such a change was recorded while this laptop's date was set ahead (or this
    # date is wrong now). Sending it would only be refused, and the position would move past it.
    latest_ms = store.clock.latest_ms()
    total = len(rows) + 2  # each change, the bundle made, the bundle written
    every = max(1, len(rows) // 100)  # a hundred steps at most: each crosses to the UI thread
    for done, row in enumerate(rows):
        if done % every == 0:
            check()
            if progress is not None:
                progress(done, total)
        if wall_ms_of(row.hlc) > latest_ms:
            if not changes:
                raise ClockBehindError(dated_until_ms=max(wall_ms_of(r.hlc) for r in rows))
            cut = True  # what came before goes; the rest waits (and the next export says why)
            break
        found: dict[str, bytes] = {}
        change = {
            "seq": row.seq,
            "epoch": row.epoch,
            "hlc": row.hlc,
            "entity": row.entity,
            "row_id": row.row_id,
            "op": row.op,
            "data": _extract_attachments(dict(row.data or {}), found),
            "base": dict(row.base or {}),
            "content_hash": row.content_hash,
        }
        size = len(canonical_json(change)) + 1
        new = {digest: raw for digest, raw in found.items() if digest not in attachments}
        more = sum(len(raw) for raw in new.values())
        if changes and (changes_bytes + size > max_changes_bytes or attachment_bytes + more > max_attachment_bytes
                        or len(attachments) + len(new) > MAX_ATTACHMENTS):
            cut = True  # the rest goes in the next bundle, numbered on from this one
            break
        changes.append(change)
        attachments.update(new)
        changes_bytes += size
        attachment_bytes += more
    rows = rows[: len(changes)]
    check()
    if progress is not None:
        progress(total - 2, total)
    seq_from, seq_to = rows[0].seq, rows[-1].seq
    number = epoch_number(epoch)
    bundle = write_bundle(
        changes,
        attachments,
        kind="changes",
        team_id=team.id,
        device_id=store.device_id,
        device_name=device_name,
        epoch=number,
        seq_from=seq_from,
        seq_to=seq_to,
        prev_bundle_hash=prev.value if prev and prev.value else None,
        schema_revision=migrate.bundle_revision(store.engine),
        app_version=__version__,
        recipients=list(team.recipients),
        signing_key=signing_key,
        forms=forms,
    )
    check()
    if progress is not None:
        progress(total - 1, total)
    path = target
    if into_folder:
        if not target.is_dir():
            raise FileNotFoundError(errno.ENOENT, NO_SUCH_FOLDER, str(target))
        path = free_name(target, bundle_file_name(team.id, store.device_id, number, seq_from, seq_to))
    try:
        digest = save_bundle(path, bundle, replace=False, cancelled=cancelled)
    except FileExistsError as exc:  # appeared while the bundle was being made
        raise BundleFileExistsError(path=str(path)) from exc
    # Only now, with the whole file on disk, does the position move; the copy is noted (an erasure report
    # names the copies it cannot reach) in the same transaction. Where the database cannot record it (the
    # laptop's own disk full, the file locked), the bundle is taken back: never on the stick uncounted here
    # (the next export would send the same numbers again, with another hash).
    exported_at = utc_now_iso()

    def remember_outside() -> None:
        # Also outside the database, with the file's hash: a restored or copied-back database knows it as its own.
        exported_position.record_export(store.device_id, epoch, seq_to, rows[-1].hlc, digest,
                                        exported_position.LastExport(exported_at, seq_from, seq_to))

    try:
        with store.transaction() as s:
            s.add(noted_export("bundle", path))
            s.merge(LocalState(key=exported_key(epoch), value=str(seq_to)))
            if epoch == store.epoch:
                s.merge(LocalState(key="exported_seq", value=str(seq_to)))
            s.merge(LocalState(key=LAST_HASH_KEY, value=digest))
            s.add(
                BundleReceipt(
                    bundle_hash=digest,
                    kind="changes",
                    device_id=store.device_id,
                    epoch=epoch,
                    seq_from=seq_from,
                    seq_to=seq_to,
                    change_count=len(changes),
                    imported_at=exported_at,
                    direction="out",
                )
            )
    except BaseException:
        if not _counted(store, digest):
            path.unlink(missing_ok=True)  # written by this call (never replaced): nobody has it yet
            raise
        # Counted, so the bundle stays on the stick: the position outside the database must know it as well,
        # or a database copied back from before it is not seen to be behind what has left (a Ctrl+C here).
        remember_outside()
        raise
    remember_outside()
    if progress is not None:
        progress(total, total)
    return ExportResult(path, digest, epoch, seq_from, seq_to, len(changes), len(attachments), len(pending) > 1 or cut)
