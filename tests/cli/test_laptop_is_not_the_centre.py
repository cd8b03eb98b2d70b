"""``team file`` (and ``team update export``) on a field laptop's database that joined the team said
``[not_enrolled] Only the centre can write the team file.``: the laptop is enrolled, and "not
enrolled" sent its coordinator to join again. It is now ``[not_centre]``, saying that the team file (a
team update) comes from the centre's database: one line, exit 1, nothing written. Real SQLCipher
stores, a real team (a field laptop and a second coordinator's laptop), the real command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


@pytest.mark.parametrize(("argv", "what"), [
    (("team", "file", "--out", "stick/t.majlis-team"), "the team file comes from the centre"),
    (("team", "update", "export", "--out", "stick"), "a team update comes from the centre"),
    (("team", "update", "export", "--out", "stick/u.majlis"), "a team update comes from the centre"),
])
def test_a_laptop_in_the_team_is_not_the_centre(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, argv: tuple[str, ...],
                                               what: str) -> None:
    make_team(tmp_path, devices=2, roles=("field", "coordinator")).close()
    monkeypatch.chdir(tmp_path)
    Path("stick").mkdir()
    for laptop in ("field0.db", "field1.db"):
        before = Path(laptop).read_bytes()
        code, out, err = run(capsys, *argv, "--db", laptop)
        assert (code, out) == (1, ""), (laptop, code, out, err)
        assert err == (f"majlis-cli: [not_centre] this database is a laptop of the team, not its centre, and {what}: "
                       "run it on the coordinator's database (the one that ran majlis-cli team create); "
                       "nothing was written\n")
        assert Path(laptop).read_bytes() == before
    assert list(Path("stick").iterdir()) == []
    code, out, err = run(capsys, *argv, "--db", "centre.db")  # at the centre, written
    assert code == 0 and " written" in out, (code, out, err)
