"""What an erasure cannot reach, named: the copies made while the erased words existed.

Every export that holds participants' data is recorded when it is written (workbooks, REFI-QDA
projects, PDFs, bundles, backups: what, when, where). The record stays on this laptop: a path here
means nothing elsewhere. After an erasure, the report lists the exports made before the latest
erasure applied here, and the backups still in the backup folder that are older than it; those
backups can be rewritten without the words (``rewrite_backups``).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select

from desktop.core import backups, erasure, erasure_file
from desktop.core.db import Store, open_store
from desktop.core.models import Erasure, ExportRecord

KINDS = ("xlsx", "qdpx", "pdf", "bundle", "backup")


@dataclass(frozen=True)
class ReportItem:
    kind: str  # xlsx|qdpx|pdf|bundle|backup
    made_at: str  # UTC, ISO 8601
    where: str  # the path as written


@dataclass(frozen=True)
class Report:
    erased_at: str  # when the latest erasure was applied here ("" when none)
    items: tuple[ReportItem, ...]


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def record_export(store: Store, kind: str, path: str | os.PathLike[str]) -> None:
    """Remember that a file holding participants' data was written (never its content)."""
    with store.engine.begin() as conn:
        conn.execute(insert(ExportRecord).values(
            kind=kind, path=str(Path(path).resolve()), made_at=utc_now(), hlc=""))


def erased_at(store: Store) -> str:
    return store.get_state(erasure.ERASED_AT_KEY, "")


def report(store: Store) -> Report:
    when = erased_at(store)
    if not when:
        return Report("", ())
    with store.session() as s:
        rows = s.execute(
            select(ExportRecord.kind, ExportRecord.made_at, ExportRecord.path)
            .where(ExportRecord.made_at <= when, ExportRecord.kind != "backup")
            .order_by(ExportRecord.made_at, ExportRecord.id)
        ).all()
    items = [ReportItem(str(k), str(m), str(p)) for k, m, p in rows]
    items += [ReportItem("backup", made, str(path)) for path, made in stale_backups(store.path, when)]
    items.sort(key=lambda i: (i.made_at, i.kind, i.where))
    return Report(when, tuple(items))


def stale_backups(db_path: Path, when: str) -> list[tuple[Path, str]]:
    """Backups in the backup folder last written before ``when`` (a rewritten one is newer)."""
    out = []
    for path in backups.list_backups(db_path):
        made = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).isoformat(timespec="seconds")
        if made <= when:
            out.append((path, made))
    return out


def rewrite_backups(db_path: Path, passphrase: str) -> int:
    """Apply every erasure of the database to each of its backups, in place; returns how many."""
    live = open_store(db_path, passphrase, backup_before_upgrade=False)
    try:
        with live.session() as s:
            rows = [
                {c.name: getattr(e, c.key) for c in Erasure.__table__.columns}
                for e in s.scalars(select(Erasure).where(Erasure.deleted.is_(False)))
            ]
    finally:
        live.close()
    done = 0
    for path in backups.list_backups(db_path):
        copy = open_store(path, passphrase, backup_before_upgrade=False)
        try:
            with copy.transaction(replicating=True) as s:
                conn = s.connection()
                have = set(conn.execute(select(Erasure.id)).scalars())
                fresh = [r for r in rows if r["id"] not in have]
                if fresh:
                    conn.execute(insert(Erasure), fresh)
                for rule in erasure.rules(conn):
                    erasure.apply_rule(conn, rule)
            erasure_file.purge_file(copy)
        finally:
            copy.close()
        done += 1
    return done
