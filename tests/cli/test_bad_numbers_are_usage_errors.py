"""A number on a flag that no run could take was exit 64 for ``backup --keep -1`` but exit 1 for
``demo --sessions -1`` (``--sessions must be zero or more``) and ``retention set --months -1``:
scripts told a usage error from a failure by the code, and could not. Each is now a usage error,
one line, exit 64, nothing written. Real SQLCipher stores, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.mark.parametrize("sessions", ["-1", "-24", "two"])
def test_demo_with_a_bad_session_count_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        sessions: str) -> None:
    db = tmp_path / "demo.db"
    code, out, err = run(capsys, "demo", "--db", db, "--sessions", sessions, "--seed", "9")
    assert (code, out) == (64, ""), (code, out, err)
    assert err == f"majlis-cli: argument --sessions: expected a whole number, 0 or more, not {sessions!r} " \
                  "(see majlis-cli --help)\n"
    assert not db.exists()  # checked before the database is made


def test_the_same_on_an_existing_database_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    fresh_store(db, PASSPHRASE, "laptop").close()
    before = db.read_bytes()
    for argv in (("demo", "--db", db, "--sessions", "-1"), ("backup", "--db", db, "--keep", "-1"),
                 ("retention", "set", "--db", db, "--months", "-1")):
        code, out, err = run(capsys, *argv)
        assert (code, out, err.count("\n")) == (64, "", 1), (argv, code, out, err)
    assert db.read_bytes() == before
    assert run(capsys, "demo", "--db", db, "--sessions", "0", "--seed", "9")[0] == 0  # 0 is a count
