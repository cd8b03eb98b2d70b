"""Review finding 4 (hp6, session 39): c9ea6e39 refuses a passphrase file whose first line is longer than
the unlock window takes (32,767 UTF-16 units) in desktop/cli/passphrase_file.read_passphrase_file, which
every command reads its --passphrase-file through (cli/common.read_passphrase), not only the commands that
MAKE a passphrase (read_passphrase's ``made``). A database made before that commit with such a file (the
case the commit names: "it made a database only the command line could open") now opens nowhere with its
file: `check`, `backup`, `export` all say "the passphrase file … is too large", though the file is the
database's passphrase. Only MAJLIS_PASSPHRASE still opens it, and the line does not say so. Fails today."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.passphrase_file import UNLOCK_WINDOW_LIMIT
from tests.cli_run import run
from tests.stores import fresh_store


def test_a_database_made_with_a_long_passphrase_file_still_opens_with_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    passphrase = "ضوء القمر " * (UNLOCK_WINDOW_LIMIT // 10 + 1)  # past the limit, under the 64 KB read
    db = tmp_path / "field.db"
    fresh_store(db, passphrase, "laptop").close()  # made before c9ea6e39 refused such a file at init
    secret = tmp_path / "pass.txt"
    secret.write_bytes((passphrase + "\n").encode("utf-8"))
    code, out, err = run(capsys, "check", "--db", db, "--passphrase-file", secret)
    assert (code, err) == (0, ""), err
    assert out.startswith("ok:")
