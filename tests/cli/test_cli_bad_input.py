"""majlis-cli status where the database lives badly (issue 11): a synced folder warns and still
works, a read-only folder and a newer database are one line with their exit codes, and Arabic or
Kurdish folder names with spaces work."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.fingerprints import key_fingerprint
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.readonly_folder import read_only
from tests.stores import fresh_store
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.fixture(autouse=True)
def no_synced_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(name, raising=False)


def test_status_in_a_synced_folder_warns_and_recommends_the_data_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    db = tmp_path / "Dropbox" / "مجلس" / "field.db"
    db.parent.mkdir(parents=True)
    fresh_store(db, PASSPHRASE, "laptop").close()
    code, out, err = run(capsys, "status", "--db", str(db))
    assert code == 0 and "sessions: 0" in out
    assert err.count("\n") == 1 and err.startswith("majlis-cli: warning: ")
    assert "Dropbox" in err and str(tmp_path / "data" / "Majlis" / "Majlis") in err
    code, out, err = run(capsys, "status", "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["synced_folder"] == "Dropbox"


def test_status_in_an_ordinary_folder_says_nothing_more(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "داتای کۆبوونەوە" / "مجلس البصرة.db"  # Kurdish and Arabic, with spaces
    db.parent.mkdir()
    code, out, err = run(capsys, "init", "--db", str(db), "--device-name", "لابتۆپی سارا")
    assert code == 0, err
    code, out, err = run(capsys, "status", "--db", str(db), "--json")
    info = json.loads(out)
    assert code == 0 and err == ""
    assert info["database"] == str(db) and info["device_name"] == "لابتۆپی سارا" and info["synced_folder"] is None


def test_status_in_a_read_only_folder_is_one_line_exit_4(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "usb stick"
    folder.mkdir()
    fresh_store(folder / "field.db", PASSPHRASE, "laptop").close()
    for sidecar in folder.glob("field.db?*"):
        sidecar.unlink()
    with read_only(folder):
        code, out, err = run(capsys, "status", "--db", str(folder / "field.db"))
    assert code == 4 and out == "" and err.count("\n") == 1 and "read-only folder" in err, err


def test_status_of_a_newer_database_asks_to_update_majlis(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    store = fresh_store(db, PASSPHRASE, "laptop")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    code, out, err = run(capsys, "status", "--db", str(db))
    assert code == 3 and out == "" and err.count("\n") == 1 and "update Majlis" in err


def test_status_text_says_what_is_not_there_in_words_not_none(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A database in an ordinary folder and in no team printed `synced_folder: None` and `team: None`
    (Python's word for a missing value); the text says it, and --json keeps a null."""
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    code, out, err = run(capsys, "status", "--db", str(db))
    assert code == 0 and err == "", err
    values = dict(line.split(": ", 1) for line in out.splitlines())
    assert not [line for line in out.splitlines() if "None" in line], out
    assert values["synced_folder"] == "none (not in a folder OneDrive, Dropbox or Google Drive syncs)"
    assert values["team"] == "none (working alone: this database is in no team)"
    info = json.loads(run(capsys, "status", "--db", str(db), "--json")[1])
    assert info["synced_folder"] is None and info["team"] is None
    assert set(info) == set(values)  # the same keys, one line each


def test_status_says_in_words_that_there_is_no_key_before_a_team(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Before a laptop has joined a team it has no signing key, and the text printed
    `device_public_key:` and `device_key_fingerprint:` with nothing after them (a line cut short, for
    the IT helper reading it out to the centre); the text says so in words, and --json gives null.
    Once joined, both are the key and its fingerprint, as the centre registers and compares them."""
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    code, out, err = run(capsys, "status", "--db", str(db))
    assert code == 0 and err == "", err
    assert not [line for line in out.splitlines() if line.endswith(":") or line.endswith(": ")], out
    values = dict(line.split(": ", 1) for line in out.splitlines())
    no_key = "none (no signing key yet: this database gets one when it joins or creates a team)"
    assert (values["device_public_key"], values["device_key_fingerprint"]) == (no_key, no_key)
    info = json.loads(run(capsys, "status", "--db", str(db), "--json")[1])
    assert info["device_public_key"] is None and info["device_key_fingerprint"] is None

    (tmp_path / "team").mkdir()
    team = make_team(tmp_path / "team", devices=0)
    team.close()
    assert run(capsys, "team", "join", "--db", str(db), "--team-file", team.team_file)[0] == 0
    values = dict(line.split(": ", 1) for line in run(capsys, "status", "--db", str(db))[1].splitlines())
    info = json.loads(run(capsys, "status", "--db", str(db), "--json")[1])
    assert values["device_public_key"] == info["device_public_key"] and len(info["device_public_key"]) == 44
    assert values["device_key_fingerprint"] == info["device_key_fingerprint"] == key_fingerprint(
        info["device_public_key"])
