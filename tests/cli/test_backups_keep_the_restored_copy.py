"""majlis-cli backup --keep N dropped the copy a restore keeps of the database it replaced
(``…-before-restore.db``) as one of the oldest backups: restore names that copy as the way back after
choosing the wrong backup, and says the work never exported is in it only; two backups with --keep 1
(or ten with the default, as the app writes them) deleted it, and that work with it, without a word.
The copy is now never counted nor dropped by the rotation; a backup with --list still names it. Real
stores, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import open_store
from tests.cli.test_restore_keeps_database import add_session, titles
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_the_copy_a_restore_kept_outlives_the_rotation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    code, out, err = run(capsys, "backup", "--db", db)
    assert code == 0, err
    monday = Path(out.split(": ", 1)[1].strip())
    store = open_store(db, PASSPHRASE)
    add_session(store, "the week's work, never exported")
    store.close()
    code, out, err = run(capsys, "restore", "--db", db, "--from", monday)  # the wrong backup
    assert code == 0, err
    (kept,) = [p for p in (tmp_path / "field.db.backups").iterdir() if p.name.endswith("-before-restore.db")]
    for _ in range(3):
        assert run(capsys, "backup", "--db", db, "--keep", "1")[0] == 0
    assert kept.exists()
    code, out, _ = run(capsys, "backup", "--db", db, "--list")
    assert len(out.splitlines()) == 2 and kept.name in out  # the latest backup, and the kept copy
    code, _, err = run(capsys, "restore", "--db", db, "--from", kept)  # the way back still there
    assert code == 0, err
    assert "the week's work, never exported" in titles(db)
