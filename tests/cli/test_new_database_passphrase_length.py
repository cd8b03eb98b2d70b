"""A new database's passphrase (``init``, ``demo`` making one) that the unlock window cannot take, or none.

A passphrase file whose first line is longer than the unlock window's field takes (32,767 UTF-16 units) or
empty was already refused in one line. The same passphrase in ``$MAJLIS_PASSPHRASE`` was taken: a database
was made that only the command line could ever open (the window cuts what is pasted at 32,767). Refused
now in one line, before anything is written, for the variable as for the file. ``$MAJLIS_PASSPHRASE`` set
but empty (``$(cat missing.txt)``) was refused as if it were not set ("set MAJLIS_PASSPHRASE"): the line now
says it is empty. Real SQLCipher stores, the real ``majlis-cli`` entry point in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.passphrase_file import UNLOCK_WINDOW_LIMIT
from desktop.core.db import open_store
from tests.cli_run import run

LONG = {
    "one letter past": "a" * (UNLOCK_WINDOW_LIMIT + 1),
    "an emoji's second unit past": "ب" * (UNLOCK_WINDOW_LIMIT - 1) + "🙂",  # 32,767 characters, 32,768 units
}
AT_THE_LIMIT = "🙂" * (UNLOCK_WINDOW_LIMIT // 2) + "a"  # 32,767 units: what the field takes whole


def _make(capsys: pytest.CaptureFixture[str], command: str, db: Path, *more: str | Path) -> tuple[int, str, str]:
    extra = ("--device-name", "Basra laptop 2") if command == "init" else ("--sessions", "1")
    return run(capsys, command, "--db", db, *extra, *more)


def _one_line(err: str, start: str, secret: str = "") -> None:
    assert err.startswith(f"majlis-cli: {start}") and err.count("\n") == 1, err
    assert not secret or secret[:20] not in err  # never the passphrase itself


@pytest.mark.parametrize("command", ["init", "demo"])
@pytest.mark.parametrize("name", LONG)
def test_a_passphrase_in_the_variable_past_the_unlock_window_makes_no_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: str, name: str) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", LONG[name])
    code, out, err = _make(capsys, command, tmp_path / "new.db")
    assert (code, out) == (1, ""), (code, out, err)
    _one_line(err, "the passphrase in MAJLIS_PASSPHRASE is longer than 32,767 characters of ordinary text "
                   "(an emoji counts as two), more than the unlock window takes", LONG[name])
    assert err.endswith("; nothing was written\n"), err
    assert list(tmp_path.iterdir()) == []  # no database, nothing beside it


@pytest.mark.parametrize("command", ["init", "demo"])
@pytest.mark.parametrize("name", LONG)
def test_a_passphrase_file_past_the_unlock_window_makes_no_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        command: str, name: str) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    secret = tmp_path / "pass.txt"
    secret.write_text(LONG[name] + "\n", encoding="utf-8")
    code, out, err = _make(capsys, command, tmp_path / "new.db", "--passphrase-file", secret)
    assert (code, out) == (1, ""), (code, out, err)
    # Past the unlock window, or (Arabic letters, two bytes each) past the 64 KB read before it is counted.
    _one_line(err, f"the passphrase file {secret} ", LONG[name])
    assert (" holds a passphrase too long to type in the app: its first line is longer than 32,767 characters" in err
            or " is too large: its first line goes on past 64 KB" in err), err
    assert [p.name for p in tmp_path.iterdir()] == ["pass.txt"]


@pytest.mark.parametrize("command", ["init", "demo"])
def test_an_empty_variable_is_said_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "")
    code, out, err = _make(capsys, command, tmp_path / "new.db")
    assert (code, out) == (1, ""), (code, out, err)
    _one_line(err, "no passphrase: MAJLIS_PASSPHRASE is empty; set it to the passphrase or use --passphrase-file")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["init", "demo"])
def test_an_empty_passphrase_file_makes_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    secret = tmp_path / "pass.txt"
    secret.write_bytes(b"\r\n")
    code, out, err = _make(capsys, command, tmp_path / "new.db", "--passphrase-file", secret)
    assert (code, out) == (1, ""), (code, out, err)
    _one_line(err, f"the passphrase file {secret} is empty")
    assert [p.name for p in tmp_path.iterdir()] == ["pass.txt"]


def test_a_passphrase_at_the_limit_still_makes_one(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", AT_THE_LIMIT)
    db = tmp_path / "new.db"
    code, _out, err = _make(capsys, "init", db)
    assert code == 0, err
    open_store(db, AT_THE_LIMIT).close()


def test_an_existing_database_made_with_a_longer_one_still_opens(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a passphrase being made is held to the window's limit: a database made before with a longer one
    (from the variable) is still opened by it, by ``demo`` as by any command."""
    from tests.stores import fresh_store

    db = tmp_path / "old.db"
    fresh_store(db, LONG["one letter past"], "laptop").close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", LONG["one letter past"])
    code, out, err = _make(capsys, "demo", db)
    assert code == 0, err
    assert out.startswith("demo data: 1 session")


def test_passwd_and_a_key_file_refuse_one_past_the_window_too(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The other passphrases being made, by the same rule: a new passphrase for the database (the unlock
    window then asks for it) and a team key file's (the app's field for it takes as many)."""
    from tests.conftest import PASSPHRASE
    from tests.stores import fresh_store

    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre").close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("MAJLIS_NEW_PASSPHRASE", LONG["one letter past"])
    code, out, err = run(capsys, "passwd", "--db", db)
    assert (code, out) == (1, ""), (code, out, err)
    _one_line(err, "the new passphrase in MAJLIS_NEW_PASSPHRASE is longer than 32,767 characters of ordinary "
                   "text (an emoji counts as two), more than the unlock window takes; nothing was written",
              LONG["one letter past"])
    open_store(db, PASSPHRASE).close()  # the passphrase it had
    assert not (tmp_path / "centre.db.backups").exists()
    code, _, err = run(capsys, "team", "create", "--db", db, "--name", "Basra", "--team-file", tmp_path / "t.team")
    assert code == 0, err
    monkeypatch.setenv("MAJLIS_KEY_PASSPHRASE", LONG["an emoji's second unit past"])
    key = tmp_path / "centre.key"
    code, out, err = run(capsys, "team", "key", "export", "--db", db, "--out", key)
    assert (code, out) == (1, ""), (code, out, err)
    _one_line(err, "the key file's passphrase in MAJLIS_KEY_PASSPHRASE is longer than 32,767 characters of "
                   "ordinary text (an emoji counts as two), more than the app's field for a key file's passphrase "
                   "takes", LONG["an emoji's second unit past"])
    assert not key.exists()


def test_one_typed_past_the_window_at_the_prompt_makes_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Pasted twice at the terminal's prompt (the terminal stood in for, as in test_passphrase_prompt_eof)."""
    import getpass

    from tests.cli.test_passphrase_prompt_eof import Terminal

    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    monkeypatch.setattr(getpass, "getpass", lambda prompt="", stream=None: LONG["one letter past"])
    monkeypatch.setattr("sys.stdin", Terminal())
    code, out, err = _make(capsys, "init", tmp_path / "new.db")
    assert (code, out) == (1, ""), (code, out, err)
    _one_line(err, "the passphrase typed is longer than 32,767 characters of ordinary text (an emoji counts "
                   "as two), more than the unlock window takes; nothing was written", LONG["one letter past"])
    assert list(tmp_path.iterdir()) == []
