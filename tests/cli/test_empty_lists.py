"""Every list command says so in one line when it has nothing to show: `participants list`,
`sessions list` and `recommendations list` printed nothing at all on a new database, while `device
pending`, `device rejected`, `conflicts list` and `participants duplicates` said "no device waits for
approval" and the like; nothing, to a coordinator, reads as a command that did not run. `--json` stays
`[]`. `backup --list` (paths one a line, no --json form: what a script reads) keeps stdout empty and
says it on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")

EMPTY = {
    ("participants", "list"): "no participants in this database",
    ("sessions", "list"): "no sessions in this database",
    ("recommendations", "list"): "no recommendations in this database",
    ("participants", "duplicates"): "no pseudonym is shared by several participants",
    ("device", "pending"): "no device waits for approval",
    ("device", "rejected"): "no device was rejected",
    ("conflicts", "list"): "no open conflicts",
}


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    db = tmp_path / "new.db"
    fresh_store(db, PASSPHRASE, "Basra laptop 2").close()
    return db


@pytest.mark.parametrize("command", list(EMPTY), ids=" ".join)
def test_an_empty_list_says_so_in_one_line_and_its_json_is_an_empty_list(
        command: tuple[str, str], empty_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, *command, "--db", empty_db) == (0, EMPTY[command] + "\n", "")
    code, out, err = run(capsys, *command, "--db", empty_db, "--json")
    assert (code, json.loads(out), err) == (0, [], "")


def test_no_backups_yet_is_said_on_stderr_and_stdout_keeps_only_paths(
        empty_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "backup", "--db", empty_db, "--list") == (
        0, "", f"majlis-cli: no backups of {empty_db} yet (majlis-cli backup writes them into {empty_db}.backups)\n")
    code, out, err = run(capsys, "backup", "--db", empty_db)
    assert code == 0, err
    code, out, err = run(capsys, "backup", "--db", empty_db, "--list")
    assert (code, err) == (0, "") and [Path(line).parent for line in out.splitlines()] == [
        Path(f"{empty_db}.backups")]
