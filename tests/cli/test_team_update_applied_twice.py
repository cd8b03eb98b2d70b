"""majlis-cli team update import of an update already applied (the same file given twice, or an older
one found on the stick) said `[stale_update] Team update 1 (epoch 1796454104938) is not newer than the
one already applied (1, epoch 1796454104938).`: an epoch is a number a coordinator never sees anywhere
else. The line now says the update is already applied (or was published before the one applied), by
its number alone, and that nothing was changed; exit 1 as before. Real stores, real signed updates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run

pytestmark = pytest.mark.usefixtures("cli_env", "laptop_team")  # tmp_path: field0.db, centre.db


def test_an_update_given_again_is_said_to_be_applied(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    laptop, centre = tmp_path / "field0.db", tmp_path / "centre.db"
    first, second = tmp_path / "u1.majlis", tmp_path / "u2.majlis"
    assert run(capsys, "team", "update", "export", "--db", centre, "--out", first)[0] == 0
    assert run(capsys, "team", "update", "export", "--db", centre, "--out", second)[0] == 0
    assert run(capsys, "team", "update", "import", "--db", laptop, first)[0] == 0
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, first)
    assert (code, out) == (1, "")
    assert err == "majlis-cli: [stale_update] Team update 1 is already applied here; nothing was changed.\n"
    assert run(capsys, "team", "update", "import", "--db", laptop, second)[0] == 0
    code, out, err = run(capsys, "team", "update", "import", "--db", laptop, first)
    assert (code, out) == (1, "")
    assert err == ("majlis-cli: [stale_update] Team update 1 was published before the one applied here "
                   "(team update 2); nothing was changed.\n")
