"""``retention set --months -1`` (or 1201) answered ``The retention period must be 1 to 1200 months.``,
while README and ``--help`` say ``0`` removes the period: a coordinator who meant to remove it was told
0 is not allowed. The line now gives the range with the 0 that removes it (exit 64, a usage error, nothing
changed, checked before the database is opened). Real SQLCipher store, the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.conftest import PASSPHRASE
from tests.stores import fresh_store

pytestmark = pytest.mark.usefixtures("cli_env")


def test_a_period_out_of_range_names_the_0_that_removes_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "centre.db"
    fresh_store(db, PASSPHRASE, "centre desk").close()
    assert run(capsys, "retention", "set", "--db", db, "--months", "12")[0] == 0
    for months in ("-1", "1201"):
        code, out, err = run(capsys, "retention", "set", "--db", db, "--months", months)
        assert (code, out) == (64, ""), (months, code, out, err)  # a usage error, as --keep -1
        assert err == "majlis-cli: the retention period is 1 to 1200 months, or 0 to remove it; nothing was changed\n"
    code, out, err = run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert code == 0 and "12 months" in out, (code, out, err)  # the period set before stands
    code, out, err = run(capsys, "retention", "set", "--db", db, "--months", "0")
    assert (code, out) == (0, "retention period removed\n"), err
    code, out, err = run(capsys, "retention", "apply", "--db", db, "--dry-run")
    assert code == 1 and "no retention period is set" in err, (code, out, err)
