"""What an erasure cannot reach, named: the copies made while the erased words existed.

Every export that holds participants' data is recorded when it is written (workbooks, REFI-QDA
projects, PDFs, bundles, backups: what, when, where). The record stays on this laptop: a path here
means nothing elsewhere. After an erasure, the report lists the exports made before the latest
erasure applied here, and the backups still in the backup folder that are older than it; those
backups can be rewritten without the words (``rewrite_backups``).

At the centre it also lists the bundles on hold (devices not on the roster, issue 10): their signed
archives wait unapplied inside this database and cannot be scrubbed without breaking the signature.
Every held bundle is listed once this database has an erasure, whenever it arrived: one received
after the erasure may come from a laptop that had not yet applied it and still sends the words. The
archives are not opened to tell (they may be hundreds of megabytes, and the report is made after
every withdrawal), so the report says they *may* hold erased words. Approving one applies it and
the erasure then scrubs its rows (``erasure_sync.after_apply``); rejecting one deletes it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, insert, select, update

from desktop.core import backups, changes, erasure, erasure_file
from desktop.core.db import Store, open_store
from desktop.core.erasure_codes import CodeToReview, codes_for_withdrawn_quotes, codes_to_review
from desktop.core.errors import DamagedDatabase, EnvironmentProblem, WrongPassphrase
from desktop.core.held_bundles import waiting_devices
from desktop.core.models import ChangeLog, Erasure, ExportRecord, HeldBundle, LocalState
from desktop.core.sqlcipher_file import classify
from desktop.core.store_lock import lock_path

KINDS = ("xlsx", "qdpx", "pdf", "bundle", "backup", "held")


@dataclass(frozen=True)
class ReportItem:
    kind: str  # xlsx|qdpx|pdf|bundle|backup|held
    made_at: str  # UTC, ISO 8601 (a held bundle: when it was received)
    where: str  # the path as written ("" for a held bundle: it is inside this database)
    #: A held bundle: the sending device's name as ``device pending`` shows it (sanitised when held).
    device: str = ""
    #: A held bundle: the number ``device approve|reject`` takes (its device's, as ``device pending`` shows).
    held: int = 0
    #: A held bundle: its device's id (named by it when it has no name, as ``device pending`` does).
    device_id: str = ""

    def as_dict(self) -> dict[str, str | int]:
        out: dict[str, str | int] = {"kind": self.kind, "made_at": self.made_at, "where": self.where}
        if self.kind == "held":
            out.update(device=self.device, held=self.held, device_id=self.device_id)
        return out


@dataclass(frozen=True)
class Report:
    erased_at: str  # when the latest erasure was applied here ("" when none)
    items: tuple[ReportItem, ...]
    #: Whether this database has any erasure (``has_erasure``): without one there is nothing to report,
    #: which "no copies made before the erasure are known" did not say.
    any_erasure: bool = True
    #: Codes used on the words of a participant erased of everything whose memo or examples may quote
    #: them (``erasure_codes``): for a person to read, as no rule can.
    codes: tuple[CodeToReview, ...] = ()
    #: Codes used on the words of participants who withdrew consent to be quoted (nothing erased), less
    #: those in ``codes``: their texts go out with every export and may quote them (``erasure_codes``).
    quote_codes: tuple[CodeToReview, ...] = ()

    @property
    def to_show(self) -> bool:
        """Whether there is anything for a person to act on: a copy to list, or a code to read."""
        return bool(self.items or self.codes or self.quote_codes)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def record_export(store: Store, kind: str, path: str | os.PathLike[str]) -> None:
    """Remember that a file holding participants' data was written (never its content)."""
    with store.engine.begin() as conn:
        conn.execute(insert(ExportRecord).values(
            kind=kind, path=str(Path(path).resolve()), made_at=utc_now(), hlc=""))


def noted_export(kind: str, path: str | os.PathLike[str]) -> ExportRecord:
    """:func:`record_export`'s row, added by a writer in its own transaction (a bundle with its position)."""
    return ExportRecord(kind=kind, path=str(Path(path).resolve()), made_at=utc_now(), hlc="")


