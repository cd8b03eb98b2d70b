"""After a restore: the withdrawals the database replaced held, kept in the one restored, and what
of its never-exported work really stays behind in the kept copy.

A full withdrawal writes an ``Erasure`` row (carried by ``erasure_report.carry_erasures`` and
logged again by ``erasure_report.log_own_erasures``) and also marks every consent record of the
participant withdrawn (``withdrawn_at``, ``withdrawal_scope``). A backup made before the withdrawal
has the records unmarked: without this, the restored laptop's consent register and consent record
PDF, and the centre's, never showed the withdrawal. The marks of the participants erased in the
copy replaced are written into the restored database, dated as they were made, and logged again as
this device's changes in its new epoch so that the next bundle takes them to the centre (one the
centre already had arrives again harmlessly: same values, same time).
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
from desktop.core.models import ChangeLog, ConsentRecord, Erasure
from desktop.core.store_lock import lock_path

FIELDS = ("withdrawn_at", "withdrawal_scope")


@dataclass(frozen=True)
class _Withdrawn:
    record_id: str
    values: dict[str, str | None]
    versions: dict[str, str]  # when each field was written (its HLC)


def _withdrawn_records(kept: Path, passphrase: str) -> list[_Withdrawn]:
    """The withdrawn consent records of the participants erased in the copy at ``kept`` (in the
    backups folder: it stays one file, the lock opening it made goes again)."""
    had_lock = lock_path(kept).exists()
    try:
        store = open_store(kept, passphrase, backup_before_upgrade=False)
    except BaseException:
        if not had_lock:
            lock_path(kept).unlink(missing_ok=True)
        raise
    try:
        with store.session() as s:
            erased = select(Erasure.participant_id).where(
                Erasure.scope == "all", Erasure.deleted.is_(False), Erasure.participant_id != "")
            records = s.scalars(select(ConsentRecord).where(
                ConsentRecord.participant_id.in_(erased), ConsentRecord.deleted.is_(False),
                ConsentRecord.withdrawn_at.is_not(None)).order_by(ConsentRecord.id))
            return [_Withdrawn(r.id, {k: getattr(r, k) for k in FIELDS},
                               {k: changes.field_version(r, k) for k in FIELDS}) for r in records]
    finally:
        store.close()
        if not had_lock:
            lock_path(kept).unlink(missing_ok=True)


def carry_withdrawals(replaced: Path, restored: Path, passphrase: str) -> int:
    """Write the withdrawal marks of erased participants' consent records from the copy replaced
    into the restored database where the copy's are newer, and log them again as this device's
    changes in its new epoch. Returns how many records were marked; 0 as well when the copy
    replaced does not open with this passphrase (changed since the backup)."""
    try:
        kept = _withdrawn_records(replaced, passphrase)
    except (WrongPassphrase, DamagedDatabase):
        return 0
    if not kept:
        return 0
    store = open_store(restored, passphrase, backup_before_upgrade=False)
    marked = 0
    try:
        with store.transaction() as s:
            for w in kept:
                row = s.get(ConsentRecord, w.record_id)
                if row is None:  # recorded after the backup: in the kept copy only
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
        return marked
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
