"""majlis-cli restore, when the database's backups folder cannot be written (restore keeps the database
it replaces there), said `Operation not permitted: field.db`: the database named, as if it were the
file that could not be written. It now names the folder, says that nothing was changed, and keeps
the exit code of every destination that cannot be written (4, as the exports say it)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_a_read_only_backups_folder_is_named_and_nothing_is_changed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    code, out, err = run(capsys, "backup", "--db", db)
    assert code == 0, err
    backup = tmp_path / "backup.db"  # a backup kept elsewhere (copied to the desktop, say)
    shutil.copyfile(out.split(": ", 1)[1].strip(), backup)
    folder = tmp_path / "field.db.backups"
    before = sorted(folder.iterdir())
    epoch = json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"]

    with read_only(folder):
        code, out, err = run(capsys, "restore", "--db", db, "--from", backup)
    assert (code, out) == (4, "")
    assert err.startswith(f"majlis-cli: the backups folder {folder} cannot be written to (")
    assert err.endswith("; nothing was changed\n") and err.count("\n") == 1
    assert str(db) + ":" not in err and not err.rstrip().endswith(str(db))

    assert sorted(folder.iterdir()) == before
    assert json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"] == epoch  # no new epoch
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no staging file left
