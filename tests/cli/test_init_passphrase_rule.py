"""``majlis-cli init`` made a database with a passphrase of one character, which the first-start wizard and
``majlis-cli passwd`` refuse. It now applies the same rule (``validation.new_passphrase_problem``): one
line, exit 1 as ``passwd`` gives, no database written. Real SQLCipher stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.db import open_store
from tests.cli_run import run

TOO_WEAK = "majlis-cli: the passphrase is too weak: use at least 8 characters; nothing was written\n"


@pytest.mark.parametrize("given", ["x", "7 chars", "كلمة", "1234567"])
def test_init_refuses_a_passphrase_the_wizard_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", given)
    code, out, err = run(capsys, "init", "--db", tmp_path / "field.db", "--device-name", "Basra laptop 2")
    assert (code, out, err) == (1, "", TOO_WEAK)  # the exact line: never the passphrase
    assert list(tmp_path.iterdir()) == []  # no database, nothing beside it


def test_init_refuses_it_from_a_file_too(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MAJLIS_PASSPHRASE", raising=False)
    short = tmp_path / "short.txt"
    short.write_text("abc\n", encoding="utf-8")
    db = tmp_path / "field.db"
    assert run(capsys, "init", "--db", db, "--device-name", "x", "--passphrase-file", short) == (1, "", TOO_WEAK)
    assert not db.exists()


def test_init_takes_the_shortest_the_rule_allows(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", "eight ch")  # exactly 8
    db = tmp_path / "field.db"
    code, out, err = run(capsys, "init", "--db", db, "--device-name", "Basra laptop 2")
    assert code == 0 and out.startswith(f"created {db} "), (code, out, err)
    open_store(db, "eight ch").close()
