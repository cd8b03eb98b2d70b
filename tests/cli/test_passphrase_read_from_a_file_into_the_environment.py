"""`MAJLIS_PASSPHRASE=$(cat pass.txt)` with pass.txt saved by Windows Notepad keeps the file's carriage
return (and its byte-order mark): every command then said `wrong passphrase, or not a Majlis database`,
and the coordinator, sure of the passphrase, had nothing to go on. The line now says what the variable
holds and to give the file with --passphrase-file instead (which takes its first line); the exit code
stays 2. Never the passphrase itself. Real store, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

HINT = ("MAJLIS_PASSPHRASE holds a line break or a byte-order mark, as read from a text file "
        "(no passphrase can hold one): give the file with --passphrase-file, which takes its first line")


@pytest.mark.parametrize("given", [PASSPHRASE + "\r", "\ufeff" + PASSPHRASE + "\r", "\ufeff" + PASSPHRASE])
def test_a_passphrase_read_from_a_windows_file_is_said_to_be(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", given)
    code, out, err = run(capsys, "status", "--db", db)
    assert (code, out) == (2, ""), (code, out, err)
    assert err == f"majlis-cli: wrong passphrase, or not a Majlis database; {HINT}\n"
    assert PASSPHRASE not in err
    pass_file = tmp_path / "pass.txt"
    pass_file.write_bytes(given.encode("utf-8") + b"\n")
    monkeypatch.delenv("MAJLIS_PASSPHRASE")
    code, out, err = run(capsys, "status", "--db", db, "--passphrase-file", pass_file)
    assert code == 0 and out.startswith("sessions: 0"), err


def test_a_wrong_passphrase_without_such_a_character_says_no_more(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "not the passphrase")
    assert run(capsys, "status", "--db", db) == (2, "", "majlis-cli: wrong passphrase, or not a Majlis database\n")


def test_a_key_file_passphrase_read_from_a_windows_file_is_said_to_be(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        laptop_team: object) -> None:
    """The same for the team key file's passphrase (`MAJLIS_KEY_PASSPHRASE=$(cat key-pass.txt)`) at
    `bundle import --identity-file`: the key file named, and the flag that reads its passphrase file."""
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    key, secret, bundle = tmp_path / "centre.key", tmp_path / "key-pass.txt", tmp_path / "b.majlis"
    secret.write_bytes("\ufeffthe key's passphrase\r\n".encode("utf-8"))
    assert run(capsys, "team", "key", "export", "--db", centre, "--out", key, "--key-passphrase-file", secret)[0] == 0
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle, "--full")[0] == 0
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", "\ufeffthe key's passphrase\r")
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key, bundle)
    assert (code, out) == (2, ""), (code, out, err)
    assert err.count("\n") == 1 and err.endswith(
        "; MAJLIS_KEY_PASSPHRASE holds a line break or a byte-order mark, as read from a text file (no passphrase "
        "can hold one): give the file with --key-passphrase-file, which takes its first line\n"), err
    assert "the key's passphrase" not in err
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key,
                         "--key-passphrase-file", secret, bundle)
    assert code == 0 and "imported" in out, (code, out, err)
