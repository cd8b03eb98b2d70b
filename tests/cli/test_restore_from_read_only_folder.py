"""majlis-cli restore --from a backup in a read-only folder (a write-protected USB stick, a backup copied
to read-only media) said "the database file cannot be opened here", naming no file, and restored
nothing: checking the backup's key and device opened it with SQLite, which needs to write beside it
(-shm, a journal). The restore now reads a private copy beside the database instead: it works, the
stick is left exactly as it was, and a failure still changes nothing and names the backup."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from desktop.core.db import open_store
from desktop.core.models import Participant
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "folder"
            for p in sorted(folder.iterdir())}


def _laptop_and_stick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A laptop's database with a participant recorded after its backup; the backup on a stick."""
    db = tmp_path / "laptop" / "field.db"
    db.parent.mkdir()
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    code, out, err = run(capsys, "backup", "--db", db)
    assert code == 0, err
    stick = tmp_path / "stick"
    stick.mkdir()
    backup = stick / "field-backup.db"
    shutil.copyfile(out.split(": ", 1)[1].strip(), backup)
    store = open_store(db, PASSPHRASE)
    with store.transaction() as s:
        s.add(Participant(code="BSR-FG01-P07"))
    store.close()
    return db, backup


def _participants(db: Path) -> list[str]:
    store = open_store(db, PASSPHRASE)
    try:
        with store.session() as s:
            return sorted(p.code for p in s.query(Participant))
    finally:
        store.close()


def test_a_backup_on_a_write_protected_stick_is_restored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, backup = _laptop_and_stick(tmp_path, capsys)
    epoch = json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"]
    on_stick = _snapshot(backup.parent)

    with read_only(backup.parent):
        code, out, err = run(capsys, "restore", "--db", db, "--from", backup)
        assert _snapshot(backup.parent) == on_stick  # nothing written beside the backup, nothing changed in it
    assert code == 0, err
    assert "cannot be opened here" not in err
    assert _participants(db) == []  # the backup's content, made before the participant was recorded
    assert json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"] != epoch
    kept = [p for p in (db.parent / "field.db.backups").iterdir() if p.name.endswith("-before-restore.db")]
    assert len(kept) == 1 and _participants(kept[0]) == ["BSR-FG01-P07"]
    assert sorted(p.name for p in db.parent.iterdir() if p.name.startswith(".")) == []  # no private copy left


def test_a_wrong_passphrase_from_a_stick_names_the_backup_and_changes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db, backup = _laptop_and_stick(tmp_path, capsys)
    epoch = json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"]
    here = _snapshot(db.parent)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "not the passphrase of this backup")

    with read_only(backup.parent):
        code, out, err = run(capsys, "restore", "--db", db, "--from", backup)
    assert code == 2, err
    assert err.startswith(f"majlis-cli: wrong passphrase for {backup}: ") and err.count("\n") == 1
    assert ".restoring" not in err
    assert _snapshot(db.parent) == here  # no private copy left, the database untouched
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    assert json.loads(run(capsys, "status", "--db", db, "--json")[1])["epoch"] == epoch
    assert _participants(db) == ["BSR-FG01-P07"]


def test_another_devices_database_on_a_stick_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db, _ = _laptop_and_stick(tmp_path, capsys)
    other = tmp_path / "stick" / "erbil.db"
    fresh_store(other, PASSPHRASE, "Erbil laptop 1").close()
    for companion in other.parent.glob("erbil.db-*"):
        companion.unlink()
    with read_only(other.parent):
        code, out, err = run(capsys, "restore", "--db", db, "--from", other)
    assert code == 1, err
    assert err.startswith(f"majlis-cli: {other} is the database of another device (Erbil laptop 1 (")
    assert _participants(db) == ["BSR-FG01-P07"]
