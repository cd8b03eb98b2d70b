"""After a restore: the consent the database replaced held, kept in the one restored, and what of
its work really stays behind in the kept copy.

A withdrawal marks consent records withdrawn (``withdrawn_at``, ``withdrawal_scope``): "quotes"
(never quoted again, the speech stays) or "all" (which also writes an ``Erasure`` row, carried by
``erasure_report.carry_erasures`` and logged again by ``erasure_report.log_own_erasures``). A backup
made before the withdrawal has the records unmarked: without this, the restored laptop quoted a
participant who had withdrawn consent to be quoted, its consent register and consent record PDFs
showed no withdrawal, and so did the centre's after the next bundle. The marks of the copy replaced
that win over the restored database's by the merge's rule (``withdrawal_rule``: wider, or as wide and
newer) are written into the restored database, dated as they were made, and logged again as
this device's changes in its new epoch so that the next bundle takes them to the centre (one the
centre already had arrives again harmlessly: same values, same time).

A consent record this laptop recorded after the backup (consent given again, perhaps refusing now to
be quoted) is carried too when its participant, session and form are in the restored database:
without it the older consent would decide again. It is logged again as it is (its insert dated as it
was made, and each field written later at its own time). One whose participant, session or form the
restored database lacks stays in the kept copy; the restore says how many.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session as OrmSession

from desktop.core import changes, erasure, withdrawal_rule
from desktop.core.db import Store, open_store
from desktop.core.errors import DamagedDatabase, WrongPassphrase
from desktop.core.models import ChangeLog, ConsentRecord, ConsentTemplate, Participant, Session
from desktop.core.store_lock import lock_path

FIELDS = withdrawal_rule.FIELDS
TABLE = cast(Table, ConsentRecord.__table__)
ENTITY = ConsentRecord.__tablename__


@dataclass(frozen=True)
class _Withdrawn:
    record_id: str
    values: dict[str, str | None]
    versions: dict[str, str]  # when each field was written (its HLC)


@dataclass(frozen=True)
class Carried:
    marked: int  # consent records of the restored database whose withdrawal was carried
    records_carried: int  # consent records recorded after the backup, now in the restored database
    records_left: int  # live consent records of the copy replaced the restored database still lacks


def carry_consent(replaced: Path, restored: Path, passphrase: str) -> Carried:
    """Write into the restored database the withdrawal marks of the consent records of the copy
    replaced (quotes only or all) where the copy's are newer, and this laptop's consent records the
    copy holds and the restored database lacks where their participant, session and form are there;
    log both again as this device's changes in its new epoch. Nothing when the copy replaced does
    not open with this passphrase (changed since the backup)."""
    had_lock = lock_path(replaced).exists()  # in the backups folder: it stays one file
    try:
        copy = open_store(replaced, passphrase, backup_before_upgrade=False)
    except (WrongPassphrase, DamagedDatabase):
        if not had_lock:
            lock_path(replaced).unlink(missing_ok=True)
        return Carried(0, 0, 0)
    except BaseException:
        if not had_lock:
            lock_path(replaced).unlink(missing_ok=True)
        raise
    try:
        return _carry(copy, restored, passphrase)
    finally:
        copy.close()
        if not had_lock:
            lock_path(replaced).unlink(missing_ok=True)


def _carry(copy: Store, restored: Path, passphrase: str) -> Carried:
    with copy.session() as c:
        live = {r.id: r for r in c.execute(select(
            TABLE.c.id, TABLE.c.participant_id, TABLE.c.session_id, TABLE.c.template_id, TABLE.c.origin_device,
            TABLE.c.created_at).where(TABLE.c.deleted.is_(False)))}
        withdrawn = [_Withdrawn(r.id, {k: getattr(r, k) for k in FIELDS},
                                {k: changes.field_version(r, k) for k in FIELDS})
                     for r in c.scalars(select(ConsentRecord).where(
                         ConsentRecord.deleted.is_(False), ConsentRecord.withdrawn_at.is_not(None)))]
    if not live:
        return Carried(0, 0, 0)
    store = open_store(restored, passphrase, backup_before_upgrade=False)
    try:
        with store.transaction() as s:
            have = set(s.scalars(select(ConsentRecord.id)))
            missing = [r for record_id, r in live.items() if record_id not in have]
            people = set(s.scalars(select(Participant.id).where(Participant.deleted.is_(False))))
            sessions = set(s.scalars(select(Session.id).where(Session.deleted.is_(False))))
            forms = set(s.scalars(select(ConsentTemplate.id)))
            carried = sorted(
                (r for r in missing if r.origin_device == store.device_id and r.participant_id in people
                 and (r.session_id is None or r.session_id in sessions) and r.template_id in forms),
                key=lambda r: (r.created_at, r.id))
            with copy.session() as c:
                _insert_again(s, c, [r.id for r in carried])
            marked = sum(_mark(s, w) for w in withdrawn if w.record_id in have)
        return Carried(marked, len(carried), len(missing) - len(carried))
    finally:
        store.close()


def _insert_again(s: OrmSession, copy: OrmSession, ids: list[str]) -> None:
    """Put these records of the copy replaced into the restored database as they are, and log them:
    the insert dated as it was made, each field written later at the time it was written."""
    if not ids:
        return
    by_id = {row["id"]: dict(row) for row in copy.execute(select(TABLE).where(TABLE.c.id.in_(ids))).mappings()}
    # Through the table, not the ORM: the record keeps its id, times and origin.
    s.execute(insert(TABLE), [by_id[i] for i in ids])
    for record_id in ids:
        row = s.get(ConsentRecord, record_id)
        assert row is not None
        changes.log_again(s, row)
        later = {k: v for k, v in (row.versions or {}).items() if str(v) > str(row.created_at)}
        for hlc in sorted(set(later.values())):
            changes.log_fields_again(s, ENTITY, record_id, {
                k: changes.to_json_value(getattr(row, k)) for k, v in later.items() if v == hlc}, hlc)
    # What the erasures the restored database holds cover never comes back with them.
    erasure.enforce(s.connection(), [(ENTITY, i) for i in ids])


def _mark(s: OrmSession, w: _Withdrawn) -> bool:
    """The copy's withdrawal marks of one record, where they replace the restored database's
    (``withdrawal_rule.replacing``: wider, or as wide and newer)."""
    row = s.get(ConsentRecord, w.record_id)
    if row is None:
        return False
    # The merge's rule, not the latest alone: a withdrawal of everything the copy holds replaces
    # a newer one of quotes here (the centre's, say, from a laptop whose clock was behind).
    newer = withdrawal_rule.replacing({k: getattr(row, k) for k in FIELDS},
                                      {k: changes.field_version(row, k) for k in FIELDS}, w.values, w.versions)
    if not newer:
        return False
    versions = {**(row.versions or {}), **{k: w.versions[k] for k in newer}}
    stamp = max([row.updated_at or "", *(w.versions[k] for k in newer)])
    # Through the table, not the ORM: the fields keep the time they were written at.
    s.execute(update(TABLE).where(TABLE.c.id == row.id).values(**newer, versions=versions, updated_at=stamp))
    for hlc in sorted({w.versions[k] for k in newer}):
        changes.log_fields_again(s, ENTITY, row.id, {k: v for k, v in newer.items() if w.versions[k] == hlc}, hlc)
    return True


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
        # An insert logged again carries the row as it is now (a consent record withdrawn since it
        # was recorded), and what was written later is logged again too: the first insert travels.
        return any((op == their_op == "insert") or (op == "update" or op == their_op)
                   and all(k in theirs and theirs[k] == v for k, v in data.items())
                   for their_op, theirs in sent.get((entity, row_id), []))

    return sum(1 for change in unsent if not travels(*change))
