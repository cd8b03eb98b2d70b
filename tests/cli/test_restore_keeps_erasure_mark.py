"""A laptop restored (majlis-cli restore) from a backup made before a withdrawal: the erasure is
carried into the restored database, and with it the mark of when words were erased here (local
state ``erasure_applied_at``), by which `erasure report` tells the copies that may hold them. The
carry set it to the time of the restore, so the report named as still holding the words every
backup made since the real erasure (the copy the restore keeps aside, backups rewritten without the
words); none of them holds a word. The restored database now keeps the mark of the copy replaced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.core import backups, erasure, erasure_report, withdrawal
from desktop.core.db import Store
from desktop.core.models import LocalState
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import make_study
from tests.restore_helpers import restore_from

pytestmark = pytest.mark.usefixtures("env_passphrase")

ERASED = "2026-11-30T10:00:00+00:00"  # when the withdrawal was made, some days before the restore
BEFORE = 1_764_000_000  # 2025-11-24: the backup chosen was written before it


def test_a_restore_keeps_the_time_words_were_erased(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    os.utime(old, (BEFORE, BEFORE))
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    with store.engine.begin() as conn:
        conn.execute(update(LocalState).where(LocalState.key == erasure.ERASED_AT_KEY).values(value=ERASED))
    clean = backups.backup(store.engine, store.path, PASSPHRASE)  # made after the erasure: no words
    laptop, out, err = restore_from(store, old, capsys)
    try:
        assert "1 erasure made after this backup applied again" in out
        assert erasure_report.erased_at(laptop) == ERASED
        named = {Path(i.where).name for i in erasure_report.report(laptop).items if i.kind == "backup"}
        assert named == {old.name}  # the backup restored holds the words; the later ones do not
        assert clean.exists()
    finally:
        laptop.close()
