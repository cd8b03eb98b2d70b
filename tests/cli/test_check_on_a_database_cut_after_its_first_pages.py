"""A database cut short after whole pages (its last kilobyte gone: a copy interrupted near its end)
opens with the right passphrase, then a query finds a page missing ("database disk image is
malformed"). ``check`` said "[unexpected] an error not foreseen (DatabaseError)", exit 70, as for a
bug; it is said to be damaged now, with the advice to use a backup, as when the first pages are
missing (``restore`` takes that backup: tests/cli/test_restore_over_a_damaged_database.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.models import Participant
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")


def test_check_says_a_database_missing_its_last_pages_is_damaged(tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "field.db"
    store = fresh_store(path, PASSPHRASE, "field laptop")
    with store.transaction() as s:
        s.add(Participant(code="BSR-FG01-P07"))
    store.close()
    with path.open("r+b") as fh:
        fh.truncate(path.stat().st_size - 1000)
    code, out, err = run(capsys, "check", "--db", path)
    assert (code, out) == (1, ""), err
    assert err == (f"majlis-cli: {path} is damaged (cut short or corrupted): the passphrase is right, but "
                   "the file cannot be read; use a backup\n")