def forget_unwritten(store: Store, kind: str, path: str | os.PathLike[str]) -> bool:
    """Take back the newest record of a copy that was never written: a printout is noted when it is read
    (so that an erasure in between cannot miss it), and a Cancel or a failure before it took its name
    left the report naming a file no one could find. Only while no file is at that path; True if a
    record was taken back."""
    where = Path(path).resolve()
    if where.exists():
        return False
    with store.engine.begin() as conn:
        newest = conn.execute(
            select(ExportRecord.id).where(ExportRecord.kind == kind, ExportRecord.path == str(where))
            .order_by(ExportRecord.id.desc()).limit(1)).scalar()
        if newest is None:
            return False
        conn.execute(delete(ExportRecord).where(ExportRecord.id == newest))
    return True


def record_or_take_back(store: Store, kind: str, path: str | os.PathLike[str]) -> None:
    """:func:`record_export` of a file just written; when it cannot be remembered (another program holds
    the database, a full disk), the file is removed again and the failure raised (an environment
    problem said as such): a copy of participants' words that no erasure report would ever name is
    not left behind, under a message that says nothing was saved. So too when the write of the record is
    stopped by a Ctrl+C (``majlis-cli export …``): its transaction is rolled back, and the file went on
    holding the participants' words unrecorded under ``majlis-cli: interrupted``."""
    try:
        record_export(store, kind, path)
    except BaseException as exc:
        Path(path).unlink(missing_ok=True)
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: as they are
            raise
        problem = classify(exc) if not isinstance(exc, EnvironmentProblem) else None
        if problem is not None:
            raise problem from exc
        raise


def erased_at(store: Store) -> str:
    return store.get_state(erasure.ERASED_AT_KEY, "")


def has_erasure(store: Store) -> bool:
    """Whether this database has an erasure: applied here, or one that found nothing here yet (it
    still covers what a held bundle may bring). Then every held bundle may hold erased words."""
    if erased_at(store):
        return True
    with store.session() as s:
        return s.execute(select(Erasure.id).where(Erasure.deleted.is_(False)).limit(1)).first() is not None


def report(store: Store) -> Report:
    when = erased_at(store)
    erased = has_erasure(store)
    with store.session() as s:
        held = held_bundles(s.connection()) if erased else []
        codes = tuple(codes_to_review(s)) if erased else ()
        quote_codes = tuple(codes_for_withdrawn_quotes(s, codes))  # with an erasure or without
    if not when:
        return Report("", tuple(held), erased, codes, quote_codes)
    with store.session() as s:
        rows = s.execute(
            select(ExportRecord.kind, ExportRecord.made_at, ExportRecord.path)
            .where(ExportRecord.made_at <= when, ExportRecord.kind != "backup")
            .order_by(ExportRecord.made_at, ExportRecord.id)
        ).all()
    items = [ReportItem(str(k), str(m), str(p)) for k, m, p in rows]
    items += [ReportItem("backup", made, str(path)) for path, made in stale_backups(store.path, when)]
    items += held
    items.sort(key=lambda i: (i.made_at, i.kind, i.where))
    return Report(when, tuple(items), codes=codes, quote_codes=quote_codes)


def held_bundles(conn: Connection) -> list[ReportItem]:
    """Every bundle on hold, oldest first: when received, its device's name and the number a
    coordinator types to approve or reject it (the first of that device's held bundles, as in
    ``desktop.sync.roster.pending``). Never its content: the archive is not read."""
    device = waiting_devices().subquery()
    rows = conn.execute(
        select(HeldBundle.received_at, device.c.name, device.c.number, HeldBundle.device_id)
        .join(device, (device.c.device_id == HeldBundle.device_id) & (device.c.public_key == HeldBundle.public_key))
        .order_by(HeldBundle.id)
    ).all()
    return [ReportItem("held", _utc_offset(str(received or "")), "", str(name or ""), int(number), str(device_id))
            for received, name, number, device_id in rows]


def _utc_offset(stamp: str) -> str:
    """A bundle's ``...Z`` time stamp written like the others here (``...+00:00``)."""
    return stamp[:-1] + "+00:00" if stamp.endswith("Z") else stamp


