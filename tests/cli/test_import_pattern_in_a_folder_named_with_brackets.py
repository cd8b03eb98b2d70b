"""`majlis-cli bundle import "E:\\ڕاپۆرتی هەولێر [٢٠٢٦]\\*.majlis"`: Windows' command prompt passes the
pattern on as typed, and the CLI expands it. The folder's own name was read as part of the pattern
("[٢٠٢٦]" a choice of one character), so nothing matched and the pattern itself was "no such file",
with the bundles right there. A folder that is there is taken by its name; only the last part is a
pattern. Real bundles through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli.import_sources import files_to_import
from desktop.core.models import Participant
from desktop.sync.export import export_bundle
from tests.cli_run import run
from tests.sync_helpers import make_team

pytestmark = pytest.mark.usefixtures("env_passphrase")

FOLDER = "ڕاپۆرتی هەولێر [٢٠٢٦]"


def test_a_pattern_in_a_folder_named_with_brackets_finds_its_bundles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / FOLDER
    stick.mkdir()
    team = make_team(tmp_path, devices=1)
    try:
        for round_ in range(2):
            with team.devices[0].transaction() as s:
                s.add(Participant(code=f"BSR-FG0{round_}-P01"))
            assert export_bundle(team.devices[0], stick) is not None
    finally:
        team.close()
    made = sorted(stick.glob("*.majlis"))
    assert len(made) == 2
    found, empty = files_to_import([stick / "*.majlis"])
    assert sorted(found) == made and empty == []

    code, out, err = run(capsys, "bundle", "import", "--db", tmp_path / "centre.db", str(stick / "*.majlis"))
    assert (code, err) == (0, ""), (out, err)
    assert "2 of 2 bundles imported" in out


def test_a_folder_pattern_still_matches_folders(tmp_path: Path) -> None:
    """A pattern in the folder part (``inbox*\\*.majlis``) is still a pattern there."""
    for name in ("inbox 1", "inbox 2"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.majlis").write_bytes(b"age-encryption.org/v1\n")
    found, _ = files_to_import([tmp_path / "inbox*" / "*.majlis"])
    assert sorted(found) == [tmp_path / "inbox 1" / "a.majlis", tmp_path / "inbox 2" / "a.majlis"]
