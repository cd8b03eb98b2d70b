"""``majlis-cli init`` and ``majlis-cli demo`` (making a NEW database) took a passphrase of one character,
which the first-start wizard and ``majlis-cli passwd`` refuse. Both now apply the same rule
(``validation.new_passphrase_problem``): one line, exit 1 as ``passwd`` gives, no database written. A
database that exists is opened with the passphrase it has, whatever its length (the demo adds to it).
Real SQLCipher stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import open_store
from tests.cli_run import run
from tests.stores import fresh_store

TOO_WEAK = "majlis-cli: the passphrase is too weak: use at least 8 characters; nothing was written\n"
# Each command that makes a database, with what else it needs, and the start of what it prints when done.
MAKERS = {
    "init": (["--device-name", "Basra laptop 2"], "created "),
    "demo": (["--sessions", "1"], "demo data: "),
}


@pytest.mark.parametrize("command", MAKERS)
@pytest.mark.parametrize("given", ["x", "7 chars", "demo", "كلمة", "1234567"])
def test_a_passphrase_the_wizard_refuses_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch, command: str, given: str) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", given)
    code, out, err = run(capsys, command, "--db", tmp_path / "new.db", *MAKERS[command][0])
    assert (code, out, err) == (1, "", TOO_WEAK)  # the exact line: never the passphrase
    assert list(tmp_path.iterdir()) == []  # no database, nothing beside it


@pytest.mark.parametrize("command", MAKERS)
def test_refused_from_a_file_too(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    db = tmp_path / "new.db"
    assert run(capsys, command, "--db", db, *MAKERS[command][0], "--passphrase-file", short) == (1, "", TOO_WEAK)
    assert not db.exists()


@pytest.mark.parametrize("command", MAKERS)
def test_the_shortest_the_rule_allows_is_taken(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, command: str) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "eight ch")  # exactly 8
    db = tmp_path / "new.db"
    code, out, err = run(capsys, command, "--db", db, *MAKERS[command][0])
    assert code == 0 and out.startswith(MAKERS[command][1]), (code, out, err)
    open_store(db, "eight ch").close()


def test_an_existing_database_with_a_short_passphrase_still_takes_the_demo(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Made before the rule (or by another tool): opened with its own passphrase, as every command does."""
    db = tmp_path / "old.db"
    fresh_store(db, "old", "Basra laptop 2").close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "old")
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "1")
    assert code == 0 and out.startswith("demo data: ") and err == "", (code, out, err)