def stale_backups(db_path: Path, when: str) -> list[tuple[Path, str]]:
    """Backups in the backup folder last written before ``when`` (a rewritten one is newer), by
    absolute path, like the exports: a coordinator acts on the report from any folder, and a
    database opened by a relative path would otherwise name its backups relative to wherever the
    command ran."""
    out = []
    for path in backups.list_backups(Path(db_path).resolve()):
        made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).isoformat(timespec="seconds")
        if made <= when:
            out.append((path, made))
    return out


def rewrite_backups(db_path: Path, passphrase: str, *, not_opened: list[Path] | None = None) -> int:
    """Apply every erasure of the database to each of its backups, in place; returns how many.

    ``passphrase`` must open the database itself (else WrongPassphrase, nothing rewritten). A backup
    made before a passphrase change keeps the old one: it is left as it is and added to
    ``not_opened`` (it still holds the words; the report goes on naming it), and the other backups
    are still rewritten.
    """
    rows, when = _erasures_of(db_path, passphrase)
    done = 0
    for path in backups.list_backups(db_path):
        # Each keeps the database's time of erasure, not the rewrite's: restored later, it would
        # otherwise name as holding the words every backup made between the two.
        if not _apply_erasures(path, passphrase, rows, single_file=True, erased_at=when):
            if not_opened is not None:
                not_opened.append(path)
            continue
        _newer_than(path, when)
        done += 1
    return done


def carry_erasures(replaced: Path, restored: Path, passphrase: str) -> int:
    """After a restore: the erasures the replaced database held, applied to the one restored from a
    backup made before them, so that going back to a backup never brings erased words back. Returns
    how many the restored database lacked; 0 as well when the replaced one does not open with this
    passphrase (changed since the backup)."""
    try:
        rows, when = _erasures_of(replaced, passphrase, single_file=True)  # kept in the backups folder
    except (WrongPassphrase, DamagedDatabase):
        return 0
    if not rows:
        return 0
    live = open_store(restored, passphrase, backup_before_upgrade=False)
    try:
        with live.session() as s:
            have = set(s.scalars(select(Erasure.id)))
    finally:
        live.close()
    missing = [r for r in rows if r["id"] not in have]
    if missing:
        # Erased here when the copy replaced erased them, not now: no copy was made of the restored
        # database before the words went, and the report names the backups older than that time.
        _apply_erasures(restored, passphrase, rows, single_file=False, erased_at=when)
    return len(missing)


def carry_export_records(replaced: Path, restored: Path, passphrase: str) -> int:
    """After a restore: the records of the exports the copy replaced made (after the backup, most
    of them) kept in the restored database, so that a later erasure still names the workbooks, PDFs
    and bundles written then, which hold the words. Returns how many it lacked; 0 as well when the
    copy replaced does not open with this passphrase (changed since the backup)."""
    try:
        with _opened(replaced, passphrase, single_file=True) as copy, copy.session() as s:
            made = [tuple(r) for r in s.execute(select(
                ExportRecord.kind, ExportRecord.path, ExportRecord.made_at, ExportRecord.hlc).order_by(ExportRecord.id))]
    except (WrongPassphrase, DamagedDatabase):
        return 0
    if not made:
        return 0
    live = open_store(restored, passphrase, backup_before_upgrade=False)
    try:
        with live.engine.begin() as conn:
            have = {tuple(r) for r in conn.execute(select(ExportRecord.kind, ExportRecord.path, ExportRecord.made_at))}
            missing = [r for r in made if r[:3] not in have]
            if missing:
                conn.execute(insert(ExportRecord), [dict(kind=k, path=p, made_at=m, hlc=h) for k, p, m, h in missing])
        return len(missing)
    finally:
        live.close()


@contextmanager
def _opened(db_path: Path, passphrase: str, *, single_file: bool) -> Iterator[Store]:
    """The database at ``db_path`` opened; ``single_file``: a backup, left without the lock file
    opening it made."""
    had_lock = lock_path(db_path).exists()
    try:
        store = open_store(db_path, passphrase, backup_before_upgrade=False)
    except BaseException:
        if single_file and not had_lock:
            lock_path(db_path).unlink(missing_ok=True)
        raise
    try:
        yield store
    finally:
        store.close()
        if single_file and not had_lock:
            lock_path(db_path).unlink(missing_ok=True)


