"""A backup rewritten without the erased words (`--rewrite-backups`) got, inside it, a new mark of when
words were erased (local state ``erasure_applied_at``): the time of the rewrite, not of the erasure.
Restored later (majlis-cli restore), the database went by that mark, and `erasure report` named as
still holding the words the backups made between the erasure and the rewrite, the copy the restore
kept aside among them; none holds a word. A rewritten backup now keeps the database's mark."""

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

ERASED = "2026-11-30T10:00:00+00:00"  # when the withdrawal was made, some days before the rewrite
BEFORE = 1_764_000_000  # 2025-11-24: the first backup was written before it


def test_a_restored_rewritten_backup_keeps_the_time_words_were_erased(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    os.utime(old, (BEFORE, BEFORE))
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    with store.engine.begin() as conn:
        conn.execute(update(LocalState).where(LocalState.key == erasure.ERASED_AT_KEY).values(value=ERASED))
    clean = backups.backup(store.engine, store.path, PASSPHRASE)  # made after the erasure: no words
    assert erasure_report.rewrite_backups(store.path, PASSPHRASE) == 2
    assert leaks(plaintext_copy(old, tmp_path / "old-plain.db")) == []
    laptop, out, err = restore_from(store, old, capsys)
    try:
        assert erasure_report.erased_at(laptop) == ERASED
        named = [i.where for i in erasure_report.report(laptop).items if i.kind == "backup"]
        assert named == [], named  # every backup there was written after the erasure, or rewritten
        assert clean.exists()
    finally:
        laptop.close()
