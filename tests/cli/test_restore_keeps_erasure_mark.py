"""The mark of when words were erased here (local state ``erasure_applied_at``), by which `erasure
report` tells the copies that may hold them, after a restore (majlis-cli restore).

* A laptop restored from a backup made before a withdrawal: the erasure is carried into the restored
  database, and the carry set the mark to the time of the restore, so the report named as still
  holding the words every backup made since the real erasure (the copy the restore keeps aside,
  backups rewritten without the words); none of them holds a word. The restored database now keeps
  the mark of the copy replaced.
* A backup rewritten without the erased words (`--rewrite-backups`) got, inside it, a new mark: the
  time of the rewrite, not of the erasure. Restored later, the database went by that mark, with the
  same wrong report. A rewritten backup now keeps the database's mark."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core import backups, erasure, erasure_report, withdrawal
from desktop.core.db import Store
from desktop.core.models import LocalState
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import leaks, make_study, plaintext_copy
from tests.restore_helpers import restore_from

pytestmark = pytest.mark.usefixtures("env_passphrase")

ERASED = "2026-11-30T10:00:00+00:00"  # when the withdrawal was made, some days before the restore
BEFORE = 1_764_000_000  # 2025-11-24: the first backup was written before it


def _backups_around_an_erasure(store: Store) -> tuple[Path, Path]:
    """A backup written before a participant withdrew everything (``BEFORE``), the erasure (its mark
    set to ``ERASED``), then a backup made after it (no words): (the old backup, the clean one)."""
    study = make_study(store)
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    os.utime(old, (BEFORE, BEFORE))
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    with store.engine.begin() as conn:
        conn.execute(update(LocalState).where(LocalState.key == erasure.ERASED_AT_KEY).values(value=ERASED))
    return old, backups.backup(store.engine, store.path, PASSPHRASE)


def test_a_restore_keeps_the_time_words_were_erased(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, clean = _backups_around_an_erasure(store)
    laptop, out, _ = restore_from(store, old, capsys)
    try:
        assert "1 erasure made after this backup applied again" in out
        assert erasure_report.erased_at(laptop) == ERASED
        named = {Path(i.where).name for i in erasure_report.report(laptop).items if i.kind == "backup"}
        assert named == {old.name}  # the backup restored holds the words; the later ones do not
        assert clean.exists()
    finally:
        laptop.close()


def test_a_restored_rewritten_backup_keeps_the_time_words_were_erased(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, clean = _backups_around_an_erasure(store)
    assert erasure_report.rewrite_backups(store.path, PASSPHRASE) == 2
    assert leaks(plaintext_copy(old, tmp_path / "old-plain.db")) == []
    laptop, _, _ = restore_from(store, old, capsys)
    try:
        assert erasure_report.erased_at(laptop) == ERASED
        named = [i.where for i in erasure_report.report(laptop).items if i.kind == "backup"]
        assert named == [], named  # every backup there was written after the erasure, or rewritten
        assert clean.exists()
    finally:
        laptop.close()
