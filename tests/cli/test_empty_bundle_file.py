"""A bundle copied to nothing (a file made on the stick, the copy never written: pulled out at once,
a messaging app's download that never came) was refused as ``[not_a_bundle] This is not a Majlis
bundle (it is not an age-encrypted file)``, as if the laptop had sent something else; a copy cut
short after its first bytes was ``[truncated] … ask for it to be sent again``. An empty file is the
same copy cut short, and is now said so."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_an_empty_bundle_file_is_said_cut_short(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_team(tmp_path, devices=0).close()
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / "majlis-94e8bd8a-2f5050a2-e1711473605-1-208.majlis").write_bytes(b"")
    code, out, err = run(capsys, "bundle", "import", "--db", tmp_path / "centre.db", stick)
    assert code == 1 and out.endswith("0 of 1 bundle imported or already present; 0 held for approval; 1 refused\n")
    assert err == (f"refused {stick / 'majlis-94e8bd8a-2f5050a2-e1711473605-1-208.majlis'}: [truncated] The bundle "
                   "is incomplete (cut short); ask for it to be sent again.\n"), err
