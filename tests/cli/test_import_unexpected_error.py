"""An error nobody foresaw stops ``majlis-cli bundle import`` part-way through a day's bundles.

The bundles before it were committed and kept, and the command already said which (their lines and
the count line, "1 not imported (stopped by the error below ...)"); but "the error below" was a
Python traceback, with the error's own text (which may quote a participant's words). Now it is one
line on stderr naming the kind of error and that the files imported before it are kept; exit 70
(EX_SOFTWARE), as for an error not foreseen in any command (test_unforeseen_error_one_line.py).

An error "not foreseen" has no real way to happen on purpose (a full disk is foreseen:
test_import_disk_full.py), so the real importer's ``_write`` is wrapped to raise at the third file,
after writing the first two for real into a real SQLCipher store."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.conftest import PASSPHRASE
from tests.sync_helpers import fail_third_write, make_team, three_participant_bundles


def test_an_unforeseen_error_mid_import_is_one_line_after_what_went_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    try:
        bundles = three_participant_bundles(team.devices[0], tmp_path)
    finally:
        team.close()
    fail_third_write(monkeypatch)
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    code = main(["bundle", "import", "--db", str(tmp_path / "centre.db"), *map(str, bundles)])
    out, err = capsys.readouterr()

    assert code == 70, (out, err)
    lines = out.splitlines()
    assert [line.split(":")[0] for line in lines[:2]] == [f"imported {bundles[0]}", f"imported {bundles[1]}"], lines
    assert lines[2:] == ["2 of 3 bundles imported or already present; 0 held for approval; 0 refused; "
                         "1 not read (stopped by the error below: import them again once it is put right)"], lines
    assert err == ("majlis-cli: [unexpected] an error not foreseen (NotForeseen) stopped the import; the files "
                   "imported before it are kept\n"), err
    assert "private" not in err
