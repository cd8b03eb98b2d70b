"""majlis-cli status names the database and its backups folder by absolute path, as ``erasure report``
names its files: given ``--db field.db`` it printed ``database: field.db`` and ``backups:
field.db.backups``, which mean nothing to the IT helper reading the output later or elsewhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import run

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_status_names_the_database_and_its_backups_by_absolute_path(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run(capsys, "init", "--db", "field.db", "--device-name", "Basra laptop 2")
    assert code == 0, err
    db = (tmp_path / "field.db").resolve()

    code, out, err = run(capsys, "status", "--db", "field.db")
    assert code == 0, err
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert lines["database"] == str(db)
    assert lines["backups"] == str(db) + ".backups"

    code, out, err = run(capsys, "status", "--db", "field.db", "--json")
    assert code == 0, err
    info = json.loads(out)
    assert (info["database"], info["backups"]) == (str(db), str(db) + ".backups")
    assert Path(info["data_folder"]).is_absolute()
