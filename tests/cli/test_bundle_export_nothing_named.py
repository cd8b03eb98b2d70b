"""majlis-cli bundle export with nothing to send said `nothing to export: … (no file written)` without
naming the file it did not write: a coordinator's `--out stick/basra/x.majlis` got exit 0 and no
word about that file. The line now names what was not written, the file or the folder, as the
refusals name it; exit 0."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli_run import run, unsent
from tests.sync_helpers import Team

pytestmark = pytest.mark.usefixtures("env_passphrase")


def test_nothing_to_export_names_the_file_or_folder_not_written(
        laptop_team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    field = tmp_path / "field0.db"
    sent = tmp_path / "sent"
    sent.mkdir()
    code, out, err = run(capsys, "bundle", "export", "--db", field, "--out", sent)
    assert code == 0 and out.startswith("bundle written: "), err
    assert unsent(capsys, field) == 0

    wanted = tmp_path / "stick" / "x.majlis"
    wanted.parent.mkdir()
    assert run(capsys, "bundle", "export", "--db", field, "--out", wanted) == (
        0, f"nothing to export: no new changes since the last bundle; {wanted} was not written\n", "")
    assert not wanted.exists()
    # A folder that is not there is said first, as when there are changes (test_bundle_export_destination_first).
    assert run(capsys, "bundle", "export", "--db", field, "--out", sent) == (
        0, f"nothing to export: no new changes since the last bundle; no bundle was written in {sent}\n", "")
    assert len(list(sent.iterdir())) == 1