def log_own_erasures(restored: Path, passphrase: str) -> int:
    """After a restore: this device's erasures that the restored database holds without their change
    (carried over from the copy replaced, or put into the backup by ``rewrite_backups``) are logged
    again in its new epoch, so the next bundle takes them to the centre: a withdrawal made after the
    backup would otherwise stay on this laptop, and the centre keep the words. One the backup's log
    already holds is not sent twice; one the centre already had arrives again harmlessly (the same
    row, dated as it was made). Returns how many were logged."""
    live = open_store(restored, passphrase, backup_before_upgrade=False)
    try:
        with live.transaction() as s:
            logged = select(ChangeLog.row_id).where(
                ChangeLog.entity == Erasure.__tablename__, ChangeLog.device_id == live.device_id)
            unlogged = s.scalars(select(Erasure).where(
                Erasure.origin_device == live.device_id, Erasure.id.not_in(logged))
                .order_by(Erasure.created_at, Erasure.id)).all()
            for row in unlogged:
                changes.log_again(s, row)
        return len(unlogged)
    finally:
        live.close()


def _erasures_of(db_path: Path, passphrase: str, *, single_file: bool = False) -> tuple[list[dict[str, object]], str]:
    """The erasure rows of a database, and when its latest erasure was applied. ``single_file``: a
    backup, left without the lock file opening it made."""
    had_lock = lock_path(db_path).exists()
    try:
        live = open_store(db_path, passphrase, backup_before_upgrade=False)
    except BaseException:
        if single_file and not had_lock:
            lock_path(db_path).unlink(missing_ok=True)
        raise
    try:
        with live.session() as s:
            rows = [
                {c.name: getattr(e, c.key) for c in Erasure.__table__.columns}
                for e in s.scalars(select(Erasure).where(Erasure.deleted.is_(False)))
            ]
        return rows, erased_at(live)
    finally:
        live.close()
        if single_file and not had_lock:
            lock_path(db_path).unlink(missing_ok=True)


def _apply_erasures(path: Path, passphrase: str, rows: list[dict[str, object]], *, single_file: bool,
                    erased_at: str = "") -> bool:
    """Insert the erasure rows ``path`` lacks and apply every erasure there, then purge its file.
    False when it does not open with this passphrase (or is damaged). ``single_file``: a backup, which
    stays one file (the lock beside it is only for while it is open). ``erased_at``: the time to
    keep as when the words were erased there (else the time of this application, if it erased any)."""
    had_lock = lock_path(path).exists()
    try:
        copy = open_store(path, passphrase, backup_before_upgrade=False)
    except (WrongPassphrase, DamagedDatabase):  # a damaged backup cannot be rewritten either
        if single_file and not had_lock:
            lock_path(path).unlink(missing_ok=True)
        return False
    try:
        with copy.transaction(replicating=True) as s:
            conn = s.connection()
            have = set(conn.execute(select(Erasure.id)).scalars())
            fresh = [r for r in rows if r["id"] not in have]
            if fresh:
                conn.execute(insert(Erasure), fresh)
            erased = erasure.ScrubCount()
            for rule in erasure.rules(conn):
                erased += erasure.apply_rule(conn, rule)
            if erased.anything and erased_at:
                conn.execute(update(LocalState).where(LocalState.key == erasure.ERASED_AT_KEY)
                             .values(value=erased_at))
        erasure_file.purge_file(copy)
    finally:
        copy.close()
        if single_file and not had_lock:
            lock_path(path).unlink(missing_ok=True)
    return True


def _newer_than(path: Path, when: str) -> None:
    """A rewritten backup is told from a stale one by being written after the erasure (``report``
    compares whole seconds): one rewritten within the erasure's own second (``consent withdraw
    --rewrite-backups`` of a small database) was named by every later report as still holding the
    words. Its time is then set to the next second."""
    if not when:
        return
    after = dt.datetime.fromisoformat(when).timestamp() + 1
    if path.stat().st_mtime < after:
        os.utime(path, (after, after))
