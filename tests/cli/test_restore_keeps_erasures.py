"""A laptop goes back to a backup (majlis-cli restore) made before a participant withdrew everything:
the backup still holds their words, name, phone and signature, and the restore put them all back in the
database, with the participant's consent standing again. The erasures the replaced database held are
now applied to the restored one: going back to a backup never brings erased words back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.core import backups, withdrawal
from desktop.core.db import Store, open_store
from desktop.core.erasure import MARKER
from desktop.core.models import Erasure, TranscriptTurn
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.erasure_helpers import OTHER_SPEECH, leaks, make_study, plaintext_copy

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_a_restored_backup_keeps_the_erasures_made_after_it(
        store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    study = make_study(store)
    old = backups.backup(store.engine, store.path, PASSPHRASE)
    assert leaks(plaintext_copy(old, tmp_path / "old-plain.db"))  # the backup holds the words
    withdrawal.withdraw_participant(store, pseudonym=study.pseudonym, scope="all", on="2026-11-30")
    store.close()

    code, out, err = run(capsys, "restore", "--db", store.path, "--from", old)
    # The withdrawal was never exported, but it travels from the restored database: not left behind.
    assert code == 0 and err == "", err
    assert "1 erasure made after this backup applied again" in out
    assert leaks(plaintext_copy(store.path, tmp_path / "restored-plain.db")) == []
    again = open_store(store.path, PASSPHRASE)
    try:
        with again.session() as s:
            assert len(s.scalars(select(Erasure)).all()) == 1
            texts = {t.text for t in s.scalars(select(TranscriptTurn))}
        assert texts == {MARKER, OTHER_SPEECH}  # the others' words are back as the backup had them
        assert [r.consent for r in withdrawal.participants(again) if r.pseudonym == study.pseudonym] == ["erased"]
    finally:
        again.close()
    assert old.exists() and leaks(plaintext_copy(old, tmp_path / "old-again.db"))  # the backup itself untouched
    assert not [p for p in old.parent.iterdir() if p.name.endswith(".lock")]  # backups stay single files
