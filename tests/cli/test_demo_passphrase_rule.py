"""``majlis-cli demo`` making a NEW database took a passphrase of one character, which ``init``, ``passwd``
and the first-start wizard refuse. It now applies the same rule (``validation.new_passphrase_problem``) when
it creates the database: one line, exit 1, nothing written. A database that exists is opened with the
passphrase it has, whatever its length (the demo adds to it). Real SQLCipher stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import open_store
from tests.cli_run import run
from tests.stores import fresh_store

TOO_WEAK = "majlis-cli: the passphrase is too weak: use at least 8 characters; nothing was written\n"


@pytest.mark.parametrize("given", ["x", "demo", "كلمة", "1234567"])
def test_demo_refuses_a_short_passphrase_for_a_new_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", given)
    code, out, err = run(capsys, "demo", "--db", tmp_path / "demo.db", "--sessions", "1")
    assert (code, out, err) == (1, "", TOO_WEAK)  # the exact line: never the passphrase
    assert list(tmp_path.iterdir()) == []  # no database, nothing beside it


def test_demo_refuses_it_from_a_file_too(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    db = tmp_path / "demo.db"
    assert run(capsys, "demo", "--db", db, "--sessions", "1", "--passphrase-file", short) == (1, "", TOO_WEAK)
    assert not db.exists()


def test_demo_takes_the_shortest_the_rule_allows(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "eight ch")  # exactly 8
    db = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "1")
    assert code == 0 and out.startswith("demo data: "), (code, out, err)
    open_store(db, "eight ch").close()


def test_an_existing_database_with_a_short_passphrase_still_takes_the_demo(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Made before the rule (or by another tool): opened with its own passphrase, as every command does."""
    db = tmp_path / "old.db"
    fresh_store(db, "old", "Basra laptop 2").close()
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "old")
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "1")
    assert code == 0 and out.startswith("demo data: ") and err == "", (code, out, err)
