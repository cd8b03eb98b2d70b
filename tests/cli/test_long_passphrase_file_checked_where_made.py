"""A passphrase file whose first line is longer than the app's passphrase fields take (UNLOCK_WINDOW_LIMIT,
32,767 UTF-16 units) is refused only where a passphrase is MADE (init, demo's new database, passwd's new one,
team key export's): c9ea6e39 refused it on every read, so a database made before with such a file (what that
commit names: "it made a database only the command line could open") opened nowhere with its file: `check`,
`passwd`, `bundle import --key-passphrase-file` all said "the passphrase file … is too large", though the file
held the very passphrase. (Found by review, session 39; the opening cases fail before.) The refusal says the
limit in characters of ordinary text, an emoji counting as two, as a person counts them.
Real SQLCipher stores, real age key files, the real ``majlis-cli`` entry point in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.passphrase_file import UNLOCK_WINDOW_LIMIT
from desktop.core.db import open_store
from desktop.sync import team
from desktop.sync.keys import write_protected_identity_file
from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store
from tests.sync_helpers import Team

LONG = "ضوء القمر " * (UNLOCK_WINDOW_LIMIT // 10 + 1)  # past the limit, under the 64 KB read


def _file(path: Path, passphrase: str) -> Path:
    path.write_bytes((passphrase + "\r\nملاحظات\r\n").encode("utf-8"))
    return path


def _refusal(path: Path, made: str) -> str:
    return (f"majlis-cli: the passphrase file {path} holds a {made} too long to type in the app: its first line is "
            "longer than 32,767 characters of ordinary text (an emoji counts as two), more than its passphrase "
            "fields take; nothing was written\n")


@pytest.mark.parametrize("command", ["check", "status"])
def test_a_database_made_with_a_long_passphrase_file_still_opens_with_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    db = tmp_path / "field.db"
    fresh_store(db, LONG, "laptop").close()  # made before c9ea6e39 refused such a file at init
    code, out, err = run(capsys, command, "--db", db, "--passphrase-file", _file(tmp_path / "pass.txt", LONG))
    assert (code, err) == (0, ""), err
    assert out


def test_passwd_opens_with_it_and_refuses_a_new_passphrase_as_long(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    monkeypatch.delenv("MAJLIS_NEW_PASSPHRASE", raising=False)
    db = tmp_path / "field.db"
    fresh_store(db, LONG, "laptop").close()
    current = _file(tmp_path / "pass.txt", LONG)
    longer = _file(tmp_path / "new.txt", LONG + "!")
    code, out, err = run(capsys, "passwd", "--db", db, "--passphrase-file", current, "--new-passphrase-file", longer)
    assert (code, out, err) == (1, "", _refusal(longer, "new passphrase"))
    open_store(db, LONG).close()  # nothing changed
    shorter = _file(tmp_path / "short.txt", "کلیلی نهێنی ١٢ – ضوء القمر")
    code, out, err = run(capsys, "passwd", "--db", db, "--passphrase-file", current, "--new-passphrase-file", shorter)
    assert code == 0, err
    open_store(db, "کلیلی نهێنی ١٢ – ضوء القمر").close()


def test_demo_refuses_it_for_a_new_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    secret = _file(tmp_path / "long.txt", LONG)
    code, out, err = run(capsys, "demo", "--db", tmp_path / "new.db", "--sessions", "1", "--passphrase-file", secret)
    assert (code, out, err) == (1, "", _refusal(secret, "passphrase"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.txt"]  # no database, nothing beside it


def test_a_key_file_made_with_a_long_passphrase_still_opens_and_none_is_made_so(
        laptop_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("MAJLIS_KEY_PASSPHRASE", raising=False)
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    store = open_store(centre, PASSPHRASE)
    try:
        identities = team.team_identities(store)
    finally:
        store.close()
    key = write_protected_identity_file(tmp_path / "old.key", identities, LONG)  # as team key export wrote it
    secret = _file(tmp_path / "key-pass.txt", LONG)
    bundle = tmp_path / "b.majlis"
    assert run(capsys, "bundle", "export", "--db", laptop, "--out", bundle)[0] == 0
    code, out, err = run(capsys, "bundle", "import", "--db", centre, "--identity-file", key,
                         "--key-passphrase-file", secret, bundle)
    assert (code, err) == (0, ""), err
    new_key = tmp_path / "new.key"
    code, out, err = run(capsys, "team", "key", "export", "--db", centre, "--out", new_key,
                         "--key-passphrase-file", secret)
    assert (code, out, err) == (1, "", _refusal(secret, "key file's passphrase"))
    assert not new_key.exists()
