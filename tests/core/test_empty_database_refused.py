"""A database file that the passphrase opens and that holds nothing (a new database whose making was
cut short by a power cut or a kill, before its tables were made): refused as not a Majlis database, in
one line, with nothing written. It failed with OperationalError 'no such table: local_state': 'The
database could not be opened.' in the unlock window, a traceback from majlis-cli (README: never one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import open_store
from desktop.core.errors import NotADatabase
from desktop.core.sqlcipher_file import raw_connect
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.passphrase_helpers import digest

pytestmark = pytest.mark.usefixtures("cli_env")


def _made_and_cut_short(path: Path) -> Path:
    """What a new database's first connection leaves before the schema: its first page, keyed."""
    conn = raw_connect(path, PASSPHRASE)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return path


def test_an_empty_database_is_not_a_majlis_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _made_and_cut_short(tmp_path / "majlis.db")
    before = digest(path)
    with pytest.raises(NotADatabase):
        open_store(path, PASSPHRASE)
    code, out, err = run(capsys, "status", "--db", path)
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "not a Majlis database" in err and "Traceback" not in err, err
    assert digest(path) == before
