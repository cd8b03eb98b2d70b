"""A passphrase set from an environment variable filled from a text file (`MAJLIS_NEW_PASSPHRASE=$(cat
new.txt)`, the file saved by Windows Notepad) keeps the file's carriage return, or its byte-order mark:
`passwd`, `init`, `demo` and `team key export` took it, and the database (or the key file) then opened
with that variable alone, never with what the coordinator types at the unlock window. A line break or
a byte-order mark in a passphrase being made is now refused in one line (exit 1) that says where it
came from and how to give the file instead; nothing is written. Real stores, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.db import open_store
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")

NEW = "new passphrase of the centre"
FROM_A_FILE = (NEW + "\r", "\ufeff" + NEW, NEW + "\n")


def said(err: str, env: str, flag: str) -> None:
    assert err.count("\n") == 1, err
    assert err.startswith("majlis-cli: the ") and "cannot be typed at the unlock window" in err, err
    assert f"read from a text file into {env}? give the file with {flag}, which takes its first line" in err, err
    assert NEW not in err  # never the passphrase itself


@pytest.mark.parametrize("new", FROM_A_FILE)
def test_passwd_refuses_a_new_passphrase_no_one_can_type(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, new: str) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    monkeypatch.setenv("MAJLIS_NEW_PASSPHRASE", new)
    code, out, err = run(capsys, "passwd", "--db", db)
    assert (code, out) == (1, ""), (code, out, err)
    said(err, "MAJLIS_NEW_PASSPHRASE", "--new-passphrase-file")
    open_store(db, PASSPHRASE).close()  # the passphrase it had
    assert not (tmp_path / "field.db.backups").exists()  # no backup with the new one written


@pytest.mark.parametrize("command", ["init", "demo"])
@pytest.mark.parametrize("given", FROM_A_FILE)
def test_a_new_database_refuses_a_passphrase_no_one_can_type(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: str, given: str) -> None:
    db = tmp_path / "new.db"
    monkeypatch.setenv("MAJLIS_PASSPHRASE", given)
    extra = ("--device-name", "Basra laptop 2") if command == "init" else ()
    code, out, err = run(capsys, command, "--db", db, *extra)
    assert (code, out) == (1, ""), (code, out, err)
    said(err, "MAJLIS_PASSPHRASE", "--passphrase-file")
    assert list(tmp_path.iterdir()) == []  # no database, nothing beside it


def test_a_team_key_file_refuses_a_passphrase_no_one_can_type(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    centre = tmp_path / "centre.db"
    fresh_store(centre, PASSPHRASE, "centre").close()
    code, _, err = run(capsys, "team", "create", "--db", centre, "--name", "Basra", "--team-file", tmp_path / "t.team")
    assert code == 0, err
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", NEW + "\r")
    key = tmp_path / "centre.key"
    code, out, err = run(capsys, "team", "key", "export", "--db", centre, "--out", key)
    assert (code, out) == (1, ""), (code, out, err)
    said(err, "MAJLIS_KEY_PASSPHRASE", "--key-passphrase-file")
    assert not key.exists()
    # Opening a database keeps working whatever its passphrase holds: the rule is for passphrases being made.
    assert json.loads(run(capsys, "status", "--db", centre, "--json")[1])["team"]
