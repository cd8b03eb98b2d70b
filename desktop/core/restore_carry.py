"""After a restore: the withdrawals the database replaced held, kept in the one restored, and what
of its work really stays behind in the kept copy.

A withdrawal marks consent records withdrawn (``withdrawn_at``, ``withdrawal_scope``): "quotes"
(never quoted again, the speech stays) or "all" (which also writes an ``Erasure`` row, carried by
``erasure_report.carry_erasures`` and logged again by ``erasure_report.log_own_erasures``). A backup
made before the withdrawal has the records unmarked: without this, the restored laptop quoted a
participant who had withdrawn consent to be quoted, its consent register and consent record PDFs
showed no withdrawal, and so did the centre's after the next bundle. The marks the copy replaced
holds newer are written into the restored database, dated as they were made, and logged again as
this device's changes in its new epoch so that the next bundle takes them to the centre (one the
centre already had arrives again harmlessly: same values, same time).

A consent record recorded after the backup is not carried: its participant, session or form may not
be in the restored database, and without it the participant is treated as without consent there
(never quoted), which is the safe side. It stays in the kept copy; the restore says how many.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Table, select, update

from desktop.core import changes
from desktop.core.db import open_store
from desktop.core.errors import DamagedDatabase, WrongPassphrase
from desktop.core.models import ChangeLog, ConsentRecord
from desktop.core.store_lock import lock_path

FIELDS = ("withdrawn_at", "withdrawal_scope")


@dataclass(frozen=True)
class _Withdrawn:
    record_id: str
    values: dict[str, str | None]
    versions: dict[str, str]  # when each field was written (its HLC)


@dataclass(frozen=True)
class Carried:
    marked: int  # consent records of the restored database whose withdrawal was carried
    records_left: int  # live consent records of the copy replaced the restored database lacks


def _kept_records(kept: Path, passphrase: str) -> tuple[list[_Withdrawn], set[str]]:
    """The withdrawn consent records of the copy at ``kept``, and the ids of all its live ones (in
    the backups folder: it stays one file, the lock opening it made goes again)."""
    had_lock = lock_path(kept).exists()
    try:
        store = open_store(kept, passphrase, backup_before_upgrade=False)
    except BaseException:
        if not had_lock:
            lock_path(kept).unlink(missing_ok=True)
        raise
    try:
        with store.session() as s:
            live = set(s.scalars(select(ConsentRecord.id).where(ConsentRecord.deleted.is_(False))))
            records = s.scalars(select(ConsentRecord).where(
                ConsentRecord.deleted.is_(False), ConsentRecord.withdrawn_at.is_not(None))
                .order_by(ConsentRecord.id))
            return [_Withdrawn(r.id, {k: getattr(r, k) for k in FIELDS},
                               {k: changes.field_version(r, k) for k in FIELDS}) for r in records], live
    finally:
        store.close()
        if not had_lock:
            lock_path(kept).unlink(missing_ok=True)


def carry_withdrawals(replaced: Path, restored: Path, passphrase: str) -> Carried:
    """Write the withdrawal marks of the consent records of the copy replaced (quotes only or all)
    into the restored database where the copy's are newer, and log them again as this device's
    changes in its new epoch; count the copy's consent records the restored database lacks. Nothing
    (0, 0) when the copy replaced does not open with this passphrase (changed since the backup)."""
    try:
        kept, live = _kept_records(replaced, passphrase)
    except (WrongPassphrase, DamagedDatabase):
        return Carried(0, 0)
    if not live:
        return Carried(0, 0)
    store = open_store(restored, passphrase, backup_before_upgrade=False)
    marked = 0
    try:
        with store.transaction() as s:
            have = set(s.scalars(select(ConsentRecord.id)))
            for w in kept:
                row = s.get(ConsentRecord, w.record_id)
                if row is None:  # recorded after the backup: in the kept copy only (counted below)
                    continue
                newer = {k: w.values[k] for k in FIELDS
                         if w.values[k] != getattr(row, k) and w.versions[k] > changes.field_version(row, k)}
                if not newer:
                    continue
                versions = {**(row.versions or {}), **{k: w.versions[k] for k in newer}}
                stamp = max([row.updated_at or "", *(w.versions[k] for k in newer)])
                # Through the table, not the ORM: the fields keep the time they were written at.
                table = cast(Table, ConsentRecord.__table__)
                s.execute(update(table).where(table.c.id == row.id)
                          .values(**newer, versions=versions, updated_at=stamp))
                for hlc in sorted({w.versions[k] for k in newer}):
                    changes.log_fields_again(s, ConsentRecord.__tablename__, row.id,
                                             {k: v for k, v in newer.items() if w.versions[k] == hlc}, hlc)
                marked += 1
        return Carried(marked, len(live - have))
    finally:
        store.close()


def left_behind(restored: Path, unsent: Iterable[tuple[str, str, str, dict[str, object]]], passphrase: str) -> int:
    """How many of the never-exported changes of the copy replaced (``unsent``: entity, row id, op,
    data) the restored database does not send either: a carried erasure or withdrawal, logged again
    in its new epoch, travels from it and is not left behind."""
    unsent = list(unsent)
    if not unsent:
        return 0
    store = open_store(restored, passphrase, backup_before_upgrade=False)
    try:
        with store.session() as s:
            logged = s.execute(select(ChangeLog.entity, ChangeLog.row_id, ChangeLog.op, ChangeLog.data).where(
                ChangeLog.device_id == store.device_id, ChangeLog.epoch == store.epoch)).all()
    finally:
        store.close()
    sent: dict[tuple[str, str], list[tuple[str, dict[str, object]]]] = {}
    for entity, row_id, op, data in logged:
        sent.setdefault((str(entity), str(row_id)), []).append((str(op), dict(data or {})))

    def travels(entity: str, row_id: str, op: str, data: dict[str, object]) -> bool:
        return any((op == "update" or op == their_op) and all(k in theirs and theirs[k] == v for k, v in data.items())
                   for their_op, theirs in sent.get((entity, row_id), []))

    return sum(1 for change in unsent if not travels(*change))
