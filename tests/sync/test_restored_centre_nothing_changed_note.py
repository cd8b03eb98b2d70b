"""A centre restored from a backup numbers its team updates from 1 again, in a later epoch (a numbering of
its own): its "nothing changed since team update N" note (TeamUpdateWritten.same_as, `team update export`'s
second line, the Sync page's line) compared the new update with the content the BACKUP's last update carried
and named that update's number, of the numbering before the restore: the new numbering's update 1 said
"nothing changed since team update 2". The laptops may have applied updates the centre sent after the backup,
so whether they get anything new is not known: nothing is said then. Within the new numbering the note names
its own update before. Real SQLCipher stores, a real backup and restore, real team update files, the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import backups
from desktop.core.db import open_store
from desktop.sync.team import apply_team_update, write_team_update
from tests.conftest import PASSPHRASE
from tests.sync_helpers import Team, make_team


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = make_team(tmp_path, devices=1)
    yield made
    made.close()


def _restore_after_two_updates(team: Team) -> Path:
    """Updates 1 and 2 written (the same content), the backup made after 2, then the centre restored."""
    centre, folder = team.centre, team.folder
    assert write_team_update(centre, folder / "u1.majlis").same_as is None
    assert write_team_update(centre, folder / "u2.majlis").same_as == 1  # nothing changed: said
    saved = backups.backup(centre.engine, centre.path, PASSPHRASE, reason="test")
    db = centre.path
    centre.close()
    backups.restore(saved, db, PASSPHRASE)
    return db


def test_a_restored_centre_s_first_update_names_no_update_of_the_numbering_before(team: Team) -> None:
    db = _restore_after_two_updates(team)
    team.centre = restored = open_store(db, PASSPHRASE)
    first = write_team_update(restored, team.folder / "restored-1.majlis")
    assert first.sequence == 1
    assert first.same_as is None  # was 2: "nothing changed since team update 2", of the old numbering
    again = write_team_update(restored, team.folder / "restored-2.majlis")
    assert (again.sequence, again.same_as) == (2, 1)  # its own numbering's update before
    assert apply_team_update(team.devices[0], first.path).sequence == 1  # a real update the laptop takes


def test_the_cli_says_no_second_line_for_a_restored_centre_s_first_update(
        team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAJLIS_PASSPHRASE", PASSPHRASE)
    db = _restore_after_two_updates(team)
    out_folder = tmp_path / "stick"
    out_folder.mkdir()
    capsys.readouterr()
    assert main(["team", "update", "export", "--db", str(db), "--out", str(out_folder)]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("team update 1 written: ") and len(out.splitlines()) == 1, out
    assert main(["team", "update", "export", "--db", str(db), "--out", str(out_folder)]) == 0
    out, _ = capsys.readouterr()
    first, second = out.splitlines()
    assert first.startswith("team update 2 written: ")
    assert second.startswith("nothing changed since team update 1:"), second


def test_the_note_kept_by_an_earlier_majlis_still_names_the_update_before(team: Team) -> None:
    centre, folder = team.centre, team.folder
    write_team_update(centre, folder / "u1.majlis")
    number, content, _numbering = centre.get_state("team_update_last_content").split(":")
    centre.set_state("team_update_last_content", f"{number}:{content}")  # as an earlier Majlis kept it
    assert write_team_update(centre, folder / "u2.majlis").same_as == 1
