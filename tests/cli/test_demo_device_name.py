"""majlis-cli demo --device-name on an existing database dropped the name without a word: the README's
demo row names the device of the database demo creates (`creates the database if missing, its device
named --device-name`), so an existing database keeps its name, and the command now says so in one
line on stderr rather than leaving the coordinator to believe the laptop was renamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


def device_name(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    code, out, err = run(capsys, "status", "--db", db)
    assert code == 0, err
    return next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("device_name: "))


def test_an_existing_database_keeps_its_name_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "field.db"
    fresh_store(db, PASSPHRASE, "لابتۆپی سارا").close()

    code, out, err = run(capsys, "demo", "--db", db, "--sessions", "1", "--device-name", "Basra laptop 9")
    assert code == 0 and out.startswith("demo data: ")
    assert err == (f"majlis-cli: note: --device-name names the device of a new database only: {db} keeps its "
                   "device name 'لابتۆپی سارا'\n")
    assert device_name(capsys, db) == "لابتۆپی سارا"

    # Not given, or the name it already has: nothing to say.
    assert run(capsys, "demo", "--db", db, "--sessions", "1", "--seed", "2")[::2] == (0, "")
    assert run(capsys, "demo", "--db", db, "--sessions", "1", "--seed", "3", "--device-name", "لابتۆپی سارا")[::2] == (0, "")


def test_a_new_database_takes_the_name_or_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "demo", "--db", tmp_path / "a.db", "--sessions", "1", "--device-name", "Basra laptop 9")[::2] == (0, "")
    assert device_name(capsys, tmp_path / "a.db") == "Basra laptop 9"
    assert run(capsys, "demo", "--db", tmp_path / "b.db", "--sessions", "1")[::2] == (0, "")
    assert device_name(capsys, tmp_path / "b.db") == "demo laptop"
