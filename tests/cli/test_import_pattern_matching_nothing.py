"""`majlis-cli bundle import --db c.db 'inbox/*.majlis'` on an empty inbox (the shell leaves the pattern as
typed when nothing matches; Windows' command prompt never expands it): the pattern was read as a file's
name and refused as `[unreadable] The file cannot be read (No such file or directory)`, as if a file named
`*.majlis` had gone missing. It is now said as what it is, one refused line counted as a missing FILE is
(exit 1). Real bundles, the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.models import Participant
from desktop.core.sanitise import shown_path
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_a_pattern_that_matches_nothing_is_said_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_team(tmp_path, devices=0).close()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    pattern = inbox / "*.majlis"
    code, out, err = run(capsys, "bundle", "import", "--db", tmp_path / "centre.db", str(pattern))
    assert code == 1, (out, err)
    assert err == f"refused {shown_path(pattern)}: [no_match] no file matches this pattern\n", err
    assert out == "0 of 1 bundle imported or already present; 0 held for approval; 1 refused\n", out


def test_beside_a_pattern_that_matches_the_others_are_imported(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    team = make_team(tmp_path, devices=1)
    stick = tmp_path / "stick"
    stick.mkdir()
    try:
        with team.devices[0].transaction() as s:
            s.add(Participant(code="BSR-FG01-P01"))
        assert export_bundle(team.devices[0], stick) is not None
    finally:
        team.close()
    empty = tmp_path / "empty inbox" / "*.majlis"
    empty.parent.mkdir()
    gone = tmp_path / "gone.majlis"  # a FILE that is not there: still the importer's own line
    code, out, err = run(capsys, "bundle", "import", "--db", tmp_path / "centre.db", str(stick / "*.majlis"),
                         str(empty), str(gone))
    assert code == 1, (out, err)
    lines = err.splitlines()
    assert f"refused {shown_path(empty)}: [no_match] no file matches this pattern" in lines, err
    assert any(line.startswith(f"refused {shown_path(gone)}: [unreadable]") for line in lines), err
    assert len(lines) == 2, err
    assert out.startswith("imported ") and out.endswith(
        "1 of 3 bundles imported or already present; 0 held for approval; 2 refused\n"), out
